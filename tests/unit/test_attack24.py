"""attack24: this stop's name and quote rules (namesda23, namesen23, quotesen23) on text they were not
written for. Each test holds a form a rule took wrongly before it was narrowed; every text here was
written for these tests and every name is invented."""

from __future__ import annotations

from reader.analysis import analyze


def _names(text: str, lang: str) -> list[tuple[str, str]]:
    return [(e.text, e.label.value) for e in analyze(text, lang).entities if e.label.value in ("PER", "ORG", "LOC")]


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text.strip(" .,?!\"“”"), q.speaker) for q in analyze(text, "en").quotes]


# Danish (da_forms23)

def test_a_competitor_the_article_shows_a_person_stays_a_person() -> None:
    text = ("Det bekymrer ikke konkurrenten Mette Krogh, der selv har solgt cykler i byen siden 2004.\n"
            "- Der er kunder nok til os begge, siger Mette Krogh. Hun er 52 år og bor over butikken.")
    found = _names(text, "da")
    assert ("Mette Krogh", "PER") in found and ("Mette Krogh", "ORG") not in found


def test_the_grocer_is_a_person() -> None:
    text = ("- Jeg kan ikke følge med priserne, siger købmanden Erik Dueholm.\n"
            "Erik Dueholm har drevet butikken i Brovst i 31 år.")
    assert ("Erik Dueholm", "ORG") not in _names(text, "da")


def test_a_firm_after_a_competitor_noun_is_still_a_firm() -> None:
    text = ("Tømrerfirmaet Kaj Vestergaard i Brande bliver overtaget af konkurrenten Frede Bundgaard. "
            "Det oplyser de to firmaer.")
    assert ("Frede Bundgaard", "ORG") in _names(text, "da")


def test_an_ordinary_word_before_kro_is_no_inn() -> None:
    text = ("Den nuværende ejer, Bente Kro, har haft kroen i 20 år, siger hun.\n"
            "Hos Kro er der allerede kommet tre bud.")
    assert not any(name == "Hos Kro" for name, _ in _names(text, "da"))
    assert ("Virksund Kro", "ORG") in _names("Virksund Kro får nye ejere til sommer.", "da")


def test_only_p4_has_regional_channels() -> None:
    text = ("Lytterne til P3 Guld kan høre med, og kanalen sender fra P4 Nord-studiet i en uge. "
            "Det oplyser P4 Syd.")
    found = _names(text, "da")
    assert ("P4 Syd", "ORG") in found
    assert not any(name in ("P3 Guld", "P4 Nord") for name, _ in found)


# English (forms23_en)

def test_a_spanish_day_and_a_german_street_are_no_people() -> None:
    found = _names("The town will celebrate Cinco de Mayo with a party. The choir walked down Unter den "
                   "Linden and visited the Haus der Kunst in Munich.", "en")
    assert not any(label == "PER" and name in ("Cinco de Mayo", "Unter den Linden", "Haus der Kunst")
                   for name, label in found)


def test_a_swedish_given_name_calle_is_no_street() -> None:
    text = "Its manager, Calle Andersson, moved from Sweden last year. Andersson said the shop would take books."
    assert ("Calle Andersson", "LOC") not in _names(text, "en")


def test_of_and_a_vowel_is_a_name_not_a_regulator() -> None:
    text = ("Kwame Ofori has been named head coach of Thornbury United. "
            '"It feels like coming home," Ofori said. Ofelia Marsh agreed.')
    found = _names(text, "en")
    assert not any(label == "ORG" and name.startswith(("Kwame", "Ofori", "Ofelia")) for name, label in found)
    assert ("Ofsted", "ORG") in _names("Ofsted rated the school good.", "en")


def test_a_stations_trains_are_no_operator() -> None:
    text = ("Southeastern said London Bridge trains would be delayed on Sunday. Passengers for Greater "
            "Manchester services should check before they travel.")
    found = _names(text, "en")
    assert ("London Bridge", "ORG") not in found and ("Greater Manchester", "ORG") not in found


# English quotes (quote_genres23)

def test_a_question_to_you_after_the_speakers_tagged_quote_stays_hers() -> None:
    text = ("I first met Ruth Ames in her shop on Mill Street in 2009.\n\n"
            '"Nobody asked us before they put the meters in," she said.\n\n'
            '"Would you pay eight pounds to park for an hour?"\n\n'
            '"That is what they want from my customers."')
    speakers = dict(_quotes(text))
    assert speakers["Would you pay eight pounds to park for an hour"] == "Ruth Ames"


def test_a_films_year_makes_no_author() -> None:
    from reader.analysis.quote_genres23 import cited_authors

    assert cited_authors("Parasite (2019) drew the biggest crowds, and Grease (1978) came second.") == set()
    assert cited_authors("Early surveys were hopeful (Marsh, 2008). Kwan (2012) goes further:") == {"Marsh", "Kwan"}


def test_a_numbered_shop_opening_a_line_after_a_headline_is_a_body() -> None:
    text = "Supermarked ombygges\n\nRema 1000 i Thisted lukker i fire uger."
    assert ("Rema 1000", "ORG") in _names(text, "da")
