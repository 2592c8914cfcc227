"""Nouns for a person: the words of one sex ("her brother", "a police spokeswoman"), people by
what they do or are ("nurse", "stranger"), and more English nouns by trade, station or situation,
for quote speakers only (the name finder keeps its own list)."""

from __future__ import annotations

from reader.analysis.speaker_owners import person_noun

MORE_PERSON_NOUNS = frozenset(
    """mechanic seller vendor dispatcher contractor builder plumber carpenter grocer butcher bartender cook
    janitor caretaker gardener hairdresser barber nanny midwife surgeon vet firefighter lifeguard ranger
    lieutenant sailor hunter miner labourer laborer engineer architect lecturer tutor instructor referee umpire
    athlete runner swimmer singer dancer actor actress photographer reporter announcer preacher monk nun vicar
    pastor rabbi imam lord duke knight emperor kid teenager toddler youngster orphan bride groom inventor
    researcher expert critic reviewer spectator onlooker bystander hiker climber pilgrim refugee immigrant
    migrant citizen landlady homeowner buyer trader merchant banker broker accountant teller sentry warden
    jailer inmate convict thief burglar robber attacker killer murderer defendant plaintiff juror magistrate
    coroner paramedic medic counsellor counselor volunteer campaigner interpreter translator courier chauffeur
    shepherd rancher tailor seamstress housekeeper governess graduate classmate schoolboy schoolgirl dean
    scholar chaplain stallholder fishmonger greengrocer innkeeper landowner cleaner sweeper porter boatman
    ferryman stranger conductor attendant steward stewardess usher concierge supervisor employee staffer
    insider eyewitness potter farrier skipper""".split()
)


def more_person_noun(word: str) -> bool:
    """Whether ``word`` (or its plural) is one of ``MORE_PERSON_NOUNS``."""
    low = word.lower()
    return low in MORE_PERSON_NOUNS or low.endswith("s") and low[:-1] in MORE_PERSON_NOUNS or low.endswith(_TRADES)


_TRADES = ("maker", "makers", "keeper", "keepers", "monger", "mongers", "smith", "smiths")  # "watchmaker", "beekeeper"


# Family words by sex ("Ruth Adeyemi's father"), and relations, which are no roles ("Her son Tom
# Hill said" names no role; lead, stop 42).
MALE_KIN = frozenset("father son husband brother grandfather grandson uncle nephew dad boyfriend widower stepfather stepson".split())
FEMALE_KIN = frozenset(
    "mother daughter wife sister grandmother granddaughter aunt niece mum mom girlfriend widow stepmother stepdaughter".split()
)
RELATIONS = MALE_KIN | FEMALE_KIN | frozenset("partner friend neighbour neighbor cousin child fiance fiancee fiancé fiancée".split())


# The sex a description gives its person ("her brother", "a police spokeswoman", "Reed's mother").
_MALE = frozenset(
    """man boy husband father dad son brother uncle grandfather grandson nephew widower boyfriend fiancé king
    prince gentleman guy spokesman chairman businessman policeman fireman congressman councilman""".split()
)
_FEMALE = frozenset(
    """woman girl wife mother mom mum daughter sister aunt grandmother granddaughter niece widow girlfriend
    fiancée queen princess lady spokeswoman chairwoman businesswoman policewoman congresswoman
    councilwoman nan""".split()  # (informal: "my nan rang and said,", quotes32; not "granny": quotesen19)
)


def is_sexed(word: str, female: bool) -> bool:
    """Whether ``word`` names a woman (``female``) or a man: "lady", "nephew", "ferryman"."""
    low = word.lower()
    if female:
        return low in _FEMALE or low.endswith("woman")
    return low in _MALE or low.endswith("man") and not low.endswith(("woman", "human")) and low != "german"


def is_person_noun(word: str, more: bool = True) -> bool:
    """Whether ``word`` names a person ("nurse", "brother", "spokeswoman"), not a thing (``more``:
    the wider list for quote speakers too, "mechanic", "seller")."""
    head = word.lower()
    if head.endswith("s") and head[:-1] in _PEOPLE:
        return True  # "the guards", "two nurses"
    return head in _MALE or head in _FEMALE or head in _PEOPLE or person_noun(head) or more and more_person_noun(head)


# People a description names by what they do or are, beyond relations and roles (speaker_owners.py).
_PEOPLE = frozenset(
    """nurse chemist traveler traveller stranger driver resident witness victim child student soldier guard
    farmer baker priest judge captain pilot clerk waiter waitress cashier customer passenger visitor tourist
    survivor protester protestor official source neighbour neighbor villager shopkeeper landlord tenant
    patient prisoner suspect host guest pupil fan voter shopper commuter elder porter servant maid butler
    footman valet squire""".split()
)
