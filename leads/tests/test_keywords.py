import pytest

from leads.keywords import KeywordSyntaxError, PostContext, compile_keywords
from leads.tests.factories import KeywordSetFactory

CRM = '"looking for a CRM" OR (recommend* AND crm) NOT hiring'


def matched(expression: str, text: str, **context) -> list[str] | None:
    result = compile_keywords(expression).match(text, PostContext(**context))
    return result.keywords if result else None


def test_phrase_matches_whole_words_case_insensitively():
    assert matched(CRM, "Anyone LOOKING FOR A CRM for a 5-person team?") == ['"looking for a CRM"']
    assert matched('"looking for a CRM"', "looking for a CRMS vendor") is None


def test_and_or_and_implicit_and():
    assert matched("crm AND budget", "crm with a small budget") == ["crm", "budget"]
    assert matched("crm budget", "crm only") is None
    assert matched("crm OR erp", "we need an ERP") == ["erp"]


def test_prefix_wildcard():
    assert matched("recommend* crm", "Can anyone recommendation a CRM") is not None
    assert matched("recommend* crm", "I commend this crm") is None


def test_not_and_minus_exclude():
    assert matched(CRM, "Can you recommend a CRM? We are hiring.") is None
    assert matched("crm -hiring", "crm, hiring soon") is None
    assert matched("crm -hiring", "crm please") == ["crm"]


def test_accents_and_case_are_ignored_and_spans_point_into_the_original_text():
    text = "Le CAFÉ cherche un CRM"
    result = compile_keywords("cafe crm").match(text)
    assert [text[s:e] for s, e in result.spans] == ["CAFÉ", "CRM"]
    assert result.highlight(text) == "Le <mark>CAFÉ</mark> cherche un <mark>CRM</mark>"


def test_filters_site_author_subreddit():
    expr = "crm site:example.com -author:spammer subreddit:smallbusiness"
    ok = {"url": "https://www.example.com/x", "author": "ana", "subreddit": "SmallBusiness"}
    assert matched(expr, "a crm", **ok) == ["crm"]
    assert matched(expr, "a crm", **{**ok, "author": "Spammer"}) is None
    assert matched(expr, "a crm", **{**ok, "url": "https://example.org/"}) is None
    assert matched(expr, "a crm", **{**ok, "subreddit": "sales"}) is None


@pytest.mark.parametrize(
    ("expression", "message", "position"),
    [
        ("", "at least one keyword", 0),
        ('crm "looking for', "quoted phrase is not closed", 4),
        ("(crm OR erp", "parenthesis is not closed", 0),
        ("crm)", "no opening one", 3),
        ("crm OR", "OR needs a keyword on both sides", 4),
        ("AND crm", "AND needs a keyword", 0),
        ("re*commend", "wildcard * may only end a word", 2),
        ("-crm", "not only exclusions", 0),
        ("crm site:", "site: needs a value", 4),
        ("crm ()", "Empty parentheses", 4),
    ],
)
def test_bad_syntax_gives_a_clear_error_with_its_position(expression, message, position):
    with pytest.raises(KeywordSyntaxError, match=message.replace("*", r"\*").replace("(", r"\(")) as info:
        compile_keywords(expression)
    assert info.value.position == position


def test_compiled_once_per_expression():
    assert compile_keywords(CRM) is compile_keywords(CRM)
    assert compile_keywords(CRM).search_terms == ['"looking for a CRM"', "recommend", "crm"]


@pytest.mark.django_db
def test_keyword_set_validation_uses_the_parser():
    from django.core.exceptions import ValidationError

    keyword_set = KeywordSetFactory.build(expression="crm OR")
    with pytest.raises(ValidationError, match="OR needs a keyword"):
        keyword_set.full_clean()
    KeywordSetFactory.build(expression=CRM).full_clean()


@pytest.mark.parametrize("expression", ["(" * 300 + "crm" + ")" * 300, "NOT " * 400 + "crm", "-" * 600 + "crm"])
def test_an_expression_nested_beyond_reason_is_refused_with_a_reason_not_a_crash(expression):
    with pytest.raises(KeywordSyntaxError, match="Nested more than 20 levels deep"):
        compile_keywords(expression)
    assert compile_keywords("(" * 20 + "crm" + ")" * 20).match("a new crm", PostContext())


@pytest.mark.django_db
def test_the_api_answers_400_for_a_deeply_nested_keyword_set():
    from leads.tests.api_roles import client_as

    api, _ = client_as("admin")
    response = api.post("/api/v1/keyword-sets", {"name": "deep", "expression": "(" * 300 + "crm" + ")" * 300})
    assert response.status_code == 400 and "Nested more than" in str(response.json())
