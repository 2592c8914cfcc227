"""Danish quotes in lone newspaper sentences as DDT writes them (quotesda28). Each text written for
this test (not the sentences of tests/quote_sentences)."""

from __future__ import annotations

from reader.analysis import analyze


def _quotes(text: str, language: str = "da") -> list[tuple[str, str | None, str]]:
    return [(text[q.start:q.end], q.speaker, q.kind) for q in analyze(text, language).quotes]


def test_a_sentence_opening_a_quotation_with_a_spaced_mark_is_a_quote():
    # DDT's spacing: the opening mark stands alone at the very start of the text.
    text = '" Når sneen kommer , står hele byen stille i flere dage .'
    assert [q[0] for q in _quotes(text)] == ["Når sneen kommer , står hele byen stille i flere dage ."]


def test_a_spaced_mark_after_the_first_character_keeps_its_reading():
    text = 'Vi ses i morgen, " siger han.'
    assert [q[0] for q in _quotes(text)] == ["Vi ses i morgen"]


def test_a_document_lead_with_its_issuer_gives_a_partial_quote_of_the_issuer():
    text = "I redegørelsen fra Søfartsstyrelsen hedder det, at rederiet »har overtrådt reglerne for hviletid«."
    assert _quotes(text) == [("har overtrådt reglerne for hviletid", "Søfartsstyrelsen", "partial")]


def test_a_document_lead_with_the_clause_subject_before_the_mark():
    text = "I kontrakten står der, at firmaet »skal levere inden udgangen af marts«."
    assert _quotes(text) == [("skal levere inden udgangen af marts", "kontrakten", "partial")]


def test_af_document_fremgaar_det_at():
    text = "Af afgørelsen fremgår det, at »klagen ikke kan tages til følge«."
    assert _quotes(text) == [("klagen ikke kan tages til følge", "afgørelsen", "partial")]


def test_a_day_is_no_document():
    text = "I dag står det klart, at »krisen er forbi«."
    assert all(q[1] != "dag" for q in _quotes(text))


def test_som_x_udtrykker_det_ends_a_dash_quote():
    text = "- Havet giver, og havet tager, som skipperen Aksel Brink udtrykker det."
    assert _quotes(text) == [("Havet giver, og havet tager", "Aksel Brink", "full")]


def test_ifoelge_source_before_any_finite_verb():
    text = "Ifølge forsvareren optrådte politiet »langt ud over det rimelige«."
    assert _quotes(text) == [("langt ud over det rimelige", "forsvareren", "partial")]


def test_ifoelge_source_before_a_verb_of_saying_is_not_the_speaker():
    text = "Ifølge protokollen sagde formanden, at »regnskabet ikke holder«."
    assert [q[1] for q in _quotes(text)] == ["formanden"]


def test_a_subordinate_opener_before_the_speaker_description():
    text = "Når borgmesteren siger, at »byen har råd«, glemmer han skolerne."
    assert _quotes(text) == [("byen har råd", "borgmesteren", "partial")]


def test_som_before_a_described_speaker_and_a_colon():
    text = "Som min gamle træner sagde: »Man vinder ikke på snak.«"
    assert [(q[0], q[1]) for q in _quotes(text)] == [("Man vinder ikke på snak.", "min gamle træner")]


def test_afviser_som_one_word_is_a_partial_quote():
    text = "Skatteministeren afviser anklagerne som »bagvaskelse«."
    assert _quotes(text) == [("bagvaskelse", "Skatteministeren", "partial")]


def test_a_one_word_scare_quote_without_afviser_stays_none():
    text = "Skatteministeren kom med en »løsning« i går."
    assert _quotes(text) == []


def test_de_before_a_genitive_is_no_subject_pronoun():
    text = "Nævnet kaldte de lejeres klager »velbegrundede«."
    assert _quotes(text) == [("velbegrundede", "Nævnet", "partial")]


def test_a_time_or_meeting_after_a_described_speaker_is_no_part_of_it():
    assert _quotes("»Broen bliver bygget,« lovede trafikministeren i går.")[0][1] == "trafikministeren"
    assert _quotes("»Broen bliver bygget,« sagde amtsborgmesteren på et vælgermøde i Korsør.")[0][1] == "amtsborgmesteren"


def test_a_description_with_its_place_keeps_it():
    assert _quotes("»Broen bliver bygget,« siger manden i den gule jakke.")[0][1] == "manden i den gule jakke"


def test_med_egne_ord_gives_the_subject_a_partial_quote():
    assert _quotes("Karen Bruun er med sine egne ord »en gammeldags skolelærer«.") == [
        ("en gammeldags skolelærer", "Karen Bruun", "partial")
    ]
    assert _quotes("Træneren var, med egne ord, »lidt for optimistisk«.") == [
        ("lidt for optimistisk", "Træneren", "partial")
    ]


def test_a_court_party_after_the_verb_of_a_colon_lead():
    text = "Da forsvareren spurgte igen, svarede vidnet: »Jeg så ham ikke.«"
    assert [(q[0], q[1]) for q in _quotes(text)] == [("Jeg så ham ikke.", "vidnet")]


def test_efter_eget_udsagn_gives_the_subject_a_partial_quote():
    assert _quotes("Formanden er efter eget udsagn »træt af møder«.") == [("træt af møder", "Formanden", "partial")]


def test_the_sender_of_a_message_in_a_colon_lead_speaks():
    text = "Meldingen fra rederiet var kort: »Færgen sejler ikke i dag.«"
    assert [(q[0], q[1]) for q in _quotes(text)] == [("Færgen sejler ikke i dag.", "rederiet")]


def test_a_short_quoted_sentence_after_a_colon_lead_naming_an_answer():
    text = "Og så lyder svaret fra kassen: »Vi har lukket.«"
    assert [q[0] for q in _quotes(text)] == ["Vi har lukket."]


def test_a_title_after_a_colon_with_no_speech_stays_none():
    assert _quotes("Filmen hedder: »Sne på sporet.«") == []


def test_a_conditional_clause_before_the_answer_is_no_speaker():
    text = "Hvis man spørger i kiosken, hvor bussen er, lyder svaret: »Den kommer snart.«"
    assert [(q[0], q[1]) for q in _quotes(text)] == [("Den kommer snart.", None)]


def test_a_passive_citeres_for_names_its_subject():
    text = "Direktøren citeres i fagbladet for at sige, at »ingen fyres«."
    assert _quotes(text) == [("ingen fyres", "Direktøren", "partial")]


def test_har_kaldt_with_one_word_is_a_partial_quote():
    assert _quotes("Lone Dalby har flere gange kaldt planen »uansvarlig«.") == [("uansvarlig", "Lone Dalby", "partial")]


def test_blev_kaldt_a_nickname_stays_none():
    assert _quotes("Han blev i klubben kaldt »Tanken«.") == []


def test_a_spaced_one_word_reply_with_the_comma_after_the_mark():
    assert [(q[0], q[1]) for q in _quotes('" Nej " , sagde Ib Holm .')] == [("Nej", "Ib Holm")]


def test_a_spaced_capitalised_word_inside_a_sentence_stays_none():
    assert _quotes('Han kaldte det " Vanvid " , men ingen lyttede .') == []


def test_a_closing_mark_after_the_attribution_ends_the_quote_at_the_comma():
    text = 'Vi solgte alle billetterne på to timer, siger arrangør Pia Lund."'
    assert [(q[0], q[1]) for q in _quotes(text)] == [("Vi solgte alle billetterne på to timer", "Pia Lund")]


def test_a_court_party_opening_a_colon_lead_speaks():
    text = "Offeret svarede stille: »Han slog først.«"
    assert [(q[0], q[1]) for q in _quotes(text)] == [("Han slog først.", "Offeret")]
    text = "Vidnet tøvede lidt: »Jeg kan ikke huske det.«"
    assert [(q[0], q[1]) for q in _quotes(text)] == [("Jeg kan ikke huske det.", "Vidnet")]
