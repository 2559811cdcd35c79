from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError

from compliance import lifecycle, services
from compliance.models import AuditEntry, ErasureReceipt, RetentionPolicy, RetentionRun, Suppression, SuppressionReason
from insight.api_errors import ApplicationError


class SuppressionForm(forms.ModelForm):
    class Meta:
        model = Suppression
        fields = ("kind", "value", "note")

    def clean(self) -> dict:
        data = super().clean()
        if data.get("kind") and data.get("value"):
            try:
                data["value"] = services.suppression_normalize(kind=data["kind"], value=data["value"])
            except ApplicationError as exc:
                raise ValidationError({"value": exc.message}) from exc
        return data


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """Read-only: the audit log is written by services only."""

    list_display = ("created_at", "action", "actor_email", "target_type", "target_id")
    list_filter = ("action", "target_type")
    search_fields = ("actor_email", "target_id")
    date_hierarchy = "created_at"
    readonly_fields = [f.name for f in AuditEntry._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Suppression)
class SuppressionAdmin(admin.ModelAdmin):
    """Adding goes through ``suppression_add`` (normalises, purges matching leads, audits)."""

    list_display = ("kind", "value", "reason", "note", "created_by", "created_at")
    list_filter = ("kind", "reason")
    search_fields = ("value", "note")
    form = SuppressionForm

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return super().has_delete_permission(request, obj) and (obj is None or obj.reason != SuppressionReason.ERASURE)

    def save_model(self, request, obj, form, change) -> None:
        entry, _ = services.suppression_add(kind=obj.kind, value=obj.value, note=obj.note, actor=request.user)
        obj.pk = entry.pk

    def delete_model(self, request, obj) -> None:
        services.suppression_remove(entry=obj, actor=request.user)

    def delete_queryset(self, request, queryset) -> None:
        for entry in queryset.exclude(reason=SuppressionReason.ERASURE):
            services.suppression_remove(entry=entry, actor=request.user)


class ErasureForm(forms.ModelForm):
    """The admin's erasure request: the identifiers are used once and never stored."""

    email = forms.EmailField(required=False)
    phone = forms.CharField(required=False, help_text="International format, e.g. +1 416 555 0123.")

    class Meta:
        model = ErasureReceipt
        fields = ("reference",)

    def clean(self) -> dict:
        data = super().clean()
        if not data.get("email") and not data.get("phone"):
            raise ValidationError("Give the person's email address, phone number, or both.")
        return data


@admin.register(ErasureReceipt)
class ErasureReceiptAdmin(admin.ModelAdmin):
    """Adding a receipt performs the erasure (``erasure_perform``); receipts are never changed or deleted."""

    list_display = ("created_at", "requested_by_email", "reference", "identifier_kinds", "counts")
    search_fields = ("reference", "identifiers_hash")
    readonly_fields = [f.name for f in ErasureReceipt._meta.fields]

    def get_form(self, request, obj=None, **kwargs):
        if obj is None:
            kwargs["form"] = ErasureForm
        return super().get_form(request, obj, **kwargs)

    def get_fields(self, request, obj=None):
        return ("email", "phone", "reference") if obj is None else self.readonly_fields

    def get_readonly_fields(self, request, obj=None):
        return () if obj is None else self.readonly_fields

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def save_model(self, request, obj, form, change) -> None:
        data = form.cleaned_data
        receipt = lifecycle.erasure_perform(
            actor=request.user, email=data.get("email") or "", phone=data.get("phone") or "", reference=obj.reference
        )
        obj.pk, obj.created_at = receipt.pk, receipt.created_at


@admin.register(RetentionPolicy)
class RetentionPolicyAdmin(admin.ModelAdmin):
    """One policy per lead kind (created by migration); changes are audited."""

    list_display = ("lead_kind", "days", "keep_statuses", "archive", "is_active", "updated_at")
    fields = ("lead_kind", "days", "keep_statuses", "archive", "is_active")
    readonly_fields = ("lead_kind",)

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def save_model(self, request, obj, form, change) -> None:
        changes = {name: form.cleaned_data[name] for name in ("days", "keep_statuses", "archive", "is_active")}
        lifecycle.retention_policy_update(policy=RetentionPolicy.objects.get(pk=obj.pk), actor=request.user, **changes)


@admin.register(RetentionRun)
class RetentionRunAdmin(admin.ModelAdmin):
    """Job rows of the retention schedule: status, counts, errors (read-only)."""

    list_display = ("started_at", "status", "finished_at", "triggered_by", "counts")
    list_filter = ("status",)
    readonly_fields = [f.name for f in RetentionRun._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
