"""Input safety: nothing outside the given paths is read (links, entities, archive names) and no
URL found in an input is ever fetched; deeply nested or malformed HTML is handled."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

FUZZ = Path(__file__).resolve().parents[1] / "fuzz"
sys.path.insert(0, str(FUZZ))

import harnesses  # noqa: E402

from recoupe import ingest  # noqa: E402
from recoupe.model import Article, Rejection  # noqa: E402

SECRET = "SECRET-OUTSIDE-CONTENT-4217"

PAGE = """<!DOCTYPE html [<!ENTITY leak SYSTEM "file://{secret}">]>
<html lang="fr"><head><title>Le pont de Valdavie | Nord Presse</title>
<link rel="canonical" href="https://nord-presse.invalid/2024/03/07/pont">
<meta property="og:image" content="https://cdn.nord-presse.invalid/pont.jpg">
<meta property="og:url" content="https://nord-presse.invalid/pont">
<link rel="stylesheet" href="https://cdn.nord-presse.invalid/site.css">
<script src="https://tracker.invalid/t.js"></script>
<base href="https://other.invalid/"></head>
<body><article><h1>Le pont de Valdavie</h1>
<p>« Le pont sera terminé avant l'hiver », a déclaré jeudi Maëlle Dorvan, la maire de Valdavie. &leak;</p>
<p>Selon Nord Presse, les travaux ont pris du retard à cause des crues du mois de février dernier.</p>
<img src="https://cdn.nord-presse.invalid/a.jpg"><iframe src="https://video.invalid/v"></iframe>
<p>Les riverains attendent des réponses sur le coût du chantier, estimé à plusieurs millions.</p>
<xi:include href="file://{secret}" xmlns:xi="http://www.w3.org/2001/XInclude"/>
</article></body></html>"""


@pytest.fixture
def no_network(monkeypatch):
    """Every way out of the process fails loudly, and is recorded."""
    attempts: list[str] = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args)[:200])
        raise OSError("network access is blocked in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def _inputs(tmp_path: Path) -> tuple[Path, Path]:
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(SECRET + " " + "mot " * 50, encoding="utf-8")
    inputs = tmp_path / "in"
    inputs.mkdir()
    page = PAGE.format(secret=secret)
    (inputs / "page.html").write_text(page, encoding="utf-8")
    (inputs / "wire.jsonl").write_text(
        '{"html": %s, "url": "https://nord-presse.invalid/a"}\n' % __import__("json").dumps(page)
        + '{"text": "Le maire a parlé longuement du pont hier soir devant le conseil municipal de Valdavie.", "url": "file://%s", "title": "Pont"}\n' % secret,
        encoding="utf-8",
    )
    (inputs / "crawl.warc").write_bytes(harnesses.warc_record(page.encode(), uri=f"file://{secret}"))
    (inputs / "link.txt").symlink_to(secret)  # a link out of the folder
    (inputs / "sub").mkdir()
    (inputs / "sub" / "deep.html").symlink_to(secret)
    (inputs / "loop").symlink_to(inputs)  # a loop
    return inputs, secret


def test_fuzz_safety_no_fetch_no_outside_read(tmp_path, no_network):
    from recoupe.pipeline import Options, analyze
    from recoupe.store import open_store

    inputs, secret = _inputs(tmp_path)
    with open_store(str(tmp_path / "db.sqlite")) as store:
        summary = analyze([inputs], store, Options(stages=()))
        texts = [d.text + d.title for d in store.documents()]
    assert no_network == []  # trafilatura, htmldate, warcio never connected
    assert summary.stored >= 3
    assert not any(SECRET in t for t in texts)
    rejected = {Path(r.path).name for r in summary.rejected}
    assert {"link.txt", "deep.html"} <= rejected


def test_fuzz_safety_named_link_is_read_as_given(tmp_path):
    """Only a path the user names explicitly is followed (as the documentation says)."""
    inputs, secret = _inputs(tmp_path)
    items = list(ingest.iter_articles([inputs / "link.txt"]))
    assert isinstance(items[0], Article) and SECRET in items[0].text


@pytest.mark.parametrize(
    "html",
    [
        "<div>" * 100_000 + "<p>Le maire a parlé longuement du pont hier soir devant le conseil.</p>" + "</div>" * 100_000,
        "<p>" * 50_000 + "texte",
        "<table>" + "<tr><td><table>" * 5_000 + "Le maire a parlé",
        "<html><body><p>Un paragraphe <b>non fermé <i>avec <a href='x'>des balises</p></div></span>" * 500,
        "<" * 200_000,
        "<!--" + "x" * 100_000,
        "<html><body>" + "<p>" + "&#0;&#xD800;&#x110000;&bogus;" * 1000 + "</p>",
    ],
    ids=["nested-div-100k", "unclosed-p-50k", "nested-tables", "malformed", "angles", "open-comment", "bad-entities"],
)
def test_fuzz_safety_deep_or_malformed_html(html):
    document = harnesses.clean_article(html=html, fmt="html")
    assert document is None or SECRET not in document.text

