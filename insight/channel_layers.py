"""A channel layer in a SQLite file, so web and worker processes on one machine talk without Redis.

Messages and group memberships are rows; receivers poll with a short sleep. It is meant for the embedded
default (one machine). Production uses channels_redis.
"""

import asyncio
import random
import sqlite3
import string
import threading
import time
from pathlib import Path

import msgpack
from channels.exceptions import ChannelFull
from channels.layers import BaseChannelLayer

_SCHEMA = """
CREATE TABLE IF NOT EXISTS message (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    channel TEXT NOT NULL,
    payload BLOB NOT NULL,
    expires REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS message_channel ON message (channel, id);
CREATE TABLE IF NOT EXISTS membership (
    grp TEXT NOT NULL,
    channel TEXT NOT NULL,
    expires REAL NOT NULL,
    PRIMARY KEY (grp, channel)
);
"""


class SQLiteChannelLayer(BaseChannelLayer):
    """Channel layer backed by a SQLite database file shared by every local process."""

    extensions = ["groups", "flush"]

    def __init__(
        self,
        path: str,
        expiry: int = 60,
        group_expiry: int = 86400,
        capacity: int = 100,
        channel_capacity: dict | None = None,
        poll_interval: float = 0.02,
    ) -> None:
        super().__init__(expiry=expiry, capacity=capacity, channel_capacity=channel_capacity)
        self.channel_capacity = self.compile_capacities(channel_capacity or {})
        self.path = Path(path)
        self.group_expiry = group_expiry
        self.poll_interval = poll_interval
        self._local = threading.local()
        self._schema_ready = False
        self._last_cleanup = 0.0

    # Connections are per thread: sqlite3 objects must not cross threads.
    def _connection(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            if not self._schema_ready:
                conn.executescript(_SCHEMA)
                self._schema_ready = True
            self._local.conn = conn
        return conn

    def _run(self, fn, *args):
        return asyncio.to_thread(fn, *args)

    # Synchronous workers, run in a thread.
    def _send(self, channel: str, payload: bytes) -> None:
        conn = self._connection()
        now = time.time()
        conn.execute("BEGIN IMMEDIATE")
        try:
            (count,) = conn.execute(
                "SELECT COUNT(*) FROM message WHERE channel = ? AND expires > ?", (channel, now)
            ).fetchone()
            if count >= self.get_capacity(channel):
                raise ChannelFull(channel)
            conn.execute(
                "INSERT INTO message (channel, payload, expires) VALUES (?, ?, ?)",
                (channel, payload, now + self.expiry),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        self._maybe_cleanup(now)

    def _pop(self, channel: str) -> bytes | None:
        row = (
            self._connection()
            .execute(
                "DELETE FROM message WHERE id = (SELECT id FROM message WHERE channel = ? AND expires > ? "
                "ORDER BY id LIMIT 1) RETURNING payload",
                (channel, time.time()),
            )
            .fetchone()
        )
        return row[0] if row else None

    def _group_send(self, group: str, payload: bytes) -> None:
        conn = self._connection()
        now = time.time()
        channels = [
            row[0] for row in conn.execute("SELECT channel FROM membership WHERE grp = ? AND expires > ?", (group, now))
        ]
        for channel in channels:
            try:
                self._send(channel, payload)
            except ChannelFull:
                pass  # a slow consumer drops group messages rather than blocking the sender

    def _group_add(self, group: str, channel: str) -> None:
        self._connection().execute(
            "INSERT OR REPLACE INTO membership (grp, channel, expires) VALUES (?, ?, ?)",
            (group, channel, time.time() + self.group_expiry),
        )

    def _group_discard(self, group: str, channel: str) -> None:
        self._connection().execute("DELETE FROM membership WHERE grp = ? AND channel = ?", (group, channel))

    def _flush(self) -> None:
        conn = self._connection()
        conn.execute("DELETE FROM message")
        conn.execute("DELETE FROM membership")

    def _maybe_cleanup(self, now: float) -> None:
        if now - self._last_cleanup < 30:
            return
        self._last_cleanup = now
        conn = self._connection()
        conn.execute("DELETE FROM message WHERE expires <= ?", (now,))
        conn.execute("DELETE FROM membership WHERE expires <= ?", (now,))

    # The channel layer API.
    async def send(self, channel: str, message: dict) -> None:
        assert isinstance(message, dict), "message is not a dict"
        self.require_valid_channel_name(channel)
        await self._run(self._send, channel, msgpack.packb(message, use_bin_type=True))

    async def receive(self, channel: str) -> dict:
        self.require_valid_channel_name(channel)
        while True:
            payload = await self._run(self._pop, channel)
            if payload is not None:
                return msgpack.unpackb(payload, raw=False)
            await asyncio.sleep(self.poll_interval)

    async def new_channel(self, prefix: str = "specific.") -> str:
        suffix = "".join(random.choices(string.ascii_letters + string.digits, k=16))
        return f"{prefix}sqlite!{suffix}"

    async def group_add(self, group: str, channel: str) -> None:
        self.require_valid_group_name(group)
        self.require_valid_channel_name(channel)
        await self._run(self._group_add, group, channel)

    async def group_discard(self, group: str, channel: str) -> None:
        self.require_valid_group_name(group)
        self.require_valid_channel_name(channel)
        await self._run(self._group_discard, group, channel)

    async def group_send(self, group: str, message: dict) -> None:
        assert isinstance(message, dict), "message is not a dict"
        self.require_valid_group_name(group)
        await self._run(self._group_send, group, msgpack.packb(message, use_bin_type=True))

    async def flush(self) -> None:
        await self._run(self._flush)

    async def close(self) -> None:
        pass
