"""Compliance over HTTP: suppression list, erasures, audit log, retention policies and runs, archive restore."""

from django.db import transaction
from django_q.tasks import async_task
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.api.permissions import HasAnyRole, IsAdminRole
from accounts.api.views import ERROR
from accounts.models import Role
from compliance import lifecycle, selectors, services
from compliance.api import serializers as s
from compliance.archive import FILE_RE, archive_files
from compliance.models import ErasureReceipt, RetentionPolicy, RetentionRun, Suppression
from insight.api_errors import ApplicationError
from insight.pagination import DefaultCursorPagination
from insight.query_params import DocumentedQueryParams

FORBIDDEN = {401: ERROR, 403: ERROR}
SUPPRESSION_READERS = HasAnyRole(Role.ADMIN, Role.MANAGER)
SUPPRESSION_WRITERS = HasAnyRole(Role.ADMIN, Role.MANAGER, Role.SALES)


@extend_schema_view(
    list=extend_schema(
        summary="The suppression list (admins and managers)",
        parameters=[s.SuppressionFilterSerializer],
        responses={200: s.SuppressionSerializer(many=True), 400: ERROR, **FORBIDDEN},
    ),
    destroy=extend_schema(
        summary="Lift an opt-out (admins); entries created by an erasure stay",
        responses={204: None, 404: ERROR, 409: ERROR, **FORBIDDEN},
    ),
)
@extend_schema(tags=["compliance"])
class SuppressionViewSet(
    DocumentedQueryParams,
    mixins.ListModelMixin,
    mixins.CreateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    serializer_class = s.SuppressionSerializer
    pagination_class = DefaultCursorPagination
    queryset = Suppression.objects.none()

    def get_permissions(self):
        roles = {"list": SUPPRESSION_READERS, "create": SUPPRESSION_WRITERS}.get(self.action, IsAdminRole)
        return [roles()]

    def get_queryset(self):
        if self.action == "list":
            params = s.SuppressionFilterSerializer(data=self.request.query_params)
            params.is_valid(raise_exception=True)
            return selectors.suppression_list(**params.validated_data)
        return Suppression.objects.all()

    @extend_schema(
        summary="Add an opt-out (phone, email or domain); leads already stored for it are deleted",
        description="Admins, managers and sales (who hear opt-outs on calls). Idempotent: 200 with the existing "
        "entry when the identifier is already suppressed, 201 when added.",
        request=s.SuppressionInputSerializer,
        responses={201: s.SuppressionSerializer, 200: s.SuppressionSerializer, 400: ERROR, **FORBIDDEN},
    )
    def create(self, request: Request) -> Response:
        data = s.SuppressionInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        entry, created = services.suppression_add(actor=request.user, **data.validated_data)
        return Response(
            s.SuppressionSerializer(entry).data, status=status.HTTP_201_CREATED if created else status.HTTP_200_OK
        )

    def perform_destroy(self, instance: Suppression) -> None:
        services.suppression_remove(entry=instance, actor=self.request.user)


@extend_schema_view(
    list=extend_schema(summary="Erasure receipts (admins)", responses={200: s.ErasureReceiptSerializer(many=True)}),
    retrieve=extend_schema(summary="One erasure receipt", responses={200: s.ErasureReceiptSerializer, 404: ERROR}),
)
@extend_schema(tags=["compliance"], responses=FORBIDDEN)
class ErasureViewSet(
    DocumentedQueryParams,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    permission_classes = [IsAdminRole]
    serializer_class = s.ErasureReceiptSerializer
    pagination_class = DefaultCursorPagination
    queryset = ErasureReceipt.objects.all()

    @extend_schema(
        summary="Erase everything about a person (email and/or phone) and keep them out; returns the receipt",
        request=s.ErasureInputSerializer,
        responses={201: s.ErasureReceiptSerializer, 400: ERROR, **FORBIDDEN},
    )
    def create(self, request: Request) -> Response:
        data = s.ErasureInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        receipt = lifecycle.erasure_perform(actor=request.user, **data.validated_data)
        return Response(s.ErasureReceiptSerializer(receipt).data, status=status.HTTP_201_CREATED)


@extend_schema(
    tags=["compliance"],
    summary="The audit log (admins): exports, syncs, erasures, suppressions, retention, restores, role changes",
    parameters=[s.AuditFilterSerializer],
    responses={200: s.AuditEntrySerializer(many=True), 400: ERROR, **FORBIDDEN},
)
class AuditViewSet(DocumentedQueryParams, mixins.ListModelMixin, viewsets.GenericViewSet):
    permission_classes = [IsAdminRole]
    serializer_class = s.AuditEntrySerializer
    pagination_class = DefaultCursorPagination

    def get_queryset(self):
        params = s.AuditFilterSerializer(data=self.request.query_params)
        params.is_valid(raise_exception=True)
        return selectors.audit_list(**params.to_selector_params())


@extend_schema_view(
    list=extend_schema(
        summary="Retention policies (admins and managers read, admins change)",
        responses={200: s.RetentionPolicySerializer(many=True), **FORBIDDEN},
    ),
)
@extend_schema(tags=["compliance"])
class RetentionPolicyViewSet(DocumentedQueryParams, mixins.ListModelMixin, viewsets.GenericViewSet):
    serializer_class = s.RetentionPolicySerializer
    queryset = RetentionPolicy.objects.all()
    pagination_class = None

    def get_permissions(self):
        return [SUPPRESSION_READERS() if self.action == "list" else IsAdminRole()]

    @extend_schema(
        summary="Change a retention policy (days, kept statuses, archive, active)",
        request=s.RetentionPolicyUpdateSerializer,
        responses={200: s.RetentionPolicySerializer, 400: ERROR, 404: ERROR, **FORBIDDEN},
    )
    def partial_update(self, request: Request, pk: str | None = None) -> Response:
        policy = self.get_object()
        data = s.RetentionPolicyUpdateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        policy = lifecycle.retention_policy_update(policy=policy, actor=request.user, **data.validated_data)
        return Response(s.RetentionPolicySerializer(policy).data)


@extend_schema_view(
    list=extend_schema(
        summary="Retention runs, newest first (admins)", responses={200: s.RetentionRunSerializer(many=True)}
    ),
)
@extend_schema(tags=["compliance"], responses=FORBIDDEN)
class RetentionRunViewSet(DocumentedQueryParams, mixins.ListModelMixin, viewsets.GenericViewSet):
    permission_classes = [IsAdminRole]
    serializer_class = s.RetentionRunSerializer
    pagination_class = DefaultCursorPagination
    queryset = RetentionRun.objects.all()

    @extend_schema(
        summary="Enforce the retention policies now (queued; the run's status shows in the list)",
        request=None,
        responses={202: s.RetentionRunSerializer, 409: ERROR, **FORBIDDEN},
    )
    def create(self, request: Request) -> Response:
        run = lifecycle.retention_run_start(actor=request.user)
        if run is None:
            raise ApplicationError("A retention run is in progress.", code="run_in_progress", status_code=409)
        transaction.on_commit(lambda: async_task("compliance.tasks.retention_enforce_run", run.pk))
        return Response(s.RetentionRunSerializer(run).data, status=status.HTTP_202_ACCEPTED)


class ArchiveListView(DocumentedQueryParams, APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        tags=["compliance"],
        summary="Monthly archive files (admins)",
        responses={200: s.ArchiveFileSerializer(many=True), **FORBIDDEN},
    )
    def get(self, request: Request) -> Response:
        files = [
            {"name": path.name, "month": "-".join(FILE_RE.match(path.name).groups()), "size": path.stat().st_size}
            for path in archive_files()
        ]
        return Response(files)


class ArchiveRestoreView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        tags=["compliance"],
        summary="Restore archived leads discovered in [since, until) with their contact points and labels",
        request=s.RestoreInputSerializer,
        responses={200: s.RestoreResultSerializer, 400: ERROR, **FORBIDDEN},
    )
    def post(self, request: Request) -> Response:
        data = s.RestoreInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        counts = lifecycle.archive_restore(actor=request.user, **data.validated_data)
        return Response(s.RestoreResultSerializer(counts).data)
