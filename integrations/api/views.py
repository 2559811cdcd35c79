"""Export, import, CRM sync and webhook endpoints; views check roles, validate and call services."""

import json

from django.conf import settings
from django.http import FileResponse, HttpResponseBase
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.generics import get_object_or_404
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.api.permissions import HasAnyRole, HasAnyRoleOrReadOnly, IsActiveAccount, IsAdminRole
from accounts.api.views import ERROR
from accounts.models import Role
from compliance.models import AuditAction
from compliance.services import audit_record
from insight.api_errors import ApplicationError
from insight.query_params import DocumentedQueryParams
from integrations import exports, selectors, services, webhooks
from integrations.api import serializers as s
from integrations.imports import lead_import
from integrations.models import ExportFormat, ExportJob, WebhookEndpoint
from leads.api.serializers import LeadFilterSerializer
from leads.models import Lead

FORBIDDEN = {401: ERROR, 403: ERROR}
MANAGERS = HasAnyRole(Role.ADMIN, Role.MANAGER)


class _ExportRenderer(BaseRenderer):
    """Selects the export format (``?format=`` or Accept); the export itself is a streamed response, so only
    error bodies and job descriptions are ever rendered here — as JSON, whatever format was asked for."""

    charset = None

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        response = (renderer_context or {}).get("response")
        if response is not None:
            response["Content-Type"] = "application/json"
        return json.dumps(data).encode()


class CSVRenderer(_ExportRenderer):
    media_type = "text/csv"
    format = ExportFormat.CSV


class XLSXRenderer(_ExportRenderer):
    media_type = exports.CONTENT_TYPES[ExportFormat.XLSX]
    format = ExportFormat.XLSX


EXPORT_RENDERERS = [CSVRenderer, JSONRenderer, XLSXRenderer]
EXPORT_SCHEMA = {
    "parameters": [
        LeadFilterSerializer,
        OpenApiParameter("format", enum=ExportFormat.values, description="csv (default), json or xlsx"),
        OpenApiParameter("background", bool, description="Always run as a background job"),
    ],
    "responses": {
        (200, "text/csv"): OpenApiTypes.STR,
        (200, "application/json"): OpenApiTypes.ANY,
        (200, exports.CONTENT_TYPES[ExportFormat.XLSX]): OpenApiTypes.BINARY,
        (202, "application/json"): s.ExportJobSerializer,
        400: ERROR,
        **FORBIDDEN,
    },
}


def _flag(raw: str, name: str) -> bool:
    """A yes/no query parameter (true/false, 1/0, yes/no; absent or empty: no); anything else is a 400."""
    if raw == "":
        return False
    try:
        return serializers.BooleanField().to_internal_value(raw)
    except serializers.ValidationError:
        raise serializers.ValidationError({name: ["Use true or false."]}) from None


def lead_export_response(request: Request) -> HttpResponseBase:
    """``GET /leads/export``: the filtered leads streamed, or a background job above EXPORT_STREAM_MAX_ROWS."""
    params = LeadFilterSerializer(data=request.query_params)
    params.is_valid(raise_exception=True)
    background = _flag(request.query_params.get("background", ""), "background")
    export_format = request.accepted_renderer.format
    queryset = selectors.lead_export_queryset(
        ordering=params.validated_data["ordering"], **params.to_selector_params(request.user)
    )
    total = queryset.count()
    if background or total > settings.EXPORT_STREAM_MAX_ROWS:
        query = request.query_params.copy()
        for name in ("format", "background"):
            query.pop(name, None)
        job = services.export_job_create(
            requested_by=request.user,
            export_format=export_format,
            filters={"query": query.urlencode()},
            total_rows=total,
        )
        return Response(
            s.ExportJobSerializer(job, context={"request": request}).data,
            status=status.HTTP_202_ACCEPTED,
            headers={"Location": f"/api/v1/exports/{job.pk}"},
        )
    audit_record(
        actor=request.user,
        action=AuditAction.EXPORT,
        target_type="lead",
        details={"format": export_format, "rows": total, "query": request.query_params.urlencode(), "streamed": True},
    )
    return exports.export_response(exports.export_source(queryset), export_format)


@extend_schema_view(
    list=extend_schema(summary="Your background exports (managers and admins: everyone's)"),
    retrieve=extend_schema(summary="One background export: status, progress, row count, download link"),
)
@extend_schema(tags=["exports"], responses={200: s.ExportJobSerializer, 404: ERROR, **FORBIDDEN})
class ExportJobViewSet(
    DocumentedQueryParams, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    permission_classes = [IsActiveAccount]
    serializer_class = s.ExportJobSerializer
    queryset = ExportJob.objects.none()

    def get_queryset(self):
        return selectors.export_job_list(user=self.request.user)

    @extend_schema(
        summary="Download a finished export (only the user who requested it)",
        responses={
            (200, "application/octet-stream"): OpenApiTypes.BINARY,
            404: ERROR,
            409: ERROR,
            410: ERROR,
            **FORBIDDEN,
        },
    )
    @action(detail=True, methods=["get"])
    def download(self, request: Request, pk: str | None = None) -> FileResponse:
        job = get_object_or_404(selectors.export_job_list(user=request.user), pk=pk, requested_by=request.user)
        path = services.export_job_file(job=job)
        audit_record(
            actor=request.user,
            action=AuditAction.EXPORT,
            target_type="export_job",
            target_id=job.pk,
            details={"format": job.format, "rows": job.row_count, "downloaded": True},
        )
        return FileResponse(
            path.open("rb"), as_attachment=True, filename=path.name, content_type=exports.CONTENT_TYPES[job.format]
        )


class LeadImportView(APIView):
    permission_classes = [MANAGERS]
    parser_classes = [MultiPartParser, FormParser]

    @extend_schema(
        tags=["leads"],
        summary="Import leads from CSV or Excel (dry run by default: a preview with per-row errors)",
        description="Columns as in the export (name required; kind, text, url, platform, platform_id, domain, "
        "author, author_handle, location, category, language, published_at, phones, emails). Rows go through "
        "the same upsert as scraping, so a known lead is updated, never duplicated. With `dry_run=false` and any "
        "bad row nothing is saved (`400 import_rejected`, fields name the rows).",
        request={"multipart/form-data": s.LeadImportInputSerializer},
        responses={200: s.ImportReportSerializer, 400: ERROR, **FORBIDDEN},
    )
    def post(self, request: Request) -> Response:
        data = s.LeadImportInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        upload = data.validated_data["file"]
        report = lead_import(file=upload, filename=upload.name, dry_run=data.validated_data["dry_run"])
        if not report.dry_run and report.errors:
            raise ApplicationError(
                f"{report.errors} of {report.total} rows have errors; nothing was imported.",
                code="import_rejected",
                fields={
                    f"row {r.row}": [f"{k}: {'; '.join(v)}" for k, v in r.errors.items()]
                    for r in report.rows
                    if r.errors
                },
            )
        if report.imported:
            audit_record(
                actor=request.user,
                action=AuditAction.IMPORT,
                target_type="lead",
                details={"file": upload.name, "created": report.created, "updated": report.updated},
            )
        return Response(s.ImportReportSerializer(report.as_dict()).data)


def _sync_records(records) -> Response:
    return Response(s.CrmSyncRecordSerializer(records, many=True).data, status=status.HTTP_202_ACCEPTED)


class LeadCrmSyncView(DocumentedQueryParams, APIView):
    permission_classes = [HasAnyRoleOrReadOnly(Role.ADMIN, Role.MANAGER)]

    @extend_schema(
        tags=["crm"],
        summary="A lead's CRM sync records (one per provider)",
        responses={200: s.CrmSyncRecordSerializer(many=True), 404: ERROR, **FORBIDDEN},
    )
    def get(self, request: Request, pk: int) -> Response:
        lead = get_object_or_404(Lead, pk=pk)
        return Response(s.CrmSyncRecordSerializer(selectors.crm_sync_records(lead_id=lead.pk), many=True).data)

    @extend_schema(
        tags=["crm"],
        summary="Push a lead to HubSpot or Salesforce now (a worker does it; re-pushing updates, never duplicates)",
        request=s.CrmPushInputSerializer,
        responses={202: s.CrmSyncRecordSerializer(many=True), 400: ERROR, 404: ERROR, 409: ERROR, **FORBIDDEN},
    )
    def post(self, request: Request, pk: int) -> Response:
        lead = get_object_or_404(Lead, pk=pk)
        data = s.CrmPushInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        records = services.crm_sync_enqueue(
            lead_ids=[lead.pk], provider=data.validated_data["provider"], actor=request.user
        )
        return _sync_records(records)


class LeadCrmBulkSyncView(APIView):
    permission_classes = [MANAGERS]

    @extend_schema(
        tags=["crm"],
        operation_id="leads_crm_sync_bulk",
        summary=f"Push many leads to a CRM (at most {services.CRM_PUSH_MAX_IDS})",
        request=s.CrmBulkPushInputSerializer,
        responses={202: s.CrmSyncRecordSerializer(many=True), 400: ERROR, 409: ERROR, **FORBIDDEN},
    )
    def post(self, request: Request) -> Response:
        data = s.CrmBulkPushInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        records = services.crm_sync_enqueue(
            lead_ids=data.validated_data["ids"], provider=data.validated_data["provider"], actor=request.user
        )
        return _sync_records(records)


@extend_schema_view(
    list=extend_schema(summary="List webhook endpoints (admins)"),
    retrieve=extend_schema(summary="One webhook endpoint (admins)"),
    create=extend_schema(summary="Add a webhook endpoint (admins; the URL must be public)"),
    partial_update=extend_schema(summary="Change a webhook endpoint (admins)"),
    destroy=extend_schema(
        summary="Delete a webhook endpoint (admins)", responses={204: OpenApiResponse(description="Deleted")}
    ),
)
@extend_schema(tags=["webhooks"], responses={200: s.WebhookEndpointSerializer, 400: ERROR, 404: ERROR, **FORBIDDEN})
class WebhookEndpointViewSet(DocumentedQueryParams, viewsets.ModelViewSet):
    permission_classes = [IsAdminRole]
    serializer_class = s.WebhookEndpointSerializer
    queryset = WebhookEndpoint.objects.none()
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_queryset(self):
        return selectors.webhook_endpoint_list()

    def perform_create(self, serializer) -> None:
        serializer.instance = webhooks.webhook_endpoint_create(actor=self.request.user, **serializer.validated_data)

    def perform_update(self, serializer) -> None:
        serializer.instance = webhooks.webhook_endpoint_update(
            endpoint=serializer.instance, actor=self.request.user, **serializer.validated_data
        )

    def perform_destroy(self, instance) -> None:
        webhooks.webhook_endpoint_delete(endpoint=instance, actor=self.request.user)

    @extend_schema(
        summary="Delivery log of an endpoint (newest first)",
        responses={200: s.WebhookDeliverySerializer(many=True), 404: ERROR, **FORBIDDEN},
    )
    @action(detail=True, methods=["get"])
    def deliveries(self, request: Request, pk: str | None = None) -> Response:
        endpoint = self.get_object()
        page = self.paginate_queryset(selectors.webhook_delivery_list(endpoint_id=endpoint.pk))
        return self.get_paginated_response(s.WebhookDeliverySerializer(page, many=True).data)

    @extend_schema(
        summary="Send a signed test event (ping)",
        request=None,
        responses={202: s.WebhookDeliverySerializer, 404: ERROR, **FORBIDDEN},
    )
    @action(detail=True, methods=["post"])
    def ping(self, request: Request, pk: str | None = None) -> Response:
        endpoint = self.get_object()
        delivery = webhooks.webhook_send(
            url=endpoint.url,
            secret=endpoint.secret,
            payload={"text": f"Test delivery from Insight to {endpoint.name}"},
            event="ping",
            style=endpoint.style,
            endpoint=endpoint,
        )
        return Response(s.WebhookDeliverySerializer(delivery).data, status=status.HTTP_202_ACCEPTED)
