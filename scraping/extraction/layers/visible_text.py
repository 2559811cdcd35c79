"""Layer 3: numbers written in the visible text, found with libphonenumber and filtered by our guards.

Leniency VALID on purpose: running text is full of digit runs (order numbers, dates, prices), and a number
that is merely *possible* for the region is far more often one of those than a phone. Explicit markup
(tel links, JSON-LD) uses the looser "possible" rule instead.
"""

import functools
import re
from collections.abc import Callable

from phonenumbers import Leniency, PhoneNumberMatch, PhoneNumberMatcher

from scraping.extraction.config import Budget, ExtractionConfig
from scraping.extraction.context_regions import RecentText, RunRegions, written_as_national
from scraping.extraction.findings import PhoneFinding
from scraping.extraction.page import TextRun
from scraping.extraction.phones import (
    DIGIT_CLUSTER_RE,
    blank_relay_prefixes,
    context_kind,
    judge_number,
    looks_like_non_phone,
    make_finding,
    mask_non_phones,
    with_switchboard_suffix,
)
from scraping.extraction.region_choice import RegionChoice

ENOUGH_DIGITS_RE = re.compile(r"(?:\d\D{0,3}){7}")
CURRENCY_SYMBOLS = "$€£¥₹"


def has_enough_digits(text: str) -> bool:
    """Seven digits close together; most runs of prose have fewer than seven digits at all (a cheap count first)."""
    return sum(map(text.count, "0123456789")) >= 7 and ENOUGH_DIGITS_RE.search(text) is not None


def extract_from_text(
    text: str,
    *,
    region: str,
    config: ExtractionConfig,
    page_url: str,
    layer: str,
    label_context: str = "",
    carried: Callable[[], str | None] | None = None,
    budget: Budget | None = None,
    choice: RegionChoice | None = None,
) -> list[PhoneFinding]:
    """Phones in one run of text; ``label_context`` is the text just before it (a label in its own cell).

    ``carried`` (the country named in the text before this run) turns on per-number regions: see
    ``context_regions``. ``choice`` adds the page's other well-scored regions: a span no nearer reading claims is
    read with the best of them where it is VALID. Each candidate the matcher yields takes one number from
    ``budget``.
    """
    if not has_enough_digits(text):
        return []
    choice = choice or RegionChoice.forced_to(region)
    found: list[PhoneFinding] = []
    masked = mask_non_phones(text)
    masked = blank_relay_prefixes(masked)
    matches = [(m, False) for m in find_numbers(masked, region, budget)]
    local = RunRegions(carried(), text) if carried is not None else None
    if local is not None and local.candidates - {region}:
        matches = with_local_regions(masked, region, [m for m, _ in matches], local, budget)
    page_read: dict[int, str] = {}
    if (others := choice.text_regions()) and unclaimed_digits(masked, matches):
        matches, page_read = with_page_regions(masked, matches, others, budget)
    guarded = blank_relay_prefixes(text)
    for match, secondary in matches:
        raw, number = match.raw_string, match.number
        # The guards read the text without a relay prefix ("18001 0800 …" dials 0800 …).
        before, after = guarded[: match.start], text[match.end :]
        if before.strip():
            kind = context_kind(before, after)
        else:
            kind = context_kind(label_context + " " + before, after)
            # A price ending the previous block ("… 19,90 €") says nothing about this one.
            if kind == "negative" and label_context.rstrip()[-1:] in CURRENCY_SYMBOLS:
                kind = None
        labelled = kind in ("phone", "fax")
        if kind == "negative" or looks_like_non_phone(raw, before, after, labelled):
            continue
        # Read with a region other than the page's: the context must say so plainly (a phone label, the
        # country right before it, or the country's own way of grouping digits).
        page_region = page_read.get(match.start)
        if page_region is not None and choice.weak(page_region) and kind != "phone":
            continue
        if (
            secondary
            and page_region is None
            and not (labelled or local.adjacent(match.start) or written_as_national(raw, match.number))
        ):
            continue
        raw, number, _ = with_switchboard_suffix(raw, number, after, page_region or region)
        parsed = judge_number(number, require_valid=False)  # the matcher already checked validity
        if parsed is None:
            continue
        confidence = config.confidence(layer)
        if kind == "phone":
            confidence += config.label_boost
        elif kind == "fax":
            confidence -= config.fax_penalty
        if raw.lstrip().startswith("+"):
            reason = ""
        elif page_region is not None:
            reason = choice.why(page_region, among=[region, page_region])
        elif secondary:
            reason = f"{parsed.region}: named in the text before the number"
        else:
            reason = choice.why(region)
        found.append(
            make_finding(
                parsed,
                raw=raw,
                layer=layer,
                confidence=confidence,
                page_url=page_url,
                is_fax=kind == "fax",
                region_reason=reason,
            )
        )
    return found


def unclaimed_digits(masked: str, matches: list[tuple[PhoneNumberMatch, bool]]) -> bool:
    """True when a cluster of 6+ digits is left that no reading claimed (only then do other regions try the run)."""
    taken = [(m.start, m.end) for m, _ in matches]
    for cluster in DIGIT_CLUSTER_RE.finditer(masked):
        if sum(c.isdigit() for c in cluster.group()) >= 6 and not any(
            start <= cluster.start() < end or cluster.start() <= start < cluster.end() for start, end in taken
        ):
            return True
    return False


def with_page_regions(
    masked: str, matches: list[tuple[PhoneNumberMatch, bool]], others: list[str], budget: Budget | None
) -> tuple[list[tuple[PhoneNumberMatch, bool]], dict[int, str]]:
    """Spans no reading claimed yet, read with the page's other candidate regions (best scored first) where they are
    VALID; returns the matches in text order and, for those new ones, the region that read them by start offset."""
    taken = [(m.start, m.end) for m, _ in matches]
    page_read: dict[int, str] = {}
    for other in others:
        for match in find_numbers(masked, other, budget):
            if match.raw_string.lstrip().startswith("+"):
                continue
            if any(match.start < end and start < match.end for start, end in taken):
                continue
            matches.append((match, True))
            taken.append((match.start, match.end))
            page_read[match.start] = other
    return sorted(matches, key=lambda pair: pair[0].start), page_read


def find_numbers(text: str, region: str, budget: Budget | None) -> list[PhoneNumberMatch]:
    """libphonenumber's VALID matches in ``text``; every candidate it tries, found or not, takes one number from
    ``budget`` (a run of digit groups costs the matcher ~0.7 ms a candidate even when nothing is found)."""
    if budget is None:
        return list(PhoneNumberMatcher(text, region, leniency=Leniency.VALID))
    allowed = budget.numbers
    if allowed <= 0:
        budget.spend(0, stopped_early=True)
        return []
    matcher = PhoneNumberMatcher(text, region, leniency=Leniency.VALID, max_tries=allowed)

    def used() -> int:  # failed candidates count down the matcher's own max_tries
        return len(found) + allowed - getattr(matcher, "_max_tries", 0)

    found: list[PhoneNumberMatch] = []
    for match in matcher:
        found.append(match)
        if used() >= allowed:
            break
    budget.spend(used(), stopped_early=used() >= allowed)
    return found


def with_local_regions(
    masked: str, region: str, matches: list[PhoneNumberMatch], local: RunRegions, budget: Budget | None = None
) -> list[tuple[PhoneNumberMatch, bool]]:
    """Numbers VALID in the region their context names win over the page-region reading of the same span.

    Returns ``(match, secondary)`` pairs in text order; ``secondary`` marks a reading with a non-page region.
    """
    chosen = [
        (match, True)
        for other in sorted(local.candidates - {region})
        for match in find_numbers(masked, other, budget)
        if local.at(match.start) == other and not match.raw_string.lstrip().startswith("+")
    ]
    taken = [(m.start, m.end) for m, _ in chosen]
    chosen += [(m, False) for m in matches if not any(m.start < end and start < m.end for start, end in taken)]
    return sorted(chosen, key=lambda pair: pair[0].start)


def extract_visible_text(
    runs: list[TextRun],
    region: str,
    config: ExtractionConfig,
    page_url: str,
    layer: str = "visible_text",
    budget: Budget | None = None,
    choice: RegionChoice | None = None,
) -> list[PhoneFinding]:
    found: list[PhoneFinding] = []
    previous = ""
    recent = RecentText([run.text for run in runs])
    for index, run in enumerate(runs):
        context = previous
        if run.element.tag == "td" and has_enough_digits(run.text):
            context = column_header(run.element) or previous
        found.extend(
            extract_from_text(
                run.text,
                region=region,
                config=config,
                page_url=page_url,
                layer=layer,
                label_context=context,
                carried=functools.partial(recent.carried, index),
                budget=budget,
                choice=choice,
            )
        )
        previous = run.text[-40:]
    return found


def column_header(td) -> str:
    """The ``<th>`` text above a table cell ("Phone", "Fax"), which labels every number in that column."""
    row = td.getparent()
    if row is None:
        return ""
    index = row.index(td)
    for tr in row.itersiblings(preceding=True):
        cells = [c for c in tr if c.tag in ("th", "td")]
        if cells and all(c.tag == "th" for c in cells) and index < len(cells):
            return " ".join(cells[index].itertext()).strip() + ":"
    table = row.getparent()
    if table is not None and table.tag == "tbody":
        head = table.getparent().find("thead") if table.getparent() is not None else None
        if head is not None:
            cells = head.xpath(".//th")
            if index < len(cells):
                return " ".join(cells[index].itertext()).strip() + ":"
    return ""
