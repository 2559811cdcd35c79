"""Result dataclasses and the cross-layer merge (one finding per number, highest confidence, every source)."""

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class PhoneSource:
    """One sighting of a number: which layer saw it, where, as what text."""

    layer: str
    page_url: str
    raw: str
    confidence: float
    is_fax: bool = False


@dataclass
class PhoneFinding:
    raw: str
    e164: str
    national: str
    international: str
    region: str
    type: str
    layer: str
    confidence: float
    page_url: str
    is_fax: bool = False
    bbox: dict[str, float] | None = None
    sources: list[PhoneSource] = field(default_factory=list)
    # Why the number was read in this region ("GB: links to www.example.co.uk (+1.0); valid in GB, not in US").
    region_reason: str = ""


@dataclass
class EmailFinding:
    email: str
    layer: str
    page_url: str
    obfuscated: bool = False


@dataclass
class SocialFinding:
    network: str
    url: str
    page_url: str


@dataclass
class Findings:
    """Everything found on one page (and, with the crawl layer, on the site's contact pages)."""

    page_url: str
    region: str
    phones: list[PhoneFinding] = field(default_factory=list)
    emails: list[EmailFinding] = field(default_factory=list)
    socials: list[SocialFinding] = field(default_factory=list)
    website: str | None = None
    addresses: list[dict[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def json_lines(self) -> list[dict[str, Any]]:
        """One object per finding, each tagged with ``kind`` (what ``manage.py extract --json`` prints)."""
        data = self.to_dict()
        lines: list[dict[str, Any]] = []
        for kind, key in (("phone", "phones"), ("email", "emails"), ("social", "socials"), ("address", "addresses")):
            lines.extend({"kind": kind, **item} for item in data[key])
        if self.website:
            lines.append({"kind": "website", "url": self.website})
        lines.extend({"kind": "warning", "message": w} for w in self.warnings)
        return lines


def merge_phones(phones: list[PhoneFinding]) -> list[PhoneFinding]:
    """Merge sightings of the same E.164 number: keep the most confident one as the face, union the sources.

    A number is a fax only if every sighting says so; a bbox from any sighting is kept.
    """
    merged: dict[str, PhoneFinding] = {}
    for phone in phones:
        current = merged.get(phone.e164)
        if current is None:
            merged[phone.e164] = phone
            continue
        sources = current.sources + phone.sources
        bbox = current.bbox or phone.bbox
        if phone.confidence > current.confidence:
            current = phone
        current.sources = sources
        current.bbox = bbox
        current.is_fax = all(s.is_fax for s in sources)
        merged[phone.e164] = current
    return sorted(merged.values(), key=lambda p: (-p.confidence, p.e164))


def merge_emails(emails: list[EmailFinding]) -> list[EmailFinding]:
    seen: dict[str, EmailFinding] = {}
    for email in emails:
        seen.setdefault(email.email.lower(), email)
    return list(seen.values())
