from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Coalesce

from insight.models import TimeStampedModel


class LeadKind(models.TextChoices):
    BUSINESS = "business", "Business listing"
    CONVERSATION = "conversation", "Conversation"


class LeadStatus(models.TextChoices):
    NEW = "new", "New"
    CONTACTED = "contacted", "Contacted"
    QUALIFIED = "qualified", "Qualified"
    WON = "won", "Won"
    LOST = "lost", "Lost"
    DISCARDED = "discarded", "Discarded"


class SentimentLabel(models.TextChoices):
    NEGATIVE = "negative", "Negative"
    NEUTRAL = "neutral", "Neutral"
    POSITIVE = "positive", "Positive"


class IntentLevel(models.TextChoices):
    HIGH = "high", "High"
    MEDIUM = "medium", "Medium"
    LOW = "low", "Low"
    NONE = "none", "None"


class Lead(TimeStampedModel):
    """A business or a conversation worth a salesperson's attention; both pipelines end here."""

    kind = models.CharField(max_length=16, choices=LeadKind.choices, db_index=True)
    name = models.CharField(max_length=500, help_text="Business name or post title.")
    text = models.TextField(blank=True, help_text="Listing description or post body.")
    url = models.URLField(max_length=2000, blank=True)
    canonical_url = models.URLField(max_length=2000, blank=True)
    platform = models.CharField(max_length=64, db_index=True)
    platform_id = models.CharField(max_length=255, blank=True)
    domain = models.CharField(max_length=255, blank=True, db_index=True, help_text="Registrable domain.")
    author = models.CharField(max_length=255, blank=True)
    author_handle = models.CharField(max_length=255, blank=True)
    location = models.CharField(max_length=255, blank=True)
    category = models.CharField(max_length=255, blank=True, db_index=True)
    language = models.CharField(max_length=16, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    discovered_at = models.DateTimeField(auto_now_add=True)

    sentiment_score = models.FloatField(null=True, blank=True)
    sentiment_label = models.CharField(max_length=16, choices=SentimentLabel.choices, blank=True)
    intent_probability = models.FloatField(
        null=True, blank=True, validators=[MinValueValidator(0.0), MaxValueValidator(1.0)]
    )
    intent_level = models.CharField(max_length=16, choices=IntentLevel.choices, blank=True)
    score = models.PositiveSmallIntegerField(default=0, validators=[MaxValueValidator(100)])
    score_explanation = models.JSONField(default=dict, blank=True)
    scored_at = models.DateTimeField(null=True, blank=True)
    model_version = models.ForeignKey(
        "enrichment.ModelVersion", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    status = models.CharField(max_length=16, choices=LeadStatus.choices, default=LeadStatus.NEW)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="leads"
    )
    notes = models.TextField(blank=True)
    scrape_task = models.ForeignKey(
        "scraping.ScrapeTask", null=True, blank=True, on_delete=models.SET_NULL, related_name="leads"
    )
    monitor = models.ForeignKey(
        "scraping.Monitor", null=True, blank=True, on_delete=models.SET_NULL, related_name="leads"
    )
    dedupe_key = models.CharField(max_length=512, unique=True)
    content_key = models.CharField(
        max_length=64, blank=True, db_index=True, help_text="Digest of the author and the post text (conversations)."
    )
    raw = models.JSONField(default=dict, blank=True, help_text="Fields as the source gave them.")

    class Meta:
        ordering = ["-discovered_at", "-id"]
        indexes = [
            models.Index(fields=["-score", "-id"], name="lead_score_idx"),
            models.Index(fields=["-discovered_at", "-id"], name="lead_discovered_idx"),
            models.Index(fields=["status", "-discovered_at"], name="lead_status_idx"),
            models.Index(fields=["owner", "status"], name="lead_owner_status_idx"),
            models.Index(fields=["platform", "-discovered_at"], name="lead_platform_idx"),
            models.Index(fields=["kind", "-score"], name="lead_kind_score_idx"),
            models.Index(fields=["-published_at"], name="lead_published_idx"),
            # The list's other orderings: by name, and by publication date falling back to when it was found.
            models.Index(fields=["name", "id"], name="lead_name_idx"),
            models.Index(
                Coalesce("published_at", "discovered_at").desc(), F("id").desc(), name="lead_published_or_found_idx"
            ),
            # The analytics refresh looks up the days holding leads saved since its last run.
            models.Index(fields=["updated_at"], name="lead_updated_idx"),
            # One conversation read through several sources is found again by its URL.
            models.Index(fields=["canonical_url"], name="lead_canonical_url_idx"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(score__lte=100), name="lead_score_max_100"),
            models.CheckConstraint(
                condition=Q(intent_probability__isnull=True) | Q(intent_probability__gte=0, intent_probability__lte=1),
                name="lead_intent_probability_range",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class ContactKind(models.TextChoices):
    PHONE = "phone", "Phone"
    EMAIL = "email", "Email"
    WEBSITE = "website", "Website"
    SOCIAL = "social", "Social profile"


class ExtractionLayer(models.TextChoices):
    TEL_LINK = "tel_link", "tel: link"
    JSON_LD = "json_ld", "JSON-LD / microdata"
    VISIBLE_TEXT = "visible_text", "Visible text"
    WEBSITE_CRAWL = "website_crawl", "Website crawl"
    OCR = "ocr", "OCR"
    SOURCE = "source", "Source data"
    MANUAL = "manual", "Entered by a person"


class ContactPoint(TimeStampedModel):
    """One way to reach a lead (phone, email, website, social profile) and the evidence for it."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="contact_points")
    kind = models.CharField(max_length=16, choices=ContactKind.choices)
    value = models.CharField(max_length=1000, help_text="As found on the page.")
    normalized_value = models.CharField(max_length=1000, help_text="E.164 for phones, lower-case for emails.")
    layer = models.CharField(max_length=16, choices=ExtractionLayer.choices, default=ExtractionLayer.SOURCE)
    confidence = models.FloatField(default=0.5, validators=[MinValueValidator(0.0), MaxValueValidator(1.0)])
    page_url = models.URLField(max_length=2000, blank=True)
    bbox = models.JSONField(null=True, blank=True, help_text="{x, y, width, height} relative to the viewport.")
    details = models.JSONField(default=dict, blank=True, help_text="Number type, region, every source seen.")
    verification = models.JSONField(default=dict, blank=True)
    verified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["kind", "-confidence", "id"]
        constraints = [
            models.UniqueConstraint(fields=["lead", "kind", "normalized_value"], name="contact_point_unique_value"),
            models.CheckConstraint(
                condition=Q(confidence__gte=0, confidence__lte=1), name="contact_point_confidence_range"
            ),
        ]
        indexes = [models.Index(fields=["kind", "normalized_value"], name="contact_point_value_idx")]

    def __str__(self) -> str:
        return f"{self.kind}: {self.normalized_value}"


class LabelKind(models.TextChoices):
    GOOD_LEAD = "good_lead", "Good lead"
    NOT_A_LEAD = "not_a_lead", "Not a lead"
    WRONG_INTENT = "wrong_intent", "Wrong intent"
    WRONG_SENTIMENT = "wrong_sentiment", "Wrong sentiment"


class Label(TimeStampedModel):
    """A person's judgement of a lead: the training data of the feedback loop."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="labels")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="labels")
    kind = models.CharField(max_length=24, choices=LabelKind.choices)
    corrected_sentiment = models.CharField(max_length=16, choices=SentimentLabel.choices, blank=True)
    corrected_intent = models.CharField(max_length=16, choices=IntentLevel.choices, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="wrong_sentiment") | ~Q(corrected_sentiment=""),
                name="label_sentiment_correction_given",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on lead {self.lead_id}"

    def clean(self) -> None:
        if self.kind == LabelKind.WRONG_SENTIMENT and not self.corrected_sentiment:
            raise ValidationError({"corrected_sentiment": "Say what the sentiment should have been."})


class KeywordSet(TimeStampedModel):
    """Named search expression used by monitors (phrases, OR, AND, NOT, prefix wildcards)."""

    name = models.CharField(max_length=200, unique=True)
    description = models.TextField(blank=True)
    expression = models.TextField(help_text='e.g. "looking for a CRM" OR (recommend* AND crm) NOT hiring')
    language = models.CharField(max_length=16, blank=True)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        from leads.keywords import keyword_expression_error

        error = keyword_expression_error(self.expression)
        if error:
            raise ValidationError({"expression": error})


class RuleCondition(models.TextChoices):
    KEYWORD = "keyword", "Text contains keyword"
    REGEX = "regex", "Text matches regular expression"
    PLATFORM = "platform", "Platform is"
    KIND = "kind", "Lead kind is"
    HAS_PHONE = "has_phone", "Has a phone number"
    HAS_EMAIL = "has_email", "Has an email address"
    INTENT_LEVEL = "intent_level", "Intent level is at least"
    SENTIMENT = "sentiment", "Sentiment is"
    RECENCY = "recency", "Published within hours"
    CATEGORY = "category", "Category contains"
    AUTHOR = "author", "Author name or handle contains"


class ScoringRule(TimeStampedModel):
    """One admin-editable contribution to a lead's score, with the reason shown in its explanation."""

    name = models.CharField(max_length=200, unique=True)
    description = models.TextField(blank=True)
    condition = models.CharField(max_length=24, choices=RuleCondition.choices)
    value = models.CharField(max_length=500, blank=True, help_text="What the condition compares with.")
    weight = models.SmallIntegerField(validators=[MinValueValidator(-100), MaxValueValidator(100)])
    applies_to = models.CharField(max_length=16, choices=LeadKind.choices, blank=True, help_text="Blank: every kind.")
    is_active = models.BooleanField(default=True)
    active_from = models.DateTimeField(null=True, blank=True)
    active_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=Q(weight__gte=-100, weight__lte=100), name="scoring_rule_weight_range"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.weight:+d})"

    def clean(self) -> None:
        from leads.rules import rule_value_error

        message = rule_value_error(self.condition, self.value)
        if message:
            raise ValidationError({"value": message})
        if self.active_from and self.active_until and self.active_from >= self.active_until:
            raise ValidationError({"active_until": "The end must come after the start."})


class LeadStatusChange(models.Model):
    """One step in a lead's status history: who moved it from which status to which, and when."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="status_changes")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    from_status = models.CharField(max_length=16, choices=LeadStatus.choices)
    to_status = models.CharField(max_length=16, choices=LeadStatus.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["lead", "-created_at"], name="lead_status_change_idx")]
        constraints = [
            models.CheckConstraint(condition=~Q(from_status=models.F("to_status")), name="lead_status_change_differs"),
        ]

    def __str__(self) -> str:
        return f"Lead {self.lead_id}: {self.from_status} → {self.to_status}"
