import factory

from enrichment.models import ModelKind, ModelVersion


class ModelVersionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ModelVersion

    kind = ModelKind.INTENT
    version = factory.Sequence(lambda n: f"v{n}")
    artifact = factory.LazyAttribute(lambda o: f"models/{o.kind}-{o.version}.joblib")
    metrics = factory.LazyFunction(lambda: {"f1": 0.8})
