"""Rebuild the real-news texts (corpus/texts/ID.txt, git-ignored) that the gold files in corpus/news annotate.

    python corpus/rebuild.py                     fetch each article from its URL (needs the internet)
    python corpus/rebuild.py --from DIR          copy DIR/ID.txt instead (a folder of saved copies)
    python corpus/rebuild.py --only ID           one article

The texts are the publishers' and stay out of the repository. A fetched page is reduced to its readable paragraph
text and its first ~2,000 characters (cut after the last whole sentence), like the copy that was annotated; pages
change, so each line says whether the sha256 matches the annotated copy. A mismatch means character offsets may
differ; place names and coordinates still score (bench/eval_news.py skips texts whose sha256 differs, so keep the
annotated copies where you can: --from). One line per article; exit status 1 when any text is missing.
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import re
import sys
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIMIT = 2000
TIMEOUT = 20
USER_AGENT = "Mozilla/5.0 (compatible; webmap-corpus-rebuild/1.0; +https://github.com/webmap)"
_SKIP = frozenset({"script", "style", "noscript", "nav", "footer", "header", "aside", "form", "button", "figure",
                   "figcaption", "svg", "template"})
_BLOCK = frozenset({"p", "h1", "h2", "h3", "li", "blockquote"})


class _Paragraphs(HTMLParser):
    """Text of the paragraph-like elements of a page, outside navigation, scripts and figures."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._skip = 0
        self._depth = 0
        self._buf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag in _BLOCK:
            self._flush()
            self._depth += 1
        elif tag == "br" and self._depth:
            self._buf.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK:
            self._flush()
            self._depth = max(0, self._depth - 1)

    def handle_data(self, data: str) -> None:
        if self._depth and not self._skip:
            self._buf.append(data)

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self._buf)).strip()
        if text:
            self.blocks.append(text)
        self._buf = []


def html_to_text(html: str, limit: int = LIMIT) -> str:
    """The readable paragraphs of a page, one a line, cut to ``limit`` characters after a whole sentence."""
    parser = _Paragraphs()
    parser.feed(html)
    parser.close()
    parser._flush()
    text = "\n".join(b for b in parser.blocks if len(b) > 1)
    return cut(text, limit)


def cut(text: str, limit: int = LIMIT) -> str:
    """``text`` up to ``limit`` characters, ending after its last complete sentence when it has to be cut."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    ends = [m.end() for m in re.finditer(r"[.!?][\"'”’)]?(?=\s|$)", head)]
    return head[:ends[-1]] if ends else head


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fetch(url: str) -> str:
    """The page's HTML; raises OSError (urllib's errors are OSErrors) with a reason."""
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html"})
    with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
        charset = resp.headers.get_content_charset() or "utf-8"
        return resp.read().decode(charset, errors="replace")


def rebuild_one(gold: dict, out: Path, source: Path | None) -> tuple[bool, str]:
    """Write out/ID.txt; (written, message)."""
    gid = gold["id"]
    target = out / f"{gid}.txt"
    if source is not None:
        src = source / f"{gid}.txt"
        if not src.is_file():
            return False, f"{gid}: not in {source}"
        data = src.read_bytes()
    else:
        try:
            data = html_to_text(fetch(gold["url"])).encode("utf-8")
        except (OSError, ValueError, http.client.HTTPException) as e:
            reason = getattr(e, "reason", None) or e
            return False, f"{gid}: cannot fetch {gold['url']}: {reason}"
        if not data.strip():
            return False, f"{gid}: no paragraph text at {gold['url']}"
    target.write_bytes(data)
    if sha256(data) == gold.get("sha256"):
        return True, f"{gid}: ok (sha256 matches the annotated copy)"
    return True, (f"{gid}: written, but sha256 differs from the annotated copy: offsets may differ; surfaces and "
                  f"coordinates still apply (eval_news.py skips it)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=HERE / "news", help="folder of ID.gold.json (default corpus/news)")
    ap.add_argument("--out", type=Path, default=HERE / "texts", help="where to write ID.txt (default corpus/texts)")
    ap.add_argument("--from", dest="source", type=Path, help="copy texts from this folder instead of fetching")
    ap.add_argument("--only", help="rebuild this article id only")
    args = ap.parse_args(argv)
    if args.source is not None and not args.source.is_dir():
        print(f"rebuild: {args.source} is not a folder", file=sys.stderr)
        return 2
    golds = sorted(args.gold.glob("*.gold.json")) if args.gold.is_dir() else []
    if args.only:
        golds = [g for g in golds if g.name == f"{args.only}.gold.json"]
    if not golds:
        print(f"rebuild: no gold files{' for ' + args.only if args.only else ''} in {args.gold}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    missing = 0
    for path in golds:
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
            ok, msg = rebuild_one(gold, args.out, args.source)
        except (OSError, ValueError, KeyError) as e:
            ok, msg = False, f"{path.name}: unreadable gold file: {e}"
        missing += not ok
        print(msg, file=sys.stdout if ok else sys.stderr, flush=True)
    print(f"rebuild: {len(golds) - missing} of {len(golds)} texts in {args.out}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
