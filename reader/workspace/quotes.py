"""The quotes of an article as the journalist left them: found quotes reconciled with their checks."""

from __future__ import annotations

from typing import Callable, Sequence

from reader.export import QuoteNote
from reader.model import (
    REWORDED, Analysis, AnchorStatus, Article, EntityCorrection, Quote, QuoteCheck, QuoteState, wording_likeness,
)
from reader.textsafe import one_line


def corrections_for(store, article_id: str | None) -> tuple[EntityCorrection, ...]:
    """The entity corrections that apply to one article: those for every article, with the
    article's own (made for it alone) taking precedence over them."""
    everyone = tuple(store.corrections())
    return corrections_by_article(store, [article_id], everyone)[article_id] if article_id else everyone


def corrections_by_article(store, article_ids, everyone=None) -> dict[str, tuple[EntityCorrection, ...]]:
    """``corrections_for`` of many articles, the corrections for every article read once."""
    everyone = tuple(store.corrections() if everyone is None else everyone)
    found: dict[str, tuple[EntityCorrection, ...]] = {}
    for article_id in article_ids:
        own = tuple(store.article_corrections(article_id))
        texts = {c.text for c in own}
        found[article_id] = tuple(c for c in everyone if c.text not in texts) + own if own else everyone
    return found


def record_at(checks: Sequence[QuoteCheck], start: int, end: int, text: str | None = None) -> QuoteCheck | None:
    """The journalist's record on the quote found at ``start``-``end``: the record at that span,
    else the placed one overlapping it most, else (given the quote's wording ``text``) the record
    whose checked wording left the text and is most like it, as ``reconcile_quotes`` pairs them (a
    quote reworded in its file is "changed since verified" in `reader quotes` too, not unverified)."""
    best, shared = None, 0
    gone = []
    for check in checks:
        if check.status is AnchorStatus.ORPHANED:
            gone.append(check)
            continue
        if (check.start, check.end) == (start, end):
            return check
        overlap = min(check.end, end) - max(check.start, start)
        if overlap > shared:
            best, shared = check, overlap
    if best is not None or text is None or not gone:
        return best
    scored = [(wording_likeness(c.checked_text if c.checked_text is not None else c.exact, text), n)
              for n, c in enumerate(gone)]
    likeness, n = max(scored)
    return gone[n] if likeness >= REWORDED else None


def state_label(check: QuoteCheck | None, text: str, found_speaker: str | None = None) -> str:
    """"verified", "contested" or "unverified" for a quote whose wording is now ``text`` and whose
    speaker the analysis found is ``found_speaker`` (a speaker set by hand wins); "changed since
    verified" (or contested) when the wording or the speaker differs from what was checked."""
    if check is None:
        return QuoteState.UNVERIFIED.value
    state = check.state.value
    if check.state is QuoteState.UNVERIFIED:
        return state
    if check.checked_text is not None and " ".join(check.checked_text.split()) != " ".join(text.split()):
        return f"changed since {state}"
    speaker = (check.speaker or None) if check.speaker_set else found_speaker
    if check.checked_speaker is not None and (check.checked_speaker or None) != speaker:
        return f"changed since {state}"
    return state


def checked_for(check: QuoteCheck | None, text: str, found_speaker: str | None = None) -> str:
    """What a changed check was given for, in words, as ``reader quotes`` says it under the quote
    ('verified as “old wording”', 'verified with the speaker Rikke Sand', both, "with no speaker");
    "" when the check still stands (or there is none)."""
    if check is None or not state_label(check, text, found_speaker).startswith("changed since "):
        return ""
    was = []
    if check.checked_text is not None and " ".join(check.checked_text.split()) != " ".join(text.split()):
        was.append(f"as \u201c{one_line(check.checked_text)}\u201d")
    speaker = (check.speaker or None) if check.speaker_set else found_speaker
    if check.checked_speaker is not None and (check.checked_speaker or None) != speaker:
        old = one_line(check.checked_speaker)
        was.append(f"with the speaker {old}" if old else "with no speaker")
    return f"{check.state.value} " + ", ".join(was) if was else ""


def reconcile_quotes(body: str, quotes: Sequence[Quote], checks: Sequence[QuoteCheck],
                     roles: dict[str, str] | None = None) -> tuple[QuoteNote, ...]:
    """Every quote the analysis found, joined with the journalist's record on it (state, the
    wording and speaker it was checked for, a speaker set by hand; ``roles``: speaker -> role
    where the quote does not carry its own), in text order; records no
    found quote matches (the analysis missed it, or its wording is gone) come last.

    A record belongs to the found quote at its span, else to the one it overlaps most, else (its
    wording gone from the text) to the unclaimed quote whose wording is most like it."""
    claimed: dict[int, QuoteCheck] = {}
    left: list[QuoteCheck] = []
    for check in checks:
        index = None
        if check.status is not AnchorStatus.ORPHANED:
            overlaps = [(min(q.end, check.end) - max(q.start, check.start), n) for n, q in enumerate(quotes)]
            overlaps = [(shared, n) for shared, n in overlaps if shared > 0 and n not in claimed]
            exact = [n for n, q in enumerate(quotes) if (q.start, q.end) == (check.start, check.end) and n not in claimed]
            index = exact[0] if exact else max(overlaps)[1] if overlaps else None
        if index is None:
            left.append(check)
        else:
            claimed[index] = check
    for check in list(left):
        wording = check.checked_text if check.checked_text is not None else check.exact
        scored = [(wording_likeness(wording, q.text or body[q.start:q.end]), n)
                  for n, q in enumerate(quotes) if n not in claimed]
        if scored and max(scored)[0] >= REWORDED:
            claimed[max(scored)[1]] = check
            left.remove(check)
    notes = [_note(body, quote, claimed.get(n), roles or {}, quotes) for n, quote in enumerate(quotes)]
    for check in left:
        gone = check.status is AnchorStatus.ORPHANED
        text = check.exact if gone else body[check.start:check.end]
        notes.append(QuoteNote(
            text, check.speaker or None if check.speaker_set else None, check.state,
            -1 if gone else check.start, -1 if gone else check.end, check.speaker_set,
            check.checked_text, check.checked_speaker, gone=gone,
        ))
    return tuple(notes)


def recorded_quotes(checks: Sequence[QuoteCheck]) -> tuple[QuoteNote, ...]:
    """The journalist's records on the quotes of an article whose file cannot be read (gone): each
    with the wording and speaker its state was given for, as it was last seen."""
    return tuple(
        QuoteNote(check.checked_text if check.checked_text is not None else check.exact,
                  (check.speaker or None) if check.speaker_set else (check.checked_speaker or None),
                  check.state, speaker_by_hand=check.speaker_set, checked_text=check.checked_text,
                  checked_speaker=check.checked_speaker)
        for check in checks if check.state is not QuoteState.UNVERIFIED or check.speaker_set
    )


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def role_near(quotes: Sequence[Quote], name: str, at: int, roles: dict[str, str]) -> tuple[str, str]:
    """(role, organisation) the article gives the person ``name`` (folded: case, spaces) nearest
    ``at``, the two together from one of their quotes: the nearest before ``at`` that has either,
    else the first after; else the role ``roles`` (speaker_roles) has for them. For a speaker set by
    hand: never the replaced speaker's, never one quote's role with another's organisation
    ("formand" and "tidligere direktør i Vestfisk" are not "formand, Vestfisk")."""
    key = _key(name)
    own = sorted((q for q in quotes if q.speaker and _key(q.speaker) == key  # (index rows carry no role)
                  and (getattr(q, "role", "") or getattr(q, "affiliation", ""))), key=lambda q: q.start)
    before = [q for q in own if q.start <= at]
    if before or own:
        nearest = before[-1] if before else own[0]
        return nearest.role or "", nearest.affiliation or ""
    return next((role for said, role in roles.items() if role and _key(said) == key), ""), ""


def _note(body: str, quote: Quote, check: QuoteCheck | None, roles: dict[str, str],
          quotes: Sequence[Quote] = ()) -> QuoteNote:
    text = body[quote.start:quote.end]
    kind = getattr(quote, "kind", "full") or "full"
    role = getattr(quote, "role", "") or roles.get(quote.speaker or "", "") or ""
    affiliation = getattr(quote, "affiliation", "") or ""
    if check is None:
        return QuoteNote(text, quote.speaker, QuoteState.UNVERIFIED, quote.start, quote.end,
                         role=role, affiliation=affiliation, kind=kind)
    speaker = (check.speaker or None) if check.speaker_set else quote.speaker
    if check.speaker_set:  # the analysis's role belongs to the analysis's speaker; the person's own
        role, affiliation = role_near(quotes, speaker, quote.start, roles) if speaker else ("", "")
    return QuoteNote(text, speaker, check.state, quote.start, quote.end, check.speaker_set,
                     check.checked_text, check.checked_speaker, role, affiliation, kind=kind)


def quote_notes(store, article: Article, analysis_for: Callable[[Article], Analysis] | None = None,
                *, every: bool = False) -> tuple[QuoteNote, ...]:
    """The quotes of ``article`` as the journalist left them; only those with a record (a state
    or a speaker set by hand) unless ``every``."""
    checks = store.quote_checks(article.id)
    if not checks and not every:
        return ()
    try:
        if analysis_for is None:
            from reader.analysis import analyze

            analysis = analyze(article.body, article.language, corrections_for(store, article.id), title=article.title)
        else:
            analysis = analysis_for(article)
        found = analysis.quotes
        from reader.analysis.roles import speaker_roles

        roles = speaker_roles(analysis)
    except Exception:  # the checks are still worth exporting without their speakers
        found, roles = (), {}
    notes = reconcile_quotes(article.body, found, checks, roles)
    return notes if every else tuple(note for note in notes if note.checked)
