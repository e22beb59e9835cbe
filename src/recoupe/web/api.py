"""The JSON API under ``/api``: the same data as the pages, paginated (``limit``/``offset`` with
bounds and a ``next`` link), and ``POST /api/analyze`` to analyse new articles behind a token."""

from __future__ import annotations

import hmac
import json
import re
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import ClientDisconnect

from ..store.base import Store
from . import queries
from .app import get_store
from .queries import DEFAULT_LIMIT, MAX_LIMIT, Filters, Page

router = APIRouter(prefix="/api", tags=["api"])

StoreDep = Annotated[Store, Depends(get_store)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"rows per page (1–{MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="rows to skip")]
_DATE = r"^(\d{4}-\d{2}-\d{2})?$"


def filters(
    q: Annotated[str, Query(max_length=500, description="words to find in titles and texts")] = "",
    language: Annotated[str, Query(max_length=20)] = "",
    outlet: Annotated[str, Query(max_length=300)] = "",
    date_from: Annotated[str, Query(pattern=_DATE, description="YYYY-MM-DD, inclusive")] = "",
    date_to: Annotated[str, Query(pattern=_DATE, description="YYYY-MM-DD, inclusive")] = "",
    speaker: Annotated[str, Query(max_length=200, description="entity id of a speaker quoted in the document")] = "",
    story: Annotated[str, Query(max_length=200, description="story id (event or thread)")] = "",
) -> Filters:
    return Filters(q, language, outlet, date_from, date_to, speaker, story)


FiltersDep = Annotated[Filters, Depends(filters)]


def page_urls(request: Request, page: Page) -> tuple[str | None, str | None]:
    """Relative URLs of the previous and next pages (same path and parameters)."""

    def at(offset: int) -> str:
        url = request.url.include_query_params(offset=offset, limit=page.limit)
        return f"{url.path}?{url.query}"

    return (
        at(page.prev_offset) if page.prev_offset is not None else None,
        at(page.next_offset) if page.next_offset is not None else None,
    )


def listing(request: Request, page: Page, **extra: Any) -> dict[str, Any]:
    _prev, nxt = page_urls(request, page)
    items = [i.to_dict() if hasattr(i, "to_dict") else i for i in page.items]
    return {"ok": True, **extra, "total": page.total, "limit": page.limit, "offset": page.offset, "next": nxt, "items": items}


def not_found(what: str, key: str) -> HTTPException:
    return HTTPException(404, f"no {what} with id {key!r}")


@router.get("", summary="What the database holds, and the API's entry points")
def index(store: StoreDep) -> dict[str, Any]:
    return {
        "ok": True,
        "counts": queries.overview(store),
        "links": {
            "documents": "/api/documents", "search": "/api/search?q=", "stories": "/api/stories",
            "speakers": "/api/speakers", "outlets": "/api/outlets", "analyze": "/api/analyze",
        },
    }


@router.get("/documents", summary="Documents, filtered (twin of /search)")
@router.get("/search", summary="Full-text search with filters (twin of /search)")
def documents(request: Request, store: StoreDep, f: FiltersDep, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> dict[str, Any]:
    page = queries.search_documents(store, f, limit, offset)
    return listing(request, page, filters=f.to_dict())


@router.get("/documents/{doc_id}", summary="One document with its quotations, stories and cited sources (twin of /documents/{id})")
def document(doc_id: str, store: StoreDep) -> dict[str, Any]:
    view = queries.document_view(store, doc_id)
    if view is None:
        raise not_found("document", doc_id)
    return {
        "ok": True,
        "document": view.document.to_dict(),
        "quotes": [q.to_dict() for q in view.quotes],
        "stories": [s.to_dict() for s in view.stories],
        "sources": [e.to_dict() for e in view.edges],
    }


@router.get("/stories", summary="Stories, the largest first (twin of /stories)")
def stories(
    request: Request, store: StoreDep, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0,
    level: Annotated[str, Query(pattern=r"^(event|thread)?$")] = "",
) -> dict[str, Any]:
    return listing(request, queries.list_stories(store, level, limit, offset))


@router.get("/stories/{story_id}", summary="One story: statements, actors, documents, citation edges (twin of /stories/{id})")
def story(story_id: str, store: StoreDep) -> dict[str, Any]:
    view = queries.story_view(store, story_id)
    if view is None:
        raise not_found("story", story_id)
    return {
        "ok": True,
        "story": view.story.to_dict(),
        "parent": view.parent.to_dict() if view.parent else None,
        "children": [c.to_dict() for c in view.children],
        "actors": [{"id": e.id, "canonical": e.canonical, "type": e.type} for e in view.actors],
        "documents": [d.to_dict() for d in view.documents],
        "reports": {cluster: [q.to_dict() for q in qs] for cluster, qs in view.reports.items()},
        "sources": [e.to_dict() for e in view.edges],
    }


@router.get("/speakers", summary="Quoted entities, the most quoted first (twin of /speakers)")
def speakers(request: Request, store: StoreDep, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> dict[str, Any]:
    return listing(request, queries.list_speakers(store, limit, offset))


@router.get("/speakers/{entity_id}", summary="What an entity is quoted as saying, by story, a page of quotations at a time (twin of /speakers/{id})")
def speaker(
    entity_id: str, request: Request, store: StoreDep, limit: Limit = queries.SPEAKER_LIMIT, offset: Offset = 0,
) -> dict[str, Any]:
    view = queries.speaker_view(store, entity_id, limit, offset)
    if view is None:
        raise not_found("speaker", entity_id)
    entity = view.entity.to_dict()
    entity.pop("mentions", None)
    _prev, nxt = page_urls(request, view.page())
    return {
        "ok": True,
        "entity": entity,
        "total": view.total,
        "limit": view.limit,
        "offset": view.offset,
        "next": nxt,
        "stories": [
            {
                "story": ref.to_dict() if ref else None,
                "quotes": [{**it.quote.to_dict(), "document": it.document.to_dict()} for it in items],
            }
            for ref, items in view.by_story
        ],
    }


@router.get("/outlets", summary="Who cites, relays and translates whom: the most frequent links of each relation (twin of /outlets)")
def outlets(
    store: StoreDep,
    limit: Annotated[int, Query(ge=1, le=10_000, description="links per relation, the most frequent first")] = queries.OUTLET_LINKS,
) -> dict[str, Any]:
    view = queries.outlets_view(store, limit)
    return {
        "ok": True, "links": [link.to_dict() for link in view.links], "totals": view.totals, "limit": view.limit,
        "outlets": view.outlets,
    }


# -- uploads --------------------------------------------------------------------------------------

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
ACCEPTED = (".txt", ".html", ".htm", ".jsonl", ".warc", ".warc.gz")


def safe_name(name: str | None, index: int) -> str:
    """A file name that is safe inside our temporary folder: the last path component only,
    letters, digits, ``.``, ``_`` and ``-``, no leading dot, prefixed by its position so that
    two uploads never collide. The given name is never used as a path."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = _UNSAFE.sub("_", base).lstrip(".")[-100:] or "upload"
    return f"{index:03d}-{base}"


def _check_token(request: Request) -> None:
    settings = request.app.state.settings
    if not settings.token:
        raise HTTPException(403, "uploads are disabled: start the server with the RECOUPE_TOKEN environment variable set")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise HTTPException(401, "missing token: send 'Authorization: Bearer <token>'", headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode(), settings.token.encode()):
        raise HTTPException(401, "invalid token", headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes ``limit`` (whatever the
    Content-Length says, which may be absent or false)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"request too large ({int(declared)} bytes): at most {limit} bytes per request")
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise HTTPException(413, f"request too large: at most {limit} bytes per request")
            chunks.append(chunk)
    except ClientDisconnect as exc:
        raise HTTPException(400, "the client disconnected before the end of the request") from exc
    return b"".join(chunks)


def _articles_from_json(body: bytes) -> list[dict[str, Any]]:
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise HTTPException(422, f"invalid JSON body ({exc}): send a list of articles, each with at least 'text'") from exc
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if not isinstance(data, list) or not data:
        raise HTTPException(422, "expected a non-empty JSON list of articles (or {\"articles\": [...]}), each with at least 'text'")
    for i, item in enumerate(data):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item["text"].strip():
            raise HTTPException(422, f"article {i}: expected an object with a non-empty string 'text'")
    return data


async def _write_uploads(request: Request, body: bytes, folder: Path) -> list[str]:
    """Write what the request carries into ``folder``; returns the file names written."""
    settings = request.app.state.settings
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("application/json"):
        articles = _articles_from_json(body)
        (folder / "000-articles.jsonl").write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in articles) + "\n", encoding="utf-8")
        return ["000-articles.jsonl"]
    if not content_type.startswith("multipart/form-data"):
        raise HTTPException(415, "send multipart/form-data files (field 'files') or application/json articles")

    async def replay() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    replayed = Request(request.scope, replay)
    form = await replayed.form(max_files=settings.max_files, max_fields=20)
    names: list[str] = []
    try:
        uploads = [v for v in form.getlist("files") if isinstance(v, UploadFile)]
        if not uploads:
            raise HTTPException(422, "no file in the 'files' field")
        for i, upload in enumerate(uploads):
            size = upload.size if upload.size is not None else len(await upload.read())
            if size > settings.max_file_bytes:
                raise HTTPException(413, f"file {i} too large ({size} bytes): at most {settings.max_file_bytes} bytes per file")
            name = safe_name(upload.filename, i)
            target = folder / name
            await upload.seek(0)
            target.write_bytes(await upload.read())
            names.append(name)
    finally:
        await form.close()
    return names


def _analyze(settings: Any, folder: Path, names: list[str]) -> dict[str, Any]:
    from ..pipeline import Options, analyze  # noqa: PLC0415 (loads the NLP stack only when used)

    accepted = [n for n in names if n.lower().endswith(ACCEPTED)]
    skipped = [{"path": n, "reason": f"unsupported file type: send one of {', '.join(ACCEPTED)}"} for n in names if n not in accepted]
    with settings.analyze_lock:
        store = settings.open_store()
        try:
            summary = analyze([str(folder / n) for n in accepted], store, Options(max_bytes=settings.max_file_bytes))
        finally:
            store.close()
    prefix = str(folder) + "/"
    rejected = [{"path": r.path.replace(prefix, ""), "reason": r.reason.replace(prefix, "")} for r in summary.rejected]
    return {
        "ok": True, "read": summary.read, "stored": summary.stored, "unchanged": summary.unchanged,
        "duplicates": summary.duplicates, "near_duplicates": summary.near_duplicates, "quotes": summary.quotes,
        "linked": summary.linked, "languages": summary.languages, "rejected": skipped + rejected,
    }


@router.post(
    "/analyze",
    summary="Analyse new articles (needs RECOUPE_TOKEN on the server and 'Authorization: Bearer <token>')",
    responses={401: {"description": "missing or wrong token"}, 403: {"description": "uploads disabled"}, 413: {"description": "too large"}},
)
async def analyze_upload(request: Request) -> dict[str, Any]:
    """Multipart files (field ``files``: .txt, .html, .jsonl, .warc, .warc.gz) or a JSON list of
    articles (``[{"text": ..., "title": ..., "url": ..., "outlet": ..., "published": ...}]``).
    Returns the run's summary; rejected inputs are listed with their reason."""
    _check_token(request)
    settings = request.app.state.settings
    body = await _read_body(request, settings.max_request_bytes)
    with tempfile.TemporaryDirectory(prefix="recoupe-upload-") as tmp:
        folder = Path(tmp)
        names = await _write_uploads(request, body, folder)
        return await run_in_threadpool(_analyze, settings, folder, names)


__all__ = ["router", "filters", "page_urls", "safe_name"]
