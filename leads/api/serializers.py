"""Input and output shapes of the leads API; inputs validate, services decide."""

import math

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from accounts.models import User
from insight.api_fields import DayField, ObjectIdField, ObjectPrimaryKeyField
from insight.validation import object_id
from leads.models import (
    ContactPoint,
    IntentLevel,
    KeywordSet,
    Label,
    LabelKind,
    Lead,
    LeadKind,
    LeadStatus,
    RuleCondition,
    ScoringRule,
    SentimentLabel,
)
from leads.place_details import MAX_RATING, MAX_REVIEWS, has_place_details, place_details
from leads.selectors import LEAD_ORDERINGS
from leads.services import BULK_UPDATE_MAX_IDS


class UserRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    email = serializers.EmailField()
    name = serializers.CharField(source="get_full_name")


class MultiValueField(serializers.ListField):
    """A query parameter given repeated (``?status=new&status=won``) or comma separated (``?status=new,won``)."""

    def get_value(self, dictionary):
        value = super().get_value(dictionary)
        if isinstance(value, list):
            return [part.strip() for item in value for part in str(item).split(",") if part.strip()]
        return value


class LeadIdsField(MultiValueField):
    """Lead ids (``?ids=12,15,31`` or repeated): whole numbers, at most ``BULK_UPDATE_MAX_IDS`` like bulk changes."""

    default_error_messages = {
        "empty": "Give at least one lead id.",
        "not_an_id": "Lead ids are whole numbers separated by commas; “{value}” is not one.",
        "too_many": "At most {limit} lead ids at once; {count} were given.",
    }

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault(
            "help_text",
            f"Only these leads: ids separated by commas (or the parameter repeated), at most {BULK_UPDATE_MAX_IDS}",
        )
        super().__init__(
            child=ObjectIdField(),
            allow_empty=False,
            max_length=BULK_UPDATE_MAX_IDS,
            **kwargs,
        )

    def to_internal_value(self, data) -> list[int]:
        if isinstance(data, list):
            if len(data) > BULK_UPDATE_MAX_IDS:
                self.fail("too_many", limit=BULK_UPDATE_MAX_IDS, count=len(data))
            for value in data:
                if object_id(value) is None:
                    self.fail("not_an_id", value=str(value)[:20])
        return super().to_internal_value(data)


class LeadFilterSerializer(serializers.Serializer):
    """Query parameters of ``GET /leads``; a value that does not parse is a 400, never silently ignored."""

    ids = LeadIdsField(required=False)
    status = MultiValueField(child=serializers.ChoiceField(choices=LeadStatus.choices), required=False)
    platform = MultiValueField(child=serializers.CharField(max_length=64), required=False)
    kind = serializers.ChoiceField(choices=LeadKind.choices, required=False)
    score_min = serializers.IntegerField(min_value=0, max_value=100, required=False)
    score_max = serializers.IntegerField(min_value=0, max_value=100, required=False)
    discovered_from = DayField(required=False, help_text="YYYY-MM-DD, inclusive")
    discovered_to = DayField(required=False, help_text="YYYY-MM-DD, inclusive")
    owner = serializers.CharField(required=False, help_text="A user id, `me` or `none` (unassigned)")
    has_phone = serializers.BooleanField(required=False, allow_null=True, default=None)
    min_rating = serializers.FloatField(
        min_value=0,
        max_value=MAX_RATING,
        required=False,
        help_text="Only places rated at least this (0 to 5, like 4.5); leads without a rating are left out",
        error_messages={
            "invalid": "min_rating is a rating from 0 to 5, like 4.5.",
            "min_value": "min_rating is a rating from 0 to 5, like 4.5.",
            "max_value": "min_rating is a rating from 0 to 5, like 4.5.",
            "max_string_length": "min_rating is a rating from 0 to 5, like 4.5.",
        },
    )
    min_reviews = serializers.IntegerField(
        min_value=0,
        max_value=MAX_REVIEWS,
        required=False,
        help_text="Only places with at least this many reviews; leads without a review count are left out",
        error_messages={
            "invalid": "min_reviews is a whole number of reviews, like 50.",
            "min_value": "min_reviews is a whole number of reviews, 0 or more.",
            "max_value": "min_reviews is a whole number of reviews, at most {max_value}.",
            "max_string_length": "min_reviews is a whole number of reviews, like 50.",
        },
    )
    q = serializers.CharField(required=False, allow_blank=True, max_length=500, default="")
    ordering = serializers.ChoiceField(choices=list(LEAD_ORDERINGS), required=False, default="-discovered_at")

    def validate_owner(self, value: str) -> str:
        if value not in ("me", "none") and object_id(value) is None:
            raise serializers.ValidationError("Use a user id, `me` or `none`.")
        return value

    def validate_min_rating(self, value: float) -> float:
        if not math.isfinite(value):  # "nan" parses as a float and compares as neither too low nor too high
            raise serializers.ValidationError("min_rating is a rating from 0 to 5, like 4.5.")
        return value

    def validate(self, attrs: dict) -> dict:
        if attrs.get("score_min") is not None and attrs.get("score_max") is not None:
            if attrs["score_min"] > attrs["score_max"]:
                raise serializers.ValidationError({"score_max": "Must not be below score_min."})
        if attrs.get("discovered_from") and attrs.get("discovered_to"):
            if attrs["discovered_from"] > attrs["discovered_to"]:
                raise serializers.ValidationError({"discovered_to": "Must not be before discovered_from."})
        return attrs

    def to_selector_params(self, user: User) -> dict:
        params = dict(self.validated_data)
        params.pop("ordering", None)
        owner = params.pop("owner", None)
        params["unassigned"] = owner == "none"
        params["owner_id"] = user.pk if owner == "me" else object_id(owner) if owner else None
        return params


class ContactPointSerializer(serializers.ModelSerializer):
    class Meta:
        model = ContactPoint
        fields = ["id", "kind", "value", "normalized_value", "layer", "confidence", "page_url", "verified_at"]


class LeadPhoneSerializer(serializers.Serializer):
    value = serializers.CharField()
    normalized_value = serializers.CharField()
    confidence = serializers.FloatField()


class PlaceSerializer(serializers.Serializer):
    """A place's details as its map listing shows them (Google Maps); each null when the listing did not show it."""

    rating = serializers.FloatField(allow_null=True, help_text="Stars, 0 to 5")
    reviews = serializers.IntegerField(allow_null=True, help_text="Number of reviews")
    hours = serializers.CharField(allow_null=True, help_text="Opening hours as shown: 'Monday: 9 AM–5 PM; …'")
    price_level = serializers.CharField(allow_null=True, help_text="Price level as shown, like '$$'")
    plus_code = serializers.CharField(allow_null=True, help_text="Plus code, like '8GC2+QW Toronto'")
    place_id = serializers.CharField(allow_null=True, help_text="Google place id (ChIJ…)")
    cid = serializers.CharField(allow_null=True, help_text="Google customer id (digits)")
    latitude = serializers.FloatField(allow_null=True)
    longitude = serializers.FloatField(allow_null=True)


@extend_schema_field(PlaceSerializer(allow_null=True))
class PlaceField(serializers.Field):
    """The lead's place details (``leads.place_details``), or null when its source showed none. Read only."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("help_text", "Place details (rating, reviews, hours, …) when the source is a map listing")
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, lead: Lead) -> dict | None:
        details = place_details(lead)
        return details if has_place_details(details) else None


class LeadListSerializer(serializers.ModelSerializer):
    owner = UserRefSerializer(allow_null=True)
    phones = LeadPhoneSerializer(many=True, help_text="Phone numbers, best first")
    label_count = serializers.IntegerField()
    place = PlaceField()

    class Meta:
        model = Lead
        fields = [
            "id",
            "kind",
            "name",
            "url",
            "platform",
            "location",
            "category",
            "author",
            "score",
            "intent_level",
            "sentiment_label",
            "status",
            "owner",
            "phones",
            "label_count",
            "place",
            "published_at",
            "discovered_at",
        ]


class CorrectionField(serializers.ChoiceField):
    """A label's corrected sentiment or intent: one of the choices, or null when the label corrects nothing (the
    model stores that as "", which is not a choice)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(allow_null=True, **kwargs)

    def to_representation(self, value: str) -> str | None:
        return value or None


class LabelSerializer(serializers.ModelSerializer):
    author = UserRefSerializer(allow_null=True, read_only=True)
    corrected_sentiment = CorrectionField(choices=SentimentLabel.choices, read_only=True)
    corrected_intent = CorrectionField(choices=IntentLevel.choices, read_only=True)

    class Meta:
        model = Label
        fields = ["id", "lead", "author", "kind", "corrected_sentiment", "corrected_intent", "note", "created_at"]
        read_only_fields = fields


class LeadDetailSerializer(serializers.ModelSerializer):
    owner = UserRefSerializer(allow_null=True)
    contact_points = ContactPointSerializer(many=True)
    labels = LabelSerializer(many=True)
    place = PlaceField()

    class Meta:
        model = Lead
        fields = [
            "id",
            "kind",
            "name",
            "text",
            "url",
            "canonical_url",
            "platform",
            "platform_id",
            "domain",
            "author",
            "author_handle",
            "location",
            "category",
            "place",
            "language",
            "published_at",
            "discovered_at",
            "sentiment_score",
            "sentiment_label",
            "intent_probability",
            "intent_level",
            "score",
            "score_explanation",
            "scored_at",
            "status",
            "owner",
            "notes",
            "scrape_task",
            "monitor",
            "contact_points",
            "labels",
            "updated_at",
        ]


class LeadUpdateInputSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=LeadStatus.choices, required=False)
    owner = ObjectPrimaryKeyField(queryset=User.objects.all(), allow_null=True, required=False)
    notes = serializers.CharField(allow_blank=True, required=False, max_length=20000)

    def validate(self, attrs: dict) -> dict:
        if not attrs:
            raise serializers.ValidationError("Say what to change: status, owner or notes.")
        return attrs


class LeadBulkUpdateInputSerializer(serializers.Serializer):
    ids = serializers.ListField(child=ObjectIdField(), min_length=1, max_length=BULK_UPDATE_MAX_IDS)
    changes = LeadUpdateInputSerializer()


class LeadBulkUpdateOutputSerializer(serializers.Serializer):
    updated = serializers.ListField(child=serializers.IntegerField(), help_text="Ids of the changed leads")


class LabelInputSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=LabelKind.choices)
    corrected_sentiment = CorrectionField(choices=SentimentLabel.choices, required=False)
    corrected_intent = CorrectionField(choices=IntentLevel.choices, required=False)
    note = serializers.CharField(allow_blank=True, required=False, default="", max_length=5000)

    def validate(self, attrs: dict) -> dict:
        # null and leaving a correction out say the same: this label corrects nothing.
        return {key: value for key, value in attrs.items() if value is not None}


class LabelFilterSerializer(serializers.Serializer):
    lead = ObjectIdField(required=False)
    kind = serializers.ChoiceField(choices=LabelKind.choices, required=False)
    author = serializers.CharField(required=False, help_text="A user id or `me`")

    def validate_author(self, value: str) -> str:
        if value != "me" and object_id(value) is None:
            raise serializers.ValidationError("Use a user id or `me`.")
        return value


class KeywordSetSerializer(serializers.ModelSerializer):
    class Meta:
        model = KeywordSet
        fields = ["id", "name", "description", "expression", "language", "is_active", "created_at", "updated_at"]
        read_only_fields = ["id", "created_at", "updated_at"]
        # Uniqueness is checked by the model's full_clean in the service (one message, one place).
        extra_kwargs = {"name": {"validators": []}}


class ScoringRuleSerializer(serializers.ModelSerializer):
    condition = serializers.ChoiceField(choices=RuleCondition.choices)

    class Meta:
        model = ScoringRule
        fields = [
            "id",
            "name",
            "description",
            "condition",
            "value",
            "weight",
            "applies_to",
            "is_active",
            "active_from",
            "active_until",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["id", "created_at", "updated_at"]
        extra_kwargs = {"name": {"validators": []}}
