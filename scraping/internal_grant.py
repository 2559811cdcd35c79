"""The admin grant of ``PlatformRecipe.allow_internal`` (the offline sandbox, an intranet directory) reaches one step
further: a listing found by such a recipe may have its own website read by enrichment when that site lives on the
same internal origin as the listing (the sandbox serves each business's site beside its directory page). Any other
internal address stays refused (issue 24: the demo's listings had no description)."""

from urllib.parse import urlsplit


def _origin(url: str) -> tuple[str, str, int | None] | None:
    try:
        parts = urlsplit(url if "//" in url else f"https://{url}")
        return (parts.scheme.lower(), (parts.hostname or "").lower(), parts.port)
    except ValueError:
        return None


def internal_site_granted(*, lead, url: str) -> bool:
    """Whether ``url`` (the lead's website) may be read at an internal address under its recipe's grant."""
    task_id = getattr(lead, "scrape_task_id", None)
    if not task_id or not lead.url or not url:
        return False
    site, listing = _origin(url), _origin(lead.url)
    if site is None or listing is None or not site[1] or site[1:] != listing[1:]:
        return False
    from scraping.models import PlatformRecipe

    return PlatformRecipe.objects.filter(tasks=task_id, allow_internal=True).exists()
