"""What a keyword expression would have matched: the last conversation posts we kept, run through the expression."""

from dataclasses import dataclass, field

from leads.keywords import KeywordSyntaxError, PostContext, compile_keywords
from leads.models import Lead, LeadKind

PREVIEW_POSTS = 500
PREVIEW_EXAMPLES = 5
EXCERPT_CHARS = 240


@dataclass
class Preview:
    expression: str
    error: str = ""
    matched: int = 0
    total: int = 0
    examples: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "error": self.error,
            "matched": self.matched,
            "total": self.total,
            "summary": self.summary,
            "examples": [
                {"title": e["title"], "url": e["url"], "parts": [{"text": t, "match": m} for t, m in e["parts"]]}
                for e in self.examples
            ],
        }

    @property
    def summary(self) -> str:
        if self.error:
            return self.error
        if not self.total:
            return "No posts collected yet to try the keywords on."
        noun = "post" if self.total == 1 else "posts"
        return f"Would have matched {self.matched} of the last {self.total} {noun}."


def _excerpt(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """Up to EXCERPT_CHARS around the first match as (text, is_match) pieces: pages and scripts show the matches
    highlighted without ever reading the post as HTML."""
    start = max(0, spans[0][0] - EXCERPT_CHARS // 3) if spans else 0
    end = min(len(text), start + EXCERPT_CHARS)
    parts, last = [("…", False)] if start else [], start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        parts += [(text[last:s], False), (text[s:e], True)]
        last = e
    parts.append((text[last:end] + ("…" if end < len(text) else ""), False))
    return [(piece, match) for piece, match in parts if piece]


def keyword_preview(expression: str, *, posts: int = PREVIEW_POSTS) -> Preview:
    expression = (expression or "").strip()
    preview = Preview(expression=expression)
    if not expression:
        preview.error = "Write some keywords to preview them."
        return preview
    try:
        query = compile_keywords(expression)
    except KeywordSyntaxError as exc:
        preview.error = str(exc)
        return preview
    rows = (
        Lead.objects.filter(kind=LeadKind.CONVERSATION)
        .order_by("-discovered_at", "-id")
        .values("name", "text", "url", "author_handle", "author", "category")[:posts]
    )
    for row in rows:
        preview.total += 1
        text = f"{row['name']}\n{row['text']}".strip()
        context = PostContext(url=row["url"], author=row["author_handle"] or row["author"], subreddit=row["category"])
        found = query.match(text, context)
        if found is None:
            continue
        preview.matched += 1
        if len(preview.examples) < PREVIEW_EXAMPLES:
            preview.examples.append({"title": row["name"], "url": row["url"], "parts": _excerpt(text, found.spans)})
    return preview
