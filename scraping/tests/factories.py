import factory

from accounts.tests.factories import UserFactory
from leads.tests.factories import KeywordSetFactory
from scraping.models import Monitor, PlatformRecipe, ScrapeTask, TaskEvent

SANDBOX_RECIPE = {
    "search": {"url_template": "http://127.0.0.1:8001/maps/search?q={query}"},
    "items": {"selectors": ["div.place", "li.result"]},
    "fields": {
        "name": {"selectors": ["h3.name", "h3"]},
        "url": {"selectors": ["a.place-link"], "attribute": "href"},
        "phone": {"selectors": ["a[href^='tel:']"], "attribute": "href", "regex": "tel:(.+)"},
    },
    "pagination": {"mode": "scroll", "max_pages": 5},
}


class PlatformRecipeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PlatformRecipe
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"sandbox-maps-{n}")
    name = factory.Sequence(lambda n: f"Sandbox maps {n}")
    runner = "browser"
    definition = factory.LazyFunction(lambda: dict(SANDBOX_RECIPE))


class ScrapeTaskFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ScrapeTask
        skip_postgeneration_save = True

    owner = factory.SubFactory(UserFactory)
    queries = factory.LazyFunction(lambda: ["plumbers in Toronto"])
    max_results = 20

    @factory.post_generation
    def platforms(obj, create, extracted, **kwargs):
        if create:
            obj.platforms.set(extracted or [PlatformRecipeFactory()])


class TaskEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TaskEvent

    task = factory.SubFactory(ScrapeTaskFactory)
    seq = factory.Sequence(lambda n: n + 1)
    kind = "log"
    message = "Opened the search page"


class MonitorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Monitor

    name = factory.Sequence(lambda n: f"CRM buyers {n}")
    owner = factory.SubFactory(UserFactory)
    keyword_set = factory.SubFactory(KeywordSetFactory)
    sources = factory.LazyFunction(lambda: [{"source": "reddit"}, {"source": "hackernews"}])
