from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import Q

from leads.models import LeadKind


class AuditAction(models.TextChoices):
    EXPORT = "export", "Export"
    IMPORT = "import", "Import"
    SYNC = "sync", "CRM sync"
    WEBHOOK = "webhook", "Webhook"
    ERASURE = "erasure", "Erasure"
    SUPPRESSION_ADD = "suppression_add", "Suppression added"
    SUPPRESSION_REMOVE = "suppression_remove", "Suppression removed"
    RETENTION_RUN = "retention_run", "Retention run"
    ARCHIVE = "archive", "Archive"
    RESTORE = "restore", "Restore"
    ROLE_CHANGE = "role_change", "Role change"
    POLICY_CHANGE = "policy_change", "Retention policy change"


class AuditEntry(models.Model):
    """Who did what to which data and when: append-only, written by services, read by admins."""

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="audit_entries"
    )
    actor_email = models.CharField(max_length=254, blank=True, help_text="Kept when the account is deleted.")
    action = models.CharField(max_length=32, choices=AuditAction.choices)
    target_type = models.CharField(max_length=64, blank=True)
    target_id = models.CharField(max_length=64, blank=True)
    details = models.JSONField(default=dict, blank=True, encoder=DjangoJSONEncoder)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "audit entries"
        indexes = [
            models.Index(fields=["action", "-created_at"], name="audit_action_idx"),
            models.Index(fields=["target_type", "target_id"], name="audit_target_idx"),
        ]

    def __str__(self) -> str:
        who = self.actor_email or "system"
        return f"{self.get_action_display()} by {who} at {self.created_at:%Y-%m-%d %H:%M}"


class SuppressionKind(models.TextChoices):
    PHONE = "phone", "Phone (E.164)"
    EMAIL = "email", "Email address"
    DOMAIN = "domain", "Domain"


class SuppressionReason(models.TextChoices):
    OPT_OUT = "opt_out", "Opt-out request"
    ERASURE = "erasure", "Right to erasure"


class Suppression(models.Model):
    """An identifier that must never be stored again: checked at ingestion and at export.

    Matching goes through ``value_hash`` so entries created by an erasure need not keep the identifier in clear
    (``value`` is then blank); opt-out entries keep ``value`` so admins can read the list.
    """

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    kind = models.CharField(max_length=16, choices=SuppressionKind.choices)
    value = models.CharField(max_length=320, blank=True, help_text="Normalised identifier; blank when only hashed.")
    value_hash = models.CharField(max_length=64, editable=False, help_text="SHA-256 of kind:value.")
    reason = models.CharField(max_length=16, choices=SuppressionReason.choices, default=SuppressionReason.OPT_OUT)
    note = models.CharField(max_length=500, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "value_hash"], name="suppression_unique_identifier"),
            models.CheckConstraint(condition=~Q(value_hash=""), name="suppression_hash_present"),
        ]

    def __str__(self) -> str:
        shown = self.value or f"#{self.value_hash[:12]}"
        return f"{self.kind} {shown} ({self.get_reason_display().lower()}, entry {self.pk})"


class ErasureReceipt(models.Model):
    """Proof that a right-to-erasure request was honoured: what was deleted, when and by whom.

    It never holds the identifiers in clear: ``identifiers_hash`` (SHA-256 over the sorted normalised identifiers)
    lets whoever presents them again check that this receipt is theirs.
    """

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_by_email = models.CharField(max_length=254, blank=True)
    reference = models.CharField(max_length=200, blank=True, help_text="Ticket or letter this request came from.")
    identifiers_hash = models.CharField(max_length=64, db_index=True)
    identifier_kinds = models.JSONField(default=list, help_text="Which kinds of identifier were given.")
    counts = models.JSONField(default=dict, help_text="Records deleted or redacted, per kind of record.")
    suppression_ids = models.JSONField(default=list, help_text="Suppression entries that keep them out.")

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Erasure {self.pk} at {self.created_at:%Y-%m-%d %H:%M}"


class RetentionPolicy(models.Model):
    """How long leads of one kind are kept after their last change; leads in ``keep_statuses`` are never deleted."""

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    lead_kind = models.CharField(max_length=16, unique=True, choices=LeadKind.choices)
    days = models.PositiveIntegerField(help_text="Delete after this many days without a change.")
    keep_statuses = models.JSONField(
        default=list, blank=True, help_text='Statuses never deleted, e.g. ["qualified", "won"].'
    )
    archive = models.BooleanField(default=True, help_text="Write leads to the monthly archive before deleting them.")
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["lead_kind"]
        verbose_name_plural = "retention policies"
        constraints = [models.CheckConstraint(condition=Q(days__gte=1), name="retention_policy_days_positive")]

    def __str__(self) -> str:
        return f"{self.lead_kind}: {self.days} days"

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        from leads.models import LeadStatus

        unknown = [s for s in self.keep_statuses or [] if s not in LeadStatus.values]
        if not isinstance(self.keep_statuses, list) or unknown:
            raise ValidationError({"keep_statuses": f"A list of lead statuses ({', '.join(LeadStatus.values)})."})


class RunStatus(models.TextChoices):
    RUNNING = "running", "Running"
    COMPLETED = "completed", "Completed"
    FAILED = "failed", "Failed"


class RetentionRun(models.Model):
    """One enforcement of the retention policies (scheduled or by hand): its status and what it archived/deleted."""

    started_at = models.DateTimeField(auto_now_add=True, db_index=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=16, choices=RunStatus.choices, default=RunStatus.RUNNING)
    triggered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    counts = models.JSONField(default=dict, blank=True, encoder=DjangoJSONEncoder)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-started_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["status"], condition=Q(status="running"), name="retention_run_one_at_a_time"
            )
        ]

    def __str__(self) -> str:
        return f"Retention run {self.pk} ({self.status})"
