"""Scrape tasks over HTTP: create, list (own unless manager/admin), detail with recent events, lifecycle."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.api.views import ERROR
from insight.query_params import DocumentedQueryParams
from leads.api.serializers import UserRefSerializer
from scraping import selectors, services
from scraping.models import PlatformRecipe, ScrapeTask, TaskEvent, TaskStatus

FORBIDDEN = {401: ERROR, 403: ERROR}
LEAD_CLASSES = ("business", "individual", "any")


class TaskFiltersSerializer(serializers.Serializer):
    location = serializers.CharField(required=False, allow_blank=True, max_length=200)
    category = serializers.CharField(required=False, allow_blank=True, max_length=200)
    has_phone = serializers.BooleanField(required=False)
    lead_class = serializers.ChoiceField(choices=LEAD_CLASSES, required=False)
    area = serializers.DictField(
        required=False,
        help_text="An area searched cell by cell on recipes with search.grid: lat, lng, radius_km, optional cell_km",
    )

    def to_internal_value(self, data):
        if isinstance(data, dict):
            unknown = sorted(set(data) - set(self.fields))
            if unknown:
                raise serializers.ValidationError(
                    {key: [f"Not a filter; use {', '.join(self.fields)}."] for key in unknown}
                )
        return super().to_internal_value(data)


class TaskCreateInputSerializer(serializers.Serializer):
    queries = serializers.ListField(
        child=serializers.CharField(max_length=200, allow_blank=False), min_length=1, max_length=50
    )
    platforms = serializers.ListField(
        child=serializers.SlugField(max_length=64), min_length=1, help_text="Slugs of active platform recipes"
    )
    max_results = serializers.IntegerField(min_value=1, max_value=10000, default=50)
    filters = TaskFiltersSerializer(required=False, default=dict)

    def validate_platforms(self, slugs: list[str]) -> list[PlatformRecipe]:
        slugs = list(dict.fromkeys(slugs))
        recipes = {recipe.slug: recipe for recipe in selectors.recipe_list().filter(slug__in=slugs)}
        missing = [slug for slug in slugs if slug not in recipes]
        if missing:
            raise serializers.ValidationError(f"No active platform recipe: {', '.join(missing)}.")
        return [recipes[slug] for slug in slugs]


class TaskEventSerializer(serializers.ModelSerializer):
    class Meta:
        model = TaskEvent
        fields = ["seq", "kind", "level", "message", "payload", "created_at"]


class TaskSerializer(serializers.ModelSerializer):
    owner = UserRefSerializer()
    platforms = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)

    class Meta:
        model = ScrapeTask
        fields = [
            "id",
            "owner",
            "queries",
            "platforms",
            "max_results",
            "filters",
            "status",
            "progress",
            "counters",
            "error",
            "started_at",
            "finished_at",
            "created_at",
            "updated_at",
        ]


class TaskDetailSerializer(TaskSerializer):
    events = serializers.SerializerMethodField(help_text="The last 20 events, oldest first")

    class Meta(TaskSerializer.Meta):
        fields = [*TaskSerializer.Meta.fields, "last_event_seq", "events"]

    @extend_schema_field(TaskEventSerializer(many=True))
    def get_events(self, task: ScrapeTask) -> list[dict]:
        return TaskEventSerializer(selectors.task_events_recent(task=task), many=True).data


def _lifecycle_schema(summary: str) -> dict:
    return extend_schema(
        summary=summary, request=None, responses={200: TaskDetailSerializer, 404: ERROR, 409: ERROR, **FORBIDDEN}
    )


@extend_schema_view(
    list=extend_schema(
        summary="List scrape tasks (your own; managers and admins see everyone's)",
        parameters=[OpenApiParameter("status", OpenApiTypes.STR, enum=TaskStatus.values)],
        responses={200: TaskSerializer(many=True), 400: ERROR, **FORBIDDEN},
    ),
    retrieve=extend_schema(
        summary="One scrape task with its counters and last events",
        responses={200: TaskDetailSerializer, 404: ERROR, **FORBIDDEN},
    ),
)
@extend_schema(tags=["scrape tasks"])
class TaskViewSet(DocumentedQueryParams, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = TaskDetailSerializer
    queryset = ScrapeTask.objects.none()

    def get_queryset(self):
        status_filter = self.request.query_params.get("status") if self.action == "list" else None
        if status_filter and status_filter not in TaskStatus.values:
            raise serializers.ValidationError({"status": [f"Use one of {', '.join(TaskStatus.values)}."]})
        return selectors.task_list(user=self.request.user, status=status_filter)

    def get_serializer_class(self):
        return TaskSerializer if self.action == "list" else TaskDetailSerializer

    @extend_schema(
        summary="Start a scrape task: queries × platforms, with filters",
        request=TaskCreateInputSerializer,
        responses={201: TaskDetailSerializer, 400: ERROR, **FORBIDDEN},
    )
    def create(self, request: Request) -> Response:
        data = TaskCreateInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        task = services.task_create(owner=request.user, **data.validated_data)
        return Response(TaskDetailSerializer(task).data, status=status.HTTP_201_CREATED)

    def _lifecycle(self, change) -> Response:
        task = change(task=self.get_object(), actor=self.request.user)
        return Response(TaskDetailSerializer(task).data)

    @_lifecycle_schema("Pause a pending or running task")
    @action(detail=True, methods=["post"])
    def pause(self, request: Request, pk: str | None = None) -> Response:
        return self._lifecycle(services.task_pause)

    @_lifecycle_schema("Resume a paused task (it waits for a worker again)")
    @action(detail=True, methods=["post"])
    def resume(self, request: Request, pk: str | None = None) -> Response:
        return self._lifecycle(services.task_resume)

    @_lifecycle_schema("Stop (cancel) a pending, running or paused task")
    @action(detail=True, methods=["post"])
    def stop(self, request: Request, pk: str | None = None) -> Response:
        return self._lifecycle(services.task_stop)

    @_lifecycle_schema("Run a failed, cancelled or blocked task again")
    @action(detail=True, methods=["post"])
    def retry(self, request: Request, pk: str | None = None) -> Response:
        return self._lifecycle(services.task_retry)
