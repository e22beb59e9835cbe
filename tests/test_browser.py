"""The analyst's desk in a real browser: Chromium (the system's, never a downloaded one) driven by
Playwright against ``recoupe serve`` over a database built by the real ``recoupe analyze``.

* a user's path: search → document → story → speaker → document, checking what is on screen;
* hostile articles in every input format (txt, html, jsonl, warc) whose every field carries
  script payloads: nothing runs on any page that shows them, with the Content-Security-Policy
  and again with the CSP switched off (so that escaping alone is proven), and the app's own pages
  cause no CSP violation;
* the ``recoupe report`` dossier opened from ``file://``: it renders, nothing runs, nothing loads.

Needs ``pip install playwright`` (its driver only: never ``playwright install``) and Chromium at
``$RECOUPE_CHROMIUM`` (default ``/usr/bin/chromium``, Debian's ``chromium`` package). Skipped
when either is missing, except under CI (``CI`` set), where that is a failure.

Everything the articles say is invented: the port of Saint-Ombre, prefect Aurélien Castagnède,
the Chimarel plant, the outlets Nordpresse, Le Phare de l'Ouest, La Voix des Marais, Northwind
Wire (``fixtures/browser/story.jsonl``), the town of Brocéliande-sur-Mer and its council.
"""

from __future__ import annotations

import html
import io
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = os.environ.get("RECOUPE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
FIXTURES = Path(__file__).parent / "fixtures" / "browser"
sys.path.insert(0, str(Path(__file__).parent))


def _missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401, PLC0415
    except ImportError:
        return "playwright is not installed (pip install playwright; never 'playwright install')"
    if not Path(CHROMIUM).exists():
        return f"no Chromium at {CHROMIUM} (apt-get install -y chromium, or set RECOUPE_CHROMIUM)"
    return None


if _missing():
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the browser tests: {_missing()}", pytrace=False)
    pytest.skip(_missing(), allow_module_level=True)

from playwright.sync_api import Browser, Page, expect, sync_playwright  # noqa: E402

# -- hostile articles -----------------------------------------------------------------------------

RUN = "window.__pwned=1;alert(document.domain)"
PAYLOADS = {
    "script": f"<script>{RUN}</script>",
    "img": f'<img src=x onerror="{RUN}">',
    "breakout": f'" onmouseover="{RUN}" autofocus onfocus="{RUN}" x="',
    "single": f"' onmouseover='{RUN}' x='",
    "textarea": f"</textarea><script>{RUN}</script>",
    "title": f"</title><script>{RUN}</script>",
    "svg": f'<svg onload="{RUN}"><script>{RUN}</script></svg>',
    "svg-href": f'<svg><a xlink:href="javascript:{RUN}"><text>x</text></a></svg>',
    "style": f"</style><img src=x onerror={RUN}>",
}
JS_URL = f"javascript:{RUN}"
#: an http URL is rendered as a link: its href must stay one attribute
HTTP_URL = f'https://gazette.example/a?q="><svg/onload={RUN}>'
MARKER = "Brocéliande"


def hostile_text(fmt: str) -> str:
    """The body of the hostile article in format ``fmt``: French, so that the quote stage cuts
    quotations, speakers and relays (``selon …``, ``l'agence de presse « … »``) out of it."""
    p = PAYLOADS
    return "\n\n".join([
        f"Le conseil municipal de Brocéliande-sur-Mer s'est réuni jeudi pour le dossier {fmt} {p['img']}.",
        f"« Le budget {fmt} sera voté {p['script']} avant l'été », a déclaré la conseillère Ondine Varlamont.",
        f"Selon l'agence de presse « Xenopresse{p['svg'][:20]} », le vote a été reporté {p['breakout']}.",
        f"« Rien n'est décidé {p['textarea']} », a affirmé Ondine Varlamont {p['single']}, selon Radio Galène {p['svg']}.",
        f"« Le vote aura lieu », a déclaré le maire, cité par le journal « Echo<img src=x onerror={RUN}> ».",
        f"Le maire, {p['style']} Tancrède Ourville, a démenti toute {p['svg-href']} irrégularité {p['title']}.",
        f"Lien vers le dossier : {JS_URL}",
        f"Lire aussi : {p['script']} {p['img']}",
        f"Partager sur Facebook {p['textarea']}",
    ])


def hostile_title(fmt: str) -> str:
    return f"{MARKER} {fmt} {PAYLOADS['title']} {PAYLOADS['img']} {PAYLOADS['breakout']}"


def hostile_outlet(fmt: str) -> str:
    return f"La Gazette {fmt} {PAYLOADS['script']} {PAYLOADS['breakout']}"


def hostile_page(fmt: str) -> str:
    """A web page whose metadata is hostile (escaped as HTML requires, so the text the reader
    extracts carries the payloads verbatim), plus one live script the reader must drop."""
    e = html.escape
    body = "".join(f"<p>{e(par)}</p>\n" for par in hostile_text(fmt).split("\n\n"))
    return (
        '<!doctype html>\n<html lang="fr"><head><meta charset="utf-8">'
        f"<title>{e(hostile_title(fmt))} | {e(hostile_outlet(fmt))}</title>"
        f'<meta property="og:site_name" content="{e(hostile_outlet(fmt))}">'
        f'<meta property="og:title" content="{e(hostile_title(fmt))}">'
        f'<link rel="canonical" href="{e(HTTP_URL)}">'
        '<meta name="date" content="2024-06-06">'
        f'</head><body><nav><a href="/">Accueil</a></nav><article><h1>{e(hostile_title(fmt))}</h1>\n{body}</article>'
        f"<script>{RUN}</script></body></html>"
    )


def write_hostile(folder: Path) -> None:
    """The hostile article as .txt, .html, .jsonl and .warc (written with warcio)."""
    from warcio.statusandheaders import StatusAndHeaders  # noqa: PLC0415
    from warcio.warcwriter import WARCWriter  # noqa: PLC0415

    (folder / "hostile.txt").write_text(f"{hostile_title('txt')}\n\n{hostile_text('txt')}\n", encoding="utf-8")
    (folder / "hostile.html").write_text(hostile_page("html"), encoding="utf-8")
    record = {"id": "hostile-jsonl", "title": hostile_title("jsonl"), "text": hostile_text("jsonl"), "url": JS_URL,
              "outlet": hostile_outlet("jsonl"), "published": "2024-06-06", "language": "fr"}
    (folder / "hostile.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    with (folder / "hostile.warc").open("wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        # warcio reads HTTP headers only for http(s) targets: a javascript: target would be skipped
        body = io.BytesIO(hostile_page("warc").encode("utf-8"))
        writer.write_record(writer.create_warc_record(HTTP_URL, "response", payload=body, http_headers=headers))


# -- the server -----------------------------------------------------------------------------------

def _recoupe(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "recoupe", *args], cwd=cwd, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"recoupe {' '.join(args)} failed:\n{result.stderr}"
    return result


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """``recoupe serve`` on a free loopback port; yields its base URL."""
    port = _free_port()
    log = db.with_suffix(".serve.log")
    with log.open("w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "recoupe", "serve", "--db", str(db), "--port", str(port)],
                                stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                pytest.fail(f"recoupe serve exited with {proc.returncode}:\n{log.read_text()}")
            try:
                with urllib.request.urlopen(base + "/api", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"recoupe serve did not answer within 30 s:\n{log.read_text()}")
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def api(base: str, path: str) -> dict:
    with urllib.request.urlopen(base + path, timeout=10) as response:
        return json.load(response)


@pytest.fixture(scope="module")
def analysed(tmp_path_factory) -> Path:
    """The story and the hostile articles, through the real ``recoupe analyze``."""
    root = tmp_path_factory.mktemp("browser")
    inputs = root / "in"
    inputs.mkdir()
    shutil.copy(FIXTURES / "story.jsonl", inputs / "story.jsonl")
    write_hostile(inputs)
    db = root / "desk.db"
    _recoupe("analyze", str(inputs), "--db", str(db), cwd=root)
    return db


@pytest.fixture(scope="module")
def base(analysed) -> Iterator[str]:
    with serving(analysed) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


# -- watching a page ------------------------------------------------------------------------------

@dataclass
class Watch:
    """What a page did besides rendering: dialogs, console messages, script errors, requests."""

    dialogs: list[str] = field(default_factory=list)
    console: list[tuple[str, str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def csp_violations(self) -> list[tuple[str, str, str]]:
        return [c for c in self.console if "Content Security Policy" in c[1]]

    def console_errors(self) -> list[tuple[str, str, str]]:
        return [c for c in self.console if c[0] == "error"]


@contextmanager
def watched(browser: Browser, *, bypass_csp: bool = False) -> Iterator[tuple[Page, Watch]]:
    context = browser.new_context(bypass_csp=bypass_csp, viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    watch = Watch()

    def on_dialog(dialog) -> None:
        watch.dialogs.append(f"{dialog.type}: {dialog.message} on {page.url}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("console", lambda msg: watch.console.append((msg.type, msg.text, page.url)))
    page.on("pageerror", lambda exc: watch.errors.append(f"{exc} on {page.url}"))
    page.on("request", lambda request: watch.requests.append(request.url))
    try:
        yield page, watch
    finally:
        context.close()


#: What injected markup would leave in the DOM. The app's pages carry no script, no event
#: handler, no image and no SVG other than its own charts.
PROBE = """() => {
  const onAttrs = [], badUrls = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (a.name.toLowerCase().startsWith('on')) onAttrs.push(el.tagName + ' ' + a.name);
      if (/^(href|src|action|formaction|xlink:href|data|srcdoc)$/i.test(a.name)
          && /^\\s*(javascript|data|vbscript):/i.test(a.value)) badUrls.push(a.name + '=' + a.value);
    }
  }
  return {
    pwned: typeof window.__pwned,
    scripts: document.scripts.length,
    onAttrs, badUrls,
    injected: [...document.querySelectorAll('img, iframe, object, embed, textarea, svg:not(.chart), svg script, title ~ script')]
      .map(el => el.outerHTML.slice(0, 80)),
  };
}"""


def assert_nothing_ran(page: Page, watch: Watch) -> dict:
    page.wait_for_load_state("load")
    page.wait_for_timeout(50)  # an injected <img onerror> would fire right after its failed load
    state = page.evaluate(PROBE)
    where = page.url
    assert state["pwned"] == "undefined", where
    assert not watch.dialogs, watch.dialogs
    assert state["scripts"] == 0, where
    assert state["onAttrs"] == [], (where, state["onAttrs"])
    assert state["badUrls"] == [], (where, state["badUrls"])
    assert state["injected"] == [], (where, state["injected"])
    assert not watch.errors, watch.errors
    return state


# -- a user's path --------------------------------------------------------------------------------

PREFECT = "Aurélien Castagnède"
STATEMENT = "Le port restera fermé au moins dix jours"
AGENCY_TITLE = "Fuite chimique à Saint-Ombre : le préfet ordonne la fermeture du port"
WIRE_TITLE = "French port of Saint-Ombre shut after chemical leak"


def test_browser_search_story_speaker_document_path(browser, base):
    with watched(browser) as (page, watch):
        page.goto(base + "/")
        expect(page.locator("h1")).to_have_text("Documents")
        page.get_by_placeholder("words in the title or text").fill("Saint-Ombre port")
        page.get_by_role("button", name="Search").click()
        page.wait_for_url("**/search?q=Saint-Ombre+port*")
        hits = page.locator("ol.hits > li")
        expect(hits).to_have_count(4)
        for outlet in ("Nordpresse", "Le Phare de l'Ouest", "La Voix des Marais", "Northwind Wire"):
            expect(hits.filter(has_text=outlet)).to_have_count(1)

        # the agency's dispatch: the quotation highlighted, its speaker named, boilerplate hidden
        page.get_by_role("link", name=AGENCY_TITLE).click()
        expect(page.locator("h1")).to_have_text(AGENCY_TITLE)
        mark = page.locator("mark.direct", has_text=STATEMENT)
        expect(mark).to_be_visible()
        expect(mark).to_have_attribute("title", PREFECT)
        attribution = page.locator("mark.direct + .attribution").first
        expect(attribution).to_contain_text(f"direct · {PREFECT}")
        expect(page.locator("mark.indirect", has_text="la fuite était maîtrisée")).to_be_visible()
        expect(page.locator("mark", has_text="des ouvriers auraient été évacués")).to_be_visible()
        removed = page.locator("details.removed")
        expect(removed.get_by_text("Partager sur Facebook")).to_be_hidden()
        removed.locator("summary").click()
        expect(removed.get_by_text("Partager sur Facebook")).to_be_visible()
        expect(removed.get_by_text("Lire aussi")).to_be_visible()

        # its story: the statement corroborated by an independent outlet, the relay on the graph
        page.locator("p.meta", has_text="Stories:").get_by_role("link").first.click()
        expect(page.locator("section.story > h1")).to_be_visible()
        statement = page.locator(".statement", has=page.locator("blockquote", has_text=STATEMENT))
        expect(statement.locator(".badge")).to_have_text("corroborated")
        expect(statement.locator(".badge")).to_be_visible()
        expect(statement).to_contain_text(PREFECT)
        reported = statement.locator("p.meta", has_text="Reported by")
        for outlet in ("Nordpresse", "Le Phare de l'Ouest", "La Voix des Marais"):
            expect(reported).to_contain_text(outlet)
        unconfirmed = page.locator(".statement", has_text="des ouvriers auraient été évacués")
        expect(unconfirmed.locator(".badge")).to_have_text("single source")
        expect(page.locator(".statement", has_text="toute négligence")).to_be_visible()
        graph = page.locator("svg.graph")
        expect(graph).to_be_visible()
        expect(graph.locator("text", has_text="Nordpresse")).to_have_count(1)
        expect(graph.locator("path.edge.relays")).to_have_count(1)
        documents = page.locator("table", has=page.locator("th", has_text="language")).last
        expect(documents).to_contain_text("Le Phare de l'Ouest")
        expect(page.locator("svg.timeline circle.dot").first).to_be_visible()

        # the prefect: what he said, in French and in English, by whom it was reported
        page.locator("ul.chips").get_by_role("link", name=PREFECT).click()
        expect(page.locator("h1")).to_have_text(PREFECT)
        expect(page.locator("mark", has_text=STATEMENT).first).to_be_visible()
        expect(page.locator("mark", has_text="The port will remain closed for at least ten days")).to_be_visible()
        for outlet in ("Nordpresse", "La Voix des Marais", "Northwind Wire"):
            expect(page.get_by_text(outlet).first).to_be_visible()

        # and the English wire, from there
        page.get_by_role("link", name=WIRE_TITLE).click()
        expect(page.locator("h1")).to_have_text(WIRE_TITLE)
        expect(page.locator("p.meta").first).to_contain_text("Northwind Wire")
        expect(page.locator("mark.direct", has_text="The port will remain closed")).to_be_visible()
        expect(page.locator(".attribution").first).to_contain_text(PREFECT)

        # the other pages of the desk, and the JSON twin behind the visible link
        page.goto(base + "/outlets")
        expect(page.locator("table", has_text="Le Phare de l'Ouest").first).to_contain_text("Nordpresse")
        page.goto(base + "/stories")
        expect(page.locator("table")).to_contain_text("Saint-Ombre")
        page.goto(base + "/speakers")
        expect(page.get_by_role("link", name=PREFECT)).to_be_visible()
        page.goto(base + "/docs")
        expect(page.locator(".swagger-ui .title").first).to_contain_text("recoupe")
        page.goto(base + "/stories")
        page.locator("a.twin").click()
        assert json.loads(page.locator("body").inner_text())["ok"] is True

        assert watch.csp_violations() == [], watch.csp_violations()
        assert watch.console_errors() == [], watch.console_errors()
        assert not watch.errors and not watch.dialogs
        foreign = [u for u in watch.requests if not u.startswith(base)]
        assert foreign == [], foreign


# -- hostile data ---------------------------------------------------------------------------------

def hostile_urls(base: str) -> list[str]:
    """Every page that shows a hostile record, found through the JSON API, and pages that
    reflect hostile parameters."""
    found = api(base, "/api/search?" + urlencode({"q": MARKER, "limit": 50}))["items"]
    docs = [d["id"] for d in found]
    assert len(docs) == 4, [d["url"] for d in found]  # txt, html, jsonl and warc
    urls = {f"/documents/{quote(d, safe='')}" for d in docs}
    for doc in docs:
        view = api(base, f"/api/documents/{quote(doc, safe='')}")
        urls.update(f"/stories/{quote(s['id'], safe='')}" for s in view["stories"])
        urls.update(f"/speakers/{quote(q['speaker_id'], safe='')}" for q in view["quotes"] if q["speaker_id"])
    every = " ".join(PAYLOADS.values())
    urls.update([
        "/", "/stories", "/stories?level=thread", "/speakers", "/outlets",
        "/search?" + urlencode({"q": MARKER}),
        "/search?" + urlencode({"q": every}),
        "/search?" + urlencode({"outlet": hostile_outlet("jsonl"), "speaker": PAYLOADS["breakout"], "story": PAYLOADS["textarea"]}),
        "/search?" + urlencode({"date_from": PAYLOADS["script"]}),
        f"/documents/{quote(PAYLOADS['svg'], safe='')}",
        f"/stories/{quote(PAYLOADS['breakout'], safe='')}",
        f"/nowhere/{quote(PAYLOADS['script'], safe='')}",
    ])
    return sorted(urls)


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "without-csp"])
def test_browser_hostile_articles_never_run(browser, base, bypass_csp):
    """With the CSP, and with the CSP switched off: escaping alone must keep every payload inert."""
    urls = hostile_urls(base)
    shown = 0
    with watched(browser, bypass_csp=bypass_csp) as (page, watch):
        for url in urls:
            page.goto(base + url)
            assert_nothing_ran(page, watch)
            page.mouse.move(300, 300)
            for mark in page.locator("mark").all()[:5]:
                mark.hover()  # an injected onmouseover would run now
            if url.startswith("/documents/") and page.locator("mark").count():
                # the payload is on screen as text, not dropped and not parsed
                expect(page.locator("mark", has_text="<script>window.__pwned").first).to_be_visible()
                expect(page.locator("h1")).to_contain_text("<img src=x onerror=")
                shown += 1
            assert_nothing_ran(page, watch)
        assert shown == 4
        # what the app's own pages did: no CSP violation at all, since nothing was injected
        assert watch.csp_violations() == [], watch.csp_violations()
        assert not [r for r in watch.requests if not r.startswith(base)]
        assert not [r for r in watch.requests if r.rstrip("/").endswith("/x")]


@pytest.fixture(scope="module")
def stored_base(tmp_path_factory) -> Iterator[str]:
    """The hand-written hostile records of ``webfixtures.py``: what the pipeline would never
    produce (markup in a speaker's name, an entity, a story label, a statement status)."""
    import webfixtures as fx  # noqa: PLC0415

    db = fx.build_db(tmp_path_factory.mktemp("stored") / "stored.db")
    with serving(db) as url:
        yield url


def test_browser_hostile_stored_records_never_run(browser, stored_base):
    import webfixtures as fx  # noqa: PLC0415

    urls = ["/", "/search?q=alert", f"/documents/{fx.D4}", f"/stories/{fx.HOSTILE_EVENT}", f"/stories/{fx.HOSTILE_THREAD}",
            f"/speakers/{fx.HOSTILE_SPEAKER}", "/speakers", "/outlets", "/stories"]
    for bypass in (False, True):
        with watched(browser, bypass_csp=bypass) as (page, watch):
            for url in urls:
                page.goto(stored_base + url)
                assert_nothing_ran(page, watch)
            page.goto(stored_base + f"/speakers/{fx.HOSTILE_SPEAKER}")
            expect(page.locator("h1")).to_have_text(fx.SCRIPT)
            assert watch.csp_violations() == [], watch.csp_violations()


def test_browser_report_file_renders_and_runs_nothing(browser, analysed, tmp_path):
    out = tmp_path / "dossier.html"
    _recoupe("report", "--db", str(analysed), "--out", str(out), cwd=tmp_path)
    for bypass in (False, True):
        with watched(browser, bypass_csp=bypass) as (page, watch):
            page.goto(out.as_uri())
            assert_nothing_ran(page, watch)
            expect(page.locator("h1").first).to_have_text("recoupe dossier")
            expect(page.locator("section.story").first).to_be_visible()
            expect(page.locator(".statement .badge", has_text="corroborated").first).to_be_visible()
            expect(page.locator("mark", has_text=STATEMENT).first).to_be_visible()
            expect(page.locator("mark", has_text="<script>window.__pwned").first).to_be_visible()
            # styled by its inline stylesheet: the badge has its colour, not the default
            assert page.locator(".badge").first.evaluate("e => getComputedStyle(e).color") == "rgb(255, 255, 255)"
            assert watch.requests == [out.as_uri()], watch.requests  # the file loads nothing else
            assert watch.csp_violations() == [], watch.csp_violations()
