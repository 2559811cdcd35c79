from django.contrib import admin

from analytics.models import DailyKeywordStat, DailyLeadStat, StatsRefresh


@admin.register(DailyLeadStat)
class DailyLeadStatAdmin(admin.ModelAdmin):
    list_display = ["day", "kind", "dimension", "value", "leads", "with_phone", "high_intent", "qualified_won"]
    list_filter = ["dimension", "kind"]
    date_hierarchy = "day"


@admin.register(DailyKeywordStat)
class DailyKeywordStatAdmin(admin.ModelAdmin):
    list_display = ["day", "kind", "keyword", "leads"]
    search_fields = ["keyword"]
    date_hierarchy = "day"


@admin.register(StatsRefresh)
class StatsRefreshAdmin(admin.ModelAdmin):
    list_display = ["name", "status", "watermark", "last_finished_at", "last_full_at", "last_days", "last_duration_ms"]
    readonly_fields = [field.name for field in StatsRefresh._meta.fields]

    # The summary tables' watermark row is written by the refresh job only: view-only here.
    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
