"""Source names (as stored in ``Monitor.sources``) to adapter classes."""

from scraping.sources.base import SourceAdapter


def _sources() -> dict[str, type[SourceAdapter]]:
    from scraping.sources.bluesky import BlueskyAdapter
    from scraping.sources.hackernews import HackerNewsAdapter
    from scraping.sources.mastodon import MastodonAdapter
    from scraping.sources.recipe import RecipeAdapter
    from scraping.sources.reddit import RedditAdapter
    from scraping.sources.rss import RssAdapter
    from scraping.sources.x import XAdapter

    adapters = (RedditAdapter, HackerNewsAdapter, BlueskyAdapter, MastodonAdapter, RssAdapter, XAdapter, RecipeAdapter)
    return {a.name: a for a in adapters}


SOURCES: tuple[str, ...] = ("reddit", "hackernews", "bluesky", "mastodon", "rss", "x", "recipe")


def adapter_for(config: dict, *, query: str = "", **kwargs) -> SourceAdapter:
    """The adapter for one ``Monitor.sources`` entry, e.g. ``{"source": "reddit", "subreddits": ["crm"]}``."""
    name = config.get("source", "")
    try:
        cls = _sources()[name]
    except KeyError:
        raise ValueError(f"Unknown source {name!r}; choose one of {', '.join(SOURCES)}") from None
    return cls(config, query=config.get("query") or query, **kwargs)
