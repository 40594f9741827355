"""Make the README's pictures: the seed map (and the story page when a server URL is given) in headless Chromium.

Run: python tools/screenshot.py [docs/map.png]
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from gazetteer.resolve import Gazetteer
from webmap.draw.leaflet import map_html
from webmap.locate import locate
from webmap.seed import load_seed

ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu"]


def main(out: str = "docs/map.png") -> None:
    journey = load_seed()
    locate(journey, Gazetteer.open())
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp, "map.html")
        page_path.write_text(map_html(journey, inline=True), encoding="utf-8")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=shutil.which("chromium"), args=ARGS)
            page = browser.new_page(viewport={"width": 1100, "height": 700})
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
            page.goto(page_path.as_uri())
            page.wait_for_selector(".wm-marker")
            page.click('[data-place="dandong"]')
            page.wait_for_timeout(500)
            Path(out).parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=out)
            browser.close()
    print(f"wrote {out}")


if __name__ == "__main__":
    main(*sys.argv[1:])
