"""Links as a person would follow them: a search engine's or a site's redirect link unwrapped to its target, and the
target of a page's meta refresh. Pure functions of strings (no network): nothing here opens a URL.

- Bing ``https://www.bing.com/ck/a?…&u=a1<base64url of the target>``
- DuckDuckGo ``https://duckduckgo.com/l/?uddg=<url-encoded target>`` (also protocol-relative ``//duckduckgo.com/l/…``)
- Google ``https://www.google.com/url?q=<target>`` (or ``url=``)
- LinkedIn ``https://www.linkedin.com/redir/redirect?url=<target>``, Facebook ``l.facebook.com/l.php?u=``,
  Instagram ``l.instagram.com/?u=``, YouTube ``/redirect?q=``
- X's ``https://t.co/…`` only where the page shows the target (the link's ``data-expanded-url``, ``title`` or text):
  a t.co link alone carries no target.

A wrapper whose target is missing, undecodable or not http(s) is left as it is.
"""

import base64
import binascii
import re
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

MAX_DEPTH = 3  # a redirect link wrapping another one (Google → LinkedIn → target)


def _host(parts) -> str:
    return (parts.hostname or "").lower().removeprefix("www.")


def _is_web_url(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _bing_target(encoded: str) -> str:
    if not encoded.startswith("a1"):
        return ""
    data = encoded[2:]
    try:
        return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return ""


def _wrapped_target(url: str) -> str:
    """The target ``url`` wraps, or '' when it is not a known redirect link."""
    parts = urlsplit(url)
    host, path = _host(parts), parts.path
    query = parse_qs(parts.query)

    def first(*names: str) -> str:
        return next((query[name][0] for name in names if query.get(name)), "")

    if host.endswith("bing.com") and path.startswith("/ck/a"):
        return _bing_target(first("u"))
    if host.endswith("duckduckgo.com") and path.rstrip("/") == "/l":
        return first("uddg")
    if re.fullmatch(r"(?:[a-z0-9-]+\.)*google\.[a-z.]{2,6}", host) and path == "/url":
        return first("q", "url")
    if host.endswith("linkedin.com") and path.startswith("/redir/redirect"):
        return first("url")
    if host in ("l.facebook.com", "lm.facebook.com") and path.startswith("/l.php"):
        return first("u")
    if host == "l.instagram.com":
        return first("u")
    if host.endswith("youtube.com") and path == "/redirect":
        return first("q")
    return ""


def unwrap_url(url: str, base_url: str = "") -> str:
    """``url`` (made absolute against ``base_url``) with every known redirect wrapper removed."""
    if not url:
        return url
    if url.startswith("//"):
        url = "https:" + url
    elif base_url and not _is_web_url(url):
        url = urljoin(base_url, url)
    for _ in range(MAX_DEPTH):
        target = _wrapped_target(url)
        if not target:
            break
        target = target.strip()
        if target.startswith("//"):
            target = "https:" + target
        if not _is_web_url(target):
            break
        url = target
    return url


def is_tco(url: str) -> bool:
    return _host(urlsplit(url)) == "t.co"


def shown_target(candidates: list[str]) -> str:
    """The target a page shows for a t.co link: the first candidate (``data-expanded-url``, ``title``, the link's
    text, as X renders it, e.g. ``example.com/about…``) that reads as a web address."""
    for candidate in candidates:
        text = (candidate or "").strip().rstrip("…").rstrip(".")
        if not text or " " in text:
            continue
        if not text.startswith(("http://", "https://")):
            if not re.match(r"^[a-z0-9-]+(\.[a-z0-9-]+)+(/|$)", text, re.I):
                continue
            text = "https://" + text
        if _is_web_url(text) and not is_tco(text):
            return text
    return ""


_META_REFRESH = re.compile(rb"<meta\b[^>]*http-equiv\s*=\s*[\"']?refresh[^>]*>", re.I)
_CONTENT = re.compile(rb"content\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", re.I)
MAX_REFRESH_DELAY = 10  # seconds: a page refreshing later than this is a page to read, not a redirect


def meta_refresh_target(content: bytes, base_url: str) -> str:
    """The absolute URL a page's ``<meta http-equiv="refresh" content="0; url=…">`` sends the reader to, or ''.

    Only the head of the page is looked at (where browsers honour it), and only a prompt refresh to another URL."""
    head = content[:65536]
    for tag in _META_REFRESH.findall(head):
        found = _CONTENT.search(tag)
        if not found:
            continue
        value = found.group(1).strip(b"\"'").decode("utf-8", "replace")
        value = value.replace("&amp;", "&")
        delay, _, rest = value.partition(";")
        try:
            if float(delay.strip() or 0) > MAX_REFRESH_DELAY:
                continue
        except ValueError:
            continue
        target = re.sub(r"^\s*url\s*=\s*", "", rest, flags=re.I).strip().strip("\"'")
        if not target:
            continue
        absolute = urljoin(base_url, unquote(target) if target.startswith("%") else target)
        if _is_web_url(absolute) and absolute != base_url:
            return absolute
    return ""
