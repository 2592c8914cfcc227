"""English names fixed by how they are written (general knowledge of English news, each form chosen
on GUM cross-validation: see ``FORMS``): bodies named "X of Y", a nationality before a government or
a force, saints' names before a hospital or a church, firms of two names joined by "&", company
heads, and datelines in capitals. Works on the tags of ``names.model_names`` in place, as
``name_patterns`` does."""

from __future__ import annotations

from bisect import bisect_left
from typing import Collection

from reader.analysis.en_datelines import _dateline
from reader.analysis.en_kinds import KIND_FORMS, kind_forms
from reader.analysis.en_people_forms import person_of
from reader.analysis.en_services import SERVICE_FORMS, service_forms
from reader.analysis.en_words import NATIONALITIES
from reader.analysis.name_base import runs, tags_to_spans
from reader.analysis.name_digits import digit_names
from reader.analysis.titles import is_title_word
from reader.analysis.tokens import Tokens

# A body named by what it is "of" ("Friends of Ashcombe Park", "the Royal Society of Arts",
# "Department of Health", "University of Leeds"): the head word before "of" makes it an organisation.
_OF_HEADS = frozenset(
    "friends society association institute institution department ministry university bank college"
    " school academy federation union league council board office church chamber commission committee"
    " foundation trust agency bureau corporation company guild order party alliance confederation"
    " federation fund court duchy".split()
)
# After a nationality ("the Scottish Government", "the British Army", "Danish Police"): a body.
_NATIONAL_BODIES = frozenset(
    "government parliament assembly police army navy council executive embassy ministry office"
    " cabinet treasury senate court".split()
)
# The head of a saint's institution ("St Mary's Hill Hospital", "St John's Church").
_SAINT_HEADS = frozenset(
    "hospital church school college cathedral infirmary hospice academy chapel priory centre center hall".split()
)
_SAINTS = frozenset(("St", "St.", "Saint"))
# Party words NATIONALITIES holds that name no nation ("the Democratic Senate" is the Senate).
_PARTIES = frozenset("democratic republican democrat republican".split())
# The last word of a company's name ("Severn Valley Water", "Coastline Buses", "Harbour Homes").
_COMPANY_LAST = frozenset(
    "water energy power gas electric electricity buses coaches airways airlines railways trains motors foods"
    " homes housing media telecom insurance partners associates solicitors architects brewery builders"
    " logistics shipping holdings utilities recycling renewables ferries haulage freight pharmaceuticals"
    " executive assembly parliament express highways aggregates bearings".split()
)
_STUDY = frozenset("study studies paper papers work model analysis findings experiment experiments data review theory"
                   " results survey book article".split())
_OPENERS = frozenset("the a an this that these those in on at for from by with and but or".split())

# The forms in use (GUM CV, see the README's names paragraph).
FORMS: frozenset[str] = frozenset(
    ("of", "national", "saint", "amp", "company", "dateline", "digits", "possessive", "title", "national_head",
     "person_of")
) | frozenset(KIND_FORMS) | frozenset(SERVICE_FORMS)


def english_form_spans(tokens: Tokens, spans: list, breaks: Collection[int], evidence: dict | None = None,
                       forms: Collection[str] = FORMS) -> list:
    """``spans`` (start, end, label: the tagger's and the rules' names together) with the forms
    applied; the typer's ``evidence`` for a name whose type a form decided is let go (one name,
    one type: the form's type, not the typer's, is voted)."""
    if not forms:
        return spans
    starts = tokens.starts
    tags: dict[int, str] = {}
    for s, e, label in spans:
        k = bisect_left(starts, s)
        j = bisect_left(starts, e)
        if k < len(starts) and starts[k] == s and k < j:
            tags[k] = "B-" + label
            for m in range(k + 1, j):
                tags[m] = "I-" + label
    decided = english_forms(tokens, tags, breaks, forms)
    if "digits" in forms:
        decided += digit_names(tokens, tags)
    found = tags_to_spans(tokens, tags)
    if evidence and decided:
        firsts = {starts[k] for k in decided}
        for s, e, _label in found:
            if s in firsts:
                evidence.pop((s, e), None)
    return found


def english_forms(
    tokens: Tokens, tags: dict[int, str], breaks: Collection[int], forms: Collection[str] = FORMS,
) -> list[int]:
    """Fix English names by how they are written (in place); returns the first indices of the names
    whose type a form decided."""
    names = _Names(tokens.words, tags, breaks, forms)
    for k, j, label in runs(tags):
        if tags.get(k) != "B-" + label or tags.get(j, "O")[0] == "I":  # a name a form has changed
            continue
        for form in ("person_of", "of", "saint", "company", "title", "national_head"):
            if form in forms and _RUN_FORMS[form](names, k, j, label):
                break
    for form in ("national", "of", "amp", "dateline"):
        if form in forms:
            _TEXT_FORMS[form](names)
    kind_forms(names.words, tags, breaks, forms, names.put)  # "the charity Age UK" (en_kinds)
    service_forms(names.words, tags, breaks, forms, names.put)  # "the M4", "X Fire and Rescue Service"
    return names.decided


class _Names:
    """The words and tags one text's forms read and change."""

    def __init__(self, words: tuple[str, ...], tags: dict[int, str], breaks: Collection[int],
                 forms: Collection[str] = FORMS) -> None:
        self.words, self.tags, self.breaks, self.forms = words, tags, breaks, forms
        self.n = len(words)
        self.decided: list[int] = []

    def put(self, k: int, j: int, label: str) -> None:
        """Tokens k to j become one name of ``label`` (a name cut short at j is cut no more)."""
        tags = self.tags
        for m in range(k, j):
            tags.pop(m, None)
        end = j
        while tags.get(end, "O")[0] == "I":
            tags.pop(end)
            end += 1
        tags[k] = "B-" + label
        for m in range(k + 1, j):
            tags[m] = "I-" + label
        self.decided.append(k)

    def begin(self, k: int) -> int:
        """The first token of the name token k is in."""
        while k > 0 and self.tags.get(k, "O")[0] == "I":
            k -= 1
        return k

    def cap(self, k: int) -> bool:
        """Token k is a capitalised word."""
        return 0 <= k < self.n and self.words[k][:1].isupper() and self.words[k].isalpha()

    def inside(self, k: int) -> bool:
        """Token k continues a name."""
        return self.tags.get(k, "O")[0] == "I"


def _of_run(names: _Names, k: int, j: int, label: str) -> bool:
    """"Friends of Ashcombe Park": "X of" before a name, or "University of Leeds" taken whole."""
    words = names.words
    if k >= 2 and words[k - 1] == "of" and names.cap(k - 2) and words[k - 2].lower() in _OF_HEADS:
        names.put(names.begin(k - 2), j, "ORG")
        return True
    if j - k >= 3 and words[k + 1] == "of" and words[k].lower() in _OF_HEADS and label != "ORG":
        names.put(k, j, "ORG")
        return True
    return False


def _saint_run(names: _Names, k: int, j: int, _label: str) -> bool:
    """"St Mary's Hill Hospital": a saint's possessive runs on into the institution's name (the "'s"
    a token of its own or not)."""
    words = names.words
    saint = k - 1 if k and words[k - 1] in _SAINTS and k - 1 not in names.tags else k
    if words[saint] not in _SAINTS:
        return False
    if j < names.n and words[j] in ("'s", "’s") and j not in names.tags and "possessive" in names.forms:
        j += 1
    elif not words[j - 1].endswith(("'s", "’s")):
        return False
    end = j
    while names.cap(end) and words[end].lower() not in _SAINT_HEADS and end - j < 3:
        end += 1
    if names.cap(end) and words[end].lower() in _SAINT_HEADS:
        names.put(saint, end + 1, "ORG")
        return True
    return False


def _company_run(names: _Names, k: int, j: int, label: str) -> bool:
    """"Severn Valley Water", "Coastline Buses": a company's last word."""
    if j - k >= 2 and names.words[j - 1].lower() in _COMPANY_LAST and label != "ORG":
        names.put(k, j, "ORG")
        return True
    return False


def _national(names: _Names) -> None:
    """"the Scottish Government": a nationality and the body it governs or polices."""
    words = names.words
    for k in range(names.n - 1):
        low = words[k].lower()
        if low in NATIONALITIES and low not in _PARTIES and words[k][:1].isupper() and names.cap(k + 1) and (
            words[k + 1].lower() in _NATIONAL_BODIES
        ) and not names.inside(k + 1) and not names.inside(k) and not names.inside(k + 2):
            names.put(k, k + 2, "ORG")


def _of_unfound(names: _Names) -> None:
    """"Friends of Brackenfield Common" that neither the tagger nor the rules took for a name."""
    words, tags = names.words, names.tags
    if "of" not in words:
        return
    for m in range(names.n - 2):
        if words[m + 1] == "of" and names.cap(m) and words[m].lower() in _OF_HEADS and names.cap(m + 2) and (
            m not in tags and m + 2 not in tags
        ):
            end = m + 3
            while names.cap(end) and end not in tags and end - m < 6:
                end += 1
            while m and m not in names.breaks and names.cap(m - 1) and m - 1 not in tags and (
                words[m - 1].lower() not in _OPENERS
            ):  # "the Royal Society of Arts"
                m -= 1
            names.put(m, end, "ORG")


def _ampersand(names: _Names) -> None:
    """"Lund & Thygesen": two names joined by "&" are a firm, unless a year follows (an academic
    citation: "Smith & Jones (2004)"), "'s study" does, or brackets hold them (a credit)."""
    words, tags = names.words, names.tags
    if "&" not in words:
        return
    for amp in range(1, names.n - 1):
        if words[amp] != "&" or amp in tags or not (names.cap(amp - 1) and names.cap(amp + 1)) or min(
            len(words[amp - 1]), len(words[amp + 1])
        ) < 3 or words[amp - 1] in _SAINTS:  # "Gates C & D", "Main St & Elm"
            continue
        start = names.begin(amp - 1)
        end = amp + 2
        while names.inside(end):
            end += 1
        if start not in tags and amp + 1 not in tags:
            continue
        after = list(words[end: end + 3])
        owned = after[:1] if words[end - 1].endswith(("'s", "’s")) else after[1:2] if after[:1] in (
            ["'s"], ["’s"]) else after[2:3] if after[:2] in (["'", "s"], ["’", "s"]) else []
        if any(w.isdigit() and len(w) == 4 for w in after[:2]) or after[:2] == ["et", "al"] or (
            owned and owned[0].lower() in _STUDY
        ) or (start and words[start - 1] == "(" and after[:1] == [")"]):
            continue
        names.put(start, end, "ORG")


def _title_run(names: _Names, k: int, j: int, label: str) -> bool:
    """"Councillor Nasreen Iqbal said": a title opening a sentence is no part of the person's name."""
    words = names.words
    if label != "PER" or j - k < 2 or not (k == 0 or k in names.breaks or words[k - 1] in _SENTENCE_ENDS):
        return False
    if not is_title_word(words[k]) or is_title_word(words[k + 1]) or not all(names.cap(m) for m in range(k + 1, j)):
        return False
    names.tags.pop(k)
    names.put(k + 1, j, "PER")
    return True


def _national_head(names: _Names, k: int, j: int, label: str) -> bool:
    """"The British Medical Association": the nationality before a body's name is part of it."""
    words = names.words
    low = words[k - 1].lower() if k else ""
    if label != "ORG" or not k or low not in NATIONALITIES or low in _PARTIES or not words[k - 1][:1].isupper() or (
        k - 1 in names.tags or words[j - 1].lower() not in _OF_HEADS | _NATIONAL_BODIES
    ):
        return False
    names.put(k - 1, j, "ORG")
    return True


_SENTENCE_ENDS = frozenset(". ! ? \" “ ” :".split())
_RUN_FORMS = {"of": _of_run, "saint": _saint_run, "company": _company_run, "title": _title_run,
              "national_head": _national_head,
              "person_of": lambda names, k, j, _label: person_of(names.words, names.tags, k, j, names.put)}
_TEXT_FORMS = {"national": _national, "of": _of_unfound, "amp": _ampersand, "dateline": _dateline}
