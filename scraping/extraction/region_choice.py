"""Per number: which region reads a national number, and why.

``RegionChoice`` holds the page's candidate regions, best scored first (``page_countries``). A national number is
read with the best-scored candidate where libphonenumber says it is VALID: the page says which countries it speaks
for, the number's own shape (a trunk ``0`` and an area code that exist in one plan and not another) says which
of them it belongs to. A region forced by the caller (``--region``, a task location) is the only candidate.
"""

from dataclasses import dataclass

import phonenumbers

from scraping.extraction.page_countries import CountryScores
from scraping.extraction.phones import Parsed, parse_number

# A candidate below this score is only tried for numbers the markup declares (tel: links, JSON-LD): the language
# share of a small country alone does not make a run of digits in prose one of its phone numbers.
TEXT_MIN_SCORE = 1.5
# Below this, the best-scored region is not evidence enough to read the page's numbers: the default region leads.
PRIMARY_MIN_SCORE = 1.5
MAX_CANDIDATES = 8


@dataclass(frozen=True)
class RegionChoice:
    candidates: tuple[tuple[str, float], ...]
    explanations: dict[str, str]
    forced: bool = False
    default: str = "US"
    named: frozenset[str] = frozenset()  # regions a signal other than a language's share points at

    @classmethod
    def forced_to(cls, region: str) -> "RegionChoice":
        return cls(((region, 99.0),), {region: f"region {region} given by the caller"}, forced=True)

    @classmethod
    def from_scores(cls, scores: CountryScores) -> "RegionChoice":
        ranked = tuple(scores.ranked()[:MAX_CANDIDATES])
        if scores.default not in dict(ranked):
            ranked += ((scores.default, 0.0),)
        if ranked[0][1] < PRIMARY_MIN_SCORE and ranked[0][0] != scores.default:
            default = next(pair for pair in ranked if pair[0] == scores.default)
            ranked = (default, *(pair for pair in ranked if pair[0] != scores.default))
        explanations = {region: scores.reason(region) for region, _ in ranked}
        return cls(ranked, explanations, default=scores.default, named=frozenset(scores.named()))

    @property
    def primary(self) -> str:
        return self.candidates[0][0]

    def text_regions(self) -> list[str]:
        """Regions other than the primary one that may read numbers in running text: the well-scored ones, then
        the weak ones the page names and the default region (only for labelled numbers: see ``weak``)."""
        strong = [r for r, score in self.candidates[1:] if score >= TEXT_MIN_SCORE]
        # Of the weak ones, those the page names (an address, a link, a currency…) and the default: a language's
        # small share alone ("en" -> IN) never reads prose numbers.
        weak = [r for r, score in self.candidates[1:] if score < TEXT_MIN_SCORE and r in self.named]
        if not self.forced and self.default != self.primary and self.default not in strong + weak:
            weak.append(self.default)
        return strong + weak[:3]

    def weak(self, region: str) -> bool:
        """A candidate too weakly scored to read an unlabelled digit run in prose."""
        return dict(self.candidates).get(region, 0.0) < TEXT_MIN_SCORE

    def why(self, region: str, *, among: list[str] | None = None) -> str:
        reason = self.explanations.get(region) or "named near the number"
        if among and len(among) > 1:
            reason += f"; valid in {region}, not in {', '.join(r for r in among if r != region)}"
        return f"{region}: {reason}"

    def read(self, raw: str, *, markup: bool) -> tuple[Parsed, str] | None:
        """``raw`` parsed with the best candidate where it is VALID, with the reason; international numbers as they
        are written. Markup numbers (``markup``) fall back to *possible* in the primary region."""
        text = raw.strip()
        if text.startswith("+"):
            parsed = parse_number(text, self.primary, require_valid=False)
            return (parsed, f"{parsed.region}: written in international form") if parsed else None
        tried = [r for r, score in self.candidates if markup or score >= TEXT_MIN_SCORE or r == self.primary]
        for region in tried:
            parsed = parse_number(text, region, require_valid=True)
            if parsed is not None:
                if parsed.number.country_code != phonenumbers.country_code_for_region(region):
                    return parsed, f"{parsed.region}: dialled with an international prefix"
                return parsed, self.why(region, among=tried[: tried.index(region) + 1])
        parsed = parse_number(text, self.primary, require_valid=False)
        if parsed is None or _local_only(parsed.number):
            return None
        return parsed, self.why(self.primary) + " (possible, not valid, number)"


def _local_only(number: phonenumbers.PhoneNumber) -> bool:
    reason = phonenumbers.is_possible_number_with_reason(number)
    return reason == phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY
