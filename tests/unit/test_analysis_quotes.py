"""Quote patterns in Danish and English, written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import analyze


def _quotes(text: str, lang: str) -> list[tuple[str, str | None]]:
    result = analyze(text, lang)
    for q in result.quotes:
        assert text[q.start:q.end] == q.text
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(text)
    return [(q.text, q.speaker) for q in result.quotes]


@pytest.mark.parametrize("verb", ["siger", "sagde", "fortæller", "mener", "tilføjer"])
def test_danish_dash_quote_speech_verbs(verb: str) -> None:
    text = f"Borgmester Lise Holm var glad.\n\n- Vi har fået pengene, {verb} Lise Holm."
    assert _quotes(text, "da") == [("Vi har fået pengene", "Lise Holm")]


def test_danish_surname_resolves_to_full_name_with_role() -> None:
    from reader.analysis.roles import speaker_roles

    text = "Det oplyser skatteminister Karsten Vinge.\n\n- Det er et vigtigt skridt, siger Vinge til avisen."
    result = analyze(text, "da")
    assert [(q.text, q.speaker) for q in result.quotes] == [("Det er et vigtigt skridt", "Karsten Vinge")]
    assert speaker_roles(result).get("Karsten Vinge") == "skatteminister"


def test_danish_unattributed_paragraph_continues_and_pronoun_takes_introduced_person() -> None:
    text = (
        "Direktør Peter Lund er bekymret.\n\n"
        "- Markedet er presset.\n\n"
        "- Vi må skære ned, siger han.\n\n"
        "Også Hanne Berg udtaler sig.\n\n"
        "- Jeg er uenig, siger hun."
    )
    assert _quotes(text, "da") == [
        ("Markedet er presset.", "Peter Lund"),
        ("Vi må skære ned", "Peter Lund"),
        ("Jeg er uenig", "Hanne Berg"),
    ]


@pytest.mark.parametrize("open_, close", [("»", "«"), ("„", "“"), ("“", "”"), ('"', '"')])
def test_danish_quotation_marks(open_: str, close: str) -> None:
    text = f"Mødet trak ud. {open_}Vi når det aldrig til tiden{close}, siger Jens Holt."
    assert _quotes(text, "da") == [("Vi når det aldrig til tiden", "Jens Holt")]


def test_english_said_name_and_name_said_and_split_quote() -> None:
    text = (
        "Mayor Rosa Delgado spoke on Monday.\n\n"
        "\u201cWe will rebuild the bridge,\u201d Delgado said. \u201cIt will take two years.\u201d\n\n"
        "\"The money is there,\" said Tom Baker, the city treasurer.\n\n"
        "Baker says \"the tender opens in May and closes in June.\""
    )
    assert _quotes(text, "en") == [
        ("We will rebuild the bridge", "Rosa Delgado"),
        ("It will take two years.", "Rosa Delgado"),
        ("The money is there", "Tom Baker"),
        ("the tender opens in May and closes in June.", "Tom Baker"),
    ]


def test_english_pronoun_speaker_follows_gender_and_recency() -> None:
    text = (
        "Senator Mary Collins met John Park.\n\n"
        "\"We have the votes,\" she said.\n\n"
        "\"We do not,\" he said."
    )
    assert _quotes(text, "en") == [("We have the votes", "Mary Collins"), ("We do not", "John Park")]


def test_scare_quotes_and_titles_are_not_quotes() -> None:
    text = 'The so-called "reform" failed. She loved "The Old Man And The Sea" as a child.'
    assert _quotes(text, "en") == []
    assert _quotes("Planen kaldes »grøn« af ministeren.", "da") == []


def test_danish_unattributed_dash_quotes_take_the_person_introduced_before_them() -> None:
    text = (
        "Kulturminister Bodil Vinterberg fik kritik i går.\n\n"
        "- Det er en sag, vi tager meget alvorligt, siger hun.\n\n"
        "Skoleborgmester Arne Kragh betegner forslaget som et første skridt.\n\n"
        "- Vi mangler stadig lærere på alle skoler.\n\n"
        "- Men pengene er et godt sted at begynde."
    )
    assert _quotes(text, "da") == [
        ("Det er en sag, vi tager meget alvorligt", "Bodil Vinterberg"),
        ("Vi mangler stadig lærere på alle skoler.", "Arne Kragh"),
        ("Men pengene er et godt sted at begynde.", "Arne Kragh"),
    ]


def test_danish_unattributed_dash_quote_after_narrative_without_a_person_keeps_last_speaker() -> None:
    text = (
        "- Vi åbner hallen igen til sommer, siger formand Jonna Steen.\n\n"
        "Hallen har været lukket i to år på grund af skimmelsvamp.\n\n"
        "- Nu glæder vi os bare til at komme i gang."
    )
    assert _quotes(text, "da") == [
        ("Vi åbner hallen igen til sommer", "Jonna Steen"),
        ("Nu glæder vi os bare til at komme i gang.", "Jonna Steen"),
    ]


def test_quote_run_with_attribution_later_still_uses_that_attribution() -> None:
    text = (
        "Direktør Malte Bech fra Vandværket holdt pressemøde.\n\n"
        "Også Signe Rask fra kommunen var der.\n\n"
        "- Vi har fundet fejlen.\n\n"
        "- Den er rettet nu, siger Malte Bech."
    )
    assert _quotes(text, "da") == [
        ("Vi har fundet fejlen.", "Malte Bech"),
        ("Den er rettet nu", "Malte Bech"),
    ]


def test_english_inverted_attribution_inside_a_sentence_and_no_borrowing_from_later_paragraphs() -> None:
    text = (
        "Opposition leader Tom Akers said the plan was rushed.\n\n"
        "The council, said Akers, \"has ignored the people who live here\".\n\n"
        "\"We are finished with this building,\" the chairman wrote.\n\n"
        "\u201cThe numbers don\u2019t add up,\u201d said Priya Nair, an economist."
    )
    found = _quotes(text, "en")
    assert ("has ignored the people who live here", "Tom Akers") in found
    assert ("The numbers don\u2019t add up", "Priya Nair") in found
    assert all(speaker != "Priya Nair" for quote, speaker in found if quote.startswith("has ignored"))


def test_quotation_over_two_paragraphs_according_to_and_unnamed_speakers() -> None:
    text = (
        "\"We will fight this decision all the way to the supreme court. Nobody is giving up.\n\n"
        "\"We have the support of the public,\" said union leader Maria Gonzalez.\n\n"
        "According to police spokesman Dan Ortiz, \"the suspect was armed and dangerous\".\n\n"
        "\"It was terrifying,\" a witness said."
    )
    assert _quotes(text, "en") == [
        ("We will fight this decision all the way to the supreme court. Nobody is giving up.", "Maria Gonzalez"),
        ("We have the support of the public", "Maria Gonzalez"),
        ("the suspect was armed and dangerous", "Dan Ortiz"),
        ("It was terrifying", "a witness"),
    ]


def test_danish_lyder_det_fra_low_nine_quotes_and_ifolge() -> None:
    text = (
        "Borgmester Lone Berg holdt møde med direktør Ib Lund.\n\n"
        "\u201eVi venter på svar fra ministeriet,\" lyder det fra direktør Ib Lund.\n\n"
        "Ifølge Lone Berg er sagen »en katastrofe for hele byen og dens borgere«."
    )
    assert _quotes(text, "da") == [
        ("Vi venter på svar fra ministeriet", "Ib Lund"),
        ("en katastrofe for hele byen og dens borgere", "Lone Berg"),
    ]


def test_said_the_role_comma_name_and_a_person_known_by_role_and_age() -> None:
    text = (
        "\u201cWe lost nothing that matters,\u201d said the museum\u2019s director, Fiona Brackley.\n\n"
        "Local historian Desmond Achterberg, 81, was first through the doors. "
        "\"I have been coming here since I was six,\" he said."
    )
    assert _quotes(text, "en") == [
        ("We lost nothing that matters", "Fiona Brackley"),
        ("I have been coming here since I was six", "Desmond Achterberg"),
    ]


def test_a_persons_surname_alone_is_that_person_even_if_it_is_a_place_name() -> None:
    from reader.analysis import analyze
    from reader.model import EntityLabel

    text = "Security lead Naomi Fairbanks found the bug. Fairbanks said it was fixed in Texas."
    found = {(e.text, e.label, e.canonical) for e in analyze(text, "en").entities}
    assert ("Fairbanks", EntityLabel.PER, "Naomi Fairbanks") in found
    assert ("Texas", EntityLabel.LOC, "Texas") in found


def test_role_before_name_said_and_a_partial_quote_in_reported_speech() -> None:
    text = (
        "Prime Minister Sarah Kent visited the plant on Monday.\n\n"
        "\"It is a start,\" union official Mark Doyle said in a statement, \"but only a start.\"\n\n"
        "Doyle said the union was ready to return to the table \u201cat any hour, on any day,\u201d if asked."
    )
    assert _quotes(text, "en") == [
        ("It is a start", "Mark Doyle"),
        ("but only a start.", "Mark Doyle"),
        ("at any hour, on any day", "Mark Doyle"),
    ]


def test_danish_role_with_a_comma_before_the_name() -> None:
    text = (
        "Borgmester Lars Kjeldsen er glad.\n\n"
        "- Man ofrer et af de sidste stille steder, siger foreningens formand, Else Dahl."
    )
    assert _quotes(text, "da") == [("Man ofrer et af de sidste stille steder", "Else Dahl")]


def _full(text: str, lang: str):
    return analyze(text, lang).quotes


@pytest.mark.parametrize("verb", ["oplyser", "bemærker", "indrømmer", "præciserer", "medgiver"])
def test_danish_reporting_verbs_beyond_siger(verb: str) -> None:
    text = f"Kroen i Hvidbjerg lukker til jul.\n\n- Vi har ikke flere gæster om vinteren, {verb} Karen Bech."
    assert _quotes(text, "da") == [("Vi har ikke flere gæster om vinteren", "Karen Bech")]


@pytest.mark.parametrize("verb", ["conceded", "cautioned", "mentioned", "stressed"])
def test_english_reporting_verbs_beyond_said(verb: str) -> None:
    text = f"The ferry will stop in March.\n\n\u201cWe simply ran out of money for the crossing,\u201d {verb} Owen Price."
    assert _quotes(text, "en") == [("We simply ran out of money for the crossing", "Owen Price")]


@pytest.mark.parametrize(
    "attribution",
    ["siger Vestkrafts pressechef, Maja Rindom", "siger pressechef hos Vestkraft Maja Rindom"],
)
def test_role_and_organisation_before_the_name(attribution: str) -> None:
    text = f"Vestkraft hæver prisen på fjernvarme.\n\n- Vi har ikke noget valg, {attribution}."
    (quote,) = _full(text, "da")
    assert (quote.speaker, quote.role, quote.affiliation) == ("Maja Rindom", "pressechef", "Vestkraft")


def test_academic_titles_before_the_name() -> None:
    text = "Dommen bliver anket.\n\n- Den holder ikke i landsretten, siger professor, dr.jur. Ida Berg."
    assert _quotes(text, "da") == [("Den holder ikke i landsretten", "Ida Berg")]


def test_organisation_before_a_name_is_not_the_speaker() -> None:
    text = "Fiskerne venter på kvoterne.\n\n- Det bliver en svær vinter, siger Hirtshals Havn Karen Mølgaard."
    (quote,) = _full(text, "da")
    assert (quote.speaker, quote.affiliation) == ("Karen Mølgaard", "Hirtshals Havn")


def test_danish_descriptions_resolve_to_the_person_named_with_them() -> None:
    text = (
        "Bager Hans Juhl har bagt brød i Ribe i tyve år, og Lise Holm (41) har drevet kiosken ved siden af.\n\n"
        "- Det er hårdt arbejde, siger bageren.\n\n"
        "- Jeg kender ikke andet, siger den 41-årige."
    )
    assert _quotes(text, "da") == [
        ("Det er hårdt arbejde", "Hans Juhl"),
        ("Jeg kender ikke andet", "Lise Holm"),
    ]


def test_english_description_resolves_or_stays_the_description() -> None:
    text = (
        "The prosecutor, Jane Doe, told the court that the van was stolen. Tom Lee lives next door.\n\n"
        "\u201cHe knew exactly what he was doing,\u201d the prosecutor said.\n\n"
        "\u201cWe were told nothing about the closure,\u201d a manager said."
    )
    assert _quotes(text, "en") == [
        ("He knew exactly what he was doing", "Jane Doe"),
        ("We were told nothing about the closure", "a manager"),
    ]


def test_plural_speakers_name_both_people() -> None:
    text = "Lise Holm og Per Bo har drevet kroen sammen i tolv år.\n\n- Vi giver ikke op, siger de."
    assert _quotes(text, "da") == [("Vi giver ikke op", "Lise Holm og Per Bo")]


def test_speaker_named_before_a_colon_in_the_same_or_previous_paragraph() -> None:
    text = (
        "Mette Lund er ikke i tvivl: »Det her er den rigtige løsning for byen.«\n\n"
        "Borgmester Anders Kjær er mere forsigtig:\n\n"
        "»Vi skal først se, hvad det koster at drive stedet.«"
    )
    assert _quotes(text, "da") == [
        ("Det her er den rigtige løsning for byen.", "Mette Lund"),
        ("Vi skal først se, hvad det koster at drive stedet.", "Anders Kjær"),
    ]


def test_interview_answers_are_quotes_of_the_interviewee_and_questions_are_not() -> None:
    text = (
        "Karin Lund har været skoleleder i tredive år.\n\n"
        "Spørgsmål: Hvorfor stopper du nu?\n\n"
        "Svar: Fordi jeg gerne vil have tid til mine børnebørn.\n\n"
        "Karin Lund: Og fordi skolen fortjener nye øjne."
    )
    assert _quotes(text, "da") == [
        ("Fordi jeg gerne vil have tid til mine børnebørn.", "Karin Lund"),
        ("Og fordi skolen fortjener nye øjne.", "Karin Lund"),
    ]


def test_the_byline_is_never_a_speaker() -> None:
    text = "Af Peter Hansen\n\nBorgmesteren holdt tale i går.\n\n- Vi bygger en ny skole, siger han."
    assert all(q.speaker != "Peter Hansen" for q in _full(text, "da"))


def test_partial_quotes_inside_reported_speech() -> None:
    da = "Hanne Berg mener, at regeringen er »nødvendig, men sen« med sin plan for sygehusene."
    en = "Senator Mary Collins called the plan \"deeply troubling\" on Monday."
    (q_da,) = _full(da, "da")
    (q_en,) = _full(en, "en")
    assert (q_da.text, q_da.speaker, q_da.kind) == ("nødvendig, men sen", "Hanne Berg", "partial")
    assert (q_en.text, q_en.speaker, q_en.kind) == ("deeply troubling", "Mary Collins", "partial")
    assert _quotes("Mary Collins called the plan \"reform\" on Monday.", "en") == []


def test_passive_description_names_no_speaker() -> None:
    text = (
        "Composer Ada Holm wrote nine operas. Her style has been described as "
        "\"the boldest mix of folk song and church music of her time\"."
    )
    assert _quotes(text, "en") == [("the boldest mix of folk song and church music of her time", None)]
    agent = (
        "Composer Ada Holm wrote nine operas. Her last one was described by the critic Lars Berg as "
        "\"a late and lonely masterpiece of the northern stage\"."
    )
    assert _quotes(agent, "en") == [("a late and lonely masterpiece of the northern stage", "Lars Berg")]


def test_markdown_list_items_are_not_dash_quotes() -> None:
    text = "Indkøbslisten til festen:\n- mælk og brød til morgenmaden\n- kaffe og te til kontoret"
    assert _quotes(text, "da") == []


def test_quotation_closed_in_the_next_paragraph_without_an_opening_mark() -> None:
    text = (
        "»Vi har ventet i tre år på et svar fra kommunen om vejen.\n\n"
        "Nu er vores tålmodighed helt brugt op,« siger Lise Holm."
    )
    assert _quotes(text, "da") == [
        ("Vi har ventet i tre år på et svar fra kommunen om vejen.", "Lise Holm"),
        ("Nu er vores tålmodighed helt brugt op", "Lise Holm"),
    ]


def test_markdown_list_items_stay_list_items_and_a_lone_dash_paragraph_stays_a_quote() -> None:
    from reader.library.mdtext import parse_md

    draft = parse_md(
        "---\ntitle: Festen\n---\n\nVi skal huske:\n\n- mælk og brød til morgenmaden\n- kaffe og te til kontoret\n\n"
        "Festen begynder klokken seks.\n\n- Det bliver en god fest, siger Lise Holm.\n"
    )
    body = "\n\n".join(draft.paragraphs)
    assert _quotes(body, "da") == [("Det bliver en god fest", "Lise Holm")]


def test_roles_and_affiliations_come_from_the_attribution_and_reach_the_json() -> None:
    from reader.analysis.roles import speaker_affiliations, speaker_roles
    from reader.commands.analyze import report, to_json

    text = "Prisen stiger.\n\n- Vi har ikke noget valg, siger pressechef hos Vestkraft Maja Rindom."
    result = analyze(text, "da")
    assert speaker_roles(result)["Maja Rindom"] == "pressechef"
    assert speaker_affiliations(result) == {"Maja Rindom": "Vestkraft"}
    (quote,) = to_json(result, speaker_roles(result))["quotes"]
    assert (quote["speaker_affiliation"], quote["kind"]) == ("Vestkraft", "full")
    assert "Maja Rindom (pressechef, Vestkraft):" in report(result)


def test_subject_before_a_colon_verb_and_no_borrowing_across_sentences() -> None:
    text = (
        "Her cousin, Paul Amsel, when asked about the fire, mentioned that Berg \"had locked the door "
        "himself that night.\" Berg himself famously exclaimed: \"I never owned a key to that room.\""
    )
    assert _quotes(text, "en") == [
        ("had locked the door himself that night.", "Paul Amsel"),
        ("I never owned a key to that room.", "Berg"),
    ]


def test_nicknames_in_quotation_marks_are_not_quotes_even_after_a_reporting_verb() -> None:
    text = "Tulsa has added a new arena, and fans said the stadium, known as \"The Rock\", was sold out."
    assert _quotes(text, "en") == []


def test_quotation_running_over_paragraphs_without_marks_in_the_middle() -> None:
    text = (
        "I still have the letter from a neighbour who said, \"We lost the barn and both tractors in one night.\n\n"
        "The insurance will cover less than half of what it costs to rebuild.\n\n"
        "We do not know yet whether we can keep the farm.\"\n\n"
        "The county has promised help."
    )
    assert _quotes(text, "en") == [
        ("We lost the barn and both tractors in one night.", "a neighbour"),
        ("The insurance will cover less than half of what it costs to rebuild.", "a neighbour"),
        ("We do not know yet whether we can keep the farm.", "a neighbour"),
    ]


def test_titles_captions_and_phrases_in_marks_are_not_quotes() -> None:
    text = (
        "\u201cOld boats in the harbour\u201d by Ann Lee is licensed under a free licence.\n\n"
        "She gave a talk called \u201cA Short History Of Nets.\u201d\n\n"
        "The debate moved from cost to \u201cthe value of a harbour.\u201d"
    )
    assert _quotes(text, "en") == []


def test_a_stray_closing_mark_does_not_shift_the_pairs_and_i_is_the_writer() -> None:
    text = (
        "As a young girl,\" she moved to the coast. \"It was cold and wonderful there\", Lena Dahl said.\n\n"
        "I said, \"Write to me when you can\" and left."
    )
    assert _quotes(text, "en") == [
        ("It was cold and wonderful there", "Lena Dahl"),
        ("Write to me when you can", None),
    ]


def test_organisation_typed_as_a_person_before_the_name_and_role_after_the_name() -> None:
    run_on = _full("Havnen venter.\n\n- Vi er klar, siger Thyborøn Havn Jens Mølgaard.", "da")
    after = _full("Havnen venter.\n\n- Vi er klar, lyder det fra Jens Mølgaard, direktør i Thyborøn Havn.", "da")
    assert [(q.speaker, q.affiliation) for q in run_on] == [("Jens Mølgaard", "Thyborøn Havn")]
    assert [(q.speaker, q.role, q.affiliation) for q in after] == [("Jens Mølgaard", "direktør", "Thyborøn Havn")]


def test_english_subject_with_an_apposition_before_said() -> None:
    text = "The port waits.\n\n\"We are ready,\" Hull's harbour master, Tom Reed, said."
    (quote,) = _full(text, "en")
    assert (quote.speaker, quote.role, quote.affiliation) == ("Tom Reed", "harbour master", "Hull")


def test_second_part_of_a_split_quote_is_full_and_owners_are_not_roles() -> None:
    text = (
        "Helen Ross spoke after the vote.\n\n"
        "\u201cWe have listened,\u201d Ross said. \u201cThe new plan keeps the old trees.\u201d\n\n"
        "\u201cIt is a good day,\u201d said the company's planning director, Tom Hale."
    )
    quotes = _full(text, "en")
    assert [(q.speaker, q.kind) for q in quotes] == [("Helen Ross", "full"), ("Helen Ross", "full"), ("Tom Hale", "full")]
    assert quotes[2].role == "planning director"


def test_a_sentence_opening_with_by_is_not_a_byline() -> None:
    text = "Tom Reed runs the yard.\n\nBy Monday, \"we will have the roof on,\" Tom Reed said."
    assert _quotes(text, "en") == [("we will have the roof on", "Tom Reed")]
    byline = "By Ann Fox, Staff Writer\n\nThe yard reopened.\n\n\"It is good to be back,\" he said."
    assert all(speaker != "Ann Fox" for _, speaker in _quotes(byline, "en"))


_PIECES = [
    "- ", "»", "«", "„", "“", "”", "\"", ", siger ", ", said ", " siger de", " she replied", "Lise Holm", "Tom Reed",
    "bageren", "the prosecutor", "den 41-årige", ": ", "\n", "\n\n", "Af Ann Fox\n", "Svar: ", "Q: ", "ifølge ",
    "According to ", " at ", " that ", "Vestkrafts pressechef, ", "hos Vestkraft ", ". ", "? ", "ord og ord", "word",
]


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.sampled_from(["da", "en"]))
def test_quote_spans_are_valid_on_any_mix_of_marks_dashes_and_attributions(pieces: list[str], lang: str) -> None:
    text = "".join(pieces)
    result = analyze(text, lang)
    previous_end = -1
    for quote in result.quotes:
        assert 0 <= quote.start < quote.end <= len(text) and text[quote.start:quote.end] == quote.text
        assert quote.start >= previous_end  # sorted, no overlaps
        previous_end = quote.end
        assert quote.kind in ("full", "partial")
        if quote.speaker_start is not None:
            assert 0 <= quote.speaker_start < quote.speaker_end <= len(text)


def test_a_dash_quote_after_a_paragraph_about_someone_is_not_given_to_a_later_speaker() -> None:
    # A narrative paragraph stands between the two dash quotes: they are no one run.
    text = ("Forsvarer Ole Brink er ikke i tvivl om, at dommen bliver anket.\n\n"
            "- Retten har lagt alt for meget vægt på en enkelt revisors vurdering.\n\n"
            "Hans kollega er uenig.\n\n"
            "- Dommen var rimelig, siger advokat J.P. Vinther.\n")
    assert [q.speaker for q in analyze(text, "da").quotes] == ["Ole Brink", "J.P. Vinther"]


def test_dash_answers_to_question_paragraphs_are_the_interviewee_s_not_the_last_speaker() -> None:
    text = ("- Vi mister en butik om måneden, siger en leder i handelsrådet.\n\n"
            "Vi har talt med Tove Hald om de 60 år i butikken.\n\n"
            "Hvad kommer du til at savne?\n\n"
            "- Morgenerne og de faste kunder.\n\n"
            "Hvad skal der ske med huset?\n\n"
            "- Det er solgt til en forening.\n")
    assert [q.speaker for q in analyze(text, "da").quotes] == ["en leder i handelsrådet", "Tove Hald", "Tove Hald"]
