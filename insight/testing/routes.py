"""Every route the project serves, read from the URL resolver and the Channels router, so that tests walking them
cover a new route without being told about it."""

from collections.abc import Iterator
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver

from insight.routing import websocket_urlpatterns

UNSAFE_METHODS = ("POST", "PUT", "PATCH", "DELETE")
# API endpoints anyone may call: sign-up, tokens and password reset (they run no authentication at all).
ANONYMOUS_AUTH_API = frozenset(
    {
        "accounts_api:register",
        "accounts_api:verify",
        "accounts_api:verify-resend",
        "accounts_api:token",
        "accounts_api:token-refresh",
        "accounts_api:logout",
        "accounts_api:password-reset",
        "accounts_api:password-reset-confirm",
    }
)


@dataclass(frozen=True)
class Route:
    """One URL pattern: its namespaced name, its pattern text and the HTTP methods its view declares."""

    name: str
    pattern: str
    methods: tuple[str, ...]  # empty for a plain function view, which does not declare them

    @property
    def is_api(self) -> bool:
        return self.pattern.startswith("api/")

    @property
    def is_admin(self) -> bool:
        return self.pattern.startswith("admin/")


def _declared_methods(callback) -> tuple[str, ...]:
    view_class = getattr(callback, "cls", None) or getattr(callback, "view_class", None)
    if view_class is None:
        return ()
    actions = getattr(callback, "actions", None)  # a DRF viewset bound by a router
    if actions:
        # DRF adds "head" to a viewset's actions on its first GET: leave it out, so the list never depends on which
        # requests ran before.
        declared = (m for m in actions if m in view_class.http_method_names and m not in ("head", "options"))
        return tuple(sorted(m.upper() for m in declared))
    names = [m for m in view_class.http_method_names if m not in ("head", "options") and hasattr(view_class, m)]
    return tuple(sorted(name.upper() for name in names))


def _walk(patterns, prefix: str = "", namespace: str = "") -> Iterator[Route]:
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}:{entry.namespace}" if namespace and entry.namespace else entry.namespace or namespace
            yield from _walk(entry.url_patterns, prefix + str(entry.pattern), inner or "")
        elif isinstance(entry, URLPattern):
            pattern = prefix + str(entry.pattern)
            name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name or pattern
            yield Route(name, pattern, _declared_methods(entry.callback))


def http_routes() -> list[Route]:
    return list(_walk(get_resolver().url_patterns))


def api_operations() -> list[tuple[str, str]]:
    """(route name, method) of every API operation."""
    return [(route.name, method) for route in http_routes() if route.is_api for method in route.methods]


def page_routes() -> list[Route]:
    """The HTML side: dashboard, accounts and the other apps' pages and form posts (the Django admin left out)."""
    return [route for route in http_routes() if not route.is_api and not route.is_admin]


def websocket_routes() -> list[str]:
    return [str(entry.pattern) for entry in websocket_urlpatterns]
