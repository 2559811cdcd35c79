"""Tunable numbers of the engine: per-layer confidences, context adjustments and hostile-input limits."""

from dataclasses import dataclass, field

LAYERS = ("tel_link", "structured_data", "visible_text", "website_crawl", "ocr")


@dataclass(frozen=True)
class ExtractionConfig:
    """Defaults match the issue; admins override the confidences through ``scraping.ExtractionSettings``."""

    confidences: dict[str, float] = field(
        default_factory=lambda: {
            "tel_link": 0.95,
            "structured_data": 0.90,
            "visible_text": 0.70,
            "website_crawl": 0.60,
            "ocr": 0.50,
        }
    )
    label_boost: float = 0.10  # "Phone:", "Tel", "☎" next to the number
    fax_penalty: float = 0.20  # "Fax" next to the number: still reported, marked is_fax
    default_region: str = "US"
    max_html_bytes: int = 5 * 1024 * 1024
    max_text_nodes: int = 20000
    # CPU budget of one page (a hostile 4.5 MB page once took 18 s): the text layers read at most this much visible
    # text, and at most ``max_numbers`` candidate numbers are parsed across tel links, JSON-LD and text.
    max_text_chars: int = 200_000
    max_numbers: int = 1000
    crawl_max_pages: int = 5
    crawl_max_depth: int = 2
    crawl_timeout: float = 10.0
    crawl_max_bytes: int = 2 * 1024 * 1024
    ocr_max_images: int = 3
    ocr_max_image_bytes: int = 2 * 1024 * 1024
    ocr_max_pixels: int = 4_000_000

    def confidence(self, layer: str) -> float:
        return self.confidences.get(layer, 0.5)


@dataclass
class Budget:
    """What is left of one page's ``max_numbers``; the layers take from it, the engine warns when it ran out."""

    numbers: int
    exhausted: bool = False  # something was left unread

    def take(self) -> bool:
        """One more number may be parsed (False once the budget is spent)."""
        if self.numbers <= 0:
            self.exhausted = True
            return False
        self.numbers -= 1
        return True

    def spend(self, count: int, *, stopped_early: bool) -> None:
        self.numbers = max(0, self.numbers - count)
        self.exhausted = self.exhausted or stopped_early
