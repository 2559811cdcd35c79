from django.contrib import admin, messages

from insight.admin_widgets import SafeAutocompleteMixin
from insight.api_errors import ApplicationError
from scraping import services
from scraping.models import ExtractionSettings, Monitor, PlatformRecipe, ScrapeTask, SeenPost, TaskEvent


@admin.register(PlatformRecipe)
class PlatformRecipeAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "runner", "respect_robots", "allow_internal", "is_active", "updated_at"]
    list_filter = ["runner", "is_active", "respect_robots", "allow_internal"]
    search_fields = ["name", "slug", "description"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["created_at", "updated_at"]


class TaskEventInline(admin.TabularInline):
    model = TaskEvent
    extra = 0
    can_delete = False
    fields = ["seq", "kind", "level", "message", "created_at"]
    readonly_fields = fields
    ordering = ["-seq"]
    max_num = 0

    def get_queryset(self, request):
        return super().get_queryset(request).order_by("-seq")


@admin.register(ScrapeTask)
class ScrapeTaskAdmin(SafeAutocompleteMixin, admin.ModelAdmin):
    list_display = ["id", "owner", "status", "progress", "max_results", "created_at", "started_at", "finished_at"]
    list_filter = ["status", "platforms"]
    search_fields = ["id", "owner__email", "error"]
    list_select_related = ["owner"]
    autocomplete_fields = ["owner"]
    filter_horizontal = ["platforms"]
    readonly_fields = [
        "status",
        "progress",
        "counters",
        "error",
        "worker_id",
        "heartbeat_at",
        "started_at",
        "finished_at",
        "last_event_seq",
        "created_at",
        "updated_at",
    ]
    inlines = [TaskEventInline]
    actions = ["pause_tasks", "resume_tasks", "stop_tasks", "retry_tasks"]

    def save_related(self, request, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        if not change:  # a task added here is queued like one created through the API
            services.task_admin_created(task=form.instance, actor=request.user)

    def _lifecycle(self, request, queryset, service, done: str) -> None:
        # Same services as the API: conditional transitions, an event per change, re-enqueue on resume/retry.
        changed, refused = 0, []
        for task in queryset:
            try:
                service(task=task, actor=request.user)
                changed += 1
            except ApplicationError as exc:
                refused.append(f"#{task.pk}: {exc}")
        self.message_user(request, f"{changed} task(s) {done}.")
        if refused:
            self.message_user(request, " ".join(refused), level=messages.WARNING)

    @admin.action(description="Pause selected tasks")
    def pause_tasks(self, request, queryset):
        self._lifecycle(request, queryset, services.task_pause, "paused")

    @admin.action(description="Resume selected tasks")
    def resume_tasks(self, request, queryset):
        self._lifecycle(request, queryset, services.task_resume, "resumed")

    @admin.action(description="Stop selected tasks")
    def stop_tasks(self, request, queryset):
        self._lifecycle(request, queryset, services.task_stop, "stopped")

    @admin.action(description="Retry selected tasks")
    def retry_tasks(self, request, queryset):
        self._lifecycle(request, queryset, services.task_retry, "queued again")


@admin.register(TaskEvent)
class TaskEventAdmin(admin.ModelAdmin):
    list_display = ["task", "seq", "kind", "level", "message", "created_at"]
    list_filter = ["kind", "level"]
    search_fields = ["message"]
    raw_id_fields = ["task"]
    readonly_fields = ["task", "seq", "kind", "level", "message", "payload", "created_at"]

    # Written by the task services only (seq is numbered per task): view-only here.
    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Monitor)
class MonitorAdmin(SafeAutocompleteMixin, admin.ModelAdmin):
    list_display = [
        "name",
        "owner",
        "keyword_set",
        "status",
        "poll_interval",
        "min_score",
        "is_active",
        "last_polled_at",
    ]
    list_filter = ["status", "is_active"]
    search_fields = ["name", "owner__email", "keyword_set__name"]
    list_select_related = ["owner", "keyword_set"]
    autocomplete_fields = ["owner", "keyword_set"]
    readonly_fields = [
        "cursors",
        "source_health",
        "status",
        "last_error",
        "last_polled_at",
        "next_poll_at",
        "created_at",
        "updated_at",
    ]


@admin.register(ExtractionSettings)
class ExtractionSettingsAdmin(admin.ModelAdmin):
    """One row: adding is allowed only while none exists, and it cannot be deleted."""

    list_display = [
        "__str__",
        "tel_link_confidence",
        "structured_data_confidence",
        "visible_text_confidence",
        "website_crawl_confidence",
        "ocr_confidence",
        "updated_at",
    ]
    readonly_fields = ["created_at", "updated_at"]

    def has_add_permission(self, request) -> bool:
        return super().has_add_permission(request) and not ExtractionSettings.objects.exists()

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(SeenPost)
class SeenPostAdmin(admin.ModelAdmin):
    """Read-only: what monitors read, matched and dropped (below-threshold posts keep their score here)."""

    list_display = ["source", "external_id", "monitor", "matched", "score", "lead", "seen_at"]
    list_filter = ["source", "matched"]
    search_fields = ["external_id", "url", "monitor__name"]
    raw_id_fields = ["monitor", "lead"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
