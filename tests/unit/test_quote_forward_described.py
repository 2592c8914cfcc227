"""A pronoun after someone brought in by a description is not the person named in the next
paragraph (reader.analysis.quote_forward, stop 43)."""

from reader.analysis import analyze


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, language).quotes]


def test_danish_arrested_man_is_not_the_officer_named_after() -> None:
    text = ("En 27-årig mand blev anholdt på Vesterbro i nat. Han råbte: »I har taget den forkerte.«\n\n"
            "Vagtchef Mikkel Dahlgaard fra Københavns Politi bekræfter anholdelsen.\n")
    assert _speakers(text, "da") != ["Mikkel Dahlgaard"]


def test_english_arrested_man_is_not_the_inspector_named_after() -> None:
    text = ('A 19-year-old man was held in Grimsby overnight. He said: "You have the wrong man."\n\n'
            "Inspector Rowan Tillotson said inquiries were continuing.\n")
    assert _speakers(text, "en") != ["Rowan Tillotson"]


def test_the_description_written_with_the_name_after_still_names_the_speaker() -> None:
    text = ('A ferryman has warned of cancelled crossings. "We lose a week every storm," he said.\n\n'
            "The ferryman, Cormac Delahunt, 61, has crossed the sound since 1987.\n")
    assert _speakers(text, "en") == ["Cormac Delahunt"]
