"""A long paragraph of dialogue: each pronoun looks back over every person named before it, and
whether a mention is a clause's subject is worked out once per mention, not once per pronoun
(this was quadratic in the paragraph's length: 32 s for 50,000 characters)."""

from reader.analysis import analyze, antecedents


def test_each_mention_is_judged_a_subject_once(monkeypatch):
    judged = []
    real = antecedents.sentence_begin

    def counting(text, s, pos):
        judged.append(pos)
        return real(text, s, pos)

    monkeypatch.setattr(antecedents, "sentence_begin", counting)
    text = '"It is fine," said John Smith. "No," he replied. ' * 60
    result = analyze(text, "en")
    assert [q.speaker for q in result.quotes].count("John Smith") == 120
    assert len(judged) <= 2 * 60, len(judged)  # one per mention (60), not per pronoun and mention (1,800)
