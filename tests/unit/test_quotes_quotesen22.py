"""English news quote speakers (quotesen22): an unnamed source introduced with reported speech
speaks the quotation paragraph after it; "the victim's sister" is not the officer named before;
"he added" goes on with the speaker just before whose sex the text does not show; "Asked ...,
he smiled." before a bare quotation; the answer after a reported yes/no question."""

from __future__ import annotations

from reader.analysis.pipeline import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, "en").quotes]


def test_a_described_source_with_reported_speech_speaks_the_next_paragraph() -> None:
    text = ("Van crashes into chip shop\n\n"
            "A van ploughed into the front of a chip shop in Grimsby on Friday night.\n\n"
            "Store manager Hannah Greaves said nobody had been badly hurt.\n\n"
            '"We were lucky. Ten minutes earlier the queue was out of the door."\n\n'
            "A customer said he had jumped over the counter when he heard the engine.\n\n"
            '"I thought it was going to come straight through the fryers."')
    assert _speakers(text) == ["Hannah Greaves", "A customer"]


def test_an_unnamed_source_with_an_apposition_speaks_the_next_paragraph() -> None:
    text = ("Night shift walks out\n\n"
            'Organiser Tom Reddy said the staff "had simply had enough".\n\n'
            "One cleaner, a 61-year-old who has worked there since 2004, said she had never seen it so bad.\n\n"
            '"They took our breaks away and then they took our overtime."\n\n'
            "A supervisor at the depot, speaking on condition of anonymity, said the firm was listening.\n\n"
            '"It will be sorted by the end of the month."')
    assert _speakers(text)[-2:] == ["One cleaner", "A supervisor at the depot"]


def test_the_victims_sister_is_not_the_officer_named_before() -> None:
    text = ("Pensioner robbed at cashpoint\n\n"
            "Sergeant Paul Kirwan of Merseyside Police said officers were checking cameras.\n\n"
            '"Someone saw this happen and we need them to come forward," Sgt Kirwan said.\n\n'
            "The victim's sister said the family were shaken.\n\n"
            '"She walks to that machine every Thursday. She will not go out now."')
    assert _speakers(text)[-1] == "The victim's sister"


def test_he_added_goes_on_with_a_speaker_whose_sex_the_text_does_not_show() -> None:
    text = ("Garage flooded again\n\n"
            'A Yorkshire Water spokesman said: "Our teams are on site and the pipe has been isolated."\n\n'
            "The garage's owner, Ravi Dhillon, said the repairs would take weeks.\n\n"
            '"The pit is full of water and the ramps are ruined."\n\n'
            '"It is the third time since June," he added.')
    assert _speakers(text)[-2:] == ["Ravi Dhillon", "Ravi Dhillon"]


def test_asked_then_a_pronoun_before_a_bare_quotation() -> None:
    text = ("Osei into first final\n\n"
            "Kwame Osei beat the second seed Tomas Berger 6-4 7-5 to reach his first final in Eastbourne.\n\n"
            '"He was too good today. My legs had gone by the second set," Berger said.\n\n'
            "Osei will play the Australian Liam Hardy on Sunday. Asked whether he could win the title, he grinned.\n\n"
            '"Ask me on Sunday night."')
    assert _speakers(text)[-1] == "Kwame Osei"


def test_asked_then_she_with_one_player_named_stays_hers() -> None:
    text = ("Kaur books place in final\n\n"
            "Simran Kaur beat the defending champion Ellie Marsh in straight sets on Friday.\n\n"
            "Kaur will meet the Czech Petra Novakova in the final. Asked whether she felt ready, she laughed.\n\n"
            '"Ready? I have been ready since I was nine."')
    assert _speakers(text)[-1] == "Simran Kaur"


def test_the_answer_to_a_reported_question_is_the_one_asked() -> None:
    text = ("Rail boss questioned by MPs\n\n"
            "The chief executive of Northern Line Trains, Joanne Pryce, told the committee that services were improving.\n\n"
            '"Punctuality is up four points on last year," she said.\n\n'
            "Committee member Alan Whitby asked whether she would refuse her bonus.\n\n"
            '"I have told the board I will not accept it."')
    assert _speakers(text)[-1] == "Joanne Pryce"


def test_a_question_after_a_reported_question_stays_with_the_asker() -> None:
    text = ("Housing meeting turns angry\n\n"
            'Developer Mark Ferris said the estate would have "plenty of green space".\n\n'
            "Resident Gail Hughes asked him if the new road would go past the school.\n\n"
            '"My children walk that way. Who is going to keep them safe?"')
    assert _speakers(text)[-1] == "Gail Hughes"


def test_a_narrative_sentence_about_a_described_person_is_no_reported_speech() -> None:
    text = ("Lifeboat called out twice\n\n"
            "Helmsman Gary Treloar said the second call came just after midnight.\n\n"
            '"The sea was getting up and the light was going."\n\n'
            "A passing yacht stood by until the lifeboat arrived.\n\n"
            '"Without them we would have lost sight of the swimmer."')
    assert _speakers(text)[-1] == "Gary Treloar"


def test_the_scot_is_the_player_tied_to_scotland_not_a_person_called_scot() -> None:
    text = ("Reid takes the title\n\n"
            "Scotland's Euan Reid won the Welsh Open in Newport by two shots on Sunday.\n\n"
            "The 31-year-old finished ahead of Spain's Carlos Ibarra and the Dane Mads Holm.\n\n"
            '"My putter was hot all week," the Scot said.\n\n'
            '"I just could not hole anything," said the Spaniard, who led after three rounds.')
    assert _speakers(text) == ["Euan Reid", "Carlos Ibarra"]


def test_the_dane_with_nobody_tied_to_denmark_is_no_one_named() -> None:
    text = ("Holm wins in Newport\n\n"
            "Mads Holm won the Welsh Open on Sunday, two shots clear of Euan Reid.\n\n"
            '"I played the best golf of my life," the Dane said.')
    assert _speakers(text) != ["Euan Reid"]


def test_a_kin_word_with_a_name_after_an_owner_speaks_for_herself() -> None:
    text = ("Reid takes the title\n\n"
            "Euan Reid won the Welsh Open in Newport by two shots on Sunday.\n\n"
            '"It has been a long time coming," Reid said.\n\n'
            "Reid's mother, Moira, watched from behind the last green.\n\n"
            '"I could not look. I had my eyes shut for the final putt."')
    assert _speakers(text)[-1] == "Moira"


def test_a_described_source_reporting_speech_before_a_quote_in_its_paragraph() -> None:
    text = ("Party holds seat\n\n"
            "Labour held the seat with a majority of 4,210, the council said.\n\n"
            'The winner, Deborah Quayle, told supporters: "This town has been ignored for too long."\n\n'
            'A Reform UK spokesperson said the result was a warning to Labour. "Voters have lent them this seat."')
    assert _speakers(text)[-1] == "A Reform UK spokesperson"


def test_she_after_a_paragraph_about_her_in_an_obituary_is_its_subject() -> None:
    text = ("Agnes Whitlow, the midwife who delivered half of Hebden Bridge, dies at 93\n\n"
            "Agnes Whitlow, who delivered more than 4,000 babies in the Calder Valley, has died aged 93.\n\n"
            "Councillor Dele Okafor, one of those babies, remembered her cycling up the hill in the snow.\n\n"
            '"She came at two in the morning with her bag on the handlebars. My mother never forgot it."\n\n'
            "She retired in 1991. Years later she was asked what had kept her going.\n\n"
            '"Tea, mostly," she said. "And the first cry. You never tire of that."')
    assert _speakers(text)[-2:] == ["Agnes Whitlow", "Agnes Whitlow"]


def test_he_after_a_paragraph_of_reported_speech_goes_on_with_the_man_quoted() -> None:
    text = ("Ferry boss Paul Tranter apologises for cancellations\n\n"
            "Paul Tranter, chief executive of Harbour Lines, has apologised for a week of cancelled sailings.\n\n"
            "\"We let people down,\" said the company's engineer, Michael Bamber.\n\n"
            "He said the firm had lost £2m in the week.\n\n"
            '"It is a cost we will carry," he said.')
    assert _speakers(text)[-1] == "Michael Bamber"


def test_a_title_quotation_before_a_colon_and_a_name_is_that_persons() -> None:
    text = ("'I still learn my lines on the bus': Rosalind Mabey at 80\n\n"
            "Rosalind Mabey has been on stage for sixty years. This month she opens in her fortieth play.\n\n"
            '"I am sick with nerves every first night," Mabey said.')
    assert _speakers(text)[0] == "Rosalind Mabey"


def test_a_title_quotation_before_a_named_owner_is_not_the_owners() -> None:
    text = ("'We are heartbroken': Rosalind Mabey's family pay tribute\n\n"
            "The family of the actor Rosalind Mabey, who died on Sunday, have paid tribute to her.\n\n"
            '"She lit up every room," her son, Daniel Mabey, said.')
    assert _speakers(text)[0] != "Rosalind Mabey"


def test_the_bank_said_after_residents_spoke_is_the_bank_not_a_resident() -> None:
    text = (
            "Seaside town's last bank closes\n"
            '\n'
            '"We have been completely abandoned."\n'
            '\n'
            'That is the verdict of Brian Holt, 76, who has banked at the Lloyds branch in Withernsea for 50 years. It closes on Friday.\n'
            '\n'
            '"I don\'t do the internet. Where am I supposed to pay in my pension?\n'
            '\n'
            '"My daughter lives in Leeds. She can\'t drive over every week to do it for me," he said.\n'
            '\n'
            'So says almost everyone in the queue. Margaret Dunn, 81, has brought a flask.\n'
            '\n'
            '"They\'ll have to drag me out."\n'
            '\n'
            'Those were the words of the town\'s mayor, Cllr Lyn Shaw, too, when she heard the news in March: "Over my dead body."\n'
            '\n'
            'Lloyds said 90% of customers at the branch also used online banking.\n'
            '\n'
            '"We understand this will be disappointing for some customers," the bank said. "A banking hub will open in the library."\n'
    )
    assert _speakers(text)[-2:] == ["the bank", "the bank"]


def test_a_name_after_a_run_of_titles_is_the_subject_of_its_paragraph() -> None:
    text = ("Pool closure approved\n\n"
            "Plans to close the Lido on Marsh Lane were approved by the council's cabinet on Tuesday.\n\n"
            "Green Party group leader Cllr Hugo Barnard called the decision \"short-sighted\".\n\n"
            '"Children in this town will grow up unable to swim. That is the cost of this."')
    assert _speakers(text)[-1] == "Hugo Barnard"


def test_a_friend_of_someone_described_is_the_friend() -> None:
    text = ("Club parts company with manager\n\n"
            "Harrogate Town have parted company with manager Simon Weaver after eight games without a win.\n\n"
            'Weaver has not spoken publicly. A friend of the former manager said he was "gutted".\n\n'
            '"He gave that club fifteen years. He has not slept properly in weeks."')
    assert _speakers(text) == ["A friend", "A friend"]


def test_a_nicknamed_speaker_is_the_full_name_without_the_nickname() -> None:
    text = ("Great-grandmother swims Channel relay\n\n"
            'Winifred "Winnie" Cartwright, 90, from Folkestone, swam the first leg of the relay on Sunday.\n\n'
            '"I have had colder baths," Winnie said afterwards.\n\n'
            "Asked whether she would do it again, Mrs Cartwright laughed. \"Ask me when I'm a hundred.\"")
    assert [s for s in _speakers(text)] == ["Winifred Cartwright", "Winifred Cartwright"]
