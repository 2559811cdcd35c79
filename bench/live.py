"""Benchmark of the live view: event latency from a worker's write to a connected websocket client (p50/p95), and the
frame rate 10 viewers sustain, with the Redis channel layer and with the embedded one (SQLite file, no Redis).

Real processes for each mode: daphne serving insight.asgi (the web), a writer process standing in for the worker
(``task_event_append`` for events; a Chromium tab with the frame pump for frames), and websocket clients in this
process connecting to daphne over TCP. Uses the database of DATABASE_URL (migrated; a bench user and task are
created there) and REDIS_URL for the Redis mode.

Run: DATABASE_URL=... REDIS_URL=... .venv/bin/python bench/live.py [--modes redis,embedded] [--events 200]
     [--rate 20] [--viewers 10] [--frame-seconds 20]          (prints one JSON object)
"""

import argparse
import json
import os
import pathlib
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "insight.settings")
os.environ.setdefault("SECRET_KEY", "bench-live-secret-key-not-for-production")

TARGETS = {"redis_p95_ms": 250, "embedded_p95_ms": 1000, "fps": 2.0}
# A page that changes all the time, with a noisy picture so frames weigh what a busy listing page does (~50 KB).
PAGE = (
    "data:text/html,<body style='font:20px sans-serif'><h1>Bench Coffee</h1><p>Call "
    "<a href='tel:+14165550123'>(416) 555-0123</a></p><p id=t></p><canvas id=c width=360 height=240></canvas>"
    "<script>const c=document.getElementById('c').getContext('2d');setInterval(()=>{"
    "document.getElementById('t').textContent=Date.now();const d=c.createImageData(360,240);"
    "for(let i=0;i<d.data.length;i++)d.data[i]=Math.random()*255;c.putImageData(d,0,0)},100)</script></body>"
)


def _setup_django() -> None:
    import django

    django.setup()


# --- the writer process (stands in for the worker) ------------------------------------------------------------------
def write_events(task_id: int, count: int, rate: float) -> None:
    from scraping.services import task_event_append

    time.sleep(1.0)  # let the viewer connect
    for n in range(count):
        task_event_append(task_id=task_id, kind="log", message=f"bench {n}", payload={"t": time.time()})
        time.sleep(1.0 / rate)


def pump_frames(task_id: int, seconds: float) -> None:
    from scraping.browser import BrowserPool
    from scraping.live.frames import frame_pump, phones_found

    pool = BrowserPool(max_browsers=1)
    try:
        with pool.lease() as lease:
            lease.get(PAGE)
            phones_found(task_id, [{"e164": "+14165550123", "raw": "(416) 555-0123", "confidence": 0.95}])
            with frame_pump(lease, task_id) as pump:
                time.sleep(seconds)
                print(json.dumps({"pump_frames": pump.frames, "quality": pump.quality}), flush=True)
    finally:
        pool.close()


# --- the parent ------------------------------------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _child_env(mode: str, data_dir: str) -> dict[str, str]:
    env = {**os.environ, "INSIGHT_DATA_DIR": data_dir, "DJANGO_SETTINGS_MODULE": "insight.settings"}
    if mode == "embedded":
        env.pop("REDIS_URL", None)
    elif not env.get("REDIS_URL"):
        raise SystemExit("REDIS_URL is needed for the redis mode.")
    return env


def _start_web(env: dict[str, str], port: int) -> subprocess.Popen:
    daphne = str(pathlib.Path(sys.executable).with_name("daphne"))
    process = subprocess.Popen(
        [daphne, "-b", "127.0.0.1", "-p", str(port), "insight.asgi:application"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("daphne did not start within 60 s")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _connect(port: int, task_id: int, token: str, query: str):
    import websocket

    url = f"ws://127.0.0.1:{port}/ws/tasks/{task_id}/?{query}"
    ws = websocket.create_connection(url, timeout=30, subprotocols=["insight.live.v1", f"bearer.{token}"])
    while json.loads(ws.recv())["type"] != "replay_done":
        pass
    return ws


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def measure_events(env, port, task_id, token, count, rate) -> dict:
    ws = _connect(port, task_id, token, "frames=0")
    writer = subprocess.Popen(
        [sys.executable, __file__, "--role", "events", "--task", str(task_id), "--events", str(count)]
        + ["--rate", str(rate)],
        cwd=ROOT,
        env=env,
    )
    latencies = []
    try:
        while len(latencies) < count:
            message = json.loads(ws.recv())
            if message.get("type") == "log" and "t" in message.get("payload", {}):
                latencies.append((time.time() - message["payload"]["t"]) * 1000)
    finally:
        ws.close()
        writer.wait(60)
    return {
        "events": len(latencies),
        "rate_per_s": rate,
        "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(_percentile(latencies, 0.95), 1),
        "max_ms": round(max(latencies), 1),
    }


def measure_frames(env, port, task_id, token, viewers, seconds) -> dict:
    """10 viewers acknowledge every frame; the rate counts frames after the first two seconds of frames."""
    from datetime import datetime

    sockets = [_connect(port, task_id, token, "frames=1") for _ in range(viewers)]
    arrivals: list[list[float]] = [[] for _ in range(viewers)]
    sizes: list[int] = []
    delays: list[float] = []
    stop = threading.Event()

    def view(index: int) -> None:
        ws = sockets[index]
        ws.settimeout(0.5)
        while not stop.is_set():
            try:
                message = json.loads(ws.recv())
            except websocket.WebSocketTimeoutException:
                continue
            except (websocket.WebSocketException, OSError):
                return
            if message.get("type") != "frame":
                continue
            ws.send(json.dumps({"type": "frame_ack", "frame": message["frame"]}))
            now = time.time()
            arrivals[index].append(now)
            if index == 0:
                sizes.append(message["bytes"])
                delays.append((now - datetime.fromisoformat(message["at"]).timestamp()) * 1000)

    import websocket

    threads = [threading.Thread(target=view, args=(i,), daemon=True) for i in range(viewers)]
    for thread in threads:
        thread.start()
    pumper = subprocess.run(
        [sys.executable, __file__, "--role", "frames", "--task", str(task_id), "--frame-seconds", str(seconds)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    time.sleep(1.0)
    stop.set()
    for thread in threads:
        thread.join(3)
    for ws in sockets:
        ws.close()
    pump = json.loads(pumper.stdout.strip().splitlines()[-1]) if pumper.stdout.strip() else {"error": pumper.stderr}
    first = [times[0] for times in arrivals if times]
    last = [times[-1] for times in arrivals if times]
    if not first:
        return {"viewers": viewers, "frames_received": 0, "pump": pump}
    start, end = min(first) + 2.0, max(last)
    window = max(0.1, end - start)
    rates = [sum(1 for t in times if start <= t <= end) / window for times in arrivals]
    return {
        "viewers": viewers,
        "window_s": round(window, 1),
        "frames_received": [len(times) for times in arrivals],
        "fps_min": round(min(rates), 2),
        "fps_median": round(statistics.median(rates), 2),
        "frame_bytes_median": int(statistics.median(sizes)) if sizes else None,
        "frame_delay_p50_ms": round(statistics.median(delays), 1) if delays else None,
        "frame_delay_p95_ms": round(_percentile(delays, 0.95), 1) if delays else None,
        "pump": pump,
    }


def run_mode(mode: str, args, task_id: int, token: str) -> dict:
    with tempfile.TemporaryDirectory(prefix=f"bench-live-{mode}-") as data_dir:
        env = _child_env(mode, data_dir)
        port = _free_port()
        web = _start_web(env, port)
        try:
            result = {"events": measure_events(env, port, task_id, token, args.events, args.rate)}
            result["frames"] = measure_frames(env, port, task_id, token, args.viewers, args.frame_seconds)
        finally:
            _stop(web)
    target = TARGETS[f"{mode}_p95_ms"]
    result["targets"] = {
        "event_p95_under_ms": target,
        "event_p95_met": result["events"]["p95_ms"] < target,
        "fps_per_viewer": TARGETS["fps"],
        "fps_met": result["frames"].get("fps_min", 0) >= TARGETS["fps"] * 0.9,
    }
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--modes", default="redis,embedded")
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--rate", type=float, default=20.0, help="Events per second the writer appends.")
    parser.add_argument("--viewers", type=int, default=10)
    parser.add_argument("--frame-seconds", type=float, default=20.0)
    parser.add_argument("--role", choices=["parent", "events", "frames"], default="parent")
    parser.add_argument("--task", type=int)
    args = parser.parse_args()
    _setup_django()
    if args.role == "events":
        write_events(args.task, args.events, args.rate)
        return
    if args.role == "frames":
        pump_frames(args.task, args.frame_seconds)
        return

    from django.conf import settings
    from django.utils import timezone
    from rest_framework_simplejwt.tokens import AccessToken

    from accounts.models import User
    from scraping.models import ScrapeTask

    owner = User.objects.filter(email="bench-live@example.com").first() or User.objects.create_user(
        "bench-live@example.com"
    )
    now = timezone.now()
    User.objects.filter(pk=owner.pk).update(
        email_verified_at=now, consent_version=settings.CONSENT_VERSION, consent_accepted_at=now
    )
    task = ScrapeTask.objects.create(owner=owner, queries=["bench live"], status="running")
    token = str(AccessToken.for_user(owner))
    report = {"load_average": os.getloadavg()}
    try:
        for mode in [m.strip() for m in args.modes.split(",") if m.strip()]:
            report[mode] = run_mode(mode, args, task.pk, token)
    finally:
        task.delete()
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
