"""Danish speakers of a quotation from its own sentence before it where the general rules miss
(quotesda20): "Ifølge politiet var føreren ...", and colon leads: "Det hedder i en udtalelse fra
X:", "Hos X lyder det:", "Sådan siger X:", "svarer X blot:", "Nu og da råbte en demonstrant:",
an opening subject ("Daells Varehus synger gerne med på samme sang:", "far blev ved med at sige:")."""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.analysis.descriptions import is_person_noun
from reader.analysis.people import Speaker
from reader.analysis.quote_da_ddt import according_source, cited_subject, court_person, message_source
from reader.analysis.speakers import phrase

# Finite verbs that end the source after a fronted "Ifølge X": "Ifølge politiet var føreren ...".
_FINITE = r"(?:er|var|har|havde|skal|skulle|vil|ville|kan|kunne|må|måtte|bør|burde|blev|bliver|får|fik|bør|gør|gjorde)"
_ACCORDING = re.compile(rf"\s*[Ii]følge\s+((?:[^\s,.;:»«]+\s+){{0,5}}?)(?={_FINITE}\s)")
_ACCORDING_INSIDE = re.compile(rf"(?<=\s)ifølge\s+((?:[^\s,.;:»«\"]+\s+){{0,5}}?)(?={_FINITE}\s)")  # (quotesda23)
# A genitive name's words: "med Preben Nygaards ord:", "Lises svar lyder:".
_OWN_WORDS = re.compile(r"\s+(?:egne\s+)?(?:ord|ordene|svar|kommentar|budskab|besked|konklusion|vurdering)\b")
# A name governed by a preposition right before it (a role noun between): "mod kineseren Wan Shengwen".
_GOVERNED = re.compile(r"\b(?:mod|imod|med|til|for|fra|over|overfor|af|om|hos|efter|uden)\s+(?:[a-zæøå][\wæøå-]*\s+)?$")
_WORDS_OF = re.compile(r"\b[Mm]ed\s+([^,.;:»«\"]{2,60}?)('s|'|s)\s+(?:egne\s+)?ord\b")
# "Det hedder i en pressemeddelelse fra X:", "lyder det fra X:": the source after "fra".
_IT_SAYS = re.compile(r"(?:\b[Dd]et\s+(?:hedder|lyder|står|fremgår)|\b(?:hedder|lyder|står|fremgår)\s+det)\b[^:»«,]{0,80}?\bfra\s+")
# "Reuters citerer ministeren for, at", "I pressemeddelelsen citeres X for at": the one quoted.
_CITED = re.compile(r"\bcitere[rs]\s+([^,:»«]{2,60}?)\s+for\b")
# "Hos X lyder vurderingen:", "Fra Venstres side lyder det:": X, the verb after it.
_AT_SOURCE = re.compile(r"\s*(?:Hos|Fra)\s+([^:»«,]{2,60}?)(?:\s+side)?\s+(?:lyder|hedder|siger|mener|skriver|svarer|melder)\b")
# Words that may stand between an inverted speaker and the colon: "svarer Bjarne Loft blot:".
_ADVERBS = r"(?:blot|bare|kort|kun|selv|også|ind|op|ud|igen|straks|tørt|roligt|stille|kontant|prompte|simpelthen)"
_TAIL = re.compile(rf"(?:\s+\([A-ZÆØÅ]{{1,3}}\))?(?:\s+{_ADVERBS})*(?:\s+fra\s+[^,:»«]{{2,40}}?)?(?:,\s*[^,:»«]{{2,30}})?\s*:\s*$")
# Verbs of speech a colon may follow, besides the reporting verbs: "råbte en demonstrant:".
_SPEECH = re.compile(
    r"\b(?:råbte|råber|brød|bryder|udbrød|udbryder|svarede|svarer|spurgte|spørger|sagde|siger|skrev|skriver|udtalte"
    r"|udtaler|fastslog|fastslår|lød|lyder|forklarede|forklarer|erklærede|erklærer|konstaterede|konstaterer)\b"
)
# A sentence-initial subject: "Men Daells Varehus synger ...", "Det var ellers Bild, som ... skrev:".
_CLEFT = re.compile(r"\s*Det\s+(?:var|er)\s+(?:ellers\s+|også\s+|netop\s+)?")
_OPENER = re.compile(r"\s*(?:Men|Og|Så)\s+")
_RELATIVE = re.compile(r",\s+(?:der|som)\s[^,:»«]{2,80},\s*")
_VERB = re.compile(r"\s+[a-zæøå]+(?:\s|:|$)")  # (a verb before the colon: "Men borgmesteren tilføjer:", quotesda33)
# After "Og"/"Men", a definite noun before a verb of saying and the colon: "Og socialrådgiveren tilføjer:"
# speaks, whether or not the person nouns know the word (quotesda33).
_SAYS_COLON = re.compile(
    r"\s+(?:tilføjer|tilføjede|siger|sagde|forklarer|forklarede|svarer|svarede|fortæller|fortalte|understreger"
    rf"|understregede|skriver|skrev|konstaterer|konstaterede)(?:\s+{_ADVERBS})?\s*:"
)
# A genitive organisation and a role opening the sentence: "FN's generalsekretær sagde ...".
_OWNER_ROLE = re.compile(r"\s*([A-ZÆØÅ][\w-]*(?:'s|s))\s+([a-zæøå][\wæøå-]+)(?=\s)")
# After a quotation closed with a comma, a verb and a named person: "»...,« kalder borgmester X".
_VERB_AFTER = re.compile(r"\s*,?\s*([a-zæøå]{3,})\s+(?:[a-zæøå][\wæøå-]*\s+){0,2}")
_APPOSITION = re.compile(r"[a-zæøå][^,»«.:;]{2,50},\s+")  # a role, then the name between commas
_EXPLETIVE = re.compile(r"\s*det\s+(?:som|sådan|til|at)\b")  # "lød det som": no subject of its own
_NOT_VERBS = frozenset("og men eller for som til med når hvis fordi mens efter inden siden uden".split())
# Family words a speaker is named by in a scene: "far blev ved med at sige:".
_KIN = frozenset("far mor farfar farmor morfar mormor bror søster søn datter onkel moster faster kone".split())


def danish_lead(ctx, start: int, end: int, before: Callable) -> Speaker | None:
    """``before``'s speaker from the lead ``[start, end)``, with the Danish readings above."""
    found = before(ctx, start, end)
    if ctx.language != "da":
        return found
    text = ctx.text
    if found is not None and found.kind == "name" and _OWN_WORDS.match(text, found.end, end) and (
        text[found.end - 1:found.end] == "s"
    ):  # "Eller med Preben Nygaards ord:": the owner of the words speaks (quotesda23)
        name = (found.name or text[found.start:found.end]).removesuffix("s")
        return Speaker(found.start, found.end - 1, "name", name, found.role, found.affiliation)
    words_of = _WORDS_OF.search(text, start, end) if found is None or found.kind == "pronoun" else None
    owner = _named(phrase(text, words_of.start(1), words_of.end(1), ctx.people, "da")) if words_of else None
    if owner is not None:  # "Med landstræner Helle Mos' ord er han »…«" (quotesda23)
        genitive = text[words_of.end(1):words_of.end(2)]
        name = owner.name.removesuffix(genitive) if owner.name and genitive else owner.name
        return Speaker(owner.start, min(owner.end, words_of.end(1)), owner.kind, name, owner.role, owner.affiliation)
    according = _ACCORDING.match(text, start, end) or _ACCORDING_INSIDE.search(text, start, end)  # "Hvor IRA ifølge X er »…«"
    if according is not None and according.group(1) and (found is None or found.start < according.end(1) < found.end):
        source = phrase(text, according.start(1), according.start(1) + len(according.group(1).rstrip()), ctx.people, "da")
        if source is not None and source.kind != "pronoun":
            return source  # "Ifølge loven skal kommunen betegne det som »...«": the law, not "loven skal kommunen"
        if according.group(1).strip().lower() in ("ham", "hende"):  # "Ifølge hende er sagen »...«"
            return Speaker(according.start(1), according.start(1) + len(according.group(1).rstrip()), "pronoun")
    fronted = according_source(text, start, end) if according is None else None
    if fronted is not None and found is not None and found.start <= fronted[0] and fronted[1] < found.end:
        said = ctx.partial.match(text, fronted[1] + 1)
        if said is not None and said.group(1):  # a verb of saying has its own subject: "Ifølge referatet sagde borgmesteren, at"
            stop = re.match(r"[^,:»«]{2,60}?(?=,|:|\s+at\s)", text[said.end():end])
            source = phrase(text, said.end(), said.end() + stop.end(), ctx.people, "da") if stop else None
            if _EXPLETIVE.match(text, said.end(), end):
                source = phrase(text, fronted[0], fronted[1], ctx.people, "da")  # "Ifølge naboen lød det som »...«" (quotesda33)
        else:  # "Ifølge anklageren handlede den tiltalte »...«", any finite verb (quotesda28)
            source = phrase(text, fronted[0], fronted[1], ctx.people, "da")
        if source is not None and (source.kind != "pronoun" or said is not None):
            return source
    if found is None:
        owned = _OWNER_ROLE.match(text, start, end)
        if owned is not None and _person(owned.group(2)) and ctx.people.org_in(owned.start(1), owned.end(1)) and (
            ctx.partial.match(text, owned.end(2) + 1)
        ):
            return Speaker(owned.start(1), owned.end(2), "description")  # "Venstres formand siger, at": the owner's role
    passive = cited_subject(text, start, end) if found is None else None
    quoted = phrase(text, passive[0], passive[1], ctx.people, "da") if passive is not None else None
    if quoted is not None and quoted.kind != "pronoun":
        return quoted  # "Formanden citeres for at sige, at »...«" (quotesda28)
    cited = _CITED.search(text, start, end)
    if cited is not None and (found is None or found.start < cited.start()):
        return _named(phrase(text, cited.start(1), cited.end(1), ctx.people, "da")) or found
    if not text[start:end].rstrip().endswith(":"):
        says = _IT_SAYS.search(text, start, end) if found is None else None
        if says is not None:  # "Det fremgår af en redegørelse fra Justitsministeriet, at"
            stop = re.match(r"[^,:»«]{2,60}?(?=,)", text[says.end():end])
            return _named(phrase(text, says.end(), says.end() + stop.end(), ctx.people, "da")) if stop else None
        return found
    message = message_source(text, start, end) if found is None else None
    sender = phrase(text, message[0], message[1], ctx.people, "da") if message is not None else None
    if sender is not None and sender.kind != "pronoun":
        return sender  # "Beskeden fra kommunen var klar: »...«" (quotesda28)
    found = subject_over_object(ctx, start, end, found)  # "X tabte sæt mod kineseren Y: »Jeg vandt ...«" is X's
    if found is not None and (found.kind == "name" and text[found.start:found.start + 1].isupper() and ctx.people.person_in(found.start, found.end)):
        return found
    if found is not None and text[found.start:found.end] in ("Sådan", "Således"):
        found = None  # "Sådan lyder konklusionen:": an adverb, no speaker
    return _colon(ctx, start, end) or found or _opening(ctx, start, end)


def subject_over_object(ctx, start: int, end: int, found: Speaker | None) -> Speaker | None:
    """The person opening the sentence ``[start, end)`` when ``found``, the name before a quotation,
    is governed by a preposition ("Rasmus Gade tabte første sæt mod vestjyden Kim Ravn, men vandt:"
    is Rasmus Gade's; quotesda23), else ``found``."""
    if found is None or found.kind != "name" or not _GOVERNED.search(ctx.text, start, found.start):
        return found
    subject = _opening(ctx, start, end)
    return subject if subject is not None and subject.end <= found.start else found


def _colon(ctx, start: int, end: int) -> Speaker | None:
    """The speaker of a colon lead the general rules read wrong or not at all."""
    text, people = ctx.text, ctx.people
    colon = start + len(text[start:end].rstrip()) - 1
    says = _IT_SAYS.search(text, start, colon)
    if says is not None:
        return _named(phrase(text, says.end(), colon, people, "da"))
    source = _AT_SOURCE.match(text, start, colon)
    if source is not None:
        named = _named(phrase(text, source.start(1), source.end(1), people, "da"))
        if named is not None:
            return named
    verb = None
    for verb in _SPEECH.finditer(text, start, colon):
        pass
    if verb is None or not text[start:verb.start()].strip():
        return None  # "Siger X:" opens no sentence; the subject before the verb is the general rules'
    front = text[start:verb.start()].strip()
    if front[:1].isupper() and people.person_in(start, verb.start()) or people.org_in(start, verb.start()):
        return None  # a name before the verb is its subject: "Birthe Lund svarer:"
    speaker = phrase(text, verb.end(), colon, people, "da")
    if speaker is None or speaker.kind == "pronoun" and front.lower() != "sådan":
        return None
    words = text[speaker.start:speaker.end].split()
    if speaker.kind == "description" and not (_person(words[-1]) or court_person(words[-1])):  # "svarede den tiltalte:" (quotesda28)
        return None
    return speaker if _TAIL.match(text, speaker.end, end) else None


def _opening(ctx, start: int, end: int) -> Speaker | None:
    """The named or person subject opening a colon lead: "Daells Varehus synger gerne med:"."""
    text, people = ctx.text, ctx.people
    if 0 <= start < text.find("\n"):
        return None  # a headline's label is no subject: "FCM tabte igen: »...«"
    at = start + len(text[start:end]) - len(text[start:end].lstrip())
    clause = text.rfind("; ", at, end)
    at = clause + 2 if clause >= 0 else at  # "Mor begyndte på et strikketøj; far blev ved med at sige:"
    cleft = _CLEFT.match(text, at, end)
    opener = _OPENER.match(text, at, end)
    at = cleft.end() if cleft else opener.end() if opener else at
    entity = people.org_at(at) or people.person_in(at, at + 1)
    if entity is not None and entity.start == at:
        stop = entity.end
        speaker = Speaker(entity.start, entity.end, "name", entity.canonical)
    else:
        head = re.match(r"(?:[Dd]e|[Dd]en|[Dd]et)?\s*(?:[\w-]+\s+){0,2}?([\w-]+)(?=[\s,])", text[at:end])
        said = opener is not None and head is not None and head.group(1).islower() and bool(
            re.search(r"(?:en|et|ne)$", head.group(1)) and _SAYS_COLON.match(text, at + head.end(), end)
        )
        if head is None or cleft is not None or not (_person(head.group(1)) or court_person(head.group(1)) or said) or not head.group(1)[-1:].isalpha():
            return None
        stop = at + head.end()
        speaker = phrase(text, at, stop, people, "da")
        if speaker is not None and speaker.kind == "name" and court_person(head.group(1)) and people.person_in(at, stop) is None:
            speaker = Speaker(at, stop, "description")  # "Vidnet reagerer sådan:", read as a name at the sentence start (quotesda28)
        if speaker is None or speaker.kind != "description":
            return None
    relative = _RELATIVE.match(text, stop, end)
    stop = relative.end() - 1 if relative else stop
    if cleft is not None:
        return speaker if re.match(r",?\s+(?:som|der)\s", text[stop:end]) else None
    return speaker if _VERB.match(text, stop, end) else None


def _named(speaker: Speaker | None) -> Speaker | None:
    """A name or description found after a source word, not a pronoun."""
    return speaker if speaker is not None and speaker.kind != "pronoun" else None


def _person(word: str) -> bool:
    """A person noun or a family word."""
    return is_person_noun(word.lower()) or word.lower() in _KIN


def danish_verb_after(ctx, pair, end: int) -> Speaker | None:
    """Danish: a named person right after a verb the tag verbs lack, after a quotation that ends
    with a comma: "»En katastrofe,« kalder borgmester Arne Lund (S) lukningen", "faldt X ind"."""
    text = ctx.text
    if ctx.language != "da" or not text[pair.start:pair.after].rstrip("«»\"”“ ").endswith(",") and (
        not text[pair.after:pair.after + 1] == ","
    ):
        return None
    verb = _VERB_AFTER.match(text, pair.after, end)
    if verb is None or verb.group(1) in _NOT_VERBS:
        return None
    person = ctx.people.person_in(verb.end(), verb.end() + 1)
    apposition = _APPOSITION.match(text, verb.end(), end) if person is None else None
    if apposition is not None:  # "kalder formanden for skolebestyrelsen, Grethe Kolby, beslutningen"
        person = ctx.people.person_in(apposition.end(), apposition.end() + 1)
        if person is None or not re.match(r"\s*,", text[person.end:end]):
            return None
    if person is None:
        return None
    if verb.group(1) in ("var", "er", "lød", "lyder") and person.text.endswith("s") and re.match(r"\s+[a-zæøå]", text[person.end:end]):
        # "»Flot,« var træner Preben Lassens eneste kommentar": the owner of the words
        return Speaker(person.start, person.end - 1, "name", person.canonical.removesuffix("s"))
    return Speaker(person.start, person.end, "name", person.canonical)
