"""Patterns a new English tuning part (tune8, texts written by the team) showed, in sentences
written for the test (quotes12): an interview written as question paragraphs and quoted answers."""

from __future__ import annotations

from reader.analysis.pipeline import analyze


def _speakers(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    return [(text[q.start:q.end], q.speaker) for q in analyze(text, language).quotes]


def test_a_quoted_answer_after_a_question_paragraph_is_the_interviewee() -> None:
    text = ('Talking shop with locksmith Greta Hollis\n\n'
            'Greta Hollis has opened stuck doors in this town since 1998. We met her at her workshop.\n\n'
            'Which lock do you hate most?\n\n'
            '"The cheap ones with the plastic cylinder. They jam in the cold."\n\n'
            'Her apprentice, Omar Quist, thinks she is too hard on them. "They are fine for a shed."\n\n'
            'Do you still get called out at night?\n\n'
            '"Twice a week. Mostly people who locked the keys inside with the engine running."\n')
    assert [s for _, s in _speakers(text)] == ["Greta Hollis", "Omar Quist", "Greta Hollis"]


def test_an_answer_labelled_a_after_a_q_line_is_the_interviewee() -> None:
    text = ('Five minutes with a lifeguard\n\n'
            'Jonas Berglund has watched the north beach for six summers.\n\n'
            'Q. What do swimmers get wrong?\n\n'
            'A. "They think the flags are decoration."\n\n'
            'Q. Your worst day?\n\n'
            'A. "A Sunday in July. Nine rescues before lunch."\n')
    assert [s for _, s in _speakers(text)] == ["Jonas Berglund", "Jonas Berglund"]


def test_a_quotation_after_a_question_outside_an_interview_is_left_alone() -> None:
    text = ('Why would anyone swim in March?\n\n"Because the water is empty," said Lena Fisk.\n')
    assert _speakers(text) == [("Because the water is empty", "Lena Fisk")]


def test_a_described_subject_with_a_longer_phrase_after_it_speaks_in_the_beat() -> None:
    text = ('The ward was quiet after midnight.\n\n'
            'A tall porter in a green tunic wheeled the trolley past. "Mind your feet, please."\n')
    assert _speakers(text) == [("Mind your feet, please.", "A tall porter")]


def test_a_family_title_and_a_first_name_is_a_person_for_the_quotes() -> None:
    text = ('Uncle Mort parked the van across two spaces, as he always did.\n\n'
            '"Nobody needs two spaces on a Tuesday."\n\n'
            'Auntie Gwen came round the back with the cool box. "Except you, apparently," she said.\n')
    first, second = [s for _, s in _speakers(text)]
    assert first == "Uncle Mort" and (second or "").endswith("Gwen")


def test_a_tradesman_described_before_is_the_he_of_the_quote() -> None:
    text = ('On the second day a plumber came to look at the boiler. He knelt, listened, and said, '
            '"Whoever fitted this should be ashamed."\n')
    assert _speakers(text) == [("Whoever fitted this should be ashamed.", "a plumber")]


def test_an_usher_opening_the_beat_speaks() -> None:
    text = ('The lights were already down.\n\nThe usher pointed her torch along the row. "Seats nine and ten, at the end."\n')
    assert _speakers(text) == [("Seats nine and ten, at the end.", "The usher")]


def test_a_described_subject_speaks_though_the_beat_names_the_one_it_turns_to() -> None:
    text = ('The waiting room was full.\n\n'
            'The old farmer nudged Helga Brandt. "They call us in alphabetical order, you know."\n')
    assert _speakers(text) == [("They call us in alphabetical order, you know.", "The old farmer")]


def test_a_person_named_as_the_described_subject_is_still_that_person() -> None:
    text = ('A nurse named only as Maria waved from the desk. "You can go in now."\n')
    assert [s for _, s in _speakers(text)] != ["A nurse"]


def test_bare_turns_after_the_partner_turn_go_on_alternating() -> None:
    text = ('"The last bus has gone," the porter said.\n\n"Then I will walk," Ines Hart said.\n\n'
            'The porter went back to his paper. Ines looked at the rain.\n\n'
            '"Is there a taxi rank near here?" she asked.\n\n"By the station. Ten minutes on foot."\n\n'
            '"Which way?"\n\n"Left at the church."\n')
    assert [s for _, s in _speakers(text)] == ["the porter", "Ines Hart", "Ines Hart", "the porter", "Ines Hart", "the porter"]


def test_she_with_no_woman_named_is_the_described_subject_of_the_paragraph_before() -> None:
    text = ('The Night Desk\n\nThe clerk didn\'t look up when Tom Reed came in. She was sorting keys into a tin.\n\n'
            '"Room number?" she said.\n')
    assert _speakers(text) == [("Room number?", "The clerk")]


def test_a_described_subject_of_a_chain_of_verbs_says_the_quotation() -> None:
    text = ('It rained all week. My neighbour came over, looked at the puddle in the hall, and said, '
            '"You need a new roof."\n')
    assert _speakers(text) == [("You need a new roof.", "My neighbour")]


def test_he_after_a_short_adverbial_takes_the_described_subject_of_the_sentence_before() -> None:
    text = ('Then my landlord turns up and he\'s like, "That van is in a fire lane."\n\n'
            'My uncle was meant to carry boxes but mostly drank tea. At one point he looks up and goes, '
            '"Are all these books yours?"\n')
    assert [s for _, s in _speakers(text)] == ["my landlord", "My uncle"]


def test_a_pronoun_after_a_short_opening_phrase_is_the_subject_before_the_quotation() -> None:
    text = ('Maria Lindgren kept a diary for forty years.\n\n'
            'In the last volume she wrote about the harbour. "The boats are fewer every spring."\n')
    assert _speakers(text) == [("The boats are fewer every spring.", "Maria Lindgren")]


def test_a_clause_opening_the_sentence_is_no_short_phrase() -> None:
    text = ('Maria Lindgren and Tom Reed ran the shop.\n\n'
            'By the time she left he was alone. "The boats are fewer every spring."\n')
    assert [s for _, s in _speakers(text)] != ["Maria Lindgren"]


def test_the_breakdown_counts_judged_quotes_by_layout_without_text(tmp_path, capsys) -> None:
    import json

    from reader.analysis.evaluate_quotes import main
    text = ('Tove Lind runs the ferry.\n\n"We sail at six," said Tove Lind.\n\n"Every day."\n')
    quotes = []
    for words in ("We sail at six", "Every day."):
        start = text.index(words)
        quotes.append({"start": start, "end": start + len(words), "speaker": ["Tove Lind"], "unknown": False})
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "x", "lang": "en", "part": "p", "text": text, "quotes": quotes}) + "\n", encoding="utf-8")
    assert main([str(gold), "--part", "p", "--breakdown"]) == 0
    out = capsys.readouterr().out
    assert "name in the sentence" in out and "name in the paragraph before" in out
    assert "sail" not in out and "Every" not in out  # counts only
