"""The demo's outbox: while mail goes to the console (or to files), the messages sent are readable by admins in the
dashboard, so a new account's verification link is not only in the server log (issue 24).

``ConsoleOutboxBackend`` is Django's console backend that also keeps each message as an ``.eml`` file under
``DATA_DIR/outbox`` (the newest ``OUTBOX_KEEP``); with the file backend the page reads ``EMAIL_FILE_PATH``. Any
other backend (real SMTP) has no outbox page.
"""

import email
import email.policy
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.mail.backends.console import EmailBackend as ConsoleBackend

OUTBOX_KEEP = 200
OUTBOX_BACKEND = "dashboard.outbox.ConsoleOutboxBackend"
FILE_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
MAX_BYTES = 256 * 1024


def outbox_dir() -> Path | None:
    """Where the sent messages are, or None when mail leaves the machine (no outbox)."""
    backend = settings.EMAIL_BACKEND
    if backend == OUTBOX_BACKEND:
        return Path(settings.DATA_DIR) / "outbox"
    if backend == FILE_BACKEND and getattr(settings, "EMAIL_FILE_PATH", None):
        return Path(settings.EMAIL_FILE_PATH)
    return None


class ConsoleOutboxBackend(ConsoleBackend):
    def send_messages(self, email_messages):
        sent = super().send_messages(email_messages)
        folder = Path(settings.DATA_DIR) / "outbox"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for message in email_messages or []:
                stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
                (folder / f"{stamp}-{uuid.uuid4().hex[:8]}.eml").write_bytes(message.message().as_bytes())
            for old in sorted(folder.glob("*.eml"))[:-OUTBOX_KEEP]:
                old.unlink(missing_ok=True)
        except OSError:
            if not self.fail_silently:
                raise
        return sent


@dataclass
class OutboxMessage:
    name: str
    sent_at: datetime
    to: str
    subject: str
    body: str


def _body(message: email.message.EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        return part.get_content()
    except (LookupError, ValueError):
        return ""


def _read(path: Path) -> list[OutboxMessage]:
    """One file: an .eml of ours, or a file backend's log holding several messages separated by dashes."""
    raw = path.read_bytes()[:MAX_BYTES]
    sent_at = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
    chunks = raw.split(b"\n" + b"-" * 79 + b"\n") if path.suffix == ".log" else [raw]
    found = []
    for chunk in chunks:
        if not chunk.strip():
            continue
        message = email.message_from_bytes(chunk.strip(), policy=email.policy.default)
        found.append(
            OutboxMessage(
                name=path.name,
                sent_at=sent_at,
                to=str(message.get("To", "")),
                subject=str(message.get("Subject", "")),
                body=_body(message),
            )
        )
    return found


def outbox_messages(*, limit: int = 50) -> list[OutboxMessage]:
    """The newest messages first (at most ``limit``); [] when there is no outbox or nothing was sent."""
    folder = outbox_dir()
    if folder is None or not folder.is_dir():
        return []
    files = sorted(
        (entry for entry in os.scandir(folder) if entry.is_file() and entry.name.endswith((".eml", ".log"))),
        key=lambda entry: entry.stat().st_mtime,
        reverse=True,
    )
    messages: list[OutboxMessage] = []
    for entry in files:
        messages.extend(reversed(_read(Path(entry.path))))
        if len(messages) >= limit:
            break
    return messages[:limit]
