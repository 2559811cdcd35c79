"""X API v2 recent search (``/2/tweets/search/recent``), bearer token, ``next_token`` pagination."""

import re

from django.conf import settings

from scraping.sources.base import Post, SourceAdapter, SourceBlocked, parse_time

_ESCAPED = re.compile(r"&(amp|lt|gt);")
_UNESCAPED = {"amp": "&", "lt": "<", "gt": ">"}


def tweet_text(text: str) -> str:
    """A tweet's ``text`` as its author typed it: X escapes only ``& < >`` (``&amp;`` ...); one pass, so a typed
    "&amp;" (sent as "&amp;amp;") stays "&amp;" and other entities (never escaped by X) are left as typed."""
    return _ESCAPED.sub(lambda m: _UNESCAPED[m.group(1)], text)


class XAdapter(SourceAdapter):
    name = "x"
    label = "X"
    page_size = 100

    def request_page(self, page_token: str | None, since: float) -> tuple[list[Post], str | None]:
        token = getattr(settings, "X_BEARER_TOKEN", "")
        if not token:
            raise SourceBlocked("X needs X_BEARER_TOKEN (an app bearer token) to search")
        url = settings.X_API_BASE_URL.rstrip("/") + "/2/tweets/search/recent"
        params = {
            "query": f"({self.query}) -is:retweet" if self.query else "-is:retweet",
            "max_results": self.page_size,
            "tweet.fields": "created_at,lang,author_id,conversation_id",
            "expansions": "author_id",
            "user.fields": "username,name",
        }
        if page_token:
            params["next_token"] = page_token
        return self.parse_page(self.get_json(url, params=params, headers={"Authorization": f"Bearer {token}"}))

    def parse_page(self, data: object) -> tuple[list[Post], str | None]:
        """Posts and ``next_token`` of a v2 tweets response (``data``, ``includes.users``, ``meta``)."""
        if not isinstance(data, dict) or "meta" not in data:
            raise self.malformed("meta")
        users = {u.get("id"): u for u in (data.get("includes") or {}).get("users", []) if isinstance(u, dict)}
        posts = []
        for tweet in data.get("data") or []:
            if not isinstance(tweet, dict) or not tweet.get("id"):
                continue
            user = users.get(tweet.get("author_id"), {})
            username = user.get("username", "")
            posts.append(
                Post(
                    source=self.name,
                    external_id=str(tweet["id"]),
                    url=f"https://x.com/{username or 'i'}/status/{tweet['id']}",
                    author=user.get("name") or username,
                    author_handle=username,
                    text=tweet_text(tweet.get("text") or ""),
                    published_at=parse_time(tweet.get("created_at")),
                    language=tweet.get("lang") or "",
                    raw={"id": tweet["id"], "author_id": tweet.get("author_id")},
                )
            )
        return posts, (data.get("meta") or {}).get("next_token")
