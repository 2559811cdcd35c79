import pytest

from accounts.models import Role
from accounts.tests.factories import UserFactory
from enrichment.models import RetrainRun, RetrainStatus
from leads.models import LeadKind
from leads.tests.factories import LeadFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(role=Role.ADMIN, is_staff=True, is_superuser=True))
    return client


def test_saving_a_scoring_rule_in_admin_rescores_recent_leads(admin_client, django_capture_on_commit_callbacks):
    lead = LeadFactory(kind=LeadKind.CONVERSATION, name="", text="anyone know a good roofer? storm damage")
    form = {
        "name": "Mentions a roofer",
        "description": "",
        "condition": "keyword",
        "value": "roofer",
        "weight": "20",
        "applies_to": "",
        "is_active": "on",
        "active_from_0": "",
        "active_from_1": "",
        "active_until_0": "",
        "active_until_1": "",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post("/admin/leads/scoringrule/add/", form)
    assert response.status_code == 302
    lead.refresh_from_db()
    rules = {c["name"]: c for c in lead.score_explanation["contributions"] if c["source"] == "rule"}
    assert rules["Mentions a roofer"]["evidence"]["match"] == "roofer"  # beside the starter rules that match
    assert lead.model_version_id is not None


def test_admin_retrain_button_runs_a_job(admin_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post("/admin/enrichment/retrainrun/start/")
    assert response.status_code == 302
    run = RetrainRun.objects.get()
    assert run.status == RetrainStatus.DONE, run.error
    assert admin_client.get("/admin/enrichment/retrainrun/").status_code == 200
    page = admin_client.get("/admin/enrichment/modelversion/").content.decode()
    assert "f1 0." in page and "macro_f1 0." in page


def test_label_action_on_leads_records_the_admins_judgement(admin_client):
    lead = LeadFactory()
    response = admin_client.post(
        "/admin/leads/lead/", {"action": "label_not_a_lead", "_selected_action": [lead.pk], "index": 0}
    )
    assert response.status_code == 302
    label = lead.labels.get()
    assert label.kind == "not_a_lead" and label.author.role == Role.ADMIN


def test_a_second_retrain_press_says_it_joins_the_job_under_way(admin_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        first = admin_client.post("/admin/enrichment/retrainrun/start/", follow=True)
        second = admin_client.post("/admin/enrichment/retrainrun/start/", follow=True)
    run = RetrainRun.objects.get()
    assert f"Retrain job #{run.pk} queued." in first.content.decode()
    assert f"Retrain job #{run.pk} is already queued: your request joins it" in second.content.decode()
