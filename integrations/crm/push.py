"""Push one batch of leads into a CRM and say, per lead, what happened (remote ids or the error).

Every write is keyed so that a repeat is an update: HubSpot contacts by their stored id, else by email
(batch upsert), else by a phone search; companies by stored id, else a domain search; Salesforce Leads by the
external id field holding our lead id. Results are matched back through ``objectWriteTraceId`` (HubSpot does
not promise input order) or by position (Salesforce SaveResults come in request order). A HubSpot record deleted
(or merged away) since its id was stored is found or written again instead of failing the lead for good.
"""

from dataclasses import dataclass

from integrations.crm.base import CrmError
from integrations.crm.hubspot import HubSpotClient
from integrations.crm.mapping import crm_properties, lead_values
from integrations.crm.salesforce import SalesforceClient
from integrations.models import CrmObject, CrmProvider, CrmSyncRecord
from leads.models import Lead


@dataclass
class Outcome:
    remote_id: str = ""
    remote_company_id: str = ""
    error: str = ""


def _hubspot_errors(errors: list[dict], outcomes: dict[int, Outcome], pending: set[int]) -> None:
    for error in errors:
        trace = str(error.get("context", {}).get("objectWriteTraceId", [""])[0]) if error.get("context") else ""
        message = f"{error.get('category', 'ERROR')}: {error.get('message', '')}"
        targets = [int(trace)] if trace.isdigit() and int(trace) in pending else list(pending)
        for lead_id in targets:
            outcomes.setdefault(lead_id, Outcome()).error = message


def _hubspot_company_update(client: HubSpotClient, company_id: str, domain: str, properties: dict) -> bool:
    """Update a company by id; False when it no longer exists in HubSpot (deleted there since it was stored)."""
    results, errors, missing = client.batch_update("companies", [{"id": company_id, "properties": properties}])
    if results:
        return True
    if missing:
        return False
    raise CrmError(f"HubSpot did not update the company {domain}: {errors}")


def _hubspot_company(client: HubSpotClient, domain: str, stored_id: str, properties: dict) -> str:
    """The id of ``domain``'s company, updated: the stored one, else (never stored, or deleted in HubSpot since)
    the one a domain search finds, else a new one."""
    if stored_id and _hubspot_company_update(client, stored_id, domain, properties):
        return stored_id
    found = client.search_one("companies", "domain", domain)
    if found and found != stored_id and _hubspot_company_update(client, found, domain, properties):
        return found
    results, errors = client.batch("companies", "create", [{"properties": properties}])
    if not results:
        raise CrmError(f"HubSpot did not create the company {domain}: {errors}")
    return str(results[0]["id"])


def _hubspot_companies(client: HubSpotClient, leads: list[Lead], records: dict[int, CrmSyncRecord]) -> dict[int, str]:
    """Company id per lead that has a domain and company mappings; one company per domain in the batch."""
    by_domain: dict[str, str] = {}
    company_of: dict[int, str] = {}
    for lead in leads:
        values = lead_values(lead)
        properties = crm_properties(values=values, provider=CrmProvider.HUBSPOT, crm_object=CrmObject.COMPANY)
        domain = values["domain"]
        if not domain or not properties:
            continue
        if domain not in by_domain:
            by_domain[domain] = _hubspot_company(client, domain, records[lead.pk].remote_company_id, properties)
        company_of[lead.pk] = by_domain[domain]
    return company_of


def _hubspot_contact_input(client: HubSpotClient, lead: Lead, remote_id: str) -> tuple[str, dict]:
    """(operation, input) writing ``lead`` as a contact: an update of ``remote_id`` (stored, or found by phone for a
    lead without email), else an upsert by email, else a create."""
    values = lead_values(lead)
    properties = crm_properties(values=values, provider=CrmProvider.HUBSPOT, crm_object=CrmObject.CONTACT)
    item = {"properties": properties, "objectWriteTraceId": str(lead.pk)}
    if not remote_id and not values["email"] and values["phone"]:
        remote_id = client.search_one("contacts", "phone", values["phone"]) or ""
    if remote_id:
        return "update", {"id": remote_id, **item}
    if values["email"]:
        return "upsert", {"id": values["email"], "idProperty": "email", **item}
    return "create", item


def _unique_ids(inputs: list[dict]) -> tuple[list[dict], list[dict]]:
    """(a batch, the rest): HubSpot refuses a batch naming one id twice (two leads with the same email, or matched
    to the same contact), so a repeated id waits for the next batch; inputs without an id all go now."""
    batch, rest, seen = [], [], set()
    for item in inputs:
        key = str(item.get("id", "")).lower()
        if key and key in seen:
            rest.append(item)
        else:
            seen.add(key)
            batch.append(item)
    return batch, rest


def _hubspot_record(results: list[dict], errors: list[dict], inputs: list[dict], outcomes: dict[int, Outcome]) -> None:
    """Match a batch's results and errors back to its leads through ``objectWriteTraceId``."""
    pending = {int(item["objectWriteTraceId"]) for item in inputs}
    for result in results:
        trace = str(result.get("objectWriteTraceId", ""))
        if trace.isdigit() and int(trace) in pending:
            outcomes[int(trace)] = Outcome(remote_id=str(result["id"]))
            pending.discard(int(trace))
    _hubspot_errors(errors, outcomes, pending)


def hubspot_push(client: HubSpotClient, leads: list[Lead], records: dict[int, CrmSyncRecord]) -> dict[int, Outcome]:
    """Write the contacts, then link each to its company. Updates go first: a contact deleted in HubSpot since its
    id was stored (deleted, or merged into another) is written again (phone match, email upsert or a new contact)."""
    company_of = _hubspot_companies(client, leads, records)
    operations: dict[str, list[dict]] = {"update": [], "upsert": [], "create": []}
    for lead in leads:
        operation, item = _hubspot_contact_input(client, lead, records[lead.pk].remote_id)
        operations[operation].append(item)
    by_id = {lead.pk: lead for lead in leads}
    outcomes: dict[int, Outcome] = {}
    updates, gone = operations.pop("update"), set[str]()
    while updates:
        batch, updates = _unique_ids(updates)
        results, errors, missing = client.batch_update("contacts", batch)
        gone |= missing
        _hubspot_record(results, errors, [item for item in batch if str(item["id"]) not in missing], outcomes)
        for lead_id in [int(item["objectWriteTraceId"]) for item in batch if str(item["id"]) in missing]:
            operation, item = _hubspot_contact_input(client, by_id[lead_id], "")
            if operation == "update" and item["id"] in gone:  # a search index still listing the deleted contact
                operation, item = "create", {key: value for key, value in item.items() if key != "id"}
            (updates if operation == "update" else operations[operation]).append(item)
    for operation, inputs in operations.items():
        while inputs:
            batch, inputs = _unique_ids(inputs)
            results, errors = client.batch("contacts", operation, batch)
            _hubspot_record(results, errors, batch, outcomes)
    for lead_id, outcome in outcomes.items():
        company_id = company_of.get(lead_id, "")
        if outcome.remote_id and company_id:
            record = records[lead_id]
            if (record.remote_id, record.remote_company_id) != (outcome.remote_id, company_id):
                client.associate_contact_company(outcome.remote_id, company_id)
            outcome.remote_company_id = company_id
    return outcomes


def salesforce_push(
    client: SalesforceClient, leads: list[Lead], records: dict[int, CrmSyncRecord]
) -> dict[int, Outcome]:
    rows = []
    for lead in leads:
        properties = crm_properties(
            values=lead_values(lead), provider=CrmProvider.SALESFORCE, crm_object=CrmObject.CONTACT
        )
        rows.append({**properties, client.external_id_field: str(lead.pk)})
    results = client.upsert_leads(rows)
    outcomes = {}
    for lead, result in zip(leads, results, strict=True):
        if result.get("success"):
            outcomes[lead.pk] = Outcome(remote_id=str(result.get("id", "")))
        else:
            errors = result.get("errors") or [{"message": "Salesforce did not save this Lead."}]
            message = "; ".join(
                f"{e.get('statusCode', 'ERROR')}: {e.get('message', '')}"
                + (f" ({', '.join(e['fields'])})" if e.get("fields") else "")
                for e in errors
            )
            outcomes[lead.pk] = Outcome(error=message)
    return outcomes


PUSHERS = {
    CrmProvider.HUBSPOT: (HubSpotClient, hubspot_push),
    CrmProvider.SALESFORCE: (SalesforceClient, salesforce_push),
}
