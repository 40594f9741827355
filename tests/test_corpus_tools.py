"""corpus/rebuild.py (HTML to text, --from), corpus/from_excerpt.py and corpus/check_gold.py on local made-up files: no
network."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent.parent / "corpus"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"corpus_{name}", CORPUS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rebuild():
    return _load("rebuild")


@pytest.fixture(scope="module")
def check_gold():
    return _load("check_gold")


PAGE = """<html><head><title>T</title><script>var x = "<p>not text</p>";</script></head><body>
<nav><p>Home | World</p></nav>
<h1>Pope arrives in Beirut</h1>
<p>BEIRUT &mdash; Pope Leo <b>landed</b> in
   Beirut on Sunday.</p>
<figure><figcaption>A photo caption</figcaption></figure>
<p>He flew from Ankara.<br>More later.</p>
<footer><p>Share this</p></footer></body></html>"""


def test_html_to_text_keeps_paragraphs_only(rebuild):
    text = rebuild.html_to_text(PAGE)
    assert text == ("Pope arrives in Beirut\nBEIRUT — Pope Leo landed in Beirut on Sunday.\n"
                    "He flew from Ankara. More later.")


def test_cut_ends_after_a_whole_sentence(rebuild):
    text = "One sentence here. Two sentences “quoted.” Three is cut off mid"
    assert rebuild.cut(text, 50) == "One sentence here. Two sentences “quoted.”"
    assert rebuild.cut("short", 50) == "short"


def _gold(gid: str, text: str, **kw) -> dict:
    url = f"https://example.org/{gid}"
    g = {"id": gid, "url": url, "published": "2025-01-01", "sha256": hashlib.sha256(text.encode()).hexdigest(),
         "genre": "wire", "continents": ["Europe"], "modes": ["train"], "traps": [], "events": [], "notes": "",
         "places": [{"surface": "Paris", "name": "Paris", "country": "FR", "kind": "city", "lat": 48.86,
                     "lon": 2.35, "stop": True},
                    {"surface": "Berlin", "name": "Berlin", "country": "DE", "kind": "city", "lat": 52.52,
                     "lon": 13.4, "stop": True}],
         "legs": [{"traveller": "A", "from": "Paris", "to": "Berlin", "mode": "train", "depart": None,
                   "arrive": None, "planned": False}]}
    g["split"] = "test" if int(hashlib.sha1(url.encode()).hexdigest(), 16) % 3 == 0 else "dev"
    g.update(kw)
    return g


def test_rebuild_from_a_folder(rebuild, tmp_path, capsys):
    gold_dir, src, out = tmp_path / "gold", tmp_path / "copies", tmp_path / "texts"
    gold_dir.mkdir()
    src.mkdir()
    text = "A left Paris for Berlin."
    for gid in ("x01-same", "x02-changed", "x03-absent"):
        (gold_dir / f"{gid}.gold.json").write_text(json.dumps(_gold(gid, text)))
    (src / "x01-same.txt").write_text(text, encoding="utf-8")
    (src / "x02-changed.txt").write_text(text + " Edited.", encoding="utf-8")
    rc = rebuild.main(["--gold", str(gold_dir), "--out", str(out), "--from", str(src)])
    cap = capsys.readouterr()
    assert rc == 1  # one text is missing
    assert (out / "x01-same.txt").read_text(encoding="utf-8") == text
    assert "x01-same: ok" in cap.out and "x02-changed: written, but sha256 differs" in cap.out
    assert cap.err.strip() == f"x03-absent: not in {src}"
    assert rebuild.main(["--gold", str(gold_dir), "--out", str(out), "--from", str(src), "--only", "x01-same"]) == 0
    assert rebuild.main(["--gold", str(gold_dir), "--only", "nope"]) == 2


def test_a_page_that_cannot_be_fetched_is_one_line(rebuild, tmp_path, capsys):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    gold = _gold("x01-bad", "x", url="file:///nonexistent/page.html")
    (gold_dir / "x01-bad.gold.json").write_text(json.dumps(gold))
    assert rebuild.main(["--gold", str(gold_dir), "--out", str(tmp_path / "t")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("x01-bad: cannot fetch file:///nonexistent/page.html") and "Traceback" not in err


def test_check_gold_accepts_a_good_file_and_names_each_problem(check_gold):
    text = "A left Paris for Berlin."
    assert check_gold.check(_gold("x01-ok", text), text) == []
    bad = _gold("x02-bad", text, genre="gossip", split="nope")
    bad["places"][1]["stop"] = False
    bad["places"][0]["lat"] = 123
    bad["places"].append({"surface": "Rome", "name": "Rome", "country": "IT", "kind": "city", "lat": 41.9,
                          "lon": 12.5, "stop": False})
    problems = check_gold.check(bad, text)
    assert any("genre" in p for p in problems)
    assert any(p.startswith("split 'nope'") for p in problems)
    assert any("legs[0].to: 'Berlin' is not the name of a place marked stop" == p for p in problems)
    assert any("lat/lon out of range" in p for p in problems)
    assert any("'Rome'" in p and "not in the text" in p for p in problems)


def test_check_gold_summarises_what_the_files_cover(check_gold):
    a = _gold("x01-a", "t", modes=["train", "flight"], traps=["planned"])
    b = _gold("x02-b", "t", modes=["train"], genre="sport")
    out = check_gold.summary([a, b])
    assert out.splitlines()[0] == "2 articles, 2 gold legs, 4 place names (4 marked stop)"
    assert "modes: train 2, flight 1" in out and "genre: wire 1, sport 1" in out and "traps: planned 1" in out


@pytest.fixture(scope="module")
def from_excerpt():
    return _load("from_excerpt")


def test_a_text_is_rebuilt_from_a_stored_excerpt_only_when_its_sha256_matches(from_excerpt, tmp_path):
    """The annotator dropped the menu line, the byline and a caption, cut after the last whole sentence and ended
    with a newline: the same edits are found again from the excerpt, and nothing is written for another sha256."""
    excerpt = ("Skip to content\nPope arrives in Beirut\nBy A. Reporter\nPope Leo landed in Beirut on Sunday.\n"
               "Photo: the Pope at the airport\nHe flew from Ankara. He will stay three da")
    annotated = "Pope arrives in Beirut\n\nPope Leo landed in Beirut on Sunday.\n\nHe flew from Ankara.\n"
    gold_dir = tmp_path / "news"
    gold_dir.mkdir()
    gold = {"id": "a99-test-beirut", "sha256": hashlib.sha256(annotated.encode()).hexdigest()}
    (gold_dir / "a99-test-beirut.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    saved = tmp_path / "a99.json"
    saved.write_text(json.dumps(excerpt), encoding="utf-8")  # as a tool prints it: a JSON string literal
    texts = tmp_path / "texts"
    assert from_excerpt.main(["a99", str(saved), "--gold", str(gold_dir), "--texts", str(texts)]) == 0
    assert (texts / "a99-test-beirut.txt").read_bytes() == annotated.encode()
    gold["sha256"] = hashlib.sha256(b"another text").hexdigest()
    (gold_dir / "a99-test-beirut.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (texts / "a99-test-beirut.txt").unlink()
    assert from_excerpt.main(["a99", str(saved), "--gold", str(gold_dir), "--texts", str(texts)]) == 1
    assert not (texts / "a99-test-beirut.txt").exists()


def test_a_run_of_whole_lines_below_long_furniture_is_rebuilt_as_the_page_has_it(from_excerpt, tmp_path):
    """Papers Past pages open with dozens of "Article image" lines, and some pages break paragraphs by two blank
    lines: a text kept as one run of whole lines, breaks untouched, is found again."""
    excerpt = ("Article image\n" * 30 + "FLIGHT ENDS\n\n\n\nThe airmen landed at Wellington.\n"
               "They left Sydney on Tuesday.")
    annotated = "FLIGHT ENDS\n\n\n\nThe airmen landed at Wellington."
    gold_dir = tmp_path / "news"
    gold_dir.mkdir()
    gold = {"id": "a98-test-tasman", "sha256": hashlib.sha256(annotated.encode()).hexdigest()}
    (gold_dir / "a98-test-tasman.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    saved = tmp_path / "a98.txt"
    saved.write_text(excerpt, encoding="utf-8")
    texts = tmp_path / "texts"
    assert from_excerpt.main(["a98", str(saved), "--gold", str(gold_dir), "--texts", str(texts)]) == 0
    assert (texts / "a98-test-tasman.txt").read_text(encoding="utf-8") == annotated


def test_an_id_takes_one_letter_or_two_before_its_two_digits(check_gold):
    # the one-letter ids ran out at z99 (2,600 articles): the next ones are aa00, aa01, ...
    text = "A left Paris for Berlin."
    assert check_gold.check(_gold("aa00-next-set", text), text) == []
    for bad_id in ("a7-short", "abc01-three-letters", "A01-capital", "aa001-three-digits"):
        assert any(p.startswith(f"id {bad_id!r}") for p in check_gold.check(_gold(bad_id, text), text)), bad_id


def test_three_or_four_short_lines_dropped_inside_are_found_again(from_excerpt, tmp_path):
    """Annotators dropped a timestamp, a caption and a byline under the headline (k87, w62): three or four short lines
    dropped inside the text are tried too, a longer line never more than two at a time."""
    excerpt = ("Ferry reaches Vava'u\n12:05 pm, 3 March 2021\nPhoto: the ferry at Nuku'alofa\nBy Staff Reporter\n"
               "The ferry left Nuku'alofa on Monday and called at Nomuka and Ha'afeva.\n"
               "It reached Pangai on Tuesday and Vava'u on Wednesday. More to co")
    annotated = ("Ferry reaches Vava'u\n\nThe ferry left Nuku'alofa on Monday and called at Nomuka and Ha'afeva.\n\n"
                 "It reached Pangai on Tuesday and Vava'u on Wednesday.\n")
    gold_dir = tmp_path / "news"
    gold_dir.mkdir()
    gold = {"id": "a97-test-ferry", "sha256": hashlib.sha256(annotated.encode()).hexdigest()}
    (gold_dir / "a97-test-ferry.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    saved = tmp_path / "a97.json"
    saved.write_text(json.dumps(excerpt), encoding="utf-8")
    texts = tmp_path / "texts"
    assert from_excerpt.main(["a97", str(saved), "--gold", str(gold_dir), "--texts", str(texts)]) == 0
    assert (texts / "a97-test-ferry.txt").read_bytes() == annotated.encode()
