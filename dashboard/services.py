"""Writes of the dashboard: a person's saved lead-list views."""

from urllib.parse import parse_qsl, urlencode

from django.db import transaction

from accounts.models import User
from dashboard.models import SavedView
from insight.api_errors import ApplicationError

SAVED_VIEWS_MAX = 50
# Only filters and ordering are worth saving; a cursor would pin the view to one page.
_NOT_SAVED = {"cursor", "page_size"}


def _clean_query(query: str) -> str:
    pairs = [(key, value) for key, value in parse_qsl(query, keep_blank_values=False) if key not in _NOT_SAVED]
    return urlencode(pairs)


@transaction.atomic
def saved_view_save(*, owner: User, name: str, query: str) -> SavedView:
    """Save the lead list's current filters under ``name``, replacing the owner's view of the same name."""
    name = name.strip()
    if not name:
        raise ApplicationError("Give the view a name.", fields={"name": ["Give the view a name."]})
    view = SavedView.objects.select_for_update().filter(owner=owner, name=name).first()
    if view is None:
        if SavedView.objects.filter(owner=owner).count() >= SAVED_VIEWS_MAX:
            message = f"You have {SAVED_VIEWS_MAX} saved views; delete one first."
            raise ApplicationError(message, fields={"name": [message]})
        view = SavedView(owner=owner, name=name)
    view.query = _clean_query(query)
    view.full_clean()
    view.save()
    return view


def saved_view_delete(*, view: SavedView, actor: User) -> None:
    if view.owner_id != actor.pk:
        raise ApplicationError("This saved view is someone else's.", code="permission_denied", status_code=403)
    view.delete()
