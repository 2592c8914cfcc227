"""More English nouns for a person by trade, station or situation, for quote speakers only (the name finder keeps its own list)."""

from __future__ import annotations

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
