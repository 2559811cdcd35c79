"""Bluesky: ``app.bsky.feed.searchPosts`` (sort=latest, opaque cursor); app-password session when configured."""

from datetime import UTC, datetime

from django.conf import settings
from django.core.cache import cache

from scraping.sources.base import Post, SourceAdapter, parse_time


class BlueskyAdapter(SourceAdapter):
    name = "bluesky"
    label = "Bluesky"
    page_size = 50

    def auth_headers(self) -> dict:
        handle = getattr(settings, "BLUESKY_HANDLE", "")
        password = getattr(settings, "BLUESKY_APP_PASSWORD", "")
        if not (handle and password):
            return {}
        key = f"bluesky-session:{handle}"
        jwt = cache.get(key)
        if not jwt:
            url = settings.BLUESKY_BASE_URL.rstrip("/") + "/xrpc/com.atproto.server.createSession"
            response = self.request("POST", url, json={"identifier": handle, "password": password})
            try:
                jwt = response.json()["accessJwt"]
            except (ValueError, KeyError, TypeError) as exc:
                raise self.malformed("accessJwt") from exc
            cache.set(key, jwt, 60 * 60)
        return {"Authorization": f"Bearer {jwt}"}

    def request_page(self, page_token: str | None, since: float) -> tuple[list[Post], str | None]:
        url = settings.BLUESKY_BASE_URL.rstrip("/") + "/xrpc/app.bsky.feed.searchPosts"
        params: dict = {"q": self.query, "sort": "latest", "limit": self.page_size}
        if self.config.get("lang"):
            params["lang"] = self.config["lang"]
        if since:
            params["since"] = datetime.fromtimestamp(since, tz=UTC).isoformat().replace("+00:00", "Z")
        if page_token:
            params["cursor"] = page_token
        data = self.get_json(url, params=params, headers=self.auth_headers())
        return self.parse_search(data)

    def parse_body(self, body: bytes, *, url: str = "") -> list[Post]:
        return self.parse_search(self.decode_json(body))[0]

    def parse_search(self, data: object) -> tuple[list[Post], str | None]:
        """Posts and cursor of a ``searchPosts`` response (``posts``: post views, ``cursor``)."""
        try:
            items = data["posts"]
        except (KeyError, TypeError) as exc:
            raise self.malformed("posts") from exc
        posts = []
        for item in items:
            try:
                uri, author, record = item["uri"], item["author"], item["record"]
                handle = author["handle"]
            except (KeyError, TypeError):
                continue
            rkey = uri.rsplit("/", 1)[-1]
            langs = record.get("langs") or []
            posts.append(
                Post(
                    source=self.name,
                    external_id=uri,
                    url=f"https://bsky.app/profile/{handle}/post/{rkey}",
                    author=author.get("displayName") or handle,
                    author_handle=handle,
                    text=record.get("text") or "",
                    published_at=parse_time(record.get("createdAt") or item.get("indexedAt")),
                    language=langs[0] if langs else "",
                    raw={"uri": uri, "cid": item.get("cid"), "likeCount": item.get("likeCount")},
                )
            )
        return posts, data.get("cursor") or None
