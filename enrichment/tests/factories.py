import factory

from enrichment.models import ModelKind, ModelVersion

# Short posts of every kind (a buyer, a rant, a job advert, a long ask, nothing) for comparing embedding variants.
VARIANT_POSTS = [
    "can anyone recommend a good CRM for a 5 person team?",
    "this tool is awful",
    "we're hiring a senior backend engineer (remote). apply at example.com/jobs",
    "need a plumber in leeds tonight, old victorian house, pipes are ancient, who do you use?",
    "",
]


class ModelVersionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ModelVersion

    kind = ModelKind.INTENT
    version = factory.Sequence(lambda n: f"v{n}")
    artifact = factory.LazyAttribute(lambda o: f"models/{o.kind}-{o.version}.joblib")
    metrics = factory.LazyFunction(lambda: {"f1": 0.8})
