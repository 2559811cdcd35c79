"""Hostile requests an attacker sent (each once answered 500), shared by the in-process and the real-server tests."""

import json

# Every endpoint that took a JSON body nested 1,000 deep and crashed; ``{lead}`` is filled with a lead's id.
DEEP_JSON_ENDPOINTS = [
    ("POST", "/api/v1/auth/register"),
    ("POST", "/api/v1/extract"),
    ("POST", "/api/v1/monitors"),
    ("POST", "/api/v1/tasks"),
    ("PATCH", "/api/v1/leads/{lead}"),
    ("POST", "/api/v1/leads/bulk"),
    ("POST", "/api/v1/recipes"),
    ("POST", "/api/v1/webhooks"),
]

# base64 of "p=2026-12-07": decodes like one of ours, with a position no list is ordered by.
FORGED_CURSOR = "cD0yMDI2LTEyLTA3"
FORGED_CURSOR_LISTS = ["/api/v1/labels", "/api/v1/tasks", "/api/v1/companies", "/api/v1/exports"]


def deep_json(depth: int = 1000) -> bytes:
    """A JSON object whose ``name`` holds arrays nested ``depth`` deep."""
    return b'{"name": ' + b"[" * depth + b"]" * depth + b"}"


def nul_bodies(keyword_set_id: int) -> list[tuple[str, dict, str]]:
    """(path, body, the field the refusal must name) for each place a NUL character reached PostgreSQL."""
    monitor = {"name": "Hostile monitor", "keyword_set": keyword_set_id, "sources": [{"source": "reddit"}]}
    return [
        ("/api/v1/monitors", {**monitor, "sources": [{"source": "reddit", "query": "crm\u0000"}]}, "sources[0].query"),
        ("/api/v1/monitors", {**monitor, "filters": {"exclude_authors": ["bot\u0000"]}}, "filters.exclude_authors[0]"),
        (
            "/api/v1/recipes",
            {"slug": "hostile", "name": "Hostile", "definition": {"search": {"url_template": "\u0000"}}},
            "definition.search.url_template",
        ),
        ("/api/v1/auth/register", {"email": "nul@example.com", "password": "x\u0000" * 8}, "password"),
    ]


def as_json(body: dict) -> bytes:
    return json.dumps(body).encode()
