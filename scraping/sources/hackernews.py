"""Hacker News through the Algolia search API (``/search_by_date``, newest first, page numbers)."""

from django.conf import settings

from scraping.sources.base import Post, SourceAdapter, html_to_text, parse_time

ITEM_URL = "https://news.ycombinator.com/item?id={id}"


class HackerNewsAdapter(SourceAdapter):
    name = "hackernews"
    label = "Hacker News"
    page_size = 50

    def request_page(self, page_token: str | None, since: float) -> tuple[list[Post], str | None]:
        url = settings.HN_SEARCH_BASE_URL.rstrip("/") + "/search_by_date"
        terms = [t.strip('"') for t in self.query.split(" OR ")] if self.query else []
        params = {
            "query": " ".join(terms),
            "tags": self.config.get("tags") or "(story,comment)",
            "hitsPerPage": self.page_size,
            "page": int(page_token or 0),
            "advancedSyntax": "true",
        }
        if len(terms) > 1:
            params["optionalWords"] = ",".join(terms)  # any keyword is enough; we match exactly afterwards
        if since:
            params["numericFilters"] = f"created_at_i>={int(since)}"
        return self.parse_page(self.get_json(url, params=params))

    def parse_page(self, data: object) -> tuple[list[Post], str | None]:
        """Posts and the next page number of an Algolia search response (``hits``, ``page``, ``nbPages``)."""
        try:
            hits = data["hits"]
            page, pages = int(data.get("page", 0)), int(data.get("nbPages", 0))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise self.malformed("hits") from exc
        posts = []
        for hit in hits:
            if not isinstance(hit, dict) or not hit.get("objectID"):
                continue
            is_comment = bool(hit.get("comment_text"))
            posts.append(
                Post(
                    source=self.name,
                    external_id=str(hit["objectID"]),
                    url=ITEM_URL.format(id=hit["objectID"]),
                    author=hit.get("author") or "",
                    author_handle=hit.get("author") or "",
                    title=(hit.get("story_title") if is_comment else hit.get("title")) or "",
                    # Algolia sends both as HTML (<p>, <a>, &#x27;): stored and scored as the text people read.
                    text=html_to_text((hit.get("comment_text") if is_comment else hit.get("story_text")) or ""),
                    published_at=parse_time(hit.get("created_at_i") or hit.get("created_at")),
                    raw={k: hit.get(k) for k in ("objectID", "points", "num_comments", "story_id", "url", "_tags")},
                )
            )
        return posts, str(page + 1) if page + 1 < pages else None
