"""Checks shared by every app's services."""

from collections.abc import Collection
from typing import Any


def refuse_unknown_fields(fields: dict[str, Any], allowed: Collection[str], what: str) -> None:
    """A service called with a field it does not set is a programming error: say which, never ignore it."""
    unknown = set(fields) - set(allowed)
    if unknown:
        raise TypeError(f"{what} does not set {', '.join(sorted(unknown))}")


MAX_OBJECT_ID = 2**63 - 1  # BigAutoField; a larger number would reach the database and fail there


def whole_number(text: object, *, maximum: int | None = MAX_OBJECT_ID) -> int | None:
    """``text`` as a whole number from 0 to ``maximum`` (None: no bound) written in ASCII digits, else None.
    (``str.isdigit`` also says yes to "²", which ``int`` refuses, and a number past the database's largest fails
    in the database.)"""
    text = str(text)
    if not (text.isascii() and text.isdigit()):
        return None
    if maximum is None:
        return int(text)
    if len(text) > len(str(maximum)):
        return None
    number = int(text)
    return number if number <= maximum else None


def object_id(text: object) -> int | None:
    """``text`` as the id of a row (1 to ``MAX_OBJECT_ID``), else None."""
    return whole_number(text) or None
