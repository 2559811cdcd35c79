"""Input and output shapes of the companies API; inputs validate, services decide."""

from rest_framework import serializers

from companies.models import Company, CompanyEvent, CompanyKey, CompanyLink, CompanyStatus, Notification
from companies.services import SPLIT_MAX_LEADS
from insight.api_fields import ObjectIdField, ObjectPrimaryKeyField
from leads.api.serializers import UserRefSerializer
from leads.models import Lead

MERGE_MAX_SOURCES = 50


class CompanyFilterSerializer(serializers.Serializer):
    q = serializers.CharField(required=False, allow_blank=True, max_length=200, default="")
    score_min = serializers.IntegerField(min_value=0, max_value=100, required=False)
    owner = ObjectIdField(required=False)
    status = serializers.ChoiceField(choices=CompanyStatus.choices, required=False, default=CompanyStatus.ACTIVE)


class CompanyListSerializer(serializers.ModelSerializer):
    owner = UserRefSerializer(allow_null=True)
    lead_count = serializers.IntegerField()

    class Meta:
        model = Company
        fields = ["id", "name", "city", "domain", "status", "owner", "tags", "score", "scored_at", "lead_count"]


class CompanyKeySerializer(serializers.ModelSerializer):
    class Meta:
        model = CompanyKey
        fields = ["kind", "value"]


class CompanyDetailSerializer(serializers.ModelSerializer):
    owner = UserRefSerializer(allow_null=True)
    keys = CompanyKeySerializer(many=True)

    class Meta:
        model = Company
        fields = [
            "id",
            "name",
            "city",
            "domain",
            "status",
            "merged_into",
            "owner",
            "tags",
            "keys",
            "score",
            "score_explanation",
            "scored_at",
            "created_at",
        ]


class LeadRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Lead
        fields = ["id", "kind", "name", "platform", "url", "score", "intent_level", "status", "published_at"]


class CompanyLinkSerializer(serializers.ModelSerializer):
    lead = LeadRefSerializer()
    created_by = UserRefSerializer(allow_null=True)
    undone_by = UserRefSerializer(allow_null=True)

    class Meta:
        model = CompanyLink
        fields = [
            "id",
            "lead",
            "company",
            "method",
            "confidence",
            "evidence",
            "created_by",
            "created_at",
            "undone",
            "undone_by",
            "undone_at",
            "undo_reason",
        ]


class CompanyEventSerializer(serializers.ModelSerializer):
    actor = UserRefSerializer(allow_null=True)

    class Meta:
        model = CompanyEvent
        fields = ["id", "kind", "actor", "details", "created_at"]


class MergeInputSerializer(serializers.Serializer):
    sources = serializers.ListField(child=ObjectIdField(), min_length=1, max_length=MERGE_MAX_SOURCES)


class SplitInputSerializer(serializers.Serializer):
    lead_ids = serializers.ListField(child=ObjectIdField(), min_length=1, max_length=SPLIT_MAX_LEADS)
    name = serializers.CharField(required=False, allow_blank=True, max_length=500, default="")


class LinkCreateInputSerializer(serializers.Serializer):
    lead = ObjectPrimaryKeyField(queryset=Lead.objects.all())
    company = ObjectPrimaryKeyField(queryset=Company.objects.all())


class UndoInputSerializer(serializers.Serializer):
    reason = serializers.CharField(required=False, allow_blank=True, max_length=500, default="")


class NotificationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Notification
        fields = [
            "id",
            "kind",
            "title",
            "body",
            "url",
            "lead",
            "company",
            "score",
            "created_at",
            "emailed_at",
            "read_at",
        ]


class NotificationFilterSerializer(serializers.Serializer):
    unread = serializers.BooleanField(required=False, default=False)


class ReadAllOutputSerializer(serializers.Serializer):
    marked = serializers.IntegerField()
