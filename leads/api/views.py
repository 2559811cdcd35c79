"""Leads, labels, keyword sets and scoring rules over HTTP; views check who asks and call services."""

from django.http import HttpResponseBase
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.api.permissions import HasAnyRoleOrReadOnly, IsAdminOrReadOnly
from accounts.api.views import ERROR
from accounts.models import Role
from insight.pagination import DefaultCursorPagination
from insight.query_params import DocumentedQueryParams
from insight.validation import object_id
from integrations.api.views import EXPORT_RENDERERS, EXPORT_SCHEMA, lead_export_response
from leads import selectors, services
from leads.api import serializers as s
from leads.models import Lead

FORBIDDEN = {401: ERROR, 403: ERROR}
SALES_OR_MANAGERS = HasAnyRoleOrReadOnly(Role.ADMIN, Role.MANAGER, Role.SALES)
MARKETING_OR_MANAGERS = HasAnyRoleOrReadOnly(Role.ADMIN, Role.MANAGER, Role.MARKETING)


class ViewOrderedCursorPagination(DefaultCursorPagination):
    """Cursor pagination in the order the view validated from the query (``view.cursor_ordering``)."""

    def get_ordering(self, request, queryset, view):
        return getattr(view, "cursor_ordering", None) or self.ordering


def _changes(data: dict) -> dict:
    return {key: data[key] for key in ("status", "owner", "notes") if key in data}


@extend_schema_view(
    list=extend_schema(
        summary="List leads with filters, ordering and cursor pagination",
        parameters=[s.LeadFilterSerializer],
        responses={200: s.LeadListSerializer(many=True), 400: ERROR, **FORBIDDEN},
    ),
    retrieve=extend_schema(
        summary="One lead with its contact points and labels",
        responses={200: s.LeadDetailSerializer, 404: ERROR, **FORBIDDEN},
    ),
)
@extend_schema(tags=["leads"])
class LeadViewSet(DocumentedQueryParams, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    permission_classes = [SALES_OR_MANAGERS]
    pagination_class = ViewOrderedCursorPagination
    serializer_class = s.LeadDetailSerializer
    queryset = Lead.objects.none()

    def get_queryset(self):
        if self.action == "list":
            params = s.LeadFilterSerializer(data=self.request.query_params)
            params.is_valid(raise_exception=True)
            self.cursor_ordering = selectors.LEAD_ORDERINGS[params.validated_data["ordering"]]
            return selectors.lead_filter(**params.to_selector_params(self.request.user))
        return selectors.lead_detail_queryset()

    def get_serializer_class(self):
        return s.LeadListSerializer if self.action == "list" else s.LeadDetailSerializer

    @extend_schema(
        summary="Change a lead's status, owner or notes",
        description="Sales: only leads assigned to them or unassigned, and only themselves as owner. "
        "Status order: new → contacted → qualified → won/lost; any → discarded; discarded → new (restore).",
        request=s.LeadUpdateInputSerializer,
        responses={200: s.LeadDetailSerializer, 400: ERROR, 404: ERROR, 409: ERROR, **FORBIDDEN},
    )
    def partial_update(self, request: Request, pk: str | None = None) -> Response:
        lead = self.get_object()
        data = s.LeadUpdateInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.lead_update(lead=lead, actor=request.user, **_changes(data.validated_data))
        return Response(s.LeadDetailSerializer(selectors.lead_detail_queryset().get(pk=lead.pk)).data)

    @extend_schema(
        summary="Export the filtered leads as CSV, JSON or Excel (same filters and ordering as the list)",
        description=f"`ids=12,15,31` exports only those leads (at most {services.BULK_UPDATE_MAX_IDS}; combined "
        "with any other filter). "
        "Streamed while at most EXPORT_STREAM_MAX_ROWS leads match; above that (or with "
        "`background=true`) a background job is started: `202` with the job, then `GET /exports/{id}` and "
        "`/exports/{id}/download`. Suppressed contacts are left out; formula-like cells are neutralised.",
        **EXPORT_SCHEMA,
    )
    @action(detail=False, methods=["get"], pagination_class=None, renderer_classes=EXPORT_RENDERERS)
    def export(self, request: Request) -> HttpResponseBase:
        return lead_export_response(request)

    @extend_schema(
        summary="Change many leads at once (all or nothing, at most 500)",
        description="Any lead that may not be changed refuses the whole batch; `error.fields` maps each refused "
        "lead id to its reasons.",
        request=s.LeadBulkUpdateInputSerializer,
        responses={200: s.LeadBulkUpdateOutputSerializer, 400: ERROR, **FORBIDDEN},
    )
    @action(detail=False, methods=["post"])
    def bulk(self, request: Request) -> Response:
        data = s.LeadBulkUpdateInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        leads = services.lead_bulk_update(
            ids=data.validated_data["ids"], actor=request.user, **_changes(data.validated_data["changes"])
        )
        return Response({"updated": [lead.pk for lead in leads]})

    @extend_schema(
        methods=["get"],
        summary="Labels of one lead",
        responses={200: s.LabelSerializer(many=True), 404: ERROR, **FORBIDDEN},
    )
    @extend_schema(
        methods=["post"],
        summary="Label a lead (you are the author)",
        request=s.LabelInputSerializer,
        responses={201: s.LabelSerializer, 400: ERROR, 404: ERROR, **FORBIDDEN},
    )
    @action(detail=True, methods=["get", "post"], pagination_class=None)
    def labels(self, request: Request, pk: str | None = None) -> Response:
        lead = self.get_object()
        if request.method == "GET":
            return Response(s.LabelSerializer(selectors.label_list(lead_id=lead.pk), many=True).data)
        data = s.LabelInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        label = services.label_create(lead=lead, author=request.user, **data.validated_data)
        return Response(s.LabelSerializer(label).data, status=status.HTTP_201_CREATED)


@extend_schema(
    tags=["labels"],
    summary="List labels (newest first)",
    parameters=[s.LabelFilterSerializer],
    responses={200: s.LabelSerializer(many=True), 400: ERROR, **FORBIDDEN},
)
class LabelViewSet(DocumentedQueryParams, mixins.ListModelMixin, viewsets.GenericViewSet):
    serializer_class = s.LabelSerializer
    queryset = selectors.label_list()

    def get_queryset(self):
        params = s.LabelFilterSerializer(data=self.request.query_params)
        params.is_valid(raise_exception=True)
        author = params.validated_data.get("author")
        return selectors.label_list(
            lead_id=params.validated_data.get("lead"),
            kind=params.validated_data.get("kind"),
            author_id=self.request.user.pk if author == "me" else object_id(author) if author else None,
        )


class _ServiceCrudViewSet(DocumentedQueryParams, viewsets.ModelViewSet):
    """CRUD whose writes go through ``create_service``/``update_service`` (model validation, one error body)."""

    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def perform_create(self, serializer) -> None:
        serializer.instance = self.create_service(**serializer.validated_data)

    def perform_update(self, serializer) -> None:
        serializer.instance = self.update_service(serializer.instance, **serializer.validated_data)


_CRUD_RESPONSES = {
    "list": {200: None, **FORBIDDEN},
    "retrieve": {200: None, 404: ERROR, **FORBIDDEN},
    "create": {201: None, 400: ERROR, **FORBIDDEN},
    "partial_update": {200: None, 400: ERROR, 404: ERROR, **FORBIDDEN},
    "destroy": {204: OpenApiResponse(description="Deleted"), 404: ERROR, 409: ERROR, **FORBIDDEN},
}


def _crud_schema(serializer, noun: str, who: str) -> dict:
    summaries = {
        "list": f"List {noun}s",
        "retrieve": f"One {noun}",
        "create": f"Create a {noun} ({who})",
        "partial_update": f"Change a {noun} ({who})",
        "destroy": f"Delete a {noun} ({who})",
    }
    views = {}
    for name, responses in _CRUD_RESPONSES.items():
        responses = {
            code: (serializer(many=name == "list") if value is None else value) for code, value in responses.items()
        }
        views[name] = extend_schema(summary=summaries[name], responses=responses)
    return views


@extend_schema_view(**_crud_schema(s.KeywordSetSerializer, "keyword set", "marketing, managers, admins"))
@extend_schema(tags=["keyword sets"])
class KeywordSetViewSet(_ServiceCrudViewSet):
    permission_classes = [MARKETING_OR_MANAGERS]
    serializer_class = s.KeywordSetSerializer
    pagination_class = type("KeywordSetPagination", (DefaultCursorPagination,), {"ordering": "name"})
    queryset = selectors.keyword_set_list()

    def create_service(self, **fields):
        return services.keyword_set_create(**fields)

    def update_service(self, instance, **fields):
        return services.keyword_set_update(keyword_set=instance, **fields)

    def perform_destroy(self, instance) -> None:
        services.keyword_set_delete(keyword_set=instance)


@extend_schema_view(**_crud_schema(s.ScoringRuleSerializer, "scoring rule", "admins"))
@extend_schema(tags=["scoring rules"])
class ScoringRuleViewSet(_ServiceCrudViewSet):
    permission_classes = [IsAdminOrReadOnly]
    serializer_class = s.ScoringRuleSerializer
    pagination_class = type("ScoringRulePagination", (DefaultCursorPagination,), {"ordering": "name"})
    queryset = selectors.scoring_rule_list()

    def create_service(self, **fields):
        return services.scoring_rule_create(**fields)

    def update_service(self, instance, **fields):
        return services.scoring_rule_update(rule=instance, **fields)
