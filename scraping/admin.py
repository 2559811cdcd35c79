import copy
import json

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from insight.admin_widgets import SafeAutocompleteMixin
from insight.api_errors import ApplicationError
from insight.json_form_field import SafeJSONField
from scraping import services
from scraping.models import ExtractionSettings, Monitor, PlatformRecipe, ScrapeTask, SeenPost, TaskEvent


class TryPageForm(forms.Form):
    """One page for a recipe to read: a URL, or a saved page uploaded; and the definition to read it with."""

    page = forms.ChoiceField(choices=[("listing", "Listing (search results)"), ("detail", "Detail page")])
    url = forms.URLField(required=False, assume_scheme="https", help_text="Fetched through the crawler and its guards.")
    saved_page = forms.FileField(
        required=False, help_text="Or a saved HTML page (the URL then says where it came from)."
    )
    definition = forms.JSONField(widget=forms.Textarea(attrs={"rows": 24, "cols": 100}))

    def __init__(self, *args, runner: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.runner = runner

    def clean_saved_page(self):
        from scraping.runner.check import MAX_PAGE_BYTES

        upload = self.cleaned_data.get("saved_page")
        if upload and upload.size > MAX_PAGE_BYTES:
            raise forms.ValidationError(f"The page is larger than {MAX_PAGE_BYTES // (1024 * 1024)} MB.")
        return upload

    def clean(self):
        from scraping.recipes import recipe_definition_errors

        data = super().clean()
        if not data.get("url") and not data.get("saved_page"):
            raise forms.ValidationError("Give a URL or upload a saved page.")
        if "definition" in data:
            errors = recipe_definition_errors(self.runner, data["definition"])
            if errors:
                self.add_error("definition", errors)
        return data


class IndentedJSONField(SafeJSONField):
    """JSON shown indented (two spaces, keys in their saved order), held to the API's limits like every JSON typed in
    the admin (SafeJSONField: no NUL, bounded nesting), and a syntax error said with its line and column."""

    def prepare_value(self, value):
        if isinstance(value, forms.fields.InvalidJSONInput):
            return value
        return json.dumps(value, ensure_ascii=False, indent=2, cls=self.encoder)

    def to_python(self, value):
        try:
            return super().to_python(value)
        except forms.ValidationError:
            if isinstance(value, str):
                try:
                    json.loads(value)
                except json.JSONDecodeError as exc:
                    raise forms.ValidationError(
                        f"This is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}.", code="invalid"
                    ) from exc
                except (RecursionError, ValueError):
                    pass
            raise


class PlatformRecipeForm(forms.ModelForm):
    definition = IndentedJSONField(
        widget=forms.Textarea(attrs={"rows": 30, "cols": 110, "spellcheck": "false", "style": "font-family: monospace"})
    )

    class Meta:
        model = PlatformRecipe
        fields = [
            "name",
            "slug",
            "description",
            "runner",
            "definition",
            "respect_robots",
            "allow_internal",
            "is_active",
        ]


def allow_internal_help() -> str:
    """What the "Allow internal" box does on this installation (it depends on ALLOW_PRIVATE_URLS)."""
    if settings.ALLOW_PRIVATE_URLS:
        return (
            "ALLOW_PRIVATE_URLS is on here, so every recipe may already reach internal addresses (this machine, "
            "private networks) and this box changes nothing until it is turned off. Tick it for recipes that need "
            "them anyway (an intranet directory, the offline sandbox) so they keep working when it is."
        )
    return (
        "Let this recipe reach internal addresses (this machine, private networks): an intranet directory or the "
        "offline sandbox. ALLOW_PRIVATE_URLS is off here, so every recipe without this box is refused them."
    )


@admin.register(PlatformRecipe)
class PlatformRecipeAdmin(admin.ModelAdmin):
    form = PlatformRecipeForm
    list_display = ["name", "slug", "runner", "respect_robots", "allow_internal", "is_active", "updated_at"]
    list_filter = ["runner", "is_active", "respect_robots", "allow_internal"]
    search_fields = ["name", "slug", "description"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["try_on_a_page", "created_at", "updated_at"]

    @admin.display(description="Try on a page")
    def try_on_a_page(self, recipe) -> str:
        if not recipe.pk:
            return "Save the recipe first."
        url = reverse("admin:scraping_platformrecipe_try", args=[recipe.pk])
        return format_html('<a href="{}">Try this recipe on a URL or a saved page</a>', url)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        fields = form.base_fields
        if "allow_internal" in fields:  # copies: the declared fields are shared by every request's form class
            fields["allow_internal"] = copy.copy(fields["allow_internal"])
            fields["allow_internal"].help_text = allow_internal_help()
        if "definition" in fields:
            fields["definition"] = copy.copy(fields["definition"])
            fields["definition"].help_text = self._definition_help(obj)
        return form

    @staticmethod
    def _definition_help(recipe) -> str:
        text = (
            "JSON: search, items, fields, pagination and detail page. Checked against the runner's rules when saved; "
            "errors say which key is wrong."
        )
        if recipe is None or not recipe.pk:
            return f"{text} Save the recipe first to try it on a page."
        url = reverse("admin:scraping_platformrecipe_try", args=[recipe.pk])
        return format_html(
            '{} <a href="{}">Try it on a page</a> (its form takes an edited definition too: try changes before '
            "saving them).",
            text,
            url,
        )

    def get_urls(self):
        view = self.admin_site.admin_view(self.try_page_view)
        return [path("<int:pk>/try/", view, name="scraping_platformrecipe_try"), *super().get_urls()]

    def try_page_view(self, request, pk: int):
        """What the recipe (or the definition being edited) reads on one page, as a task reads it; nothing saved."""
        from scraping.runner.check import RecipeCheckError, recipe_check

        recipe = get_object_or_404(PlatformRecipe, pk=pk)
        if not self.has_change_permission(request, recipe):
            raise PermissionDenied
        initial = {"definition": recipe.definition, "page": "listing"}
        form = TryPageForm(request.POST or None, request.FILES or None, initial=initial, runner=recipe.runner)
        result = ""
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data.get("saved_page")
            try:
                answer = recipe_check(
                    form.cleaned_data["definition"],
                    page=form.cleaned_data["page"],
                    content=upload.read() if upload else None,
                    url=form.cleaned_data.get("url") or "",
                    platform=recipe.slug,
                    allow_private=settings.ALLOW_PRIVATE_URLS or recipe.allow_internal,
                    respect_robots=recipe.respect_robots,
                )
                result = json.dumps(answer, ensure_ascii=False, indent=2)
            except RecipeCheckError as exc:
                form.add_error(None, str(exc))
        context = {**self.admin_site.each_context(request), "recipe": recipe, "form": form, "result": result}
        context["title"] = f"Try {recipe} on a page"
        return TemplateResponse(request, "admin/scraping/platformrecipe/try_page.html", context)


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
