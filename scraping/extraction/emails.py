"""Emails: ``mailto:`` links, plain text, "name [at] domain [dot] com" obfuscations, Cloudflare-protected ones."""

import re
from urllib.parse import unquote

from scraping.extraction.findings import EmailFinding
from scraping.extraction.page import Page, TextRun

EMAIL_RE = re.compile(
    r"(?<![\w.+-])([a-zA-Z0-9][\w.+-]{0,63}@[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9-]+)*\.[a-zA-Z]{2,24})\b"
)
AT = r"\s*(?:[\[({]\s*(?:at|arobase)\s*[\])}]|\s+at\s+|\s*@\s*)\s*"
DOT = r"\s*(?:[\[({]\s*(?:dot|point)\s*[\])}]|\s+dot\s+|\.)\s*"
OBFUSCATED_RE = re.compile(
    rf"(?<![\w.-])([a-zA-Z0-9][\w.+-]{{0,63}}){AT}([a-zA-Z0-9-]+(?:{DOT}[a-zA-Z0-9-]+)*){DOT}([a-zA-Z]{{2,24}})\b", re.I
)
DOT_SPLIT_RE = re.compile(DOT, re.I)
AT_WORD_RE = re.compile(r"[\[({]\s*(?:at|arobase)\s*[\])}]|\sat\s", re.I)
CFEMAIL_ATTRIBUTE_RE = re.compile(r"data-cfemail", re.I)
NOT_EMAIL_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".css", ".js")


def decode_cfemail(encoded: str) -> str | None:
    """Cloudflare's email protection: first byte is the XOR key for the rest (hex encoded)."""
    try:
        data = bytes.fromhex(encoded.strip())
    except ValueError:
        return None
    if len(data) < 2:
        return None
    key = data[0]
    try:
        return bytes(b ^ key for b in data[1:]).decode("utf-8")
    except UnicodeDecodeError:
        return None


def clean_email(value: str) -> str | None:
    value = unquote(value).split("?", 1)[0].strip().strip(".,;:<>()[]\"'")
    match = EMAIL_RE.fullmatch(value)
    if not match or value.lower().endswith(NOT_EMAIL_SUFFIXES):
        return None
    local, domain = value.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


def extract_emails(page: Page, runs: list[TextRun], structured: list[str]) -> list[EmailFinding]:
    found: list[EmailFinding] = []

    def add(value: str | None, layer: str, obfuscated: bool = False) -> None:
        email = clean_email(value) if value else None
        if email:
            found.append(EmailFinding(email=email, layer=layer, page_url=page.url, obfuscated=obfuscated))

    for raw in structured:
        add(raw, "structured_data")
    for _, href in page.links():
        if href.lower().startswith("mailto:"):
            for part in href[7:].split("?", 1)[0].split(","):
                add(part, "mailto")
        elif "/cdn-cgi/l/email-protection#" in href:
            add(decode_cfemail(href.rsplit("#", 1)[1]), "cloudflare", obfuscated=True)
    if CFEMAIL_ATTRIBUTE_RE.search(page.html):  # a whole-tree XPath walk costs more than the rest of this function
        for el in page.tree.xpath("//*[@data-cfemail]"):
            add(decode_cfemail(el.get("data-cfemail", "")), "cloudflare", obfuscated=True)
    for run in runs:
        if "@" in run.text:
            for match in EMAIL_RE.finditer(run.text):
                add(match.group(1), "visible_text")
        # Only the spelled-out "at" forms can give a new address (matches with "@" are skipped below): prose without
        # them never reaches the costly pattern.
        if AT_WORD_RE.search(run.text):
            for match in OBFUSCATED_RE.finditer(run.text):
                if "@" in match.group(0):
                    continue
                domain = ".".join(DOT_SPLIT_RE.split(match.group(2)))
                add(f"{match.group(1)}@{domain}.{match.group(3)}", "visible_text", obfuscated=True)
    return found
