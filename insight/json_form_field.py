"""A form field for JSON typed by a person (Django admin): parsed with the API's limits, so a NUL character or
nesting deeper than ``API_JSON_MAX_DEPTH`` is a form error naming where it is, not a 500 from the parser or from
PostgreSQL (which stores no NUL in jsonb)."""

from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.forms.fields import InvalidJSONInput, JSONString

from insight import json_input


def _loads(text: str) -> Any:
    return json_input.loads(text, max_depth=settings.API_JSON_MAX_DEPTH)


class SafeJSONField(forms.JSONField):
    def to_python(self, value: Any) -> Any:
        if self.disabled or value in self.empty_values or isinstance(value, list | dict | int | float | JSONString):
            return super().to_python(value)
        try:
            converted = _loads(value)
        except json_input.JSONInputError as exc:
            where = f" (at {exc.path})" if exc.path else ""
            raise ValidationError(f"{exc.message}{where}", code="invalid")
        except ValueError:
            raise ValidationError(self.error_messages["invalid"], code="invalid", params={"value": value})
        return JSONString(converted) if isinstance(converted, str) else converted

    def bound_data(self, data: Any, initial: Any) -> Any:
        """The text as typed when it is refused, so the form shows it again with the error instead of crashing."""
        if self.disabled:
            return initial
        if data is None:
            return None
        try:
            return _loads(data)
        except ValueError:
            return InvalidJSONInput(data)
