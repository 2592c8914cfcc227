"""Danish descriptions as speakers: "siger bageren" after "Bageren, 44-årige X", "siger forskeren"
after "forsker ved <institution> X", and "siger den 58-årige" for the one person the paragraph
before named (an age the article never gave)."""

from __future__ import annotations

from reader.analysis.pipeline import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, "da").quotes]


def test_a_role_noun_before_an_age_and_a_name_is_that_persons_role() -> None:
    text = ("Tønder. Slagteren i Tønder har vundet en pris.\n\n"
            "Slagteren, 51-årige Vibeke Mørch, har lavet pølser i 30 år.\n\n"
            "- Det handler om krydderierne, siger slagteren.")
    assert _speakers(text) == ["Vibeke Mørch"]


def test_a_role_before_an_institution_and_a_name_is_that_persons_role() -> None:
    text = ("Odense. Der kommer flere storke, vurderer lektor ved Syddansk Universitet Preben Aagaard.\n\n"
            "- Vi så 14 par i år, siger lektoren.")
    assert _speakers(text) == ["Preben Aagaard"]


def test_an_age_never_given_points_at_the_person_just_introduced() -> None:
    text = ("Holstebro. En brand har ødelagt en tømrerforretning.\n\n"
            "Ejeren, Gitte Sand, har mistet alt sit værktøj.\n\n"
            "- Jeg har ikke sovet i to døgn, siger den 47-årige.")
    assert _speakers(text) == ["Gitte Sand"]


def test_an_age_brought_in_unnamed_stays_the_description() -> None:
    text = ("Holstebro. Politikommissær Ib Lund oplyser, at en 47-årig mand er anholdt efter branden.\n\n"
            "Ib Lund vil ikke sige mere.\n\n"
            "- Jeg har intet gjort, siger den 47-årige i et interview.")
    speakers = _speakers(text)
    assert speakers and speakers[0] != "Ib Lund"


def test_two_people_in_the_paragraph_before_leave_the_age_unresolved() -> None:
    text = ("Holstebro. Ejeren, Gitte Sand, og hendes kompagnon, Rolf Bak, har mistet alt.\n\n"
            "- Jeg har ikke sovet i to døgn, siger den 47-årige.")
    assert _speakers(text)[0] not in ("Gitte Sand", "Rolf Bak")


def test_a_kind_noun_before_an_organisation_gives_the_organisation() -> None:
    text = "»Vi har ikke fået nogen varsling,« svarer rederiet Bølgetrans A/S, der ejer færgen."
    assert _speakers(text) == ["Bølgetrans A/S"]


def test_siger_de_names_the_two_the_article_named_together() -> None:
    text = ("Assens. Søstrene Maja og Ditte Kragh har åbnet en is-bod på havnen.\n\n"
            "- Vi har øvet os hele foråret, siger Maja Kragh.\n\n"
            "De har lånt pengene af deres forældre.\n\n"
            "- Det er vores første sommer, siger de.")
    assert _speakers(text)[-1] == "Maja Kragh og Ditte Kragh"
