"""Real feeds (../shared/samples/feeds, read at run time, never copied): every entry a feed library reads is a post.

The reference is feedparser's own reading of the same bytes: what a person subscribing to the feed sees.
"""

import json
from io import StringIO
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from scraping.sources import MalformedResponse
from scraping.sources.base import html_to_text
from scraping.sources.rss import RssAdapter, unwrap_redirect

SAMPLES = Path(settings.BASE_DIR).parent / "shared" / "samples"
FEEDS = sorted((SAMPLES / "feeds").glob("*.xml"))
FEED_URL = "https://feeds.example.com/blog/feed.xml"
needs_samples = pytest.mark.skipif(not FEEDS, reason=f"the real feed samples are not at {SAMPLES / 'feeds'}")


def reference(body: bytes):
    return feedparser.parse(body, response_headers={"content-location": FEED_URL})


def read(body: bytes, url: str = FEED_URL):
    return RssAdapter(config={}).parse_body(body, url=url)


@needs_samples
@pytest.mark.parametrize("path", FEEDS, ids=lambda p: p.stem)
def test_every_entry_of_a_real_feed_is_a_post_with_a_link_words_and_its_author(path):
    body = path.read_bytes()
    expected = reference(body)

    posts = read(body)

    assert len(posts) == len(expected.entries) > 0
    for post, entry in zip(posts, expected.entries, strict=True):
        assert urlsplit(post.url).scheme in ("http", "https") and urlsplit(post.url).netloc, post.url
        assert post.title or post.text
        assert "<" not in post.title or "<" in html_to_text(entry.get("title", ""))  # markup read as text
        if entry.get("author") or expected.feed.get("author"):
            assert post.author
        own_link = entry.get("feedburner_origlink") or entry.get("link")
        if own_link:
            assert post.url == unwrap_redirect(own_link)
        for content in entry.get("content", []):  # content:encoded / Atom content: the whole post, not an excerpt
            assert len(post.text) >= len(html_to_text(content.value)) - 1
        assert len(post.text) >= len(html_to_text(entry.get("summary", ""))) - 1


@needs_samples
def test_feeds_that_start_with_a_newline_or_are_ill_formed_are_read():
    leading = [p for p in FEEDS if p.read_bytes()[:1].isspace()]
    assert leading, "the samples hold feeds with whitespace before <?xml"
    assert all(read(p.read_bytes()) for p in leading)


@needs_samples
def test_feedburner_posts_link_to_the_blog_not_the_tracking_redirect():
    origlinks = [
        (post, entry)
        for path in FEEDS
        for post, entry in zip(read(path.read_bytes()), reference(path.read_bytes()).entries, strict=True)
        if entry.get("feedburner_origlink")
    ]
    assert origlinks
    for post, entry in origlinks:
        assert post.url == entry.feedburner_origlink != entry.link


def test_relative_links_resolve_against_the_feed_and_permalink_guids_are_links():
    body = (
        b'\n<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Example</title>'
        b"<author><name>Fictional Writer</name></author>"
        b'<entry><id>tag:example.com,2026:1</id><title type="html">&lt;b&gt;Slack&lt;/b&gt; tips</title>'
        b'<link href="/blog/2026/01/30/tips"/><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
        b"<p>Whole <em>post</em></p></div></content></entry></feed>"
    )
    rss = (
        b'<rss version="2.0"><channel><title>Example</title><item><title>Guid only</title>'
        b"<guid>https://blog.example.com/p/7</guid><description>Body</description></item></channel></rss>"
    )

    (atom_post,) = read(body, "https://blog.example.com/feed.atom")
    (rss_post,) = read(rss)

    assert atom_post.url == "https://blog.example.com/blog/2026/01/30/tips"
    assert (atom_post.title, atom_post.text, atom_post.author) == ("Slack tips", "Whole post", "Fictional Writer")
    assert rss_post.url == "https://blog.example.com/p/7"


def test_google_alerts_links_open_the_article_and_rdf_items_are_read():
    rdf = (
        b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        b'xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://news.example.com/"><title>N</title>'
        b"<link>https://news.example.com/</link></channel>"
        b'<item rdf:about="x"><title>Alert</title><link>https://www.google.com/url?rct=j&amp;sa=t&amp;'
        b"url=https://news.example.com/a/1&amp;ct=ga</link></item></rdf:RDF>"
    )
    (post,) = read(rdf)
    assert (post.title, post.url) == ("Alert", "https://news.example.com/a/1")


def test_an_undefined_prefix_keeps_the_entries_read_and_html_is_not_a_feed():
    body = b"<rss><channel><item><title>Kept</title><link>https://a.example.com/1</link><x:y>z</x:y></item>"
    assert [p.title for p in read(body)] == ["Kept"]
    with pytest.raises(MalformedResponse, match="not a feed we can read"):
        read(b"<html><body><p>Sign in</p></body></html>")


@needs_samples
def test_source_check_prints_one_json_post_per_line_from_a_saved_feed():
    path = next(p for p in FEEDS if "TechCrunch" in p.name)
    out = StringIO()

    call_command("source_check", "rss", str(path), "--url", FEED_URL, stdout=out)

    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(lines) == len(reference(path.read_bytes()).entries)
    assert {"id", "url", "title", "text", "author", "published_at"} <= set(lines[0])
    assert all(line["url"].startswith("http") and line["author"] for line in lines)


@pytest.mark.skipif(not (SAMPLES / "api").exists(), reason=f"the real API recordings are not at {SAMPLES / 'api'}")
def test_source_check_reads_a_real_api_recording():
    path = SAMPLES / "api" / "reddit" / "response__TestSubreddit.test_search__1.json"
    out = StringIO()

    call_command("source_check", "reddit", str(path), stdout=out)

    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(lines) == len(json.loads(path.read_bytes())["data"]["children"])
    assert all(line["id"] and line["url"].startswith("https://") for line in lines)


def test_source_check_refuses_an_unknown_source_and_an_unreadable_file(tmp_path):
    with pytest.raises(CommandError, match="Unknown source 'myspace'"):
        call_command("source_check", "myspace", str(tmp_path / "x"))
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("source_check", "rss", str(tmp_path / "missing.xml"))


def test_a_feed_cannot_make_us_read_a_file_or_fetch_a_url():
    body = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY file SYSTEM "file:///etc/passwd">'
        b'<!ENTITY net SYSTEM "http://127.0.0.1:9/secret">]><rss version="2.0"><channel><title>t</title>'
        b"<item><title>A &file; &net;</title><link>https://a.example.com/1</link><description>B &file;</description>"
        b"</item></channel></rss>"
    )
    (post,) = read(body)
    assert (post.title, post.text) == ("A", "B")
