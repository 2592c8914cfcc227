"""Titles and honorifics written before English and Danish names: "Transport Secretary", "Labour
MP", "Detective Inspector", "borgmester" are roles; "Mr.", "Dr", "fru" are forms of address, never
a role."""

from __future__ import annotations

import re

from reader.analysis.lexicon import EN_ROLES, ROLE_SUFFIXES

# Honorifics and forms of address: never a role ("Mr. Reed", "Dr Helen Marsh", "fru Holm").
HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady madam madame prof. hr hr. fru frk frk. rev. rev revd"
    " prof".split()
)
# Title words of English news beyond the shared list: "Labour MP", "Detective Inspector".
_EN_TITLE_WORDS = frozenset(
    """mp mep msp ms ceo cfo coo minister secretary inspector detective constable sergeant superintendent
    councillor councilor leader head chair chairman chairwoman chief captain commander officer director
    president governor mayor senator judge justice chancellor commissioner ambassador treasurer deputy
    vice shadow general colonel sheriff bishop pope king queen prince princess sgt sgt. det. insp
    insp. supt supt. cllr cllr. pc dc dci di ds rep rep. sen sen. gov gov. gen gen. col col. lt lt. capt
    capt. cmdr cmdr. atty atty. cdr cdr. maj maj. brig cpl pte canon""".split()  # (the last six: probe12)
)
# ("det" alone is left out: in Danish it is "the"/"it", as in "Det Udenrigspolitiske Nævn".)
# Occupations written before a name: a role, but no title ("resident Margaret Hill").
_EN_OCCUPATIONS = frozenset(
    """spokesman spokeswoman spokesperson analyst economist manager coach editor correspondent resident
    teacher headteacher principal founder executive prosecutor attorney professor""".split()
)


def is_honorific(word: str) -> bool:
    return word.lower() in HONORIFICS


def is_title_word(word: str) -> bool:
    """A word of a title or role ("Secretary", "MP", "Inspector", "borgmester"), not an honorific."""
    low = word.lower().strip(",")
    if is_honorific(low):
        return False
    return low in _EN_TITLE_WORDS or low in _EN_OCCUPATIONS or word.strip(",") in EN_ROLES or low.endswith(ROLE_SUFFIXES)


_NOT_TITLE_CHAR = re.compile(r"[,;:!?()\"”“»«]|(?<!\w\w)\.$")


def title_run_before(text: str, start: int) -> str:
    """The whole capitalised title written right before a name at ``start`` ("Transport
    Secretary", "Detective Inspector", "Labour MP"), without honorifics; "" when the words before
    are no title (or only an honorific). A one-word title that is capitalised only because it
    opens the sentence is given in lower case ("Resident Margaret Hill" -> "resident")."""
    tokens = text[max(0, start - 60):start].split("\n")[-1].split()
    if text[start - 1:start] not in (" ", "\t"):
        return ""
    run: list[str] = []
    k = len(tokens)
    while k > 0:
        word = tokens[k - 1]
        if _NOT_TITLE_CHAR.search(word[1:]) and not (is_honorific(word) or is_title_word(word)):
            break  # punctuation ends the run: "Smith. Manager Sean Dyche" takes "Manager" only
        if word.endswith(".") and not (is_honorific(word) or is_title_word(word)):
            break
        if is_honorific(word) and not run:
            k -= 1
            continue  # "Dr Helen Marsh" has no title; "Detective Inspector Mr Reed" keeps one
        if not word[:1].isupper() or is_honorific(word):
            break
        run.insert(0, word)
        k -= 1
        if len(run) >= 4:
            break
    while run and not is_title_word(run[-1]):
        run.pop()  # the run ends with its head: "Transport Secretary", not "Transport"
    if not run or not any(is_title_word(w) for w in run):
        return ""
    prefix = text[max(0, start - 200):start].rstrip()
    for word in reversed(tokens[k:]):
        prefix = prefix[:len(prefix) - len(word)].rstrip()
    return as_role(" ".join(run), text, len(prefix) + max(0, start - 200) + 1 if prefix else 0).rstrip(",")


def named_prefix(role: str, text: str) -> str:
    """``role`` with the capital of a name before a hyphen in its first word given back where the
    text writes that name inside a sentence: "Randers-træner" opening a sentence is no
    "randers-træner", since "over Randers FC" shows "Randers" is a name (stop 43)."""
    first, sep, rest = role.partition(" ")
    head, hyphen, tail = first.partition("-")
    if not hyphen or not head.islower() or len(head) < 2:
        return role
    name = head[:1].upper() + head[1:]
    if re.search(rf"[a-zæøå,] {re.escape(name)}\b", text) is None:
        return role
    return name + hyphen + tail + sep + rest


def as_role(title: str, text: str, at: int) -> str:
    """A title written at ``at`` as a role: a single occupation word capitalised only because it
    opens the sentence in lower case ("Shopkeeper Amy Cole" -> "shopkeeper"); honorifics out."""
    words = [w for w in title.split() if not is_honorific(w)]
    if not words:
        return ""
    prefix = text[max(0, at - 200):at].rstrip()
    opens = not prefix or prefix[-1] in ".!?\"”’\n:"  # "Kl. 09.05: Vagtchef Mads Iversen"
    low = words[0].lower()
    if len(words) == 1 and opens and not words[0].isupper() and (
        low in _EN_OCCUPATIONS or not is_title_word(words[0]) or low.endswith(ROLE_SUFFIXES)
    ):  # "Borgmester Henrik Vestergaard" opening a sentence: the role is "borgmester"
        return named_prefix(low, text)
    return " ".join(words)


_CAP = r"[A-Z][\w'’&-]*"
_TITLE_PHRASE = re.compile(
    rf"(?:(?:the|a|an|their|its)\s+)?((?:{_CAP}\s+){{0,3}}(?P<head>{_CAP})"
    rf"(?:\s+(?:for|of)\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,3}})?),?\s*"
)


def title_phrase(text: str, start: int, name_start: int) -> str:
    """A capitalised title filling ``[start, name_start)`` before a name: "the Labour MP for
    Bolton, ", "Shadow Home Secretary ", "Detective Inspector " ("" when it is none)."""
    match = _TITLE_PHRASE.fullmatch(text, start, name_start)
    if match is None or not is_title_word(match.group("head")):
        return ""
    words = match.group(1).split()
    return match.group(1) if not is_honorific(words[0]) else ""
