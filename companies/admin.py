from django.contrib import admin, messages
from django.db import transaction

from companies import services
from companies.matching import company_name_key
from companies.models import (
    Company,
    CompanyEvent,
    CompanyKey,
    CompanyLink,
    FieldRule,
    Notification,
    ScoreTrigger,
    SignalDecay,
    Team,
    TriggerAction,
    TriggerFiring,
)
from insight.admin_widgets import SafeAutocompleteMixin
from insight.api_errors import ApplicationError


class CompanyKeyInline(admin.TabularInline):
    model = CompanyKey
    extra = 0
    fields = ["kind", "value"]


class CompanyLinkInline(admin.TabularInline):
    model = CompanyLink
    extra = 0
    fields = ["lead", "method", "confidence", "undone", "undone_by", "undone_at", "undo_reason", "created_at"]
    readonly_fields = fields
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None) -> bool:
        return False


class CompanyEventInline(admin.TabularInline):
    model = CompanyEvent
    extra = 0
    fields = ["created_at", "kind", "actor", "details"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Company)
class CompanyAdmin(SafeAutocompleteMixin, admin.ModelAdmin):
    list_display = ["name", "city", "domain", "score", "status", "owner", "scored_at"]
    list_filter = ["status"]
    search_fields = ["name", "domain", "city", "keys__value"]
    list_select_related = ["owner"]
    autocomplete_fields = ["owner"]
    readonly_fields = ["status", "merged_into", "name_key", "score", "score_explanation", "scored_at"]
    inlines = [CompanyKeyInline, CompanyLinkInline, CompanyEventInline]
    actions = ["merge_into_highest_scored", "rescore"]
    show_full_result_count = False

    def save_model(self, request, obj, form, change) -> None:
        obj.name_key = company_name_key(obj.name)[:500]  # a company added or renamed here is matched by name too
        super().save_model(request, obj, form, change)

    @admin.action(description="Merge the selected companies into the highest-scored one")
    def merge_into_highest_scored(self, request, queryset) -> None:
        chosen = list(queryset.order_by("-score", "id"))
        if len(chosen) < 2:
            self.message_user(request, "Choose at least two companies.", messages.ERROR)
            return
        try:
            target = services.company_merge(target=chosen[0], sources=chosen[1:], actor=request.user)
        except ApplicationError as exc:
            self.message_user(request, exc.message, messages.ERROR)
            return
        self.message_user(request, f"Merged {len(chosen) - 1} companies into {target.name}.")

    @admin.action(description="Rescore now")
    def rescore(self, request, queryset) -> None:
        for company in queryset:
            services.company_rescore(company_id=company.pk)
        self.message_user(request, f"Rescored {queryset.count()} companies.")


@admin.register(CompanyLink)
class CompanyLinkAdmin(admin.ModelAdmin):
    """Undo wrong links from here ("Undo the selected links"); a split moves leads through the API or this action."""

    list_display = ["lead", "company", "method", "confidence", "undone", "created_at"]
    list_filter = ["method", "undone"]
    search_fields = ["lead__name", "company__name"]
    raw_id_fields = ["lead", "company"]
    readonly_fields = ["undone", "undone_by", "undone_at", "created_by", "evidence"]
    actions = ["undo_links", "split_into_new_company"]

    @admin.action(description="Undo the selected links (remembered: never relinked automatically)")
    def undo_links(self, request, queryset) -> None:
        done = 0
        for link in queryset.filter(undone=False):
            services.link_undo(link=link, actor=request.user, reason="undone in the admin")
            done += 1
        self.message_user(request, f"Undid {done} links.")

    @admin.action(description="Split the selected leads into a new company")
    def split_into_new_company(self, request, queryset) -> None:
        links = list(queryset.filter(undone=False))
        companies = {link.company_id for link in links}
        if len(companies) != 1:
            self.message_user(request, "Choose active links of one company.", messages.ERROR)
            return
        try:
            with transaction.atomic():
                new = services.company_split(
                    company=links[0].company, lead_ids=[link.lead_id for link in links], name="", actor=request.user
                )
        except ApplicationError as exc:
            self.message_user(request, exc.message, messages.ERROR)
            return
        self.message_user(request, f"Split {len(links)} leads into {new.name} (company {new.pk}).")


class TriggerActionInline(SafeAutocompleteMixin, admin.StackedInline):
    model = TriggerAction
    extra = 1
    autocomplete_fields = ["user"]


@admin.register(ScoreTrigger)
class ScoreTriggerAdmin(admin.ModelAdmin):
    list_display = ["name", "target", "threshold", "repeatable", "is_active", "active_from", "active_until"]
    list_filter = ["target", "is_active", "repeatable"]
    search_fields = ["name"]
    inlines = [TriggerActionInline]


@admin.register(TriggerFiring)
class TriggerFiringAdmin(admin.ModelAdmin):
    """The audit trail of triggers: read-only."""

    list_display = ["fired_at", "trigger", "lead", "company", "previous_score", "score"]
    list_filter = ["trigger"]
    raw_id_fields = ["lead", "company"]
    readonly_fields = ["trigger", "lead", "company", "previous_score", "score", "results", "fired_at"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin):
    list_display = ["name", "last_assigned"]
    filter_horizontal = ["members"]
    readonly_fields = ["last_assigned"]


@admin.register(SignalDecay)
class SignalDecayAdmin(admin.ModelAdmin):
    list_display = ["signal", "max_points", "half_life_days"]


@admin.register(FieldRule)
class FieldRuleAdmin(admin.ModelAdmin):
    list_display = ["name", "condition", "value", "weight", "is_active"]
    list_filter = ["condition", "is_active"]


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["created_at", "user", "kind", "title", "score", "emailed_at", "read_at"]
    list_filter = ["kind"]
    raw_id_fields = ["user", "lead", "company"]
    search_fields = ["title", "user__email"]
