"""The one Jinja2 environment behind the pages and the offline dossier (same templates, same
partials). Autoescaping is on for every template; data is never marked safe.

Templates build links through a ``Links`` object: the web app links to its pages, the dossier
links to anchors inside the file (or to nothing when the target is not in the file).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib.resources import files
from urllib.parse import quote, urlencode

import jinja2

from . import render

TEMPLATES = files("recoupe.web") / "templates"
STATIC = files("recoupe.web") / "static"

STATUS_LABELS = {
    "corroborated": "corroborated",
    "single-source": "single source",
    "disputed": "disputed",
    "unverified": "unverified",
}
#: Rows of a story page's document and citation tables: a 400-document thread took 61 ms to
#: render whole (bench/bench_web.py); the rest is one click away (search by story, JSON twin).
STORY_ROWS = 100
RELATION_LABELS = {"quotes": "quotes", "relays": "relays", "translates": "translates", "mentions": "mentions"}


def _seg(value: str) -> str:
    return quote(value, safe="")


class Links:
    """Links of the web app."""

    report = False

    def document(self, doc_id: str) -> str | None:
        return f"/documents/{_seg(doc_id)}"

    def story(self, story_id: str) -> str | None:
        return f"/stories/{_seg(story_id)}"

    def speaker(self, entity_id: str | None) -> str | None:
        return f"/speakers/{_seg(entity_id)}" if entity_id else None

    def search(self, **params: str) -> str:
        return "/search?" + urlencode({k: v for k, v in params.items() if v})

    def external(self, url: str | None) -> str | None:
        return render.safe_url(url)


@dataclass
class ReportLinks(Links):
    """Links inside the dossier: anchors to what the file contains, nothing else (the dossier
    never points to a server or to the web)."""

    documents: set[str] = field(default_factory=set)
    stories: set[str] = field(default_factory=set)
    report = True

    def document(self, doc_id: str) -> str | None:
        return f"#doc-{doc_id}" if doc_id in self.documents else None

    def story(self, story_id: str) -> str | None:
        return f"#story-{story_id}" if story_id in self.stories else None

    def speaker(self, entity_id: str | None) -> str | None:
        return None

    def search(self, **params: str) -> str:
        return ""

    def external(self, url: str | None) -> str | None:
        return None  # URLs are printed as text in the dossier


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,  # every template, whatever its extension
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals.update(
        segments=render.segments,
        timeline=render.timeline,
        graph=render.graph,
        css_token=render.css_token,
        KINDS=render.KINDS,
        STATUSES=render.STATUSES,
        RELATIONS=render.RELATIONS,
        STATUS_LABELS=STATUS_LABELS,
        RELATION_LABELS=RELATION_LABELS,
        STORY_ROWS=STORY_ROWS,
    )
    return env


def stylesheet() -> str:
    return (STATIC / "style.css").read_text(encoding="utf-8")
