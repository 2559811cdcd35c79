"""Export jobs, CRM field mappings and sync records, webhook endpoints and their deliveries."""

from django.conf import settings
from django.db import models
from django.db.models import Q

from insight.models import TimeStampedModel
from leads.models import Lead


class ExportFormat(models.TextChoices):
    CSV = "csv", "CSV"
    JSON = "json", "JSON"
    XLSX = "xlsx", "Excel (xlsx)"


class JobStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    RUNNING = "running", "Running"
    COMPLETED = "completed", "Completed"
    FAILED = "failed", "Failed"
    EXPIRED = "expired", "Expired (file removed)"


class ExportJob(TimeStampedModel):
    """A lead export too large to stream in one request: written to a file under the data dir by a worker."""

    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="export_jobs")
    format = models.CharField(max_length=8, choices=ExportFormat.choices)
    filters = models.JSONField(default=dict, blank=True, help_text="Query parameters of the export, as given.")
    status = models.CharField(max_length=16, choices=JobStatus.choices, default=JobStatus.PENDING)
    total_rows = models.PositiveIntegerField(default=0, help_text="Rows matching the filters when the job started.")
    row_count = models.PositiveIntegerField(default=0, help_text="Rows written so far.")
    file_path = models.CharField(max_length=500, blank=True, help_text="Relative to EXPORT_ROOT.")
    error = models.TextField(blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="completed") | ~Q(file_path=""), name="export_job_completed_has_file"
            ),
        ]

    def __str__(self) -> str:
        return f"Export {self.pk} ({self.format}, {self.status})"

    @property
    def progress(self) -> float:
        if self.status == JobStatus.COMPLETED:
            return 1.0
        return round(self.row_count / self.total_rows, 3) if self.total_rows else 0.0


class CrmProvider(models.TextChoices):
    HUBSPOT = "hubspot", "HubSpot"
    SALESFORCE = "salesforce", "Salesforce"


class CrmObject(models.TextChoices):
    CONTACT = "contact", "HubSpot contact / Salesforce Lead"
    COMPANY = "company", "HubSpot company"


class LeadField(models.TextChoices):
    """What a mapping can read from a lead (``integrations.crm.mapping.lead_values`` computes each)."""

    NAME = "name", "Name (business name or post title)"
    COMPANY = "company", "Company name"
    FIRST_NAME = "first_name", "First name"
    LAST_NAME = "last_name", "Last name"
    EMAIL = "email", "Best email"
    PHONE = "phone", "Best phone (E.164)"
    WEBSITE = "website", "Website"
    DOMAIN = "domain", "Domain"
    LOCATION = "location", "Location"
    CATEGORY = "category", "Category"
    PLATFORM = "platform", "Platform"
    URL = "url", "Source URL"
    SCORE = "score", "Score"
    STATUS = "status", "Status"
    LEAD_ID = "lead_id", "Insight lead id"


class CrmFieldMapping(TimeStampedModel):
    """Which lead value goes into which CRM property; edited in admin, read on every sync."""

    provider = models.CharField(max_length=16, choices=CrmProvider.choices)
    crm_object = models.CharField(max_length=16, choices=CrmObject.choices, default=CrmObject.CONTACT)
    lead_field = models.CharField(max_length=32, choices=LeadField.choices)
    remote_field = models.CharField(max_length=100, help_text="CRM property / field API name, e.g. email, Company.")
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["provider", "crm_object", "remote_field"]
        constraints = [
            models.UniqueConstraint(
                fields=["provider", "crm_object", "remote_field"], name="crm_mapping_unique_remote_field"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.provider} {self.crm_object}.{self.remote_field} ← {self.lead_field}"


class SyncStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    SYNCED = "synced", "Synced"
    FAILED = "failed", "Failed"


class CrmSyncRecord(TimeStampedModel):
    """One lead's state in one CRM: the remote ids that make a re-sync an update, never a duplicate."""

    lead = models.ForeignKey("leads.Lead", on_delete=models.CASCADE, related_name="crm_syncs")
    provider = models.CharField(max_length=16, choices=CrmProvider.choices)
    status = models.CharField(max_length=16, choices=SyncStatus.choices, default=SyncStatus.PENDING)
    remote_id = models.CharField(max_length=100, blank=True, help_text="Contact (HubSpot) or Lead (Salesforce) id.")
    remote_company_id = models.CharField(max_length=100, blank=True)
    last_synced_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    attempts = models.PositiveIntegerField(default=0)
    triggered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-updated_at"]
        constraints = [models.UniqueConstraint(fields=["lead", "provider"], name="crm_sync_one_per_lead_provider")]
        indexes = [models.Index(fields=["provider", "status"], name="crm_sync_provider_status_idx")]

    def __str__(self) -> str:
        return f"{self.provider} sync of lead {self.lead_id}: {self.status}"


class WebhookEvent(models.TextChoices):
    LEAD_QUALIFIED = "lead.qualified", "A lead became qualified"
    CRM_SYNCED = "crm.synced", "A lead was pushed to a CRM"
    CRM_SYNC_FAILED = "crm.sync_failed", "A CRM push failed"
    EXPORT_COMPLETED = "export.completed", "A background export finished"
    COMPANY_ALERT = "company.alert", "A company alert fired"
    PING = "ping", "Test delivery"


class PayloadStyle(models.TextChoices):
    GENERIC = "generic", "Generic JSON"
    SLACK = "slack", "Slack-compatible ({text})"


class WebhookEndpoint(TimeStampedModel):
    """A URL that receives signed POSTs for the events it subscribed to."""

    name = models.CharField(max_length=200)
    url = models.URLField(max_length=2000)
    secret = models.CharField(max_length=200, help_text="HMAC-SHA256 key; receivers verify X-Insight-Signature.")
    events = models.JSONField(default=list, help_text='Event names, e.g. ["lead.qualified"].')
    style = models.CharField(max_length=16, choices=PayloadStyle.choices, default=PayloadStyle.GENERIC)
    is_active = models.BooleanField(default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    DELIVERED = "delivered", "Delivered"
    FAILED = "failed", "Failed"


class WebhookDelivery(TimeStampedModel):
    """One event sent to one URL: the log of its attempts and the receiver's last answer."""

    endpoint = models.ForeignKey(
        WebhookEndpoint, null=True, blank=True, on_delete=models.CASCADE, related_name="deliveries"
    )
    url = models.URLField(max_length=2000)
    secret = models.CharField(max_length=200, blank=True, help_text="Signing key of a send without an endpoint.")
    event = models.CharField(max_length=100)
    payload = models.JSONField(default=dict, blank=True)
    style = models.CharField(max_length=16, choices=PayloadStyle.choices, default=PayloadStyle.GENERIC)
    status = models.CharField(max_length=16, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    response_status = models.PositiveSmallIntegerField(null=True, blank=True)
    response_body = models.TextField(blank=True, help_text="First 2,000 characters of the last answer.")
    last_error = models.TextField(blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "created_at"], name="webhook_delivery_status_idx")]
        verbose_name_plural = "webhook deliveries"

    def __str__(self) -> str:
        return f"{self.event} → {self.url} ({self.status})"


class LeadImport(Lead):
    """Admin entry for importing leads from CSV/Excel (a proxy: no table of its own)."""

    class Meta:
        proxy = True
        verbose_name = "lead import"
        verbose_name_plural = "lead imports (CSV / Excel)"
