"""probe29's fixes, each on sentences of my own (docs/log/probe29.md)."""

from reader.analysis import analyze


def _names(text: str, lang: str) -> set[tuple[str, str]]:
    return {(e.text, e.label.value) for e in analyze(text, lang).entities if e.label.value in ("PER", "ORG", "LOC")}


def test_job_noun_person_of_body_is_split() -> None:
    text = 'The fair opens on Friday. Organiser Helen Pilkington of Ripon Civic Society said: "It will be busy."'
    result = analyze(text, "en")
    names = {(e.text, e.label.value) for e in result.entities}
    assert ("Helen Pilkington", "PER") in names
    assert ("Ripon Civic Society", "ORG") in names
    assert [q.speaker for q in result.quotes] == ["Helen Pilkington"]


def test_body_noun_before_job_noun_is_no_name() -> None:
    names = _names("The plan was approved. Committee chairman Cllr Abel Fryer said it was overdue.", "en")
    assert ("Abel Fryer", "PER") in names
    assert not any(text == "Committee" for text, _ in names)


def test_danish_letter_hyphen_word_is_no_name() -> None:
    names = _names("Vi tog S-toget hjem, og hun spiser C-vitamin hver dag.", "da")
    assert not any(text in ("S-toget", "C-vitamin") for text, _ in names)


def test_danish_dairy_named_after_its_town_is_a_firm() -> None:
    assert ("Vorupør Mejeri", "ORG") in _names("Pressemeddelelse: Vorupør Mejeri lukker butikken", "da")


def test_she_says_goes_to_the_doer_of_a_passive_just_before() -> None:
    text = ('"We start at dawn," said Margaret Olden.\n\n'
            "The café was opened last year by Susan Pike, who used to teach in Hull.\n\n"
            '"It was a gamble," she said.')
    assert [q.speaker for q in analyze(text, "en").quotes] == ["Margaret Olden", "Susan Pike"]


def test_danish_name_after_words_cut_by_hyphen_and_comma() -> None:
    names = _names("Sagen går til Social-, Bolig- og Ældreministeriet i morgen.", "da")
    assert ("Social-, Bolig- og Ældreministeriet", "ORG") in names


def test_committee_on_a_subject_is_one_name() -> None:
    names = _names("The Select Committee on Science and Technology met. The Planning Committee on Tuesday agreed.", "en")
    assert ("Select Committee on Science and Technology", "ORG") in names
    assert ("Planning Committee", "ORG") in names


def test_no_name_runs_across_a_blank_line() -> None:
    text = '"Our bread is baked every night," she said.\n\nENDS\n\nMedia contact: Tom Hardy, 0161 555 0101.'
    names = _names(text, "en")
    assert ("Tom Hardy", "PER") in names
    assert not any("\n" in name for name, _ in names)
