"""``recoupe report``: one self-contained, offline, printable HTML dossier."""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))
import webfixtures as fx  # noqa: E402

from recoupe.errors import ConfigError  # noqa: E402
from recoupe.report import REPORT_CSP, build_report, report  # noqa: E402
from recoupe.store import SQLiteStore  # noqa: E402
from recoupe.cli import report_command, serve_command  # noqa: E402


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> Path:
    return fx.build_db(tmp_path_factory.mktemp("report") / "report.db")


@pytest.fixture
def store(db_path):
    s = SQLiteStore(db_path)
    yield s
    s.close()


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str]] = []
        self.csp: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        values = dict(attrs)
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "content-security-policy":
            self.csp = values.get("content")
        self.attrs += [(tag, name, value or "") for name, value in attrs]


def parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


def test_report_is_self_contained(store, tmp_path):
    path = report(store, tmp_path / "dossier.html")
    html = path.read_text(encoding="utf-8")
    page = parse(html)
    assert page.csp == REPORT_CSP and "default-src 'none'" in page.csp
    urls = [v for tag, name, v in page.attrs if name in ("src", "href", "action", "xlink:href", "srcset")]
    assert urls and all(u.startswith("#") for u in urls), urls
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", html, re.I)  # nor in the inline CSS
    assert "script" not in page.tags and "link" not in page.tags
    assert "style" in page.tags and "@media print" in html


def test_report_contains_the_stories_statuses_and_quotes(store):
    html = build_report(store)
    for text in ["Valmont : ouverture du pont en juin", "badge corroborated", "single source", "2 independent sources",
                 "Gazette du Nord", "Agence Lumière", fx.STATEMENT, "Maëlle Dubreuil", '<svg class="chart timeline"',
                 '<svg class="chart graph"', f'id="story-{fx.EVENT}"', f'href="#doc-{fx.D1}"']:
        assert text in html, text


def test_report_escapes_hostile_records(store):
    html = build_report(store)
    page = parse(html)
    assert fx.SCRIPT not in html and fx.BREAKOUT not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown, as text
    assert not [name for _t, name, _v in page.attrs if name.startswith("on")]
    assert "javascript:alert(1)" not in [v for _t, name, v in page.attrs if name == "href"]


def test_report_one_story(store):
    html = build_report(store, fx.EVENT)
    assert f'id="story-{fx.EVENT}"' in html and f'id="story-{fx.HOSTILE_EVENT}"' not in html
    assert f'id="doc-{fx.D4}"' not in html


def test_report_a_thread_brings_its_events(store):
    html = build_report(store, fx.THREAD)
    assert f'id="story-{fx.THREAD}"' in html and f'id="story-{fx.EVENT}"' in html


def test_report_unknown_story_is_a_config_error(store, tmp_path):
    with pytest.raises(ConfigError, match="no story with id 'nope'"):
        report(store, tmp_path / "x.html", "nope")
    assert not (tmp_path / "x.html").exists()


def test_report_command_writes_the_file(db_path, tmp_path):
    out = tmp_path / "d.html"
    result = CliRunner().invoke(report_command, ["--db", str(db_path), "--out", str(out), "--story", fx.EVENT])
    assert result.exit_code == 0, result.output
    assert "Valmont : ouverture du pont en juin" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--db", "{missing}", "--out", "{out}"], "no such database"),
        (["--db", "{db}", "--out", "{out}", "--story", "nope"], "no story with id"),
    ],
)
def test_report_command_errors_exit_2(db_path, tmp_path, args, message):
    values = {"missing": str(tmp_path / "missing.db"), "out": str(tmp_path / "o.html"), "db": str(db_path)}
    result = CliRunner().invoke(report_command, [a.format(**values) for a in args])
    assert result.exit_code == 2 and message in result.output


@pytest.mark.parametrize(("command", "options"), [(report_command, ["--out", "--story", "--db", "--database-url"]),
                                                  (serve_command, ["--host", "--port", "--db", "--database-url"])])
def test_report_commands_have_help(command, options):
    result = CliRunner().invoke(command, ["--help"])
    assert result.exit_code == 0
    for option in options:
        assert option in result.output


def test_report_serve_refuses_a_missing_database(tmp_path):
    result = CliRunner().invoke(serve_command, ["--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no such database" in result.output
    assert not (tmp_path / "none.db").exists()
