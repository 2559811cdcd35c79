"""Understanding API (analyse texts, model versions, retrain) and lead enrichment (status, re-run)."""

from drf_spectacular.utils import PolymorphicProxySerializer, extend_schema
from rest_framework import exceptions, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.api.permissions import HasAnyRole, IsActiveAccount, IsAdminRole
from accounts.api.views import ERROR
from accounts.models import Role
from enrichment import selectors, services
from enrichment.api import serializers as s
from enrichment.models import ModelVersion, RetrainRun, RetrainTrigger
from insight.api_errors import ApplicationError
from insight.query_params import DocumentedQueryParams
from leads.models import Lead
from leads.services import lead_permission_errors

FORBIDDEN = {401: ERROR, 403: ERROR}


@extend_schema(tags=["understanding"])
class AnalyzeView(APIView):
    permission_classes = [IsActiveAccount]

    @extend_schema(
        summary="Sentiment, buyer intent, score and explanation for one text or a batch",
        request=s.AnalyzeInputSerializer,
        responses={
            200: PolymorphicProxySerializer(
                component_name="AnalyzeOutput",
                serializers=[s.AnalysisSerializer, s.AnalyzeBatchOutputSerializer],
                resource_type_field_name=None,
            ),
            400: ERROR,
            **FORBIDDEN,
            503: ERROR,
        },
        description="`{text}` returns one analysis object; `{texts: [...]}` returns `{results: [...]}` in order. "
        "503 `models_not_ready` until `manage.py models_ready` has built the models.",
    )
    def post(self, request: Request) -> Response:
        data = s.AnalyzeInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        v = data.validated_data
        texts = [v["text"]] if "text" in v else v["texts"]
        results = services.texts_analyze(texts=texts, platform=v["platform"], kind=v["kind"])
        return Response(results[0] if "text" in v else {"results": results})


@extend_schema(tags=["understanding"])
class ModelVersionListView(DocumentedQueryParams, APIView):
    permission_classes = [IsActiveAccount]

    @extend_schema(
        summary="Model versions with their held-out metrics, and the latest retrain runs",
        responses={200: s.ModelVersionSerializer(many=True), **FORBIDDEN},
    )
    def get(self, request: Request) -> Response:
        versions = ModelVersion.objects.order_by("kind", "-created_at")[:100]
        return Response(s.ModelVersionSerializer(versions, many=True).data)


@extend_schema(tags=["understanding"])
class RetrainView(APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(
        summary="Start a retrain on real posts, seed posts and labels (admin); returns the job",
        request=None,
        responses={202: s.RetrainRunSerializer, **FORBIDDEN},
    )
    def post(self, request: Request) -> Response:
        run = services.retrain_run_create(trigger=RetrainTrigger.API, user=request.user)
        return Response(s.RetrainRunSerializer(run).data, status=status.HTTP_202_ACCEPTED)


@extend_schema(tags=["understanding"])
class RetrainRunView(DocumentedQueryParams, APIView):
    permission_classes = [IsAdminRole]

    @extend_schema(summary="One retrain job (admin)", responses={200: s.RetrainRunSerializer, 404: ERROR, **FORBIDDEN})
    def get(self, request: Request, pk: int) -> Response:
        run = RetrainRun.objects.filter(pk=pk).first()
        if run is None:
            raise exceptions.NotFound("No such retrain job.")
        return Response(s.RetrainRunSerializer(run).data)


def _lead(pk: int) -> Lead:
    lead = Lead.objects.filter(pk=pk).first()
    if lead is None:
        raise exceptions.NotFound("No such lead.")
    return lead


@extend_schema(tags=["enrichment"])
class LeadEnrichmentView(DocumentedQueryParams, APIView):
    permission_classes = [IsActiveAccount]

    @extend_schema(
        summary="A lead's enrichment: callable number, what the business is, quality score, insights, steps",
        responses={200: s.LeadEnrichmentSerializer, 404: ERROR, **FORBIDDEN},
    )
    def get(self, request: Request, pk: int) -> Response:
        lead = _lead(pk)
        return Response(s.LeadEnrichmentSerializer(selectors.lead_enrichment_view(lead=lead)).data)


@extend_schema(tags=["enrichment"])
class LeadEnrichView(APIView):
    permission_classes = [HasAnyRole(Role.ADMIN, Role.MANAGER, Role.SALES)]

    @extend_schema(
        summary="Re-run a lead's enrichment in the background (cached lookups are reused, never paid twice)",
        request=None,
        responses={202: s.LeadEnrichmentSerializer, 404: ERROR, **FORBIDDEN},
        description="Sales may re-run leads assigned to them or unassigned; a lead already queued is not queued twice.",
    )
    def post(self, request: Request, pk: int) -> Response:
        lead = _lead(pk)
        forbidden = lead_permission_errors(lead=lead, actor=request.user)
        if forbidden:
            raise ApplicationError(" ".join(forbidden), code="permission_denied", status_code=403)
        services.lead_enrich_enqueue(lead_id=lead.pk, force=True, auto=False)
        view = selectors.lead_enrichment_view(lead=lead)
        return Response(s.LeadEnrichmentSerializer(view).data, status=status.HTTP_202_ACCEPTED)
