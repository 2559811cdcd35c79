"""Enrichment providers, one module each, looked up by name (``settings.ENRICHMENT_PROVIDERS`` sets the order)."""

from enrichment.providers.base import Provider

_REGISTRY: dict[str, type[Provider]] = {}


def register(cls: type[Provider]) -> type[Provider]:
    """Class decorator: make a provider available under its ``name``."""
    _REGISTRY[cls.name] = cls
    return cls


def _load() -> dict[str, type[Provider]]:
    # Always import every module (a no-op once loaded): a test or caller that imported one provider module
    # directly must not leave the registry holding only that one.
    from enrichment.providers import phone, places, twilio, website  # noqa: F401 - registers them

    return _REGISTRY


def provider_names() -> list[str]:
    return sorted(_load())


def provider_get(name: str) -> Provider:
    try:
        return _load()[name]()
    except KeyError:
        raise ValueError(f"Unknown enrichment provider {name!r}; choose from {', '.join(provider_names())}.") from None


def providers_in_order(names: list[str]) -> list[Provider]:
    """The providers named in ``names`` (settings order: free ones first, paid ones after), unknown names refused."""
    return [provider_get(name) for name in names]
