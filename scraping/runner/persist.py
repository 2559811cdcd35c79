"""Items and their contact findings become leads: upserted by the platform's own id (then URL, then phone and
name), so the same business found by two tasks, or twice after a crash and resume, is one lead."""

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import phonenumbers
from django.db import transaction

from leads.models import ContactKind, ExtractionLayer, Lead, LeadKind
from leads.services import contact_point_add, lead_upsert

# extraction layer name → ContactPoint layer
_LAYERS = {
    "tel_link": ExtractionLayer.TEL_LINK,
    "structured_data": ExtractionLayer.JSON_LD,
    "visible_text": ExtractionLayer.VISIBLE_TEXT,
    "website_crawl": ExtractionLayer.WEBSITE_CRAWL,
    "ocr": ExtractionLayer.OCR,
}
ID_FIELDS = ("platform_id", "place_id", "id", "handle")
URL_FIELDS = ("url", "link", "profile_url", "detail_url")


@dataclass
class ScrapedItem:
    """One result of a recipe run: its fields (listing + detail page), where they were read, the findings JSON of
    the extraction engine on the detail (or listing) page, and the classification."""

    platform: str
    fields: dict[str, str]
    page_url: str = ""
    findings: dict[str, Any] = field(default_factory=dict)
    lead_class: str = ""
    category: str = ""
    matched: dict[str, str | None] = field(default_factory=dict)

    def platform_id(self) -> str:
        return next((self.fields[k] for k in ID_FIELDS if self.fields.get(k)), "")

    def url(self) -> str:
        return next((self.fields[k] for k in URL_FIELDS if self.fields.get(k)), "") or self.page_url

    def phones(self, region: str | None = None) -> list[dict[str, Any]]:
        """Phones as (e164, raw, layer, confidence, …): the engine's findings, then a phone field of the recipe."""
        found = [p for p in self.findings.get("phones", []) if p.get("e164") and not p.get("is_fax")]
        known = {p["e164"] for p in found}
        raw = self.fields.get("phone", "")
        if raw:
            e164 = normalize_phone(raw, region or self.findings.get("region"))
            if e164 and e164 not in known:
                found.append({"e164": e164, "raw": raw, "layer": "source", "confidence": 0.8, "page_url": self.url()})
        return found


def normalize_phone(raw: str, region: str | None) -> str:
    """E.164 when libphonenumber says the number is valid for ``region`` (or carries a +country code), else ''."""
    raw = raw.removeprefix("tel:").strip()
    try:
        number = phonenumbers.parse(raw, (region or "US").upper())
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(number):
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _domain(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


class SuppressedItem(Exception):
    """The item carries a phone, email or website domain on the suppression list: it is skipped, never stored."""


def item_suppression(*, item: ScrapedItem, phones: list[dict[str, Any]], website: str) -> str | None:
    """The suppression entry the item matches (phones, emails, the business's website), or None."""
    from compliance.selectors import suppression_match

    return suppression_match(
        phones=[p["e164"] for p in phones],
        emails=[e["email"] for e in item.findings.get("emails", [])],
        domains=[website] if website else [],
    )


@transaction.atomic
def item_save(*, item: ScrapedItem, task_id: int | None, region: str | None = None) -> tuple[Lead, bool]:
    """Upsert the item's lead and attach its phones, emails, website and socials. Returns (lead, created).

    Raises ``SuppressedItem`` (before anything is written) when the item matches the suppression list."""
    fields = item.fields
    phones = item.phones(region)
    url = item.url()
    website = fields.get("website") or ""
    found = item.findings.get("website") or ""
    if not website and found and _domain(found) != _domain(url):
        website = found  # the engine falls back to the page's own origin: that is the platform, not the business
    if item_suppression(item=item, phones=phones, website=website):
        raise SuppressedItem(item.platform_id() or url)
    name = fields.get("name") or fields.get("title") or ""
    lead, created = _upsert(item, name, url, website, task_id)
    for phone in phones:
        contact_point_add(
            lead=lead,
            kind=ContactKind.PHONE,
            value=phone.get("raw") or phone["e164"],
            normalized_value=phone["e164"],
            layer=_LAYERS.get(phone.get("layer", ""), ExtractionLayer.SOURCE),
            confidence=float(phone.get("confidence", 0.5)),
            page_url=(phone.get("page_url") or "")[:2000],
            bbox=phone.get("bbox"),
            details={k: phone[k] for k in ("type", "region", "national", "international") if phone.get(k)},
        )
    for email in item.findings.get("emails", []):
        contact_point_add(
            lead=lead,
            kind=ContactKind.EMAIL,
            value=email["email"],
            normalized_value=email["email"].lower(),
            layer=_LAYERS.get(email.get("layer", ""), ExtractionLayer.VISIBLE_TEXT),
            confidence=0.8,
            page_url=(email.get("page_url") or "")[:2000],
        )
    if website:
        contact_point_add(
            lead=lead,
            kind=ContactKind.WEBSITE,
            value=website,
            normalized_value=website.lower().rstrip("/"),
            layer=ExtractionLayer.SOURCE,
            confidence=0.9,
        )
    for social in item.findings.get("socials", []):
        contact_point_add(
            lead=lead,
            kind=ContactKind.SOCIAL,
            value=social["url"],
            normalized_value=social["url"].lower().rstrip("/"),
            layer=ExtractionLayer.SOURCE,
            confidence=0.8,
            details={"network": social.get("network", "")},
        )
    return lead, created


def _upsert(item: ScrapedItem, name: str, url: str, website: str, task_id: int | None) -> tuple[Lead, bool]:
    from scraping.models import ScrapeTask

    fields = item.fields
    return lead_upsert(
        kind=LeadKind.BUSINESS,
        name=name[:500] or url[:500],
        text=(fields.get("description") or fields.get("bio") or "")[:5000],
        url=url,
        platform=item.platform,
        platform_id=item.platform_id()[:255],
        domain=_domain(website) if website else "",
        location=(fields.get("address") or fields.get("location") or "")[:255],
        category=item.category[:255],
        raw={"fields": fields, "lead_class": item.lead_class, "selectors": item.matched},
        scrape_task=ScrapeTask.objects.filter(pk=task_id).first() if task_id else None,
    )
