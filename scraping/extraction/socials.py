"""Social profile links (LinkedIn, Facebook, Instagram, X, YouTube, TikTok); share buttons are not profiles."""

import re
from urllib.parse import urlsplit

from scraping.extraction.findings import SocialFinding

NETWORKS = {
    "linkedin.com": "linkedin",
    "facebook.com": "facebook",
    "fb.com": "facebook",
    "instagram.com": "instagram",
    "twitter.com": "x",
    "x.com": "x",
    "youtube.com": "youtube",
    "youtu.be": "youtube",
    "tiktok.com": "tiktok",
}
NOT_PROFILE_RE = re.compile(
    r"^/(?:sharer|share|sharearticle|intent|dialog|plugins|tr|login|signup|hashtag|search|watch|embed|"
    r"home|help|legal|policies|privacy|about|explore|p/|reel/|status)|/sharing/|/status/|sharearticle",
    re.I,
)
PROFILE_PATH_RE = {
    "linkedin": re.compile(r"^/(?:company|in|school|showcase)/[^/]+", re.I),
    "youtube": re.compile(r"^/(?:@[^/]+|channel/[^/]+|c/[^/]+|user/[^/]+)", re.I),
    "tiktok": re.compile(r"^/@[^/]+", re.I),
}


def social_profile(url: str) -> tuple[str, str] | None:
    """(network, normalised profile URL) or None for anything that is not a profile page."""
    try:
        parts = urlsplit(url if "//" in url else "https://" + url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https", ""):
        return None
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.").removeprefix("mobile.")
    host = re.sub(r"^[a-z]{2}(?:-[a-z]{2})?\.(?=linkedin\.com$)", "", host)
    network = NETWORKS.get(host)
    if network is None:
        return None
    path = parts.path.rstrip("/")
    if not path or path == "/" or NOT_PROFILE_RE.search(path):
        return None
    pattern = PROFILE_PATH_RE.get(network)
    if pattern is not None:
        match = pattern.match(path)
        if not match:
            return None
        path = match.group(0)
    elif network != "facebook" or not path.startswith("/profile.php"):
        path = "/" + path.strip("/").split("/", 1)[0]
    canonical_host = {"x": "x.com", "facebook": "www.facebook.com"}.get(network, f"www.{host}")
    query = f"?{parts.query}" if path.startswith("/profile.php") and parts.query else ""
    return network, f"https://{canonical_host}{path}{query}"


def extract_socials(hrefs: list[str], page_url: str) -> list[SocialFinding]:
    seen: dict[str, SocialFinding] = {}
    for href in hrefs:
        profile = social_profile(href)
        if profile and profile[1].lower() not in seen:
            seen[profile[1].lower()] = SocialFinding(network=profile[0], url=profile[1], page_url=page_url)
    return list(seen.values())
