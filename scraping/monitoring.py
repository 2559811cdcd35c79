"""Conversation monitoring: poll a monitor's sources from their cursors, match, score, keep the good posts as leads.

One poll: claim the monitor (a conditional UPDATE, so two workers never poll it at once), then for every source
that is not backing off read at most ``MONITOR_MAX_PAGES`` pages from its cursor, drop posts this monitor has seen,
match the keyword set, score the matches and keep those at or above ``min_score`` as conversation leads. Cursors and
health are saved after every page, so a crash loses nothing and repeats nothing.
"""

import hashlib
import json
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from leads.keywords import KeywordMatch, KeywordQuery, KeywordSyntaxError, PostContext, compile_keywords
from leads.models import Lead, LeadKind
from leads.services import lead_upsert
from scraping.models import Monitor, MonitorStatus, SeenPost
from scraping.sources import Post, RateLimited, SourceBlocked, SourceError, adapter_for
from scraping.urlsafety import shown_error

log = logging.getLogger(__name__)

MAX_BACKOFF = timedelta(hours=6)
BLOCKED_AFTER = 3  # consecutive 403/429 answers before a source (and the monitor) counts as blocked


@dataclass
class PollReport:
    """What one poll did, per monitor (returned by the task, so it shows in Django-Q's results)."""

    monitor_id: int
    posts_read: int = 0
    new_posts: int = 0
    matched: int = 0
    leads_created: int = 0
    below_threshold: int = 0
    suppressed: int = 0
    skipped_sources: list[str] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)
    lead_ids: list[int] = field(default_factory=list)  # leads this poll created


# --- Claiming ----------------------------------------------------------------------------------------------------


def monitor_claim(*, monitor_id: int, now: datetime, force: bool = False) -> Monitor | None:
    """Take the monitor for one poll; None when it is not due (``force`` skips that) or another poll holds it.

    The claim is one conditional UPDATE that leases the monitor until the worker timeout has surely passed
    (``next_poll_at`` far enough ahead); :func:`monitor_poll` sets the real next poll time when it finishes.
    """
    monitor = Monitor.objects.filter(pk=monitor_id, is_active=True).only("poll_interval").first()
    if monitor is None:
        return None
    interval = timedelta(seconds=monitor.poll_interval)
    lease = timedelta(seconds=int(settings.Q_CLUSTER.get("timeout") or 3600)) + interval
    # A running poll's lease reaches past now + interval; a finished poll's next_poll_at does not.
    free_by = now + interval if force else now
    taken = (
        Monitor.objects.filter(pk=monitor_id, is_active=True)
        .filter(Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=free_by))
        .update(next_poll_at=now + lease, last_polled_at=now)
    )
    if not taken:
        return None
    return Monitor.objects.select_related("keyword_set").get(pk=monitor_id)


def _release(monitor: Monitor, claimed_at: datetime) -> None:
    Monitor.objects.filter(pk=monitor.pk, last_polled_at=claimed_at).update(
        next_poll_at=claimed_at + timedelta(seconds=monitor.poll_interval)
    )


def monitors_due(*, now: datetime | None = None) -> list[int]:
    now = now or timezone.now()
    return list(
        Monitor.objects.filter(is_active=True)
        .filter(Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now))
        .values_list("pk", flat=True)
    )


# --- Sources, cursors and health ---------------------------------------------------------------------------------


def source_key(config: dict, index: int, configs: list[dict]) -> str:
    """``reddit``, or ``reddit#2`` when a monitor lists the same source twice."""
    name = config.get("source", "")
    same = [i for i, c in enumerate(configs) if c.get("source") == name]
    return name if len(same) == 1 else f"{name}#{same.index(index) + 1}"


def _fingerprint(config: dict) -> str:
    return hashlib.sha1(json.dumps(config, sort_keys=True, default=str).encode()).hexdigest()[:12]  # noqa: S324


def _backoff(failures: int, base_seconds: int) -> timedelta:
    return min(timedelta(seconds=base_seconds * 2 ** max(failures - 1, 0)), MAX_BACKOFF)


def _health_failure(health: dict, exc: Exception, *, now: datetime, base_seconds: int) -> dict:
    failures = int(health.get("consecutive_failures", 0)) + 1
    wait = _backoff(failures, base_seconds)
    refusals = int(health.get("consecutive_refusals", 0)) + 1 if isinstance(exc, RateLimited | SourceBlocked) else 0
    if isinstance(exc, RateLimited):
        wait = max(wait, timedelta(seconds=exc.wait))
    if isinstance(exc, SourceBlocked) and exc.status is None:
        status = "blocked"  # configuration (missing token, internal URL): retrying alone will not help
    elif refusals >= BLOCKED_AFTER:
        status = "blocked"
    elif isinstance(exc, RateLimited):
        status = "rate_limited"
    else:
        status = "error"
    return {
        **health,
        "status": status,
        "last_error": shown_error(exc),
        "last_error_at": now.isoformat(),
        "consecutive_failures": failures,
        "consecutive_refusals": refusals,
        "next_retry_at": (now + wait).isoformat(),
    }


def _health_ok(health: dict, *, now: datetime, read: int, rate_wait: float | None, warning: str = "") -> dict:
    """Health after a successful poll; ``warning``: the source works but reads less than it could, in its words."""
    health = {
        **{k: v for k, v in health.items() if k != "warning"},
        **({"warning": warning} if warning else {}),
        "status": "ok",
        "last_ok_at": now.isoformat(),
        "consecutive_failures": 0,
        "consecutive_refusals": 0,
        "next_retry_at": None,
        "posts_read": int(health.get("posts_read", 0)) + read,
    }
    if rate_wait:  # the budget is spent: wait for the reset before the next request
        health["next_retry_at"] = (now + timedelta(seconds=rate_wait)).isoformat()
    return health


def _monitor_status(health: dict) -> tuple[str, str]:
    failing = {key: h for key, h in health.items() if h.get("status") not in ("ok", None)}
    reasons = {key: h.get("last_error", key) for key, h in failing.items()}
    for key, h in health.items():  # a source made of parts (RSS: one per feed URL) fails part by part
        for part, part_health in (h.get("feeds") or {}).items():
            if key not in failing and part_health.get("status") not in ("ok", None):
                failing[f"{key} {part}"] = part_health
                reasons[f"{key} {part}"] = f"{part}: {part_health.get('last_error', 'failing')}"
    if not failing:
        return MonitorStatus.OK, ""
    status = MonitorStatus.BLOCKED if any(h["status"] == "blocked" for h in failing.values()) else MonitorStatus.ERROR
    return status, "; ".join(reasons.values())


def _save_progress(monitor: Monitor) -> None:
    status, last_error = _monitor_status(monitor.source_health)
    monitor.status, monitor.last_error = status, last_error
    # update(), not save(): a person may edit the monitor's name or keywords while a poll runs.
    Monitor.objects.filter(pk=monitor.pk).update(
        cursors=monitor.cursors, source_health=monitor.source_health, status=status, last_error=last_error
    )


# --- Matching ----------------------------------------------------------------------------------------------------


def _language(monitor: Monitor) -> str:
    return ((monitor.filters or {}).get("language") or monitor.keyword_set.language or "").lower()


def _post_match(monitor: Monitor, query: KeywordQuery, post: Post) -> tuple[KeywordMatch | None, str]:
    """The keyword match of a post, or None with the reason it is dropped.

    ``monitor.filters``: ``language``, ``exclude_authors``, ``include_sites``, ``exclude_sites`` (site filters also
    exist inside the keyword language as ``site:``/``-site:``).
    """
    filters = monitor.filters or {}
    language = _language(monitor)
    if language and post.language and not post.language.lower().startswith(language):
        return None, f"language {post.language}"
    excluded = {_handle(a) for a in filters.get("exclude_authors", [])}
    if excluded & {_handle(post.author), _handle(post.author_handle)} - {""}:
        return None, "excluded author"
    host = (urlsplit(post.url).hostname or "").lower() if post.url else ""
    if _host_in(host, filters.get("exclude_sites")):
        return None, "excluded site"
    if filters.get("include_sites") and not _host_in(host, filters["include_sites"]):
        return None, "site not included"
    context = PostContext(url=post.url, author=post.author_handle or post.author, subreddit=post.subreddit)
    match = query.match(_match_text(post), context)
    return match, "" if match else "no keyword match"


def _handle(name: str) -> str:
    return name.strip().lower().lstrip("@").removeprefix("u/")


def _host_in(host: str, sites: list[str] | None) -> bool:
    for site in sites or []:
        site = site.lower().strip().removeprefix("www.")
        if site and (host == site or host.endswith("." + site)):
            return True
    return False


def _match_text(post: Post) -> str:
    return f"{post.title}\n{post.text}" if post.title else post.text


def _split_spans(post: Post, match: KeywordMatch) -> dict:
    """Spans as offsets into the lead's name (the title) and text, for highlighting."""
    if not post.title:
        return {"name": [], "text": [list(s) for s in match.spans]}
    cut = len(post.title) + 1
    return {
        "name": [list(s) for s in match.spans if s[1] <= len(post.title)],
        "text": [[s - cut, e - cut] for s, e in match.spans if s >= cut],
    }


# --- Turning posts into leads ------------------------------------------------------------------------------------


def _lead_fields(monitor: Monitor, post: Post, match: KeywordMatch) -> dict:
    name = post.title or post.text.strip().split("\n", 1)[0]
    return {
        "kind": LeadKind.CONVERSATION,
        "name": (name or f"{post.source} post {post.external_id}")[:500],
        "text": post.text,
        "url": post.url[:2000],
        "platform": post.source,
        "platform_id": post.external_id[:255],
        "author": post.author[:255],
        "author_handle": post.author_handle[:255],
        "language": post.language[:16],
        "published_at": post.published_at,
        "monitor": monitor,
        "raw": {
            "source": post.raw,
            "subreddit": post.subreddit,
            "matched_keywords": match.keywords,
            "spans": _split_spans(post, match),
            "monitor_id": monitor.pk,
        },
    }


def _analyses(texts: list[str]) -> list:
    """One embedding pass for every matched post of a page (None each when understanding is not installed)."""
    try:
        from enrichment.nlp.analyze import analyze_texts
    except ImportError:  # pragma: no cover - the scoring app is part of the platform
        return [None] * len(texts)
    return analyze_texts(texts) if texts else []


def _score(lead: Lead, analysis) -> Lead:
    from enrichment.services import lead_score_apply

    return lead_score_apply(lead=lead, analysis=analysis)


def posts_process(*, monitor: Monitor, posts: list[Post], report: PollReport) -> None:
    """Record every new post as seen; matched posts are scored and kept as leads when they reach min_score."""
    if not posts:
        return
    ids_by_source: dict[str, set[str]] = {}
    for post in posts:
        ids_by_source.setdefault(post.source, set()).add(post.external_id)
    seen = set()
    for source, ids in ids_by_source.items():
        seen |= {
            (source, e)
            for e in SeenPost.objects.filter(monitor=monitor, source=source, external_id__in=ids).values_list(
                "external_id", flat=True
            )
        }
    query = compile_keywords(monitor.keyword_set.expression)
    fresh: dict[tuple[str, str], Post] = {}
    for post in posts:
        key = (post.source, post.external_id)
        if key not in seen and key not in fresh:
            fresh[key] = post
    report.new_posts += len(fresh)
    matched: list[tuple[Post, KeywordMatch]] = []
    for post in fresh.values():
        match, reason = _post_match(monitor, query, post)
        if match is None:
            _seen_record(monitor, post, matched=False, details={"dropped": reason, "title": post.title[:200]})
        else:
            matched.append((post, match))
    report.matched += len(matched)
    analyses = _analyses([_match_text(post) for post, _ in matched])
    for (post, match), analysis in zip(matched, analyses, strict=True):
        _matched_post_keep(monitor, post, match, analysis, report)


def _seen_record(monitor: Monitor, post: Post, *, matched: bool, details: dict, **extra) -> bool:
    try:
        with transaction.atomic():
            SeenPost.objects.create(
                monitor=monitor,
                source=post.source,
                external_id=post.external_id[:512],
                url=post.url[:2000],
                matched=matched,
                published_at=post.published_at,
                details=details,
                **extra,
            )
        return True
    except IntegrityError:  # another poll recorded it first
        return False


def _post_suppressed(post: Post) -> bool:
    """The post names a suppressed phone or email (in its text, or a fediverse handle shaped like an address)."""
    from compliance.identifiers import text_identifiers
    from compliance.selectors import suppression_match

    phones, emails = text_identifiers(f"{post.title}\n{post.text}")
    handle = post.author_handle.strip().lstrip("@")
    if "@" in handle:
        emails.append(handle)
    return suppression_match(phones=phones, emails=emails) is not None


@transaction.atomic
def _matched_post_keep(monitor: Monitor, post: Post, match: KeywordMatch, analysis, report: PollReport) -> None:
    details = {"keywords": match.keywords, "title": post.title[:200]}
    if _post_suppressed(post):
        # Remembered as seen (so it is not read again) without its title: the author opted out or was erased.
        _seen_record(monitor, post, matched=True, details={"dropped": "suppressed"})
        report.suppressed += 1
        return
    try:
        lead, created = lead_upsert(**_lead_fields(monitor, post, match))
    except ValidationError as exc:
        _seen_record(monitor, post, matched=True, details={**details, "dropped": f"invalid post: {exc}"})
        return
    lead = _score(lead, analysis)
    if created and lead.score < monitor.min_score:
        # Below the bar: not a lead for sales, but remembered (with its score) for analytics until pruned.
        score = lead.score
        lead.delete()
        _seen_record(monitor, post, matched=True, score=score, details={**details, "dropped": "below min_score"})
        report.below_threshold += 1
        return
    if _seen_record(monitor, post, matched=True, score=lead.score, lead=lead, details=details) and created:
        report.leads_created += 1
        report.lead_ids.append(lead.pk)


# --- The poll ----------------------------------------------------------------------------------------------------


def _with_parts(health: dict, adapter) -> dict:
    """The source's health with each part's (RSS: ``feeds``, by URL: status, last error, next retry)."""
    parts = getattr(adapter, "feed_health", None)
    return {**health, "feeds": parts} if parts else health


def _due(health: dict, now: datetime) -> bool:
    retry = health.get("next_retry_at")
    return not retry or datetime.fromisoformat(retry) <= now


def _poll_source(monitor: Monitor, query: KeywordQuery, config: dict, key: str, report: PollReport, now) -> None:
    health = dict(monitor.source_health.get(key) or {"source": config.get("source", "")})
    stored = monitor.cursors.get(key) or {}
    fingerprint = _fingerprint(config)
    cursor = stored.get("cursor") if stored.get("config") == fingerprint else None  # edited source: start afresh
    adapter = None
    try:
        try:
            adapter = adapter_for(config, query=query.search_query())
        except ValueError as exc:  # an unknown source: a person must fix the monitor
            raise SourceBlocked(str(exc)) from exc
        read = 0
        for _ in range(settings.MONITOR_MAX_PAGES):
            page = adapter.fetch(cursor)
            read += len(page.posts)
            report.posts_read += len(page.posts)
            posts_process(monitor=monitor, posts=page.posts, report=report)
            cursor = page.next_cursor
            monitor.cursors = {**monitor.cursors, key: {"config": fingerprint, "cursor": cursor}}
            _save_progress(monitor)
            if page.done:
                break
        rate_wait = getattr(adapter, "last_rate_wait", None)
        health = _health_ok(health, now=now, read=read, rate_wait=rate_wait, warning=page.warning)
        monitor.source_health = {**monitor.source_health, key: _with_parts(health, adapter)}
    except Exception as exc:  # noqa: BLE001 - one failing source (or a bug on one post) must not stop the others
        if not isinstance(exc, SourceError):
            log.exception("Monitor %s: processing %s failed", monitor.pk, key)
            source = config.get("source", key)
            exc = SourceError(f"{source}: internal error while processing posts ({shown_error(exc)})")
        else:
            log.warning("Monitor %s: %s failed: %s", monitor.pk, key, exc)
        report.errors[key] = shown_error(exc)
        monitor.source_health = {
            **monitor.source_health,
            key: _with_parts(_health_failure(health, exc, now=now, base_seconds=monitor.poll_interval), adapter),
        }
    finally:
        if adapter is not None:
            adapter.close()
        _save_progress(monitor)


def monitor_poll(*, monitor_id: int, force: bool = False, now: datetime | None = None) -> PollReport | None:
    """Poll one monitor if it is due (or ``force``); None when it is not due, inactive or polled by another worker."""
    now = now or timezone.now()
    monitor = monitor_claim(monitor_id=monitor_id, now=now, force=force)
    if monitor is None:
        return None
    report = PollReport(monitor_id=monitor.pk)
    try:
        query = compile_keywords(monitor.keyword_set.expression)
    except KeywordSyntaxError as exc:  # saved before validation existed, or edited in the database
        message = f"Keyword set {monitor.keyword_set.name!r}: {exc}"
        Monitor.objects.filter(pk=monitor.pk).update(status=MonitorStatus.ERROR, last_error=message)
        report.errors["keywords"] = message
        _release(monitor, now)
        return report
    configs = [c for c in monitor.sources if isinstance(c, dict)]
    keys = [source_key(c, i, configs) for i, c in enumerate(configs)]
    # Sources removed from the monitor no longer count towards its health.
    monitor.source_health = {k: v for k, v in (monitor.source_health or {}).items() if k in keys}
    monitor.cursors = dict(monitor.cursors or {})
    for config, key in zip(configs, keys, strict=True):
        if not _due(monitor.source_health.get(key) or {}, now):
            report.skipped_sources.append(key)
            continue
        _poll_source(monitor, query, config, key, report, now)
    _save_progress(monitor)
    _release(monitor, now)
    if report.lead_ids:
        from companies.alerts import poll_leads_process

        try:
            poll_leads_process(lead_ids=report.lead_ids, poll_started_at=now)
        except Exception as exc:  # noqa: BLE001 - the leads are saved; the scheduled matcher links them later
            log.exception("Monitor %s: company matching and alerts failed", monitor.pk)
            report.errors["alerts"] = f"company matching and alerts failed: {exc}"
    return report


def seen_posts_prune(*, now: datetime | None = None) -> int:
    """Forget seen posts older than SEEN_POST_RETENTION_DAYS that did not become leads; returns how many."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.SEEN_POST_RETENTION_DAYS)
    deleted, _ = SeenPost.objects.filter(seen_at__lt=cutoff, lead__isnull=True).delete()
    return deleted
