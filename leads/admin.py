from django import forms
from django.contrib import admin

from enrichment.admin import enrich_selected_leads
from insight.admin_widgets import SafeAutocompleteMixin
from integrations.admin_actions import LEAD_ADMIN_ACTIONS
from leads.dedupe import canonical_url, lead_dedupe_key
from leads.models import ContactPoint, KeywordSet, Label, LabelKind, Lead, ScoringRule


class LeadAdminForm(forms.ModelForm):
    """A lead added by hand is identified like a scraped one (``lead_dedupe_key``): by its platform id or URL, and
    refused when that lead exists already, instead of failing on the unique key."""

    class Meta:
        model = Lead
        fields = "__all__"  # noqa: DJ007 - the admin's fieldsets and read-only fields decide what shows

    def clean(self) -> dict:
        cleaned = super().clean()
        if self.instance.pk is not None:
            return cleaned
        try:
            key = lead_dedupe_key(
                platform=cleaned.get("platform") or "",
                platform_id=cleaned.get("platform_id") or "",
                url=cleaned.get("url") or "",
            )
        except ValueError:
            raise forms.ValidationError("Give the lead a platform id or a URL: leads are told apart by them.") from None
        if existing := Lead.objects.filter(dedupe_key=key).first():
            raise forms.ValidationError(f"This lead exists already: “{existing.name}” (id {existing.pk}).")
        self.instance.dedupe_key = key
        self.instance.canonical_url = canonical_url(cleaned["url"]) if cleaned.get("url") else ""
        return cleaned


class ContactPointInline(admin.TabularInline):
    model = ContactPoint
    extra = 0
    fields = ["kind", "value", "normalized_value", "layer", "confidence", "page_url"]
    readonly_fields = ["created_at"]


class LabelInline(admin.TabularInline):
    model = Label
    extra = 0
    fields = ["kind", "corrected_sentiment", "corrected_intent", "note", "author", "created_at"]
    readonly_fields = ["author", "created_at"]


@admin.register(Lead)
class LeadAdmin(SafeAutocompleteMixin, admin.ModelAdmin):
    form = LeadAdminForm
    list_display = [
        "name",
        "kind",
        "platform",
        "score",
        "intent_level",
        "sentiment_label",
        "status",
        "owner",
        "discovered_at",
    ]
    list_filter = ["kind", "status", "platform", "intent_level", "sentiment_label"]
    search_fields = ["name", "text", "author", "author_handle", "url", "domain"]
    list_select_related = ["owner"]
    autocomplete_fields = ["owner"]
    raw_id_fields = ["scrape_task", "monitor"]
    date_hierarchy = "discovered_at"
    readonly_fields = [
        "dedupe_key",
        "canonical_url",
        "discovered_at",
        "created_at",
        "updated_at",
        "scored_at",
        "score_explanation",
        "model_version",
        "raw",
    ]
    inlines = [ContactPointInline, LabelInline]
    list_per_page = 50
    show_full_result_count = False


@admin.register(ContactPoint)
class ContactPointAdmin(admin.ModelAdmin):
    list_display = ["normalized_value", "kind", "layer", "confidence", "lead", "created_at"]
    list_filter = ["kind", "layer"]
    search_fields = ["normalized_value", "value", "lead__name"]
    raw_id_fields = ["lead"]
    readonly_fields = ["created_at", "updated_at", "details", "verification", "verified_at"]
    show_full_result_count = False


@admin.register(Label)
class LabelAdmin(admin.ModelAdmin):
    list_display = ["lead", "kind", "corrected_sentiment", "corrected_intent", "author", "created_at"]
    list_filter = ["kind", "corrected_sentiment", "corrected_intent"]
    search_fields = ["lead__name", "note", "author__email"]
    raw_id_fields = ["lead"]
    readonly_fields = ["author", "created_at", "updated_at"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.author = request.user
        super().save_model(request, obj, form, change)


@admin.register(KeywordSet)
class KeywordSetAdmin(admin.ModelAdmin):
    list_display = ["name", "expression", "language", "is_active", "updated_at"]
    list_filter = ["is_active", "language"]
    search_fields = ["name", "expression", "description"]
    readonly_fields = ["created_at", "updated_at"]


@admin.register(ScoringRule)
class ScoringRuleAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "condition",
        "value",
        "weight",
        "applies_to",
        "is_active",
        "active_from",
        "active_until",
        "updated_at",
    ]
    list_filter = ["condition", "is_active", "applies_to"]
    search_fields = ["name", "value", "description"]
    readonly_fields = ["created_at", "updated_at"]

    # Changing rules rescores recent leads in the background (issue 8); no signals, so the admin asks for it.
    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        _rules_changed(request, self)

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        _rules_changed(request, self)

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        _rules_changed(request, self)


def _rules_changed(request, model_admin) -> None:
    from enrichment.services import rules_changed

    rules_changed()
    model_admin.message_user(request, "Recent leads are being rescored with the new rules.")


def _label_selected(model_admin, request, queryset, kind: str) -> None:
    for lead in queryset:
        label = Label(lead=lead, author=request.user, kind=kind)
        label.full_clean()
        label.save()
    model_admin.message_user(request, f"Labelled {queryset.count()} lead(s); the next retrain learns from them.")


@admin.action(description="Label: good lead")
def label_good_lead(model_admin, request, queryset):
    _label_selected(model_admin, request, queryset, LabelKind.GOOD_LEAD)


@admin.action(description="Label: not a lead")
def label_not_a_lead(model_admin, request, queryset):
    _label_selected(model_admin, request, queryset, LabelKind.NOT_A_LEAD)


@admin.action(description="Rescore with the active models and rules")
def rescore_leads(model_admin, request, queryset):
    from enrichment.services import leads_rescore

    done = leads_rescore(lead_ids=list(queryset.values_list("pk", flat=True)[:1000]))
    model_admin.message_user(request, f"Rescored {done} lead(s).")


# Export (CSV/JSON/Excel) and CRM push come from the integrations app, re-running enrichment from enrichment.
LeadAdmin.actions = [label_good_lead, label_not_a_lead, rescore_leads, enrich_selected_leads, *LEAD_ADMIN_ACTIONS]
