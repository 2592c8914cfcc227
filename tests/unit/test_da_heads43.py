"""Danish capitalised words inside a sentence ending in a body's or a structure's head
(reader.analysis.da_heads43, stop 43)."""

from reader.analysis import analyze


def _names(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label.value) for e in analyze(text, "da").entities if e.label.value in ("PER", "ORG", "LOC")}


def test_a_ferry_line_inside_a_sentence_is_an_organisation() -> None:
    names = _names("Stormen lukker færgerne. Også Alslinjen melder om aflysninger onsdag, og Kalvøbroen er spærret. Øresundsbroen er åben.")
    assert {("Alslinjen", "ORG"), ("Kalvøbroen", "LOC"), ("Øresundsbroen", "LOC")} <= names


def test_not_at_a_sentence_opening_and_not_inside_a_longer_name() -> None:
    names = _names("Beboerforeningen i Tarp holdt møde. Den lokale forening Venner af Mølleparken vil plante træer, "
                   "og Ejerforeningen Strandly er enig.")
    assert not any(text in ("Beboerforeningen", "Mølleparken", "Ejerforeningen") for text, _ in names)


def test_a_ground_named_with_park_or_stadion_is_a_place() -> None:
    names = _names("Hobro vandt 1-0 over OB i Jysk Park efter et sent mål af indskiftede Mikkel Duelund.")
    assert ("Jysk Park", "LOC") in names
