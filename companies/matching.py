"""Identity keys of companies and leads: registrable domain (of the website or of email addresses), name + city,
E.164 phone. A company's website domain and its email domain are one key: mail at a domain joins its website.

Pure functions over strings and leads (no writes). The public-suffix list is tldextract's bundled snapshot: no
download, ever. The documentation domains (example.com/.org/.net) count as suffixes so each fictional company in
fixtures and demos keeps its own subdomain as its registrable domain.
"""

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import tldextract
from django.conf import settings

from leads.dedupe import normalized_name
from leads.models import ContactKind, Lead, LeadKind

_EXTRACT: tldextract.TLDExtract | None = None

FREE_MAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "yahoo.co.uk",
        "yahoo.ca",
        "ymail.com",
        "outlook.com",
        "hotmail.com",
        "hotmail.co.uk",
        "live.com",
        "msn.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "pm.me",
        "gmx.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "mail.com",
        "yandex.com",
        "yandex.ru",
        "mail.ru",
        "zoho.com",
        "fastmail.com",
        "hey.com",
        "tutanota.com",
        "qq.com",
        "163.com",
    }
)
# Hosts whose links say nothing about who the author works for.
PLATFORM_DOMAINS = frozenset(
    {
        "reddit.com",
        "redd.it",
        "ycombinator.com",
        "bsky.app",
        "bsky.social",
        "x.com",
        "twitter.com",
        "t.co",
        "mastodon.social",
        "youtube.com",
        "youtu.be",
        "google.com",
        "goo.gl",
        "bit.ly",
        "github.com",
        "medium.com",
        "linkedin.com",
        "facebook.com",
        "instagram.com",
        "wikipedia.org",
        "imgur.com",
    }
)
_LEGAL_SUFFIXES = re.compile(
    r"\b(inc|incorporated|ltd|limited|llc|llp|corp|corporation|co|company|gmbh|sarl|plc|the)\b"
)
_URL_RE = re.compile(r"https?://[^\s<>()\"']+", re.IGNORECASE)
_EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_POSTAL_OR_REGION = re.compile(r"^[A-Z]{2}(\s|$)|\d")


def _extractor() -> tldextract.TLDExtract:
    global _EXTRACT
    if _EXTRACT is None:
        _EXTRACT = tldextract.TLDExtract(
            suffix_list_urls=(),
            cache_dir=None,
            include_psl_private_domains=True,
            extra_suffixes=tuple(settings.COMPANY_EXTRA_SUFFIXES),
        )
    return _EXTRACT


def registrable_domain(host_or_url: str) -> str:
    """``shop.acme.co.uk`` → ``acme.co.uk``; blank for IPs, bare suffixes and things that are not hosts."""
    text = (host_or_url or "").strip().lower()
    if not text:
        return ""
    host = urlsplit(text if "://" in text else f"http://{text}").hostname or ""
    parts = _extractor()(host)
    if not parts.domain or not parts.suffix:
        return ""
    return f"{parts.domain}.{parts.suffix}"


def email_domain(email: str) -> str:
    """Registrable domain of an address, blank for free-mail providers (they identify nobody's company)."""
    _, _, host = (email or "").strip().lower().rpartition("@")
    domain = registrable_domain(host)
    return "" if domain in FREE_MAIL_DOMAINS else domain


def is_free_mail(email: str) -> bool:
    return registrable_domain((email or "").rpartition("@")[2]) in FREE_MAIL_DOMAINS


def company_name_key(name: str) -> str:
    """Case, accent, punctuation and legal-form free: "The Maple Leaf Plumbing Co., Inc." → "maple leaf plumbing"."""
    return " ".join(_LEGAL_SUFFIXES.sub(" ", normalized_name(name)).split())


def city_from_location(location: str) -> str:
    """The first comma part without digits or a region code: "12 King St W, Toronto, ON M5H" → "toronto"."""
    parts = [p.strip() for p in (location or "").split(",") if p.strip()]
    for part in parts:
        if not _POSTAL_OR_REGION.search(part):
            return normalized_name(part)
    return ""


@dataclass(frozen=True)
class KeyMatch:
    """A key found on a lead, how it was found and how much it says about identity."""

    kind: str
    value: str
    method: str
    confidence: float
    evidence: dict


def _points(lead: Lead, kind: str) -> list:
    return [p for p in lead.contact_points.all() if p.kind == kind]


def business_keys(lead: Lead) -> list[KeyMatch]:
    """Keys of a business listing, strongest first: website domain, phones, name + city, email domains."""
    keys: list[KeyMatch] = []
    websites = [lead.domain] + [p.normalized_value for p in _points(lead, ContactKind.WEBSITE)]
    for website in websites:
        domain = registrable_domain(website)
        if domain and domain not in PLATFORM_DOMAINS:
            keys.append(KeyMatch("domain", domain, "domain", 0.95, {"website": website}))
    for point in _points(lead, ContactKind.PHONE):
        if point.normalized_value.startswith("+") and not point.details.get("fax"):
            keys.append(KeyMatch("phone", point.normalized_value, "phone", 0.9, {"phone": point.normalized_value}))
    name, city = company_name_key(lead.name), city_from_location(lead.location)
    if name and city:
        keys.append(KeyMatch("name_city", f"{name}|{city}", "name_city", 0.8, {"name": lead.name, "city": city}))
    for point in _points(lead, ContactKind.EMAIL):
        domain = email_domain(point.normalized_value)
        if domain:
            keys.append(KeyMatch("domain", domain, "email_domain", 0.85, {"email": point.normalized_value}))
    return _unique(keys)


def conversation_keys(lead: Lead) -> list[KeyMatch]:
    """What identifies a conversation author's company: email in the post or profile, a domain handle, links."""
    keys: list[KeyMatch] = []
    raw = lead.raw.get("source") if isinstance(lead.raw.get("source"), dict) else {}
    text = f"{lead.name}\n{lead.text}"
    for point in _points(lead, ContactKind.EMAIL):
        if domain := email_domain(point.normalized_value):
            keys.append(KeyMatch("domain", domain, "email_domain", 0.9, {"email": point.normalized_value}))
    for match in _EMAIL_RE.finditer(text):
        if domain := email_domain(match.group(0)):
            keys.append(KeyMatch("domain", domain, "email_domain", 0.9, {"email": match.group(0)}))
    # Bluesky handles are domains a person proved they control; a profile's website field says the same.
    handle = lead.author_handle.lstrip("@").lower()
    profile_sites = [handle] if "." in handle else []
    profile_sites += [str(raw.get(k)) for k in ("author_url", "author_website", "website") if raw.get(k)]
    for site in profile_sites:
        domain = registrable_domain(site)
        if domain and domain not in PLATFORM_DOMAINS and domain not in FREE_MAIL_DOMAINS:
            keys.append(KeyMatch("domain", domain, "author_profile", 0.85, {"profile": site}))
    signature = _signature(lead.text)
    for url in _URL_RE.findall(text):
        domain = registrable_domain(url.rstrip(".,;:!?"))
        if domain and domain not in PLATFORM_DOMAINS:
            in_signature = url in signature
            keys.append(
                KeyMatch(
                    "domain",
                    domain,
                    "signature" if in_signature else "link",
                    0.75 if in_signature else 0.6,
                    {"url": url[:300]},
                )
            )
    return _unique(keys)


def signature_names(text: str) -> list[str]:
    """Company-name candidates from a signature ("— Jane, Acme Plumbing" / "Jane @ Acme Plumbing")."""
    names = []
    for line in _signature(text).splitlines():
        line = line.strip().lstrip("-—–~ ").strip()
        for part in re.split(r",|\s@\s|\s\|\s|\bat\b|\bfrom\b", line)[1:]:
            key = company_name_key(part)
            if key and len(key) >= 4:
                names.append(key)
    return names


def _signature(text: str) -> str:
    """The last three non-empty lines, where people sign posts."""
    lines = [line for line in (text or "").strip().splitlines() if line.strip()]
    return "\n".join(lines[-3:]) if len(lines) > 1 else ""


def _unique(keys: list[KeyMatch]) -> list[KeyMatch]:
    seen: set[tuple[str, str]] = set()
    out = []
    for key in sorted(keys, key=lambda k: -k.confidence):
        if (key.kind, key.value) not in seen:
            seen.add((key.kind, key.value))
            out.append(key)
    return out


def lead_keys(lead: Lead) -> list[KeyMatch]:
    return business_keys(lead) if lead.kind == LeadKind.BUSINESS else conversation_keys(lead)
