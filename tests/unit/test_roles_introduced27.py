"""Roles the article gives where it brings a person in, carried to their quotes: a Danish role
opening the sentence, and a body's role set off before the name; a club's letters before its town
at a sentence's start, and its genitive with an apostrophe, are the club."""

from reader.analysis import analyze

DA = (
    "BK Nordvig rykkede ned lørdag.\n\n"
    "Cheftræner Jonas Lund havde frygtet det hele sæsonen.\n\n"
    "BK Nordvigs anfører, Ida Krogh, scorede to mål.\n\n"
    "- Vi var bedre i dag, siger Ida Krogh.\n\n"
    "- Vi må starte forfra, siger Jonas Lund."
)


def _roles(text, language):
    return {q.speaker: (q.role, q.affiliation) for q in analyze(text, language=language).quotes}


def test_a_danish_role_opening_the_sentence_is_carried():
    assert _roles(DA, "da")["Jonas Lund"][0] == "cheftræner"


def test_a_bodys_role_set_off_before_the_name_is_carried():
    assert _roles(DA, "da")["Ida Krogh"] == ("anfører", "BK Nordvig")
    text = "Harbourline Ferries' operations manager, Tom Reed, was on the quay.\n\n\"We sail at six,\" Tom Reed said."
    assert _roles(text, "en")["Tom Reed"] == ("operations manager", "Harbourline Ferries")


def test_club_letters_before_the_town_open_the_club_at_a_sentence_start():
    entities = analyze("HK Strandby' træner var tilfreds efter kampen.", language="da").entities
    assert [(e.start, e.canonical, e.label.value) for e in entities][:1] == [(0, "HK Strandby", "ORG")]


def test_a_danish_genitive_apostrophe_is_no_part_of_the_canonical_name():
    from reader.analysis.canonical import canonical_names

    text = "SG Vig tabte. Vigs' træner var sur."
    canon, _labels = canonical_names(text, [(0, 6, "ORG"), (14, 19, "ORG")], "da")
    assert canon[1] == "Vigs"


def test_a_role_whose_modifier_the_story_writes_nowhere_else_is_carried():
    text = ("Harvest council chairman Tom Reed said the new sign would slow drivers.\n\n"
            '"It is what the village asked for," he said.')
    assert _roles(text, "en")["Tom Reed"][0] == "harvest council chairman"


def test_a_role_after_according_to_is_carried_with_its_organisation():
    text = ('Lorries are queuing, according to haulage manager Ruth Bell of Stonegate Logistics Ltd.\n\n'
            '"Nothing moves before noon," she said.')
    assert _roles(text, "en")["Ruth Bell"] == ("haulage manager", "Stonegate Logistics Ltd")


def test_a_clause_before_ifoelge_is_no_role():
    text = "Priserne stiger i år, ifølge økonom Jens Vinter.\n\n- Det bliver dyrt, siger han."
    assert _roles(text, "da")["Jens Vinter"] == ("økonom", "")


def test_a_person_of_a_body_is_two_names():
    names = [(e.text, e.label.value) for e in analyze(
        "Lorries wait, said depot manager Ruth Bell of Stonegate Logistics.", language="en").entities]
    assert ("Ruth Bell", "PER") in names and ("Stonegate Logistics", "ORG") in names
    assert ("Royal Bank of Scotland", "ORG") in [(e.text, e.label.value) for e in analyze(
        "The Royal Bank of Scotland said so.", language="en").entities]
