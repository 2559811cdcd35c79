"""``POST /api/v1/extract``: contact details found in HTML the caller sends (never fetched from a URL)."""

import io

import phonenumbers
from django.conf import settings
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.api.views import ERROR
from insight.api_errors import ApplicationError
from insight.parsers import JSONParser
from insight.request_limits import body_limit
from scraping.extraction.page import NotHtmlError
from scraping.services import page_extract


def too_large() -> ApplicationError:
    limit = settings.EXTRACT_MAX_HTML_BYTES
    message = f"The HTML is larger than {limit} bytes ({limit / 1024 / 1024:g} MB), the most one request may send."
    return ApplicationError(
        message, code="too_large", status_code=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, fields={"html": [message]}
    )


class ExtractInputSerializer(serializers.Serializer):
    html = serializers.CharField(trim_whitespace=False)
    page_url = serializers.URLField(required=False, allow_blank=True, default="", max_length=2000)
    region = serializers.CharField(
        required=False, allow_blank=True, default="", max_length=2, help_text="Two-letter country code, e.g. CA"
    )

    def validate_region(self, value: str) -> str:
        value = value.strip().upper()
        if value and value not in phonenumbers.SUPPORTED_REGIONS:
            raise serializers.ValidationError(f"{value!r} is not a known country code; use e.g. US, CA, GB.")
        return value

    def validate_html(self, value: str) -> str:
        if not value.strip():
            raise serializers.ValidationError("The HTML is empty.")
        if len(value.encode("utf-8", "replace")) > settings.EXTRACT_MAX_HTML_BYTES:
            raise too_large()
        return value


class PhoneSourceSerializer(serializers.Serializer):
    layer = serializers.CharField()
    page_url = serializers.CharField()
    raw = serializers.CharField()
    confidence = serializers.FloatField()
    is_fax = serializers.BooleanField()


class PhoneSerializer(serializers.Serializer):
    raw = serializers.CharField()
    e164 = serializers.CharField()
    national = serializers.CharField()
    international = serializers.CharField()
    region = serializers.CharField()
    region_reason = serializers.CharField(
        help_text="Why the number was read in this region: the page signals that chose it (address, links, language…)"
    )
    type = serializers.CharField(help_text="libphonenumber type: fixed_line, mobile, toll_free…")
    layer = serializers.ChoiceField(choices=["tel_link", "structured_data", "visible_text", "website_crawl", "ocr"])
    confidence = serializers.FloatField()
    page_url = serializers.CharField()
    is_fax = serializers.BooleanField()
    bbox = serializers.DictField(child=serializers.FloatField(), allow_null=True, help_text="x, y, width, height (0–1)")
    sources = PhoneSourceSerializer(many=True)


class FindingsSerializer(serializers.Serializer):
    """Documentation of the response (the same shape ``manage.py extract --json`` prints line by line)."""

    page_url = serializers.CharField()
    region = serializers.CharField()
    phones = PhoneSerializer(many=True)
    emails = serializers.ListField(child=serializers.DictField())
    socials = serializers.ListField(child=serializers.DictField())
    website = serializers.CharField(allow_null=True)
    addresses = serializers.ListField(child=serializers.DictField(child=serializers.CharField()))
    warnings = serializers.ListField(child=serializers.CharField())


def read_json_body(request) -> dict:
    """Read at most the path's body limit from the stream, then parse.

    A Content-Length over the limit (``REQUEST_BODY_MAX_BYTES_BY_PATH``: the HTML cap plus room for JSON quoting)
    was refused before the view by ``insight.request_limits``; a body without one is cut here, so nothing larger is
    ever held in memory, and Django's 2.5 MB in-memory limit never answers a big page with an HTML 400.
    """
    if not (request.content_type or "").startswith("application/json"):
        raise exceptions.UnsupportedMediaType(request.content_type or "none")
    limit = body_limit(request.path)
    stream = request.stream
    raw = stream.read(limit + 1) if stream is not None else b""
    if len(raw) > limit:
        raise too_large()
    payload = JSONParser().parse(io.BytesIO(raw or b"{}"))  # the API's parser: depth and NUL checks
    if not isinstance(payload, dict):
        raise exceptions.ParseError("The body must be a JSON object.")
    return payload


class ExtractView(APIView):
    """Run the engine's page layers (tel links, JSON-LD/microdata, visible text) on the posted HTML.

    ``page_url`` only tells the engine where the page came from (region, relative links); nothing is fetched.
    """

    @extend_schema(
        request=ExtractInputSerializer,
        responses={200: FindingsSerializer, 400: ERROR, 413: ERROR, 429: ERROR},
        description="At most `EXTRACT_MAX_HTML_BYTES` of HTML (413 `too_large` above). A hostile page is read "
        "only in part (`warnings` says so). Each user runs `EXTRACT_CONCURRENT_PER_USER` extractions at once; "
        "one more is a 429 `throttled`.",
    )
    def post(self, request):
        serializer = ExtractInputSerializer(data=read_json_body(request))
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        try:
            findings = page_extract(
                user_id=request.user.pk, html=data["html"], page_url=data["page_url"], region=data["region"] or None
            )
        except NotHtmlError as exc:
            raise ApplicationError(str(exc), code="not_html", fields={"html": [str(exc)]})
        return Response(findings.to_dict())
