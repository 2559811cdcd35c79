import io
import json

import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def test_analyze_command_with_a_text():
    out = io.StringIO()
    call_command("analyze", "this tool is awful", stdout=out)
    result = json.loads(out.getvalue())
    assert result["sentiment"]["label"] == "negative"
    assert {"intent", "score", "explanation"} <= set(result)


def test_analyze_command_reads_json_lines_from_stdin(monkeypatch):
    lines = ['"need a web designer for a bakery site, budget 5k"', "", '{"text": "we sell CRM software, DM me"}']
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    out = io.StringIO()
    call_command("analyze", stdout=out)
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(results) == 2
    assert results[0]["intent"]["probability"] > results[1]["intent"]["probability"]


def test_analyze_command_names_the_bad_line(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO('"fine"\n{not json\n'))
    with pytest.raises(CommandError, match="Line 2"):
        call_command("analyze", stdout=io.StringIO())
