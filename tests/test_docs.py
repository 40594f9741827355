"""The README's picture is the real seed map, and the tool that makes it still works."""

from __future__ import annotations

import importlib.util
import struct
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
def test_screenshot_tool_draws_a_map(gazetteer, tmp_path):
    spec = importlib.util.spec_from_file_location("screenshot", ROOT / "tools" / "screenshot.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    out = tmp_path / "map.png"
    tool.main(str(out), gazetteer)
    data = out.read_bytes()
    assert png_size(data) == (1100, 700)
    # A blank or failed page compresses to almost nothing; a drawn map with text and shapes does not.
    assert len(data) > 50_000 and len(zlib.compress(data)) > 40_000
