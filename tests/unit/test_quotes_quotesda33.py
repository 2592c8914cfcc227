"""Danish quotes in lone newspaper sentences as DDT writes them (quotesda33). Each text written for
this test (not the sentences of tests/quote_sentences)."""

from __future__ import annotations

from reader.analysis import analyze


def _quotes(text: str, language: str = "da") -> list[tuple[str, str | None, str]]:
    return [(text[q.start:q.end], q.speaker, q.kind) for q in analyze(text, language).quotes]


def _spans(text: str, language: str = "da") -> list[str]:
    return [q[0] for q in _quotes(text, language)]


# Straight marks nested in a straight-quoted quotation.

def test_a_quoted_phrase_inside_a_quotation_opening_the_sentence_is_one_quote():
    text = '"Vi fik at vide "vent og se", og så hørte vi ikke mere fra dem," siger Lis Holm.'
    assert _quotes(text) == [('Vi fik at vide "vent og se", og så hørte vi ikke mere fra dem', "Lis Holm", "full")]


def test_a_nested_phrase_after_a_colon_lead():
    text = 'Direktøren skrev: "Vi siger "tak for nu" til de gamle lokaler og flytter til marts."'
    assert _spans(text) == ['Vi siger "tak for nu" til de gamle lokaler og flytter til marts.']


def test_a_spaced_nested_phrase_before_the_attribution():
    text = '" Da vi kom ud , stod der " udsolgt " på alle dørene , " siger Anne Vang .'
    assert _spans(text) == ['Da vi kom ud , stod der " udsolgt " på alle dørene']


def test_a_quotation_end_with_a_quoted_word_inside_it_before_the_glued_attribution():
    text = 'Derfor er det nødvendigt at "skrotte" hele den gamle plan og begynde forfra, "siger Bo Lind.'
    assert _quotes(text) == [
        ('Derfor er det nødvendigt at "skrotte" hele den gamle plan og begynde forfra', "Bo Lind", "full")
    ]


def test_two_quotations_around_an_attribution_stay_two():
    text = '"Nej tak," siger han, "det har vi ikke brug for."'
    assert _spans(text) == ["Nej tak", "det har vi ikke brug for."]


def test_two_partial_quotes_joined_by_a_dash_and_samt_stay_two():
    text = ('Avisen skrev i går: "at ministeren har tabt overblikket over sagen" - samt '
            '"at kun en ny ledelse kan rette op på skaderne".')
    assert len(_spans(text)) == 2


def test_two_titles_joined_by_og_are_not_read_as_one_quotation():
    text = 'Teatret spiller "Jeppe på Bjerget" og "Den politiske kandestøber" i foråret.'
    assert _spans(text) == []


# Speakers.

def test_a_word_of_manner_after_a_described_speaker_is_no_part_of_it():
    text = '"Er der slet ingen tilbage?" spurgte ekspedienten forbavset.'
    assert _quotes(text) == [("Er der slet ingen tilbage?", "ekspedienten", "full")]


def test_a_word_of_manner_after_a_determiner_is_the_description():
    text = '"Det var så det," sagde den skuffede træner.'
    assert [q[1] for q in _quotes(text)] == ["den skuffede træner"]


def test_ifoelge_before_a_strong_past_and_an_expletive_det():
    text = 'Ifølge vognmanden lød det som "et brag fra en kanon".'
    assert _quotes(text) == [("et brag fra en kanon", "vognmanden", "partial")]


def test_og_before_a_definite_noun_and_a_verb_of_saying_before_the_colon():
    text = 'Og sognepræsten tilføjer: "Kirken skal være åben for alle, også om natten.'
    assert [q[1] for q in _quotes(text)] == ["sognepræsten"]


def test_men_before_a_definite_noun_with_an_object_before_the_colon_names_nobody():
    text = 'Men regnskabet siger alt: »Firmaet tjener ingen penge.«'
    assert [q[1] for q in _quotes(text)] == [None]


# Guillemets the other way round, «...».

def test_a_title_in_swiss_guillemets_is_no_quotation_end():
    text = "Hun har netop genlæst «Fiskerne» af Hans Kirk."
    assert _spans(text) == []


def test_a_quotation_in_swiss_guillemets_with_its_attribution():
    text = "«Vi åbner igen til foråret», siger restauratør Pia Dam."
    assert _quotes(text) == [("Vi åbner igen til foråret", "Pia Dam", "full")]


def test_danish_guillemets_closing_a_quotation_keep_their_reading():
    text = "Vi åbner igen til foråret«, siger restauratør Pia Dam."
    assert _quotes(text) == [("Vi åbner igen til foråret", "Pia Dam", "full")]


# A dash after a verb of saying and a comma.

def test_a_dash_quotation_after_sagde_and_a_comma():
    text = "Han lagde telefonen og sagde, - nu må vi vente og se."
    assert _spans(text) == ["nu må vi vente og se"]


def test_a_named_subject_speaks_the_dash_quotation_after_the_comma():
    text = "Til sidst rejste Karin Vind sig og spurgte, - Hvem betaler for det?"
    assert _quotes(text) == [("Hvem betaler for det?", "Karin Vind", "full")]


def test_a_parenthetic_dash_after_a_that_clause_is_no_quotation():
    text = "Han sagde, at regningen - når alt kom til alt - var til at betale."
    assert _spans(text) == []


def test_a_two_word_name_before_the_comma_and_dash_speaks():
    text = "Ved indgangen råbte Lars Vestergaard, - Luk portene!"
    assert _quotes(text) == [("Luk portene!", "Lars Vestergaard", "full")]


def test_an_adverb_in_somt_or_igt_after_a_described_speaker_is_no_part_of_it():
    text = '"Må jeg se Deres billet?" spurgte konduktøren langsomt.'
    assert [q[1] for q in _quotes(text)] == ["konduktøren"]


# Short phrases that are speech.

def test_words_after_a_verb_of_shouting_are_a_quote():
    text = "Fra kajen hørte vi, at der blev råbt \"slip fortøjningerne\" to gange."
    assert _spans(text) == ["slip fortøjningerne"]


def test_a_lowercase_clause_with_a_personal_subject_is_a_quote():
    text = 'Ingen holder den tone længe, for "man bliver helt tom indeni" af at arbejde nat efter nat.'
    assert _spans(text) == ["man bliver helt tom indeni"]


def test_a_slogan_after_its_label_noun_is_no_quote():
    text = 'Projektet "vi rydder op sammen" fortsætter til sommer.'
    assert _spans(text) == []


def test_one_word_after_sagde_stays_a_word():
    text = 'Hun sagde "farvel" og lukkede døren.'
    assert _spans(text) == []


def test_a_quotation_end_whose_quoted_phrase_ends_in_an_ellipsis():
    text = 'Vi har ringet til alle firmaer i byen og hver gang fået at vide "måske senere...", "siger Tina Kock.'
    assert [(q[0].endswith('"måske senere..."'), q[1]) for q in _quotes(text)] == [(True, "Tina Kock")]


def test_a_quotation_end_with_a_quoted_phrase_and_the_mark_closing_the_sentence():
    text = 'Så sagde han "farvel og tak", og siden har ingen hørt fra ham."'
    assert _spans(text) == ['Så sagde han "farvel og tak", og siden har ingen hørt fra ham.']


def test_a_phrase_after_the_participle_sagt_stays_a_scare_quote():
    text = 'Ingen ved, hvad der blev sagt "bag lukkede døre" på mødet i går.'
    assert _spans(text) == []


def test_a_short_quoted_sentence_closing_a_colon_lead_is_a_quote():
    text = 'Så faldt dommen: "Du er fyret."'
    assert _spans(text) == ["Du er fyret."]


def test_a_title_after_a_colon_without_its_own_full_stop_is_no_quote():
    text = 'Udstillingens navn: "Lys over Skagen".'
    assert _spans(text) == []


def test_a_title_and_its_original_title_in_brackets_stay_apart():
    text = '"Natten før" ("The Night Before") har premiere i Grand på fredag.'
    assert _spans(text) == []


def test_a_title_with_its_own_full_stop_after_a_naming_lead_is_no_quote():
    text = 'Bogens titel: "Farvel, min ven."'
    assert _spans(text) == []
