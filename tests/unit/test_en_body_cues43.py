"""English bodies by their cues, sites, departments by their portfolios; "Local MP" no body
(reader.analysis.en_body_cues43, en_web._split_title; stop 43)."""

from reader.analysis import analyze


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label.value) for e in analyze(text, "en").entities if e.label.value in ("PER", "ORG", "LOC")]


def test_a_firm_after_a_spokesperson_for_is_a_body_at_every_mention() -> None:
    text = ("Anglian Vale has been fined £2m for polluting the River Wensum.\n\n"
            "A spokesperson for Anglian Vale said the firm was sorry. Customers of Anglian Vale will not pay more.")
    names = _names(text)
    assert ("Anglian Vale", "PER") not in names
    assert names.count(("Anglian Vale", "ORG")) == 3


def test_a_person_after_a_spokesman_for_stays_a_person() -> None:
    text = "A spokesman for Ann Kettering said she would appeal. Ann Kettering, 58, denies the charge."
    assert ("Ann Kettering", "ORG") not in _names(text)


def test_a_name_before_works_is_the_site() -> None:
    names = _names("The firm ignored alarms at its Whitby Marsh works on 40 occasions, said Gemma Rudd.")
    assert ("Whitby Marsh", "PER") not in names and ("Whitby Marsh", "LOC") in names


def test_a_department_keeps_its_portfolios_and_two_bodies_split() -> None:
    names = _names("The Department for Culture, Media and Sport declined to comment. "
                   "The Ministry of Defence and the Home Office said nothing.")
    assert ("Department for Culture, Media and Sport", "ORG") in names
    assert ("Ministry of Defence", "ORG") in names and ("Home Office", "ORG") in names


def test_local_mp_is_no_body() -> None:
    names = _names("The fine was small. Local MP Dev Anand told the BBC it was tiny. Labour MP Ed Morrow agreed.")
    assert ("Local", "ORG") not in names and ("Dev Anand", "PER") in names and ("Labour", "ORG") in names


def test_a_ground_after_at_is_a_place_though_it_opens_with_a_given_name() -> None:
    names = _names("Barnet beat Grimsby 2-1 at Victoria Park on Saturday, with Ossian Carvell scoring.")
    assert ("Victoria Park", "LOC") in names and ("Victoria Park", "PER") not in names
