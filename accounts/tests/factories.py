import factory
from django.conf import settings
from django.utils import timezone

from accounts.models import Role, User


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.com")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    role = Role.SALES
    # Ready to use the API: verified and consented. Use `email_verified_at=None` / `consent_version=""` to test gates.
    email_verified_at = factory.LazyFunction(timezone.now)
    consent_version = factory.LazyFunction(lambda: settings.CONSENT_VERSION)
    consent_accepted_at = factory.LazyFunction(timezone.now)
    password = factory.PostGenerationMethodCall("set_password", "correct-horse-battery")

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):
        if create:
            obj.save()
