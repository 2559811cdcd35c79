"""The API's one JSON parser (``DEFAULT_PARSER_CLASSES``; a view that sets its own parsers lists this one)."""

import codecs

from django.conf import settings
from rest_framework import parsers
from rest_framework.exceptions import ParseError, ValidationError

from insight import json_input


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, refusing with a 400 what would crash further on: nesting deeper than ``API_JSON_MAX_DEPTH``
    (before ``json.loads`` recurses) and a NUL character in any string (named by its path; PostgreSQL stores none).
    The body is already bounded by ``insight.request_limits``."""

    def parse(self, stream, media_type=None, parser_context=None):
        encoding = parsers.get_encoding(parser_context or {})
        raw = stream.read() if stream is not None else b""
        try:
            text = codecs.decode(raw, encoding)
        except UnicodeDecodeError as exc:
            raise ParseError(f"JSON parse error - the body is not {encoding}: {exc.reason}.")
        try:
            return json_input.loads(text, max_depth=settings.API_JSON_MAX_DEPTH)
        except json_input.JSONInputError as exc:
            if exc.path:
                raise ValidationError({exc.path: [exc.message]})
            raise ParseError(f"JSON parse error - {exc.message}")
        except ValueError as exc:
            raise ParseError(f"JSON parse error - {exc}")
