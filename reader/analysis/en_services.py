"""English public bodies, clubs and roads by how they are written (a blind probe of new wire stories,
probe8; each form switched in ``en_forms.FORMS``): a road's number after "the" ("the M4", "the
A48"), a fire and rescue service with the places it serves ("Lancashire Fire and Rescue Service",
"Hereford and Worcester Fire and Rescue Service"), a compass word opening a sentence before a body or
a place found without it ("West Yorkshire Police"), a chamber of commerce of two places ("the Swindon
and Wiltshire Chamber of Commerce"), a sports club's last word ("Stourport Athletic") and a health
service's first ("NHS England"). Works on the tags of ``names.model_names`` in place, through
``en_forms``."""

from __future__ import annotations

import re
from typing import Callable, Collection

from reader.analysis.name_base import runs

Put = Callable[[int, int, str], None]

SERVICE_FORMS = ("road", "rescue", "compass", "chamber", "club_last", "nhs")
_ROAD = re.compile(r"[AMB][1-9]\d{0,3}")
_COMPASS = frozenset("North South East West Northern Southern Eastern Western Mid".split())
_CLUB_LAST = frozenset("athletic rovers wanderers harriers".split())
_RESCUE_HEADS = frozenset(("Service", "Services", "Authority"))
_FORCES = frozenset(("Police", "Constabulary"))
_SENTENCE_ENDS = frozenset(". ! ? \" “ ” :".split())


def _cap(words: tuple[str, ...], k: int) -> bool:
    return 0 <= k < len(words) and words[k][:1].isupper() and words[k].replace("-", "").isalpha()


def service_forms(words: tuple[str, ...], tags: dict[int, str], breaks: Collection[int], forms: Collection[str],
                  put: Put) -> None:
    """Apply the forms above that ``forms`` switches on to ``tags`` (in place)."""
    n = len(words)
    if "road" in forms:
        for k in range(1, n):
            if k not in tags and words[k - 1].lower() == "the" and _ROAD.fullmatch(words[k]) and (
                k + 1 == n or not words[k + 1][:1].isupper()
            ):
                put(k, k + 1, "LOC")
    if "rescue" in forms and "Rescue" in words:
        for k in range(1, n - 2):
            if words[k] == "Fire" and words[k + 1] == "and" and words[k + 2] == "Rescue":
                j = k + 3 + (k + 3 < n and words[k + 3] in _RESCUE_HEADS)
                start = k
                while start and (_cap(words, start - 1) or words[start - 1] == "and" and _cap(words, start - 2)) and (
                    k - start < 4 and words[start - 1] != "The"
                ):
                    start -= 1
                if start < k:
                    put(start, j, "ORG")
    for k, j, label in runs(tags):
        if tags.get(k) != "B-" + label:
            continue
        low_first, low_last = words[k].lower(), words[j - 1].lower()
        if "compass" in forms and label in ("ORG", "LOC") and k and words[k - 1] in _COMPASS and k - 1 not in tags and (
            k - 1 == 0 or k - 1 in breaks or words[k - 2] in _SENTENCE_ENDS
        ):
            force = label == "LOC" and j < n and words[j] in _FORCES and j not in tags  # "South Wales Police"
            put(k - 1, j + force, "ORG" if force else label)
        elif "chamber" in forms and "Chamber" in words[k:j] and "of" in words[k:j]:
            start = k
            if k >= 3 and words[k - 1] == "and" and tags.get(k - 2, "O")[2:] in ("LOC", "ORG") and (
                tags.get(k - 2, "O")[0] == "B" and k - 3 not in tags
            ):
                start = k - 2  # "the Swindon and Wiltshire Chamber of Commerce"
            if start < k or label != "ORG":
                put(start, j, "ORG")
        elif "club_last" in forms and j - k >= 2 and low_last in _CLUB_LAST and label != "ORG":
            put(k, j, "ORG")
        elif "nhs" in forms and low_first == "nhs" and j - k >= 2 and label != "ORG":
            put(k, j, "ORG")
