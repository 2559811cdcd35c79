"""Input and output shapes of the integrations API."""

from rest_framework import serializers

from insight.api_fields import ObjectIdField
from integrations.models import (
    CrmProvider,
    CrmSyncRecord,
    ExportJob,
    PayloadStyle,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEvent,
)
from integrations.services import CRM_PUSH_MAX_IDS


class ExportJobSerializer(serializers.ModelSerializer):
    requested_by = serializers.EmailField(source="requested_by.email")
    progress = serializers.FloatField(help_text="0–1")
    download_url = serializers.SerializerMethodField()

    class Meta:
        model = ExportJob
        fields = [
            "id",
            "format",
            "status",
            "total_rows",
            "row_count",
            "progress",
            "error",
            "requested_by",
            "created_at",
            "started_at",
            "finished_at",
            "download_url",
        ]

    def get_download_url(self, job: ExportJob) -> str | None:
        """Only for the person who asked for the export: the file is theirs (managers see the job, not its rows)."""
        request = self.context.get("request")
        mine = request is not None and job.requested_by_id == request.user.pk
        return f"/api/v1/exports/{job.pk}/download" if job.status == "completed" and mine else None


class CrmSyncRecordSerializer(serializers.ModelSerializer):
    class Meta:
        model = CrmSyncRecord
        fields = [
            "lead",
            "provider",
            "status",
            "remote_id",
            "remote_company_id",
            "last_synced_at",
            "last_error",
            "attempts",
            "updated_at",
        ]


class CrmPushInputSerializer(serializers.Serializer):
    provider = serializers.ChoiceField(choices=CrmProvider.choices)


class CrmBulkPushInputSerializer(CrmPushInputSerializer):
    ids = serializers.ListField(child=ObjectIdField(), min_length=1, max_length=CRM_PUSH_MAX_IDS)


class LeadImportInputSerializer(serializers.Serializer):
    file = serializers.FileField(help_text="CSV (UTF-8) or Excel (.xlsx) with a header row")
    dry_run = serializers.BooleanField(default=True, help_text="Preview only: nothing is saved")


class ImportRowSerializer(serializers.Serializer):
    row = serializers.IntegerField(help_text="Spreadsheet row number (the header is row 1)")
    action = serializers.ChoiceField(choices=["created", "updated", "error"])
    lead_id = serializers.IntegerField(allow_null=True)
    name = serializers.CharField()
    errors = serializers.DictField(child=serializers.ListField(child=serializers.CharField()))


class ImportReportSerializer(serializers.Serializer):
    dry_run = serializers.BooleanField()
    imported = serializers.BooleanField(help_text="True when the rows were saved")
    total = serializers.IntegerField()
    created = serializers.IntegerField()
    updated = serializers.IntegerField()
    errors = serializers.IntegerField()
    ignored_columns = serializers.ListField(child=serializers.CharField())
    rows = ImportRowSerializer(many=True)


class WebhookEndpointSerializer(serializers.ModelSerializer):
    events = serializers.ListField(child=serializers.ChoiceField(choices=WebhookEvent.choices), min_length=1)
    style = serializers.ChoiceField(choices=PayloadStyle.choices, default=PayloadStyle.GENERIC)
    secret = serializers.CharField(write_only=True, min_length=16, max_length=200)

    class Meta:
        model = WebhookEndpoint
        fields = ["id", "name", "url", "secret", "events", "style", "is_active", "created_at", "updated_at"]
        read_only_fields = ["id", "created_at", "updated_at"]


class WebhookDeliverySerializer(serializers.ModelSerializer):
    class Meta:
        model = WebhookDelivery
        fields = [
            "id",
            "endpoint",
            "url",
            "event",
            "payload",
            "status",
            "attempts",
            "response_status",
            "response_body",
            "last_error",
            "delivered_at",
            "created_at",
        ]
