"""The article panel's "Also reported" section: for each quote of the article, the other articles
in the library carrying it ("also in 2 articles, first 2018-08-24 (ritzau)"), and whether the
wording differs."""

from __future__ import annotations

from typing import Any

from reader.textsafe import one_line, plural


def library_index_of(app: Any) -> Any:
    """The library index the app holds (the library screen opens it; None before then)."""
    return app.library_index


def provenance_notes(index: Any, article: Any) -> list[tuple[str, str, bool]] | None:
    """(quote excerpt, "also in 2 articles, first 2018-08-24 (ritzau)", wording changed) for each
    quote of ``article`` that other indexed articles carry too (the index's own copy of it); None
    while the index has not found the article's quotes yet."""
    from reader.workspace import who

    try:
        listed, _skipped = index.articles([article.path])
    except Exception:
        return []
    indexed = next((a for a in listed if a.id == article.id), None)
    if indexed is None or not who.analysed(index, indexed.rowid):
        return None
    notes = []
    for q in who.article_quotes(index, indexed.rowid):
        found = who.provenance(index, q.id)
        if found is None or not found.others:
            continue
        text = first_words(found)
        notes.append((one_line(q.text, 40), text, bool(found.changed)))
    return notes


def first_words(found: Any) -> str:
    """"also in 2 articles, first 2018-08-24 (ritzau)", or "…, first here" when this one is."""
    first = found.first
    source = one_line(first.source or "", 20)
    where = "here" if first.rowid == found.quote.rowid else \
        f"{first.date or 'undated'}" + (f" ({source})" if source else "")  # no "(?)" for no agency
    return f"also in {plural(len(found.others), 'article')}, first {where}"


def with_provenance(screen: Any, content: Any) -> Any:
    """The article panel's ``content`` with an "Also reported" section (worked out once per
    article in a worker, then the panel is drawn again)."""
    from textual.content import Content

    notes = getattr(screen, "_who_notes", None)
    if notes is None:
        screen._who_notes = []
        index = library_index_of(screen.app)
        if index is not None:
            article = screen.article

            def work() -> None:
                found = provenance_notes(index, article)
                if found is None:  # not indexed yet: the next time the panel is drawn asks again
                    screen._who_notes = None
                elif found:
                    screen._who_notes = found
                    screen.app.call_from_thread(screen._refresh_panel)

            screen.run_worker(work, thread=True, group="who-provenance", exit_on_error=False)
        return content
    if not notes:
        return content
    parts: list = [content, "\n\n", ("Also reported", "bold $text-primary")]
    for excerpt, text, changed in notes:
        parts += ["\n", (f"“{excerpt}”", "italic"), "\n  ", text]
        if changed:
            parts += [" · ", ("wording differs", "bold $warning")]
    return Content.assemble(*parts)


def sync_hand(index: Any, store: Any) -> None:
    """Bring the speakers the journalist set on quotes into the index (never raises: the
    analysis's speakers are shown when the notes cannot be read)."""
    from reader.workspace.who import sync_hand_speakers

    try:
        sync_hand_speakers(index, store)
    except Exception:
        pass
