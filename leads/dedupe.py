"""Dedupe keys: one key per real-world lead, so rediscovery updates instead of duplicating."""

import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING_PARAMS = re.compile(r"^(utm_|fbclid$|gclid$|mc_|ref$|ref_src$|igshid$|si$)")


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no fragment, no tracking parameters, no trailing slash or www."""
    url = (url or "").strip()
    if not url:
        return ""
    parts = urlsplit(url if "://" in url else f"https://{url}")
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if not _TRACKING_PARAMS.match(k.lower())))
    path = re.sub(r"/{2,}", "/", parts.path).rstrip("/")
    return urlunsplit(("https" if parts.scheme in ("http", "https") else parts.scheme, host, path, query, ""))


def normalized_name(name: str) -> str:
    """Accent-, case- and punctuation-free name for comparing businesses."""
    text = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    return " ".join(re.findall(r"[a-z0-9]+", text))


def lead_dedupe_key(
    *, platform: str, platform_id: str = "", url: str = "", phone_e164: str = "", name: str = ""
) -> str:
    """The strongest identity available: platform id, then canonical URL, then phone plus name."""
    if platform_id:
        return f"id:{platform.lower()}:{platform_id}"
    if url:
        return f"url:{canonical_url(url)}"
    if phone_e164 and name:
        return f"phone:{phone_e164}:{normalized_name(name)}"
    raise ValueError("A lead needs a platform id, a URL, or a phone number with a name to be identified.")


def author_identity(*, author: str = "", author_handle: str = "") -> str:
    """The author as every source writes them: case-free, without '@', 'u/' or '/u/' prefixes."""
    value = (author_handle or author or "").strip().lower()
    value = re.sub(r"^(/?u/|@)", "", value)
    return value


# Shorter posts ("Thanks!", "+1") are too common to identify a conversation by their words alone.
CONTENT_KEY_MIN_CHARS = 40


def content_key(*, text: str, author: str = "", author_handle: str = "") -> str:
    """The same words by the same author, wherever they were read: a digest of the author and the normalised
    text, or '' when either is missing or the text is too short to tell posts apart."""
    import hashlib

    who = author_identity(author=author, author_handle=author_handle)
    words = " ".join(unicodedata.normalize("NFKC", text or "").lower().split())
    if not who or len(words) < CONTENT_KEY_MIN_CHARS:
        return ""
    return hashlib.sha256(f"{who}\n{words}".encode()).hexdigest()
