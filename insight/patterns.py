"""Regular expressions written by admins (scoring rules, recipe fields) and run on scraped, untrusted text.

They run on the ``regex`` engine with a time budget: a pattern that backtracks catastrophically on a hostile post
(``(\\w+\\s?)+$`` on a long sentence) is stopped after ``PATTERN_TIMEOUT_SECONDS`` and costs that one match, never a
worker. ``regex`` accepts Python's ``re`` syntax, so patterns are checked with the engine that runs them.
"""

from functools import lru_cache

import regex

PATTERN_TIMEOUT_SECONDS = 0.25


class PatternTooSlow(Exception):
    """The pattern did not finish on this text within the time budget."""


def pattern_error(pattern: object) -> str | None:
    """Why ``pattern`` is not a usable regular expression, or None."""
    if not isinstance(pattern, str):
        return "a regular expression is a string."
    try:
        _compiled(pattern, False)
    except regex.error as exc:
        return f"not a valid regular expression ({exc})."
    return None


@lru_cache(maxsize=512)
def _compiled(pattern: str, ignore_case: bool) -> regex.Pattern:
    return regex.compile(pattern, regex.IGNORECASE if ignore_case else 0)


def pattern_search(pattern: str, text: str, *, ignore_case: bool = False) -> regex.Match | None:
    """The first match of ``pattern`` in ``text``; ``PatternTooSlow`` when it runs out of time."""
    try:
        return _compiled(pattern, ignore_case).search(text, timeout=PATTERN_TIMEOUT_SECONDS)
    except TimeoutError as exc:
        raise PatternTooSlow(
            f"The pattern {pattern!r} was stopped after {PATTERN_TIMEOUT_SECONDS} s on a text of {len(text)} "
            "characters (it backtracks too much); simplify it."
        ) from exc
