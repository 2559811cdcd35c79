"""Users API: admins list, invite, change roles and deactivate accounts."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from accounts import selectors, services
from accounts.api import serializers as s
from accounts.api.permissions import IsAdminRole
from accounts.api.views import ERROR
from accounts.models import Role, User
from insight.pagination import DefaultCursorPagination
from insight.query_params import DocumentedQueryParams


class UserPagination(DefaultCursorPagination):
    ordering = "email"


FORBIDDEN = {401: ERROR, 403: ERROR}


@extend_schema_view(
    list=extend_schema(
        summary="List users (admin)",
        parameters=[
            OpenApiParameter("role", OpenApiTypes.STR, enum=Role.values),
            OpenApiParameter("is_active", OpenApiTypes.BOOL),
            OpenApiParameter("search", OpenApiTypes.STR, description="Part of the email address or last name"),
        ],
        responses={200: s.UserOutputSerializer(many=True), **FORBIDDEN},
    ),
    retrieve=extend_schema(
        summary="One user (admin)", responses={200: s.UserOutputSerializer, 404: ERROR, **FORBIDDEN}
    ),
)
@extend_schema(tags=["users"])
class UserViewSet(DocumentedQueryParams, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    permission_classes = [IsAdminRole]
    serializer_class = s.UserOutputSerializer
    pagination_class = UserPagination
    queryset = User.objects.all()

    def get_queryset(self):
        if self.action != "list":
            return User.objects.all()
        params = s.UserFilterSerializer(data=self.request.query_params)
        params.is_valid(raise_exception=True)  # role=zzz is a 400, not an empty list
        return selectors.user_list(
            role=params.validated_data.get("role") or None,
            is_active=params.validated_data.get("is_active"),
            search=params.validated_data.get("search") or None,
        )

    @extend_schema(
        summary="Create a user (admin); a verification link is emailed",
        request=s.UserCreateInputSerializer,
        responses={201: s.UserOutputSerializer, 400: ERROR, **FORBIDDEN},
    )
    def create(self, request: Request) -> Response:
        data = s.UserCreateInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        user = services.user_create(**{"password": None, **data.validated_data}, actor=request.user)
        return Response(s.UserOutputSerializer(user).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Change a user's name, role or active state (admin)",
        request=s.UserUpdateInputSerializer,
        responses={200: s.UserOutputSerializer, 400: ERROR, 404: ERROR, **FORBIDDEN},
    )
    def partial_update(self, request: Request, pk: str | None = None) -> Response:
        user = self.get_object()
        data = s.UserUpdateInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.user_update(user=user, actor=request.user, **data.validated_data)
        user.refresh_from_db()
        return Response(s.UserOutputSerializer(user).data)

    @extend_schema(
        summary="Deactivate a user (admin): blocks login and revokes refresh tokens",
        request=None,
        responses={200: s.UserOutputSerializer, 400: ERROR, 404: ERROR, **FORBIDDEN},
    )
    @action(detail=True, methods=["post"])
    def deactivate(self, request: Request, pk: str | None = None) -> Response:
        user = services.user_deactivate(user=self.get_object(), actor=request.user)
        return Response(s.UserOutputSerializer(user).data)
