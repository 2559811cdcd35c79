"""Analytics API: every role reads, managers and admins recount; parameters are validated with clear errors."""

import datetime

import pytest
from django_q.models import Schedule

from analytics.models import StatsRefresh
from analytics.services import lead_stats_refresh
from analytics.tests.helpers import lead_at
from leads.tests.api_roles import ROLES, Endpoint, case_id, client_as, matrix

pytestmark = pytest.mark.django_db

READS = ["summary", "timeseries", "breakdown?by=platform", "keywords"]
ENDPOINTS = [Endpoint(f"analytics-{path}", "get", lambda u, p=path: f"/api/v1/analytics/{p}", ROLES) for path in READS]
ENDPOINTS.append(
    Endpoint("analytics-refresh", "post", lambda u: "/api/v1/analytics/refresh", ("admin", "manager"), success=202)
)


@pytest.mark.parametrize(("endpoint", "role", "expected"), matrix(ENDPOINTS), ids=case_id)
def test_role_matrix(endpoint, role, expected):
    response = endpoint.call(role)
    assert response.status_code == expected, response.content
    if expected >= 400:
        assert set(response.json()["error"]) == {"code", "message", "fields"}


def test_a_manager_recount_runs_the_refresh():
    lead_at(datetime.datetime(2026, 3, 5, 12, tzinfo=datetime.UTC))
    client, _ = client_as("manager")
    response = client.post("/api/v1/analytics/refresh", {"full": True}, format="json")
    assert response.status_code == 202 and response.json()["queued"] is True
    assert StatsRefresh.objects.get().last_full_at is not None  # tests run Django-Q synchronously


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("period=year", "period"),
        ("date_from=2026-13-01", "date_from"),
        ("date_from=2026-03-10&date_to=2026-03-01", "date_from"),
        ("date_from=2020-01-01&date_to=2026-03-01", "date_from"),
        ("period=day&date_from=2025-01-01&date_to=2026-03-01", "period"),
        ("kind=robot", "kind"),
        ("date_to=9999-12-31", "date_to"),
        ("date_from=0001-01-01&date_to=0001-01-31", "date_from"),
        ("period=month&date_to=9999-12-31", "date_to"),
    ],
)
def test_bad_parameters_answer_400_naming_the_field(query, field):
    client, _ = client_as("sales")
    response = client.get(f"/api/v1/analytics/summary?{query}")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid" and field in error["fields"], error


def test_breakdown_needs_a_known_dimension_and_keywords_a_sane_limit():
    client, _ = client_as("marketing")
    assert "by" in client.get("/api/v1/analytics/breakdown").json()["error"]["fields"]
    assert "by" in client.get("/api/v1/analytics/breakdown?by=owner").json()["error"]["fields"]
    assert "limit" in client.get("/api/v1/analytics/keywords?limit=500").json()["error"]["fields"]


def test_summary_timeseries_and_breakdown_shapes():
    lead_at(datetime.datetime(2026, 3, 5, 12, tzinfo=datetime.UTC), phone=True, score=70)
    lead_at(datetime.datetime(2026, 2, 26, 12, tzinfo=datetime.UTC), score=30)
    lead_stats_refresh(full=True)
    client, _ = client_as("sales")
    query = "date_from=2026-03-01&date_to=2026-03-07"

    summary = client.get(f"/api/v1/analytics/summary?{query}").json()
    series = client.get(f"/api/v1/analytics/timeseries?{query}&period=week").json()
    platform = client.get(f"/api/v1/analytics/breakdown?{query}&by=platform").json()

    assert summary["previous_from"] == "2026-02-22" and summary["previous_to"] == "2026-02-28"
    assert summary["cards"][0] == {"key": "new_leads", "value": 1.0, "previous": 1.0, "change_pct": 0.0}
    assert summary["freshness"]["status"] == "ok"
    assert [(p["bucket"], p["leads"]) for p in series["points"]] == [("2026-02-23", 0), ("2026-03-02", 1)]
    assert platform["items"] == [
        {
            "value": "google_maps",
            "label": "google_maps",
            "leads": 1,
            "with_phone": 1,
            "high_intent": 0,
            "qualified_won": 0,
            "avg_score": 70.0,
        }
    ]


def test_default_ranges_end_today(settings):
    client, _ = client_as("sales")
    day = client.get("/api/v1/analytics/timeseries").json()
    month = client.get("/api/v1/analytics/timeseries?period=month").json()
    assert len(day["points"]) == 30
    assert len(month["points"]) == 12 and month["date_from"].endswith("-01")


def test_the_refresh_schedules_are_declared():
    names = set(Schedule.objects.filter(func="analytics.tasks.refresh_lead_stats").values_list("name", "schedule_type"))
    assert names == {("analytics: refresh lead stats", "I"), ("analytics: rebuild lead stats nightly", "D")}
