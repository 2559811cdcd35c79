"""Issue #24: errors name fields as the forms label them, and plurals are right."""

from django.apps import apps
from rest_framework import serializers

from accounts.models import Role


def test_list_length_errors_say_element_for_one():
    field = serializers.ListField(child=serializers.CharField(), min_length=1, max_length=2)
    errors = []
    for value in ([], ["a", "b", "c"]):
        try:
            field.run_validation(value)
        except serializers.ValidationError as exc:
            errors.extend(str(e) for e in exc.detail)
    assert errors == ["Ensure this field has at least 1 element.", "Ensure this field has no more than 2 elements."]


def test_model_plurals_are_english():
    names = {str(m._meta.verbose_name_plural) for m in apps.get_models()}
    assert "webhook deliveries" in names
    for model in apps.get_models():
        singular, plural = str(model._meta.verbose_name), str(model._meta.verbose_name_plural)
        if singular.endswith("y") and singular[-2:-1] not in "aeiou":
            assert plural != singular + "s", model


def test_lead_filter_errors_use_the_forms_labels(client_for):
    html = client_for(Role.SALES).get("/leads/", {"score_min": "lots", "score_max": "5"}).content.decode()
    assert "Score from:" in html and "A valid integer is required" in html
    assert "score_min:" not in html
    html = client_for(Role.SALES).get("/leads/", {"score_min": "50", "score_max": "5"}).content.decode()
    assert "Score to: Must not be below “Score from”." in html
