"""The real-news scorer (bench/eval_news.py) on tiny made-up gold files and journeys: its matching and counting
rules are proven here, not on the corpus."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from webmap.journey import Arrival, Event, Journey, Leg, Place, Source

BENCH = Path(__file__).parent.parent / "bench" / "eval_news.py"

PARIS = (48.8566, 2.3522)
LYON = (45.764, 4.8357)
BERLIN = (52.52, 13.405)
ROME = (41.9028, 12.4964)
ORLY = (48.7262, 2.3652)  # 15 km from Paris: the same place at 161 km


@pytest.fixture(scope="module")
def ev():
    spec = importlib.util.spec_from_file_location("eval_news", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def pt(ev, name, where, country=None):
    return ev.Pt(name, where[0], where[1], country)


def test_legs_match_within_161_km_one_to_one(ev):
    paris, lyon, berlin, orly = (pt(ev, "Paris", PARIS), pt(ev, "Lyon", LYON), pt(ev, "Berlin", BERLIN),
                                 pt(ev, "Orly", ORLY))
    gold = [ev.GLeg(paris, berlin, "flight"), ev.GLeg(berlin, lyon, "train")]
    pred = [ev.PLeg(orly, berlin, "plane"), ev.PLeg(orly, berlin, "flight"), ev.PLeg(berlin, lyon, "car")]
    s = ev.score_legs(pred, gold, [paris, berlin, lyon])
    assert (s.pred, s.gold, s.matched) == (3, 2, 2)  # the duplicate leg matches nothing
    assert (s.mode_ok, s.mode_n) == (1, 2)  # plane == flight; car != train
    assert s.reversed == 0 and s.to_nonstop == 0
    assert s.problems[0].startswith("spurious leg")


def test_reversed_and_non_stop_legs_are_counted(ev):
    paris, berlin, rome = pt(ev, "Paris", PARIS), pt(ev, "Berlin", BERLIN), pt(ev, "Rome", ROME)
    gold = [ev.GLeg(paris, berlin)]
    pred = [ev.PLeg(berlin, paris), ev.PLeg(paris, rome)]
    s = ev.score_legs(pred, gold, [paris, berlin])
    assert s.matched == 0 and s.reversed == 1 and s.to_nonstop == 1
    assert s.problems[0] == "leg to a non-stop: Paris -> Rome"  # the hard rule ranks worst
    assert "missed leg: Paris -> Berlin" in s.problems


def test_gold_leg_without_start_matches_on_its_end(ev):
    paris, berlin, rome = pt(ev, "Paris", PARIS), pt(ev, "Berlin", BERLIN), pt(ev, "Rome", ROME)
    s = ev.score_legs([ev.PLeg(rome, berlin)], [ev.GLeg(None, berlin)], [berlin, paris])
    assert s.matched == 1
    assert s.to_nonstop == 1  # Rome is no gold stop, even though the leg matched on its end


def test_an_arrival_without_start_matches_only_a_gold_leg_without_one(ev):
    paris, berlin, rome = pt(ev, "Paris", PARIS), pt(ev, "Berlin", BERLIN), pt(ev, "Rome", ROME)
    s = ev.score_legs([ev.PLeg(None, berlin, arrive="2025-01-02")], [ev.GLeg(paris, berlin)], [paris, berlin])
    assert s.matched == 0 and s.to_nonstop == 0 and s.reversed == 0
    assert s.problems == ["spurious leg: ? -> Berlin", "missed leg: Paris -> Berlin"]
    # a gold leg without start goes to the arrival that has none either, a leg with a start to the gold leg with one
    gold = [ev.GLeg(None, berlin), ev.GLeg(rome, berlin)]
    s = ev.score_legs([ev.PLeg(rome, berlin), ev.PLeg(None, berlin)], gold, [rome, berlin])
    assert s.matched == 2


def test_dates_planned_and_invented(ev):
    paris, berlin, lyon = pt(ev, "Paris", PARIS), pt(ev, "Berlin", BERLIN), pt(ev, "Lyon", LYON)
    gold = [ev.GLeg(paris, berlin, depart="2025-01-02", arrive="2025-01-03", planned=True),
            ev.GLeg(berlin, lyon, arrive="2025-01-05")]
    pred = [ev.PLeg(paris, berlin, depart="2025-01-02", arrive="2025-01-04", planned=True),
            ev.PLeg(berlin, lyon, depart="2025-01-05")]  # a one-date leg may carry it on either end
    s = ev.score_legs(pred, gold, [paris, berlin, lyon])
    assert (s.date_ok, s.date_n) == (2, 3)
    assert (s.planned_ok, s.planned_n) == (2, 2)
    s = ev.score_legs([ev.PLeg(paris, berlin, arrive="2025-01-09")], [ev.GLeg(paris, berlin)], [paris, berlin])
    assert s.date_invented == 1 and s.date_n == 0 and s.planned_ok == 1


def test_modes_have_one_spelling(ev):
    assert ev.same_mode("air", "flight") and ev.same_mode("ship", "boat") and ev.same_mode("walking", "foot")
    assert not ev.same_mode("unknown", "car") and not ev.same_mode("ferry", "ship")


def test_countries_match_by_code(ev):
    china_gold = ev.Pt("China", 35.0, 103.0, "CN")
    china_pred = ev.Pt("China", 39.9, 116.4, "CN")  # the capital: 1,200 km away, the same country
    assert ev.near(china_gold, china_pred)
    assert not ev.near(china_gold, ev.Pt("Beijing", 39.9, 116.4))


def test_stops_recognition_and_resolution(ev):
    paris, berlin, lyon = pt(ev, "Paris", PARIS), pt(ev, "Berlin", BERLIN), pt(ev, "Lyon", LYON)
    assert ev.score_points([paris, pt(ev, "Orly", ORLY), lyon], [paris, berlin]) == (1, 2, 2)  # Orly is Paris
    assert ev.score_points([lyon], [paris, pt(ev, "Orly", ORLY)]) == (0, 1, 1)
    assert ev.score_recognition(["Paris", "Paris", "Texas"], ["Paris", "Berlin"]) == (1, 2, 2)
    mentions = [("Paris", ev.Pt("Paris", 33.66, -95.55)), ("France", ev.Pt("France", 46, 2, "FR"))]
    gold = [("Paris", paris, False), ("France", ev.Pt("France", 46.6, 2.2, "FR"), True), ("Lyon", lyon, False)]
    assert ev.resolution(mentions, gold) == (1, 3, 0, 2)  # Paris, Texas is recognised but misplaced
    log: list[dict] = []
    ev.resolution(mentions, gold, log)  # --places lists the non-country places not placed, and why
    assert [(r["class"], r["gold"], r.get("got")) for r in log] == [("far", "Paris", "Paris"), ("missed", "Lyon", None)]
    assert log[0]["km"] > 7000


def _gold(**kw):
    g = {"id": "x01-test", "url": "https://example.org/a", "published": "2025-01-01", "split": "dev",
         "places": [{"surface": "Paris", "name": "Paris", "country": "FR", "kind": "city", "lat": PARIS[0],
                     "lon": PARIS[1], "stop": True},
                    {"surface": "Berlin", "name": "Berlin", "country": "DE", "kind": "city", "lat": BERLIN[0],
                     "lon": BERLIN[1], "stop": True},
                    {"surface": "Germany", "name": "Germany", "country": "DE", "kind": "country", "lat": 51.2,
                     "lon": 10.4, "stop": False}],
         "legs": [{"traveller": "A", "from": "Paris", "to": "Berlin", "mode": "train", "depart": None,
                   "arrive": None, "planned": False}],
         "events": []}
    g.update(kw)
    return g


def test_gold_and_journey_become_points(ev):
    gold = _gold()
    gold["places"].append({**gold["places"][1], "surface": "BERLIN"})  # a dateline: the same stop written twice
    legs, stops = ev.gold_legs(gold)
    assert [(g.frm.name, g.to.name) for g in legs] == [("Paris", "Berlin")]
    assert [s.name for s in stops] == ["Paris", "Berlin"]
    with pytest.raises(ValueError, match="Rome"):
        ev.gold_legs(_gold(legs=[{"from": "Paris", "to": "Rome"}]))
    places = {"paris": Place("paris", "Paris", "FR", *PARIS), "lyon": Place("lyon", "Lyon", "FR", *LYON),
              "berlin": Place("berlin", "Berlin", "DE", *BERLIN), "rome": Place("rome", "Rome", "IT", *ROME)}
    j = Journey("t", Source(), places,
                legs=[Leg("A", "paris", "berlin", "train", depart="2025-01-01", arrive="2025-01-02", via=["lyon"],
                          note="Planned: still to come.")],
                events=[Event("summit", "rome"), Event("talks", "berlin")],
                arrivals=[Arrival("B", "rome", "flight", arrive="2025-01-05")])
    plegs, pstops = ev.journey_legs(j)
    assert (plegs[-1].frm, plegs[-1].to.name, plegs[-1].arrive) == (None, "Rome", "2025-01-05")
    plegs = plegs[:-1]
    # split at its via point, as the gold splits a leg at a layover
    assert [(g.frm.name, g.to.name) for g in plegs] == [("Paris", "Lyon"), ("Lyon", "Berlin")]
    assert all(g.planned and g.mode == "train" for g in plegs)
    assert (plegs[0].depart, plegs[0].arrive, plegs[1].depart, plegs[1].arrive) == ("2025-01-01", None, None,
                                                                                    "2025-01-02")
    assert [s.name for s in pstops] == ["Paris", "Lyon", "Berlin", "Rome"]


def test_changed_or_missing_texts_are_skipped_not_scored(ev, tmp_path):
    gold_dir, texts = tmp_path / "gold", tmp_path / "texts"
    gold_dir.mkdir()
    texts.mkdir()
    text = "A left Paris for Berlin by train."
    for gid, sha in (("x01-ok", hashlib.sha256(text.encode()).hexdigest()), ("x02-changed", "0" * 64),
                     ("x03-missing", "0" * 64)):
        (gold_dir / f"{gid}.gold.json").write_text(json.dumps(_gold(id=gid, sha256=sha)))
        if gid != "x03-missing":
            (texts / f"{gid}.txt").write_text(text, encoding="utf-8")
    (gold_dir / "x04-test.gold.json").write_text(json.dumps(_gold(id="x04-test", split="test")))
    arts = ev.load_articles(gold_dir, texts, "dev")
    assert [(a.id, a.text is not None) for a in arts] == [("x01-ok", True), ("x02-changed", False),
                                                          ("x03-missing", False)]
    assert "sha256" in arts[1].problem and "missing" in arts[2].problem
    assert len(ev.load_articles(gold_dir, texts, "all")) == 4


def test_whole_run_on_a_made_up_article(ev, tmp_path, gazetteer_path, capsys):
    gold_dir, texts = tmp_path / "gold", tmp_path / "texts"
    gold_dir.mkdir()
    texts.mkdir()
    text = "The minister left Paris by train on Monday and arrived in Berlin, the capital of Germany."
    (texts / "x01-test.txt").write_text(text, encoding="utf-8")
    gold = _gold(id="x01-test", sha256=hashlib.sha256(text.encode()).hexdigest())
    (gold_dir / "x01-test.gold.json").write_text(json.dumps(gold))
    rc = ev.main(["--gold", str(gold_dir), "--texts", str(texts), "--gazetteer", str(gazetteer_path), "--json"])
    res = json.loads(capsys.readouterr().out)
    assert rc == 0 and res["articles"] == 1 and res["split"] == "dev"
    assert res["recognition"]["recall"] == 1.0  # Paris, Berlin, Germany
    assert res["legs_counts"]["gold"] == 1
    rc = ev.main(["--gold", str(gold_dir), "--texts", str(tmp_path / "none")])
    assert rc == 2 and "rebuild.py" in capsys.readouterr().err


def test_the_same_travellers_leg_is_matched_first(ev):
    khartoum, airport = pt(ev, "Khartoum", (15.5007, 32.5599)), pt(ev, "Khartoum Airport", (15.5895, 32.5532))
    gold = [ev.GLeg(None, khartoum, traveller="Salva Kiir", planned=True),
            ev.GLeg(None, airport, traveller="Riek Machar")]
    s = ev.score_legs([ev.PLeg(None, khartoum, traveller="Machar")], gold, [khartoum, airport])
    assert s.matched == 1 and "missed leg: ? -> Khartoum" in s.problems  # Kiir's is the one missed
    assert ev.same_traveller("Riek Machar", "Machar") and not ev.same_traveller("Salva Kiir", "Machar")
