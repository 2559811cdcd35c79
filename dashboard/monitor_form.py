"""The monitor form: one fieldset per conversation source instead of raw JSON, mapped to the service's shape."""

import re

from django import forms

from leads.models import KeywordSet
from scraping.models import Monitor, PlatformRecipe

POLL_CHOICES = [(300, "5 minutes"), (900, "15 minutes"), (1800, "30 minutes"), (3600, "1 hour"), (21600, "6 hours")]
# source → (label, {option: (label, kind)}); kind "list" is comma separated, "lines" one per line.
SOURCES: dict[str, tuple[str, dict[str, tuple[str, str]]]] = {
    "reddit": ("Reddit", {"subreddits": ("Subreddits (comma separated, empty: all)", "list")}),
    "hackernews": ("Hacker News", {"tags": ("Tags (e.g. story, comment)", "text")}),
    "bluesky": ("Bluesky", {"lang": ("Language (e.g. en)", "text")}),
    "mastodon": (
        "Mastodon",
        {"instance": ("Instance (e.g. mastodon.example)", "text"), "hashtags": ("Hashtags", "list")},
    ),
    "rss": ("RSS / Atom feeds", {"urls": ("Feed URLs (one per line)", "lines")}),
    "x": ("X (Twitter)", {}),
    "recipe": ("Forum (platform recipe)", {"recipe": ("Recipe", "recipe")}),
}
LIST_FILTERS = {
    "include_sites": "Only these sites",
    "exclude_sites": "Never these sites",
    "exclude_authors": "Ignore authors",
}


def _split(value: str, kind: str) -> list[str]:
    parts = value.splitlines() if kind == "lines" else value.split(",")
    return [part.strip() for part in parts if part.strip()]


class MonitorForm(forms.Form):
    name = forms.CharField(max_length=200)
    keyword_set = forms.ModelChoiceField(queryset=KeywordSet.objects.filter(is_active=True), empty_label=None)
    min_score = forms.IntegerField(min_value=0, max_value=100, initial=50, label="Minimum score for a lead")
    poll_interval = forms.TypedChoiceField(choices=POLL_CHOICES, coerce=int, initial=900, label="Check every")
    language = forms.CharField(max_length=16, required=False, label="Language filter (e.g. en)")
    is_active = forms.BooleanField(required=False, initial=True, label="Active")

    def __init__(self, *args, monitor: Monitor | None = None, **kwargs) -> None:
        if monitor is not None and "initial" not in kwargs:
            kwargs["initial"] = self.initial_from(monitor)
        super().__init__(*args, **kwargs)
        recipes = [("", "—")] + [(r.slug, r.name) for r in PlatformRecipe.objects.filter(is_active=True)]
        for source, (label, options) in SOURCES.items():
            self.fields[f"{source}__on"] = forms.BooleanField(required=False, label=label)
            self.fields[f"{source}__query"] = forms.CharField(
                required=False, max_length=500, label="Search instead of the keyword set (optional)"
            )
            for option, (option_label, kind) in options.items():
                if kind == "recipe":
                    field = forms.ChoiceField(choices=recipes, required=False, label=option_label)
                else:
                    widget = forms.Textarea(attrs={"rows": 2}) if kind == "lines" else None
                    field = forms.CharField(required=False, max_length=5000, label=option_label, widget=widget)
                self.fields[f"{source}__{option}"] = field
        for key, label in LIST_FILTERS.items():
            self.fields[key] = forms.CharField(required=False, max_length=2000, label=f"{label} (comma separated)")

    @staticmethod
    def initial_from(monitor: Monitor) -> dict:
        initial = {
            "name": monitor.name,
            "keyword_set": monitor.keyword_set_id,
            "min_score": monitor.min_score,
            "poll_interval": monitor.poll_interval,
            "is_active": monitor.is_active,
            "language": (monitor.filters or {}).get("language", ""),
        }
        for key in LIST_FILTERS:
            initial[key] = ", ".join((monitor.filters or {}).get(key, []))
        for entry in monitor.sources:
            source = entry.get("source")
            if source not in SOURCES or initial.get(f"{source}__on"):
                continue
            initial[f"{source}__on"] = True
            initial[f"{source}__query"] = entry.get("query", "")
            for option, (_, kind) in SOURCES[source][1].items():
                value = entry.get(option, entry.get("url", "") if option == "urls" else "")
                if isinstance(value, list):
                    value = ("\n" if kind == "lines" else ", ").join(value)
                initial[f"{source}__{option}"] = value
        return initial

    def source_groups(self) -> list[dict]:
        return [
            {
                "key": source,
                "on": self[f"{source}__on"],
                "fields": [self[f"{source}__query"], *(self[f"{source}__{o}"] for o in options)],
            }
            for source, (_, options) in SOURCES.items()
        ]

    def main_fields(self) -> list:
        return [self[key] for key in ("name", "keyword_set", "min_score", "poll_interval", "is_active")]

    def filter_fields(self) -> list:
        return [self["language"], *(self[key] for key in LIST_FILTERS)]

    def clean(self) -> dict:
        cleaned = super().clean()
        sources = []
        for source, (_, options) in SOURCES.items():
            if not cleaned.get(f"{source}__on"):
                continue
            entry: dict = {"source": source}
            if cleaned.get(f"{source}__query"):
                entry["query"] = cleaned[f"{source}__query"].strip()
            for option, (_, kind) in options.items():
                value = (cleaned.get(f"{source}__{option}") or "").strip()
                if value:
                    entry[option] = _split(value, kind) if kind in ("list", "lines") else value
            sources.append(entry)
        if not sources:
            raise forms.ValidationError("Choose at least one source.")
        filters: dict = {}
        if cleaned.get("language"):
            filters["language"] = cleaned["language"].strip()
        for key in LIST_FILTERS:
            values = _split(cleaned.get(key) or "", "list")
            if values:
                filters[key] = values
        cleaned["sources"], cleaned["filters"] = sources, filters
        return cleaned

    def service_fields(self) -> dict:
        keys = ("name", "keyword_set", "sources", "filters", "min_score", "poll_interval", "is_active")
        return {key: self.cleaned_data[key] for key in keys}

    def add_service_errors(self, errors: dict[str, list[str]]) -> None:
        """Errors from the service keyed like ``sources[0].subreddits`` go to the form as a whole, others to fields."""
        sources = self.cleaned_data.get("sources", [])
        for key, messages in errors.items():
            match = re.match(r"sources\[(\d+)\]\.?(.*)", key)
            if match and int(match.group(1)) < len(sources):
                source = sources[int(match.group(1))]["source"]
                key = f"{SOURCES[source][0]}{' ' + match.group(2) if match.group(2) else ''}"
            for message in messages:
                target = key if key in self.fields else None
                self.add_error(target, message if target else f"{key}: {message}")
