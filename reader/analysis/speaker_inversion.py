"""Where the words after a reporting verb are or are not its speaker (a blind probe, probe10): a
Danish naming verb with its subject after it ("I sin forklaring kaldte han sagen »...«"), an English
subject before the verb ("A Downing Street spokesman said the minister, Angela Rayburn, "...""),
and a reporting verb of its own after "according to X," ("According to the FT, Oliver Tremlett
told colleagues that ...")."""

from __future__ import annotations

import re

from reader.analysis.people import People
from reader.analysis.speakers import phrase

# A reporting verb of its own after "according to X," not in a clause about X ("who said").
OWN_VERB = re.compile(r"(?<!\bwho )(?<!\bwhich )\b(?:told|tells|said|says|wrote|writes)\b")
# Danish verbs of naming: after the inverted subject, one to three lower-case words of object.
NAMING = frozenset("kalder kaldte betegner betegnede beskriver beskrev".split())
OBJECT_ONLY = re.compile(r"\s+(?:[a-zæøå][\wæøå-]*\s+){1,3}")


def subject_before(text: str, start: int, verb: int, people: People) -> bool:
    """English: a name or description opens the clause ``start``..``verb`` right before the verb (no
    comma between them), so the words after the verb are no inverted speaker."""
    lead = text[start:verb]
    if lead.rstrip().endswith(","):
        return False  # "The council, said Akers, "..."": the verb and its speaker between commas
    found = phrase(text, start, verb, people, "en")
    return found is not None and found.kind in ("name", "description") and found.start == start + len(lead) - len(lead.lstrip())
