"""Work the analysis skips gives what doing it gave (speed8)."""

from __future__ import annotations

from reader.analysis import antecedents, canonical, descriptions, people as people_module
from reader.analysis.pipeline import analyze
from reader.analysis.people import People


def test_a_danish_pronoun_never_reads_the_signs_of_sex(monkeypatch) -> None:
    calls = []
    monkeypatch.setattr(antecedents, "learned_sex", lambda ctx, name: calls.append(name))
    # (a surname alone: its sex is what only English reads from the text)
    text = "Direktør Holm gik ind i salen og talte længe.\n\n- Det er godt, siger han."
    assert [q.speaker for q in analyze(text, "da").quotes] == ["Holm"]
    assert calls == []


def _kind_plain(text, spans, members, language):
    """``canonical._kind_named`` without its first test (the patterns alone)."""
    for k in members:
        if " " in text[spans[k][0]:spans[k][1]]:
            continue
        left = text[max(0, spans[k][0] - 20):spans[k][0]]
        for label, pattern in canonical._KIND_BEFORE.get(language, {}).items():
            if pattern.search(left):
                return label
    return None


def test_the_kind_noun_test_finds_what_the_patterns_find() -> None:
    for language, kinds in canonical._KINDS.items():
        nouns = " ".join(kinds.values()).split()[:6] + ["byen", "town", "ofte", "selskab"]
        for noun in nouns:
            for gap in (" ", "  ", "\n", " of ", " of\n", "\t \n", "", " x "):
                for lead in ("", "i ", "X", "-", "med det nye "):
                    text = f"{lead}{noun}{gap}Vestby og mere"
                    at = len(lead) + len(noun) + len(gap)
                    spans = [(at, at + 6, "LOC")]
                    assert canonical._kind_named(text, spans, [0], language) == _kind_plain(text, spans, [0], language), text


def test_role_words_are_read_near_every_place_the_role_is_written(monkeypatch) -> None:
    texts = [
        "Formand Lise Holm talte. Bageren, Jens Berg, kom. Sekretær i klubben Anne Dahl smilede.\n\n"
        "- Ja, siger formanden. - Nej, siger bageren. - Måske, siger sekretæren.",
        "İstanbul İzmir İnegöl. formand Lise Holm talte. Jens Berg, formand for klubben, kom.\n\n"
        "- Ja, siger formanden.",
        "Han mødte formand hos Vestkraftværkernes Fællesforening Lise Holm i går. Mødet varede længe, og der "
        "blev talt om mange andre ting.\n\n- Ja, siger formanden.",  # (the role word 48 characters before)
        "ΣΟΦΙΑ Σ. Lise Holm, der er formand, talte. En nabo til krydset, Ole Mikkelsen, så det.\n\n"
        "- Ja, siger formanden. - Nej, siger naboen.",
    ]
    met = 0
    for text in texts:
        found = analyze(text, "da").entities
        for noun in ("formanden", "bageren", "sekretæren", "naboen", "formand"):
            gated = descriptions._by_role(text, noun, People(list(found), text), len(text) + 1)
            with monkeypatch.context() as patch:
                patch.setattr(descriptions, "near_written", lambda text, stems, people: people.people)
                every = descriptions._by_role(text, noun, People(list(found), text), len(text) + 1)
            assert gated == every, (text[:20], noun)
            met += len(every)
    assert met >= 5  # (the texts do introduce people by these roles)
    assert people_module.near_written is descriptions.near_written
