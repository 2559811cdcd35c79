"""HTML helpers shared by the sandbox sites."""

import io
import json
from functools import lru_cache
from html import escape

from scraping.sandbox.dataset import Business

FILLER = (
    "We are a small, independent team and have served the neighbourhood for years. "
    "Drop by during opening hours or send us a message; we usually answer within a day. "
    "Parking is available around the corner, and the entrance is step-free. "
    "Ask about our seasonal offers, gift cards and group bookings. "
)


def page(title: str, body: str, *, lang: str = "en", head: str = "", body_class: str = "") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(title)}</title>'
        f"<style>body{{font-family:sans-serif;margin:0 auto;max-width:960px;padding:0 1em}}</style>{head}</head>"
        f'<body class="{body_class}">{body}</body></html>'
    ).encode()


def json_ld(business: Business, *, url: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "LocalBusiness",
        "name": business.name,
        "url": url,
        "telephone": business.phone_e164,
        "email": business.email,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": business.address.split(",")[0],
            "addressLocality": business.city.name,
            "addressCountry": business.city.country,
        },
        "geo": {"@type": "GeoCoordinates", "latitude": business.lat, "longitude": business.lng},
        "aggregateRating": {
            "@type": "AggregateRating",
            "ratingValue": business.rating,
            "reviewCount": business.reviews,
        },
    }
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


@lru_cache(maxsize=512)
def phone_png(text: str) -> bytes:
    """The phone number drawn into a PNG, for the OCR layer (black on white, large type)."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.load_default(size=32)
    left, top, right, bottom = font.getbbox(text)
    image = Image.new("RGB", (right - left + 40, bottom - top + 30), "white")
    ImageDraw.Draw(image).text((20 - left, 15 - top), text, fill="black", font=font)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
