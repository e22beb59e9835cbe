"""The analyst's desk: ``recoupe serve`` (FastAPI pages + JSON API) and the templates that
``recoupe report`` shares. ``create_app`` and ``serve`` are imported lazily so that the report
does not need FastAPI."""

from __future__ import annotations

from typing import Any

__all__ = ["create_app", "serve"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import app  # noqa: PLC0415

        return getattr(app, name)
    raise AttributeError(name)
