"""The web app: pages, JSON twins, pagination, the error shape, security headers and escaping,
static files, uploads. Runs on the fictional database of ``webfixtures.py``."""

from __future__ import annotations

import json
import shutil
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent))
import webfixtures as fx  # noqa: E402

from recoupe.web import api as web_api  # noqa: E402
from recoupe.web import queries  # noqa: E402
from recoupe.web.app import create_app  # noqa: E402
from recoupe.web.render import safe_url, segments  # noqa: E402

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> Path:
    return fx.build_db(tmp_path_factory.mktemp("web") / "web.db")


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def client(request, db_path):
    """The app over the fictional database, on each backend (PostgreSQL in a schema of its own)."""
    if request.param == "sqlite":
        yield TestClient(create_app(str(db_path), token=""), raise_server_exceptions=False)
        return
    import uuid
    from urllib.parse import quote

    import psycopg

    from recoupe.store import open_store

    base = request.getfixturevalue("pg_base_url")
    schema = f"web_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    url = f"{base}{'&' if '?' in base else '?'}options={quote(f'-csearch_path={schema}')}"
    store = open_store(None, url)
    try:
        fx.fill(store)
    finally:
        store.close()
    yield TestClient(create_app(None, url, token=""), raise_server_exceptions=False)
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def upload_client(db_path, tmp_path, monkeypatch):
    """A client on a copy of the database, uploads enabled through $RECOUPE_TOKEN, small limits."""
    monkeypatch.setenv("RECOUPE_TOKEN", TOKEN)
    copy = tmp_path / "upload.db"
    shutil.copy(db_path, copy)
    app = create_app(str(copy), max_file_bytes=1_000, max_request_bytes=5_000)
    return TestClient(app, raise_server_exceptions=False)


class _Attrs(HTMLParser):
    """Every tag and every URL-bearing attribute of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.urls: list[str] = []
        self.attrs: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            self.attrs.append((name, value or ""))
            if name in ("href", "src", "action", "xlink:href", "formaction"):
                self.urls.append(value or "")


def parse(html: str) -> _Attrs:
    parser = _Attrs()
    parser.feed(html)
    return parser


def assert_error(response, status: int) -> dict:
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"ok", "error", "status"}
    assert body["ok"] is False and body["status"] == status and isinstance(body["error"], str) and body["error"]
    return body


# -- pages ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/", ["Le Courrier de Valmont", "4 documents", "Valmont : la maire annonce"]),
        ("/search?q=pont", ["Le Courrier de Valmont", "Gazette du Nord", "[pont]"]),
        ("/search?language=en", ["Valmont bridge to open in June"]),
        (f"/search?speaker={fx.SPEAKER}", ["Maëlle Dubreuil", "Gazette du Nord"]),
        (f"/search?story={fx.EVENT}", ["Valmont : ouverture du pont en juin", "The Harbour Times"]),
        (f"/stories/{fx.EVENT}", ["<svg class=\"chart timeline\"", "<svg class=\"chart graph\"", "badge corroborated",
                                 "corroborated", "single source", "2 independent sources", "Maëlle Dubreuil",
                                 "Gazette du Nord", "Agence Lumière", "relays", "translates"]),
        (f"/stories/{fx.THREAD}", ["Events in this thread", "Valmont : ouverture du pont en juin"]),
        ("/stories", ["Valmont : ouverture du pont en juin", "Le pont de Valmont"]),
        (f"/speakers/{fx.SPEAKER}", ["Maëlle Dubreuil", "Valmont : ouverture du pont en juin", "The Harbour Times",
                                    "Radio Brume", "a déclaré"]),
        ("/speakers", ["Maëlle Dubreuil"]),
        (f"/documents/{fx.D1}", ['<mark class="direct"', "Le pont sera ouvert en juin</mark>", '<mark class="indirect"',
                                 "Maëlle Dubreuil", "via Agence Lumière", "a déclaré", "<details", "Partager sur les réseaux",
                                 "Agence Lumière"]),
        ("/outlets", ["Who relays whom", "Gazette du Nord", "Agence Lumière", "Who translates whom", "The Harbour Times"]),
    ],
)
def test_web_page_shows_what_the_analyst_needs(client, url, expected):
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    for text in expected:
        assert text in response.text, text


def test_web_document_quote_is_marked_at_its_offsets(client):
    html = client.get(f"/documents/{fx.D1}").text
    assert f"« <mark class=\"direct\" id=\"quote-{fx.D1}-q000\" title=\"Maëlle Dubreuil\">{fx.STATEMENT}</mark>" in html


@pytest.mark.parametrize(
    ("page", "twin"),
    [
        (f"/stories/{fx.EVENT}", f"/api/stories/{fx.EVENT}"),
        (f"/documents/{fx.D1}", f"/api/documents/{fx.D1}"),
        (f"/speakers/{fx.SPEAKER}", f"/api/speakers/{fx.SPEAKER}"),
        ("/outlets", "/api/outlets"),
        ("/stories", "/api/stories"),
        ("/speakers", "/api/speakers"),
        ("/search?q=pont", "/api/search?q=pont"),
    ],
)
def test_web_page_links_its_json_twin(client, page, twin):
    html = client.get(page).text
    assert f'<link rel="alternate" type="application/json" href="{twin}">' in html
    response = client.get(twin)
    assert response.status_code == 200 and response.json()["ok"] is True


# -- JSON -----------------------------------------------------------------------------------------

def test_web_api_story_twin_has_statements_actors_and_sources(client):
    body = client.get(f"/api/stories/{fx.EVENT}").json()
    assert body["story"]["id"] == fx.EVENT
    assert [s["status"] for s in body["story"]["statements"]] == ["corroborated", "single-source"]
    assert body["actors"][0] == {"id": fx.SPEAKER, "canonical": "Maëlle Dubreuil", "type": "PER"}
    assert {d["id"] for d in body["documents"]} == {fx.D1, fx.D2, fx.D3}
    assert {(e["outlet"], e["cites"], e["relation"]) for e in body["sources"]} >= {("Gazette du Nord", "Agence Lumière", "relays")}
    assert {q["via"] for q in body["reports"]["c-pont"]} == {"Agence Lumière", "Radio Brume"}
    assert body["parent"]["id"] == fx.THREAD


def test_web_api_document_twin_has_text_quotes_and_stories(client):
    body = client.get(f"/api/documents/{fx.D1}").json()
    assert body["document"]["text"] == fx.TEXT1
    quote = body["quotes"][0]
    assert body["document"]["text"][quote["start"]:quote["end"]] == fx.STATEMENT
    assert {s["id"] for s in body["stories"]} == {fx.EVENT, fx.THREAD}


def test_web_api_speaker_twin_groups_quotes_by_story(client):
    body = client.get(f"/api/speakers/{fx.SPEAKER}").json()
    assert body["total"] == 4
    assert body["stories"][0]["story"]["id"] == fx.EVENT
    assert {q["document"]["outlet"] for q in body["stories"][0]["quotes"]} == {"Le Courrier de Valmont", "Gazette du Nord", "The Harbour Times"}


def test_web_api_outlets_counts_relations(client):
    links = client.get("/api/outlets").json()["links"]
    assert {"outlet": "The Harbour Times", "cites": "Le Courrier de Valmont", "relation": "translates", "documents": 1} in links


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("q=pont", {fx.D1, fx.D2}),
        ("q=pont&outlet=Gazette du Nord", {fx.D2}),
        ("language=en", {fx.D3}),
        ("date_from=2024-03-05&date_to=2024-03-06", {fx.D2, fx.D3}),
        (f"speaker={fx.SPEAKER}", {fx.D1, fx.D2, fx.D3}),
        (f"story={fx.HOSTILE_EVENT}", {fx.D4}),
        ("q=zzzunfound", set()),
    ],
)
def test_web_api_search_filters(client, query, ids):
    body = client.get(f"/api/search?{query}").json()
    assert {i["id"] for i in body["items"]} == ids
    assert body["total"] == len(ids)


def test_web_api_pagination_follows_next_to_the_end(client):
    seen, url = [], "/api/documents?limit=3"
    while url:
        body = client.get(url).json()
        assert body["limit"] == 3 and len(body["items"]) <= 3
        seen += [i["id"] for i in body["items"]]
        url = body["next"]
    assert sorted(seen) == sorted([fx.D1, fx.D2, fx.D3, fx.D4])


@pytest.mark.parametrize("query", ["limit=0", f"limit={queries.MAX_LIMIT + 1}", "offset=-1", "limit=abc", "date_from=yesterday", "level=galaxy"])
def test_web_api_pagination_and_filter_bounds_give_422(client, query):
    url = "/api/stories" if query.startswith("level") else "/api/documents"
    body = assert_error(client.get(f"{url}?{query}"), 422)
    assert body["error"].startswith("invalid request:")


# -- errors and headers ---------------------------------------------------------------------------

@pytest.mark.parametrize("url", ["/api/stories/nope", "/api/documents/nope", "/api/speakers/nope", "/api/nothing-here"])
def test_web_api_404_has_the_error_shape(client, url):
    assert_error(client.get(url), 404)


def test_web_page_404_is_html(client):
    response = client.get("/stories/nope")
    assert response.status_code == 404 and "text/html" in response.headers["content-type"]
    assert "no story with id" in response.text


def test_web_500_has_the_error_shape_and_headers(db_path, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("kaput")

    monkeypatch.setattr(queries, "outlets_view", boom)
    client = TestClient(create_app(str(db_path)), raise_server_exceptions=False)
    response = client.get("/api/outlets")
    body = assert_error(response, 500)
    assert "RuntimeError" in body["error"]
    assert "default-src 'self'" in response.headers["content-security-policy"]


@pytest.mark.parametrize("url", ["/", f"/stories/{fx.EVENT}", "/api/outlets", "/static/style.css", "/api/nope", "/docs", "/openapi.json"])
def test_web_every_response_has_security_headers(client, url):
    headers = client.get(url).headers
    csp = headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    assert headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("url", ["/", f"/stories/{fx.EVENT}", f"/documents/{fx.D1}", "/outlets", "/docs"])
def test_web_pages_load_nothing_from_elsewhere(client, url):
    page = parse(client.get(url).text)
    assert "style" not in [name for name, _ in page.attrs]  # the CSP forbids inline styles
    for target in page.urls:
        if target.startswith(("http://", "https://", "//")):
            # only data links (an article's own URL) may point elsewhere, never a resource
            assert url.startswith("/documents/"), target


def test_web_docs_assets_are_served_locally(client):
    html = client.get("/docs").text
    scripts = [u for u in parse(html).urls if u.endswith(".js")]
    assert scripts and all(u.startswith("/static/") for u in scripts)
    for asset in scripts + ["/static/docs/swagger-ui.css"]:
        assert client.get(asset).status_code == 200
    assert client.get("/openapi.json").json()["paths"]["/api/stories/{story_id}"]


# -- hostile data ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "url",
    ["/", "/search?q=alert", f"/documents/{fx.D4}", f"/stories/{fx.HOSTILE_EVENT}", f"/stories/{fx.HOSTILE_THREAD}",
     f"/speakers/{fx.HOSTILE_SPEAKER}", "/speakers", "/outlets", "/stories", f"/search?outlet={fx.BREAKOUT}"],
)
def test_web_hostile_record_is_escaped_and_never_linked(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.text
    assert fx.SCRIPT not in html
    assert fx.BREAKOUT not in html
    page = parse(html)
    assert "script" not in page.tags
    assert not [name for name, _ in page.attrs if name.startswith("on")]
    assert not [u for u in page.urls if u.strip().lower().startswith(("javascript:", "data:", "vbscript:"))]


def test_web_hostile_record_json_keeps_the_data_verbatim(client):
    body = client.get(f"/api/documents/{fx.D4}").json()
    assert body["document"]["title"] == fx.SCRIPT and body["document"]["url"] == fx.JS_URL


@pytest.mark.parametrize(
    ("url", "ok"),
    [("https://a.example/x", True), ("http://a.example", True), ("javascript:alert(1)", False), (" JavaScript:alert(1)", False),
     ("data:text/html,<b>", False), ("//a.example/x", False), ("/relative", False), ("https://a.example/\nx", False), (None, False)],
)
def test_web_safe_url_allows_only_http_links(url, ok):
    assert (safe_url(url) is not None) is ok


def test_web_segments_cover_the_text_once_with_overlaps():
    from recoupe.model import Quote

    text = "abcdefghij"
    qs = [Quote("a", "d", "direct", "", 2, 6), Quote("b", "d", "direct", "", 4, 8), Quote("c", "d", "direct", "", 9, 40)]
    pieces = segments(text, qs)
    assert "".join(p.text for p in pieces) == text
    assert [(p.text, p.quote.id if p.quote else None) for p in pieces] == [("ab", None), ("cdef", "a"), ("gh", "b"), ("i", None), ("j", "c")]


@pytest.mark.parametrize(
    "url",
    ["/static/..%2f..%2fapp.py", "/static/..%2fapp.py", "/static/%2e%2e/%2e%2e/app.py", "/static/docs/..%2f..%2f..%2fweb%2fapp.py",
     "/static/..%5capp.py", "/static/%2e%2e%2f%2e%2e%2fstore%2fsqlite.py"],
)
def test_web_static_paths_never_escape_their_root(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "def create_app" not in response.text and "import" not in response.text


# -- uploads --------------------------------------------------------------------------------------

@pytest.fixture
def fake_pipeline(monkeypatch):
    """Replace the pipeline by a recorder: which paths it was given and what they held."""
    from recoupe import pipeline

    calls: list[dict] = []

    def fake(paths, store, options=None, progress=None):
        paths = [Path(p) for p in paths]
        calls.append({"paths": paths, "contents": {p.name: p.read_bytes() for p in paths}, "max_bytes": options.max_bytes})
        return pipeline.Summary(read=len(paths), stored=len(paths))

    monkeypatch.setattr(pipeline, "analyze", fake)
    return calls


def test_web_upload_is_disabled_without_token(client, fake_pipeline):
    body = assert_error(client.post("/api/analyze", json=[{"text": "x"}], headers={"Authorization": "Bearer anything"}), 403)
    assert "RECOUPE_TOKEN" in body["error"]
    assert not fake_pipeline


@pytest.mark.parametrize("header", [None, "Bearer wrong-token", "Basic czNjcmV0", f"Bearer {TOKEN}x", "Bearer"])
def test_web_upload_needs_the_right_token(upload_client, fake_pipeline, header):
    headers = {"Authorization": header} if header else {}
    response = upload_client.post("/api/analyze", json=[{"text": "x"}], headers=headers)
    assert_error(response, 401)
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert not fake_pipeline


def test_web_upload_sanitises_file_names(upload_client, fake_pipeline):
    files = [
        ("files", ("../../etc/evil.txt", b"Titre\n\nTexte.", "text/plain")),
        ("files", ("..\\..\\win.html", b"<p>x</p>", "text/html")),
        ("files", (".hidden.jsonl", b'{"text": "x"}\n', "application/json")),
        ("files", ("notes.exe", b"MZ", "application/octet-stream")),
    ]
    response = upload_client.post("/api/analyze", files=files, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.text
    body = response.json()
    [call] = fake_pipeline
    names = [p.name for p in call["paths"]]
    assert names == ["000-evil.txt", "001-win.html", "002-hidden.jsonl"]
    folder = call["paths"][0].parent
    assert all(p.parent == folder for p in call["paths"]) and folder.name.startswith("recoupe-upload-")
    assert not folder.exists()  # cleaned up after the run
    assert body["rejected"] == [{"path": "003-notes.exe", "reason": body["rejected"][0]["reason"]}]
    assert call["max_bytes"] == 1_000


def test_web_upload_json_articles_become_one_jsonl(upload_client, fake_pipeline):
    articles = [{"text": "Premier texte.", "title": "Un", "outlet": "Gazette du Nord"}, {"text": "Second texte."}]
    response = upload_client.post("/api/analyze", json={"articles": articles}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200 and response.json()["stored"] == 1
    lines = fake_pipeline[0]["contents"]["000-articles.jsonl"].decode().splitlines()
    assert [json.loads(line) for line in lines] == articles


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"files": [("files", ("big.txt", b"x" * 1_500, "text/plain"))]}, 413),  # one file over 1,000 bytes
        ({"files": [("files", (f"f{i}.txt", b"x" * 900, "text/plain")) for i in range(7)]}, 413),  # request over 5,000
        ({"json": [{"text": "x" * 6_000}]}, 413),
        ({"json": [{"title": "no text"}]}, 422),
        ({"json": []}, 422),
        ({"content": b"not json", "headers": {"Content-Type": "application/json"}}, 422),
        ({"content": b"plain", "headers": {"Content-Type": "text/plain"}}, 415),
    ],
)
def test_web_upload_limits_and_validation(upload_client, fake_pipeline, kwargs, status):
    headers = {"Authorization": f"Bearer {TOKEN}", **kwargs.pop("headers", {})}
    assert_error(upload_client.post("/api/analyze", headers=headers, **kwargs), status)
    assert not fake_pipeline


def test_web_upload_lies_about_length_still_413(upload_client, fake_pipeline):
    def chunks():
        for _ in range(10):
            yield b"x" * 1_000

    response = upload_client.post(
        "/api/analyze", content=chunks(), headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    )
    assert_error(response, 413)


@pytest.mark.slow
def test_web_upload_runs_the_real_pipeline(upload_client):
    article = {
        "text": "« Le marché couvert rouvrira en septembre », a déclaré Octave Lemarchand, adjoint au maire de Valmont.",
        "title": "Le marché couvert de Valmont rouvrira", "outlet": "Gazette du Nord", "published": "2024-04-02",
    }
    before = upload_client.get("/api").json()["counts"]["documents"]
    response = upload_client.post("/api/analyze", json=[article], headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.text
    assert response.json()["stored"] == 1
    assert upload_client.get("/api").json()["counts"]["documents"] == before + 1
    hits = upload_client.get("/api/search?q=marché couvert").json()["items"]
    assert hits and hits[0]["title"] == article["title"]


def test_web_safe_name_keeps_only_the_last_component():
    assert web_api.safe_name("../../a b/c<>.warc.gz", 7) == "007-c_.warc.gz"
    assert web_api.safe_name("...", 1) == "001-upload"
    assert web_api.safe_name(None, 2) == "002-upload"


def test_web_queries_on_every_backend(backend):
    """The same answers on SQLite and PostgreSQL (the queries are portable SQL but for search)."""
    from recoupe.store import open_store

    store = open_store(backend["db"], backend["database_url"])
    try:
        fx.fill(store)
    finally:
        store.close()
    client = TestClient(create_app(backend["db"], backend["database_url"], token=""), raise_server_exceptions=False)
    assert {i["id"] for i in client.get("/api/search?q=pont&language=fr").json()["items"]} == {fx.D1, fx.D2}
    assert client.get(f"/api/documents?speaker={fx.SPEAKER}&date_to=2024-03-05").json()["total"] == 2
    assert client.get(f"/api/stories/{fx.EVENT}").json()["parent"]["id"] == fx.THREAD
    assert client.get(f"/api/speakers/{fx.SPEAKER}").json()["total"] == 4
    assert client.get("/api/speakers").json()["items"][0]["id"] == fx.SPEAKER
    assert len(client.get("/api/outlets").json()["links"]) == 5
    for url in ["/", f"/stories/{fx.EVENT}", f"/documents/{fx.D1}", f"/speakers/{fx.SPEAKER}", "/outlets", "/stories?level=event"]:
        assert client.get(url).status_code == 200, url


def test_web_speaker_page_links_to_the_documents_that_quote_them(client):
    # regression: the speaker query once took the quote's id for the document's, giving 404 links
    html = client.get(f"/speakers/{fx.SPEAKER}").text
    assert f'href="/documents/{fx.D1}"' in html
    assert client.get(f"/documents/{fx.D1}").status_code == 200
