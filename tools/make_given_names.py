"""Rebuild gazetteer/data/given_names.txt, first names the geoparser reads as the start of a person's name.

    pip install names==0.3.0 && python tools/make_given_names.py

The names are the 1990 US Census lists of male and female first names (public domain) as shipped in the ``names``
PyPI package (0.3.0; package code MIT). Left out: any name that is also the gazetteer's own name of a country, region,
sea, island, landmark or town of 50,000 people or more ("Florence", "Georgia", "Austin", "Sydney"): a run of words
that begins with one of those may well be a place ("Sydney Harbour"). The file is small and changes only with the
census lists; installing webmap does not need the package.
"""

from __future__ import annotations

import importlib.resources
import sys

from gazetteer import Gazetteer, GazetteerError
from gazetteer.normalise import normalise
from gazetteer.wordlists import GIVEN_NAMES_FILE

_AREAS = ("country", "region", "world-region", "sea", "island", "landmark")
_BIG_TOWN = 50_000


def census_first_names() -> set[str]:
    """The normalised first names of the census lists in the ``names`` package."""
    folder = importlib.resources.files("names")
    out: set[str] = set()
    for part in ("dist.male.first", "dist.female.first"):
        for line in folder.joinpath(part).read_text(encoding="ascii").splitlines():
            if line.strip():
                out.add(normalise(line.split()[0]))
    return out


def main() -> int:
    try:
        names = census_first_names()
    except (ModuleNotFoundError, OSError) as e:
        print(f"make_given_names: needs the 'names' package (pip install names==0.3.0): {e}", file=sys.stderr)
        return 1
    try:
        with Gazetteer.open(progress=True) as gz:
            keep = sorted(n for n in names if not any(
                c.match == "exact" and (c.place.kind in _AREAS or c.place.population >= _BIG_TOWN)
                for c in gz.lookup(n)))
    except GazetteerError as e:
        print(f"make_given_names: {e}", file=sys.stderr)
        return 1
    header = ("# First names of the 1990 US Census (public domain), via the 'names' PyPI package 0.3.0, less the\n"
              "# gazetteer's own names of areas and towns of 50,000+. Made by tools/make_given_names.py.\n")
    GIVEN_NAMES_FILE.write_text(header + "\n".join(keep) + "\n", encoding="utf-8")
    print(f"wrote {GIVEN_NAMES_FILE} ({len(keep)} of {len(names)} names)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
