from rest_framework import serializers

from leads.models import LeadKind

MAX_ITEMS = 256
MAX_CHARS = 10_000


class AnalyzeInputSerializer(serializers.Serializer):
    """Either ``text`` (one post) or ``texts`` (up to 256 posts), each at most 10,000 characters."""

    text = serializers.CharField(required=False, max_length=MAX_CHARS, allow_blank=False, trim_whitespace=False)
    texts = serializers.ListField(
        child=serializers.CharField(max_length=MAX_CHARS, allow_blank=False, trim_whitespace=False),
        required=False,
        allow_empty=False,
        max_length=MAX_ITEMS,
    )
    platform = serializers.CharField(required=False, allow_blank=True, max_length=64, default="")
    kind = serializers.ChoiceField(choices=LeadKind.choices, required=False, allow_blank=True, default="")

    def validate_text(self, value: str) -> str:
        if not value.strip():
            raise serializers.ValidationError("The text is only spaces; send the words of the post.")
        return value

    def validate_texts(self, value: list[str]) -> list[str]:
        if blank := [str(n) for n, text in enumerate(value) if not text.strip()][:10]:
            raise serializers.ValidationError(f"Texts {', '.join(blank)} are only spaces; send the words of each post.")
        return value

    def validate(self, attrs):
        if ("text" in attrs) == ("texts" in attrs):
            raise serializers.ValidationError({"text": "Send either `text` (one post) or `texts` (a list), not both."})
        return attrs


class AnalysisSerializer(serializers.Serializer):
    sentiment = serializers.DictField(help_text="label, score in [-1, 1], probabilities, vader_compound")
    intent = serializers.DictField(help_text="probability in [0, 1] and level: high / medium / low / none")
    score = serializers.IntegerField(min_value=0, max_value=100)
    explanation = serializers.DictField(help_text="formula, every contribution with its evidence, model outputs")
    model_version_ids = serializers.DictField(child=serializers.IntegerField())


class AnalyzeBatchOutputSerializer(serializers.Serializer):
    results = AnalysisSerializer(many=True)


class ModelVersionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    kind = serializers.CharField()
    version = serializers.CharField()
    is_active = serializers.BooleanField()
    metrics = serializers.DictField()
    training_counts = serializers.DictField()
    embedder = serializers.CharField()
    trained_at = serializers.DateTimeField(allow_null=True)
    activated_at = serializers.DateTimeField(allow_null=True)
    activation_reason = serializers.CharField()


class RetrainRunSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    status = serializers.CharField()
    trigger = serializers.CharField()
    created_at = serializers.DateTimeField()
    finished_at = serializers.DateTimeField(allow_null=True)
    result = serializers.DictField()
    error = serializers.CharField()


class EnrichmentStepSerializer(serializers.Serializer):
    step = serializers.CharField(help_text="phone, twilio, website, places, summary or quality")
    label = serializers.CharField()
    status = serializers.CharField(help_text="pending, running, done, skipped or failed")
    error = serializers.CharField(help_text="Why it failed or was skipped.")
    transient = serializers.BooleanField(help_text="A failure a later run may get past (timeout, 429, 5xx).")
    attempts = serializers.IntegerField()
    from_cache = serializers.BooleanField(help_text="Answered from the lookup cache: nothing paid.")
    finished_at = serializers.DateTimeField(allow_null=True)
    result = serializers.DictField()


class LeadEnrichmentSerializer(serializers.Serializer):
    lead_id = serializers.IntegerField()
    status = serializers.CharField(help_text="not_started, queued, running, done, partial or retrying")
    queued_at = serializers.DateTimeField(allow_null=True, required=False)
    started_at = serializers.DateTimeField(allow_null=True, required=False)
    finished_at = serializers.DateTimeField(allow_null=True, required=False)
    retry_at = serializers.DateTimeField(allow_null=True, required=False)
    attempts = serializers.IntegerField(required=False)
    error = serializers.CharField(required=False)
    summary = serializers.CharField(help_text="Extractive: the lead's own most central sentences.")
    quality_score = serializers.IntegerField(allow_null=True, min_value=0, max_value=100)
    quality_explanation = serializers.DictField(help_text="formula and components with points, max and reasons")
    insights = serializers.ListField(child=serializers.CharField(), help_text="Computed at request time.")
    phone = serializers.DictField(allow_null=True, help_text="Best number: line type, callable now, local time.")
    business = serializers.DictField(allow_null=True, help_text="What the business is, from its site and Places.")
    steps = EnrichmentStepSerializer(many=True)
