"""``recoupe report``: one self-contained HTML dossier, readable offline and printable.

Built from the web app's own templates and partials (``web/templates/_story.html``,
``_document.html``) with links turned into in-file anchors. Everything is inline (the stylesheet,
the SVG pictures); the file makes no request and needs no script, and says so in its own
Content-Security-Policy ``<meta>``.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from markupsafe import Markup

from .errors import ConfigError
from .store.base import Store
from .web import queries
from .web.templating import ReportLinks, environment, stylesheet

#: The dossier's own policy: nothing may be loaded, only its inline style and data: images.
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
#: At most this many stories in a whole-database dossier (the largest first): past a few hundred
#: a single HTML file stops being readable or printable; ``--story`` gives any other one.
MAX_STORIES = 200


def _pick(store: Store, story_id: str | None) -> list[queries.StoryView]:
    if story_id is not None:
        view = queries.story_view(store, story_id)
        if view is None:
            raise ConfigError(f"no story with id {story_id!r}: see 'recoupe export' (stories.jsonl) or /stories in 'recoupe serve' for the ids")
        views = [view]
        for child in view.children:
            child_view = queries.story_view(store, child.id)
            if child_view is not None:
                views.append(child_view)
        return views
    events = queries.all_stories(store, "event")
    # singletons without a statement say nothing a dossier needs; keep them only if that is all
    meaningful = [s for s in events if len(s.doc_ids) > 1 or s.statements] or events
    views = []
    for story in meaningful[:MAX_STORIES]:
        view = queries.story_view(store, story.id)
        if view is not None:
            views.append(view)
    return views


def build_report(store: Store, story_id: str | None = None, *, title: str | None = None) -> str:
    """The dossier as one HTML string: every story (or the one asked for, with its events when
    it is a thread), then each of their documents with its quotations."""
    views = _pick(store, story_id)
    doc_ids = list(dict.fromkeys(d for v in views for d in v.story.doc_ids))
    documents = [dv for dv in (queries.document_view(store, d) for d in doc_ids) if dv is not None]
    links = ReportLinks(documents={d.document.id for d in documents}, stories={v.story.id for v in views})
    if title is None:
        title = f"recoupe dossier: {views[0].story.label}" if story_id and views else "recoupe dossier"
    template = environment().get_template("report.html")
    return template.render(
        links=links,
        json_url=None,
        report_csp=REPORT_CSP,
        inline_css=Markup(stylesheet()),  # our own stylesheet, not data
        title=title,
        counts=queries.overview(store),
        generated=date.today().isoformat(),
        views=views,
        documents=documents,
    )


def report(store: Store, out: str | Path, story_id: str | None = None) -> Path:
    """Write the dossier to ``out`` (atomically: a failed run leaves no half-written file)."""
    html = build_report(store, story_id)
    path = Path(out)
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_text(html, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write the report ({exc.strerror}): choose another --out") from exc
    return path
