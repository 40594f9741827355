"""Shared fixtures: a real headless Chromium that may reach nothing but this machine."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlparse

import pytest

CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail("Debian's chromium is not installed: run `make browser` (apt-get install chromium)")
    return path


def is_local(url: str) -> bool:
    parsed = urlparse(url)
    if parsed.scheme in {"data", "blob", "about", "file"}:
        return True
    return parsed.scheme in {"http", "https"} and parsed.hostname in LOCAL_HOSTS


@dataclass
class WatchedPage:
    """A Playwright page plus everything that went wrong on it."""

    page: object
    blocked: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.blocked == [], f"non-local requests: {self.blocked}"
        assert self.failed == [], f"failed requests: {self.failed}"
        assert self.console_errors == [], f"console errors: {self.console_errors}"
        assert self.dialogs == [], f"dialogs opened: {self.dialogs}"


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def watched_page(browser) -> Iterator[WatchedPage]:
    """A fresh page whose every non-local request is blocked and recorded."""
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    page = context.new_page()
    watched = WatchedPage(page)

    def route(r):
        if is_local(r.request.url):
            r.continue_()
        else:
            watched.blocked.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("requestfailed", lambda req: watched.failed.append(f"{req.url} {req.failure}"))
    page.on("console", lambda msg: msg.type == "error" and watched.console_errors.append(msg.text))
    page.on("pageerror", lambda exc: watched.console_errors.append(str(exc)))

    def on_dialog(dialog):
        watched.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    yield watched
    context.close()


# ---- gazetteer fixtures (owned by the gazetteer package; append-only section) -------------------------

@pytest.fixture(scope="session")
def gazetteer_path(tmp_path_factory) -> object:
    """Path of a gazetteer database built fresh, once per test session, from the real GeoNames data."""
    from gazetteer import build

    path = tmp_path_factory.mktemp("gazetteer") / "gazetteer.sqlite3"
    build(path, progress=False)
    return path


@pytest.fixture(scope="session")
def gazetteer(gazetteer_path) -> Iterator[object]:
    """A `gazetteer.Gazetteer` on that database (offline: no online fallback). Shared: do not close it."""
    from gazetteer import Gazetteer

    gz = Gazetteer.open(gazetteer_path, build=False, progress=False)
    yield gz
    gz.close()

# ---- end of gazetteer fixtures -------------------------------------------------------------------------


# ---- journey fixtures ------------------------------------------------------------------------------------------

HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.fixture
def seed_journey(gazetteer):
    """The bundled seed journey, located with the real gazetteer (a fresh copy per test)."""
    from webmap.locate import locate
    from webmap.seed import load_seed

    journey = load_seed()
    assert locate(journey, gazetteer) == []
    return journey


@pytest.fixture
def hostile_journey():
    """A journey whose place name, traveller, title and quotes carry HTML/JS; located by hand."""
    from webmap.journey import from_dict

    text = f"Rex left {HOSTILE}ville by car` ${{alert(2)}} on Monday and reached Dandong </script> on Tuesday."
    start = text.index(HOSTILE)
    return from_dict({
        "schema": "webmap.journey/1", "title": f"Trip {HOSTILE}", "source": {"title": HOSTILE},
        "places": {"evil": {"name": f"{HOSTILE}ville", "lat": 40.5, "lon": 122.0, "source": HOSTILE},
                   "dandong": {"name": "Dandong", "country": "CN", "lat": 40.129, "lon": 124.395}},
        "legs": [{"traveller": HOSTILE, "from": "evil", "to": "dandong", "mode": "car", "depart": "2025-09-01",
                  "arrive": "2025-09-02", "quote": {"start": 0, "end": len(text), "text": text}}],
        "events": [{"title": HOSTILE, "place": "evil", "date": "2025-09-03",
                    "quote": {"start": 0, "end": len(text), "text": text}}],
        "mentions": [{"place": "evil", "surface": f"{HOSTILE}ville", "start": start, "end": start + len(HOSTILE) + 5,
                      "role": HOSTILE}],
    }, text)


@pytest.fixture
def seed_map_page(seed_journey, watched_page, tmp_path) -> WatchedPage:
    """The exported seed map (one file, inlined assets) opened from file:// in a watched page."""
    from webmap.draw.leaflet import map_html

    path = tmp_path / "map.html"
    path.write_text(map_html(seed_journey, inline=True), encoding="utf-8")
    watched_page.page.goto(path.as_uri())
    watched_page.page.wait_for_selector(".wm-marker")
    return watched_page


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours ('#rgb' or '#rrggbb')."""
    def lum(h: str) -> float:
        h = h.lstrip("#")
        h = h if len(h) == 6 else "".join(c * 2 for c in h)
        c = [int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)]
        c = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in c]
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


# ---- accessibility (axe-core, vendored for the tests) -----------------------------------------------------------

AXE_JS = __import__("pathlib").Path(__file__).with_name("assets") / "axe-core" / "axe.min.js"


def axe_violations(page, *, exclude: tuple[str, ...] = ()) -> list[dict]:
    """Run axe-core in a Playwright page; the violations as dicts (id, impact, help, node targets).

    The script is evaluated over the DevTools protocol, which a page's Content-Security-Policy does not block.
    """
    page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    result = page.evaluate(
        """async (exclude) => {
            const ctx = exclude.length ? {exclude: exclude.map(s => [s])} : document;
            const r = await axe.run(ctx, {resultTypes: ['violations']});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                           targets: v.nodes.map(n => n.target.join(' '))}));
        }""", list(exclude))
    return result


# ---- PostgreSQL fixtures (the PostgreSQL store, issue 10) -------------------------------------------------------

@pytest.fixture(scope="session")
def postgres() -> Iterator[object]:
    """A PostgreSQL server of its own for the whole session (Debian's binaries; `make test` installs them)."""
    from pgserver import binaries, running

    if binaries() is None:
        pytest.skip("PostgreSQL is not installed: no /usr/lib/postgresql/*/bin/initdb (make postgres installs it)")
    with running() as server:
        yield server


@pytest.fixture
def postgres_url(postgres) -> str:
    """A fresh, empty schema of its own on the session's server, as a store URL."""
    import uuid

    schema = "t_" + uuid.uuid4().hex[:12]
    postgres.sql(f"CREATE SCHEMA {schema}")
    return postgres.url("postgres", options=f"-csearch_path%3D{schema}")


# ---- job fork server -------------------------------------------------------------------------------------------

@pytest.fixture(scope="session", autouse=True)
def warm_fork_server() -> None:
    """Start the job fork server once, warm, before any test, as `webmap serve` does before it serves: a test app
    otherwise starts it on its first map or story, and that first job pays for the fork server's warm-up."""
    from webmap.web.jobs import start_forkserver, wait_forkserver

    start_forkserver()
    wait_forkserver()
