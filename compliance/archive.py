"""Monthly archive files of leads (``leads-YYYY-MM.jsonl.gz`` under ``ARCHIVE_PATH``, month of ``discovered_at``).

One JSON line per lead with its contact points and labels, in Django's serializer format so a restore writes back
exactly the rows that were archived (same ids, timestamps and JSON fields). Files only grow by appended gzip members;
an erasure rewrites them without the person's records. A lock file serialises writers.
"""

import datetime as dt
import fcntl
import gzip
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core import serializers
from django.core.serializers.json import DjangoJSONEncoder

from leads.models import Lead

FILE_RE = re.compile(r"^leads-(\d{4})-(\d{2})\.jsonl\.gz$")


class ExactEncoder(DjangoJSONEncoder):
    """Keeps microseconds (DjangoJSONEncoder rounds datetimes to milliseconds), so a restore is exact."""

    def default(self, o):
        if isinstance(o, dt.datetime | dt.time):
            return o.isoformat()
        return super().default(o)


def archive_dir(*, create: bool = True) -> Path:
    path = Path(settings.ARCHIVE_PATH)
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


@contextmanager
def archive_lock() -> Iterator[Path]:
    path = archive_dir()
    with open(path / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield path
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def month_file(when: dt.datetime) -> str:
    return f"leads-{when:%Y-%m}.jsonl.gz"


def lead_record(lead: Lead) -> dict:
    """The lead, its contact points and labels as serializer dicts (``model``, ``pk``, ``fields``)."""
    return {
        "lead": serializers.serialize("python", [lead])[0],
        "contact_points": serializers.serialize("python", lead.contact_points.all()),
        "labels": serializers.serialize("python", lead.labels.all()),
    }


def leads_archive(leads: Iterable[Lead]) -> dict[str, int]:
    """Append the leads to their months' files (flushed to disk before returning). Returns leads per file."""
    by_file: dict[str, list[str]] = {}
    for lead in leads:
        line = json.dumps(lead_record(lead), cls=ExactEncoder, sort_keys=True)
        by_file.setdefault(month_file(lead.discovered_at), []).append(line)
    with archive_lock() as path:
        for name, lines in by_file.items():
            with open(path / name, "ab") as raw:
                with gzip.GzipFile(fileobj=raw, mode="ab") as gz:
                    gz.write(("\n".join(lines) + "\n").encode())
                raw.flush()
                os.fsync(raw.fileno())
    return {name: len(lines) for name, lines in by_file.items()}


def archive_files(*, since: dt.date | None = None, until: dt.date | None = None) -> list[Path]:
    """Archive files whose month overlaps [since, until), oldest first."""
    files = []
    for path in sorted(archive_dir(create=False).glob("leads-*.jsonl.gz")):
        match = FILE_RE.match(path.name)
        if not match:
            continue
        first = dt.date(int(match[1]), int(match[2]), 1)
        after = (first + dt.timedelta(days=32)).replace(day=1)
        if (since and after <= since) or (until and first >= until):
            continue
        files.append(path)
    return files


def archive_records(path: Path) -> Iterator[dict]:
    with gzip.open(path, "rt") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def archive_scrub(matches: Callable[[dict], bool]) -> int:
    """Rewrite every archive file without the records ``matches`` selects (atomically per file). Returns how many."""
    removed = 0
    with archive_lock():
        for path in archive_files():
            kept, dropped = [], 0
            for record in archive_records(path):
                if matches(record):
                    dropped += 1
                else:
                    kept.append(json.dumps(record, sort_keys=True))
            if not dropped:
                continue
            removed += dropped
            if not kept:
                path.unlink()
                continue
            temporary = path.with_suffix(".tmp")
            with gzip.open(temporary, "wt") as out:
                out.write("\n".join(kept) + "\n")
            os.replace(temporary, path)
    return removed


def record_models(record: dict) -> list[serializers.base.DeserializedObject]:
    """The rows of one archived lead, ready to save (fields added since the archive was written stay default)."""
    rows = [record["lead"], *record["contact_points"], *record["labels"]]
    return list(serializers.deserialize("python", rows, ignorenonexistent=True))
