"""World regions, seas and oceans, islands and landmarks that news names and no data set in the build carries.

Why: GeoNames' city tables and the derived first-level regions (see ``admin.py``) have no "West Africa", no
"Mediterranean", no "Borneo". The rows live in ``data/geography.tsv``, each a representative point typed by hand
and checked by a test against Natural Earth land (seas off it, the rest on it); the source string says so.
"""

from __future__ import annotations

import csv
import pathlib

from .rows import SourcedPlace

__all__ = ["GEOGRAPHY_TSV", "GEOGRAPHY_SOURCE", "geography_places"]

GEOGRAPHY_TSV = pathlib.Path(__file__).with_name("data") / "geography.tsv"
GEOGRAPHY_SOURCE = "webmap geography table (hand-typed point, checked against Natural Earth land)"


def geography_places(path: pathlib.Path = GEOGRAPHY_TSV) -> list[SourcedPlace]:
    """The table's rows; a leading "the " is an alias, never part of the display name."""
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        name = row["name"].strip()
        aliases = tuple(a.strip() for a in row["aliases"].split(";") if a.strip())
        out.append(SourcedPlace(name.removeprefix("the "), float(row["lat"]), float(row["lon"]),
                                row["country"].strip(), row["kind"].strip(), int(row["population"] or 0),
                                GEOGRAPHY_SOURCE, names=(name, *aliases)))
    return out
