"""Build the understanding models before the platform starts, so no analysis ever trains on first use."""

import json
import time

from django.core.management.base import BaseCommand
from tqdm import tqdm

from enrichment.services import model_versions_bootstrap


class Command(BaseCommand):
    help = (
        "Train and activate the intent and sentiment heads where none is active for the configured embedder "
        "(first install, or NLP_* settings changed); does nothing when they are ready. Run by scripts/run.sh."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        bars: dict[str, tqdm] = {}

        def progress(kind: str, done: int, total: int) -> None:
            bar = bars.get(kind)
            if bar is None:
                bar = bars[kind] = tqdm(total=total, desc=f"Training the {kind} model", unit="post", leave=True)
            bar.update(done - bar.n)

        try:
            built = model_versions_bootstrap(progress=progress)
        finally:
            for bar in bars.values():
                bar.close()
        if not built:
            self.stdout.write("Models ready (already trained for this embedder).")
            return
        for version in built:
            figures = {k: v for k, v in version.metrics.items() if k in ("f1", "precision", "recall", "macro_recall")}
            self.stdout.write(
                f"Models ready: {version.kind} {version.version} on {version.metrics.get('evaluated_on')}: "
                f"{json.dumps(figures)}"
            )
        self.stdout.write(f"Built in {time.monotonic() - started:.0f} s.")
