"""One name, one type, per article: the mentions of a name share the type all their evidence prefers."""

from __future__ import annotations

from reader.analysis import analyze
from reader.analysis.canonical import canonical_names


def test_group_type_is_decided_by_the_summed_scores_not_the_count() -> None:
    text = "Vejle vandt. Vejle tabte. Hun bor i Vejle."
    spans = [(0, 5, "ORG"), (13, 18, "ORG"), (36, 41, "LOC")]
    # Two mentions lean a little to ORG, one is clearly a place: the place wins for all three.
    evidence = {(0, 5): (0.0, 1.0, 0.5), (13, 18): (0.0, 1.0, 0.6), (36, 41): (-2.0, -1.0, 6.0)}
    canon, labels = canonical_names(text, spans, "da", evidence)
    assert canon == ["Vejle"] * 3
    assert labels == ["LOC"] * 3
    # Without the typer's scores (names the rules found) the most frequent type stands.
    assert canonical_names(text, spans, "da")[1] == ["ORG"] * 3


def test_a_town_named_again_and_again_has_one_type() -> None:
    text = " ".join(
        f"{start} Hvalsø {end}" for start, end in [
            ("Borgerne i", "er glade."), ("Skolen i", "lukker."), ("", "har fået ny borgmester."),
            ("Turen gik til", "og hjem igen."), ("", "vandt 2-1 over Lejre."),
        ]
    ).replace("  ", " ").strip()
    found = {e.label.value for e in analyze(text, "da").entities if e.text == "Hvalsø"}
    assert len(found) == 1
