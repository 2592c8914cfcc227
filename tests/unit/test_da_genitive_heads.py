"""A Danish body's genitive alone is listed under the body's name (canonical._DA_HEADS, stop 43)."""

from reader.analysis import analyze


def test_a_municipality_named_only_in_the_genitive() -> None:
    text = "Retten har idømt Vejen Kommunes tidligere direktør en bøde, og Aarhus Universitets rektor er enig."
    canon = {e.text: e.canonical for e in analyze(text, "da").entities if e.label.value in ("ORG", "LOC")}
    assert canon.get("Vejen Kommunes") == "Vejen Kommune"
    assert canon.get("Aarhus Universitets") == "Aarhus Universitet"


def test_a_name_that_ends_in_s_keeps_it() -> None:
    text = "Turen går til Aarhus og Mols, siger Lars Vestergaard fra Hjortshøj Vandværk."
    canon = {e.text: e.canonical for e in analyze(text, "da").entities}
    assert canon.get("Aarhus") == "Aarhus" and canon.get("Lars Vestergaard") == "Lars Vestergaard"
