"""Bluesky: ``app.bsky.feed.searchPosts`` (sort=latest, opaque cursor); app-password session when configured.

The public AppView (``BLUESKY_BASE_URL``) refuses anonymous searches that carry a ``cursor`` (403), so without a
session a poll reads the first page only. Sessions are made on the account's own server (``BLUESKY_SESSION_URL``).
"""

from datetime import UTC, datetime

from django.conf import settings
from django.core.cache import cache

from scraping.sources.base import Post, SourceAdapter, parse_time


def embed_text(embed: object) -> list[str]:
    """The words a reader sees in a post view's ``embed``: a quoted post's text, images' alt text, a link card's
    title, description and address (``recordWithMedia`` holds a quote and media)."""
    if not isinstance(embed, dict):
        return []
    kind = str(embed.get("$type", "")).split("#")[0]
    parts: list[str] = []
    if kind == "app.bsky.embed.recordWithMedia":
        parts += embed_text((embed.get("record") or {}) | {"$type": "app.bsky.embed.record#view"})
        parts += embed_text(embed.get("media"))
    elif kind == "app.bsky.embed.record":
        quoted = embed.get("record") or {}
        value = quoted.get("value") if isinstance(quoted, dict) else None
        if isinstance(value, dict) and value.get("text"):
            handle = (quoted.get("author") or {}).get("handle", "")
            parts.append(f"Quoting @{handle}: {value['text']}" if handle else f"Quoting: {value['text']}")
    elif kind == "app.bsky.embed.images":
        parts += [f"[image: {i['alt']}]" for i in embed.get("images") or [] if isinstance(i, dict) and i.get("alt")]
    elif kind == "app.bsky.embed.external":
        card = embed.get("external") or {}
        if isinstance(card, dict):
            parts += [str(card[k]) for k in ("title", "description", "uri") if card.get(k)]
    return parts


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
            url = settings.BLUESKY_SESSION_URL.rstrip("/") + "/xrpc/com.atproto.server.createSession"
            response = self.request("POST", url, json={"identifier": handle, "password": password})
            try:
                jwt = self.decode_json(response.content)["accessJwt"]
            except (KeyError, TypeError) as exc:
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
        headers = self.auth_headers()
        if page_token and headers:
            params["cursor"] = page_token
        posts, cursor = self.parse_page(self.get_json(url, params=params, headers=headers))
        # Anonymous searches with a cursor are refused (403): without a session the first page is all we read.
        return posts, cursor if headers else None

    def parse_page(self, data: object) -> tuple[list[Post], str | None]:
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
            text = "\n".join([record.get("text") or "", *embed_text(item.get("embed"))]).strip()
            posts.append(
                Post(
                    source=self.name,
                    external_id=uri,
                    url=f"https://bsky.app/profile/{handle}/post/{rkey}",
                    author=author.get("displayName") or handle,
                    author_handle=handle,
                    text=text,
                    published_at=parse_time(record.get("createdAt") or item.get("indexedAt")),
                    language=langs[0] if langs else "",
                    raw={"uri": uri, "cid": item.get("cid"), "likeCount": item.get("likeCount")},
                )
            )
        return posts, data.get("cursor") or None
