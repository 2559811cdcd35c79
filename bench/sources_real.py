"""What the monitor sources read from REAL recorded responses and feeds (../shared/samples, read at bench time, never
copied): each body goes through the adapter's ``parse_body``, the code its live requests use (and ``source_check``).

Feeds: posts per feed beside the entries feedparser itself reads from the same bytes, and how many have an absolute
http(s) link, an author and a text. API recordings: posts, posts with no text, texts still holding an escaped
entity, and Reddit items that are not posts or comments.

    .venv/bin/python bench/sources_real.py
"""

import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT.parent / "shared" / "samples"
FEED_URL = "https://feeds.example.com/feed"  # where relative links resolve; the samples do not say
RECORDINGS = {
    "reddit": "reddit/response__*.json",
    "hackernews": "hackernews_algolia/hn_algolia_search*.json",
    "mastodon": "mastodon/response__*.json",
    "x": "twitter_x/response__*.json",
    "bluesky": "bluesky/*thread*.json",
}
ESCAPED = re.compile(r"&(amp|lt|gt|quot|#\d+|#x[0-9a-f]+);", re.I)


def _feeds(adapter_for) -> dict:
    import feedparser

    out = {}
    for path in sorted((SAMPLES / "feeds").glob("*.xml")):
        body = path.read_bytes()
        adapter = adapter_for({"source": "rss", "urls": [FEED_URL]})
        try:
            posts = adapter.parse_body(body, url=FEED_URL)
        except Exception as exc:  # a feed the adapter refuses is a figure too
            out[path.name] = {"refused": str(exc)[:120]}
            continue
        out[path.name] = {
            "posts": len(posts),
            "feedparser_entries": len(feedparser.parse(body).entries),
            "absolute_links": sum(p.url.startswith(("http://", "https://")) for p in posts),
            "with_author": sum(bool(p.author) for p in posts),
            "with_text": sum(bool(p.text.strip()) for p in posts),
        }
    return out


def _recordings(adapter_for) -> dict:
    out: dict[str, dict[str, int]] = {}
    for source, pattern in RECORDINGS.items():
        totals = out.setdefault(source, {"files": 0, "posts": 0, "empty_text": 0, "escaped_entities": 0})
        for path in sorted((SAMPLES / "api").glob(pattern)):
            data = json.loads(path.read_bytes())
            if source == "bluesky":  # a thread's post view, read as a searchPosts answer holding it
                data = {"posts": [data["thread"]["post"]]}
            url = "https://mastodon.example.com/api/v2/search" if source == "mastodon" and "statuses" in data else ""
            posts = adapter_for({"source": source}).parse_body(json.dumps(data).encode(), url=url)
            totals["files"] += 1
            totals["posts"] += len(posts)
            totals["empty_text"] += sum(not (p.text or p.title).strip() for p in posts)
            totals["escaped_entities"] += sum(bool(ESCAPED.search(p.text + p.title)) for p in posts)
            if source == "reddit":
                kinds = [c.get("kind") for c in (data.get("data") or {}).get("children") or []]
                totals["non_post_items_in_file"] = totals.get("non_post_items_in_file", 0) + sum(
                    k not in ("t3", "t1") for k in kinds
                )
    return out


def main() -> None:
    if not SAMPLES.exists():
        print(json.dumps({"skipped": f"{SAMPLES} is missing (the real samples live beside the clone)"}))
        return
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "insight.settings")
    import django

    django.setup()
    from scraping.sources import adapter_for

    feeds = _feeds(adapter_for)
    read = [f for f in feeds.values() if "posts" in f]
    summary = {
        "feeds": len(feeds),
        "feeds_refused": len(feeds) - len(read),
        "posts": sum(f["posts"] for f in read),
        "feedparser_entries": sum(f["feedparser_entries"] for f in read),
        "absolute_links": sum(f["absolute_links"] for f in read),
    }
    print(json.dumps({"feeds_summary": summary, "feeds": feeds, "recordings": _recordings(adapter_for)}, indent=1))


if __name__ == "__main__":
    main()
