"""English dialogue (issue 15, quotes8): a speaker named through an owner ("said Brannigan's
cousin"), short adverbs of manner after a description, "repeated" as a tag. The sentences are
written for these tests."""

from __future__ import annotations

from reader.analysis import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in sorted(analyze(text, "en").quotes, key=lambda q: q.start)]


def test_an_owner_the_name_finder_missed_is_no_speaker() -> None:
    text = "The stall was closing.\n\n\"Two more crates, then we stop,\" said Grubbins's cousin."
    assert _speakers(text) == ["Grubbins's cousin"]


def test_a_relative_named_through_the_owner_is_not_the_owner() -> None:
    text = (
        "Peter Lund had locked the shop early. A cousin of Peter Lund's came up the hill in the rain, "
        "and this cousin of Peter Lund's was soaked through.\n\n"
        "\"You might have waited for me,\" said Peter Lund's cousin.\n\n"
        "\"I waited an hour,\" said Peter Lund.\n\n"
        "\"Then open it again,\" said the cousin."
    )
    assert _speakers(text) == ["Peter Lund's cousin", "Peter Lund", "the cousin"]


def test_a_short_adverb_of_manner_ends_the_description() -> None:
    text = "The tide was out.\n\n\"Shall we walk to the point?\" asked the cousin gaily."
    assert _speakers(text) == ["the cousin"]


def test_repeated_tags_the_quotation_before_it() -> None:
    text = (
        "The van would not start.\n\n"
        "\"Push it!\" said Nora Quist.\n\n"
        "\"Push it!\" repeated Ivo Brandt. \"In this rain?\""
    )
    assert _speakers(text) == ["Nora Quist", "Ivo Brandt", "Ivo Brandt"]


def test_a_turn_calling_an_earlier_voice_by_name_hands_the_chain_over() -> None:
    text = (
        "Arne Vik came in from the yard and hung up his coat.\n\n"
        "\"The gate is broken again,\" said Arne Vik.\n\n"
        "Lena Dahl looked up from her ledger.\n\n"
        "\"Who broke it this time, Mr. Vik?\" asked Lena Dahl. \"The boys?\"\n\n"
        "\"The wind, I think.\"\n\n"
        "\"In June?\"\n\n"
        "\"It was a strong wind.\"\n\n"
        "She went back to her ledger."
    )
    assert _speakers(text) == ["Arne Vik", "Lena Dahl", "Lena Dahl", "Arne Vik", "Lena Dahl", "Arne Vik"]


def test_a_turn_announced_with_a_colon_counts_as_tagged() -> None:
    text = (
        "Ivo Brandt was painting the fence when Nora Quist came by. Ivo said:\n\n"
        "\"Morning.\"\n\n"
        "Nora stopped at the gate and said:\n\n"
        "\"Still at it, Ivo? I thought you were done.\"\n\n"
        "\"Nearly done.\"\n\n"
        "\"Then come to the fair after.\"\n\n"
        "He put down the brush."
    )
    assert _speakers(text) == ["Ivo Brandt", "Nora Quist", "Ivo Brandt", "Nora Quist"]


def test_she_with_no_woman_named_is_the_woman_the_narrative_described() -> None:
    text = (
        "The young widow set the lamp on the sill and looked out over the marsh for Jonas.\n\n"
        "Nothing moved on the water. The wind rose.\n\n"
        "\"He will not come tonight,\" she said."
    )
    assert _speakers(text) == ["The young widow"]


def test_he_answering_a_turn_that_calls_someone_by_name_is_that_person() -> None:
    text = (
        "Piet Hoorn, Carl Berg and Oskar Lind stood by the well in the dark.\n\n"
        "\"Have you got the key, Oskar?\" said Piet Hoorn.\n\n"
        "\"I have it here,\" he answered. \"In my pocket.\""
    )
    assert _speakers(text) == ["Piet Hoorn", "Oskar Lind", "Oskar Lind"]


def test_a_bare_turn_after_the_one_tagged_turn_of_a_run_is_the_scene_partner() -> None:
    text = (
        "Mara Lund came down to the jetty where Teodor Falk sat mending a net.\n\n"
        "\"Any luck today?\" asked Mara Lund.\n\n"
        "\"Two cod and a boot,\" said Teodor Falk.\n\n"
        "\"A boot?\"\n\n"
        "\"A good one, too.\"\n\n"
        "She laughed and sat down beside him on the planks.\n\n"
        "\"You should sell the boot,\" said Mara Lund.\n\n"
        "\"Who would buy a boot?\"\n\n"
        "The tide was turning."
    )
    assert _speakers(text)[-2:] == ["Mara Lund", "Teodor Falk"]


def test_a_colon_clause_opened_by_he_and_a_verb_far_on_is_his() -> None:
    text = (
        "The old ferryman sat by the stove. The fire had gone low.\n\n"
        "He stirred the ashes for a moment, and then said, not loudly, but loud enough for the whole room to hear:\n\n"
        "\"Nobody crosses tonight.\""
    )
    assert _speakers(text) == ["The old ferryman"]


def test_a_turn_calling_its_tagged_speaker_by_name_is_the_scene_partner() -> None:
    text = (
        "Ivo Brandt and Ole Sand sat on the step.\n\n"
        "\"Is that your bike?\" asked Ole Sand.\n\n"
        "\"It is,\" said Ivo Brandt.\n\n"
        "\"Since when?\"\n\n"
        "\"Since Monday.\"\n\n"
        "Ivo polished the bell with his sleeve. At last he said:\n\n"
        "\"Ivo, let me ride it once.\""
    )
    assert _speakers(text)[-1] == "Ole Sand"


def test_a_beat_whose_subject_is_a_persons_eye_or_voice_is_that_person() -> None:
    text = (
        "The shop was empty except for Ivo Brandt, who was reading by the till.\n\n"
        "Greta Holm's tired eyes went to the clock, and she put down her pen. \"We close at nine.\""
    )
    assert _speakers(text) == ["Greta Holm"]


def test_a_voice_the_next_sentence_names_is_that_persons() -> None:
    text = (
        "The workshop was cold and quiet.\n\n"
        "\"Lock up early tonight!\" cried a cheerful voice. It was the voice of Halvard's daughter, who had "
        "come in without a sound."
    )
    assert _speakers(text) == ["Halvard's daughter"]
