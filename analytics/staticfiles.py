"""A staticfiles finder for the plotly.js bundle shipped inside the pinned plotly package (no CDN, no copy in git)."""

from pathlib import Path

import plotly
from django.contrib.staticfiles.finders import BaseFinder
from django.core.checks import Error
from django.core.files.storage import FileSystemStorage

PLOTLY_SOURCE = Path(plotly.__file__).resolve().parent / "package_data" / "plotly.min.js"
# The version in the path makes browsers fetch the new bundle after an upgrade.
PLOTLY_PREFIX = f"vendor/plotly-{plotly.__version__}"
PLOTLY_STATIC_PATH = f"{PLOTLY_PREFIX}/plotly.min.js"


class PlotlyFinder(BaseFinder):
    """Finds ``vendor/plotly-<version>/plotly.min.js`` for runserver, WhiteNoise and collectstatic."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.storage = FileSystemStorage(location=PLOTLY_SOURCE.parent)
        self.storage.prefix = PLOTLY_PREFIX

    def check(self, **kwargs) -> list[Error]:
        if not PLOTLY_SOURCE.is_file():
            return [Error(f"{PLOTLY_SOURCE} is missing; reinstall plotly from requirements.txt.", id="analytics.E001")]
        return []

    def find(self, path: str, find_all: bool = False, **kwargs) -> str | list[str]:
        find_all = find_all or kwargs.get("all", False)
        match = [str(PLOTLY_SOURCE)] if path == PLOTLY_STATIC_PATH and PLOTLY_SOURCE.is_file() else []
        return match if find_all else (match[0] if match else [])

    def list(self, ignore_patterns):
        if PLOTLY_SOURCE.is_file():
            yield PLOTLY_SOURCE.name, self.storage
