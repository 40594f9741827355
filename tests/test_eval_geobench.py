"""The public-benchmark scorer (bench/eval_geobench.py) on tiny made-up XML in both corpus formats: its reading,
matching and counting rules are proven here, not on the corpora."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).parent.parent / "bench" / "eval_geobench.py"

GEOVIRUS = """<articles>
<article><text>Flu in Paris and Lyon. The French &amp; Italians.</text><locations>
<location><name>Paris</name><start>7</start><end>12</end><lat>48.85</lat><lon>2.35</lon></location>
<location><name>Lyon</name><start>18</start><end>22</end><lat>45.76</lat><lon>4.84</lon></location>
</locations></article>
<article><text>Cases in New York and in France.</text><locations>
<location><name>New York</name><start>9</start><end>17</end><lat>40.71</lat><lon>-74.0</lon></location>
<location><name>France</name><location><name>France</name><start>25</start><end>31</end><lat>46.0</lat><lon>2.0</lon>
</location></locations></article>
<article><text></text><locations><location><name>Nowhere</name><start>0</start><end>7</end><lat>0</lat><lon>0</lon>
</location></locations></article>
</articles>"""

TRNEWS = """<articles>
<article docid="1">
<text><![CDATA[Turkish exports to Izmir & Zzyzx rose.]]></text>
<toponyms>
<toponym><phrase>Turkish</phrase><start>0</start><end>7</end>
<gaztag geonameid="298795"><name>Turkey</name><fclass>A</fclass><fcode>PCLI</fcode><lat>39</lat><lon>35</lon></gaztag>
</toponym>
<toponym><phrase>Izmir</phrase><start>19</start><end>24</end>
<gaztag geonameid="311046"><name>Izmir</name><fclass>P</fclass><fcode>PPLA</fcode><lat>38.41</lat><lon>27.14</lon>
</gaztag></toponym>
<toponym><phrase>Zzyzx</phrase><start>27</start><end>32</end></toponym>
</toponyms>
</article>
</articles>"""


@pytest.fixture(scope="module")
def ev():
    spec = importlib.util.spec_from_file_location("eval_geobench", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_geovirus_is_read_leniently(ev):
    corpus = ev.parse(GEOVIRUS)
    assert corpus.format == "geovirus" and not corpus.demonyms
    assert len(corpus.docs) == 2  # the empty template article is skipped
    first, second = corpus.docs
    assert first.text.endswith("The French & Italians.")  # entities decoded
    assert [(g.name, first.text[g.start:g.end]) for g in first.gold] == [("Paris", "Paris"), ("Lyon", "Lyon")]
    assert (first.gold[1].start, first.gold[1].end) == (17, 21)  # re-anchored from 18..22
    # the malformed nested <location> still yields France, once
    assert [g.name for g in second.gold] == ["New York", "France"]
    assert all(g.country is None for g in second.gold)  # decided later from the gazetteer


def test_trnews_is_read_with_countries_demonyms_and_unresolvable(ev):
    corpus = ev.parse(TRNEWS)
    assert corpus.format == "trnews" and corpus.demonyms
    (doc,) = corpus.docs
    assert doc.text == "Turkish exports to Izmir & Zzyzx rose."  # CDATA is not unescaped
    assert [(g.name, g.country, g.located) for g in doc.gold] == [
        ("Turkish", True, True), ("Izmir", False, True), ("Zzyzx", None, False)]


def test_a_gold_span_too_far_from_its_name_is_dropped_not_guessed(ev):
    xml = GEOVIRUS.replace("<start>18</start><end>22</end>", "<start>1</start><end>5</end>")
    corpus = ev.parse(xml)
    assert [g.name for g in corpus.docs[0].gold] == ["Paris"]
    assert corpus.dropped and "Lyon" in corpus.dropped[0]


def test_recognition_exact_and_overlapping_one_to_one(ev):
    doc = ev.Doc("d", "Cases in New York and New Jersey.", [ev.Gold(9, 17, "New York", 40.71, -74.0, False),
                                                          ev.Gold(22, 32, "New Jersey", 40.2, -74.5, False)])
    preds = [ev.Pred(9, 17, "New York City", 40.71, -74.0), ev.Pred(13, 17, "York", 53.96, -1.08),
             ev.Pred(26, 32, "Jersey", 40.2, -74.5)]
    t = ev.score_doc(doc, preds, demonyms=False)
    assert (t.pred, t.gold, t.exact, t.overlap) == (3, 2, 1, 2)  # "York" may not pair with the taken New York
    f = ev.figures(t)
    assert f["recognition_exact"] == {"precision": 0.333, "recall": 0.5, "f1": 0.4}
    assert f["recognition_overlap"]["recall"] == 1.0


def test_demonyms_count_only_where_the_corpus_annotates_them(ev):
    doc = ev.Doc("d", "Turkish exports.", [ev.Gold(0, 7, "Turkish", 39.0, 35.0, True)])
    pred = [ev.Pred(0, 7, "Turkey", 39.0, 35.0, demonym=True)]
    assert ev.score_doc(doc, pred, demonyms=True).exact == 1
    no = ev.score_doc(ev.Doc("d", "Turkish exports.", []), pred, demonyms=False)
    assert (no.pred, no.exact) == (0, 0)


def test_accuracy_at_161_km_over_recognised_gold_with_a_point(ev):
    text = "Paris, Lyon, Paris, Zzyzx, France."
    gold = [ev.Gold(0, 5, "Paris", 48.85, 2.35, False), ev.Gold(7, 11, "Lyon", 45.76, 4.84, False),
            ev.Gold(13, 18, "Paris", 48.85, 2.35, False), ev.Gold(20, 25, "Zzyzx", None, None, None),
            ev.Gold(27, 33, "France", 46.0, 2.0, True)]
    preds = [ev.Pred(0, 5, "Paris", 48.86, 2.35),  # right
             ev.Pred(7, 11, "Lyon", 45.76, 4.84),  # right
             ev.Pred(20, 25, "Zzyzx", 35.1, -116.1),  # recognised, but gold has no point: not in resolution
             ev.Pred(27, 33, "Paris, Texas", 33.66, -95.56)]  # a country placed 7,700 km away
    log: list[dict] = []
    f = ev.figures(ev.score_doc(ev.Doc("d", text, gold), preds, demonyms=False, log=log))
    assert f["acc161"] == {"share": 0.667, "n": 3}
    assert f["acc161_non_country"] == {"share": 1.0, "n": 2}
    assert f["non_country_recognised_within_161km_of_all"] == {"share": 0.667, "n": 3}  # the 2nd Paris missed
    assert 2500 < f["mean_error_km"] < 2700 and f["median_error_km"] < 5
    assert {r["class"] for r in log} == {"missed", "far"}


def test_geovirus_countries_come_from_the_rule_and_peer_recognition(ev):
    corpus = ev.parse(GEOVIRUS)
    calls = []

    def is_country(g):
        calls.append(g.name)
        return g.name == "France"

    def predict(text):
        i = text.find("France")
        return [ev.Pred(i, i + 6, "France", 46.0, 2.0)] if i >= 0 else []

    res = ev.evaluate(corpus, predict, is_country=is_country, peer=lambda text: [(0, 3)])
    assert sorted(calls) == ["France", "Lyon", "New York", "Paris"]
    assert res["acc161"] == {"share": 1.0, "n": 1} and res["acc161_non_country"] == {"share": None, "n": 0}
    assert res["non_country_recognised_within_161km_of_all"] == {"share": 0.0, "n": 3}
    assert res["geotext"]["recognition_exact"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert ev.evaluate(corpus, predict, peer=lambda text: None)["geotext"] is None


def test_offsets_that_drift_along_a_text_still_anchor(ev):
    # every stated offset is 3 further on than the last: each is 3 characters out from the one before
    text = "Oslo, Bergen, Tromso, Narvik and Alta."
    spans = [(0, 4, "Oslo"), (6, 12, "Bergen"), (14, 20, "Tromso"), (22, 28, "Narvik"), (33, 37, "Alta")]
    body = "".join(f"<location><name>{n}</name><start>{s + 3 * k}</start><end>{e + 3 * k}</end><lat>0</lat>"
                   f"<lon>0</lon></location>" for k, (s, e, n) in enumerate(spans))
    corpus = ev.parse(f"<articles><article><text>{text}</text><locations>{body}</locations></article></articles>")
    assert [(g.start, g.end, g.name) for g in corpus.docs[0].gold] == spans
    assert not corpus.dropped
