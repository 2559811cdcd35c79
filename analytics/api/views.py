"""Analytics over HTTP: every active account reads; managers and admins may ask for a refresh."""

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.api.permissions import HasAnyRole, IsManagerOrAdmin
from accounts.api.views import ERROR
from accounts.models import Role
from analytics import selectors, services
from analytics.api import serializers as s
from insight.query_params import DocumentedQueryParams

READERS = HasAnyRole(*Role.values)
FORBIDDEN = {401: ERROR, 403: ERROR}


def _query(serializer_class: type[s.AnalyticsQuerySerializer], request: Request) -> s.AnalyticsQuerySerializer:
    query = serializer_class(data=request.query_params)
    query.is_valid(raise_exception=True)
    services.lead_stats_ensure_current()  # figures follow rescoring and retrains without a manual recount
    return query


def _range(query: s.AnalyticsQuerySerializer) -> dict:
    dates = query.validated_data["dates"]
    return {"date_from": dates.first, "date_to": dates.last}


@extend_schema(tags=["analytics"])
class SummaryView(DocumentedQueryParams, APIView):
    permission_classes = [READERS]

    @extend_schema(
        summary="Summary cards for a range, compared with the same-length range before it",
        parameters=[s.AnalyticsQuerySerializer],
        responses={200: s.AnalyticsSummarySerializer, 400: ERROR, **FORBIDDEN},
    )
    def get(self, request: Request) -> Response:
        query = _query(s.AnalyticsQuerySerializer, request)
        summary = selectors.analytics_summary(**query.selector_params())
        return Response(s.AnalyticsSummarySerializer({**summary, "freshness": selectors.stats_freshness()}).data)


@extend_schema(tags=["analytics"])
class TimeseriesView(DocumentedQueryParams, APIView):
    permission_classes = [READERS]

    @extend_schema(
        summary="Leads per day, ISO week or calendar month (every bucket, zeros included)",
        parameters=[s.AnalyticsQuerySerializer],
        responses={200: s.AnalyticsTimeseriesSerializer, 400: ERROR, **FORBIDDEN},
    )
    def get(self, request: Request) -> Response:
        query = _query(s.AnalyticsQuerySerializer, request)
        period = query.validated_data["period"]
        points = selectors.analytics_timeseries(**query.selector_params(), period=period)
        return Response(s.AnalyticsTimeseriesSerializer({"period": period, **_range(query), "points": points}).data)


@extend_schema(tags=["analytics"])
class BreakdownView(DocumentedQueryParams, APIView):
    permission_classes = [READERS]

    @extend_schema(
        summary="Leads by platform, category, intent level, sentiment or status (the funnel)",
        parameters=[s.BreakdownQuerySerializer],
        responses={200: s.AnalyticsBreakdownSerializer, 400: ERROR, **FORBIDDEN},
    )
    def get(self, request: Request) -> Response:
        query = _query(s.BreakdownQuerySerializer, request)
        breakdown = selectors.analytics_breakdown(
            **query.selector_params(), by=query.validated_data["by"], limit=query.validated_data["limit"]
        )
        return Response(s.AnalyticsBreakdownSerializer({**breakdown, **_range(query)}).data)


@extend_schema(tags=["analytics"])
class KeywordsView(DocumentedQueryParams, APIView):
    permission_classes = [READERS]

    @extend_schema(
        summary="Monitor keywords that matched the most leads",
        description="Counts the keywords of each lead's monitor match (`raw.matched_keywords`), once per lead. "
        "Business listings have none; their categories are in the category breakdown.",
        parameters=[s.KeywordsQuerySerializer],
        responses={200: s.AnalyticsKeywordsSerializer, 400: ERROR, **FORBIDDEN},
    )
    def get(self, request: Request) -> Response:
        query = _query(s.KeywordsQuerySerializer, request)
        keywords = selectors.analytics_keywords(**query.selector_params(), limit=query.validated_data["limit"])
        return Response(s.AnalyticsKeywordsSerializer({**_range(query), "keywords": keywords}).data)


@extend_schema(tags=["analytics"])
class RefreshView(APIView):
    permission_classes = [IsManagerOrAdmin]

    @extend_schema(
        summary="Queue a refresh of the summary tables now (they also refresh every two minutes)",
        request=s.StatsRefreshInputSerializer,
        responses={202: s.StatsRefreshOutputSerializer, 400: ERROR, **FORBIDDEN},
    )
    def post(self, request: Request) -> Response:
        data = s.StatsRefreshInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        task_id = services.lead_stats_refresh_enqueue(full=data.validated_data["full"])
        return Response({"queued": True, "task_id": task_id}, status=status.HTTP_202_ACCEPTED)
