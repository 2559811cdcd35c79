"""Actions on the leads changelist in admin: export the selection, push it to a CRM (the same services as the API)."""

from django.contrib import admin, messages

from compliance.models import AuditAction
from compliance.services import audit_record
from insight.api_errors import ApplicationError
from integrations import exports, selectors, services
from integrations.models import CrmProvider, ExportFormat


def _export(request, queryset, export_format: str):
    audit_record(
        actor=request.user,
        action=AuditAction.EXPORT,
        target_type="lead",
        details={"format": export_format, "rows": queryset.count(), "source": "admin"},
    )
    leads = exports.export_source(selectors.lead_export_selected(queryset.order_by("pk")))
    return exports.export_response(leads, export_format)


@admin.action(description="Export selected leads as CSV")
def export_csv(modeladmin, request, queryset):
    return _export(request, queryset, ExportFormat.CSV)


@admin.action(description="Export selected leads as JSON")
def export_json(modeladmin, request, queryset):
    return _export(request, queryset, ExportFormat.JSON)


@admin.action(description="Export selected leads as Excel")
def export_xlsx(modeladmin, request, queryset):
    return _export(request, queryset, ExportFormat.XLSX)


def _push(modeladmin, request, queryset, provider: str) -> None:
    ids = list(queryset.order_by("pk").values_list("pk", flat=True)[: services.CRM_PUSH_MAX_IDS + 1])
    try:
        records = services.crm_sync_enqueue(lead_ids=ids, provider=provider, actor=request.user)
    except ApplicationError as exc:
        modeladmin.message_user(request, exc.message, messages.ERROR)
        return
    label = CrmProvider(provider).label
    modeladmin.message_user(request, f"{len(records)} leads queued for {label}; see CRM sync records for results.")


@admin.action(description="Push selected leads to HubSpot")
def push_hubspot(modeladmin, request, queryset):
    _push(modeladmin, request, queryset, CrmProvider.HUBSPOT)


@admin.action(description="Push selected leads to Salesforce")
def push_salesforce(modeladmin, request, queryset):
    _push(modeladmin, request, queryset, CrmProvider.SALESFORCE)


LEAD_ADMIN_ACTIONS = [export_csv, export_json, export_xlsx, push_hubspot, push_salesforce]
