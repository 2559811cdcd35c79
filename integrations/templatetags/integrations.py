from django import template

from accounts.models import Role
from accounts.roles import has_role
from integrations import selectors, services
from integrations.models import CrmProvider

register = template.Library()


@register.simple_tag
def crm_sync_panel(lead, user) -> dict:
    """What ``integrations/_lead_sync.html`` shows: the lead's sync records and the push form's choices."""
    return {
        "records": list(selectors.crm_sync_records(lead_id=lead.pk)),
        "providers": [
            (value, label) for value, label in CrmProvider.choices if services.crm_provider_configured(value)
        ],
        "can_push": has_role(user, Role.ADMIN, Role.MANAGER),
    }
