"""The bundled seed story: Kim Jong Un's train to Beijing (September 2025)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from webmap.journey import Journey, load

SEED_JOURNEY = "kim-beijing-2025.journey.json"
SEED_TEXT = "kim-beijing-2025.txt"


def data_path(name: str) -> Path:
    return Path(str(resources.files("webmap") / "data" / name))


def seed_journey_path() -> Path:
    return data_path(SEED_JOURNEY)


def load_seed() -> Journey:
    """The curated seed journey with its story text (quotes checked against it)."""
    return load(seed_journey_path())
