"""The monitor form: one fieldset per conversation source instead of raw JSON, mapped to the service's shape."""

import re

from django import forms
from django.db.models import Count, Q

from leads.keywords import MAX_EXPRESSION_LENGTH, keyword_expression_error
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
# Service error keys that are not form fields, as the form calls them.
FIELD_LABELS = {
    "sources": "Sources",
    "filters": "Filters",
    "poll_interval": "Check every",
    "min_score": "Minimum score for a lead",
    "keyword_set": "Keyword set",
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
    keyword_set = forms.ModelChoiceField(
        queryset=KeywordSet.objects.filter(is_active=True),
        required=False,
        empty_label="New keyword set…",
        label="Keyword set",
    )
    keyword_name = forms.CharField(max_length=200, required=False, label="Keyword set name")
    keyword_expression = forms.CharField(
        max_length=MAX_EXPRESSION_LENGTH,
        required=False,
        label="Keywords",
        widget=forms.Textarea(attrs={"rows": 3, "spellcheck": "false"}),
        help_text='e.g. "looking for a CRM" OR (recommend* AND crm) NOT hiring. Operators in capitals; '
        "quote phrases; * ends a word prefix; site:, author: and subreddit: filter.",
    )
    # The keyword set whose name and keywords the two fields above were filled from: they change that set only.
    keyword_loaded = forms.CharField(required=False, widget=forms.HiddenInput)
    min_score = forms.IntegerField(min_value=0, max_value=100, initial=50, label="Minimum score for a lead")
    poll_interval = forms.TypedChoiceField(choices=POLL_CHOICES, coerce=int, initial=900, label="Check every")
    language = forms.CharField(max_length=16, required=False, label="Language filter (e.g. en)")
    is_active = forms.BooleanField(required=False, initial=True, label="Active")

    def __init__(self, *args, monitor: Monitor | None = None, **kwargs) -> None:
        if monitor is not None and "initial" not in kwargs:
            kwargs["initial"] = self.initial_from(monitor)
        elif monitor is None and "initial" not in kwargs:
            first = KeywordSet.objects.filter(is_active=True).order_by("name").first()
            kwargs["initial"] = self.keyword_initial(first) if first else {}
        super().__init__(*args, **kwargs)
        if monitor is not None:  # a monitor keeps its keyword set even after the set was deactivated
            self.fields["keyword_set"].queryset = KeywordSet.objects.filter(
                Q(is_active=True) | Q(pk=monitor.keyword_set_id)
            )
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
    def keyword_initial(keyword_set: KeywordSet) -> dict:
        return {
            "keyword_set": keyword_set.pk,
            "keyword_name": keyword_set.name,
            "keyword_expression": keyword_set.expression,
            "keyword_loaded": keyword_set.pk,
        }

    @classmethod
    def initial_from_post(cls, data) -> dict:
        """The form as it was posted, to show again unjudged (an unticked box is absent from the post)."""
        booleans = [key for key, f in cls(monitor=None, initial={}).fields.items() if isinstance(f, forms.BooleanField)]
        return {
            **{key: False for key in booleans},
            **{key: data.get(key) for key in data if key != "csrfmiddlewaretoken"},
        }

    def keyword_sets(self) -> list[dict]:
        """Every choosable keyword set with what the page needs to fill the fields when it is chosen."""
        return [
            {"id": ks.pk, "name": ks.name, "expression": ks.expression, "monitors": ks.monitor_count}
            for ks in self.fields["keyword_set"].queryset.annotate(monitor_count=Count("monitors"))
        ]

    @staticmethod
    def initial_from(monitor: Monitor) -> dict:
        initial = {
            "name": monitor.name,
            **MonitorForm.keyword_initial(monitor.keyword_set),
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
        return [self[key] for key in ("name", "min_score", "poll_interval", "is_active")]

    def keyword_fields(self) -> list:
        return [self[key] for key in ("keyword_set", "keyword_name", "keyword_expression")]

    def _clean_keywords(self, cleaned: dict) -> None:
        """A new keyword set to create, or changes to the chosen one, in ``cleaned["keyword_changes"]``."""
        chosen = cleaned.get("keyword_set")
        if chosen is None and self.has_error("keyword_set"):
            return
        name = (cleaned.get("keyword_name") or "").strip()
        expression = (cleaned.get("keyword_expression") or "").strip()
        edits_chosen = chosen is not None and (cleaned.get("keyword_loaded") or "").strip() == str(chosen.pk)
        if chosen is not None and not edits_chosen:
            return  # another set was chosen without its fields being loaded (no script): use it as it is
        if not name:
            self.add_error("keyword_name", "Name the keyword set." if chosen else "Name the new keyword set.")
        if not expression:
            self.add_error("keyword_expression", "Write the keywords to watch for.")
        elif error := keyword_expression_error(expression):
            self.add_error("keyword_expression", error)
        if name and KeywordSet.objects.filter(name__iexact=name).exclude(pk=getattr(chosen, "pk", None)).exists():
            self.add_error("keyword_name", "A keyword set with this name already exists: choose it above instead.")
        if chosen is None:
            cleaned["keyword_changes"] = {"name": name, "expression": expression}
        elif (name, expression) != (chosen.name, chosen.expression):
            cleaned["keyword_changes"] = {"name": name, "expression": expression}

    def filter_fields(self) -> list:
        return [self["language"], *(self[key] for key in LIST_FILTERS)]

    def clean(self) -> dict:
        cleaned = super().clean()
        self._clean_keywords(cleaned)
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
                label = self.fields[target].label if target else FIELD_LABELS.get(key, key)
                self.add_error(target, message if target else f"{label}: {message}")

    def add_keyword_set_errors(self, errors: dict[str, list[str]]) -> None:
        targets = {"name": "keyword_name", "expression": "keyword_expression"}
        for key, messages in errors.items():
            for message in messages:
                self.add_error(targets.get(key), message if key in targets else f"Keyword set: {message}")
