"""The FastAPI application behind ``recoupe serve``: HTML pages (``pages.py``) and their JSON
twins (``api.py``) over the same read-only queries (``queries.py``).

Everything the browser loads comes from the app itself (styles, the API docs' scripts): analysts
work offline. Every response carries a strict Content-Security-Policy; every JSON error has one
shape, ``{"ok": false, "error": "...", "status": N}``.

Database work runs in FastAPI's thread pool (routes are plain ``def``), with one store (one
connection) opened per request and closed after it: a connection is never shared by two requests.
The dependency that opens it and the route may run on different pool threads, which SQLiteStore
allows (``check_same_thread=False``) and which is safe since only one of them uses it at a time.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..errors import ConfigError, RecoupeError, StoreError
from ..store.base import Store
from . import templating

log = logging.getLogger("recoupe.web")

#: Every page: only the app's own files, no inline script or style, no framing, no plugins.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
#: /docs: Swagger UI (served locally) sets inline styles and uses data: images; still no inline
#: script and nothing from elsewhere.
DOCS_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

#: Upload limits. 5 MB per file is the pipeline's own default ``Options.max_bytes``; 20 MB per
#: request lets a handful of WARC files through while keeping a request's spool small.
MAX_FILE_BYTES = 5_000_000
MAX_REQUEST_BYTES = 20_000_000
MAX_FILES = 50

#: Seconds an idle keep-alive connection stays open. uvicorn's default (5 s) equals httpx's
#: default client-side expiry (5 s): a client reusing a connection at the moment the server closes
#: it got "Server disconnected without sending a response" — 1 to 3 errors per 60 s load run,
#: each within a millisecond of a wave of keep-alive closes (RELIABILITY.md). Clients with
#: shorter expiries than this (httpx 5 s, browsers retry) never meet a closing connection.
KEEP_ALIVE_SECONDS = 30


@dataclass(slots=True)
class Settings:
    open_store: Callable[[], Store]
    token: str | None = None
    max_file_bytes: int = MAX_FILE_BYTES
    max_request_bytes: int = MAX_REQUEST_BYTES
    max_files: int = MAX_FILES
    #: one analysis at a time: the pipeline writes, and runs are serialised anyway by the store
    analyze_lock: threading.Lock = field(default_factory=threading.Lock)


def error_body(status: int, message: str) -> dict[str, Any]:
    return {"ok": False, "error": message, "status": status}


def _wants_json(request: Request) -> bool:
    path = request.url.path
    if path.startswith("/api/") or path == "/api" or path == "/openapi.json":
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def error_response(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    if _wants_json(request):
        return JSONResponse(error_body(status, message), status_code=status, headers=headers)
    html = request.app.state.templates.get_template("error.html").render(
        links=templating.Links(), json_url=None, status=status, error=message
    )
    return HTMLResponse(html, status_code=status, headers=headers)


_REASONS = {
    404: "not found: no page or record at {path}",
    405: "method {method} not allowed on {path}",
}


async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
    detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    if exc.status_code in _REASONS and detail in ("Not Found", "Method Not Allowed"):
        detail = _REASONS[exc.status_code].format(path=request.url.path, method=request.method)
    return error_response(request, exc.status_code, detail, getattr(exc, "headers", None))


async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ())[1:]) or "request"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return error_response(request, 422, "invalid request: " + "; ".join(parts))


async def _store_error(request: Request, exc: StoreError) -> Response:
    return error_response(request, 503, str(exc))


async def _server_error(request: Request, exc: Exception) -> Response:
    # Runs in Starlette's outermost middleware, outside SecurityHeaders: set the headers here.
    log.exception("internal error on %s", request.url.path)
    response = error_response(request, 500, f"internal error ({type(exc).__name__}): see the server log")
    response.headers.update({"Content-Security-Policy": CSP, **SECURITY_HEADERS})
    return response


class SecurityHeaders:
    """Adds the CSP and the other security headers to every response (pure ASGI middleware: no
    buffering of streamed bodies)."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = DOCS_CSP if scope.get("path") == "/docs" else CSP

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["Content-Security-Policy"] = csp
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _swagger_assets() -> Path | None:
    """Swagger UI's files as shipped by the ``fastapi-offline`` package (no CDN)."""
    try:
        import fastapi_offline  # noqa: PLC0415
    except ImportError:
        return None
    folder = Path(fastapi_offline.__file__).parent / "static"
    return folder if (folder / "swagger-ui-bundle.js").is_file() else None


def create_app(
    db: str | None = None,
    database_url: str | None = None,
    *,
    store_factory: Callable[[], Store] | None = None,
    token: str | None = None,
    max_file_bytes: int = MAX_FILE_BYTES,
    max_request_bytes: int = MAX_REQUEST_BYTES,
    max_files: int = MAX_FILES,
) -> FastAPI:
    """The web app over the database at ``db`` / ``database_url`` (or whatever ``store_factory``
    opens: it is called once per request). ``token`` (default ``$RECOUPE_TOKEN``) enables
    ``POST /api/analyze``; without one, uploads are refused with 403."""
    from . import api, pages  # noqa: PLC0415 (routers import this module's helpers)

    if store_factory is None:
        from ..store import open_store  # noqa: PLC0415

        def store_factory() -> Store:
            return open_store(db, database_url)

    app = FastAPI(
        title="recoupe",
        version=__version__,
        description="Who said what, according to whom, through which relay, and how many independent sources confirm it.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.settings = Settings(
        store_factory, token if token is not None else (os.environ.get("RECOUPE_TOKEN") or None),
        max_file_bytes, max_request_bytes, max_files,
    )
    app.state.templates = templating.environment()
    app.add_middleware(SecurityHeaders)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StoreError, _store_error)
    app.add_exception_handler(Exception, _server_error)

    assets = _swagger_assets()
    if assets is not None:
        # mounted before /static: Starlette matches mounts in order
        app.mount("/static/docs", StaticFiles(directory=assets), name="docs-static")
    app.mount("/static", StaticFiles(directory=str(templating.STATIC)), name="static")

    @app.get("/docs", include_in_schema=False)
    def docs(request: Request) -> Response:
        if assets is None:
            return error_response(request, 503, "API docs unavailable: pip install fastapi-offline (the JSON schema is at /openapi.json)")
        html = app.state.templates.get_template("docs.html").render(openapi_url="/openapi.json")
        return HTMLResponse(html)

    favicon = (templating.STATIC / "favicon.svg").read_bytes()

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon_ico() -> Response:
        # browsers ask for it on pages without <link rel="icon"> (the JSON twins): answer rather
        # than fill the console with 404s
        return Response(favicon, media_type="image/svg+xml", headers={"Cache-Control": "max-age=86400"})

    app.include_router(api.router)
    app.include_router(pages.router)
    return app


def get_store(request: Request) -> Iterator[Store]:
    """FastAPI dependency: a store for this request, closed after it."""
    store = request.app.state.settings.open_store()
    try:
        yield store
    finally:
        store.close()


def serve(db: str | None = "recoupe.db", database_url: str | None = None, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the web app with uvicorn until interrupted. Raises ``ConfigError`` when the SQLite
    database does not exist (serving would create an empty one) and ``StoreError`` when it
    cannot be opened."""
    import uvicorn  # noqa: PLC0415

    url = database_url or os.environ.get("RECOUPE_DATABASE_URL")
    if not url and db and not Path(db).is_file():
        raise ConfigError(f"{db}: no such database: run 'recoupe analyze PATH --db {db}' first, or pass --db")
    from ..store import open_store  # noqa: PLC0415

    open_store(db, url).close()  # fail now, with the store's message, rather than on the first request
    uvicorn.run(create_app(db, url), host=host, port=port, log_level="info", timeout_keep_alive=KEEP_ALIVE_SECONDS)


__all__ = ["create_app", "serve", "error_body", "get_store", "RecoupeError"]
