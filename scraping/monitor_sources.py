"""The conversation sources a monitor may watch and the options each accepts, with clear per-path errors."""

import re
from typing import Any

from scraping.urlsafety import UnsafeURLError, check_url

_SUBREDDIT = re.compile(r"^[A-Za-z0-9_]{2,21}$")
_HANDLE = re.compile(r"^@?[A-Za-z0-9_.\-]{1,100}$")


def _string_list(path: str, value: Any, pattern: re.Pattern | None = None, what: str = "a name") -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        return [f"{path}: a list of non-empty strings."]
    if len(value) > 100:
        return [f"{path}: at most 100 entries."]
    if pattern:
        return [f"{path}[{i}]: {item!r} is not {what}." for i, item in enumerate(value) if not pattern.match(item)]
    return []


def _url(path: str, value: Any, *, allow_private: bool) -> list[str]:
    if not isinstance(value, str) or not value.strip():
        return [f"{path}: give an http:// or https:// URL."]
    try:
        check_url(value.strip(), allow_private=allow_private, resolve=False)
    except UnsafeURLError as exc:
        return [f"{path}: {exc}"]
    return []


# source name → {option: (required, validator(path, value, allow_private) → errors)}
SOURCE_OPTIONS: dict[str, dict[str, tuple[bool, Any]]] = {
    "reddit": {"subreddits": (False, lambda p, v, _: _string_list(p, v, _SUBREDDIT, "a subreddit name"))},
    "hackernews": {},
    "bluesky": {},
    "mastodon": {
        "instance": (True, lambda p, v, private: _url(p, v, allow_private=private)),
        "hashtags": (False, lambda p, v, _: _string_list(p, v)),
    },
    "rss": {"url": (True, lambda p, v, private: _url(p, v, allow_private=private))},
    "x": {"accounts": (False, lambda p, v, _: _string_list(p, v, _HANDLE, "an account handle"))},
}


def monitor_source_errors(sources: Any, *, allow_private: bool = False) -> list[str]:
    """Every problem with a monitor's ``sources`` list, as 'sources[i].option: message' lines."""
    if not isinstance(sources, list) or not sources:
        return ['sources: choose at least one source, e.g. [{"source": "reddit"}].']
    errors: list[str] = []
    for index, entry in enumerate(sources):
        path = f"sources[{index}]"
        if not isinstance(entry, dict):
            errors.append(f'{path}: an object such as {{"source": "rss", "url": "https://…"}}.')
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
    return errors
