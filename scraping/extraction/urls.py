"""URL helpers that never raise on the malformed links scraped pages are full of."""

from urllib.parse import urldefrag, urljoin, urlsplit


def safe_join(base: str, href: str) -> str | None:
    """Absolute URL without fragment, or None when ``href`` (or the result) is not a parsable http(s) URL."""
    try:
        url = urldefrag(urljoin(base, href.strip()))[0]
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return url


def safe_split(url: str):
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018
    except ValueError:
        return None
    return parts
