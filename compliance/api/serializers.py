from rest_framework import serializers

from compliance.models import (
    AuditAction,
    AuditEntry,
    ErasureReceipt,
    RetentionPolicy,
    RetentionRun,
    Suppression,
    SuppressionKind,
)
from insight.api_fields import DayField, ObjectIdField
from leads.models import LeadStatus


class SuppressionSerializer(serializers.ModelSerializer):
    created_by = serializers.EmailField(source="created_by.email", default=None, read_only=True)

    class Meta:
        model = Suppression
        fields = ["id", "kind", "value", "reason", "note", "created_by", "created_at"]
        read_only_fields = fields


class SuppressionInputSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=SuppressionKind.choices)
    value = serializers.CharField(max_length=320)
    note = serializers.CharField(max_length=500, required=False, default="", allow_blank=True)


class SuppressionFilterSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=SuppressionKind.choices, required=False, default="")
    search = serializers.CharField(required=False, default="", max_length=320)


class ErasureInputSerializer(serializers.Serializer):
    email = serializers.CharField(required=False, default="", allow_blank=True, max_length=320)
    phone = serializers.CharField(required=False, default="", allow_blank=True, max_length=64)
    reference = serializers.CharField(required=False, default="", allow_blank=True, max_length=200)


class ErasureReceiptSerializer(serializers.ModelSerializer):
    class Meta:
        model = ErasureReceipt
        fields = [
            "id",
            "created_at",
            "requested_by_email",
            "reference",
            "identifiers_hash",
            "identifier_kinds",
            "counts",
            "suppression_ids",
        ]
        read_only_fields = fields


class AuditEntrySerializer(serializers.ModelSerializer):
    class Meta:
        model = AuditEntry
        fields = ["id", "created_at", "actor", "actor_email", "action", "target_type", "target_id", "details"]
        read_only_fields = fields


class AuditFilterSerializer(serializers.Serializer):
    action = serializers.ChoiceField(choices=AuditAction.choices, required=False, default="")
    actor = ObjectIdField(required=False, default=None)
    target_type = serializers.CharField(required=False, default="", max_length=64)
    target_id = serializers.CharField(required=False, default="", max_length=64)
    since = serializers.DateTimeField(required=False, default=None)
    until = serializers.DateTimeField(required=False, default=None)

    def to_selector_params(self) -> dict:
        data = dict(self.validated_data)
        data["actor_id"] = data.pop("actor")
        return data


class RetentionPolicySerializer(serializers.ModelSerializer):
    class Meta:
        model = RetentionPolicy
        fields = ["id", "lead_kind", "days", "keep_statuses", "archive", "is_active", "updated_at"]
        read_only_fields = ["id", "lead_kind", "updated_at"]


class RetentionPolicyUpdateSerializer(serializers.Serializer):
    days = serializers.IntegerField(min_value=1, max_value=36500, required=False)
    keep_statuses = serializers.ListField(child=serializers.ChoiceField(choices=LeadStatus.choices), required=False)
    archive = serializers.BooleanField(required=False)
    is_active = serializers.BooleanField(required=False)


class RetentionRunSerializer(serializers.ModelSerializer):
    class Meta:
        model = RetentionRun
        fields = ["id", "status", "started_at", "finished_at", "triggered_by", "counts", "error"]
        read_only_fields = fields


class ArchiveFileSerializer(serializers.Serializer):
    name = serializers.CharField()
    month = serializers.CharField()
    size = serializers.IntegerField(help_text="Bytes, compressed.")


class RestoreInputSerializer(serializers.Serializer):
    since = DayField(help_text="First day, included (leads discovered from this day).")
    until = DayField(help_text="Last day, excluded.")


class RestoreResultSerializer(serializers.Serializer):
    leads = serializers.IntegerField()
    contact_points = serializers.IntegerField()
    labels = serializers.IntegerField()
    skipped_existing = serializers.IntegerField()
    skipped_suppressed = serializers.IntegerField()
