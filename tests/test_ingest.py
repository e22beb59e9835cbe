"""Tests for recoupe.ingest: every reader, folders, decoding and the rejections.

Binary and encoding cases are written into ``tmp_path`` by the tests; the two HTML pages in
``tests/fixtures/ingest/`` are fictional (people, outlets and places are invented).
"""

from __future__ import annotations

import io
import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from recoupe.ingest import html_to_text, iter_articles, parse_date, read
from recoupe.model import Article, Rejection

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SAMPLE = "Le maire, Paul Estrévan, a promis l’œuvre : « 20 € de moins ».\nDeuxième ligne.\n"


def run(*paths, **kwargs) -> tuple[list[Article], list[Rejection]]:
    results = list(iter_articles([str(p) for p in paths], **kwargs))
    articles = [r for r in results if isinstance(r, Article)]
    rejections = [r for r in results if isinstance(r, Rejection)]
    assert len(articles) + len(rejections) == len(results), "only Article or Rejection come out"
    for rejection in rejections:
        assert "\n" not in rejection.reason and ": " in rejection.reason, rejection
    return articles, rejections


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# ─────────────── text files and decoding ───────────────


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("utf-8", SAMPLE),
        ("utf-8-sig", SAMPLE),
        ("utf-16", SAMPLE),  # Python writes a little-endian BOM
        ("utf-16-le", SAMPLE),  # no BOM
        ("cp1252", SAMPLE),
        ("latin-1", "Le café de l'île a fermé ; Noël à Valmoret, « déçu », dit-il.\n"),
        ("latin-1", "Café été\n"),
        ("cp1251", "Министр заявил журналистам, что переговоры продолжатся.\n"),
        ("cp1250", "Minister powiedział dziennikarzom, że rozmowy będą kontynuowane.\n"),
    ],
)
def test_ingest_decodes_encodings(tmp_path, encoding, text):
    path = write(tmp_path / "a.txt", text.encode(encoding))
    (article,), rejections = run(path)
    assert rejections == []
    assert article.text == text
    assert article.format == "txt" and article.source == str(path) and article.html is None


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_ingest_normalises_newlines(tmp_path, newline):
    path = write(tmp_path / "a.txt", SAMPLE.replace("\n", newline))
    (article,), _ = run(path)
    assert article.text == SAMPLE


def test_ingest_keeps_text_otherwise_unchanged(tmp_path):
    raw = "  Titre\n\n\nMENU  Accueil\n\tcorps avec   espaces\n"
    (article,), _ = run(write(tmp_path / "a.txt", raw))
    assert article.text == raw and article.title is None


@pytest.mark.parametrize(
    "content", [b"", b"   \n\t\r\n", "\ufeff\n".encode("utf-8"), "\n \n".encode("utf-16")]
)
def test_ingest_rejects_empty_file(tmp_path, content):
    path = write(tmp_path / "empty.txt", content)
    articles, (rejection,) = run(path)
    assert articles == [] and rejection.path == str(path)
    assert rejection.reason.startswith("empty file")


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 8,
        b"ELF\x02\x01\x01" + b"\x00" * 64 + b"abc" * 10,
        b"plain words\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f then more",
    ],
    ids=["png", "nul-bytes", "control-chars"],
)
def test_ingest_rejects_binary_file(tmp_path, content):
    path = write(tmp_path / "image.txt", content)
    articles, (rejection,) = run(path, write(tmp_path / "ok.txt", "Bonjour.\n"))
    assert [a.text for a in articles] == ["Bonjour.\n"]  # the run goes on
    assert rejection.path == str(path) and rejection.reason.startswith("binary file, not text: ")


def test_ingest_rejects_oversize_document_and_goes_on(tmp_path):
    big = write(tmp_path / "big.txt", "mot " * 300)
    small = write(tmp_path / "small.txt", "court")
    articles, (rejection,) = run(big, small, max_bytes=1000)
    assert [a.path for a in articles] == [str(small)]
    assert rejection.path == str(big)
    assert "limit of 1,000 bytes" in rejection.reason and "max_bytes" in rejection.reason


def test_ingest_rejects_missing_path(tmp_path):
    articles, (rejection,) = run(tmp_path / "nope.txt")
    assert articles == []
    assert rejection.reason == "no such file or directory: check the path"


def test_ingest_accepts_a_single_path_string(tmp_path):
    path = write(tmp_path / "a.txt", "Bonjour.")
    assert [a.text for a in iter_articles(str(path))] == ["Bonjour."]


def test_ingest_rejects_explicit_unknown_extension(tmp_path):
    path = write(tmp_path / "notes.pdf", "%PDF-1.4")
    _, (rejection,) = run(path)
    assert rejection.reason.startswith("unsupported file type '.pdf'")


# ─────────────── folders ───────────────


def test_ingest_walks_folders_recursively_in_order(tmp_path, monkeypatch):
    root = tmp_path / "corpus"
    write(root / "b.txt", "B")
    write(root / "a.TXT", "A")
    write(root / "sub" / "deep" / "c.htm", "<p>C</p>")
    write(root / "sub" / "d.txt", "D")
    write(root / "sub" / "image.png", b"\x89PNG\x00")  # unknown extension in a folder: skipped
    write(root / ".hidden.txt", "hidden")
    write(root / ".git" / "e.txt", "hidden folder")
    monkeypatch.chdir(tmp_path)
    articles, rejections = run("corpus")
    assert rejections == []
    assert [a.path for a in articles] == [
        os.path.join("corpus", "a.TXT"),
        os.path.join("corpus", "b.txt"),
        os.path.join("corpus", "sub", "d.txt"),  # "d.txt" sorts before "deep"
        os.path.join("corpus", "sub", "deep", "c.htm"),
    ]
    assert [a.format for a in articles if a.path.endswith("c.htm")] == ["html"]
    assert list(map(str, iter_articles(["corpus"]))) == list(map(str, iter_articles(["corpus"])))


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_ingest_does_not_follow_symlinks_out_of_the_folder(tmp_path):
    outside = write(tmp_path / "secret" / "passwd.txt", "root:x:0:0")
    write(tmp_path / "secret" / "more.txt", "more secrets")
    root = tmp_path / "corpus"
    inside = write(root / "real.txt", "Article réel.")
    (root / "escape.txt").symlink_to(outside)
    (root / "escape_dir").symlink_to(outside.parent, target_is_directory=True)
    (root / "alias.txt").symlink_to(inside)  # inside the folder: read
    (root / "loop").symlink_to(root, target_is_directory=True)  # inside: skipped, no loop
    articles, rejections = run(root)
    assert sorted(a.path for a in articles) == [str(root / "alias.txt"), str(root / "real.txt")]
    assert all("secret" not in (a.text or "") for a in articles)
    assert sorted(r.path for r in rejections) == [
        str(root / "escape.txt"),
        str(root / "escape_dir"),
    ]
    assert all("outside the folder being read" in r.reason for r in rejections)


# ─────────────── HTML ───────────────


def test_ingest_reads_html_raw(tmp_path):
    page = "<html><head><title>T</title></head><body><p>Le café.</p></body></html>\r\n"
    (article,), _ = run(write(tmp_path / "p.html", page))
    assert article.format == "html" and article.text is None
    assert article.html == page.replace("\r\n", "\n")


def test_ingest_html_uses_declared_meta_charset(tmp_path):
    page = '<html><head><meta charset="windows-1252"></head><body><p>Coût : 5 €, l’œuf.</p></body>'
    (article,), _ = run(write(tmp_path / "p.htm", page.encode("cp1252")))
    assert "Coût : 5 €, l’œuf." in article.html


@pytest.mark.parametrize(
    ("name", "expected_meta", "kept", "dropped"),
    [
        (
            "page_boilerplate.html",
            {
                "title": "Grève à l'usine Castelbrune : la direction cède",
                "url": "https://echo-valmoret.example/social/greve-castelbrune",
                "outlet": "L'Écho de Valmoret",
                "published": "2023-11-14",
                "language": "fr",
            },
            ["« Nous avons obtenu ce que nous demandions", "La préfecture a salué"],
            ["Lire aussi", "Newsletter", "Enfin une bonne nouvelle", "cookies", "Mentions légales"],
        ),
        (
            "page_divs.html",
            {
                "title": "Inondations : Valmoret en alerte rouge",
                "url": "https://courrier.example/x",
                "outlet": "Le Courrier des Collines",
                "published": "2024-01-09",
                "language": None,
            },
            ["La rivière Sornelle", "« L'eau est montée en deux heures »", "décrue pour jeudi"],
            ["Les plus lus", "Tous droits réservés", "Mots-clés"],
        ),
    ],
)
def test_ingest_html_to_text_main_text_and_metadata(name, expected_meta, kept, dropped):
    html = (FIXTURES / name).read_text(encoding="utf-8")
    text, meta = html_to_text(html, "https://courrier.example/x")
    assert meta == expected_meta
    assert not text.startswith(expected_meta["title"])  # the headline is not repeated
    for snippet in kept:
        assert snippet in text
    for snippet in dropped:
        assert snippet not in text
    assert "\n\n" not in text and len(text.split("\n")) >= 4  # one paragraph per line


def test_ingest_html_to_text_reads_a_fragment():
    fragment = "<p>Le conseil de Valmoret a voté le budget, a dit Anne Lestrade, sa présidente.</p>"
    text, meta = html_to_text(fragment)
    assert text == "Le conseil de Valmoret a voté le budget, a dit Anne Lestrade, sa présidente."
    assert meta["title"] is None


def test_ingest_html_to_text_without_main_text():
    text, meta = html_to_text(
        '<html lang="en-GB"><head><title>Empty</title></head><body></body></html>'
    )
    assert text == "" and meta["title"] == "Empty" and meta["language"] == "en"


# ─────────────── JSONL ───────────────


def test_ingest_jsonl_keeps_good_lines_and_names_bad_ones(tmp_path):
    lines = [
        json.dumps(
            {
                "text": "Premier article.\r\nSuite.",
                "title": " Un  titre ",
                "url": "https://a.example/1",
                "outlet": "La Voix fictive",
                "published": "2024-03-05T10:00:00+01:00",
                "language": "fr-FR",
                "id": 17,
            },
            ensure_ascii=False,
        ),
        "{not json",
        json.dumps([1, 2]),
        json.dumps({"title": "sans texte"}),
        "",
        json.dumps({"text": "   "}),
        json.dumps({"html": "<p>Page</p>", "published": "5 mars 2024"}),
        json.dumps({"text": 42}),
        json.dumps({"text": "Dernier.", "published": "hier", "language": 3, "id": True}),
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    articles, rejections = run(path)
    assert [a.source for a in articles] == [f"{path}:1", f"{path}:7", f"{path}:9"]
    first, second, third = articles
    assert (
        first.text,
        first.title,
        first.url,
        first.outlet,
        first.published,
        first.language,
        first.id,
    ) == (
        "Premier article.\nSuite.",
        "Un titre",
        "https://a.example/1",
        "La Voix fictive",
        "2024-03-05",
        "fr",
        "17",
    )
    assert first.path == str(path) and first.format == "jsonl"
    assert (second.text, second.html, second.published) == (None, "<p>Page</p>", "2024-03-05")
    assert (third.published, third.language, third.id) == (None, None, None)
    assert [r.path for r in rejections] == [f"{path}:{n}" for n in (2, 3, 4, 6, 8)]
    assert rejections[0].reason.startswith("invalid JSON")
    assert rejections[1].reason.startswith("line is a list, not a JSON object")
    assert all('"text"' in r.reason for r in rejections[2:])


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
def test_ingest_jsonl_encodings(tmp_path, encoding):
    body = json.dumps({"text": "L’œuvre coûte 5 €, dit Noé."}, ensure_ascii=False)
    path = write(tmp_path / "e.jsonl", (body + "\r\n" + body + "\n").encode(encoding))
    articles, rejections = run(path)
    assert rejections == []
    assert [a.text for a in articles] == ["L’œuvre coûte 5 €, dit Noé."] * 2


def test_ingest_jsonl_oversize_line_rejected_next_kept(tmp_path):
    path = write(
        tmp_path / "big.jsonl",
        json.dumps({"text": "x" * 5000}) + "\n" + json.dumps({"text": "ok"}) + "\n",
    )
    articles, (rejection,) = run(path, max_bytes=1000)
    assert [a.text for a in articles] == ["ok"] and articles[0].source == f"{path}:2"
    assert rejection.path == f"{path}:1" and "over the limit" in rejection.reason


@pytest.mark.parametrize(
    ("content", "start"), [(b"\n\n", "empty file"), (b"\x00\x01\x02" * 50, "binary file")]
)
def test_ingest_jsonl_whole_file_rejections(tmp_path, content, start):
    path = write(tmp_path / "x.jsonl", content)
    _, (rejection,) = run(path)
    assert rejection.path == str(path) and rejection.reason.startswith(start)


@pytest.mark.slow
def test_ingest_jsonl_streams_in_flat_memory(tmp_path):
    import tracemalloc

    line = (
        json.dumps({"text": "Le conseil de Valmoret a voté le budget. " * 20, "title": "Budget"})
        + "\n"
    )
    path = tmp_path / "stream.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for _ in range(25_000):  # about 21 MB
            handle.write(line)
    tracemalloc.start()
    count = sum(isinstance(r, Article) for r in iter_articles([path]))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 25_000
    assert peak < 2_000_000, f"peak {peak} bytes: the reader holds too much of the file"


# ─────────────── WARC ───────────────


def _html_record(
    writer, uri, body: bytes, content_type="text/html; charset=utf-8", status="200 OK"
):
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(
        uri, "response", payload=io.BytesIO(body), http_headers=headers
    )


def make_warc(path: Path, gzip: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "recoupe tests"}))
    pages = [
        (
            "https://gazette.example/1",
            '<html><head><meta property="article:published_time" content="2019-06-02T08:00:00Z">'
            "</head><body><p>Le maire de Valmoret a parlé.</p></body></html>",
        ),
        (
            "https://gazette.example/2",
            "<html><body><p>L’usine Castelbrune rouvre.</p></body></html>",
        ),
    ]
    writer.write_record(_html_record(writer, pages[0][0], pages[0][1].encode("utf-8")))
    writer.write_record(
        _html_record(writer, "https://gazette.example/logo.png", b"\x89PNG\x00\x00", "image/png")
    )
    writer.write_record(
        _html_record(writer, "https://gazette.example/gone", b"<p>404</p>", status="404 Not Found")
    )
    writer.write_record(
        writer.create_warc_record(
            "https://gazette.example/2", "request", payload=io.BytesIO(b"GET /2 HTTP/1.1\r\n\r\n")
        )
    )
    writer.write_record(
        _html_record(
            writer, pages[1][0], pages[1][1].encode("cp1252"), "text/html; charset=windows-1252"
        )
    )
    writer.write_record(
        _html_record(
            writer,
            "https://gazette.example/3",
            ("<p>" + "Troisième article, assez long. " * 60 + "</p>").encode(),
        )
    )
    data = buffer.getvalue()
    path.write_bytes(data)
    return data


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
def test_ingest_warc_reads_html_responses_only(tmp_path, gzip):
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    make_warc(path, gzip)
    articles, rejections = run(path)
    assert rejections == []
    assert [a.url for a in articles] == [
        "https://gazette.example/1",
        "https://gazette.example/2",
        "https://gazette.example/3",
    ]
    assert "Le maire de Valmoret a parlé." in articles[0].html
    assert "L’usine Castelbrune rouvre." in articles[1].html  # charset from the HTTP header
    for article in articles:
        assert article.format == "warc" and article.path == str(path) and article.text is None
        assert article.source.startswith(f"{path}#<urn:uuid:")
    assert articles[0].published == "2019-06-02"  # the page's own date beats the capture date
    capture = parse_date(datetime.now(UTC).isoformat())
    assert articles[1].published in {capture, parse_date(datetime.now().isoformat())}


def _record_spans(data: bytes) -> list[tuple[int, int]]:
    from warcio.archiveiterator import ArchiveIterator

    spans = []
    records = ArchiveIterator(io.BytesIO(data))
    for _ in records:
        spans.append((records.get_record_offset(), records.get_record_length()))
    return spans


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
@pytest.mark.parametrize(
    ("record", "where", "kept"),
    [(1, "header", 0), (1, "middle", 0), (5, "middle", 1), (6, "header", 2), (6, "end", 2)],
)
def test_ingest_warc_truncated_keeps_what_was_read(tmp_path, gzip, record, where, kept, capsys):
    data = make_warc(tmp_path / "full.warc", gzip)
    offset, length = _record_spans(data)[record]
    cut_at = offset + {"header": 30, "middle": length // 2, "end": length - 30}[where]
    cut = write(tmp_path / ("cut.warc.gz" if gzip else "cut.warc"), data[:cut_at])
    articles, rejections = run(cut)
    complete, _ = run(tmp_path / "full.warc")
    assert [a.html for a in articles] == [a.html for a in complete[:kept]]
    (rejection,) = rejections
    assert rejection.path == str(cut)
    assert rejection.reason.startswith("truncated or corrupt WARC")
    assert f"the {kept} article(s) read before the damage were kept" in rejection.reason
    assert capsys.readouterr().err == ""  # the library never prints


def test_ingest_warc_gz_missing_trailer_is_reported(tmp_path):
    data = make_warc(tmp_path / "full.warc.gz", gzip=True)
    cut = write(tmp_path / "cut.warc.gz", data[:-4])  # the last member loses its size field
    articles, (rejection,) = run(cut)
    assert len(articles) == 3  # every payload was complete
    assert "the last gzip member is cut off" in rejection.reason


def test_ingest_warc_bad_content_length_is_reported_not_printed(tmp_path, capsys):
    data = make_warc(tmp_path / "a.warc", gzip=False)
    broken = data.replace(b"Le maire de Valmoret", b"Le maire de Valmoret et son adjoint", 1)
    path = write(tmp_path / "b.warc", broken)
    articles, (rejection,) = run(path)
    assert articles == []  # the damaged record is the first page: nothing half-read is kept
    assert rejection.reason.startswith("truncated or corrupt WARC")
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("name", "content"),
    [("fake.warc", b"<html>not a warc</html>"), ("fake.warc.gz", b"\x1f\x8bxx")],
)
def test_ingest_warc_rejects_non_warc(tmp_path, name, content):
    _, (rejection,) = run(write(tmp_path / name, content))
    assert "WARC" in rejection.reason


def test_ingest_warc_oversize_page_rejected(tmp_path):
    path = tmp_path / "c.warc"
    make_warc(path, gzip=False)
    articles, rejections = run(path, max_bytes=500)
    assert len(articles) == 2 and len(rejections) == 1
    assert (
        rejections[0].path.startswith(f"{path}#<urn:uuid:")
        and "over the limit" in rejections[0].reason
    )


# ─────────────── dates ───────────────


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T23:30:00-05:00", "2024-03-05"),  # the date as written, not moved to UTC
        ("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05"),
        ("5 mars 2024", "2024-03-05"),
        ("March 5, 2024", "2024-03-05"),
        ("05/03/2024", "2024-03-05"),  # day first, as in French
        (1709632800, "2024-03-05"),
        (1709632800000, "2024-03-05"),
        ("2024-13-45", None),
        ("2024", None),
        ("hier", None),
        ("n/a", None),
        ("", None),
        (None, None),
        (True, None),
    ],
)
def test_ingest_parse_date(value, expected):
    assert parse_date(value) == expected


# ─────────────── the real corpus (skipped on a clone without /work/shared) ───────────────

CORPUS = Path("/work/shared/corpus")


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")
def test_ingest_reads_the_whole_shared_corpus():
    articles, rejections = run(CORPUS)
    assert rejections == []
    assert len(articles) == sum(1 for p in CORPUS.rglob("*.txt") if not p.name.startswith("."))
    assert all(a.text and a.text.strip() for a in articles)


def test_ingest_read_one_file_by_format(tmp_path):
    path = write(tmp_path / "page.data", "<p>Bonjour</p>")
    (article,) = list(read(path, "html"))
    assert article.format == "html" and article.html == "<p>Bonjour</p>"
