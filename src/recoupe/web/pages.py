"""The HTML pages: server-rendered Jinja2 over the same queries as the JSON API. Each page links
to its JSON twin (``<link rel="alternate">`` and a visible "JSON" link)."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from . import queries
from .api import DEFAULT_LIMIT, FiltersDep, Limit, Offset, StoreDep, page_urls
from .templating import Links

router = APIRouter(include_in_schema=False)


def render(request: Request, template: str, json_url: str | None, **context: Any) -> HTMLResponse:
    html = request.app.state.templates.get_template(template).render(links=Links(), json_url=json_url, **context)
    return HTMLResponse(html)


def _twin(request: Request, path: str) -> str:
    return f"{path}?{request.url.query}" if request.url.query else path


@router.get("/", response_class=HTMLResponse)
@router.get("/search", response_class=HTMLResponse)
def search(request: Request, store: StoreDep, f: FiltersDep, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> HTMLResponse:
    page = queries.search_documents(store, f, limit, offset)
    prev_url, next_url = page_urls(request, page)
    speaker_name = story_label = None
    if f.speaker:
        found = queries.get_entities(store, [f.speaker])
        speaker_name = found[0].canonical if found else None
    if f.story:
        found_story = queries.get_story(store, f.story)
        story_label = found_story.label if found_story else None
    return render(
        request, "search.html", _twin(request, "/api/search"),
        filters=f, page=page, prev_url=prev_url, next_url=next_url, facets=queries.facets(store),
        counts=queries.overview(store) if request.url.path == "/" else None,
        speaker_name=speaker_name, story_label=story_label,
    )


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(doc_id: str, request: Request, store: StoreDep) -> HTMLResponse:
    view = queries.document_view(store, doc_id)
    if view is None:
        raise HTTPException(404, f"no document with id {doc_id!r}")
    return render(request, "document.html", f"/api/documents/{quote(doc_id, safe='')}", view=view)


@router.get("/stories", response_class=HTMLResponse)
def stories(
    request: Request, store: StoreDep, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0,
    level: Annotated[str, Query(pattern=r"^(event|thread)?$")] = "",
) -> HTMLResponse:
    page = queries.list_stories(store, level, limit, offset)
    prev_url, next_url = page_urls(request, page)
    return render(request, "stories.html", _twin(request, "/api/stories"), page=page, prev_url=prev_url, next_url=next_url)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(story_id: str, request: Request, store: StoreDep) -> HTMLResponse:
    view = queries.story_view(store, story_id)
    if view is None:
        raise HTTPException(404, f"no story with id {story_id!r}")
    return render(request, "story.html", f"/api/stories/{quote(story_id, safe='')}", view=view)


@router.get("/speakers", response_class=HTMLResponse)
def speakers(request: Request, store: StoreDep, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> HTMLResponse:
    page = queries.list_speakers(store, limit, offset)
    prev_url, next_url = page_urls(request, page)
    return render(request, "speakers.html", _twin(request, "/api/speakers"), page=page, prev_url=prev_url, next_url=next_url)


@router.get("/speakers/{entity_id}", response_class=HTMLResponse)
def speaker(entity_id: str, request: Request, store: StoreDep, limit: Limit = queries.SPEAKER_LIMIT, offset: Offset = 0) -> HTMLResponse:
    view = queries.speaker_view(store, entity_id, limit, offset)
    if view is None:
        raise HTTPException(404, f"no speaker with id {entity_id!r}")
    prev_url, next_url = page_urls(request, view.page())
    return render(request, "speaker.html", _twin(request, f"/api/speakers/{quote(entity_id, safe='')}"),
                  view=view, prev_url=prev_url, next_url=next_url)


@router.get("/outlets", response_class=HTMLResponse)
def outlets(request: Request, store: StoreDep) -> HTMLResponse:
    view = queries.outlets_view(store)
    edges = [(link.outlet, link.cites, link.relation, link.documents) for link in view.links]
    return render(request, "outlets.html", "/api/outlets", view=view, graph_edges=edges)
