"""Writes to companies: matching leads to them, undoing links, merge and split, rescoring."""

from collections.abc import Iterable
from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import Prefetch, Q
from django.utils import timezone

from accounts.models import User
from companies.matching import (
    KeyMatch,
    business_keys,
    city_from_location,
    company_name_key,
    lead_keys,
    registrable_domain,
    signature_names,
)
from companies.models import (
    Company,
    CompanyEvent,
    CompanyKey,
    CompanyLink,
    CompanyStatus,
    EventKind,
    LeadState,
    LinkMethod,
)
from companies.scoring import company_score_compute
from insight.api_errors import ApplicationError
from leads.models import Label, Lead, LeadKind

SIGNATURE_CONFIDENCE = 0.5
SPLIT_MAX_LEADS = 500


def lead_owner(lead: Lead) -> User | None:
    """Who answers for a lead: its owner, else whoever runs the monitor or scrape task that found it."""
    if lead.owner_id:
        return lead.owner
    if lead.monitor_id:
        return lead.monitor.owner
    if lead.scrape_task_id:
        return lead.scrape_task.owner
    return None


def _active(company: Company) -> Company:
    """Follow merges to the company that absorbed this one."""
    seen = set()
    while company.status == CompanyStatus.MERGED and company.merged_into_id and company.pk not in seen:
        seen.add(company.pk)
        company = company.merged_into
    return company


def _event(company: Company, kind: str, actor: User | None = None, **details) -> CompanyEvent:
    return CompanyEvent.objects.create(company=company, kind=kind, actor=actor, details=details)


def _keys_claim(company: Company, keys: list[KeyMatch]) -> list[str]:
    """Give ``company`` every key nobody holds yet; returns the keys another company already holds."""
    taken = []
    for key in keys:
        holder = CompanyKey.objects.filter(kind=key.kind, value=key.value).values_list("company_id", flat=True).first()
        if holder is None:
            try:
                with transaction.atomic():
                    CompanyKey.objects.create(company=company, kind=key.kind, value=key.value)
            except IntegrityError:
                taken.append(f"{key.kind}:{key.value}")
        elif holder != company.pk:
            taken.append(f"{key.kind}:{key.value}")
    return taken


def _company_from_lead(lead: Lead, keys: list[KeyMatch]) -> Company:
    domain = next((k.value for k in keys if k.kind == "domain"), "")
    company = Company(
        name=lead.name[:500],
        name_key=company_name_key(lead.name)[:500],
        city=city_from_location(lead.location)[:255],
        domain=domain,
        owner=lead_owner(lead),
    )
    company.full_clean()
    company.save()
    _event(company, EventKind.CREATED, lead_id=lead.pk)
    return company


def _link(lead: Lead, company: Company, *, method: str, confidence: float, evidence: dict, actor=None) -> CompanyLink:
    link = CompanyLink(
        lead=lead, company=company, method=method, confidence=confidence, evidence=evidence, created_by=actor
    )
    link.full_clean(validate_constraints=False)
    link.save()
    _event(company, EventKind.LINKED, actor, lead_id=lead.pk, method=method, confidence=confidence)
    return link


def _state_touch(lead: Lead, now: datetime) -> None:
    LeadState.objects.update_or_create(lead=lead, defaults={"matched_at": now})


def _candidate(lead: Lead, refused: set[int]) -> tuple[Company, KeyMatch] | None:
    for key in lead_keys(lead):
        held = CompanyKey.objects.select_related("company").filter(kind=key.kind, value=key.value).first()
        if held is None:
            continue
        company = _active(held.company)
        if company.pk not in refused:
            return company, key
    if lead.kind == LeadKind.CONVERSATION:
        for name in signature_names(lead.text):
            companies = list(Company.objects.filter(name_key=name, status=CompanyStatus.ACTIVE)[:2])
            if len(companies) == 1 and companies[0].pk not in refused:
                key = KeyMatch("name", name, LinkMethod.SIGNATURE, SIGNATURE_CONFIDENCE, {"signature_name": name})
                return companies[0], key
    return None


@transaction.atomic
def lead_company_match(*, lead_id: int, now: datetime | None = None) -> CompanyLink | None:
    """Attach a lead to its company (a listing founds one when none matches); None when nothing identifies it.

    A lead with an active link keeps it; a company a person unlinked this lead from is never chosen again.
    """
    now = now or timezone.now()
    lead = (
        Lead.objects.select_for_update(of=("self",))
        .select_related("owner", "monitor__owner", "scrape_task__owner")
        .prefetch_related("contact_points")
        .get(pk=lead_id)
    )
    _state_touch(lead, now)
    existing = CompanyLink.objects.filter(lead=lead, undone=False).select_related("company").first()
    if existing:
        if lead.kind == LeadKind.BUSINESS:
            _keys_claim(existing.company, business_keys(lead))
        return existing
    refused = set(CompanyLink.objects.filter(lead=lead, undone=True).values_list("company_id", flat=True))
    found = _candidate(lead, refused)
    if found:
        company, key = found
        link = _link(
            lead, company, method=key.method, confidence=key.confidence, evidence={key.kind: key.value, **key.evidence}
        )
        if lead.kind == LeadKind.BUSINESS:
            taken = _keys_claim(company, business_keys(lead))
            if taken:
                link.evidence = {**link.evidence, "keys_held_elsewhere": taken}
                link.save(update_fields=["evidence", "updated_at"])
        return link
    if lead.kind != LeadKind.BUSINESS:
        return None
    keys = business_keys(lead)
    company = _company_from_lead(lead, keys)
    taken = _keys_claim(company, keys)
    evidence = {"keys": [f"{k.kind}:{k.value}" for k in keys]} | ({"keys_held_elsewhere": taken} if taken else {})
    return _link(lead, company, method=LinkMethod.FOUNDER, confidence=1.0, evidence=evidence)


@transaction.atomic
def link_undo(*, link: CompanyLink, actor: User, reason: str = "") -> CompanyLink:
    """A person says this lead is not this company: the link stays, undone, and matching never makes it again."""
    link = CompanyLink.objects.select_for_update().get(pk=link.pk)
    if link.undone:
        raise ApplicationError("This link is already undone.", code="already_undone", status_code=409)
    link.undone, link.undone_by, link.undone_at, link.undo_reason = True, actor, timezone.now(), reason[:500]
    link.save(update_fields=["undone", "undone_by", "undone_at", "undo_reason", "updated_at"])
    _event(link.company, EventKind.LINK_UNDONE, actor, lead_id=link.lead_id, method=link.method, reason=reason[:500])
    company_id = link.company_id
    transaction.on_commit(lambda: company_rescore(company_id=company_id))  # its score no longer counts this lead
    return link


@transaction.atomic
def link_create(*, lead: Lead, company: Company, actor: User) -> CompanyLink:
    """A person links a lead by hand (replacing its current link); this also lifts an earlier undo of the pair."""
    company = Company.objects.select_for_update().get(pk=company.pk)
    if company.status != CompanyStatus.ACTIVE:
        message = f"This company was merged into company {_active(company).pk}; link to that one."
        raise ApplicationError(message, code="company_merged", status_code=409)
    now = timezone.now()
    for current in CompanyLink.objects.select_for_update().filter(lead=lead, undone=False).exclude(company=company):
        link_undo(link=current, actor=actor, reason=f"relinked by hand to company {company.pk}")
    link = CompanyLink.objects.select_for_update().filter(lead=lead, company=company).first()
    if link and not link.undone:
        return link
    if link:
        link.undone, link.undone_by, link.undone_at, link.undo_reason = False, None, None, ""
        link.method, link.confidence, link.created_by = LinkMethod.MANUAL, 1.0, actor
        link.save()
        _event(company, EventKind.LINKED, actor, lead_id=lead.pk, method=LinkMethod.MANUAL, relinked=True)
    else:
        link = _link(lead, company, method=LinkMethod.MANUAL, confidence=1.0, evidence={"by": actor.email}, actor=actor)
    _state_touch(lead, now)
    transaction.on_commit(lambda: company_rescore(company_id=company.pk))
    return link


@transaction.atomic
def company_merge(*, target: Company, sources: list[Company], actor: User | None) -> Company:
    """Fold ``sources`` into ``target``: links, keys and tags move; sources stay as merged records with history."""
    ids = sorted({c.pk for c in sources} | {target.pk})
    locked = {c.pk: c for c in Company.objects.select_for_update().filter(pk__in=ids).order_by("pk")}
    target = locked[target.pk]
    sources = [locked[c.pk] for c in sources if c.pk != target.pk]
    if not sources:
        raise ApplicationError("Choose at least one other company to merge.", fields={"sources": ["Choose one."]})
    inactive = [c for c in [target, *sources] if c.status != CompanyStatus.ACTIVE]
    if inactive:
        merged = "; ".join(f"company {c.pk} into company {_active(c).pk}" for c in inactive)
        message = f"Already merged: {merged}. Merge into or from the company they became."
        raise ApplicationError(message, code="company_merged", status_code=409)
    moved, dropped = [], []
    for source in sources:
        for link in CompanyLink.objects.select_for_update().filter(company=source).order_by("pk"):
            other = CompanyLink.objects.filter(lead_id=link.lead_id, company=target).first()
            if other is None:
                link.company = target
                link.save(update_fields=["company", "updated_at"])
                moved.append(link.lead_id)
            else:  # the lead already has a link (maybe an undone one) to the target: that judgement stands
                dropped.append(link.lead_id)
                link.delete()
        CompanyKey.objects.filter(company=source).update(company=target)
        target.tags = sorted(set(target.tags) | set(source.tags))
        target.owner = target.owner or source.owner
        target.domain = target.domain or source.domain
        source.status, source.merged_into = CompanyStatus.MERGED, target
        source.save(update_fields=["status", "merged_into", "updated_at"])
        _event(source, EventKind.MERGED, actor, into=target.pk)
    target.save()
    _event(
        target,
        EventKind.MERGED,
        actor,
        absorbed=[s.pk for s in sources],
        names=[s.name for s in sources],
        leads_moved=moved,
        leads_dropped=dropped,
    )
    transaction.on_commit(lambda: company_rescore(company_id=target.pk))
    return target


@transaction.atomic
def company_split(*, company: Company, lead_ids: list[int], name: str, actor: User | None) -> Company:
    """Move some of a company's leads into a new company; keys only those leads carry move with them."""
    company = Company.objects.select_for_update().get(pk=company.pk)
    if company.status != CompanyStatus.ACTIVE:
        raise ApplicationError("A merged company cannot be split.", code="company_merged", status_code=409)
    if not lead_ids or len(lead_ids) > SPLIT_MAX_LEADS:
        message = f"Give between 1 and {SPLIT_MAX_LEADS} lead ids."
        raise ApplicationError(message, fields={"lead_ids": [message]})
    links = list(CompanyLink.objects.select_for_update().filter(company=company, undone=False, lead_id__in=lead_ids))
    missing = sorted(set(lead_ids) - {link.lead_id for link in links})
    if missing:
        message = f"Leads {missing} are not linked to this company."
        raise ApplicationError(message, fields={"lead_ids": [message]})
    remaining = CompanyLink.objects.filter(company=company, undone=False).exclude(lead_id__in=lead_ids)
    if not remaining.exists():
        message = "Leave at least one lead with the company (or rename it instead)."
        raise ApplicationError(message, fields={"lead_ids": [message]})
    moved_leads = list(Lead.objects.filter(pk__in=lead_ids).prefetch_related("contact_points"))
    staying = list(Lead.objects.filter(pk__in=remaining.values("lead_id")).prefetch_related("contact_points"))
    staying_keys = {
        (k.kind, k.value) for lead in staying if lead.kind == LeadKind.BUSINESS for k in business_keys(lead)
    }
    first = next((lead for lead in moved_leads if lead.kind == LeadKind.BUSINESS), moved_leads[0])
    new = Company(
        name=(name or first.name)[:500],
        name_key=company_name_key(name or first.name)[:500],
        city=city_from_location(first.location)[:255],
        domain=registrable_domain(first.domain),
        owner=company.owner,
    )
    new.full_clean()
    new.save()
    keys_moved = []
    for lead in moved_leads:
        if lead.kind != LeadKind.BUSINESS:
            continue
        for key in business_keys(lead):
            if (key.kind, key.value) not in staying_keys:
                if CompanyKey.objects.filter(company=company, kind=key.kind, value=key.value).update(company=new):
                    keys_moved.append(f"{key.kind}:{key.value}")
    CompanyLink.objects.filter(pk__in=[link.pk for link in links]).update(company=new, updated_at=timezone.now())
    if new.domain and not CompanyKey.objects.filter(company=new, kind="domain", value=new.domain).exists():
        new.domain = ""
        new.save(update_fields=["domain", "updated_at"])
    _event(company, EventKind.SPLIT, actor, new_company=new.pk, lead_ids=sorted(lead_ids), keys_moved=keys_moved)
    _event(new, EventKind.SPLIT, actor, split_from=company.pk, lead_ids=sorted(lead_ids), keys_moved=keys_moved)
    transaction.on_commit(lambda: [company_rescore(company_id=pk) for pk in (company.pk, new.pk)])
    return new


def company_leads(company: Company) -> list[Lead]:
    """Leads actively linked to the company, with what the scorer reads prefetched."""
    return list(
        Lead.objects.filter(company_links__company=company, company_links__undone=False).prefetch_related(
            "contact_points", Prefetch("labels", queryset=Label.objects.only("id", "kind", "lead_id"))
        )
    )


@transaction.atomic
def company_rescore(*, company_id: int, now: datetime | None = None) -> Company:
    """Recompute the score (with decay at ``now``) and run the company triggers it crosses."""
    from companies.triggers import score_crossed

    now = now or timezone.now()
    company = Company.objects.select_for_update().get(pk=company_id)
    previous = company.score
    score, explanation = company_score_compute(company, company_leads(company), now=now)
    company.score, company.score_explanation, company.scored_at = score, explanation, now
    company.save(update_fields=["score", "score_explanation", "scored_at", "updated_at"])
    score_crossed(company=company, previous=previous, current=score, now=now)
    return company


@transaction.atomic
def company_keys_forget(
    *, phones: Iterable[str] = (), emails: Iterable[str] = (), domains: Iterable[str] = ()
) -> tuple[int, set[int]]:
    """Delete the keys holding a person's identifiers (erasure, opt-out): phone and email keys of exactly these
    values, domain keys of these domains or under them. Split events naming a deleted key lose the name.
    Returns how many keys went and the companies that held them (to rescore)."""
    phones, emails, domains = set(phones), set(emails), {d.lower() for d in domains if d}
    match = Q(pk__in=[])
    if phones or emails:
        match |= Q(value__in=phones | emails) & ~Q(kind="domain")
    for domain in domains:
        match |= Q(kind="domain") & (Q(value__iexact=domain) | Q(value__iendswith=f".{domain}"))
    keys = list(CompanyKey.objects.filter(match).values_list("pk", "company_id", "kind", "value"))
    if not keys:
        return 0, set()
    company_ids = {company_id for _, company_id, _, _ in keys}
    names = {f"{kind}:{value}" for _, _, kind, value in keys}
    CompanyKey.objects.filter(pk__in=[pk for pk, _, _, _ in keys]).delete()
    for event in CompanyEvent.objects.filter(kind=EventKind.SPLIT, details__has_key="keys_moved"):
        moved = event.details.get("keys_moved") or []
        if names.intersection(moved):
            event.details = {**event.details, "keys_moved": [k for k in moved if k not in names]}
            event.save(update_fields=["details"])
    return len(keys), company_ids


def companies_linked(*, lead_ids: set[int]) -> set[int]:
    """Companies these leads are linked to (read before the leads are deleted: the links go with them).

    The compliance erasure and opt-out call it through ``insight.hooks.companies_linked`` (registered in apps.py)."""
    if not lead_ids:
        return set()
    return set(CompanyLink.objects.filter(lead_id__in=list(lead_ids)).values_list("company_id", flat=True))


def companies_forget(
    *, company_ids: set[int], phones: Iterable[str] = (), emails: Iterable[str] = (), domains: Iterable[str] = ()
) -> int:
    """After a purge: delete the company keys holding the identifiers, then rescore every company that lost a lead
    or a key, so no stored score explanation keeps them. Returns how many keys were deleted.

    The compliance erasure and opt-out call it through ``insight.hooks.companies_forget`` (registered in apps.py)."""
    deleted, holders = company_keys_forget(phones=phones, emails=emails, domains=domains)
    affected = Company.objects.filter(pk__in=company_ids | holders, status=CompanyStatus.ACTIVE).order_by("pk")
    for company_id in affected.values_list("pk", flat=True):
        company_rescore(company_id=company_id)
    return deleted


def company_tag(*, company: Company, tag: str, actor: User | None = None) -> Company:
    if tag not in company.tags:
        company.tags = sorted([*company.tags, tag])
        company.save(update_fields=["tags", "updated_at"])
        _event(company, EventKind.TAGGED, actor, tag=tag)
    return company


def company_assign(*, company: Company, owner: User, actor: User | None = None) -> Company:
    if company.owner_id != owner.pk:
        company.owner = owner
        company.save(update_fields=["owner", "updated_at"])
        _event(company, EventKind.ASSIGNED, actor, owner=owner.email)
    return company
