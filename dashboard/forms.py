"""Forms of the dashboard pages: they validate input, services decide."""

from django import forms

from insight.validation import object_id
from integrations.models import ExportFormat
from leads.models import LabelKind, LeadStatus, SentimentLabel
from leads.services import BULK_UPDATE_MAX_IDS

BULK_LABELS = [(k.value, k.label) for k in (LabelKind.GOOD_LEAD, LabelKind.NOT_A_LEAD, LabelKind.WRONG_INTENT)]


class OwnerField(forms.CharField):
    """``me``, ``none`` (unassigned) or a user id."""

    def clean(self, value):
        value = super().clean(value)
        if value and value not in ("me", "none") and object_id(value) is None:
            raise forms.ValidationError("Choose a person, yourself or nobody.")
        return value


class LeadSelectionForm(forms.Form):
    """The leads ticked in the table (``ids``, repeated): at least one, at most ``BULK_UPDATE_MAX_IDS``."""

    def __init__(self, data, *args, **kwargs) -> None:
        super().__init__(data, *args, **kwargs)
        self.ids = data.getlist("ids") if data is not None else []

    def clean(self) -> dict:
        cleaned = super().clean()
        if not self.ids:
            raise forms.ValidationError("Select at least one lead.")
        if len(self.ids) > BULK_UPDATE_MAX_IDS:
            raise forms.ValidationError(f"Select at most {BULK_UPDATE_MAX_IDS} leads.")
        ids = [object_id(value) for value in self.ids]
        if None in ids:
            raise forms.ValidationError("The selection is not a list of lead ids.")
        cleaned["ids"] = ids
        return cleaned


class LeadBulkForm(LeadSelectionForm):
    action = forms.ChoiceField(choices=[("assign", "Assign"), ("status", "Set status"), ("label", "Label")])
    owner = OwnerField(required=False)
    status = forms.ChoiceField(choices=[("", "—"), *LeadStatus.choices], required=False)
    label = forms.ChoiceField(choices=[("", "—"), *BULK_LABELS], required=False)

    def clean(self) -> dict:
        cleaned = super().clean()
        needed = {"assign": "owner", "status": "status", "label": "label"}.get(cleaned.get("action", ""))
        if needed and not cleaned.get(needed):
            self.add_error(needed, "Choose a value for this action.")
        return cleaned


class LeadExportForm(LeadSelectionForm):
    """Export the ticked leads through the export API, in one of its formats."""

    format = forms.ChoiceField(choices=ExportFormat.choices, required=False)

    def clean_format(self) -> str:
        # The format comes from the clicked button, which a busy form may leave out (dashboard.js disables it).
        return self.cleaned_data["format"] or ExportFormat.CSV


class LeadLabelForm(forms.Form):
    kind = forms.ChoiceField(choices=LabelKind.choices)
    corrected_sentiment = forms.ChoiceField(choices=[("", "—"), *SentimentLabel.choices], required=False)
    note = forms.CharField(required=False, max_length=2000)

    def clean(self) -> dict:
        cleaned = super().clean()
        if cleaned.get("kind") == LabelKind.WRONG_SENTIMENT and not cleaned.get("corrected_sentiment"):
            self.add_error("corrected_sentiment", "Say what the sentiment should have been.")
        return cleaned


class LeadUpdateForm(forms.Form):
    """One change at a time from the lead page or a triage key: status, owner or notes."""

    status = forms.ChoiceField(choices=LeadStatus.choices, required=False)
    owner = OwnerField(required=False)
    notes = forms.CharField(required=False, max_length=10000, widget=forms.Textarea)

    def changes(self) -> dict:
        return {key: self.cleaned_data[key] for key in ("status", "owner", "notes") if key in self.data}


class SavedViewForm(forms.Form):
    name = forms.CharField(
        max_length=100,
        error_messages={
            "required": "Give the view a name.",
            "max_length": "Give the view a name of at most 100 characters.",
        },
    )
    query = forms.CharField(
        max_length=2000,
        required=False,
        error_messages={"max_length": "These filters are too long to keep as a view (at most 2000 characters)."},
    )
