"""Why the crawler refused or failed to fetch a URL; every error names the URL and says what to do."""


class CrawlError(Exception):
    """Base class: the URL could not be fetched."""

    def __init__(self, url: str, message: str) -> None:
        super().__init__(message)
        self.url = url


class RefusedURL(CrawlError):
    """The SSRF guard refused the URL (internal address, bad scheme, unresolvable host)."""


class RobotsDisallowed(CrawlError):
    """robots.txt of the site disallows the URL for our user agent (a recipe may override, which is recorded)."""


class TooManyRedirects(CrawlError):
    """The redirect chain was longer than allowed, or went round in a loop."""


class ResponseTooLarge(CrawlError):
    """The body exceeded the size cap; the download was stopped."""


class FetchFailed(CrawlError):
    """Network errors (timeouts, refused connections) persisted after every retry."""
