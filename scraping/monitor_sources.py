"""The conversation sources a monitor may watch and the options each accepts, with clear per-path errors."""

import json
import re
from typing import Any

from scraping.urlsafety import UnsafeURLError, check_url

_SUBREDDIT = re.compile(r"^(r/)?[A-Za-z0-9_]{2,21}$")


def _string_list(path: str, value: Any, pattern: re.Pattern | None = None, what: str = "a name") -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        return [f"{path}: a list of non-empty strings."]
    if len(value) > 100:
        return [f"{path}: at most 100 entries."]
    if pattern:
        return [f"{path}[{i}]: {item!r} is not {what}." for i, item in enumerate(value) if not pattern.match(item)]
    return []


def _text(path: str, value: Any, max_length: int = 500) -> list[str]:
    if not isinstance(value, str) or len(value) > max_length:
        return [f"{path}: text of at most {max_length} characters."]
    return []


def _boolean(path: str, value: Any) -> list[str]:
    return [] if isinstance(value, bool) else [f"{path}: true or false."]


def _url(path: str, value: Any, *, allow_private: bool, bare_host_ok: bool = False) -> list[str]:
    if not isinstance(value, str) or not value.strip():
        return [f"{path}: give an http:// or https:// URL."]
    url = value.strip()
    if bare_host_ok and "://" not in url:
        url = f"https://{url}"  # the Mastodon adapter accepts "mastodon.example" too
    try:
        check_url(url, allow_private=allow_private, resolve=False)
    except UnsafeURLError as exc:
        return [f"{path}: {exc}"]
    return []


def _urls(path: str, value: Any, *, allow_private: bool) -> list[str]:
    errors = _string_list(path, value)
    if errors:
        return errors
    return [error for i, item in enumerate(value) for error in _url(f"{path}[{i}]", item, allow_private=allow_private)]


def _recipe(path: str, value: Any) -> list[str]:
    """A forum without an API is read by a scraping-runtime recipe: it must exist, be active and run on http/browser."""
    from scraping.models import PlatformRecipe
    from scraping.sources.recipe import RUNNERS

    if not isinstance(value, str) or not value.strip():
        return [f"{path}: the slug of a platform recipe, e.g. sandbox_forum."]
    recipe = PlatformRecipe.objects.filter(slug=value.strip()).first()
    if recipe is None:
        return [f"{path}: no platform recipe is called {value!r}."]
    if not recipe.is_active:
        return [f"{path}: the recipe {value!r} is switched off; an admin can activate it."]
    if recipe.runner not in RUNNERS:
        return [f"{path}: the recipe {value!r} runs on {recipe.runner!r}; a monitor needs an http or browser recipe."]
    return []


# The options the adapters in ``scraping/sources`` read. Every source also takes ``query`` (overrides the keyword
# set's search expression for that source). source → {option: (required, validator(path, value, allow_private))}.
_QUERY = (False, lambda p, v, _: _text(p, v))
SOURCE_OPTIONS: dict[str, dict[str, tuple[bool, Any]]] = {
    "reddit": {
        "query": _QUERY,
        "subreddits": (False, lambda p, v, _: _string_list(p, v, _SUBREDDIT, "a subreddit name")),
        "mode": (False, lambda p, v, _: [] if v in ("new", "search") else [f"{p}: use new or search."]),
    },
    "hackernews": {"query": _QUERY, "tags": (False, lambda p, v, _: _text(p, v, 200))},
    "bluesky": {"query": _QUERY, "lang": (False, lambda p, v, _: _text(p, v, 16))},
    "mastodon": {
        "query": _QUERY,
        "instance": (True, lambda p, v, private: _url(p, v, allow_private=private, bare_host_ok=True)),
        "hashtags": (False, lambda p, v, _: _string_list(p, v)),
        "search": (False, lambda p, v, _: _boolean(p, v)),
    },
    "rss": {
        "query": _QUERY,
        "url": (False, lambda p, v, private: _url(p, v, allow_private=private)),
        "urls": (False, lambda p, v, private: _urls(p, v, allow_private=private)),
    },
    "x": {"query": _QUERY},
    "recipe": {"query": _QUERY, "recipe": (True, lambda p, v, _: _recipe(p, v))},
}
_NEEDS_ONE_OF = {"rss": ("url", "urls")}


def monitor_source_errors(sources: Any, *, allow_private: bool = False) -> list[str]:
    """Every problem with a monitor's ``sources`` list, as 'sources[i].option: message' lines."""
    if not isinstance(sources, list) or not sources:
        return ['sources: choose at least one source, e.g. [{"source": "reddit"}].']
    errors: list[str] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(sources):
        path = f"sources[{index}]"
        if not isinstance(entry, dict):
            errors.append(f'{path}: an object such as {{"source": "rss", "url": "https://…"}}.')
            continue
        same = seen.setdefault(json.dumps(entry, sort_keys=True, default=str), index)
        if same != index:
            errors.append(f"{path}: the same as sources[{same}]; list each source once.")
            continue
        name = entry.get("source")
        if name not in SOURCE_OPTIONS:
            errors.append(f"{path}.source: use one of {', '.join(SOURCE_OPTIONS)}.")
            continue
        options = SOURCE_OPTIONS[name]
        for key in entry:
            if key != "source" and key not in options:
                allowed = ", ".join(options) or "none"
                errors.append(f"{path}.{key}: not an option of {name} (options: {allowed}).")
        for key, (required, validate) in options.items():
            if key not in entry:
                if required:
                    errors.append(f"{path}.{key}: {name} needs this.")
                continue
            errors += validate(f"{path}.{key}", entry[key], allow_private)
        one_of = _NEEDS_ONE_OF.get(name)
        if one_of and not any(entry.get(key) for key in one_of):
            errors.append(f"{path}.{one_of[0]}: {name} needs a feed URL ({' or '.join(one_of)}).")
    return errors


_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
_HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$", re.IGNORECASE)
FILTER_OPTIONS: dict[str, Any] = {
    "language": lambda p, v: (
        [] if isinstance(v, str) and (v == "" or _LANGUAGE.match(v)) else [f"{p}: a language code such as en or pt-BR."]
    ),
    "exclude_authors": lambda p, v: _string_list(p, v),
    "include_sites": lambda p, v: _string_list(p, v, _HOST, "a host name such as example.com"),
    "exclude_sites": lambda p, v: _string_list(p, v, _HOST, "a host name such as example.com"),
}


def monitor_filter_errors(filters: Any) -> list[str]:
    """Every problem with a monitor's ``filters`` object, as 'filters.key: message' lines."""
    if filters in (None, {}):
        return []
    if not isinstance(filters, dict):
        return ['filters: an object such as {"language": "en", "exclude_sites": ["example.com"]}.']
    errors = []
    for key, value in filters.items():
        validate = FILTER_OPTIONS.get(key)
        if validate is None:
            errors.append(f"filters.{key}: not a filter (filters: {', '.join(FILTER_OPTIONS)}).")
        else:
            errors += validate(f"filters.{key}", value)
    return errors
