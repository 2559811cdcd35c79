"""Monitors over HTTP: everyone reads; marketing, managers and admins create; owners or managers change."""

from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.api.permissions import HasAnyRoleOrReadOnly, IsOwnerOrManager
from accounts.api.views import ERROR
from accounts.models import Role
from insight.api_fields import ObjectPrimaryKeyField
from insight.pagination import DefaultCursorPagination
from insight.query_params import DocumentedQueryParams
from leads.api.serializers import UserRefSerializer
from leads.models import KeywordSet
from scraping import selectors, services
from scraping.models import Monitor
from scraping.monitor_sources import SOURCE_OPTIONS

FORBIDDEN = {401: ERROR, 403: ERROR}


class MonitorOwnerOrManager(IsOwnerOrManager):
    """Reads are open to every role; changes only to the monitor's owner, managers and admins."""

    def has_object_permission(self, request, view, obj) -> bool:
        return request.method in ("GET", "HEAD", "OPTIONS") or super().has_object_permission(request, view, obj)


class MonitorSerializer(serializers.ModelSerializer):
    owner = UserRefSerializer(read_only=True)
    keyword_set = ObjectPrimaryKeyField(queryset=KeywordSet.objects.all())
    sources = serializers.ListField(
        child=serializers.DictField(),
        min_length=1,
        help_text='e.g. [{"source": "rss", "url": "https://example.com/feed"}]; sources: ' + ", ".join(SOURCE_OPTIONS),
    )
    filters = serializers.DictField(required=False)
    poll_interval = serializers.IntegerField(min_value=60, max_value=7 * 86400, required=False, help_text="Seconds")
    min_score = serializers.IntegerField(min_value=0, max_value=100, required=False)

    class Meta:
        model = Monitor
        fields = [
            "id",
            "name",
            "owner",
            "keyword_set",
            "sources",
            "filters",
            "min_score",
            "poll_interval",
            "is_active",
            "status",
            "last_error",
            "source_health",
            "last_polled_at",
            "next_poll_at",
            "created_at",
            "updated_at",
        ]
        read_only_fields = [
            "id",
            "status",
            "last_error",
            "source_health",
            "last_polled_at",
            "next_poll_at",
            "created_at",
            "updated_at",
        ]


class MonitorPagination(DefaultCursorPagination):
    ordering = "name"


@extend_schema_view(
    list=extend_schema(summary="List monitors", responses={200: MonitorSerializer(many=True), **FORBIDDEN}),
    retrieve=extend_schema(summary="One monitor", responses={200: MonitorSerializer, 404: ERROR, **FORBIDDEN}),
    destroy=extend_schema(
        summary="Delete a monitor (owner, managers, admins)",
        responses={204: OpenApiResponse(description="Deleted"), 404: ERROR, **FORBIDDEN},
    ),
)
@extend_schema(tags=["monitors"])
class MonitorViewSet(DocumentedQueryParams, viewsets.ModelViewSet):
    permission_classes = [HasAnyRoleOrReadOnly(Role.ADMIN, Role.MANAGER, Role.MARKETING), MonitorOwnerOrManager]
    serializer_class = MonitorSerializer
    pagination_class = MonitorPagination
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]
    queryset = Monitor.objects.none()

    def get_queryset(self):
        return selectors.monitor_list()

    @extend_schema(
        summary="Create a monitor (marketing, managers, admins); you are its owner",
        request=MonitorSerializer,
        responses={201: MonitorSerializer, 400: ERROR, **FORBIDDEN},
    )
    def create(self, request: Request) -> Response:
        data = MonitorSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        monitor = services.monitor_create(owner=request.user, **data.validated_data)
        return Response(MonitorSerializer(monitor).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Change a monitor (owner, managers, admins)",
        request=MonitorSerializer,
        responses={200: MonitorSerializer, 400: ERROR, 404: ERROR, **FORBIDDEN},
    )
    def partial_update(self, request: Request, pk: str | None = None) -> Response:
        monitor = self.get_object()
        data = MonitorSerializer(monitor, data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        monitor = services.monitor_update(monitor=monitor, **data.validated_data)
        return Response(MonitorSerializer(monitor).data)

    def perform_destroy(self, instance: Monitor) -> None:
        services.monitor_delete(monitor=instance)

    @extend_schema(
        summary="Poll this monitor now (owner, managers, admins)",
        request=None,
        responses={202: MonitorSerializer, 400: ERROR, 404: ERROR, **FORBIDDEN},
    )
    @action(detail=True, methods=["post"], url_path="poll")
    def poll(self, request: Request, pk: str | None = None) -> Response:
        monitor = self.get_object()
        services.monitor_poll_now(monitor=monitor)
        return Response(MonitorSerializer(monitor).data, status=status.HTTP_202_ACCEPTED)
