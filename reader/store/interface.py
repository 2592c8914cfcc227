"""The Store's declared interface: what the workspace and the front ends may ask of user data.

``Store`` (TinyDB on a crash-safe journal, or in memory) implements it; a second backend (a
server store for a desk) would implement the same. tests/store/test_conformance.py runs one
suite against every backend, and checks that ``Store`` offers each operation named here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from reader.model import Anchor, Annotation, Article, EntityCorrection, EntityLabel, QuoteCheck, QuoteState


@runtime_checkable
class NotesStore(Protocol):
    """Notes, labels, tags, quote checks, entity corrections, UI state and undo history."""

    readonly_reason: str
    warnings: list[str]  # worth telling the user on start (backups not being kept)
    undoable: bool
    last_step_articles: tuple[str, ...]

    # life cycle
    @property
    def path(self) -> Path: """Where the data lives."""
    @property
    def readonly(self) -> bool: """True when changes cannot be saved."""
    def refresh(self) -> bool: """Pick up what others saved; True if anything changed."""
    def close(self) -> None: """Save what is pending and let go of the data."""
    def busy(self) -> str: """Why a write would wait now (another program holds the lock); "" if not."""
    def wait_for_lock(self, seconds: float | None) -> None: """How long a write waits for the lock."""

    # articles and their identity
    def settle_ids(self, articles: Sequence[Article], exists: Callable[[str], bool] = ...) -> list[Article]:
        """Articles with ids that stay with their files."""
    def relocate(self, articles: Sequence[Article], exists: Callable[[str], bool] = ...) -> int:
        """Record new paths of moved files; how many."""
    def follow_updated(self, articles: Sequence[Article]) -> int:
        """Attach the articles whose data is under an older id; how many."""
    def attach(self, article: Article) -> list[Annotation]:
        """Re-anchor the article's annotations to its current text; returns them."""
    def is_article(self, article_id: str, other: str) -> bool: """Whether two ids name one article."""
    def holds_path(self, path: str) -> bool: """Whether an article with saved data lies at path."""
    def title_of(self, article_id: str) -> str: """The headline recorded for an article."""
    def recorded_paths(self) -> dict[str, str]: """Article id -> recorded path, for saved data."""

    # tags
    def tags(self, article_id: str) -> tuple[str, ...]: """The article's tags, in order."""
    def all_tags(self) -> dict[str, int]: """Tag -> number of articles."""
    def add_tags(self, article_id: str, tags: Iterable[str]) -> None: """Add tags."""
    def remove_tags(self, article_id: str, tags: Iterable[str]) -> None: """Remove tags."""
    def change_tags(self, article_id: str, add: Iterable[str], remove: Iterable[str]) -> None:
        """Add and remove in one step."""
    def set_tags(self, article_id: str, tags: Iterable[str]) -> None: """Replace the tags."""

    # annotations
    def annotations(self, article_id: str) -> list[Annotation]: """The article's annotations."""
    def annotation(self, annotation_id: str) -> Annotation: """One annotation (NotFoundError)."""
    def annotation_counts(self) -> dict[str, int]: """Article id -> number of annotations."""
    def orphan_counts(self) -> dict[str, int]: """Article id -> number of orphaned annotations."""
    def add_annotation(self, article_id: str, anchor: Anchor, note: str = "", label: str = "") -> Annotation:
        """Save a new note/label."""
    def update_annotation(self, annotation_id: str, *, note: str | None = None, label: str | None = None,
                          anchor: Anchor | None = None, base: Annotation | None = None) -> Annotation:
        """Change a note, its label or its anchor."""
    def delete_annotation(self, annotation_id: str) -> None: """Delete a note."""

    # quotes and entities
    def quote_states(self, article_id: str) -> dict[tuple[int, int], QuoteState]: """Quote span -> state."""
    def set_quote_state(self, article_id: str, anchor: Anchor, state: QuoteState, speaker: str | None = None) -> None:
        """Set a quote's verification state for its wording and speaker now."""
    def quote_checks(self, article_id: str) -> list[QuoteCheck]: """Every quote record (state, speaker by hand)."""
    def set_quote_speaker(self, article_id: str, anchor: Anchor, speaker: str | None) -> None:
        """Set a quote's speaker by hand ("": none; None: the analysis decides again)."""
    def speaker_overrides(self) -> dict[str, str]: """Speakers merged or kept apart by hand."""
    def set_speaker_override(self, name: str, target: str | None) -> None:
        """Let a speaker's name stand for another (itself: kept apart; None: automatic again)."""
    def set_speaker_overrides(self, changes: dict[str, str | None]) -> None:
        """Several such names in one undo step."""
    def corrections(self) -> tuple[EntityCorrection, ...]: """The personal gazetteer."""
    def set_correction(self, text: str, label: EntityLabel | None) -> None: """Always/never an entity."""
    def remove_correction(self, text: str) -> None: """Forget a correction."""

    # small UI state and history
    def get_state(self, key: str, default: Any = None) -> Any: """A saved piece of UI state."""
    def set_state(self, key: str, value: Any) -> None: """Save a piece of UI state."""
    @property
    def can_undo(self) -> bool: """Whether there is a change to undo."""
    @property
    def can_redo(self) -> bool: """Whether there is an undone change to redo."""
    def undo(self) -> str | None: """Undo this window's last change; its description."""
    def redo(self) -> str | None: """Redo this window's last undone change; its description."""

    # reading state and per-article corrections (reader/store/reading.py)
    def read_positions(self) -> dict[str, int]: """Article id -> where the reader left it (opened ones)."""
    def set_read_position(self, article_id: str, offset: int) -> None: """Mark read, at offset."""
    def mark_unread(self, article_id: str) -> None: """Forget that an article was read."""
    def known_ids(self) -> set[str] | None: """Digests of article ids seen at earlier launches."""
    def add_known_ids(self, article_ids: Iterable[str]) -> None: """Remember article ids as seen."""
    def article_corrections(self, article_id: str) -> tuple[EntityCorrection, ...]:
        """This article's own entity corrections."""
    def set_article_correction(self, article_id: str, text: str, label: EntityLabel | None) -> None:
        """In this article only, treat text as label (None: not an entity); undoable."""
    def remove_article_correction(self, article_id: str, text: str) -> None: """Forget one."""
