"""Calls from a lower app to a higher one, declared in one place (issue 21: apps depend on each other one way).

The layering (docs/architecture.md) lets an app import only the apps below it. When a lower app must have something
done by a higher one (the compliance erasure forgetting company keys, which live in ``companies``), it calls a hook
declared here; the higher app registers the implementation in its ``AppConfig.ready()``. The lower app never imports
the higher one, and a hook nobody registered fails loudly instead of silently skipping the work.
"""

from collections.abc import Callable
from typing import Any

from django.core.exceptions import ImproperlyConfigured


class Hook:
    """One named call point with exactly one implementation, registered by the app that owns the work."""

    def __init__(self, name: str, doc: str) -> None:
        self.name = name
        self.__doc__ = doc
        self._impl: Callable[..., Any] | None = None

    def register(self, impl: Callable[..., Any]) -> Callable[..., Any]:
        self._impl = impl
        return impl

    def __call__(self, **kwargs: Any) -> Any:
        if self._impl is None:
            raise ImproperlyConfigured(f"No implementation registered for the hook {self.name!r}.")
        return self._impl(**kwargs)

    def __repr__(self) -> str:
        return f"<Hook {self.name}>"


# compliance -> companies (registered by companies.apps.CompaniesConfig.ready)
companies_linked = Hook(
    "companies_linked",
    "companies_linked(lead_ids=set[int]) -> set[int]: the companies these leads are linked to (read before the "
    "leads are deleted: the links go with them).",
)
companies_forget = Hook(
    "companies_forget",
    "companies_forget(company_ids=set[int], phones=..., emails=..., domains=...) -> int: after a purge, delete the "
    "company keys holding the identifiers and rescore every company that lost a lead or a key; returns how many keys "
    "were deleted.",
)
