"""Companies, their links and the caller's notifications over HTTP; views check who asks and call services."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.api.permissions import HasAnyRoleOrReadOnly, IsActiveAccount, IsManagerOrAdmin
from accounts.api.views import ERROR
from accounts.models import Role
from companies import selectors, services
from companies.api import serializers as s
from companies.models import Company, CompanyLink, Notification
from companies.notify import notification_mark_read, notifications_mark_all_read
from insight.pagination import DefaultCursorPagination
from insight.query_params import DocumentedQueryParams

FORBIDDEN = {401: ERROR, 403: ERROR}
SALES_OR_MANAGERS = HasAnyRoleOrReadOnly(Role.ADMIN, Role.MANAGER, Role.SALES)


class CompanyPagination(DefaultCursorPagination):
    ordering = ("-score", "-id")


class CreatedPagination(DefaultCursorPagination):
    ordering = ("-created_at", "-id")


@extend_schema_view(
    list=extend_schema(
        summary="Companies, highest score first",
        parameters=[s.CompanyFilterSerializer],
        responses={200: s.CompanyListSerializer(many=True), 400: ERROR, **FORBIDDEN},
    ),
    retrieve=extend_schema(
        summary="One company: identity keys, score and its explanation",
        responses={200: s.CompanyDetailSerializer, 404: ERROR, **FORBIDDEN},
    ),
)
@extend_schema(tags=["companies"])
class CompanyViewSet(DocumentedQueryParams, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    permission_classes = [SALES_OR_MANAGERS]
    pagination_class = CompanyPagination
    serializer_class = s.CompanyDetailSerializer
    queryset = Company.objects.none()

    def get_permissions(self):
        if self.action in ("merge", "split"):
            return [IsManagerOrAdmin()]
        return super().get_permissions()

    def get_queryset(self):
        if self.action == "list":
            params = s.CompanyFilterSerializer(data=self.request.query_params)
            params.is_valid(raise_exception=True)
            data = dict(params.validated_data)
            return selectors.company_list(owner_id=data.pop("owner", None), **data)
        return selectors.company_detail_queryset()

    def get_serializer_class(self):
        return s.CompanyListSerializer if self.action == "list" else s.CompanyDetailSerializer

    @extend_schema(
        summary="Leads linked to the company, undone links included (with who undid them)",
        responses={200: s.CompanyLinkSerializer(many=True), 404: ERROR, **FORBIDDEN},
    )
    @action(detail=True, methods=["get"], pagination_class=CreatedPagination)
    def links(self, request: Request, pk: str | None = None) -> Response:
        page = self.paginate_queryset(selectors.company_links(company=self.get_object()))
        return self.get_paginated_response(s.CompanyLinkSerializer(page, many=True).data)

    @extend_schema(
        summary="History: created, linked, undone, merged, split, assigned, tagged",
        responses={200: s.CompanyEventSerializer(many=True), 404: ERROR, **FORBIDDEN},
    )
    @action(detail=True, methods=["get"], pagination_class=CreatedPagination)
    def history(self, request: Request, pk: str | None = None) -> Response:
        page = self.paginate_queryset(self.get_object().events.select_related("actor"))
        return self.get_paginated_response(s.CompanyEventSerializer(page, many=True).data)

    @extend_schema(
        summary="Merge other companies into this one (managers and admins)",
        description="Links, identity keys and tags move here; the others stay as merged records pointing here.",
        request=s.MergeInputSerializer,
        responses={200: s.CompanyDetailSerializer, 400: ERROR, 404: ERROR, 409: ERROR, **FORBIDDEN},
    )
    @action(detail=True, methods=["post"])
    def merge(self, request: Request, pk: str | None = None) -> Response:
        target = self.get_object()
        data = s.MergeInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        ids = data.validated_data["sources"]
        sources = list(Company.objects.filter(pk__in=ids))
        missing = sorted(set(ids) - {c.pk for c in sources})
        if missing:
            return Response(
                {"error": {"code": "invalid", "message": "Unknown companies.", "fields": {"sources": [str(missing)]}}},
                status=status.HTTP_400_BAD_REQUEST,
            )
        services.company_merge(target=target, sources=sources, actor=request.user)
        return Response(s.CompanyDetailSerializer(selectors.company_detail_queryset().get(pk=target.pk)).data)

    @extend_schema(
        summary="Split some leads off into a new company (managers and admins)",
        request=s.SplitInputSerializer,
        responses={201: s.CompanyDetailSerializer, 400: ERROR, 404: ERROR, 409: ERROR, **FORBIDDEN},
    )
    @action(detail=True, methods=["post"])
    def split(self, request: Request, pk: str | None = None) -> Response:
        company = self.get_object()
        data = s.SplitInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        new = services.company_split(company=company, actor=request.user, **data.validated_data)
        body = s.CompanyDetailSerializer(selectors.company_detail_queryset().get(pk=new.pk)).data
        return Response(body, status=status.HTTP_201_CREATED)


@extend_schema(tags=["companies"])
class CompanyLinkViewSet(viewsets.GenericViewSet):
    permission_classes = [SALES_OR_MANAGERS]
    serializer_class = s.CompanyLinkSerializer
    queryset = CompanyLink.objects.select_related("lead", "created_by", "undone_by")

    @extend_schema(
        summary="Link a lead to a company by hand (replaces its current link, lifts an earlier undo)",
        request=s.LinkCreateInputSerializer,
        responses={201: s.CompanyLinkSerializer, 400: ERROR, 409: ERROR, **FORBIDDEN},
    )
    def create(self, request: Request) -> Response:
        data = s.LinkCreateInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        link = services.link_create(actor=request.user, **data.validated_data)
        return Response(s.CompanyLinkSerializer(self.get_queryset().get(pk=link.pk)).data, status=201)

    @extend_schema(
        summary="Undo a wrong link; matching never makes it again",
        request=s.UndoInputSerializer,
        responses={200: s.CompanyLinkSerializer, 404: ERROR, 409: ERROR, **FORBIDDEN},
    )
    @action(detail=True, methods=["post"])
    def undo(self, request: Request, pk: str | None = None) -> Response:
        link = self.get_object()
        data = s.UndoInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.link_undo(link=link, actor=request.user, reason=data.validated_data["reason"])
        return Response(s.CompanyLinkSerializer(self.get_queryset().get(pk=link.pk)).data)


@extend_schema_view(
    list=extend_schema(
        summary="Your notifications, newest first",
        parameters=[s.NotificationFilterSerializer],
        responses={200: s.NotificationSerializer(many=True), 400: ERROR, **FORBIDDEN},
    )
)
@extend_schema(tags=["notifications"])
class NotificationViewSet(DocumentedQueryParams, mixins.ListModelMixin, viewsets.GenericViewSet):
    permission_classes = [IsActiveAccount]
    pagination_class = CreatedPagination
    serializer_class = s.NotificationSerializer
    queryset = Notification.objects.none()

    def get_queryset(self):
        params = s.NotificationFilterSerializer(data=self.request.query_params)
        params.is_valid(raise_exception=True)
        return selectors.notification_list(user=self.request.user, unread=params.validated_data["unread"])

    @extend_schema(
        summary="Mark one of your notifications read",
        request=None,
        responses={200: s.NotificationSerializer, 404: ERROR, **FORBIDDEN},
    )
    @action(detail=True, methods=["post"])
    def read(self, request: Request, pk: str | None = None) -> Response:
        notification = notification_mark_read(notification=self.get_object())
        return Response(s.NotificationSerializer(notification).data)

    @extend_schema(
        summary="Mark all your notifications read",
        request=None,
        responses={200: s.ReadAllOutputSerializer, **FORBIDDEN},
    )
    @action(detail=False, methods=["post"], url_path="read-all")
    def read_all(self, request: Request) -> Response:
        return Response({"marked": notifications_mark_all_read(user=request.user)})
