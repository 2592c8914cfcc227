"""English quote speakers in features, speeches and biographies (quotesen19): "she said" does not
go on with a man's name spoken before; a speech heading's "given by" names the speaker; "she" at
the end of a chain from "a young woman" or "my grandmother"; ", she says." goes on into the next
quotation; no sibling surname across a blank line; a headline quotation before "an interview
with"; a short bare answer to a tagged question; "by her own estimate"."""

from __future__ import annotations

from reader.analysis.pipeline import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, "en").quotes]


def test_she_does_not_go_on_with_the_man_who_spoke_before() -> None:
    text = ("Hello and welcome back. Today I am at the boatyard, and I have brought a guest.\n\n"
            "This is Nigel, he has the mooring next to mine and he has been varnishing boats since 1970. "
            "Nigel, wave.\n\n"
            '"I am not waving."\n\nFine, Nigel.\n\n'
            "Everyone in the comments asks how his hull stays so shiny. I asked him last month and he refused.\n\n"
            '"Linseed and patience," he says.\n\n'
            "That is all you get, folks. My aunt actually came down on Friday and tried to bribe him with a "
            'fruit cake. She said, "Nigel, it is a whole cake," and he ate the cake and told her nothing.')
    assert _speakers(text) == ["Nigel", "Nigel", "My aunt"]


def test_she_still_goes_on_with_the_woman_who_spoke_before() -> None:
    text = ("Brenda runs the tea stall at the cricket club.\n\n"
            '"Nobody pays on time," Brenda says. She added: "Except the umpires."')
    assert _speakers(text) == ["Brenda", "Brenda"]


def test_i_in_a_speech_is_the_one_the_heading_says_gave_it() -> None:
    text = ("Eulogy for Rose Tully, given by her nephew Gareth Tully at St Mark's\n\n"
            "Rose taught me to drive in a field behind the farm. On the first day I stalled eleven times.\n\n"
            'On the twelfth go I said, "I am never going to learn this," and she laughed at me.')
    assert _speakers(text) == ["Gareth Tully"]


def test_a_wedding_speech_by_the_best_man() -> None:
    text = ("Best man's speech, by Callum Reid, at the wedding of Iain and Morag\n\n"
            "I have known Iain since primary school.\n\n"
            'When he met Morag he phoned me. I said, "Do not ruin this, pal."')
    assert _speakers(text) == ["Callum Reid"]


def test_the_interviewer_after_by_is_not_the_speaker() -> None:
    text = ("Interview with the potter Hanna Lind, by Tom Reed\n\n"
            'I asked my teacher for one more year. I said, "Give me twelve months."')
    assert _speakers(text) != ["Tom Reed"]


def test_she_at_the_end_of_a_chain_from_a_described_newcomer() -> None:
    text = ("The Thursday Club\n\n"
            "The owner, Ruth Kamara, started the shared tables after her husband died.\n\n"
            '"I was eating alone every night," she says.\n\n'
            "A young woman by the window, a trainee dentist, says she was born in 2003. "
            "She says she comes because her own granny lives in Accra and she misses her.\n\n"
            '"This is my practice granny," she says.')
    assert _speakers(text)[1] == "A young woman"


def test_she_in_a_speech_goes_back_to_my_grandmother() -> None:
    text = ("Address to the graduates of Hallam College, by the architect Nadia Osei\n\n"
            "When I finished here, my grandmother came on the train from Derby. She was ninety. "
            'She sat through two hours of speeches, and at the end she said, "Was that all of it?"')
    assert _speakers(text) == ["my grandmother"]


def test_a_named_person_breaks_the_chain() -> None:
    text = ("The Thursday Club\n\n"
            "The owner, Ruth Kamara, started the shared tables after her husband died.\n\n"
            "A young woman by the window says she was born in 2003. Ruth Kamara says she pours the tea "
            "herself and she never sits down.\n\n"
            '"Somebody has to pour," she says.')
    assert _speakers(text) == ["Ruth Kamara"]


def test_a_closing_she_says_goes_on_into_the_quotation() -> None:
    text = ("The Ferry Sisters\n\n"
            "Agnes Moyo has crewed the Skerry ferry for thirty years. She wants to retire to a caravan. "
            'Her sister thinks that is madness, she says. "Ruth hates caravans."')
    assert _speakers(text) == ["Agnes Moyo"]


def test_a_sentence_without_a_closing_tag_keeps_its_described_subject() -> None:
    text = ("The Ferry Sisters\n\n"
            "Agnes Moyo has crewed the Skerry ferry for thirty years. She wants to retire to a caravan. "
            'Her sister shook her head. "Agnes hates caravans."')
    assert _speakers(text) == ["Her sister"]


def test_a_heading_ending_in_two_first_names_lends_no_surname() -> None:
    text = ("Best man's speech at the wedding of Tom and Lily\n\n"
            "Good afternoon, everyone. I have known Tom since nursery.\n\n"
            'In 2009 his dad rang him on a camping trip. Tom answered and said, "It is fine, Dad."')
    assert _speakers(text) == ["Tom"]


def test_brothers_written_together_still_share_the_surname() -> None:
    text = ("Michael and Sean Doyle run the boatyard at Kilrush.\n\n"
            '"We fixed the slipway ourselves," Michael said.')
    assert _speakers(text) == ["Michael Doyle"]


def test_a_headline_quotation_before_an_interview_with_is_the_interviewee() -> None:
    text = ('"Nobody leaves here with nowhere to go": an interview with Grace Mbeki\n\n'
            "Grace Mbeki, 51, runs a shelter in Leith.\n\n"
            "How did you start?\n\n"
            '"By accident. A friend needed a bed."')
    assert _speakers(text)[0] == "Grace Mbeki"


def test_a_headline_quotation_with_no_interview_heading_gets_no_declared_speaker() -> None:
    text = ('"We are tired": nurses march on Holyrood with Grace Mbeki\n\n'
            "About 2,000 nurses marched through Edinburgh on Saturday behind Grace Mbeki, a ward sister.")
    assert [q.speaker for q in analyze(text, "en").quotes if q.start < 20] in ([], [None])


def test_a_short_bare_answer_to_a_tagged_question_is_the_other_voice() -> None:
    text = ("Saturday at Sid's\n\n"
            "The argument at the barbershop is about ties at weddings.\n\n"
            '"A tie is for funerals," says Winston Hall, who has cut hair here since 1990.\n\n'
            'A customer by the door, Mr Pryce, disagrees. "My father wore a tie to the beach," he says.\n\n'
            '"Was he a banker?" Winston asks.\n\n"Milkman."\n\n'
            'Winston thinks about it. "Milkmen are allowed," he says.')
    assert _speakers(text)[3] == "Pryce"


def test_a_short_bare_paragraph_after_a_statement_stays_with_its_speaker() -> None:
    text = ("Saturday at Sid's\n\n"
            '"A tie is for funerals," says Winston Hall, who has cut hair here since 1990.\n\n'
            'A customer by the door, Mr Pryce, disagrees. "My father wore a tie to the beach," he says.\n\n'
            '"Your father was a brave man," Winston says.\n\n"A very brave man."')
    assert _speakers(text)[3] != "Pryce"


def test_by_her_own_estimate_attributes_a_partial_quote() -> None:
    text = ("Nora Kilbride, who has died aged 90, ran the village post office for forty years and served, "
            'by her own estimate, "every dog in the county and most of their owners."')
    assert _speakers(text) == ["Nora Kilbride"]

