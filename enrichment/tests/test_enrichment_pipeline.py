"""The pipeline end to end with Django-Q in sync mode: enqueued on commit by lead saves, steps recorded, idempotent."""

import pytest
from django_q.models import Schedule

from enrichment.models import EnrichmentStatus, EnrichmentStep, LeadEnrichment, LookupCache, StepStatus
from enrichment.services import lead_enrich_enqueue, lead_enrichment_run
from leads.models import ContactKind, ExtractionLayer, Lead, LeadKind
from leads.services import contact_point_add, lead_upsert

pytestmark = pytest.mark.django_db


def _business(**extra):
    lead, _ = lead_upsert(
        kind=LeadKind.BUSINESS,
        name="Maple Leaf Coffee Roasters",
        text="Small-batch coffee roasted daily in Toronto. Espresso bar open every morning.",
        url="https://maps.example.com/place/maple-leaf-coffee",
        platform="sandbox_maps",
        location="Toronto, ON",
        **extra,
    )
    contact_point_add(
        lead=lead,
        kind=ContactKind.PHONE,
        value="(416) 555-0123",
        normalized_value="+14165550123",
        layer=ExtractionLayer.TEL_LINK,
        confidence=0.95,
    )
    return lead


def _steps(lead) -> dict[str, EnrichmentStep]:
    return {s.step: s for s in EnrichmentStep.objects.filter(enrichment__lead=lead)}


def test_a_new_lead_is_enriched_after_commit(enrich_auto, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        lead = _business()
    assert len(callbacks) == 1  # one task for the lead and its phone, not one per save
    enrichment = LeadEnrichment.objects.get(lead=lead)
    assert enrichment.status == EnrichmentStatus.DONE, enrichment.error
    steps = _steps(lead)
    assert steps["phone"].status == StepStatus.DONE
    assert steps["phone"].result["best"]["geo"] == "Ontario"
    assert steps["twilio"].status == StepStatus.SKIPPED and "credentials" in steps["twilio"].error
    assert steps["places"].status == StepStatus.SKIPPED and "GOOGLE_PLACES_API_KEY" in steps["places"].error
    assert steps["website"].status == StepStatus.SKIPPED and steps["website"].error == "The lead has no website."
    assert steps["summary"].status == StepStatus.DONE
    assert enrichment.summary.startswith("Small-batch coffee roasted daily in Toronto.")
    assert 0 < enrichment.quality_score <= 100
    parts = {p["name"]: p for p in enrichment.quality_explanation["components"]}
    assert set(parts) == {"completeness", "contact", "verification", "intent", "freshness"}
    assert "the number is valid" in parts["contact"]["reasons"]
    assert enrichment.quality_score == enrichment.quality_explanation["total"]
    assert any(i.startswith("landline or mobile number") for i in enrichment.insights)
    phone = lead.contact_points.get(kind=ContactKind.PHONE)
    assert phone.verification["offline"]["valid"] is True and phone.verified_at is not None


def test_auto_enrichment_can_be_switched_off(settings, django_capture_on_commit_callbacks):
    settings.ENRICHMENT_AUTO = False
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        lead = _business()
    assert callbacks == [] and not LeadEnrichment.objects.filter(lead=lead).exists()


def test_an_unchanged_rediscovery_does_not_queue_again(enrich_auto, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        lead = _business()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        lead_upsert(
            kind=LeadKind.BUSINESS,
            name="Maple Leaf Coffee Roasters",
            url="https://maps.example.com/place/maple-leaf-coffee",
            platform="sandbox_maps",
        )
    assert callbacks == []
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        lead_upsert(url=lead.url, platform="sandbox_maps", name=lead.name, category="Coffee shop")
    assert len(callbacks) == 1


def test_rerunning_reuses_unchanged_steps_and_duplicates_nothing(enrich_auto, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        lead = _business()
    first = _steps(lead)
    with django_capture_on_commit_callbacks(execute=True):
        lead_enrich_enqueue(lead_id=lead.pk, auto=False)
    again = _steps(lead)
    assert EnrichmentStep.objects.filter(enrichment__lead=lead).count() == 6
    assert again["phone"].attempts == first["phone"].attempts == 1  # same input: reused, not redone
    with django_capture_on_commit_callbacks(execute=True):
        lead_enrich_enqueue(lead_id=lead.pk, auto=False, force=True)
    assert _steps(lead)["phone"].attempts == 2  # forced: redone
    assert LeadEnrichment.objects.filter(lead=lead).count() == 1
    assert lead.contact_points.count() == 1


def test_a_lead_with_nothing_to_enrich_finishes_with_reasons(enrich_auto, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        lead, _ = lead_upsert(kind=LeadKind.CONVERSATION, name="?", platform="reddit", platform_id="t3_empty")
    enrichment = LeadEnrichment.objects.get(lead=lead)
    assert enrichment.status == EnrichmentStatus.DONE
    steps = _steps(lead)
    assert {s.status for name, s in steps.items() if name != "quality"} == {StepStatus.SKIPPED}
    assert steps["phone"].error == "The lead has no phone number."
    assert steps["summary"].error.startswith("No text") or "sentence" in steps["summary"].error
    assert enrichment.summary == "" and enrichment.insights == []
    parts = {p["name"]: p for p in enrichment.quality_explanation["components"]}
    assert parts["contact"]["points"] == 0 and parts["contact"]["reasons"] == ["no phone number or email address"]
    assert enrichment.quality_score <= 25
    assert not LookupCache.objects.exists()


def test_a_run_is_claimed_once(enrich_auto):
    lead = Lead.objects.create(kind=LeadKind.BUSINESS, name="Solo", platform="manual", dedupe_key="manual:solo")
    LeadEnrichment.objects.create(lead=lead, status=EnrichmentStatus.QUEUED)
    assert lead_enrichment_run(lead_id=lead.pk).status == EnrichmentStatus.DONE
    finished = LeadEnrichment.objects.get(lead=lead).finished_at
    lead_enrichment_run(lead_id=lead.pk)  # a duplicate delivery of the task: nothing to claim
    assert LeadEnrichment.objects.get(lead=lead).finished_at == finished


def test_a_change_during_a_run_queues_one_more_run(enrich_auto):
    lead = Lead.objects.create(kind=LeadKind.BUSINESS, name="Busy", platform="manual", dedupe_key="manual:busy")
    row = LeadEnrichment.objects.create(lead=lead, status=EnrichmentStatus.QUEUED)
    LeadEnrichment.objects.filter(pk=row.pk).update(status=EnrichmentStatus.RUNNING, started_at=row.created_at)
    lead_enrich_enqueue(lead_id=lead.pk)
    row.refresh_from_db()
    assert row.rerun and row.status == EnrichmentStatus.RUNNING


def test_a_transient_failure_schedules_a_retry_then_gives_up(enrich_auto, fake_enrichment):
    enrich_auto.ENRICHMENT_MAX_ATTEMPTS = 2
    fake_enrichment.state.modes["twilio"] = "500"
    lead = _business()
    LeadEnrichment.objects.filter(lead=lead).update(status=EnrichmentStatus.QUEUED)
    row = lead_enrichment_run(lead_id=lead.pk)
    assert row.status == EnrichmentStatus.RETRYING and row.retry_at is not None
    assert "twilio" in row.error and "HTTP 500" in row.error
    assert Schedule.objects.filter(func="enrichment.tasks.enrich_lead", args=f"({lead.pk},)").count() == 1
    assert _steps(lead)["twilio"].transient
    row = lead_enrichment_run(lead_id=lead.pk)  # what the scheduled retry runs
    assert row.status == EnrichmentStatus.PARTIAL and row.attempts == 2
    fake_enrichment.state.modes["twilio"] = "ok"
    lead_enrich_enqueue(lead_id=lead.pk, auto=False)
    row = lead_enrichment_run(lead_id=lead.pk)
    assert row.status == EnrichmentStatus.DONE and row.attempts == 0 and row.error == ""


def test_lost_runs_are_queued_again_by_the_sweep(enrich_auto, django_capture_on_commit_callbacks):
    from datetime import timedelta

    from django.utils import timezone

    from enrichment.services import lead_enrichments_requeue_stale

    lead = Lead.objects.create(kind=LeadKind.BUSINESS, name="Lost", platform="manual", dedupe_key="manual:lost")
    fresh = Lead.objects.create(kind=LeadKind.BUSINESS, name="Fresh", platform="manual", dedupe_key="manual:fresh")
    long_ago = timezone.now() - timedelta(hours=2)
    LeadEnrichment.objects.create(lead=lead, status=EnrichmentStatus.RUNNING, started_at=long_ago)
    LeadEnrichment.objects.create(lead=fresh, status=EnrichmentStatus.QUEUED, queued_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert lead_enrichments_requeue_stale() == 1
    assert len(callbacks) == 1
    assert LeadEnrichment.objects.get(lead=lead).status == EnrichmentStatus.DONE
    assert LeadEnrichment.objects.get(lead=fresh).status == EnrichmentStatus.QUEUED


def test_an_unexpected_answer_fails_only_its_step_and_says_when(enrich_auto, fake_enrichment):
    from datetime import timedelta

    from django.conf import settings
    from django.utils import timezone

    # A cached answer in a shape the code does not expect (say, stored by an older version).
    fields = ",".join(sorted(settings.TWILIO_LOOKUP_FIELDS))
    LookupCache.objects.create(
        provider="twilio",
        key=f"+14165550123?{fields}",
        value={"phone_number": "+14165550123", "line_type_intelligence": "mobile"},
        expires_at=timezone.now() + timedelta(days=1),
    )
    lead = _business()
    LeadEnrichment.objects.filter(lead=lead).update(status=EnrichmentStatus.QUEUED)
    lead_enrichment_run(lead_id=lead.pk)

    twilio = _steps(lead)["twilio"]
    assert twilio.status == StepStatus.FAILED and twilio.error.startswith("AttributeError")
    assert twilio.finished_at is not None and not twilio.transient
    assert _steps(lead)["phone"].status == StepStatus.DONE  # the other steps still ran
