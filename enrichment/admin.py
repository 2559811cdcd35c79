from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.shortcuts import redirect
from django.urls import path, reverse

from accounts.roles import is_admin
from enrichment import services
from enrichment.models import ModelVersion, RetrainRun, RetrainTrigger
from enrichment.nlp.training import PRIMARY_METRIC


class ReasonActionForm(ActionForm):
    reason = forms.CharField(required=False, label="Reason (needed to force)")


@admin.register(ModelVersion)
class ModelVersionAdmin(admin.ModelAdmin):
    list_display = ["kind", "version", "is_active", "primary_metric", "metrics", "training_total", "trained_at"]
    list_filter = ["kind", "is_active"]
    search_fields = ["version", "notes"]
    action_form = ReasonActionForm
    actions = ["activate_if_better", "force_activate", "queue_retrain"]
    readonly_fields = [
        "kind",
        "version",
        "is_active",
        "training_counts",
        "metrics",
        "artifact",
        "embedder",
        "trained_at",
        "activated_at",
        "activation_reason",
        "created_at",
        "updated_at",
    ]

    def has_add_permission(self, request) -> bool:
        return False  # versions come from training only

    @admin.display(description="Held-out metric")
    def primary_metric(self, obj: ModelVersion) -> str:
        metric = PRIMARY_METRIC.get(obj.kind, "")
        return f"{metric} {obj.metrics.get(metric, '–')}"

    @admin.display(description="Examples")
    def training_total(self, obj: ModelVersion):
        return obj.training_counts.get("total")

    @admin.action(description="Activate if better than the active version (held-out metric)")
    def activate_if_better(self, request, queryset):
        for version in queryset:
            if services.model_version_activate(version=version):
                self.message_user(request, f"{version} is active.", messages.SUCCESS)
            else:
                version.refresh_from_db()
                self.message_user(request, version.activation_reason, messages.WARNING)

    @admin.action(description="Force activate (give a reason)")
    def force_activate(self, request, queryset):
        if not is_admin(request.user):
            self.message_user(request, "Only admins can force a model version.", messages.ERROR)
            return
        reason = request.POST.get("reason", "").strip()
        if not reason or queryset.count() != 1:
            self.message_user(request, "Select exactly one version and give a reason to force it.", messages.ERROR)
            return
        version = queryset.first()
        services.model_version_activate(version=version, force=True, reason=f"{reason} (by {request.user})")
        self.message_user(request, f"{version} forced active.", messages.SUCCESS)

    @admin.action(description="Retrain now on seed data + labels (background job)")
    def queue_retrain(self, request, queryset):
        if not is_admin(request.user):
            self.message_user(request, "Only admins can retrain.", messages.ERROR)
            return
        run = services.retrain_run_create(trigger=RetrainTrigger.ADMIN, user=request.user)
        self.message_user(request, f"Retrain job #{run.pk} queued.", messages.SUCCESS)


@admin.register(RetrainRun)
class RetrainRunAdmin(admin.ModelAdmin):
    list_display = ["id", "status", "trigger", "requested_by", "labels_used", "created_at", "finished_at"]
    list_filter = ["status", "trigger"]
    readonly_fields = [f.name for f in RetrainRun._meta.fields]
    change_list_template = "admin/enrichment/retrainrun/change_list.html"

    def has_add_permission(self, request) -> bool:
        return False

    def get_urls(self):
        return [
            path("start/", self.admin_site.admin_view(self.start_view), name="enrichment_retrainrun_start"),
            *super().get_urls(),
        ]

    def start_view(self, request):
        if request.method == "POST" and is_admin(request.user):
            run = services.retrain_run_create(trigger=RetrainTrigger.ADMIN, user=request.user)
            self.message_user(request, f"Retrain job #{run.pk} queued.", messages.SUCCESS)
        return redirect(reverse("admin:enrichment_retrainrun_changelist"))
