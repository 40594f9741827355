"""Preloaded by the job fork server: import what extraction and drawing need and run them once on the seed story,
so every child forked for a story or a map starts warm (1.5 s of first-use loading otherwise, per job). Never
raises: a fork server whose preload fails would take every job down with it."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

GAZETTEER: Any = None  # the default gazetteer, opened and warmed here; jobs that name its path use it


def _warm_drawing() -> None:
    """Draw the bundled seed journey (located already): no gazetteer needed."""
    from webmap.render import map_html
    from webmap.seed import load_seed

    map_html(load_seed())


def _warm_extraction() -> None:
    global GAZETTEER
    from gazetteer.resolve import Gazetteer
    from gazetteer.store import default_path
    from webmap.locate import locate
    from webmap.seed import SEED_TEXT, data_path
    from webmap.story import extract

    path = default_path()
    if not path.exists():
        return
    GAZETTEER = Gazetteer.open(path, build=False, progress=False)
    journey = extract(data_path(SEED_TEXT).read_text(encoding="utf-8"), GAZETTEER)
    locate(journey, GAZETTEER)


for _step in (_warm_drawing, _warm_extraction):
    try:
        _step()
    except Exception:  # noqa: BLE001 - see the module's docstring
        log.warning("the job fork server could not warm up (%s)", _step.__name__, exc_info=True)
        if _step is _warm_extraction:
            GAZETTEER = None
