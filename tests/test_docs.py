"""The README's picture is the real seed map, and the tool that makes it still works."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_readme_shows_the_committed_screenshot():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "](docs/map.png)" in readme
    assert png_size((ROOT / "docs" / "map.png").read_bytes()) == (1100, 700)


@pytest.mark.browser
def test_screenshot_tool_draws_a_map(gazetteer_path, tmp_path):
    # Its own process: Playwright's sync API cannot start inside the session's running browser fixture.
    out = tmp_path / "map.png"
    env = {**os.environ, "WEBMAP_GAZETTEER": str(gazetteer_path)}
    proc = subprocess.run([sys.executable, str(ROOT / "tools" / "screenshot.py"), str(out)], env=env,
                          capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    data = out.read_bytes()
    assert png_size(data) == (1100, 700)
    # A blank or failed page compresses to almost nothing; a drawn map with text and shapes does not.
    assert len(data) > 50_000 and len(zlib.compress(data)) > 40_000
