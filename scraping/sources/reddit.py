"""Reddit: site search and subreddit "new" listings, OAuth app credentials when configured.

Without credentials the public ``.json`` endpoints are used (about 10 requests a minute and search may answer
403); with ``REDDIT_CLIENT_ID``/``REDDIT_CLIENT_SECRET`` an application-only token from ``/api/v1/access_token``
opens ``REDDIT_OAUTH_URL`` at 100 requests a minute per client id.
"""

from django.conf import settings
from django.core.cache import cache

from scraping.sources.base import Post, SourceAdapter, SourceBlocked, parse_time

POST_KINDS = ("t3", "t1")  # a post (link or self) and a comment


def linked_url(item: dict) -> str:
    """The external URL a link post (t3) points at; "" for a self post."""
    if item.get("is_self"):
        return ""
    url = item.get("url_overridden_by_dest") or item.get("url") or ""
    permalink = item.get("permalink") or ""
    if not url.startswith(("http://", "https://")) or (permalink and permalink in url):
        return ""
    return url


class RedditAdapter(SourceAdapter):
    name = "reddit"
    label = "Reddit"
    page_size = 100

    def budget(self) -> tuple[str, int]:
        client_id = getattr(settings, "REDDIT_CLIENT_ID", "")
        if client_id and getattr(settings, "REDDIT_CLIENT_SECRET", ""):
            return f"reddit:{client_id}", 100
        return "reddit:anonymous", 10

    def token(self) -> str:
        client_id = getattr(settings, "REDDIT_CLIENT_ID", "")
        secret = getattr(settings, "REDDIT_CLIENT_SECRET", "")
        if not (client_id and secret):
            return ""
        key = f"reddit-token:{client_id}"
        token = cache.get(key)
        if token:
            return token
        url = settings.REDDIT_BASE_URL.rstrip("/") + "/api/v1/access_token"
        response = self.request("POST", url, data={"grant_type": "client_credentials"}, auth=(client_id, secret))
        try:
            data = response.json()
            token = data["access_token"]
            expires = int(data.get("expires_in", 3600))
        except (ValueError, KeyError, TypeError) as exc:
            raise self.malformed("access_token") from exc
        cache.set(key, token, max(expires - 60, 30))
        return token

    def endpoint(self) -> tuple[str, dict, dict]:
        token = self.token()
        base = (settings.REDDIT_OAUTH_URL if token else settings.REDDIT_BASE_URL).rstrip("/")
        suffix = "" if token else ".json"
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        subreddits = [s.strip().removeprefix("r/") for s in self.config.get("subreddits", []) if s.strip()]
        if self.config.get("mode") == "new" and subreddits:
            return f"{base}/r/{'+'.join(subreddits)}/new{suffix}", {"limit": self.page_size, "raw_json": 1}, headers
        params = {"q": self.query, "sort": "new", "t": "week", "limit": self.page_size, "raw_json": 1, "type": "link"}
        if subreddits:
            params["restrict_sr"] = "on"
            return f"{base}/r/{'+'.join(subreddits)}/search{suffix}", params, headers
        return f"{base}/search{suffix}", params, headers

    def request_page(self, page_token: str | None, since: float) -> tuple[list[Post], str | None]:
        url, params, headers = self.endpoint()
        if page_token:
            params["after"] = page_token
        try:
            data = self.get_json(url, params=params, headers=headers)
        except SourceBlocked as exc:
            if headers:
                raise
            # Reddit refuses much unauthenticated search traffic; app credentials are the fix.
            raise SourceBlocked(f"{exc}; set REDDIT_CLIENT_ID and REDDIT_CLIENT_SECRET", exc.status) from exc
        return self.parse_page(data)

    def parse_page(self, data: object) -> tuple[list[Post], str | None]:
        """Posts and the ``after`` token of a Listing (``data.children``, ``data.after``)."""
        try:
            listing = data["data"]
            children = listing["children"]
        except (KeyError, TypeError) as exc:
            raise self.malformed("data.children (a Listing)") from exc
        posts = []
        for child in children:
            if not isinstance(child, dict) or child.get("kind") not in POST_KINDS:
                continue  # an account (t2), subreddit (t5), "more" stub ...: not a conversation
            item = child.get("data")
            if not isinstance(item, dict) or not item.get("id"):
                continue
            permalink = item.get("permalink") or ""
            base = "https://www.reddit.com"
            link = linked_url(item) if child["kind"] == "t3" else ""
            text = item.get("selftext") or item.get("body") or ""
            posts.append(
                Post(
                    source=self.name,
                    external_id=item.get("name") or f"t3_{item['id']}",
                    url=base + permalink if permalink.startswith("/") else (permalink or item.get("url", "")),
                    author=item.get("author") or "",
                    author_handle=f"u/{item['author']}" if item.get("author") else "",
                    title=item.get("title") or "",
                    text=f"{text}\n{link}".strip() if link else text,
                    published_at=parse_time(item.get("created_utc")),
                    subreddit=item.get("subreddit") or "",
                    raw={
                        **{k: item.get(k) for k in ("id", "name", "subreddit", "score", "num_comments", "permalink")},
                        "link_url": link,
                    },
                )
            )
        return posts, listing.get("after")
