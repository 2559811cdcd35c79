"""A real qcluster enriches a lead saved by lead_upsert, through the broker, with the fake Twilio server."""

import pytest
from django.db import transaction
from django_q.conf import Conf

from enrichment.models import EnrichmentStatus, LeadEnrichment, LookupCache
from insight.health import check_queue
from insight.testing.processes import start_worker, stop_process, wait_until
from leads.models import ContactKind, ExtractionLayer, LeadKind
from leads.services import contact_point_add, lead_upsert

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_a_worker_enriches_a_new_lead_once(monkeypatch, fake_enrichment, enrich_auto):
    monkeypatch.setattr(Conf, "SYNC", False)  # through the real broker this time
    env = {name: str(value) for name, value in fake_enrichment.settings().items()}
    worker = start_worker(ENRICHMENT_AUTO="true", ENRICHMENT_PROVIDERS="phone,twilio", **env)
    try:
        wait_until(lambda: check_queue()["workers"] > 0, timeout=120)
        with transaction.atomic():  # as the scraper saves an item: the lead and its phone, then one task
            lead, _ = lead_upsert(
                kind=LeadKind.BUSINESS,
                name="Juniper Roasters",
                text="Coffee roasted in small batches.",
                platform="sandbox_maps",
                platform_id="juniper-worker-test",
            )
            contact_point_add(
                lead=lead,
                kind=ContactKind.PHONE,
                value="416 555 0133",
                normalized_value="+14165550133",
                layer=ExtractionLayer.TEL_LINK,
                confidence=0.95,
            )
        done = wait_until(
            lambda: LeadEnrichment.objects.filter(lead=lead, status=EnrichmentStatus.DONE).first(), timeout=300
        )
        assert done.steps.get(step="twilio").result["line_type"] == "mobile"
        assert fake_enrichment.state.count("twilio") == 1 and LookupCache.objects.filter(provider="twilio").count() == 1
    finally:
        stop_process(worker)
    assert worker.returncode == 0, worker.stderr.read().decode()[-2000:]
