"""Layer 2: ``telephone`` / ``faxNumber`` from JSON-LD and microdata (kept apart: faxes are marked)."""

from scraping.extraction.config import Budget, ExtractionConfig
from scraping.extraction.findings import PhoneFinding
from scraping.extraction.phones import make_finding, parse_number
from scraping.extraction.region_choice import RegionChoice
from scraping.extraction.regions import normalise_region
from scraping.extraction.structured import StructuredData


def extract_structured_phones(
    data: StructuredData,
    page_url: str,
    region: str,
    config: ExtractionConfig,
    layer: str = "structured_data",
    budget: Budget | None = None,
    choice: RegionChoice | None = None,
) -> list[PhoneFinding]:
    """Possible numbers are accepted: the site declared them as phones, only the format can be wrong. A national
    number is read in its item's address country, else with the page's best candidate where it is VALID."""
    choice = choice or RegionChoice.forced_to(region)
    found: list[PhoneFinding] = []
    for index, raw_and_fax in enumerate(data.phones):
        if budget is not None and not budget.take():
            break
        raw, is_fax = raw_and_fax
        read = None
        # The item's own address country (a branch abroad) reads a national number when it is VALID there.
        item_region = normalise_region(data.phone_countries.get(index))
        if item_region and item_region != region and (local := parse_number(raw, item_region, require_valid=True)):
            read = local, f"{item_region}: address country of its own item"
        read = read or choice.read(raw, markup=True)
        if read is None:
            continue
        parsed, reason = read
        confidence = config.confidence(layer) - (config.fax_penalty if is_fax else 0.0)
        found.append(
            make_finding(
                parsed,
                raw=raw,
                layer=layer,
                confidence=confidence,
                page_url=page_url,
                is_fax=is_fax,
                region_reason=reason,
            )
        )
    return found
