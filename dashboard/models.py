from django.conf import settings
from django.db import models
from django.db.models import Q

from insight.models import TimeStampedModel


class SavedView(TimeStampedModel):
    """A person's named set of lead-list filters and ordering, stored as the list page's query string."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_views")
    name = models.CharField(max_length=100)
    query = models.CharField(max_length=2000, blank=True, help_text="Query string of the leads page, without '?'.")

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "name"], name="saved_view_unique_name"),
            models.CheckConstraint(condition=~Q(name=""), name="saved_view_name_not_empty"),
        ]

    def __str__(self) -> str:
        return self.name
