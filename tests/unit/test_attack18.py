"""attack18: false positives of this session's rules, found by writing sentences against them."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.sentences import split_sentences
from reader.library.frontmatter import parse_front_matter


def test_question_and_answer_between_rules_is_not_front_matter() -> None:
    """Invalid YAML without a tab is no spoilt front matter: an interview's "A: ...: ..." line made
    the block invalid YAML, and its Q&A lines were read as fields and dropped from the body."""
    text = "---\nQ: Hvorfor gik du af?\nA: Jeg var træt: det var nok.\n---\nResten af interviewet.\n"
    assert parse_front_matter(text) == ({}, text)


def test_tabbed_front_matter_still_gives_its_fields() -> None:
    """review18's case stays: a tab in the indentation, plain key: value lines."""
    fields, rest = parse_front_matter("---\ntitle:\tTabbed\n\tdate: 2026-01-02\n---\nBody.\n")
    assert fields == {"title": "Tabbed", "date": "2026-01-02"} and rest == "Body.\n"


@pytest.mark.parametrize("text", [
    "Hun er uddannet cand.polit. Hun arbejder i ministeriet.",
    "Hun har en mag.art. Den fik hun i 1998.",
    "Søren er nyuddannet cand.scient. Nu søger han job.",
    "Hun blev i 2001 cand.mag. Siden har hun undervist.",
    "Mette Holm, cand.psych. Hun har egen praksis.",
])
def test_degree_before_a_sentence_that_opens_without_a_name_ends_it(text: str) -> None:
    """The lead's degree rule kept every degree not after "er/var/blev/som" in its sentence; only a
    name after it ("dr.jur. Agnete Voss") does."""
    assert len(split_sentences(text)) == 2


def test_plain_noun_opener_gives_way_to_a_later_subject() -> None:
    """quotesda18's "Kvinden/Manden ..." opener made a dead man speak for the police."""
    text = ("Ulykke på landevejen\n\nManden døde efter ulykken. Politiet efterlyser vidner.\n\n"
            "- Vi vil gerne høre fra alle, der så noget, siger han.\n")
    [quote] = analyze(text, "da").quotes
    assert quote.speaker != "manden"


def test_plain_noun_opener_still_speaks() -> None:
    """quotesda18's case stays: the paragraph's only subject is the unnamed woman."""
    text = "Butikken i Nørregade\n\nKvinden bag disken smiler.\n\n- Vi har været her i 30 år, siger hun.\n"
    [quote] = analyze(text, "da").quotes
    assert quote.speaker == "kvinden"


def test_det_siger_noget_om_names_no_speaker() -> None:
    """quotesda18's "Det siger X" after a quotation took "noget" as the speaker of "Det siger noget
    om Mette Holm, at ..." (a judgement, not an attribution)."""
    text = ("Lønnen er steget\n\n»Vi har fået mere end forventet.«\n\n"
            "Det siger noget om Mette Holm, at hun ikke vil kommentere sagen.\n")
    [quote] = analyze(text, "da").quotes
    assert quote.speaker is None


def test_det_siger_x_still_names_the_speaker() -> None:
    """quotesda18's convention stays."""
    text = "Lønnen er steget\n\n»Vi har fået mere end forventet.«\n\nDet siger tillidsmand Ole Berg.\n"
    [quote] = analyze(text, "da").quotes
    assert quote.speaker == "Ole Berg"


@pytest.mark.parametrize(("text", "name"), [
    ("Mads Ure kom for sent til mødet.", "Mads Ure"),
    ("Prisen gik til Hanne Handel fra Vejle.", "Hanne Handel"),
])
def test_given_name_and_a_trade_word_stays_a_person(text: str, name: str) -> None:
    """The lead's da_trades18 made any person ending in a trade word a firm."""
    found = {(text[e.start:e.end], e.label.value) for e in analyze(text, "da").entities}
    assert (name, "PER") in found


@pytest.mark.parametrize(("text", "second"), [
    ("Kamp i Herning\n\n- Vi spillede dårligt, siger Mads Lund.\n\n- Vi var bedre i dag, siger træneren.\n", "træneren"),
    ("Retten i Kolding\n\n- Jeg så ingenting, sagde Ole Berg i retten.\n\n- Tiltalte lyver, sagde anklageren.\n",
     "anklageren"),
])
def test_described_reply_in_the_next_paragraph_is_someone_else(text: str, second: str) -> None:
    """quotesda18's "siger bageren" rule gave a reply in the very next paragraph to the one quoted
    before: the witness said "Tiltalte lyver", the beaten team's player praised his opponents."""
    assert [q.speaker for q in analyze(text, "da").quotes][1] == second


def test_det_siger_x_nej_til_is_a_refusal() -> None:
    """"Det siger Ole Berg nej til at kommentere" after a quotation: he declines to comment on it."""
    text = "Mødet trak ud\n\n»Det bliver dyrt.«\n\nDet siger Ole Berg nej til at kommentere.\n"
    [quote] = analyze(text, "da").quotes
    assert quote.speaker != "Ole Berg"


@pytest.mark.parametrize("colon", ["Deres krav er enkelt:", "Hendes budskab er klart:"])
def test_possessive_thing_before_a_colon_is_no_speaker(colon: str) -> None:
    """quotesda18's colon rule took any noun after a possessive as the speaker ("deres krav")."""
    text = f"Protest ved rådhuset\n\nForældrene mødte op i hundredvis. {colon}\n\n»Skolen skal blive.«\n"
    [quote] = analyze(text, "da").quotes
    assert quote.speaker is None


def test_possessive_person_before_a_colon_still_speaks() -> None:
    text = "Protest ved rådhuset\n\nForældrene mødte op i hundredvis. Min nabo siger det sådan:\n\n»Skolen skal blive.«\n"
    [quote] = analyze(text, "da").quotes
    assert quote.speaker == "min nabo"
