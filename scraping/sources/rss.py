"""RSS 2.0 and Atom feeds with conditional GET (ETag / Last-Modified); a 304 costs the feed nothing.

Config: ``{"source": "rss", "urls": ["https://forum.example.org/latest.rss"]}``. Parsed with lxml with entity
resolution and network access off, so a hostile feed cannot read files or reach other hosts.
"""

from lxml import etree

from scraping.sources.base import Page, Post, SourceAdapter, html_to_text, parse_time

ATOM = "{http://www.w3.org/2005/Atom}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)


def _text(element, *names: str) -> str:
    for name in names:
        found = element.find(name)
        if found is not None and (found.text or "").strip():
            return found.text.strip()
    return ""


class RssAdapter(SourceAdapter):
    name = "rss"
    label = "RSS feed"

    def urls(self) -> list[str]:
        urls = self.config.get("urls") or ([self.config["url"]] if self.config.get("url") else [])
        if not urls:
            raise self.malformed("feed URLs in the monitor's RSS source")
        return urls

    def parse(self, url: str, body: bytes) -> list[Post]:
        try:
            root = etree.fromstring(body, _PARSER)
        except etree.XMLSyntaxError as exc:
            raise self.malformed(f"well-formed XML at {url} ({exc})") from exc
        posts = []
        if root.tag == f"{ATOM}feed":
            for entry in root.iter(f"{ATOM}entry"):
                link = next(
                    (a.get("href") for a in entry.findall(f"{ATOM}link") if a.get("rel", "alternate") == "alternate"),
                    "",
                )
                author = entry.find(f"{ATOM}author")
                posts.append(
                    Post(
                        source=self.name,
                        external_id=_text(entry, f"{ATOM}id") or link,
                        url=link or "",
                        author=_text(author, f"{ATOM}name") if author is not None else "",
                        title=_text(entry, f"{ATOM}title"),
                        text=html_to_text(_text(entry, f"{ATOM}content", f"{ATOM}summary")),
                        published_at=parse_time(_text(entry, f"{ATOM}published", f"{ATOM}updated")),
                        raw={"feed": url},
                    )
                )
        elif root.tag == "rss":
            for item in root.iter("item"):
                link = _text(item, "link")
                posts.append(
                    Post(
                        source=self.name,
                        external_id=_text(item, "guid") or link,
                        url=link,
                        author=_text(item, "author", "{http://purl.org/dc/elements/1.1/}creator"),
                        title=_text(item, "title"),
                        text=html_to_text(_text(item, "description")),
                        published_at=parse_time(_text(item, "pubDate")),
                        raw={"feed": url},
                    )
                )
        else:
            raise self.malformed(f"an <rss> or Atom <feed> root at {url}")
        return [p for p in posts if p.external_id]

    def fetch(self, cursor: dict | None) -> Page:
        state = dict((cursor or {}).get("feeds") or {})
        posts: list[Post] = []
        for url in self.urls():
            previous = state.get(url) or {}
            headers = {}
            if previous.get("etag"):
                headers["If-None-Match"] = previous["etag"]
            if previous.get("last_modified"):
                headers["If-Modified-Since"] = previous["last_modified"]
            response = self.request("GET", url, headers=headers)
            if response.status_code == 304:
                continue
            posts.extend(self.parse(url, response.content))
            state[url] = {
                "etag": response.headers.get("etag", ""),
                "last_modified": response.headers.get("last-modified", ""),
            }
        return Page(posts, {"feeds": state}, done=True)
