"""Reads for the scraping app."""

from scraping.extraction.config import ExtractionConfig
from scraping.models import ExtractionSettings


def extraction_config() -> ExtractionConfig:
    """The engine's pure config object, with the confidences an admin set (defaults when no row exists)."""
    row = ExtractionSettings.objects.order_by("pk").first()
    if row is None:
        return ExtractionConfig()
    return ExtractionConfig(
        confidences={
            "tel_link": row.tel_link_confidence,
            "structured_data": row.structured_data_confidence,
            "visible_text": row.visible_text_confidence,
            "website_crawl": row.website_crawl_confidence,
            "ocr": row.ocr_confidence,
        },
        label_boost=row.label_boost,
        fax_penalty=row.fax_penalty,
    )
