"""Layer 5: OCR (tesseract through pytesseract) on screenshots and on images likely to show a phone number."""

import io
import re

import pytesseract
from PIL import Image, UnidentifiedImageError

from scraping.extraction.config import ExtractionConfig
from scraping.extraction.fetching import Fetcher
from scraping.extraction.findings import PhoneFinding
from scraping.extraction.layers.visible_text import extract_from_text
from scraping.extraction.page import Page
from scraping.extraction.urls import safe_join

IMAGE_HINT_RE = re.compile(r"phone|tel|contact|call|kontakt|telefon|hotline|number|fone|appel", re.I)


def _load_image(data: bytes, config: ExtractionConfig) -> Image.Image | None:
    if len(data) > config.ocr_max_image_bytes:
        return None
    try:
        image = Image.open(io.BytesIO(data))
        if image.width * image.height > config.ocr_max_pixels:
            return None
        image.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        return None
    return image.convert("L")


def ocr_image(
    data: bytes, *, region: str, config: ExtractionConfig, page_url: str, with_boxes: bool = False
) -> list[PhoneFinding]:
    """Phones read from one image; with ``with_boxes`` (a viewport screenshot) each gets a 0–1 bbox."""
    image = _load_image(data, config)
    if image is None:
        return []
    scale = 2 if image.width < 1000 else 1  # tesseract reads small text far better upscaled
    if scale > 1:
        image = image.resize((image.width * scale, image.height * scale), Image.LANCZOS)
    try:
        words = pytesseract.image_to_data(image, config="--psm 11", output_type=pytesseract.Output.DICT)
    except (pytesseract.TesseractError, OSError):
        return []
    lines: dict[tuple[int, int, int], list[int]] = {}
    for i, text in enumerate(words["text"]):
        if text.strip():
            lines.setdefault((words["block_num"][i], words["par_num"][i], words["line_num"][i]), []).append(i)
    found: list[PhoneFinding] = []
    for indexes in lines.values():
        spans, parts, pos = [], [], 0
        for i in indexes:
            spans.append((pos, pos + len(words["text"][i]), i))
            parts.append(words["text"][i])
            pos += len(words["text"][i]) + 1
        text = " ".join(parts)
        for phone in extract_from_text(text, region=region, config=config, page_url=page_url, layer="ocr"):
            if with_boxes:
                start = text.find(phone.raw)
                end = start + len(phone.raw)
                hit = [i for s, e, i in spans if s < end and e > start] if start >= 0 else []
                if hit:
                    left = min(words["left"][i] for i in hit)
                    top = min(words["top"][i] for i in hit)
                    right = max(words["left"][i] + words["width"][i] for i in hit)
                    bottom = max(words["top"][i] + words["height"][i] for i in hit)
                    w, h = image.width, image.height
                    phone.bbox = {
                        "x": round(left / w, 4),
                        "y": round(top / h, 4),
                        "width": round((right - left) / w, 4),
                        "height": round((bottom - top) / h, 4),
                    }
            found.append(phone)
    return found


def candidate_images(page: Page, limit: int) -> list[str]:
    urls: list[str] = []
    for img in page.tree.iter("img"):
        hint = " ".join(img.get(a) or "" for a in ("alt", "src", "class", "id", "title"))
        src = img.get("src") or img.get("data-src")
        if src and not src.startswith("data:") and IMAGE_HINT_RE.search(hint):
            url = safe_join(page.url, src)
            if url is not None and url not in urls:
                urls.append(url)
        if len(urls) >= limit:
            break
    return urls


def extract_ocr(
    page: Page,
    *,
    region: str,
    config: ExtractionConfig,
    screenshot: bytes | None,
    fetcher: Fetcher | None,
) -> list[PhoneFinding]:
    found: list[PhoneFinding] = []
    if screenshot:
        found.extend(ocr_image(screenshot, region=region, config=config, page_url=page.url, with_boxes=True))
    if fetcher is not None:
        for url in candidate_images(page, config.ocr_max_images):
            fetched = fetcher(url)
            if fetched is not None and fetched.status < 400:
                found.extend(ocr_image(fetched.body, region=region, config=config, page_url=page.url))
    return found
