"""English: '"...," they wrote' after "Analysts at Peel Hunt cut ..." in the same paragraph: the
firm whose analysts speak (probefix23: once the firm is typed an organisation, "they" no longer
found it as a person)."""

from __future__ import annotations

import bisect
import re

from reader.analysis.attribution import Context

_GROUP_AT = re.compile(
    r"(?<![\w-])(?:[Aa]nalysts|[Ee]conomists|[Ss]trategists|[Rr]esearchers|[Ss]cientists|[Bb]rokers|[Tt]raders)"
    r" (?:at|from) "
)


def firm_group(ctx: Context, before: int) -> str | None:
    """The organisation named right after the paragraph's last "analysts at" before ``before``."""
    text = ctx.text
    start = text.rfind("\n\n", 0, before) + 1
    last = None
    for match in _GROUP_AT.finditer(text, start, before):
        last = match
    if last is None:
        return None
    orgs, starts = ctx.people.orgs, ctx.people.org_starts
    k = bisect.bisect_left(starts, last.end())
    if k < len(orgs) and orgs[k].start == last.end() and orgs[k].end <= before:
        return orgs[k].canonical
    return None
