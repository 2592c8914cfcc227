"""News quotes the second blind probe left (quotes9), checked in sentences of our own: an
organisation called "the company"/"selskabet" in a statement is the one the article named, a one-word
partial quote after a copula or "called it"/"kalder det" is a quote (a scare-quoted word or a title
still is none), a headline cited in brackets in a letter is no quote, and "siger han" after a
person whose first name either sex may carry is that person."""

from __future__ import annotations

from reader.analysis import analyze


def _quotes(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyze(text, language).quotes]


# "the company said in a statement": the organisation the article named.


def test_the_company_in_a_statement_is_the_firm_named_before() -> None:
    text = (
        "Harwell Foods has recalled 4,000 jars of pasta sauce after glass was found in one.\n\n"
        'In a statement, the company said: "We are sorry and we are checking every line."\n'
    )
    assert _quotes(text, "en") == [("We are sorry and we are checking every line.", "Harwell Foods")]


def test_the_firm_is_not_the_exchange_it_told() -> None:
    text = (
        "Shares in the retailer Coltham Stores plc fell 12 per cent after a profit warning.\n\n"
        'In a statement to the London Stock Exchange, the company said trading had been "very weak" in October.\n'
    )
    assert _quotes(text, "en") == [("very weak", "Coltham Stores plc")]


def test_the_council_is_the_council_named_before() -> None:
    text = (
        "Ashby Town Council has closed the park after a fire.\n\n"
        '"The play area will stay shut until it has been checked," the council said in a statement.\n'
    )
    assert [speaker for _quote, speaker in _quotes(text, "en")] == ["Ashby Town Council"]


def test_the_company_with_no_firm_named_stays_the_description() -> None:
    text = (
        "Ashby Town Council has closed the park after a fire.\n\n"
        '"We are sorry," the company said in a statement.\n'
    )
    assert [speaker for _quote, speaker in _quotes(text, "en")] == ["the company"]


def test_selskabet_i_en_pressemeddelelse_is_the_firm_named_before() -> None:
    text = (
        "Vindmøllefirmaet Nordvind A/S lukker fabrikken i Skive.\n\n"
        "- Vi har ikke haft andet valg, oplyser selskabet i en pressemeddelelse.\n"
    )
    assert _quotes(text, "da") == [("Vi har ikke haft andet valg", "Nordvind A/S")]


# One-word partial quotes in reported speech.


def test_one_word_after_kalder_is_a_partial_quote() -> None:
    text = "Skolelederen Pia Berg kalder planen »symbolpolitik«."
    assert _quotes(text, "da") == [("symbolpolitik", "Pia Berg")]


def test_one_word_after_a_danish_copula_in_reported_speech_is_a_partial_quote() -> None:
    text = "Venstres Jens Krogh mener, at forslaget er »uansvarligt«, og at det ikke hjælper."
    assert _quotes(text, "da") == [("uansvarligt", "Jens Krogh")]


def test_one_word_after_had_become_is_a_partial_quote() -> None:
    text = 'Nurse leader Joan Pratt said overcrowding had become "normal" at the hospital.'
    assert _quotes(text, "en") == [("normal", "Joan Pratt")]


def test_one_word_after_called_it_is_a_partial_quote() -> None:
    text = 'Councillor Ann Reed called it "shameful" and said she would appeal.'
    assert _quotes(text, "en") == [("shameful", "Ann Reed")]


def test_scare_quoted_words_and_titles_stay_no_quotes() -> None:
    assert _quotes('Tom Hale said the "green" plan would cost jobs.', "en") == []
    assert _quotes("Mange kalder ham »Lille Per«.", "da") == []
    assert _quotes("Vennerne i klubben kalder ham »smeden«, fortæller Jens Krogh.", "da") == []
    assert _quotes("Han har skrevet bogen »Vandet«, siger Jens Krogh.", "da") == []
    assert _quotes('In her paper, Ann Lee calls these cases "enlace".', "en") == []


# A headline cited in brackets.


def test_a_headline_cited_in_brackets_is_no_quote() -> None:
    text = (
        "Dear Editor,\n\n"
        'Your article last week ("Council to close two libraries", 3 May) was wrong about the costs.\n\n'
        "Yours,\nJane Pike\n"
    )
    assert _quotes(text, "en") == []
    assert _quotes("Jeres artikel (»Skolen lukker til sommer«, 4. marts) var forkert, skriver Jens Krogh.", "da") == []


def test_a_quote_with_its_reporting_clause_in_brackets_stays_a_quote() -> None:
    text = 'The mayor was not convinced ("We will not pay for this," said Ann Reed) and left.'
    assert [speaker for _quote, speaker in _quotes(text, "en")] == ["Ann Reed"]


# "siger han" after a first name either sex carries.


def test_siger_han_after_a_unisex_first_name_is_that_person() -> None:
    text = (
        "Hurtigst var Anders Lykkegaard fra Skive AM.\n\n"
        "- Det var hårdt i modvinden, siger Anders Lykkegaard.\n\n"
        "Løbsleder Kim Enevoldsen oplyser, at der næste år bliver en ekstra rute.\n\n"
        "- Vi har fået mange henvendelser fra forældre, siger han.\n"
    )
    assert [speaker for _quote, speaker in _quotes(text, "da")] == ["Anders Lykkegaard", "Kim Enevoldsen"]


def test_siger_hun_after_a_unisex_first_name_is_that_person_too() -> None:
    text = (
        "Formand Peter Holm åbnede mødet.\n\n"
        "- Vi har haft et godt år, siger han.\n\n"
        "Kassereren Kim Lassen fremlagde regnskabet.\n\n"
        "- Vi har et overskud på 40.000 kroner, siger hun.\n"
    )
    assert [speaker for _quote, speaker in _quotes(text, "da")] == ["Peter Holm", "Kim Lassen"]


def test_a_man_named_with_a_unisex_name_in_the_same_paragraph_goes_first() -> None:
    text = "Peter Holm og Kim Lassen stod ved målstregen.\n\n- Det gik over al forventning, siger han.\n"
    assert [speaker for _quote, speaker in _quotes(text, "da")] == ["Peter Holm"]


def test_a_passive_told_later_in_reported_speech_keeps_the_first_speaker() -> None:
    text = 'The Environment Agency said it had been told about the spill and was "making enquiries".'
    assert _quotes(text, "en") == [("making enquiries", "Environment Agency")]


def test_a_described_source_from_a_place_speaks_its_partial_quote() -> None:
    text = 'A resident from Leeds said the new road was "a death trap for children".'
    assert _quotes(text, "en") == [("a death trap for children", "A resident")]
