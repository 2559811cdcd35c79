"""Parsing, normalising and judging one phone-number candidate (shared by every layer)."""

import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from scraping.extraction.findings import PhoneFinding, PhoneSource

TYPE_NAMES = {v: k.lower() for k, v in vars(PhoneNumberType).items() if isinstance(v, int) and k.isupper()}

PHONE_WORDS = (
    r"tel|tél|phone|telephone|téléphone|telefon|telefono|teléfono|telefoon|tlf|tfn|call|mobile|mob|cell|handy|fon|"
    r"ph|hotline|whatsapp|contact|appelez|ring|reservations?|bookings?|office|main|sales|support|helpline|dispatch|"
    r"customer\s+service|signal|sms|text|viber|telegram|kontakt|contacto|contato|rufnummer|telefonnummer|durchwahl|"
    r"zentrale|mobil|móvil|movil|celular|portable|fixe|fijo|電話|tel[ée]fono\s+fijo"
)
PHONE_LABEL_RE = re.compile(
    rf"(?:\b(?:{PHONE_WORDS})\b\.?|☎|📞|✆|(?-i:\b[TPM](?=\s*[:.])))"
    r"(?:\s*(?:no\.?|nr\.?|number|#|us|now|today|anytime))?\s*(?:\([^)]{0,20}\))?\s*[:.\-]?\s*$",
    re.I,
)
FAX_LABEL_RE = re.compile(
    r"(?:\b(?:fax|télécopie|télécopieur|telefax|facsimile)\b\.?|(?-i:\bF(?=\s*[:.])))"
    r"\s*[:.\-]?\s*(?:\([^)]{0,12}\))?\s*[:.]?\s*$",
    re.I,
)
# "Tel/Fax:", "Phone & fax" — one line that is dialled as well: a phone, not a fax.
PHONE_AND_FAX_RE = re.compile(r"\b(?:tel|tél|phone|telefon)\b\.?\s*(?:/|&|and|und|et|\+)\s*(?:fax|telefax)\b", re.I)
FAX_WORD_RE = re.compile(r"\b(?:fax|telefax|télécopie|télécopieur|facsimile)\b", re.I)
# Words right before a digit run that mean "this is not a phone number".
NEGATIVE_PREFIX_RE = re.compile(
    r"(?:\b(?:order|invoice|inv|ref|reference|ticket|tracking|track|id|sku|item|art|article|part|model|serial|isbn|"
    r"issn|iban|bic|swift|account|acct|customer|case|booking\s+ref|confirmation|vat|tax|ust|siret|siren|abn|acn|gst|"
    r"ein|ssn|postcode|zip|plz|version|ver|v|build|no|nr|number|n°|nº|lot|batch|license|licence|reg|registration|"
    r"patent|po|transaction|txn|receipt|code|pin|lat|lng|lon|latitude|longitude|coords?|gps|kundennummer|"
    r"bestellnummer|rechnungsnummer|commande|facture|handelsregister|hrb|steuernummer|artikel|artikelnummer|"
    r"rcs|devis|gstin|ndc|npi|upc|ean|gtin|mpn|asin|dx|sra|fca|ofsted|medicare|provider|ust-idnr|idnr|"
    r"table|room|suite|unit|flight|check|server|page|chapter|doi)\b\.?|[#№$€£¥₹]|"
    r"\b(?:usd|eur|gbp|cad|aud|inr|rs)\b)(?-i:\s+[A-Z][\w-]{0,12}){0,2}\s*[:.#\-]?\s*$",
    re.I,
)
NEGATIVE_SUFFIX_RE = re.compile(r"^\s*(?:[$€£¥₹%°]|(?:usd|eur|gbp|cad|aud|kg|km|mi|mb|gb|px)\b|[.,]\d)", re.I)
DATE_RE = re.compile(
    r"^\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?:\s*[-–—]\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})?\s*$"
)
TIME_RANGE_RE = re.compile(r"\d{1,2}[:h]\d{2}")
EMBEDDED_BEFORE_RE = re.compile(r"\d[ .\-]?$")
EMBEDDED_AFTER_RE = re.compile(r"^[ .\-]?\d")


DAY = r"(?:0?[1-9]|[12]\d|3[01])"
MONTH = r"(?:0?[1-9]|1[0-2])"
MASK_RES = [
    # IBAN (DE89 3704 0044 0532 0130 00)
    re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b"),
    # Dates: 2024-03-15, 15.03.2024, 03/15/2025, 3/18/25 (a date never continues with another separator group)
    re.compile(rf"\b(?:19|20)\d{{2}}([-/.]){MONTH}\1{DAY}(?![-/.]?\d)"),
    re.compile(rf"\b{DAY}([-/.]){MONTH}\1(?:19|20)?\d{{2}}(?![-/.]?\d)"),
    re.compile(rf"\b{MONTH}([-/.]){DAY}\1(?:19|20)?\d{{2}}(?![-/.]?\d)"),
    # ISBN
    re.compile(r"\bISBN(?:-1[03])?:?\s*[\dX][\d\- X]{9,16}", re.I),
    # Coordinates pairs and decimal degrees
    re.compile(r"(?<![\d.])-?\d{1,3}\.\d{3,}\s*°?\s*[NSEW]?\s*,?\s*-?\d{1,3}\.\d{3,}(?![\d.])\s*°?\s*[NSEW]?"),
    # Prices: $1,299.00, 1.249,00 €, 1 250,00 €
    re.compile(r"[$€£¥₹]\s?\d{1,3}(?:[.,\u00a0 ]\d{3})*(?:[.,]\d{1,2})?"),
    re.compile(r"\d{1,3}(?:[.,\u00a0 ]\d{3})*(?:[.,]\d{2})?\s?(?:€|\$|EUR|USD|CAD|GBP|AUD)\b"),
    # Clock times and ranges: 08:00–16:00
    re.compile(r"\b\d{1,2}[:h]\d{2}\b"),
]


# A run of digits and phone punctuation; one with fewer than 6 digits is never a number we report.
# (En and em dashes join groups too: "01805 – 4444", "030 23125 – 0".)
DIGIT_CLUSTER_RE = re.compile(r"\+?\(?\d(?:[\d().\-–—\u00a0 /]*\d)?")


def _blank(match: re.Match) -> str:
    return "#" * len(match.group(0))


def _blank_short(match: re.Match) -> str:
    span = match.group(0)
    return span if sum(c.isdigit() for c in span) >= 6 else "#" * len(span)


def mask_non_phones(text: str) -> str:
    """Blank out spans that are certainly not phones, keeping offsets (so raw text still lines up).

    Besides correctness (dates, prices, IBANs…), this is the main speed-up of the visible-text layer: every
    candidate libphonenumber sees costs a full parse, and short numbers are most of the candidates on a page.
    """
    for pattern in MASK_RES:
        if pattern.search(text):
            text = pattern.sub(_blank, text)
    return DIGIT_CLUSTER_RE.sub(_blank_short, text)


@dataclass(frozen=True)
class Parsed:
    number: phonenumbers.PhoneNumber
    e164: str
    national: str
    international: str
    region: str
    type: str


def parse_number(raw: str, region: str, *, require_valid: bool) -> Parsed | None:
    """Parse ``raw`` with ``region`` for national numbers; None when it is not a dialable number."""
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    return judge_number(number, require_valid=require_valid)


def judge_number(number: phonenumbers.PhoneNumber, *, require_valid: bool) -> Parsed | None:
    # The same number turns up in a page's tel: link, JSON-LD and text, and on every page of a site: judging and
    # formatting it (libphonenumber walks its metadata each time) is the costliest step, so it is cached.
    key = (
        number.country_code,
        number.national_number,
        number.extension,
        bool(number.italian_leading_zero),
        number.number_of_leading_zeros,
    )
    return _judged(key, require_valid)


@lru_cache(maxsize=4096)
def _judged(key: tuple, require_valid: bool) -> Parsed | None:
    country_code, national_number, extension, leading_zero, zeros = key
    number = phonenumbers.PhoneNumber(
        country_code=country_code,
        national_number=national_number,
        extension=extension,
        italian_leading_zero=leading_zero or None,
        number_of_leading_zeros=zeros,
    )
    if require_valid:
        if not phonenumbers.is_valid_number(number):
            return None
    elif not phonenumbers.is_possible_number(number):
        return None
    number_region = phonenumbers.region_code_for_number(number) or ""
    return Parsed(
        number=number,
        e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
        national=phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL),
        international=phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL),
        region=number_region,
        type=TYPE_NAMES.get(phonenumbers.number_type(number), "unknown"),
    )


# One label before a list of numbers labels each of them ("Tel.: 030 1234567, 030 7654321 oder 030 1112223").
LIST_TAIL_RE = re.compile(
    r"[+(]?\d[\d\s().\-/–]*\d\)?\s*(?:,|;|/|\||\bor\b|\boder\b|\bou\b|\bo\b|\by\b|\bund\b|\band\b|\bet\b)\s*$", re.I
)
# Words right after a number that label it ("202-555-0100 tel | 202-555-0199 fax", "0151 2345678 (WhatsApp)").
# (Not when the word labels the next number: "Tel. 030 1234560 Fax 030 1234561".)
AFTER_FAX_RE = re.compile(r"^\s*[(\[]?\s*(?:fax|telefax|facsimile|télécopie|télécopieur)\b(?!\W{0,4}[+(]?\d)", re.I)
AFTER_PHONE_RE = re.compile(
    r"^\s*[(\[]?\s*(?:tel|tél|phone|telefon|mobile|mobil|cell|whatsapp|signal|sms|viber|telegram|hotline)\b"
    r"(?!\W{0,4}[+(]?\d)",
    re.I,
)
# A text-relay prefix dialled before the number (UK Relay UK "18001 …", "18002 …"): the number is the one after it.
RELAY_PREFIX_RE = re.compile(r"(?<![\d+])1800[12]\s+(?=0\d)")


def blank_relay_prefixes(text: str) -> str:
    """``text`` with each text-relay prefix (``RELAY_PREFIX_RE``) turned into spaces, offsets kept."""
    return RELAY_PREFIX_RE.sub(lambda m: " " * len(m.group()), text) if "1800" in text else text


def context_kind(before: str, after: str = "") -> str | None:
    """ "phone", "fax" or "negative" from the words just before a number (or right after it), else None."""
    kind = _kind_before(before)
    if kind is None and before.strip():
        # Numbers listed after one label: look past the earlier numbers of the list.
        for _ in range(4):
            trimmed = LIST_TAIL_RE.sub("", before)
            if trimmed == before:
                break
            before = trimmed
            if (kind := _kind_before(before)) is not None:
                break
        kind = kind if kind != "negative" else None
    if kind is None and after:
        if AFTER_FAX_RE.match(after):
            return "fax"
        if AFTER_PHONE_RE.match(after):
            return "phone"
    return kind


def _kind_before(before: str) -> str | None:
    tail = before[-40:]
    if FAX_LABEL_RE.search(tail):
        return "phone" if PHONE_AND_FAX_RE.search(tail) else "fax"
    if PHONE_LABEL_RE.search(tail):
        return "phone"
    if NEGATIVE_PREFIX_RE.search(tail):
        return "negative"
    return None


SWITCHBOARD_SUFFIX_RE = re.compile(r"^\s?[-–—]\s?(\d{1,4})(?![\d.,:/])(?!\s?[-–—]?\s?\d)")


def with_switchboard_suffix(raw: str, number: phonenumbers.PhoneNumber, after: str, region: str):
    """``(raw, number)`` extended by a switchboard suffix written after a dash ("030 23125 – 0", "9323-0") when the
    whole is a VALID number; else unchanged."""
    match = SWITCHBOARD_SUFFIX_RE.match(after)
    if match is None:
        return raw, number, 0
    try:
        longer = phonenumbers.parse(raw + match.group(1), region)
    except phonenumbers.NumberParseException:
        return raw, number, 0
    if longer.country_code == number.country_code and phonenumbers.is_valid_number(longer):
        return raw + match.group(0), longer, match.end()
    return raw, number, 0


def looks_like_non_phone(raw: str, before: str, after: str, labelled: bool) -> bool:
    """Guards against what libphonenumber happily matches in running text: dates, prices, ids, coordinates."""
    if DATE_RE.match(raw):
        return True
    if NEGATIVE_SUFFIX_RE.match(after):
        return True
    prev, nxt = before[-1:], after[:1]
    if prev.isalnum() or nxt.isalnum() or (prev and prev in "/=_@&?") or (nxt and nxt in "/=_@%"):
        return True
    digits = sum(c.isdigit() for c in raw)
    if digits < 6:
        return True
    # A piece cut out of a longer digit sequence (card, tracking or account number) is not a phone.
    if not labelled and (EMBEDDED_BEFORE_RE.search(before) or EMBEDDED_AFTER_RE.match(after)):
        return True
    separated = any(c in raw for c in " -.()/\u00a0")
    # Unseparated long runs are ids far more often than phones, unless a label says otherwise.
    if not labelled and not raw.lstrip().startswith("+") and not separated and digits >= 9:
        return True
    # Three or more dot-separated groups of one or two digits look like versions or dates (1.2.3, 10.5.15).
    if re.fullmatch(r"\d{1,2}\.\d{1,3}\.\d{1,4}(?:\.\d{1,4})?", raw.strip()) and not labelled:
        return True
    return False


def make_finding(
    parsed: Parsed,
    *,
    raw: str,
    layer: str,
    confidence: float,
    page_url: str,
    is_fax: bool = False,
    region_reason: str = "",
) -> PhoneFinding:
    confidence = round(max(0.0, min(0.99, confidence)), 3)
    raw = " ".join(raw.split())
    return PhoneFinding(
        raw=raw,
        e164=parsed.e164,
        national=parsed.national,
        international=parsed.international,
        region=parsed.region,
        type=parsed.type,
        layer=layer,
        confidence=confidence,
        page_url=page_url,
        is_fax=is_fax,
        sources=[PhoneSource(layer=layer, page_url=page_url, raw=raw, confidence=confidence, is_fax=is_fax)],
        region_reason=region_reason
        or (f"{parsed.region}: written in international form" if raw.startswith("+") else ""),
    )
