"""Admin helpers shared by the apps' ``admin.py`` modules."""

from django.contrib.admin import widgets
from django.core.exceptions import ValidationError


class _ValidValuesOnlyMixin:
    """Django's autocomplete widget looks up the submitted ids to render them again; a value such as ``abc``
    in an integer key then raises ``ValueError`` (a 500) while the form is re-shown with its error. Values the
    related key cannot hold are left out of that lookup, so the form shows the field's "Select a valid choice"."""

    def optgroups(self, name, value, attr=None):
        remote_opts = self.field.remote_field.model._meta
        key = remote_opts.get_field(getattr(self.field.remote_field, "field_name", None) or remote_opts.pk.name)
        valid = []
        for item in value:
            try:
                key.to_python(item)
            except (ValidationError, TypeError, ValueError):
                continue
            valid.append(item)
        return super().optgroups(name, valid, attr)


class SafeAutocompleteSelect(_ValidValuesOnlyMixin, widgets.AutocompleteSelect):
    pass


class SafeAutocompleteSelectMultiple(_ValidValuesOnlyMixin, widgets.AutocompleteSelectMultiple):
    pass


class SafeAutocompleteMixin:
    """For a ModelAdmin or inline with ``autocomplete_fields``: an invalid submitted id is a form error, not a 500."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = SafeAutocompleteSelect(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = SafeAutocompleteSelectMultiple(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_manytomany(db_field, request, **kwargs)
