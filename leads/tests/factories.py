import factory

from leads.models import ContactKind, ContactPoint, ExtractionLayer, KeywordSet, Label, LabelKind, Lead, LeadKind


class LeadFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Lead

    kind = LeadKind.BUSINESS
    name = factory.Sequence(lambda n: f"Maple Leaf Plumbing {n}")
    text = "Licensed plumbers serving the Greater Toronto Area."
    url = factory.Sequence(lambda n: f"https://maple-plumbing-{n}.example.com/")
    platform = "google_maps"
    platform_id = factory.Sequence(lambda n: f"place-{n}")
    location = "Toronto, ON"
    category = "Plumber"
    dedupe_key = factory.LazyAttribute(lambda o: f"id:{o.platform}:{o.platform_id}")


class ContactPointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactPoint

    lead = factory.SubFactory(LeadFactory)
    kind = ContactKind.PHONE
    value = factory.Sequence(lambda n: f"(416) 555-01{n % 100:02d}")
    normalized_value = factory.Sequence(lambda n: f"+1416555{n % 100:04d}")
    layer = ExtractionLayer.TEL_LINK
    confidence = 0.95


class LabelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Label

    lead = factory.SubFactory(LeadFactory)
    kind = LabelKind.GOOD_LEAD


class KeywordSetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = KeywordSet

    name = factory.Sequence(lambda n: f"CRM seekers {n}")
    expression = '"looking for a CRM" OR "recommend a CRM"'
