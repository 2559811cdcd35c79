"""Which country the text just before one number names (per number, not per page).

A page has its scored regions (``page_countries``, ``region_choice``), but multi-office pages list national numbers
of several countries. The nearest country signal before a number — a country name or adjective, an ISO code used
as a label ("UK:", "DE |"), a flag emoji, or a postcode of a known country format in an address line — is that number's
*local* region. A number is only read with a local region when libphonenumber says it is VALID there: the signal
says where, validity says it is a real number of that plan. Everything else keeps the page region.
"""

import re
from dataclasses import dataclass

import phonenumbers

from scraping.extraction.regions import COUNTRY_NAMES

# How much preceding text (across blocks: heading, address lines) can still name a number's country.
WINDOW_CHARS = 160

# Names and adjectives beyond ``regions.COUNTRY_NAMES``. Language names are left out on purpose ("English",
# "Deutsch", "Français" label language switchers, not offices).
EXTRA_NAMES = {
    "u.s.": "US",
    "u.s.a.": "US",
    "american": "US",
    "canadian": "CA",
    "british": "GB",
    "u.k.": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "german": "DE",
    "french": "FR",
    "australian": "AU",
    "indian": "IN",
    "irish": "IE",
    "éire": "IE",
    "austrian": "AT",
    "swiss": "CH",
    "svizzera": "CH",
    "new zealander": "NZ",
    "aotearoa": "NZ",
    "singapore": "SG",
    "singapur": "SG",
    "spanish": "ES",
    "italian": "IT",
    "dutch": "NL",
    "belgian": "BE",
    "belgië": "BE",
    "luxembourg": "LU",
    "luxemburg": "LU",
    "danmark": "DK",
    "denmark": "DK",
    "sverige": "SE",
    "sweden": "SE",
    "norway": "NO",
    "norge": "NO",
    "poland": "PL",
    "polska": "PL",
    "portugal": "PT",
    "mexico": "MX",
    "méxico": "MX",
    "south africa": "ZA",
    "hong kong": "HK",
    "japan": "JP",
    "united arab emirates": "AE",
    "uae": "AE",
    "kanada": "CA",
    "frankreich": "FR",
    "royaume-uni": "GB",
    "großbritannien": "GB",
    "vereinigtes königreich": "GB",
    "allemagne": "DE",
    "autriche": "AT",
    "australien": "AU",
    "inde": "IN",
    "indien": "IN",
    "états-unis": "US",
    "etats-unis": "US",
    "usa": "US",
    # Places whose names contain a country name.
    "new mexico": "US",
    "new south wales": "AU",
    "new england": "US",
    "british columbia": "CA",
}
NAMES = {**COUNTRY_NAMES, **EXTRA_NAMES}
NAME_RE = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(n) for n in sorted(NAMES, key=len, reverse=True)) + r")(?![\w-])", re.I
)
# Cheap gates before the expensive patterns (most text runs name no country and hold no postcode).
WORD_RE = re.compile(r"[^\W\d_]+")
NAME_FIRST_WORDS = frozenset(WORD_RE.findall(name)[0] for name in NAMES)
POSTCODE_GATE_RE = re.compile(r"[A-Z](?:\d|[A-Z]{1,2}\s+\d{4})")
# ISO codes only as labels (upper case, then ":" or "|" or a dash) and never codes that are common words.
ISO_LABEL_RE = re.compile(
    r"(?<![\w-])\(?(US|USA|UK|GB|CA|FR|DE|AT|CH|AU|NZ|SG|IE|NL|LU|DK|SE|PL|ZA|MX|HK|JP|AE)\)?\s*(?::|\||–|—|-(?=\s))"
)
FLAG_RE = re.compile("([\U0001f1e6-\U0001f1ff])([\U0001f1e6-\U0001f1ff])")
US_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
    "OR PA RI SC SD TN TX UT VT VA WA WV WI WY"
).split()
POSTCODE_RES = (
    (re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{2}\b"), "GB"),
    (re.compile(r"\b[ABCEGHJ-NPRSTVXY]\d[A-Z]\s?\d[A-Z]\d\b"), "CA"),
    (re.compile(r"\b(?:" + "|".join(US_STATES) + r")\s+\d{5}(?:-\d{4})?\b"), "US"),
    (re.compile(r"\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{4}\b"), "AU"),
)


@dataclass(frozen=True)
class Signal:
    end: int  # offset in the scanned text where the signal ends
    region: str


def _flag_region(match: re.Match) -> str:
    return "".join(chr(ord(c) - 0x1F1E6 + ord("A")) for c in match.groups())


def find_signals(text: str) -> list[Signal]:
    """Every country signal in ``text``, in order of where it ends."""
    signals = []
    covered = 0  # "Wales" inside "New South Wales" is not a second signal
    # The long name pattern only runs where a word could start a country name (it is slow across a whole text).
    for word in WORD_RE.finditer(text):
        if word.start() < covered or word.group().lower() not in NAME_FIRST_WORDS:
            continue
        if m := NAME_RE.match(text, word.start()):
            signals.append(Signal(m.end(), NAMES[m.group(1).lower()]))
            covered = m.end()
    for m in ISO_LABEL_RE.finditer(text):
        code = m.group(1)
        signals.append(Signal(m.end(), {"UK": "GB", "USA": "US"}.get(code, code)))
    signals += [Signal(m.end(), _flag_region(m)) for m in FLAG_RE.finditer(text)]
    if POSTCODE_GATE_RE.search(text):
        for pattern, region in POSTCODE_RES:
            signals += [Signal(m.end(), region) for m in pattern.finditer(text)]
    signals.sort(key=lambda s: s.end)
    return signals


class RecentText:
    """The country last named in the text before a run (at most ``WINDOW_CHARS`` back, across blocks).

    Signals of a run are found once and only when a later run with digits asks for them.
    """

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self._signals: dict[int, list[Signal]] = {}

    def carried(self, index: int) -> str | None:
        budget, j = WINDOW_CHARS, index - 1
        while j >= 0 and budget > 0:
            tail = self.texts[j][-WINDOW_CHARS:]
            if j not in self._signals:
                self._signals[j] = find_signals(tail)
            near = [s for s in self._signals[j] if len(tail) - s.end < budget]
            if near:
                return near[-1].region
            budget -= len(tail) + 3
            j -= 1
        return None


class RunRegions:
    """Local regions for the numbers of one text run: signals in the run, else the one carried from before it."""

    def __init__(self, carried: str | None, text: str) -> None:
        self.carried = carried
        self.signals = find_signals(text)
        self.text = text

    @property
    def candidates(self) -> set[str]:
        found = {s.region for s in self.signals}
        if self.carried:
            found.add(self.carried)
        return found

    def at(self, offset: int) -> str | None:
        """The region named nearest before ``offset`` in the run, else the one carried from the window."""
        region = self.carried
        for signal in self.signals:
            if signal.end > offset:
                break
            region = signal.region
        return region

    def adjacent(self, offset: int) -> bool:
        """True when a signal in the run ends right before ``offset`` ("UK: 020…", "🇩🇪 030…")."""
        return any(0 <= offset - s.end <= 3 and not re.search(r"\w", self.text[s.end : offset]) for s in self.signals)


def _groups(text: str) -> list[str]:
    return re.findall(r"\d+", text)


def written_as_national(raw: str, number: phonenumbers.PhoneNumber) -> bool:
    """True when ``raw`` is grouped the way the country writes its own numbers ("01 99 00 12 34" in France).

    An unlabelled digit run that a country name happens to precede ("France | Colissimo 0199 0012 34") is grouped
    like an id, not like that country's phone numbers.
    """
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return _groups(raw) == _groups(national)
