import datetime
import html

import pytest
from django.contrib import admin
from django.urls import reverse
from django.utils import timezone

from accounts.tests.factories import UserFactory
from enrichment.models import LeadEnrichment, LookupCache, ProviderUsage, RetrainRun, RetrainTrigger
from enrichment.tests.factories import ModelVersionFactory
from leads.models import ScoringRule
from leads.tests.factories import ContactPointFactory, LabelFactory, LeadFactory
from scraping.models import SeenPost
from scraping.tests.factories import MonitorFactory, TaskEventFactory

pytestmark = pytest.mark.django_db

OUR_APPS = {"accounts", "leads", "scraping", "enrichment"}
OUR_MODELS = sorted(
    (model._meta.app_label, model._meta.model_name)
    for model in admin.site._registry
    if model._meta.app_label in OUR_APPS
)


@pytest.fixture
def admin_client_with_data(client):
    superuser = UserFactory(is_staff=True, is_superuser=True, role="admin")
    ContactPointFactory()
    LabelFactory()
    TaskEventFactory()
    monitor = MonitorFactory()
    SeenPost.objects.create(monitor=monitor, source="reddit", external_id="t3_abc", matched=True, score=42)
    ModelVersionFactory()
    ScoringRule.objects.create(name="Has a phone", condition="has_phone", weight=10)
    RetrainRun.objects.create(trigger=RetrainTrigger.ADMIN, requested_by=superuser)
    LeadEnrichment.objects.create(lead=LeadFactory(), summary="Family plumbing shop.", quality_score=70)
    LookupCache.objects.create(
        provider="twilio", key="+14165550123", value={"line_type": "mobile"}, expires_at=timezone.now()
    )
    ProviderUsage.objects.create(provider="twilio", day=datetime.date(2026, 12, 1), count=3)
    client.force_login(superuser)
    return client


def test_every_model_of_ours_is_in_the_admin():
    names = {name for _, name in OUR_MODELS}
    assert {"user", "lead", "contactpoint", "label", "keywordset", "scoringrule"} <= names
    assert {"platformrecipe", "scrapetask", "taskevent", "monitor", "modelversion"} <= names


@pytest.mark.parametrize(("app_label", "model_name"), OUR_MODELS)
def test_list_add_and_change_pages_load(admin_client_with_data, app_label, model_name):
    client = admin_client_with_data
    changelist = client.get(reverse(f"admin:{app_label}_{model_name}_changelist"))
    assert changelist.status_code == 200
    model = next(m for m in admin.site._registry if m._meta.model_name == model_name and m._meta.app_label == app_label)
    obj = model._default_manager.first()
    assert obj is not None, f"no {model_name} row to open"
    change = client.get(reverse(f"admin:{app_label}_{model_name}_change", args=[obj.pk]))
    assert change.status_code == 200
    add = client.get(reverse(f"admin:{app_label}_{model_name}_add"))
    assert add.status_code in (200, 403)  # read-only logs may refuse additions


def test_list_search_works_on_leads(admin_client_with_data):
    response = admin_client_with_data.get(reverse("admin:leads_lead_changelist"), {"q": "Maple"})
    assert response.status_code == 200
    assert b"Maple Leaf Plumbing" in response.content


def test_a_broken_recipe_is_refused_in_the_admin_with_the_field_path(admin_client_with_data):
    response = admin_client_with_data.post(
        reverse("admin:scraping_platformrecipe_add"),
        {
            "slug": "bad",
            "name": "Bad",
            "runner": "browser",
            "respect_robots": "on",
            "is_active": "on",
            "definition": '{"search": {"url_template": "https://x.example.com/?q={query}"}, '
            '"items": {"selectors": ["div["]}, "fields": {"name": {"selectors": ["h3"]}}}',
        },
    )
    assert response.status_code == 200
    assert b"items.selectors[0]: &#x27;div[&#x27; is not a valid CSS selector" in response.content


def test_a_scoring_rule_with_a_bad_regex_is_refused_in_the_admin(admin_client_with_data):
    response = admin_client_with_data.post(
        reverse("admin:leads_scoringrule_add"),
        {"name": "Bad regex", "condition": "regex", "value": "crm(", "weight": "10", "is_active": "on"},
    )
    assert response.status_code == 200
    assert b"Not a valid regular expression" in response.content


@pytest.mark.parametrize(
    ("definition", "refusal"),
    [
        (
            '{"search": {"url_template": "https://x.example.com/?q={query}\\u0000"}}',
            b"Text may not contain NUL characters (\\u0000). (at search.url_template)",
        ),
        ('{"search": ' + "[" * 1000 + "]" * 1000 + "}", b"JSON nested deeper than 32 levels is not accepted."),
    ],
    ids=["nul", "deep"],
)
def test_json_typed_in_the_admin_is_held_to_the_apis_limits(admin_client_with_data, definition, refusal):
    """A NUL (PostgreSQL stores none) or JSON nested 1,000 deep in a recipe's definition once answered 500."""
    response = admin_client_with_data.post(
        reverse("admin:scraping_platformrecipe_add"),
        {"slug": "hostile", "name": "Hostile", "runner": "browser", "is_active": "on", "definition": definition},
    )
    assert response.status_code == 200
    assert refusal in response.content
    assert html.escape(definition)[:40].encode() in response.content  # shown again, to be corrected
