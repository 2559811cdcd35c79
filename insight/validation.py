"""Checks shared by every app's services."""

from collections.abc import Collection
from typing import Any


def refuse_unknown_fields(fields: dict[str, Any], allowed: Collection[str], what: str) -> None:
    """A service called with a field it does not set is a programming error: say which, never ignore it."""
    unknown = set(fields) - set(allowed)
    if unknown:
        raise TypeError(f"{what} does not set {', '.join(sorted(unknown))}")
