"""What an export contains: one article with the journalist's tags, notes and quotes."""

from __future__ import annotations

from dataclasses import dataclass

from reader.model import Annotation, AnchorStatus, Article, QuoteState

# A quote nobody is named for, found so or cleared by hand ("set by hand" beside it says which): one
# wording in the app, the commands and the exports (polish30: "unknown speaker", "no one named" and
# "(nobody)" were said besides).
NO_SPEAKER = "no speaker"


@dataclass(frozen=True, slots=True)
class QuoteNote:
    """A quote of the article as the journalist left it: its wording now, its speaker (set by
    hand or found), its state and what that state was given for.

    ``checked_text``/``checked_speaker``: the wording and speaker a verified or contested state
    was given for (None: not recorded). ``gone``: the checked wording is no longer in the article.
    """

    text: str
    speaker: str | None
    state: QuoteState
    start: int = -1
    end: int = -1
    speaker_by_hand: bool = False
    checked_text: str | None = None
    checked_speaker: str | None = None
    role: str = ""
    affiliation: str = ""
    gone: bool = False
    kind: str = "full"  # "partial": a phrase quoted inside reported speech

    @property
    def changed(self) -> bool:
        """Whether the wording or the speaker changed since the state was given (never shown
        or exported as checked until it is checked again)."""
        if self.state is QuoteState.UNVERIFIED:
            return False
        if self.gone or (self.checked_text is not None and self.checked_text != self.text):
            return True
        return self.checked_speaker is not None and self.checked_speaker != (self.speaker or "")

    @property
    def shown_state(self) -> str:
        """The state to show: "verified", "contested", "unverified" or "changed since verified"."""
        return f"changed since {self.state.value}" if self.changed else self.state.value

    @property
    def checked(self) -> bool:
        """Whether the journalist recorded anything on it (a state or a speaker by hand)."""
        return self.state is not QuoteState.UNVERIFIED or self.speaker_by_hand

    def checked_as(self) -> str:
        """What a changed check was given for, in words: “old wording”, by the old speaker."""
        was = []
        if self.checked_text is not None and (self.gone or self.checked_text != self.text):
            was.append(f"“{' '.join(self.checked_text.split())}”")
        if self.checked_speaker is not None and self.checked_speaker != (self.speaker or ""):
            was.append(f"said by {self.checked_speaker}" if self.checked_speaker else NO_SPEAKER)
        return ", ".join(was)

    def who(self) -> str:
        """The speaker with role and affiliation where known ("" when none)."""
        extra = ", ".join(part for part in (self.role, self.affiliation) if part)
        name = self.speaker or ""
        return f"{name} ({extra})" if name and extra else name


@dataclass(frozen=True, slots=True)
class ArticleNotes:
    """One article with the journalist's tags, annotations and its quotes (``quotes``: every
    quote found, with the ones the journalist checked; writers of notes keep the checked ones).

    ``link`` is the article's file relative to where the export goes, ``url`` its file:// URL."""

    article: Article
    tags: tuple[str, ...] = ()
    annotations: tuple[Annotation, ...] = ()
    quotes: tuple[QuoteNote, ...] = ()
    link: str = ""
    url: str = ""

    def quote_of(self, annotation: Annotation) -> QuoteNote | None:
        """The quote a note is on (the one it overlaps most), if any."""
        if annotation.status is AnchorStatus.ORPHANED:
            return None
        anchor = annotation.anchor
        best, overlap = None, 0
        for quote in self.quotes:
            shared = min(anchor.end, quote.end) - max(anchor.start, quote.start)
            if quote.start >= 0 and shared > overlap and not quote.gone:
                best, overlap = quote, shared
        return best

    @property
    def checked_quotes(self) -> tuple[QuoteNote, ...]:
        """The quotes the journalist recorded a state or a speaker on."""
        return tuple(quote for quote in self.quotes if quote.checked)
