"""JSON from outside (API bodies, websocket messages), refused before it can crash the parser or the database.

``json.loads`` recurses once per nested array or object and raises ``RecursionError`` near 1,000 levels, and the
code that walks the result recurses too; so the nesting is counted on the text first, without recursion. PostgreSQL
stores no NUL character in text or jsonb, so a string holding ``\\u0000`` is refused with the path where it is.
No Django here: the API parser and the websocket consumers both use it.
"""

import json
import re
from itertools import accumulate
from typing import Any

# Escapes go first (a backslash is never valid outside a string), then whole strings: each pattern is a plain
# character class, linear on any input.
_ESCAPE = re.compile(r"\\.", re.DOTALL)
_STRING = re.compile(r'"[^"]*"?')
_BRACKETS = re.compile(r"[\[\]{}]")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


class JSONInputError(ValueError):
    """The text is not JSON we accept; ``path`` names the place (``filters.authors[2]``) when there is one."""

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.path = path


def nested_deeper_than(text: str, limit: int) -> bool:
    """Whether arrays and objects in ``text`` nest more than ``limit`` levels (brackets inside strings do not
    count), found without recursion. Invalid JSON gets an answer too: the parser refuses it afterwards, and never
    recurses deeper than the valid part counted here."""
    if text.count("[") + text.count("{") <= limit:
        return False
    brackets = _BRACKETS.findall(_STRING.sub("", _ESCAPE.sub("", text)))
    return max(accumulate(map(_STEP.__getitem__, brackets)), default=0) > limit


def nul_path(value: Any, path: str = "") -> str | None:
    """The path of the first string (value or key) in parsed JSON that holds a NUL character, else None.
    Recursive: call it on JSON whose depth was checked."""
    if isinstance(value, str):
        return (path or "non_field_errors") if "\x00" in value else None
    if isinstance(value, dict):
        for key, item in value.items():
            name = f"{path}.{key}" if path else str(key)
            if "\x00" in key:
                return name.replace("\x00", "\\u0000")
            found = nul_path(item, name)
            if found:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = nul_path(item, f"{path}[{index}]")
            if found:
                return found
    return None


def loads(text: str, *, max_depth: int) -> Any:
    """``json.loads`` for untrusted text: nesting deeper than ``max_depth``, NaN/Infinity or a NUL character
    raise ``JSONInputError`` (a ``ValueError``, as invalid JSON does)."""
    if nested_deeper_than(text, max_depth):
        raise JSONInputError(f"JSON nested deeper than {max_depth} levels is not accepted.")
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:  # not reachable with a sane max_depth; never let it become a crash
        raise JSONInputError(f"JSON nested deeper than {max_depth} levels is not accepted.")
    if "\\u0000" in text:  # the only way JSON can carry a NUL (a raw one is invalid JSON)
        path = nul_path(data)
        if path:
            raise JSONInputError("Text may not contain NUL characters (\\u0000).", path)
    return data


def _refuse_constant(name: str) -> None:
    raise JSONInputError(f"{name} is not a JSON number.")
