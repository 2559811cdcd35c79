"""A short description made of the lead's own sentences: the ones closest to the centre of all its sentences in
embedding space (extractive, so it states nothing the source did not say)."""

import re
from typing import Any

import numpy as np

SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[]?[A-Z0-9])|\n+")
MIN_CHARS, MAX_CHARS = 12, 400
MAX_SENTENCES = 60


def sentences(texts: list[str]) -> list[str]:
    """Distinct sentences of ``texts`` in order, without fragments and overlong run-ons."""
    out: list[str] = []
    seen: set[str] = set()
    for text in texts:
        for part in SENTENCE_END_RE.split(text or ""):
            sentence = " ".join(part.split())
            key = sentence.lower().rstrip(".!?")
            if MIN_CHARS <= len(sentence) <= MAX_CHARS and key not in seen:
                seen.add(key)
                out.append(sentence)
    return out[:MAX_SENTENCES]


def extractive_summary(texts: list[str], *, max_sentences: int = 2, max_chars: int = 300) -> dict[str, Any]:
    """``{"text", "sentences": [{"text", "centrality"}], "method"}``; empty text when there is nothing to say.

    With more sentences than ``max_sentences`` each is embedded, the centroid taken, and the most central ones
    kept in their original order until ``max_chars``.
    """
    candidates = sentences(texts)
    if not candidates:
        return {"text": "", "sentences": [], "method": "none"}
    if len(candidates) <= max_sentences:
        chosen = [(s, 1.0) for s in candidates]
        method = "all sentences"
    else:
        from enrichment.nlp.embeddings import embed, meaning

        vectors = meaning(embed(candidates))
        centroid = vectors.mean(axis=0)
        centroid /= np.linalg.norm(centroid) or 1.0
        scores = vectors @ centroid
        ranked = sorted(range(len(candidates)), key=lambda i: -float(scores[i]))
        picked: list[int] = []
        used = 0
        for i in ranked:
            if len(picked) == max_sentences:
                break
            if picked and used + len(candidates[i]) > max_chars:
                continue
            picked.append(i)
            used += len(candidates[i]) + 1
        chosen = [(candidates[i], round(float(scores[i]), 3)) for i in sorted(picked)]
        method = "most central sentences (MiniLM embeddings)"
    text = " ".join(s for s, _ in chosen)
    if len(text) > max_chars:
        text = text[: max_chars - 1].rsplit(" ", 1)[0] + "…"
    return {"text": text, "sentences": [{"text": s, "centrality": c} for s, c in chosen], "method": method}
