"""First checks of the analysis: sentences, Danish dash quotes, corrections, robustness."""

from __future__ import annotations

from reader.analysis import analyze
from reader.analysis.sentences import split_sentences
from reader.model import EntityCorrection, EntityLabel

DA = (
    "København. Statsminister Mette Hansen (S) besøgte fredag Aarhus.\n\n"
    "- Det er en god dag for Danmark, siger Mette Hansen.\n\n"
    "- Vi skal videre.\n\n"
    "Her mødte hun borgmester Jens Kofoed.\n\n"
    "- Vi er glade for besøget, siger han."
)


def _spans_ok(result) -> None:
    text = result.text
    for ent in result.entities:
        assert 0 <= ent.start < ent.end <= len(text) and text[ent.start:ent.end] == ent.text
    for quote in result.quotes:
        assert 0 <= quote.start < quote.end <= len(text) and text[quote.start:quote.end] == quote.text
    for start, end in result.sentences:
        assert 0 <= start < end <= len(text)


def test_sentences_keep_abbreviations_and_ordinals() -> None:
    text = "Det er f.eks. sådan, bl.a. i Irak. Hr. Jensen kom 1. maj kl. 10. Mr. Smith left the U.S. on Monday. It rose 3.5 percent!"
    result = analyze(text, "da")
    got = [text[s:e] for s, e in result.sentences]
    assert got == [
        "Det er f.eks. sådan, bl.a. i Irak.",
        "Hr. Jensen kom 1. maj kl. 10.",
        "Mr. Smith left the U.S. on Monday.",
        "It rose 3.5 percent!",
    ]


def test_danish_dash_quotes_with_continuation_and_pronoun() -> None:
    result = analyze(DA, "da")
    _spans_ok(result)
    speakers = [q.speaker for q in result.quotes]
    assert speakers == ["Mette Hansen", "Mette Hansen", "Jens Kofoed"]
    assert result.quotes[0].text == "Det er en god dag for Danmark"
    assert result.quotes[1].text == "Vi skal videre."
    last = result.quotes[2]
    assert DA[last.speaker_start:last.speaker_end] == "han"


def test_party_letter_is_an_organisation() -> None:
    result = analyze(DA, "da")
    labels = {e.text: e.label for e in result.entities}
    assert labels.get("S") is EntityLabel.ORG
    assert labels.get("Mette Hansen") is EntityLabel.PER


def test_corrections_force_and_remove() -> None:
    text = "Vi mødte Blåbærgruppen i dag. Aarhus var smuk."
    fixed = analyze(text, "da", [EntityCorrection("Blåbærgruppen", EntityLabel.ORG), EntityCorrection("Aarhus", None)])
    labels = {e.text: e.label for e in fixed.entities}
    assert labels.get("Blåbærgruppen") is EntityLabel.ORG
    assert "Aarhus" not in labels


def test_empty_and_punctuation() -> None:
    for text in ("", "   ", "!!!...???", "- ", "»«", "\x1b[31m\x07"):
        result = analyze(text)
        _spans_ok(result)


def test_english_company_suffix_and_names_named_elsewhere() -> None:
    from reader.analysis.tokens import tokenize

    assert "Corp." in tokenize("He joined Halvorsen Corp. last year.", "en").words
    text = "She works for Zentrix, Inc. in Ohio.\n\nGeorge Wexley called. Wexley said no."
    result = analyze(text, "en")
    found = {(e.text, e.label) for e in result.entities}
    assert ("Zentrix, Inc.", EntityLabel.ORG) in found
    assert ("Wexley", EntityLabel.PER) in found


def _en(text: str) -> set[tuple[str, EntityLabel]]:
    return {(e.text, e.label) for e in analyze(text, "en").entities}


def _en_rules(text: str) -> set[tuple[str, EntityLabel]]:
    """The English rules alone (the analysis puts the trained tagger's names first)."""
    from reader.analysis.english import english_names
    from reader.analysis.names import sentence_start_tokens
    from reader.analysis.sentences import split_sentences
    from reader.analysis.tokens import tokenize

    tokens = tokenize(text, "en")
    spans = english_names(tokens, sentence_start_tokens(tokens, split_sentences(text)), text)
    return {(text[s:e], EntityLabel(label)) for s, e, label in spans}


def test_english_web_text_lower_case_names_and_places() -> None:
    found = _en("i am from canada driving to new orleans next month, anna and ben are coming too.")
    assert ("new orleans", EntityLabel.LOC) in found
    assert ("anna", EntityLabel.PER) in found and ("ben", EntityLabel.PER) in found
    # In a sentence written with capitals a lower-case given name stays a word.
    assert not any(text == "ben" for text, _ in _en("The Celtics said ben was a typo, said Tom."))


def test_english_mail_names_and_business_possessives() -> None:
    found = _en('"Larsen, Peter" wrote to Maria Odegard@NORTHWIND today.')
    assert ("Larsen, Peter", EntityLabel.PER) in found
    assert ("Maria Odegard@NORTHWIND", EntityLabel.PER) in found
    found = _en_rules("Laura B. Finch Deloitte -- Denver")
    assert ("Laura B. Finch", EntityLabel.PER) in found and ("Deloitte", EntityLabel.ORG) in found
    found = _en("We are going to Mama Rosa 's for dinner, not to Denny s again.")
    assert ("Mama Rosa 's", EntityLabel.LOC) in found and ("Denny s", EntityLabel.LOC) in found


def test_english_facilities_orgs_and_lone_famous_surnames() -> None:
    found = _en(
        "We walked past City Hall to hear the Boston Philharmonic Orchestra. Later Arafat spoke."
    )
    assert ("City Hall", EntityLabel.LOC) in found
    assert ("Boston Philharmonic Orchestra", EntityLabel.ORG) in found
    assert ("Arafat", EntityLabel.PER) in found


def test_english_greeting_before_a_name_and_place_before_plain_words() -> None:
    assert ("Helga", EntityLabel.PER) in _en_rules("Good Morning Helga -\nThe file is attached.")
    found = _en("Ann works as a Denver Consultant for Paula Mertens Northwind Energy Services, Inc. now.")
    assert ("Denver", EntityLabel.LOC) in found
    assert ("Paula Mertens", EntityLabel.PER) in found
    assert ("Northwind Energy Services, Inc.", EntityLabel.ORG) in found


def test_danish_article_names_and_genitive_apostrophe() -> None:
    from reader.analysis.names import article_names, genitive_apostrophes
    from reader.analysis.tokens import tokenize

    text = "Han sang i Den jyske Opera og stemte på Det Radikale Venstre i Paris' forstæder."
    toks = tokenize(text, "da")
    words = toks.words
    at = {w: k for k, w in enumerate(words)}
    tags = {at["Opera"]: "B-ORG", at["Radikale"]: "B-ORG", at["Venstre"]: "I-ORG", at["Paris"]: "B-LOC"}
    cands = [k for k, w in enumerate(words) if w[:1].isupper()]
    article_names(words, tags, {0}, cands)
    genitive_apostrophes(toks, tags)
    from reader.analysis.names import tags_to_spans

    got = [(text[s:e], label) for s, e, label in tags_to_spans(toks, tags)]
    assert got == [("Den jyske Opera", "ORG"), ("Det Radikale Venstre", "ORG"), ("Paris'", "LOC")]
    # "De" is also the polite "you": no name across lower-case words after it.
    words = tokenize("Som De kender Politiken.", "da").words
    tags = {3: "B-ORG"}
    article_names(words, tags, {0}, [0, 1, 3])
    assert tags == {3: "B-ORG"}


def test_danish_article_opening_a_sentence_joins_only_an_organisation() -> None:
    from reader.analysis.names import article_names
    from reader.analysis.tokens import tokenize

    words = tokenize("Det Fri Gymnasium får ny rektor.", "da").words
    tags = {1: "B-ORG", 2: "I-ORG"}
    article_names(words, tags, {0}, [0, 1, 2])
    assert tags == {0: "B-ORG", 1: "I-ORG", 2: "I-ORG"}
    # A place or a person after it keeps its own span ("Den Bahama-registrede coaster").
    for label in ("LOC", "PER"):
        words = tokenize("Den Bahama-registrede coaster sejlede.", "da").words
        tags = {1: "B-" + label}
        article_names(words, tags, {0}, [0, 1])
        assert tags == {1: "B-" + label}
    found = [(e.text, e.label.value) for e in analyze("Den Jyske Sparekasse lukker to filialer.", "da").entities]
    assert ("Den Jyske Sparekasse", "ORG") in found


def test_typer_rejection_drops_a_name_unless_in_the_gazetteers() -> None:
    from types import SimpleNamespace

    from reader.analysis import typer
    from reader.analysis.names import retype

    class Scorer:
        def totals(self, words, i, j, first, prior):
            best = typer.REJECT if prior is None or prior[3] > -1e8 else "ORG"
            return [1.0 if label == best else 0.0 for label in typer.TYPES]

    model = SimpleNamespace(span_scorer=Scorer())
    words = ["i", "Bladkompagniet", "og", "Forsvaret", "i", "dag"]
    tags = {1: "B-PER", 3: "B-LOC"}
    retype(words, 0, tags, set(), model, {})
    assert tags == {3: "B-ORG"}  # "Forsvaret" is in the gazetteers: kept, with its best real type


def test_false_names_are_what_a_held_out_tagger_finds_wrongly() -> None:
    from reader.analysis.train import false_names

    examples = [
        (["I", "går", "kom", "Anders", "Holm", "til", "Aarhus", "."],
         ["O", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"]),
    ] * 10
    found = false_names(examples, 2, seeds=1)
    assert len(found) == len(examples)
    for spans in found:
        assert (3, 5) not in spans and (6, 7) not in spans  # gold names are never negatives


def test_danish_false_names_come_from_four_tagger_runs_per_fold(monkeypatch) -> None:
    from reader.analysis import train

    seeds: list[int] = []
    real = train.train

    def counted(examples, epochs, seed=7, keys=None):
        seeds.append(seed)
        return real(examples, epochs, seed, keys)

    monkeypatch.setattr(train, "train", counted)
    examples = [(["Anders", "Holm", "kom", "."], ["B-PER", "I-PER", "O", "O"])] * 5
    train.false_names(examples, 1, language="da")
    assert len(seeds) == 5 * 4  # five folds, four averaged runs each
    seeds.clear()
    train.false_names(examples, 1, language="en")
    assert len(seeds) == 5 * 2  # English as before


def test_danish_organisation_then_person_in_one_capitalised_run_is_split() -> None:
    def da(text: str) -> set[tuple[str, EntityLabel]]:
        return {(e.text, e.label) for e in analyze(text, "da").entities}

    found = da("Det er helt uacceptabelt, siger formand for Ældresagen Poul Erik Skov.")
    assert ("Poul Erik Skov", EntityLabel.PER) in found
    found = da("Formand for Dansk Metal Claus Jensen siger nej.")
    assert ("Claus Jensen", EntityLabel.PER) in found and ("Dansk Metal", EntityLabel.ORG) in found
    found = da("Anders Fogh Rasmussen og Lars Løkke Rasmussen talte i Aarhus.")
    assert ("Anders Fogh Rasmussen", EntityLabel.PER) in found and ("Lars Løkke Rasmussen", EntityLabel.PER) in found


def test_a_name_the_capital_rule_extends_keeps_the_taggers_confidence() -> None:
    # The tagger began the club's name at "Limfjord"; the capital rule put "HK" in front. The typer
    # must still be given the tagger's scores from where it began (it was given none before).
    from types import SimpleNamespace

    from reader.analysis.names import retype

    seen = []

    class Scorer:
        def totals(self, words, i, j, first, prior):
            seen.append((words[i:j], prior))
            return [0.0, 1.0, 0.0, 0.0]  # ORG

    words = ["Med", "sejren", "kvalificerer", "HK", "Limfjord", "sig", "til", "finalen"]
    tags = {3: "B-ORG", 4: "I-ORG"}
    tagger = (0.0, 1.0, 0.0, 30.0, 0.0, 2.0, 0.0, 3.0, 0.0)  # O, B-PER, I-PER, B-ORG, ...
    retype(words, 0, tags, set(), SimpleNamespace(span_scorer=Scorer()), {4: tagger})
    assert tags == {3: "B-ORG", 4: "I-ORG"}
    assert len(seen) == 1 and seen[0][0] == ["HK", "Limfjord"]
    prior = seen[0][1]
    assert prior[1] > prior[0] and prior[1] > prior[2]  # the tagger's ORG score reached the typer


def test_a_hyphenated_description_before_a_name_is_not_part_of_it() -> None:
    found = {(e.text, e.label) for e in analyze(
        "Lørdag vandt nordjyderne finalen over Sønderborg-klubben SG Als med 33-31.", "da").entities}
    assert ("SG Als", EntityLabel.ORG) in found
    assert not any(text.endswith("SG Als") and text != "SG Als" for text, _label in found)
    found = {(e.text, e.label) for e in analyze("Regeringen venter på Tysklands EU-forslag.", "da").entities}
    assert ("Tysklands", EntityLabel.LOC) in found and "Tysklands EU-forslag" not in {text for text, _ in found}


def test_short_forms_of_danish_given_names_stay_in_the_name() -> None:
    result = analyze("- Det er godt, siger transportminister Hans Chr. Schmidt (V).", "da")
    assert ("Hans Chr. Schmidt", EntityLabel.PER) in {(e.text, e.label) for e in result.entities}
    assert [q.speaker for q in result.quotes] == ["Hans Chr. Schmidt"]
    assert len(split_sentences("Direktør Jens Chr. Birch siger nej. Det er slut.")) == 2
    found = {(e.text, e.label) for e in analyze("Direktør Jens Chr. Birch siger nej.", "da").entities}
    assert found == {("Jens Chr. Birch", EntityLabel.PER)}


def test_a_company_named_without_its_legal_form_is_the_same_company() -> None:
    text = "Vestkyst Kabel A/S har fået en ordre. Direktøren for Vestkyst Kabel er glad."
    found = {(e.text, e.canonical) for e in analyze(text, "da").entities if e.label is EntityLabel.ORG}
    assert ("Vestkyst Kabel", "Vestkyst Kabel A/S") in found


def test_a_name_never_runs_across_a_blank_line() -> None:
    """A headline or heading without a full stop, then a paragraph that opens with a name."""
    text = "Ny bro i Aalborg\n\nViborg Kommune siger nej til planen."
    names = {(e.text, e.label) for e in analyze(text, "da").entities}
    assert ("Aalborg", EntityLabel.LOC) in names
    assert ("Viborg Kommune", EntityLabel.ORG) in names
    assert not any("\n" in name for name, _ in names)
    wrapped = analyze("Han mødte Anders\nSamuelsen i går.", "da")  # a hard-wrapped name stays one
    assert "Anders\nSamuelsen" in {e.text for e in wrapped.entities}


def test_headline_names_read_with_the_body_unless_in_title_case() -> None:
    body = "Viborg. Landbrugsskolen Midtjylland har i år optaget 312 nye elever."
    result = analyze(body, "da", title="Rekordmange søger ind på landbrugsskolen i Viborg")
    assert [(e.text, e.label) for e in result.title_entities] == [("Viborg", EntityLabel.LOC)]
    assert ("Viborg", EntityLabel.LOC) in {(e.text, e.label) for e in result.entities}
    english = analyze("Dockworkers stopped work on Monday.", "en", title="Dockworkers Walk Out At Three Ports")
    assert english.title_entities == ()


def test_a_headline_name_after_a_colon_is_found_as_the_body_names_it() -> None:
    body = "STEGE. En brand i en lagerhal holdt Vestmøns Brandvæsen beskæftiget hele natten."
    result = analyze(body, "da", title="Brand i lagerhal: Vestmøns Brandvæsen kæmpede hele natten")
    assert [(e.text, e.label) for e in result.title_entities] == [("Vestmøns Brandvæsen", EntityLabel.ORG)]


def test_a_name_in_capitals_is_grouped_with_its_mixed_case_form() -> None:
    result = analyze("LEEDS, England (Northgate Press) - Leeds city councillors met on Monday.", "en")
    canon = {e.text: e.canonical for e in result.entities}
    assert canon["LEEDS"] == canon["Leeds"] == "Leeds"


def test_english_company_named_by_its_trade() -> None:
    result = analyze("The project by developer Calder Vale Homes will include 360 homes, Tom Reed said.", "en")
    found = {(e.text, e.label) for e in result.entities}
    assert ("Calder Vale Homes", EntityLabel.ORG) in found and ("Tom Reed", EntityLabel.PER) in found


def test_ordinary_words_that_are_also_surnames_do_not_open_a_sentence_as_names() -> None:
    text = "Storm får festivalen i Skagen til at aflyse. Frost og sne lukker vejene. Sommer er bedst."
    names = {e.text for e in analyze(text, "da").entities}
    assert not names & {"Storm", "Frost", "Sommer"} and "Skagen" in names
    assert "Per Storm" in {e.text for e in analyze("Direktør Per Storm siger nej.", "da").entities}


def test_english_vocabulary_is_jackknifed_by_document() -> None:
    from reader.analysis.iob import GoldSentence
    from reader.analysis.train import doc_keys, jackknife

    sentences = [GoldSentence("Galois wrote.", ((0, 6, "PER"),), doc) for doc in (1, 1, 1, 2, 2, 7)]
    # A document's sentences share a fold: a name met again in its own document is not known from it.
    assert jackknife(6, doc_keys(sentences, "en")) == [1, 1, 1, 2, 2, 2]
    assert doc_keys(sentences, "da") is None and jackknife(6, None) == [0, 1, 2, 3, 4, 0]


def test_english_unknown_acronyms_and_peoples_are_no_names() -> None:
    """An unknown acronym alone is a term as often as a firm ("ICT", "GIS"), and a people or a
    nationality ("the French", "Republicans") is no name, as UNER marks them (GUM cross-validation)."""
    assert not any(text == "SSS" for text, _ in _en_rules("Besides, the SSS values rose in spring."))
    found = _en("Then the French moved to capture the city, and Republicans met the Maya.")
    assert not any(text in ("French", "Republicans") for text, _ in found)
