from __future__ import annotations

import pytest

from gazetteer import normalise


@pytest.mark.parametrize("raw, norm", [
    ("P'yŏngyang", "pyongyang"), ("P’yŏngyang", "pyongyang"), ("Pʼyŏngyang", "pyongyang"),
    ("P‘yŏngyang", "pyongyang"), ("P`yongyang", "pyongyang"),
    ("Ürümqi", "urumqi"), ("São Paulo", "sao paulo"), ("SHANGHAI", "shanghai"), ("Straße", "strasse"),
    ("U.S.", "us"), ("St. Louis", "saint louis"), ("St Petersburg", "saint petersburg"),
    ("Mt. Everest", "mount everest"), ("1st Street", "1st street"), ("Washington, D.C.", "washington dc"),
    ("Bosnia-Herzegovina", "bosnia herzegovina"), ("  Xi'an \t", "xian"), ("Oʻzbekiston", "ozbekiston"),
    ("Москва", "москва"), ("北京", "北京"), ("", ""), ("--", ""),
])
def test_normalise(raw: str, norm: str) -> None:
    assert normalise(raw) == norm


def test_idempotent() -> None:
    for s in ["P'yŏngyang", "São Paulo", "U.S.", "Saint-Étienne"]:
        assert normalise(normalise(s)) == normalise(s)


def test_an_ampersand_is_and():
    assert normalise("Turks & Caicos Islands") == normalise("Turks and Caicos Islands") == "turks and caicos islands"
    assert normalise("Antigua&Barbuda") == "antigua and barbuda"
