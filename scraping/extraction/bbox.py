"""Bounding boxes from a browser: the JS the browser runner executes, and how its output is attached.

The runner executes ``BOX_SCRIPT`` (e.g. ``driver.execute_script(BOX_SCRIPT)``) and passes the returned list
as ``boxes`` to ``extract_page``. Each item: ``{"text", "href", "x", "y", "width", "height"}`` with the four
numbers relative to the viewport (0–1). A box belongs to a phone when its digits contain the phone's
national significant number.
"""

import re
from typing import Any

import phonenumbers

from scraping.extraction.findings import PhoneFinding

BOX_SCRIPT = r"""
const vw = window.innerWidth, vh = window.innerHeight, out = [];
const rel = (r) => ({x: r.left / vw, y: r.top / vh, width: r.width / vw, height: r.height / vh});
document.querySelectorAll('a[href^="tel:"], a[href^="callto:"], a[href^="sms:"]').forEach((a) => {
  const r = a.getBoundingClientRect();
  if (r.width && r.height) out.push({text: a.textContent, href: a.getAttribute('href'), ...rel(r)});
});
const re = /[+(]?\d[\d\s().\-\u00a0]{5,}\d/g;
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
let node, count = 0;
while ((node = walker.nextNode()) && count < 2000) {
  const tag = node.parentElement && node.parentElement.tagName;
  if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue;
  let m;
  re.lastIndex = 0;
  while ((m = re.exec(node.data)) !== null) {
    const range = document.createRange();
    range.setStart(node, m.index);
    range.setEnd(node, m.index + m[0].length);
    const r = range.getBoundingClientRect();
    if (r.width && r.height) { out.push({text: m[0], href: null, ...rel(r)}); count++; }
  }
}
return out;
"""

DIGITS_RE = re.compile(r"\D")


def _valid_box(box: Any) -> dict[str, float] | None:
    try:
        values = {k: float(box[k]) for k in ("x", "y", "width", "height")}
    except (KeyError, TypeError, ValueError):
        return None
    if values["width"] <= 0 or values["height"] <= 0:
        return None
    return {k: round(v, 4) for k, v in values.items()}


def attach_boxes(phones: list[PhoneFinding], boxes: list[dict[str, Any]] | None) -> None:
    """Give each phone the first box whose digits hold its national number (tel links first)."""
    if not boxes:
        return
    ordered = sorted((b for b in boxes if isinstance(b, dict)), key=lambda b: not b.get("href"))
    prepared = []
    for box in ordered:
        rect = _valid_box(box)
        if rect is not None:
            digits = DIGITS_RE.sub("", f"{box.get('href') or ''} {box.get('text') or ''}")
            prepared.append((digits, rect))
    for phone in phones:
        if phone.bbox is not None:
            continue
        try:
            nsn = phonenumbers.national_significant_number(phonenumbers.parse(phone.e164))
        except phonenumbers.NumberParseException:
            continue
        for digits, rect in prepared:
            if nsn in digits:
                phone.bbox = rect
                break
