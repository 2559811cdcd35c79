from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.shortcuts import redirect
from django.urls import path, reverse

from accounts.models import Role
from accounts.roles import has_role, is_admin
from enrichment import services
from enrichment.models import (
    EnrichmentStep,
    LeadEnrichment,
    LookupCache,
    ModelVersion,
    ProviderUsage,
    RetrainRun,
    RetrainTrigger,
)
from enrichment.nlp.training import PRIMARY_METRIC


class ReasonActionForm(ActionForm):
    reason = forms.CharField(required=False, label="Reason (needed to force)")


@admin.register(ModelVersion)
class ModelVersionAdmin(admin.ModelAdmin):
    list_display = ["kind", "version", "is_active", "primary_metric", "figures", "training_total", "trained_at"]
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

    @admin.display(description="Figures")
    def figures(self, obj: ModelVersion) -> str:
        """The figures a person reads (no digests): each metric, then what it was measured on."""
        shown = [f"{k.replace('_', ' ')} {v}" for k, v in obj.metrics.items() if isinstance(v, int | float)]
        where = obj.metrics.get("evaluated_on")
        return " · ".join(shown) + (f" — on the {where}" if where else "")

    @admin.display(description="Promotion metric")
    def primary_metric(self, obj: ModelVersion) -> str:
        metric = PRIMARY_METRIC.get(obj.kind, "")
        return f"{metric} {obj.metrics.get(metric, '–')}"

    @admin.display(description="Examples")
    def training_total(self, obj: ModelVersion):
        return obj.training_counts.get("total")

    @admin.action(description="Activate if better than the active version (promotion metric, on real posts)")
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

    @admin.action(description="Retrain now on real posts, seed posts and labels (background job)")
    def queue_retrain(self, request, queryset):
        if not is_admin(request.user):
            self.message_user(request, "Only admins can retrain.", messages.ERROR)
            return
        run = services.retrain_run_create(trigger=RetrainTrigger.ADMIN, user=request.user)
        self.message_user(request, retrain_message(run), messages.SUCCESS)


def retrain_message(run: RetrainRun) -> str:
    """What an admin reads after asking for a retrain: their new job, or the one already under way."""
    if getattr(run, "joined", False):
        return f"Retrain job #{run.pk} is already {run.status}: your request joins it (one retrain at a time)."
    return f"Retrain job #{run.pk} queued."


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
            self.message_user(request, retrain_message(run), messages.SUCCESS)
        return redirect(reverse("admin:enrichment_retrainrun_changelist"))


class EnrichmentStepInline(admin.TabularInline):
    model = EnrichmentStep
    extra = 0
    can_delete = False
    fields = ["step", "status", "error", "transient", "attempts", "from_cache", "finished_at", "result"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(LeadEnrichment)
class LeadEnrichmentAdmin(admin.ModelAdmin):
    list_display = ["lead", "status", "quality_score", "attempts", "finished_at", "retry_at"]
    list_filter = ["status"]
    search_fields = ["lead__name", "summary"]
    list_select_related = ["lead"]
    inlines = [EnrichmentStepInline]
    actions = ["rerun"]
    readonly_fields = [f.name for f in LeadEnrichment._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False  # rows come from the pipeline

    @admin.action(description="Re-run enrichment (cached lookups are reused, nothing is paid twice)")
    def rerun(self, request, queryset):
        _enrich(self, request, list(queryset.values_list("lead_id", flat=True)))


def _enrich(modeladmin, request, lead_ids: list[int]) -> None:
    if not has_role(request.user, Role.ADMIN, Role.MANAGER, Role.SALES):
        modeladmin.message_user(request, "Your role does not allow re-running enrichment.", messages.ERROR)
        return
    for lead_id in lead_ids:
        services.lead_enrich_enqueue(lead_id=lead_id, force=True, auto=False)
    modeladmin.message_user(request, f"Enrichment of {len(lead_ids)} lead(s) queued.", messages.SUCCESS)


@admin.action(description="Enrich the selected leads now (cached lookups are reused, nothing is paid twice)")
def enrich_selected_leads(modeladmin, request, queryset) -> None:
    """An action for the Lead admin (the enrichment rows themselves have ``rerun``)."""
    _enrich(modeladmin, request, list(queryset.values_list("pk", flat=True)))


@admin.register(LookupCache)
class LookupCacheAdmin(admin.ModelAdmin):
    list_display = ["provider", "key", "expires_at", "hits", "updated_at"]
    list_filter = ["provider"]
    search_fields = ["key"]
    readonly_fields = ["provider", "key", "value", "expires_at", "hits", "fetching_until", "created_at", "updated_at"]

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(ProviderUsage)
class ProviderUsageAdmin(admin.ModelAdmin):
    list_display = ["provider", "day", "count"]
    list_filter = ["provider"]
    readonly_fields = ["provider", "day", "count"]

    def has_add_permission(self, request) -> bool:
        return False
