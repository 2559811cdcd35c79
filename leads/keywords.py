"""The keyword language of monitors: parse once, match fast, highlight what matched.

Syntax (operators are upper case; lower-case "or"/"and"/"not" are ordinary words)::

    "looking for a CRM" OR (recommend* AND crm) NOT hiring -site:example.com author:bob subreddit:smallbusiness

- terms and quoted phrases match whole words; ``recommend*`` matches words starting with ``recommend``;
- terms next to each other are ANDed; ``OR`` binds looser than ``AND``; ``NOT x`` and ``-x`` exclude;
- ``site:``, ``author:`` and ``subreddit:`` filter on the post's URL host, author and subreddit;
- matching is case- and accent-insensitive (``Café`` matches ``cafe``) and returns the matched spans of the
  original text so they can be highlighted.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

FILTER_FIELDS = ("site", "author", "subreddit")
MAX_EXPRESSION_LENGTH = 2000


MAX_NESTING = 20  # parentheses and NOTs inside each other; deeper is a typo or an attack on the parser


class KeywordSyntaxError(ValueError):
    """A keyword expression that cannot be parsed; ``position`` is the 0-based character offset of the problem."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(f"{message} (at character {position + 1})")
        self.message = message
        self.position = position


def fold(text: str) -> str:
    """Case- and accent-insensitive form: NFKD, combining marks dropped, casefolded."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _fold_with_map(text: str) -> tuple[str, list[int] | None]:
    """Fold ``text`` and keep, for every folded character, the index of the original character it came from.

    ASCII text (most posts) folds to itself lower-cased, index for index: the map is None then.
    """
    if text.isascii():
        return text.lower(), None
    out: list[str] = []
    index_map: list[int] = []
    for i, ch in enumerate(text):
        folded = fold(ch)
        out.append(folded)
        index_map.extend([i] * len(folded))
    return "".join(out), index_map


@dataclass(frozen=True)
class PostContext:
    """What a keyword expression looks at besides the text."""

    url: str = ""
    author: str = ""
    subreddit: str = ""


# --- AST --------------------------------------------------------------------------------------------------------


@dataclass
class Leaf:
    """A word, a prefix (``recommend*``) or a phrase; ``label`` is how the user wrote it."""

    label: str
    pattern: re.Pattern

    def evaluate(self, folded: str, context: PostContext, spans: list[tuple[int, int, str]]) -> bool:
        found = False
        for m in self.pattern.finditer(folded):
            spans.append((m.start(), m.end(), self.label))
            found = True
        return found


@dataclass
class Filter:
    """``site:``, ``author:`` or ``subreddit:``."""

    name: str
    value: str

    def evaluate(self, folded: str, context: PostContext, spans: list[tuple[int, int, str]]) -> bool:
        if self.name == "site":
            host = (urlsplit(context.url).hostname or "").lower() if context.url else ""
            return host == self.value or host.endswith("." + self.value)
        if self.name == "author":
            return fold(context.author.lstrip("@")) == self.value.lstrip("@")
        return fold(context.subreddit.removeprefix("r/")) == self.value.removeprefix("r/")


@dataclass
class Not:
    child: object

    def evaluate(self, folded: str, context: PostContext, spans: list[tuple[int, int, str]]) -> bool:
        return not self.child.evaluate(folded, context, [])


@dataclass
class And:
    children: list = field(default_factory=list)

    def evaluate(self, folded: str, context: PostContext, spans: list[tuple[int, int, str]]) -> bool:
        mine: list[tuple[int, int, str]] = []
        for child in self.children:
            if not child.evaluate(folded, context, mine):
                return False
        spans.extend(mine)
        return True


@dataclass
class Or:
    children: list = field(default_factory=list)

    def evaluate(self, folded: str, context: PostContext, spans: list[tuple[int, int, str]]) -> bool:
        any_true = False
        for child in self.children:  # every true branch contributes highlights
            mine: list[tuple[int, int, str]] = []
            if child.evaluate(folded, context, mine):
                spans.extend(mine)
                any_true = True
        return any_true


# --- Tokenizer and parser ---------------------------------------------------------------------------------------

_WORD_CHARS = re.compile(r"\w+")
_OPERATORS = {"AND", "OR", "NOT"}


@dataclass
class _Token:
    kind: str  # word, phrase, lparen, rparen, and, or, not, minus
    value: str
    position: int


def _tokenize(expression: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(expression)
    while i < n:
        ch = expression[i]
        if ch.isspace():
            i += 1
        elif ch == "(":
            tokens.append(_Token("lparen", ch, i))
            i += 1
        elif ch == ")":
            tokens.append(_Token("rparen", ch, i))
            i += 1
        elif ch == '"':
            end = expression.find('"', i + 1)
            if end < 0:
                raise KeywordSyntaxError('A quoted phrase is not closed: add the missing "', i)
            tokens.append(_Token("phrase", expression[i + 1 : end], i))
            i = end + 1
        elif ch == "-" and i + 1 < n and not expression[i + 1].isspace():
            tokens.append(_Token("minus", ch, i))
            i += 1
        else:
            start = i
            while i < n and not expression[i].isspace() and expression[i] not in '()"':
                i += 1
            word = expression[start:i]
            if word in _OPERATORS:
                tokens.append(_Token(word.lower(), word, start))
            elif ":" in word and word.split(":", 1)[0].lower() in FILTER_FIELDS and expression[i : i + 1] == '"':
                # site:"value with spaces" — value continues in the following phrase.
                end = expression.find('"', i + 1)
                if end < 0:
                    raise KeywordSyntaxError('A quoted phrase is not closed: add the missing "', i)
                tokens.append(_Token("word", word + expression[i + 1 : end], start))
                i = end + 1
            else:
                tokens.append(_Token("word", word, start))
    return tokens


def _words_pattern(words: list[str], prefix_last: bool) -> re.Pattern:
    parts = [re.escape(w) for w in words]
    tail = r"\w*" if prefix_last else r"(?!\w)"
    return re.compile(r"(?<!\w)" + r"\W+".join(parts) + tail)


class _Parser:
    def __init__(self, expression: str) -> None:
        self.expression = expression
        self.tokens = _tokenize(expression)
        self.i = 0
        self.depth = 0  # parentheses and NOTs open around the current token
        self.positive_leaves: list[str] = []

    def nest(self, token: _Token) -> None:
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise KeywordSyntaxError(
                f"Nested more than {MAX_NESTING} levels deep: simplify the expression", token.position
            )

    def peek(self) -> _Token | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def parse(self):
        if not self.tokens:
            raise KeywordSyntaxError("A keyword set needs at least one keyword or phrase", 0)
        node = self.parse_or(negated=False)
        token = self.peek()
        if token is not None:
            raise KeywordSyntaxError("This closing parenthesis has no opening one", token.position)
        if not self.positive_leaves:
            raise KeywordSyntaxError("Give at least one keyword to look for, not only exclusions and filters", 0)
        return node

    def parse_or(self, negated: bool):
        children = [self.parse_and(negated)]
        while (token := self.peek()) is not None and token.kind == "or":
            self.take()
            if self.peek() is None or self.peek().kind in ("or", "and", "rparen"):
                raise KeywordSyntaxError("OR needs a keyword on both sides", token.position)
            children.append(self.parse_and(negated))
        return children[0] if len(children) == 1 else Or(children)

    def parse_and(self, negated: bool):
        token = self.peek()
        if token is not None and token.kind in ("and", "or"):
            raise KeywordSyntaxError(f"{token.value} needs a keyword on both sides", token.position)
        children = [self.parse_unary(negated)]
        while (token := self.peek()) is not None and token.kind not in ("or", "rparen"):
            if token.kind == "and":
                self.take()
                following = self.peek()
                if following is None or following.kind in ("and", "or", "rparen"):
                    raise KeywordSyntaxError("AND needs a keyword on both sides", token.position)
            children.append(self.parse_unary(negated))
        return children[0] if len(children) == 1 else And(children)

    def parse_unary(self, negated: bool):
        token = self.peek()
        if token is None:
            end = len(self.expression)
            raise KeywordSyntaxError("The expression ends where a keyword was expected", max(end - 1, 0))
        if token.kind in ("not", "minus"):
            self.take()
            if self.peek() is None or self.peek().kind in ("and", "or", "rparen"):
                raise KeywordSyntaxError(f"{token.value} needs a keyword after it", token.position)
            self.nest(token)
            node = Not(self.parse_unary(not negated))
            self.depth -= 1
            return node
        return self.parse_primary(negated)

    def parse_primary(self, negated: bool):
        token = self.take()
        if token.kind == "lparen":
            if self.peek() is None:
                raise KeywordSyntaxError("This parenthesis is not closed", token.position)
            if self.peek().kind == "rparen":
                raise KeywordSyntaxError("Empty parentheses", token.position)
            self.nest(token)
            node = self.parse_or(negated)
            self.depth -= 1
            closing = self.peek()
            if closing is None or closing.kind != "rparen":
                raise KeywordSyntaxError("This parenthesis is not closed", token.position)
            self.take()
            return node
        if token.kind == "rparen":
            raise KeywordSyntaxError("This closing parenthesis has no opening one", token.position)
        if token.kind == "phrase":
            words = _WORD_CHARS.findall(fold(token.value))
            if not words:
                raise KeywordSyntaxError("Empty quoted phrase", token.position)
            return self.leaf(f'"{token.value.strip()}"', words, prefix=False, negated=negated)
        return self.word(token, negated)

    def word(self, token: _Token, negated: bool):
        value = token.value
        name, sep, rest = value.partition(":")
        if sep and name.lower() in FILTER_FIELDS:
            rest = fold(rest.strip())
            if not rest:
                raise KeywordSyntaxError(f"{name}: needs a value, e.g. {name}:example", token.position)
            if name.lower() == "site":
                rest = rest.removeprefix("https://").removeprefix("http://").split("/", 1)[0].removeprefix("www.")
            return Filter(name.lower(), rest)
        prefix = value.endswith("*")
        core = value[:-1] if prefix else value
        star = core.find("*")
        if star >= 0:
            raise KeywordSyntaxError("A wildcard * may only end a word, as in recommend*", token.position + star)
        words = _WORD_CHARS.findall(fold(core))
        if not words:
            raise KeywordSyntaxError(f"{value!r} has no letters or digits to look for", token.position)
        if prefix and len(words[-1]) < 2:
            raise KeywordSyntaxError("A wildcard needs at least two letters before the *", token.position)
        return self.leaf(value, words, prefix=prefix, negated=negated)

    def leaf(self, label: str, words: list[str], *, prefix: bool, negated: bool) -> Leaf:
        if not negated:
            self.positive_leaves.append(label)
        return Leaf(label=label, pattern=_words_pattern(words, prefix))


# --- Public API -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeywordMatch:
    """Which keywords matched and where (character offsets in the original text, merged and sorted)."""

    keywords: list[str]
    spans: list[tuple[int, int]]

    def highlight(self, text: str, before: str = "<mark>", after: str = "</mark>") -> str:
        out, last = [], 0
        for start, end in self.spans:
            out.extend([text[last:start], before, text[start:end], after])
            last = end
        out.append(text[last:])
        return "".join(out)


class KeywordQuery:
    """A compiled keyword expression (get one with :func:`compile_keywords`, which caches by expression)."""

    def __init__(self, expression: str) -> None:
        if len(expression) > MAX_EXPRESSION_LENGTH:
            raise KeywordSyntaxError(f"Keep the expression under {MAX_EXPRESSION_LENGTH} characters", 0)
        self.expression = expression
        parser = _Parser(expression)
        self._root = parser.parse()
        self.search_terms: list[str] = list(dict.fromkeys(t.rstrip("*") for t in parser.positive_leaves))

    def match(self, text: str, context: PostContext | None = None) -> KeywordMatch | None:
        """The match of ``text`` (title and body) or None; spans index into ``text`` itself."""
        folded, index_map = _fold_with_map(text or "")
        raw: list[tuple[int, int, str]] = []
        if not self._root.evaluate(folded, context or PostContext(), raw):
            return None
        spans: list[tuple[int, int]] = []
        for start, end, _ in sorted(raw):
            if start == end:
                continue
            o_start, o_end = (start, end) if index_map is None else (index_map[start], index_map[end - 1] + 1)
            if spans and o_start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], o_end))
            else:
                spans.append((o_start, o_end))
        keywords = list(dict.fromkeys(label for *_, label in sorted(raw, key=lambda s: s[0])))
        return KeywordMatch(keywords=keywords, spans=spans)

    def search_query(self, joiner: str = " OR ") -> str:
        """The positive keywords as one API search string (sources filter loosely; we match exactly afterwards)."""
        return joiner.join(self.search_terms)


@lru_cache(maxsize=512)
def compile_keywords(expression: str) -> KeywordQuery:
    """Parse ``expression`` once; raises :class:`KeywordSyntaxError` with the position of the problem."""
    return KeywordQuery(expression)


def keyword_expression_error(expression: str) -> str | None:
    """A person-readable reason ``expression`` is invalid, or None."""
    try:
        compile_keywords(expression)
    except KeywordSyntaxError as exc:
        return str(exc)
    return None
