"""One normal form per identifier, so a suppression entry and an incoming lead compare equal.

Phones are E.164, emails lower-case, domains a host without ``www.``; a host matches a suppressed domain when it
is that domain or one of its subdomains (down to the registrable domain), so an email's domain and a website's host
both match. Hashes pseudonymise identifiers for entries
and receipts that must not keep them in clear (right to erasure).
"""

import hashlib
from functools import lru_cache

import phonenumbers

from scraping.extraction.layers.website_crawl import registrable_domain
from scraping.extraction.urls import safe_split

DEFAULT_PHONE_REGION = "US"


def phone_normalize(raw: str) -> str:
    """E.164, or '' when libphonenumber cannot read a possible number (national numbers are read as US)."""
    raw = (raw or "").removeprefix("tel:").strip()
    if not raw:
        return ""
    try:
        number = phonenumbers.parse(raw, DEFAULT_PHONE_REGION)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(number):
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def email_normalize(raw: str) -> str:
    """Lower-case ``local@domain`` without ``mailto:``, or '' when it is not an address."""
    value = (raw or "").strip().removeprefix("mailto:").split("?")[0].strip().lower()
    local, at, domain = value.rpartition("@")
    if not at or not local or "." not in domain or " " in value:
        return ""
    return value


def domain_normalize(raw: str) -> str:
    """Host of a host name, URL or email address: lower-case, without ``www.`` or port; '' for nothing usable."""
    value = (raw or "").strip().lower()
    if "@" in value and "://" not in value:
        value = value.rpartition("@")[2]
    parts = safe_split(value if "://" in value else f"https://{value}")
    host = (parts.hostname or "").rstrip(".") if parts else ""
    if "." not in host or " " in host:
        return ""
    return host.removeprefix("www.")


@lru_cache(maxsize=2**15)  # hosts repeat (a site and its mail, big mail providers); the registrable lookup is slow
def domain_candidates(raw: str) -> tuple[str, ...]:
    """The host and each parent down to its registrable domain: ``a.shop.example.co.uk`` → itself,
    ``shop.example.co.uk``, ``example.co.uk`` — so a suppressed domain covers its subdomains, never its siblings."""
    host = domain_normalize(raw)
    if not host:
        return ()
    registrable = registrable_domain(f"https://{host}") or host
    candidates = [host]
    while host != registrable and "." in host:
        host = host.split(".", 1)[1]
        candidates.append(host)
    return tuple(candidates)


NORMALIZERS = {"phone": phone_normalize, "email": email_normalize, "domain": domain_normalize}


def identifier_hash(kind: str, value: str) -> str:
    """SHA-256 of ``kind:value`` (value already normalised): matches without storing the value in clear."""
    return hashlib.sha256(f"{kind}:{value}".encode()).hexdigest()


def text_identifiers(text: str) -> tuple[list[str], list[str]]:
    """(E.164 phones, emails) written in free text such as a post, for checking it against the suppression list."""
    from scraping.extraction.emails import EMAIL_RE

    emails = sorted({email_normalize(m.group(1)) for m in EMAIL_RE.finditer(text or "")} - {""})
    phones = sorted(
        {
            phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
            for m in phonenumbers.PhoneNumberMatcher(text or "", DEFAULT_PHONE_REGION)
        }
    )
    return phones, emails
