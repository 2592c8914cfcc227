"""A person-typed name opening with a known body is a body (reader.analysis.body_heads44, stop 44)."""

from reader.analysis import analyze
from reader.analysis.body_heads44 import body_heads


def test_a_body_named_with_its_region_is_a_body() -> None:
    text = ('Healthwatch Kent said patients had waited too long. "It is not good enough," said '
            'Healthwatch Kent chair Priya Lall.')
    names = {(e.text, e.label.value) for e in analyze(text, "en").entities}
    assert ("Healthwatch Kent", "ORG") in names and ("Priya Lall", "PER") in names


def test_a_head_that_is_also_a_given_name_or_a_place_stays_a_person() -> None:
    text = "Chase Utley, Tesco Wharton and Odense Jensen"
    spans = [(0, 11, "PER"), (13, 26, "PER"), (31, 44, "PER")]
    evidence: dict[tuple[int, int], tuple[float, ...]] = {(13, 26): (1.0, 0.0, 0.0)}
    assert body_heads(text, spans, "en", evidence) == [(0, 11, "PER"), (13, 26, "ORG"), (31, 44, "PER")]
    assert (13, 26) not in evidence
