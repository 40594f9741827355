"""Place search for the editor: the gazetteer's ranked candidates for what a person has typed so far.

The gazetteer answers whole names from a hash index (``Gazetteer.lookup``); a search box also needs the names that
*start* with what was typed ("Shen" → Shenyang). ``PrefixIndex`` keeps every indexed name once, sorted, as UTF-8
bytes in one buffer with an offsets array (about 20 MB for the ~780,000 names, built in about 2 s from the
gazetteer's public ``iter_names``); a prefix is two binary searches, and the most populous names in the range are
the completions. Very short prefixes cover many names, so their answers are remembered.
"""

from __future__ import annotations

import heapq
import logging
import threading
from array import array
from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from gazetteer.normalise import normalise
from gazetteer.resolve import W_EXACT

__all__ = ["PlaceSearch", "PrefixIndex"]

log = logging.getLogger(__name__)

MAX_SCAN = 4000  # names scanned for one prefix before its answer is remembered instead
PER_NAME = 3  # places shown for one completed name ("San Jose": the three most likely)
# A place called exactly what was typed keeps the gazetteer's whole bonus for an exact name, so no completion
# (however large: "Dandong Shi", the prefecture, when "Dandong" was typed) comes before it.
TYPED_BONUS = W_EXACT


class _Names(Sequence):
    """The sorted names as a sequence of bytes, for ``bisect``."""

    def __init__(self, buf: bytes, offs: array) -> None:
        self.buf, self.offs = buf, offs

    def __len__(self) -> int:
        return len(self.offs) - 1

    def __getitem__(self, i: int) -> bytes:  # type: ignore[override]
        return self.buf[self.offs[i]:self.offs[i + 1] - 1]


class PrefixIndex:
    """Normalised names with the population of the largest place so called, searchable by prefix."""

    def __init__(self, names: Sequence[tuple[str, int]]) -> None:
        chunks, offs, pops = [], array("I", [0]), array("q")
        prev = b""
        ordered = True
        for norm, pop in names:
            raw = norm.encode("utf-8")
            ordered = ordered and raw >= prev
            prev = raw
            chunks.append(raw + b"\n")
            offs.append(offs[-1] + len(raw) + 1)
            pops.append(pop or 0)
        if not ordered:  # the gazetteer streams names in order; stay correct if one day it does not
            pairs = sorted(zip((c[:-1] for c in chunks), pops, strict=True))
            chunks = [n + b"\n" for n, _ in pairs]
            pops = array("q", (p for _, p in pairs))
            offs = array("I", [0])
            for c in chunks:
                offs.append(offs[-1] + len(c))
        self.names = _Names(b"".join(chunks), offs)
        self.pops = pops
        self._memo: dict[bytes, list[str]] = {}

    def __contains__(self, norm: str) -> bool:
        raw = norm.encode("utf-8")
        i = bisect_left(self.names, raw)
        return i < len(self.names) and self.names[i] == raw

    def complete(self, prefix: str, limit: int = 8) -> list[str]:
        """The ``limit`` most populous names starting with ``prefix`` (already normalised), largest first."""
        p = prefix.encode("utf-8")
        if not p:
            return []
        if p in self._memo:
            return self._memo[p][:limit]
        lo = bisect_left(self.names, p)
        hi = bisect_left(self.names, p + b"\xff", lo)  # 0xff never occurs in UTF-8
        best = heapq.nlargest(max(limit, 16), range(lo, hi), key=self.pops.__getitem__)
        out = [self.names[i].decode("utf-8") for i in best]
        if hi - lo > MAX_SCAN:
            self._memo[p] = out
        return out[:limit]


class PlaceSearch:
    """Ranked places for a search box: places called what was typed and places whose name starts so, in the
    gazetteer's own ranking (name, kind, population, nearness), a completion a little behind an exact name."""

    def __init__(self, gazetteer: Any) -> None:
        """``gazetteer``: a Gazetteer, or a function that opens it (so a page can warm the index without waiting
        for the gazetteer to open, or to be built on a fresh machine)."""
        self._gazetteer = gazetteer
        self._index: PrefixIndex | None = None
        self._lock = threading.Lock()

    @property
    def gazetteer(self) -> Any:
        return self._gazetteer() if callable(self._gazetteer) else self._gazetteer

    def index(self) -> PrefixIndex:
        with self._lock:
            if self._index is None:
                self._index = PrefixIndex(list(self.gazetteer.iter_names()))
            return self._index

    def warm(self) -> None:
        """Build the prefix index in the background (the editor page asks for it before anyone types)."""
        if self._index is None:
            threading.Thread(target=self._build_quietly, name="place-prefix-index", daemon=True).start()

    def _build_quietly(self) -> None:
        try:
            self.index()
        except Exception:  # noqa: BLE001 - a search will try again and report the error to its caller
            log.warning("place search: the prefix index could not be built", exc_info=True)

    def search(self, query: str, near: tuple[float, float] | None = None, limit: int = 10) -> list[dict[str, Any]]:
        norm = normalise(query)
        if not norm:
            return []
        anchors = [near] if near else None
        gazetteer = self.gazetteer
        out: list[dict[str, Any]] = []
        seen: set[tuple] = set()

        def add(name: str, per_name: int) -> None:
            for cand in gazetteer.lookup(name, near=anchors)[:per_name]:
                p = cand.place
                ident = (p.geonameid, p.name, round(p.lat, 4), round(p.lon, 4))
                if ident in seen or len(out) >= limit:
                    continue
                seen.add(ident)
                # The gazetteer's score, less its bonus for matching the name looked up (a completion's), plus
                # one for being called exactly what was typed: kind, population and nearness decide the rest.
                typed = normalise(p.name) == norm
                score = cand.score - (W_EXACT if cand.match == "exact" else 0.0) + (TYPED_BONUS if typed else 0.0)
                out.append({"geonameid": p.geonameid, "name": p.name, "country": p.country, "admin1": p.admin1,
                            "kind": p.kind, "lat": p.lat, "lon": p.lon, "population": p.population,
                            "source": p.source, "match": "exact" if typed else "prefix", "score": round(score, 3)})

        index = self.index()
        if norm in index:  # only names the gazetteer holds: typing never sends a query to an online geocoder
            add(query, 5)
        if len(norm) >= 2 and len(out) < limit:
            for name in index.complete(norm, limit):
                if name != norm:
                    add(name, PER_NAME)
                if len(out) >= limit:
                    break
        out.sort(key=lambda c: -c["score"])
        return out
