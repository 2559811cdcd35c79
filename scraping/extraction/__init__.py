"""Contact extraction engine: phones (five layers), emails, socials, website and postal address.

Pure Python (no Django imports) so it is fast and testable; entry point ``extract_page`` in ``engine``.
"""

from scraping.extraction.config import ExtractionConfig
from scraping.extraction.engine import extract_page
from scraping.extraction.findings import Findings, PhoneFinding

__all__ = ["ExtractionConfig", "Findings", "PhoneFinding", "extract_page"]
