"""Mastodon on a chosen instance: hashtag timelines and status search, paged forward with ``min_id``.

Config: ``{"source": "mastodon", "instance": "https://mastodon.example", "hashtags": ["crm"], "search": true}``.
Each stream (a hashtag or the search) keeps its own newest id; ``min_id`` returns the posts right after it.
Mastodon finds statuses only for a logged-in account: search runs with an access token for the instance
(``MASTODON_ACCESS_TOKENS``); without one the query's terms are read as hashtag timelines and health says so.
"""

import re
from urllib.parse import urlsplit

from django.conf import settings

from scraping.sources.base import Page, Post, SourceAdapter, html_to_text, parse_time

_NOT_TAG = re.compile(r"[^\w]+")


class MastodonAdapter(SourceAdapter):
    name = "mastodon"
    label = "Mastodon"
    page_size = 40

    def instance(self) -> str:
        instance = (self.config.get("instance") or "").strip().rstrip("/")
        if not instance:
            raise self.malformed("an instance URL in the monitor's Mastodon source")
        return instance if "://" in instance else f"https://{instance}"

    def access_token(self) -> str:
        """The token ``MASTODON_ACCESS_TOKENS`` gives this instance's host ("" when none)."""
        host = (urlsplit(self.instance()).hostname or "").lower()
        tokens = {k.strip().lower(): v.strip() for k, v in (settings.MASTODON_ACCESS_TOKENS or {}).items()}
        return tokens.get(urlsplit(self.instance()).netloc.lower()) or tokens.get(host, "")

    def wants_search(self, tags: list[str]) -> bool:
        return bool(self.config.get("search", not tags) and self.query)

    def config_tags(self) -> list[str]:
        return [t.strip().lstrip("#") for t in self.config.get("hashtags", []) if t.strip().lstrip("#")]

    def query_tags(self) -> list[str]:
        """The query's terms as hashtags ("looking for a CRM" -> lookingforacrm)."""
        terms = (_NOT_TAG.sub("", t).lower() for t in self.query.split(" OR "))
        return [t for t in dict.fromkeys(terms) if t]

    def streams(self) -> list[str]:
        tags = self.config_tags()
        streams = [f"tag:{t}" for t in tags]
        if self.wants_search(tags):
            if self.access_token():
                streams.append("search")
            else:
                streams += [f"tag:{t}" for t in self.query_tags() if f"tag:{t}" not in streams]
        return streams

    def warning(self) -> str:
        if self.wants_search(self.config_tags()) and not self.access_token():
            host = urlsplit(self.instance()).netloc
            return f"search needs an access token for {host}; reading hashtag timelines only"
        return ""

    def stream_page(self, stream: str, min_id: str | None) -> list[Post]:
        params: dict = {"limit": self.page_size}
        if min_id:
            params["min_id"] = min_id
        if stream == "search":
            url = f"{self.instance()}/api/v2/search"
            params.update({"q": self.query.split(" OR ")[0].strip('"'), "type": "statuses", "resolve": "false"})
        else:
            url = f"{self.instance()}/api/v1/timelines/tag/{stream.removeprefix('tag:')}"
        token = self.access_token()
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return self.parse_statuses(self.get_json(url, params=params, headers=headers), stream)

    def parse_body(self, body: bytes, *, url: str = "") -> list[Post]:
        data = self.decode_json(body)
        if isinstance(data, dict) and "account" in data:  # one status (``/api/v1/statuses/<id>``)
            data = [data]
        if "/api/v2/search" in url or isinstance(data, dict):
            return self.parse_statuses(data, "search")
        tag = url.split("/timelines/tag/", 1)[1].split("?")[0] if "/timelines/tag/" in url else ""
        return self.parse_statuses(data, f"tag:{tag}")

    def parse_statuses(self, data: object, stream: str) -> list[Post]:
        """Posts of a tag timeline (a list of statuses) or of a search (``statuses``), per ``stream``."""
        if stream == "search":
            if not isinstance(data, dict) or not isinstance(data.get("statuses"), list):
                raise self.malformed("statuses")
            statuses = data["statuses"]
        else:
            if not isinstance(data, list):
                raise self.malformed("a list of statuses")
            statuses = data
        posts = []
        for status in statuses:
            try:
                account = status["account"]
                posts.append(
                    Post(
                        source=self.name,
                        external_id=str(status["id"]),
                        url=status.get("url") or status.get("uri") or "",
                        author=account.get("display_name") or account.get("username") or "",
                        author_handle=account.get("acct") or "",
                        text=html_to_text(status.get("content") or ""),
                        title=status.get("spoiler_text") or "",
                        published_at=parse_time(status.get("created_at")),
                        language=status.get("language") or "",
                        raw={"id": status["id"], "uri": status.get("uri"), "stream": stream},
                    )
                )
            except (KeyError, TypeError):
                continue
        return posts

    def fetch(self, cursor: dict | None) -> Page:
        last_ids = dict((cursor or {}).get("streams") or {})
        posts: list[Post] = []
        done = True
        for stream in self.streams():
            previous = last_ids.get(stream)
            page = self.stream_page(stream, previous)
            if page:
                last_ids[stream] = max((p.external_id for p in page), key=lambda i: (len(i), i))
                if previous and len(page) >= self.page_size:
                    done = False  # more posts after this page; a first poll reads the newest page only
            posts.extend(page)
        posts.sort(key=lambda p: p.published_at.timestamp() if p.published_at else 0, reverse=True)
        return Page(posts, {"streams": last_ids}, done=done, warning=self.warning())
