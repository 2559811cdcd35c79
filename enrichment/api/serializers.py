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
