import asyncio
import subprocess
import sys
import textwrap

import pytest
from channels.exceptions import ChannelFull

from insight.channel_layers import SQLiteChannelLayer


@pytest.fixture
def layer(tmp_path):
    return SQLiteChannelLayer(path=str(tmp_path / "layer.sqlite3"), capacity=3)


def test_a_message_sent_to_a_channel_is_received_once(layer):
    async def scenario():
        channel = await layer.new_channel()
        await layer.send(channel, {"type": "task.log", "text": "hello", "frame": b"\xff\xd8jpeg"})
        message = await layer.receive(channel)
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(layer.receive(channel), timeout=0.2)
        return message

    assert asyncio.run(scenario()) == {"type": "task.log", "text": "hello", "frame": b"\xff\xd8jpeg"}


def test_group_messages_reach_members_only_until_they_leave(layer):
    async def scenario():
        inside, outside = await layer.new_channel(), await layer.new_channel()
        await layer.group_add("task-7", inside)
        await layer.group_send("task-7", {"type": "task.progress", "value": 0.5})
        first = await asyncio.wait_for(layer.receive(inside), timeout=10)  # margin for a loaded machine
        await layer.group_discard("task-7", inside)
        await layer.group_send("task-7", {"type": "task.progress", "value": 0.6})
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(layer.receive(inside), timeout=0.2)
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(layer.receive(outside), timeout=0.2)
        return first

    assert asyncio.run(scenario())["value"] == 0.5


def test_a_full_channel_refuses_direct_sends_and_drops_group_sends(layer):
    async def scenario():
        channel = await layer.new_channel()
        await layer.group_add("viewers", channel)
        for n in range(3):
            await layer.send(channel, {"type": "x", "n": n})
        with pytest.raises(ChannelFull):
            await layer.send(channel, {"type": "x", "n": 3})
        await layer.group_send("viewers", {"type": "x", "n": 4})  # a slow viewer skips, the sender goes on
        return [(await layer.receive(channel))["n"] for _ in range(3)]

    assert asyncio.run(scenario()) == [0, 1, 2]


def test_messages_cross_processes(layer):
    async def join():
        channel = await layer.new_channel()
        await layer.group_add("task-42", channel)
        return channel

    channel = asyncio.run(join())
    sender = textwrap.dedent(
        f"""
        import asyncio
        from insight.channel_layers import SQLiteChannelLayer
        layer = SQLiteChannelLayer(path={str(layer.path)!r})
        asyncio.run(layer.group_send("task-42", {{"type": "task.result", "lead": 99}}))
        """
    )
    subprocess.run([sys.executable, "-c", sender], check=True, timeout=30)

    message = asyncio.run(asyncio.wait_for(layer.receive(channel), timeout=5))
    assert message == {"type": "task.result", "lead": 99}
