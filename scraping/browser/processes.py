"""The process tree of a local browser from /proc: its members, their memory, and how to end them."""

import contextlib
import os
import signal
from pathlib import Path

PROC = Path("/proc")


def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name may contain spaces and parentheses; fields after the last ")" are fixed.
        fields = stat[stat.rfind(")") + 2 :].split()
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    return children


def descendants(pid: int) -> list[int]:
    """``pid``'s children, grandchildren… (not ``pid`` itself)."""
    tree = _children_map()
    found, stack = [], list(tree.get(pid, []))
    while stack:
        child = stack.pop()
        found.append(child)
        stack.extend(tree.get(child, []))
    return found


def process_name(pid: int) -> str:
    try:
        return (PROC / str(pid) / "comm").read_text().strip()
    except OSError:
        return ""


def is_alive(pid: int) -> bool:
    try:
        state = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return False
    return state[state.rfind(")") + 2 :].split()[0] != "Z"  # a zombie is dead


def memory_bytes(pids: list[int]) -> int:
    """Proportional set size summed over ``pids`` (shared pages counted once overall), RSS where PSS is unreadable."""
    total = 0
    for pid in pids:
        try:
            text = (PROC / str(pid) / "smaps_rollup").read_text()
            key = "Pss:"
        except OSError:
            try:
                text = (PROC / str(pid) / "status").read_text()
                key = "VmRSS:"
            except OSError:
                continue
        for line in text.splitlines():
            if line.startswith(key):
                total += int(line.split()[1]) * 1024
                break
    return total


def kill_tree(pids: list[int]) -> None:
    for pid in pids:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
