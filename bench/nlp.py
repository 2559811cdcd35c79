"""Understanding benchmark: posts/s single and batched, and held-out metrics of the active heads. Prints JSON.

    .venv/bin/python bench/nlp.py                       # NLP_PRECISION=auto: bf16 on CPUs with native bfloat16
    NLP_PRECISION=fp32 .venv/bin/python bench/nlp.py    # exact float32 embeddings
    NLP_PRECISION=int8 .venv/bin/python bench/nlp.py    # int8 with fixed activation scales (batch-independent)
    .venv/bin/python bench/nlp.py --embedding-cache /tmp/emb   # reuse seed embeddings between runs (training only)

Uses the configured database (the default SQLite file unless DATABASE_URL is set); builds the models first (as
`manage.py models_ready` does) if none are active. When ../shared/samples is present and
enrichment/seed/real_labels.json exists, the real posts listed there by id are read from the samples at run time
(never copied) and scored as well.

Throughput is reported for one process (``posts_per_second_*``: in bf16 and int8 a process runs on one thread) and
for the machine (``posts_per_second_batched_64_all_workers``: Q_WORKERS processes at once, as the task workers run).
"""

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "insight.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

from enrichment.nlp.analyze import analyze_texts  # noqa: E402
from enrichment.nlp.embeddings import ONE_THREAD_PRECISIONS, embedder_id, precision, torch_threads  # noqa: E402
from enrichment.nlp.training import intent_metrics, seed_dataset, sentiment_metrics  # noqa: E402
from enrichment.selectors import active_heads  # noqa: E402
from enrichment.services import model_versions_bootstrap  # noqa: E402

POSITIVE_LEVELS = ("high", "medium")


def _rate(texts: list[str], heads, *, batch: int) -> tuple[float, float]:
    """Posts per wall-clock second, and per CPU second of this process (all threads): the second barely moves
    when other processes load the machine, so it compares runs made under different loads."""
    start, cpu = time.perf_counter(), time.process_time()
    for i in range(0, len(texts), batch):
        analyze_texts(texts[i : i + batch], heads=heads)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    return round(len(texts) / wall, 1), round(len(texts) / cpu, 1)


def _worker_share(texts: list[str], heads, start_together, results) -> None:
    """One worker process of ``_rate_all_workers``: load the model, wait for the others, analyse its share."""
    from enrichment.nlp.embeddings import embed

    embed(texts[:64])  # model load and first allocations, before the clock starts
    start_together.wait()
    started = time.monotonic()
    for i in range(0, len(texts), 64):
        analyze_texts(texts[i : i + 64], heads=heads)
    results.put((len(texts), started, time.monotonic()))


def _rate_all_workers(texts: list[str], heads, *, workers: int) -> float:
    """Posts per second of the whole machine when ``workers`` processes analyse at once, as the product's task workers
    (Q_WORKERS, 2 by default) do: each on its own share, in calls of 64, from a common start."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    start_together, results = context.Barrier(workers), context.Queue()
    share = len(texts) // workers
    processes = [
        context.Process(target=_worker_share, args=(texts[i * share : (i + 1) * share], heads, start_together, results))
        for i in range(workers)
    ]
    for process in processes:
        process.start()
    done = [results.get(timeout=600) for _ in processes]
    for process in processes:
        process.join()
    first_start, last_end = min(d[1] for d in done), max(d[2] for d in done)
    return round(sum(d[0] for d in done) / (last_end - first_start), 1)


def heldout_metrics(heads) -> dict:
    intent = seed_dataset("intent", "heldout")
    results = analyze_texts(intent.texts, heads=heads)
    intent_m = intent_metrics(intent.labels, [int(r.intent["probability"] >= 0.5) for r in results])
    intent_levels = intent_metrics(intent.labels, [int(r.intent["level"] in POSITIVE_LEVELS) for r in results])
    sentiment = seed_dataset("sentiment", "heldout")
    predicted = [r.sentiment["label"] for r in analyze_texts(sentiment.texts, heads=heads)]
    return {
        "intent": intent_m,
        "intent_level_medium_or_high": intent_levels,
        "sentiment": sentiment_metrics(sentiment.labels, predicted),
    }


def main() -> None:
    if "--embedding-cache" in sys.argv:
        settings.NLP_EMBEDDING_CACHE_DIR = sys.argv[sys.argv.index("--embedding-cache") + 1]
    model_versions_bootstrap()  # what `manage.py models_ready` does: nothing when the models are ready
    heads = active_heads()
    corpus = seed_dataset("intent", "heldout").texts + seed_dataset("intent", "train").texts
    analyze_texts(corpus[:64], heads=heads)  # warm up (model load, first allocations)
    report = {
        "machine_cores": os.cpu_count(),
        # The machine is shared: compare runs only when made back to back under a similar load.
        "load_average_1m_at_start": round(os.getloadavg()[0], 2),
        "torch_threads": 1 if precision() in ONE_THREAD_PRECISIONS else torch_threads(),  # per process
        "embedder": embedder_id(),
        "precision": precision(),  # resolved NLP_PRECISION
        "nlp_batch_size": settings.NLP_BATCH_SIZE,  # texts per forward pass inside each call of 64
        "intent_version_id": heads.intent_version_id,
        "sentiment_version_id": heads.sentiment_version_id,
    }
    report["posts_per_second_single"], report["posts_per_cpu_second_single"] = _rate(corpus[:200], heads, batch=1)
    report["posts_per_second_batched_64"], report["posts_per_cpu_second_batched_64"] = _rate(
        corpus[:1536], heads, batch=64
    )
    workers = settings.Q_CLUSTER["workers"]
    report["task_workers"] = workers
    report["posts_per_second_batched_64_all_workers"] = _rate_all_workers(
        corpus[: 1536 * workers], heads, workers=workers
    )
    report |= {
        "heldout": heldout_metrics(heads),
        "heldout_note": "team-written seed held-out split (phrasings and industries not in training)",
    }
    report["load_average_1m_at_end"] = round(os.getloadavg()[0], 2)
    try:
        from bench.nlp_real import real_metrics

        real = real_metrics(heads)
        if real:
            report["real_posts"] = real
    except ImportError:
        pass
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
