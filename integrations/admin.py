from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.template.response import TemplateResponse

from compliance.models import AuditAction
from compliance.services import audit_record
from insight.api_errors import ApplicationError
from integrations import webhooks
from integrations.imports import lead_import
from integrations.models import (
    CrmFieldMapping,
    CrmSyncRecord,
    ExportJob,
    LeadImport,
    WebhookDelivery,
    WebhookEndpoint,
)


@admin.register(CrmFieldMapping)
class CrmFieldMappingAdmin(admin.ModelAdmin):
    list_display = ["provider", "crm_object", "lead_field", "remote_field", "is_active"]
    list_editable = ["lead_field", "remote_field", "is_active"]
    list_filter = ["provider", "crm_object", "is_active"]


class _ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(CrmSyncRecord)
class CrmSyncRecordAdmin(_ReadOnlyAdmin):
    list_display = ["lead", "provider", "status", "remote_id", "last_synced_at", "attempts", "last_error"]
    list_filter = ["provider", "status"]
    search_fields = ["remote_id", "lead__name"]
    raw_id_fields = ["lead"]
    list_select_related = ["lead"]


@admin.register(ExportJob)
class ExportJobAdmin(_ReadOnlyAdmin):
    list_display = ["id", "format", "status", "row_count", "total_rows", "requested_by", "created_at", "finished_at"]
    list_filter = ["status", "format"]
    list_select_related = ["requested_by"]


class WebhookEndpointForm(admin.ModelAdmin.form):
    def clean_url(self):
        url = self.cleaned_data["url"]
        if message := webhooks.webhook_url_error(url):
            raise ValidationError(message)
        return url


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(admin.ModelAdmin):
    form = WebhookEndpointForm
    list_display = ["name", "url", "events", "style", "is_active", "updated_at"]
    list_filter = ["is_active", "style"]

    def save_model(self, request, obj, form, change) -> None:
        fields = {name: form.cleaned_data[name] for name in webhooks.ENDPOINT_FIELDS if name in form.cleaned_data}
        try:
            if change:
                webhooks.webhook_endpoint_update(endpoint=obj, actor=request.user, **fields)
            else:
                saved = webhooks.webhook_endpoint_create(actor=request.user, **fields)
                obj.pk = saved.pk
        except ApplicationError as exc:
            self.message_user(request, exc.message, messages.ERROR)

    def delete_model(self, request, obj) -> None:
        webhooks.webhook_endpoint_delete(endpoint=obj, actor=request.user)


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(_ReadOnlyAdmin):
    list_display = ["event", "url", "status", "attempts", "response_status", "created_at", "delivered_at"]
    list_filter = ["status", "event"]
    exclude = ["secret"]


class LeadImportForm(forms.Form):
    file = forms.FileField(help_text="CSV (UTF-8) or Excel (.xlsx) with a header row; columns as in the export.")
    dry_run = forms.BooleanField(required=False, initial=True, label="Dry run (preview only, nothing is saved)")


@admin.register(LeadImport)
class LeadImportAdmin(admin.ModelAdmin):
    """Upload, preview with per-row errors, then import: the same service as ``POST /api/v1/leads/import``."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def changelist_view(self, request, extra_context=None):
        form = LeadImportForm(request.POST or None, request.FILES or None)
        report = None
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                report = lead_import(file=upload, filename=upload.name, dry_run=form.cleaned_data["dry_run"])
            except ApplicationError as exc:
                form.add_error("file", exc.message)
            else:
                if report.imported:
                    audit_record(
                        actor=request.user,
                        action=AuditAction.IMPORT,
                        target_type="lead",
                        details={"file": upload.name, "created": report.created, "updated": report.updated},
                    )
                    self.message_user(request, f"Imported: {report.created} created, {report.updated} updated.")
                elif not report.dry_run:
                    self.message_user(request, "Some rows have errors; nothing was imported.", messages.ERROR)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Import leads",
            "form": form,
            "report": report,
        }
        return TemplateResponse(request, "admin/integrations/lead_import.html", context)
