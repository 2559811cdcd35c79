from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q

from insight.models import TimeStampedModel
from insight.validation import whole_number
from integrations.models import CrmProvider
from scraping.urlsafety import url_refusal


class CompanyStatus(models.TextChoices):
    ACTIVE = "active", "Active"
    MERGED = "merged", "Merged into another company"


class Company(TimeStampedModel):
    """An organisation that leads attach to: listings that sell, conversations that ask, joined in one place."""

    name = models.CharField(max_length=500)
    name_key = models.CharField(max_length=500, db_index=True, help_text="Name without case, accents, legal form.")
    city = models.CharField(max_length=255, blank=True)
    domain = models.CharField(max_length=255, blank=True, db_index=True, help_text="Registrable domain.")
    status = models.CharField(max_length=16, choices=CompanyStatus.choices, default=CompanyStatus.ACTIVE)
    merged_into = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="absorbed")
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="companies"
    )
    tags = models.JSONField(default=list, blank=True)
    score = models.PositiveSmallIntegerField(default=0, validators=[MaxValueValidator(100)])
    score_explanation = models.JSONField(default=dict, blank=True)
    scored_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-score", "-id"]
        verbose_name_plural = "companies"
        indexes = [models.Index(fields=["status", "-score", "-id"], name="company_status_score_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(score__lte=100), name="company_score_max_100"),
            models.CheckConstraint(
                condition=Q(status="merged", merged_into__isnull=False) | Q(status="active", merged_into__isnull=True),
                name="company_merged_has_target",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class KeyKind(models.TextChoices):
    DOMAIN = "domain", "Registrable domain"
    NAME_CITY = "name_city", "Business name + city"
    PHONE = "phone", "Phone (E.164)"


class CompanyKey(models.Model):
    """One identity of a company (domain of its site or mail, name + city, phone); each belongs to one company."""

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="keys")
    kind = models.CharField(max_length=16, choices=KeyKind.choices)
    value = models.CharField(max_length=600)

    class Meta:
        ordering = ["kind", "value"]
        constraints = [models.UniqueConstraint(fields=["kind", "value"], name="company_key_unique")]

    def __str__(self) -> str:
        return f"{self.kind}: {self.value}"


class LinkMethod(models.TextChoices):
    DOMAIN = "domain", "Same registrable domain"
    NAME_CITY = "name_city", "Same name and city"
    PHONE = "phone", "Shared phone"
    EMAIL_DOMAIN = "email_domain", "Email domain"
    AUTHOR_PROFILE = "author_profile", "Author profile"
    LINK = "link", "Link in the post"
    SIGNATURE = "signature", "Signature names the company"
    MANUAL = "manual", "Linked by a person"
    FOUNDER = "founder", "The lead the company was created from"


class CompanyLink(TimeStampedModel):
    """A lead attached to a company, how and how surely; an undone link stays so matching never repeats it."""

    lead = models.ForeignKey("leads.Lead", on_delete=models.CASCADE, related_name="company_links")
    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="links")
    method = models.CharField(max_length=16, choices=LinkMethod.choices)
    confidence = models.FloatField(validators=[MinValueValidator(0.0), MaxValueValidator(1.0)])
    evidence = models.JSONField(default=dict, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    undone = models.BooleanField(default=False)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    undone_at = models.DateTimeField(null=True, blank=True)
    undo_reason = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["-confidence", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["lead", "company"], name="company_link_once_per_pair"),
            models.UniqueConstraint(fields=["lead"], condition=Q(undone=False), name="company_link_one_active"),
            models.CheckConstraint(condition=Q(confidence__gte=0, confidence__lte=1), name="company_link_confidence"),
            models.CheckConstraint(condition=Q(undone=False) | Q(undone_at__isnull=False), name="company_link_undo_at"),
        ]
        indexes = [models.Index(fields=["company", "undone"], name="company_link_company_idx")]

    def __str__(self) -> str:
        return f"lead {self.lead_id} → company {self.company_id} ({self.method})"


class EventKind(models.TextChoices):
    CREATED = "created", "Created"
    LINKED = "linked", "Lead linked"
    LINK_UNDONE = "link_undone", "Link undone"
    MERGED = "merged", "Merged"
    SPLIT = "split", "Split"
    ASSIGNED = "assigned", "Owner assigned"
    TAGGED = "tagged", "Tagged"


class CompanyEvent(models.Model):
    """History of a company: merges, splits, links made and undone, assignments; who did it and when."""

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=16, choices=EventKind.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    details = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.company_id})"


class Team(TimeStampedModel):
    """People who share round-robin assignment; ``last_assigned`` remembers whose turn it was."""

    name = models.CharField(max_length=200, unique=True)
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="insight_teams", blank=True)
    last_assigned = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class LeadTag(models.Model):
    """A tag put on a lead (by a trigger or a person); tags of companies live on the company."""

    lead = models.ForeignKey("leads.Lead", on_delete=models.CASCADE, related_name="company_tags")
    name = models.CharField(max_length=100)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["lead", "name"], name="lead_tag_unique")]

    def __str__(self) -> str:
        return self.name


class SignalType(models.TextChoices):
    INTENT = "intent", "Recent buyer-intent posts"
    LISTING = "listing", "Listing completeness and callable phones"
    SENTIMENT = "sentiment", "Sentiment"
    ENGAGEMENT = "engagement", "Engagement with us"


class SignalDecay(TimeStampedModel):
    """How much one signal type can add to a company score and how fast it fades (half-life in days)."""

    signal = models.CharField(max_length=16, choices=SignalType.choices, unique=True)
    max_points = models.PositiveSmallIntegerField(validators=[MaxValueValidator(100)])
    half_life_days = models.FloatField(validators=[MinValueValidator(0.1)])

    class Meta:
        ordering = ["signal"]
        constraints = [models.CheckConstraint(condition=Q(half_life_days__gt=0), name="signal_decay_half_life")]

    def __str__(self) -> str:
        return f"{self.get_signal_display()}: {self.max_points} pts, half-life {self.half_life_days} d"


class FieldCondition(models.TextChoices):
    HAS_MOBILE_PHONE = "has_mobile_phone", "Has a mobile phone"
    HAS_LANDLINE = "has_landline", "Has a callable landline"
    FREE_MAIL_ONLY = "free_mail_only", "Emails only at free-mail providers"
    HAS_WEBSITE = "has_website", "Has a website"
    MIN_CONVERSATIONS = "min_conversations", "At least N conversation leads"
    CATEGORY = "category", "Category contains"


class FieldRule(TimeStampedModel):
    """Points on a company's field values (has mobile phone +10, free-mail only −5), listed in the explanation."""

    name = models.CharField(max_length=200, unique=True)
    condition = models.CharField(max_length=24, choices=FieldCondition.choices)
    value = models.CharField(max_length=200, blank=True, help_text="N for min_conversations, text for category.")
    weight = models.SmallIntegerField(validators=[MinValueValidator(-100), MaxValueValidator(100)])
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.CheckConstraint(condition=Q(weight__gte=-100, weight__lte=100), name="field_rule_weight")]

    def __str__(self) -> str:
        return f"{self.name} ({self.weight:+d})"

    def clean(self) -> None:
        if self.condition == FieldCondition.MIN_CONVERSATIONS and whole_number(self.value or "", maximum=10**6) is None:
            raise ValidationError({"value": "Give the number of conversation leads."})
        if self.condition == FieldCondition.CATEGORY and not (self.value or "").strip():
            raise ValidationError({"value": "Give the text to look for."})


class TriggerTarget(models.TextChoices):
    LEAD = "lead", "Lead"
    COMPANY = "company", "Company"


class ScoreTrigger(TimeStampedModel):
    """Mautic-style point trigger: when a lead's or company's score rises to ``threshold``, run its actions."""

    name = models.CharField(max_length=200, unique=True)
    target = models.CharField(max_length=16, choices=TriggerTarget.choices)
    threshold = models.PositiveSmallIntegerField(validators=[MinValueValidator(1), MaxValueValidator(100)])
    repeatable = models.BooleanField(default=False, help_text="Fire on every upward crossing, not only the first.")
    is_active = models.BooleanField(default=True)
    active_from = models.DateTimeField(null=True, blank=True)
    active_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=Q(threshold__gte=1, threshold__lte=100), name="score_trigger_threshold"),
            models.CheckConstraint(
                condition=Q(active_from__isnull=True)
                | Q(active_until__isnull=True)
                | Q(active_from__lt=F("active_until")),
                name="score_trigger_window",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.target} ≥ {self.threshold})"

    def clean(self) -> None:
        if self.active_from and self.active_until and self.active_from >= self.active_until:
            raise ValidationError({"active_until": "The end must come after the start."})


class ActionKind(models.TextChoices):
    NOTIFY_OWNER = "notify_owner", "Notify the owner (in-app and email)"
    WEBHOOK = "webhook", "Send a signed webhook"
    ASSIGN_USER = "assign_user", "Assign to a person"
    ASSIGN_TEAM = "assign_team", "Assign round-robin within a team"
    TAG = "tag", "Tag"
    CRM_PUSH = "crm_push", "Push to the CRM"


class TriggerAction(models.Model):
    """One thing a trigger does when it fires; the fields used depend on ``kind``."""

    trigger = models.ForeignKey(ScoreTrigger, on_delete=models.CASCADE, related_name="actions")
    kind = models.CharField(max_length=16, choices=ActionKind.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    team = models.ForeignKey(Team, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    url = models.URLField(max_length=2000, blank=True)
    secret = models.CharField(max_length=200, blank=True, help_text="Signs the webhook body (HMAC-SHA256); required.")
    slack_format = models.BooleanField(default=False, help_text="Send a Slack-compatible {text: ...} body.")
    tag = models.CharField(max_length=100, blank=True)
    provider = models.CharField(max_length=32, choices=CrmProvider.choices, blank=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.get_kind_display()

    def clean(self) -> None:
        needs = {
            ActionKind.WEBHOOK: (("url", "Give the webhook URL."), ("secret", "Give the secret that signs it.")),
            ActionKind.ASSIGN_USER: (("user_id", "Choose the person."),),
            ActionKind.ASSIGN_TEAM: (("team_id", "Choose the team."),),
            ActionKind.TAG: (("tag", "Give the tag."),),
            ActionKind.CRM_PUSH: (("provider", "Choose the CRM."),),
        }
        errors = {
            name.removesuffix("_id"): message for name, message in needs.get(self.kind, ()) if not getattr(self, name)
        }
        if errors:
            raise ValidationError(errors)
        if self.kind == ActionKind.WEBHOOK:
            # The URL rule of webhooks, from the layer below (scraping.urlsafety), not from integrations' sender.
            if message := url_refusal(self.url, allow_private=settings.ALLOW_PRIVATE_URLS):
                raise ValidationError({"url": message})


class TriggerFiring(models.Model):
    """Audit of one firing: which trigger, for what, at which score, and what each action did."""

    trigger = models.ForeignKey(ScoreTrigger, on_delete=models.CASCADE, related_name="firings")
    lead = models.ForeignKey("leads.Lead", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    company = models.ForeignKey(Company, null=True, blank=True, on_delete=models.CASCADE, related_name="firings")
    previous_score = models.PositiveSmallIntegerField()
    score = models.PositiveSmallIntegerField()
    results = models.JSONField(default=list, blank=True)
    fired_at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["-fired_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(lead__isnull=False, company__isnull=True) | Q(lead__isnull=True, company__isnull=False),
                name="trigger_firing_one_target",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.trigger} at {self.score}"


class LeadState(models.Model):
    """What this app last did with a lead: the score its triggers saw and when matching last looked at it."""

    lead = models.OneToOneField(
        "leads.Lead", on_delete=models.CASCADE, primary_key=True, related_name="companies_state"
    )
    trigger_score = models.PositiveSmallIntegerField(null=True, blank=True)
    matched_at = models.DateTimeField(null=True, blank=True, db_index=True)

    def __str__(self) -> str:
        return f"lead {self.lead_id}"


class NotificationKind(models.TextChoices):
    ALERT = "alert", "High-intent alert"
    DIGEST = "digest", "Digest item"
    TRIGGER = "trigger", "Score trigger"


class Notification(models.Model):
    """An in-app message for one person; digest items wait until the next digest email."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=16, choices=NotificationKind.choices)
    title = models.CharField(max_length=300)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=500, blank=True)
    lead = models.ForeignKey("leads.Lead", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    company = models.ForeignKey(Company, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    score = models.PositiveSmallIntegerField(null=True, blank=True)
    poll_started_at = models.DateTimeField(null=True, blank=True, help_text="The poll that found the lead.")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["user", "read_at"], name="notification_unread_idx"),
            models.Index(fields=["kind", "emailed_at"], name="notification_digest_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lead", "kind"],
                condition=Q(kind__in=["alert", "digest"]),
                name="notification_alert_once",
            ),
        ]

    def __str__(self) -> str:
        return self.title
