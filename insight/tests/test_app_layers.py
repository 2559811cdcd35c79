"""Apps depend on each other in one direction (issue 21; the layering is written in docs/architecture.md).

Every ``.py`` file of each app is parsed (``ast``: imports inside functions count too), tests, test helpers and
migrations aside, and so is the project wiring (``insight/urls.py``, ``routing.py``, ``asgi.py``, ``settings*.py`` …),
which names every app by design. An app may import only apps in a lower layer. The upward imports that are still in
the code are listed below, each with why it is there; a new one fails, and so does an entry that is no longer in the
code (take it off the list when the edge is cut).
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Bottom to top; an app imports only apps of a lower layer. Apps of one layer do not import each other.
LAYERS = [
    ("insight",),  # project core: settings helpers, API errors, URL/JSON helpers, hooks (insight/hooks.py)
    ("accounts",),  # users, roles, teams
    ("leads",),  # the lead store and its API
    ("scraping",),  # crawlers, extraction, scrape tasks: produce leads
    ("compliance",),  # audit, suppression, retention and erasure over leads and scraped data
    ("integrations",),  # exports, imports, webhooks, CRM sync
    ("companies", "dashboard"),  # companies of interest and their triggers; the server-rendered UI
    ("enrichment", "analytics"),  # consumers of everything below: enrichment/NLP, reports
]
APPS = [app for layer in LAYERS for app in layer]
LAYER_OF = {app: n for n, layer in enumerate(LAYERS) for app in layer}

# Project wiring: it names every app on purpose and is no part of any layer.
WIRING = {
    "insight/urls.py",
    "insight/api_urls.py",
    "insight/routing.py",
    "insight/asgi.py",
    "insight/wsgi.py",
}
NOT_APP_CODE = {"tests", "testing", "migrations"}

# Upward imports still in the code: (file, app it imports) -> why. Each should become a hook in insight/hooks.py
# (or move down); none may be added.
KNOWN_UPWARD_EDGES_TO_CUT = {
    ("insight/management/commands/bootstrap_demo.py", "accounts"): "the demo bootstrap command creates users; it is "
    "project tooling living in the core app (move it to a top-level app or to accounts)",
    **{
        ("insight/metrics.py", app): "the /metrics endpoint (issue 25) reads figures of every app from the core app: "
        "it belongs in a top layer (analytics) or behind per-app metric hooks"
        for app in ("accounts", "leads", "scraping", "integrations", "enrichment")
    },
    ("accounts/services.py", "compliance"): "account changes write audit entries (compliance.audit_record): audit "
    "should be a core service or a hook",
    ("leads/ingest.py", "compliance"): "ingest skips suppressed identifiers (compliance suppression selectors and "
    "identifier normalisers): needs a suppression hook or the suppression list moved below leads",
    ("leads/ingest_postgres.py", "compliance"): "same as leads/ingest.py (the Postgres bulk path)",
    ("leads/services.py", "enrichment"): "leads.services calls its own consumer (enrichment.lead_enrich_enqueue_many) "
    "after ingest; being reworked in another change (issue 21)",
    ("leads/services.py", "integrations"): "leads.services calls its own consumer (integrations.lead_qualified_hooks) "
    "when a lead is qualified; being reworked in another change (issue 21)",
    ("leads/admin.py", "enrichment"): "lead admin offers enrichment actions and inlines (admin registration belongs "
    "to the upper app)",
    ("leads/admin.py", "integrations"): "lead admin offers the CRM push action (same)",
    ("leads/api/views.py", "integrations"): "the leads API view set serves the export endpoint from integrations",
    ("scraping/runner/persist.py", "compliance"): "the scrape persister drops suppressed identifiers (same hook as "
    "leads/ingest.py)",
    ("scraping/monitoring.py", "compliance"): "monitoring checks suppression while saving matches (same hook)",
    ("scraping/monitoring.py", "enrichment"): "monitoring analyses matched posts with the NLP heads right away",
    ("scraping/monitoring.py", "companies"): "monitoring raises company alerts for watched companies",
    ("compliance/lifecycle.py", "enrichment"): "the erasure deletes enrichment results of the erased leads (should be "
    "a hook like companies_forget)",
    ("integrations/views.py", "dashboard"): "integration pages use the dashboard's access decorators "
    "(dashboard.access belongs in accounts)",
}


def _app_files(app: str):
    for path in sorted((ROOT / app).rglob("*.py")):
        rel = path.relative_to(ROOT)
        name = rel.as_posix()
        if NOT_APP_CODE & set(rel.parts) or name in WIRING or path.name == "conftest.py":
            continue
        if app == "insight" and (path.name.startswith("settings") or path.name == "test_settings.py"):
            continue
        yield name, path


def imported_apps(source: str, app: str):
    """(line, app) of every import of another app in ``source``: module level and deferred alike."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module]
        else:
            continue  # relative imports stay inside the app
        for module in modules:
            top = module.split(".")[0]
            if top in LAYER_OF and top != app:
                yield node.lineno, top


def import_edges() -> dict[tuple[str, str], list[str]]:
    """(file, imported app) -> ["file:line", …] for every app-to-app import."""
    edges: dict[tuple[str, str], list[str]] = {}
    for app in APPS:
        for name, path in _app_files(app):
            for line, other in imported_apps(path.read_text(encoding="utf-8"), app):
                edges.setdefault((name, other), []).append(f"{name}:{line}")
    return edges


def app_graph(edges) -> dict[str, dict[str, list[str]]]:
    graph: dict[str, dict[str, list[str]]] = {app: {} for app in APPS}
    for (name, other), where in edges.items():
        graph[name.split("/")[0]].setdefault(other, []).extend(where)
    return graph


def find_cycle(graph) -> list[str] | None:
    """One cycle of the app graph as [a, b, …, a], or None."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(app: str) -> list[str] | None:
        state[app] = 1
        path.append(app)
        for other in sorted(graph[app]):
            if state.get(other) == 1:
                return path[path.index(other) :] + [other]
            if other not in state and (cycle := visit(other)):
                return cycle
        path.pop()
        state[app] = 2
        return None

    for app in sorted(graph):
        if app not in state and (cycle := visit(app)):
            return cycle
    return None


def _describe(cycle, graph) -> str:
    steps = [f"  {a} -> {b}: {', '.join(graph[a][b][:4])}" for a, b in zip(cycle, cycle[1:], strict=False)]
    return "app import cycle " + " -> ".join(cycle) + "\n" + "\n".join(steps)


@pytest.fixture(scope="module")
def edges():
    return import_edges()


def test_every_app_is_in_exactly_one_layer():
    from django.conf import settings

    project_apps = [app for app in settings.INSTALLED_APPS if (ROOT / app / "apps.py").exists()]
    assert sorted(project_apps) == sorted(APPS)
    assert len(APPS) == len(set(APPS))


def test_no_app_to_app_import_cycle(edges):
    kept = {key: where for key, where in edges.items() if key not in KNOWN_UPWARD_EDGES_TO_CUT}
    graph = app_graph(kept)
    cycle = find_cycle(graph)
    assert cycle is None, _describe(cycle, graph)


def test_apps_import_only_lower_layers_but_for_the_known_edges(edges):
    upward = [
        f"{', '.join(where)} imports {other} ({LAYER_OF[other]}) from layer {LAYER_OF[name.split('/')[0]]}"
        for (name, other), where in sorted(edges.items())
        if LAYER_OF[other] >= LAYER_OF[name.split("/")[0]] and (name, other) not in KNOWN_UPWARD_EDGES_TO_CUT
    ]
    assert not upward, "imports against the layering (docs/architecture.md):\n" + "\n".join(upward)


def test_the_known_upward_edges_are_still_there_and_still_upward(edges):
    stale = [key for key in KNOWN_UPWARD_EDGES_TO_CUT if key not in edges]
    assert not stale, f"cut (take them off KNOWN_UPWARD_EDGES_TO_CUT): {stale}"
    downward = [key for key in KNOWN_UPWARD_EDGES_TO_CUT if LAYER_OF[key[1]] < LAYER_OF[key[0].split("/")[0]]]
    assert not downward, f"not upward (take them off KNOWN_UPWARD_EDGES_TO_CUT): {downward}"


def test_the_cycle_finder_names_a_cycle_and_sees_deferred_imports():
    source = "def f():\n    from companies.models import Company\n"
    assert list(imported_apps(source, "compliance")) == [(2, "companies")]
    graph = {"compliance": {"companies": ["compliance/services.py:2"]}, "companies": {"compliance": ["x.py:1"]}}
    assert find_cycle(graph) == ["companies", "compliance", "companies"]
    assert "companies -> compliance -> companies" in _describe(find_cycle(graph), graph)


def test_upward_calls_go_through_registered_hooks():
    from django.core.exceptions import ImproperlyConfigured

    from companies import services as companies_services
    from insight import hooks

    assert hooks.companies_linked._impl is companies_services.companies_linked
    assert hooks.companies_forget._impl is companies_services.companies_forget
    with pytest.raises(ImproperlyConfigured, match="nobody"):
        hooks.Hook("nobody", "registered by no app")()
