"""A bounded loopback HTTP load generator (asyncio + httpx), for ``recoupe serve``.

Written here rather than using wrk so that the CI needs nothing outside the Python test extras;
it is bounded in time and in connections, and refuses any host but the loopback.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from pathlib import Path
from urllib.parse import urlsplit


def urls_for(db: Path) -> list[str]:
    """The main pages and their API twins, with ids taken from the database."""
    conn = sqlite3.connect(db)
    try:
        doc = conn.execute("SELECT id FROM documents ORDER BY seq LIMIT 1").fetchone()[0]
        story = conn.execute("SELECT id FROM stories ORDER BY id LIMIT 1").fetchone()
        entity = conn.execute("SELECT speaker_id FROM quotes WHERE speaker_id IS NOT NULL LIMIT 1").fetchone()
    finally:
        conn.close()
    urls = ["/", "/search?q=pont", "/stories", "/speakers", "/outlets", f"/documents/{doc}",
            "/api", "/api/documents", "/api/search?q=gr%C3%A8ve", "/api/stories", "/api/speakers", "/api/outlets", f"/api/documents/{doc}"]
    if story:
        urls += [f"/stories/{story[0]}", f"/api/stories/{story[0]}"]
    if entity:
        urls += [f"/speakers/{entity[0]}", f"/api/speakers/{entity[0]}"]
    return urls


def _percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def run(base: str, urls: list[str], *, seconds: float, connections: int) -> dict:
    """``connections`` clients, each asking the next URL as soon as it has its answer, for
    ``seconds``. Returns counts, errors and latency percentiles (ms)."""
    if urlsplit(base).hostname not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError(f"{base}: the load generator only targets the loopback interface")
    return asyncio.run(_run(base, urls, seconds, connections))


async def _run(base: str, urls: list[str], seconds: float, connections: int) -> dict:
    import httpx

    latencies: list[float] = []
    by_url: dict[str, list[float]] = {}
    errors: dict[str, int] = {}
    details: list[str] = []  # the first errors, with when they happened (s from the start)
    began = time.monotonic()
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    deadline = time.monotonic() + seconds
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:

        async def worker(offset: int) -> None:
            i = offset
            while time.monotonic() < deadline:
                url = urls[i % len(urls)]
                i += 1
                started = time.perf_counter()
                try:
                    response = await client.get(url)
                    await response.aread()
                    if response.status_code != 200:
                        key = f"{response.status_code} {url}"
                        errors[key] = errors.get(key, 0) + 1
                        if len(details) < 20:
                            details.append(f"{time.monotonic() - began:.1f}s {key}: {response.text[:200]}")
                except httpx.HTTPError as exc:
                    key = f"{type(exc).__name__} {url}"
                    errors[key] = errors.get(key, 0) + 1
                    if len(details) < 20:
                        cause = exc.__cause__ or exc.__context__
                        details.append(f"{time.monotonic() - began:.1f}s {key}: {exc!r} (cause: {cause!r})")
                latencies.append((time.perf_counter() - started) * 1000)
                by_url.setdefault(url, []).append(latencies[-1])

        began = time.monotonic()
        await asyncio.gather(*(worker(k) for k in range(connections)))
        elapsed = time.monotonic() - began
    return {
        "seconds": round(elapsed, 1), "connections": connections, "urls": len(urls), "requests": len(latencies),
        "errors": sum(errors.values()), "error_kinds": dict(list(errors.items())[:10]), "error_details": details,
        "rps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(_percentile(latencies, 50), 1), "p90_ms": round(_percentile(latencies, 90), 1),
        "p99_ms": round(_percentile(latencies, 99), 1), "max_ms": round(max(latencies, default=0), 1),
        # the slowest pages first: (url, p50, p99) in ms
        "slowest": sorted(([u, round(_percentile(v, 50)), round(_percentile(v, 99))] for u, v in by_url.items()), key=lambda x: -x[2])[:6],
    }
