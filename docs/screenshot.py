"""Screenshot of a story page for the documentation (docs/story-page.png).

    recoupe analyze /work/shared/corpus/seeds --db /tmp/seeds.db
    python docs/screenshot.py --db /tmp/seeds.db [--story ID] [--out docs/story-page.png]

Serves the database with ``recoupe serve`` on a free loopback port, opens the story (by default
the thread with the most statements that has citation links) in the system's Chromium
(``$RECOUPE_CHROMIUM``, default /usr/bin/chromium) and saves the top of the page as a PNG.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

from playwright.sync_api import sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--hide-scrollbars"]


def _get(base: str, path: str) -> dict:
    with urllib.request.urlopen(base + path, timeout=10) as response:
        return json.load(response)


def pick_story(base: str) -> str:
    """The thread showing the most: citation links first, then the most corroboration statuses,
    then the most statements."""
    threads = _get(base, "/api/stories?level=thread&limit=200")["items"]
    best, best_key = threads[0]["id"], (-1, -1)
    for item in threads:
        story = _get(base, f"/api/stories/{quote(item['id'], safe='')}")
        statements = story["story"]["statements"]
        key = (len(story["sources"]) > 0, len({s.get("status") for s in statements}), len(statements))
        if key > best_key:
            best, best_key = item["id"], key
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--story")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "story-page.png")
    parser.add_argument("--height", type=int, default=2200, help="at most this many pixels of the page")
    args = parser.parse_args()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "recoupe", "serve", "--db", args.db, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                _get(base, "/api")
                break
            except OSError:
                time.sleep(0.1)
        story = args.story or pick_story(base)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=os.environ.get("RECOUPE_CHROMIUM", "/usr/bin/chromium"), args=ARGS)
            page = browser.new_page(viewport={"width": 1200, "height": 900}, device_scale_factor=1)
            page.goto(f"{base}/stories/{quote(story, safe='')}")
            page.wait_for_load_state("load")
            height = min(page.evaluate("document.documentElement.scrollHeight"), args.height)
            page.screenshot(path=str(args.out), full_page=True, clip={"x": 0, "y": 0, "width": 1200, "height": height})
            browser.close()
        print(f"{args.out}: story {story}, {args.out.stat().st_size // 1024} KB")
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
