"""Push one batch of leads into a CRM and say, per lead, what happened (remote ids or the error).

Every write is keyed so that a repeat is an update: HubSpot contacts by their stored id, else by email
(batch upsert), else by a phone search; companies by stored id, else a domain search; Salesforce Leads by the
external id field holding our lead id. Results are matched back through ``objectWriteTraceId`` (HubSpot does
not promise input order) or by position (Salesforce SaveResults come in request order).
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
            company_id = records[lead.pk].remote_company_id or client.search_one("companies", "domain", domain)
            if company_id:
                client.batch("companies", "update", [{"id": company_id, "properties": properties}])
            else:
                results, errors = client.batch("companies", "create", [{"properties": properties}])
                if not results:
                    raise CrmError(f"HubSpot did not create the company {domain}: {errors}")
                company_id = str(results[0]["id"])
            by_domain[domain] = company_id
        company_of[lead.pk] = by_domain[domain]
    return company_of


def hubspot_push(client: HubSpotClient, leads: list[Lead], records: dict[int, CrmSyncRecord]) -> dict[int, Outcome]:
    company_of = _hubspot_companies(client, leads, records)
    operations: dict[str, list[dict]] = {"update": [], "upsert": [], "create": []}
    for lead in leads:
        values = lead_values(lead)
        properties = crm_properties(values=values, provider=CrmProvider.HUBSPOT, crm_object=CrmObject.CONTACT)
        item = {"properties": properties, "objectWriteTraceId": str(lead.pk)}
        remote_id = records[lead.pk].remote_id
        if not remote_id and not values["email"] and values["phone"]:
            remote_id = client.search_one("contacts", "phone", values["phone"]) or ""
        if remote_id:
            operations["update"].append({"id": remote_id, **item})
        elif values["email"]:
            operations["upsert"].append({"id": values["email"], "idProperty": "email", **item})
        else:
            operations["create"].append(item)
    outcomes: dict[int, Outcome] = {}
    for operation, inputs in operations.items():
        if not inputs:
            continue
        pending = {int(item["objectWriteTraceId"]) for item in inputs}
        results, errors = client.batch("contacts", operation, inputs)
        for result in results:
            trace = str(result.get("objectWriteTraceId", ""))
            if trace.isdigit() and int(trace) in pending:
                outcomes[int(trace)] = Outcome(remote_id=str(result["id"]))
                pending.discard(int(trace))
        _hubspot_errors(errors, outcomes, pending)
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
