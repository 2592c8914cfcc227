"""British and Danish public bodies, services and firms are known bodies
(reader.analysis.gaz_orgs.NEWS_BODIES, stop 44)."""

from reader.analysis import analyze


def _names(text: str, lang: str) -> set[tuple[str, str]]:
    return {(e.text, e.label.value) for e in analyze(text, lang).entities if e.label.value in ("PER", "ORG", "LOC")}


def test_danish_services_opening_a_sentence_are_bodies() -> None:
    names = _names("Energinet varsler højere nettarif fra januar. Også Midttrafik hæver priserne, "
                   "mens Molslinjen fastholder sine billetpriser.", "da")
    assert {("Energinet", "ORG"), ("Midttrafik", "ORG"), ("Molslinjen", "ORG")} <= names


def test_british_bodies_and_shops_are_bodies() -> None:
    names = _names("Ofsted rated the school inadequate. Tesco said prices would fall. Defra said the "
                   "Environment Agency would act.", "en")
    assert {("Ofsted", "ORG"), ("Tesco", "ORG"), ("Defra", "ORG")} <= names

