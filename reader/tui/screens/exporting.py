"""``e`` in the app: say where the export will go, let the reader change it, write it (Markdown,
or JSON/CSV when the file name ends in .json/.csv, as ``reader export -o`` does)."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any, Callable, Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from reader.errors import ReaderError
from reader.model import Article
from reader.textsafe import one_line, plural, text_for_json
from reader.tui.widgets.safe_input import SafeInput

_SAY_EVERY = 3.0  # seconds between "Finding the quotes: N of M" while a quote sheet is made


class ExportDialog(ModalScreen[str | None]):
    """The file the export will be written to, editable; Enter writes, Escape cancels."""

    VERTICAL_BREAKPOINTS = [(0, "-tiny"), (16, "-roomy")]  # under 16 rows: app.tcss tightens it

    AUTO_FOCUS = "#export-path"
    BINDINGS = [Binding("escape", "cancel", "Cancel", priority=True, id="export.cancel")]

    def __init__(self, path: Path, what: str, write: Callable[[Path], bool]) -> None:
        super().__init__()
        self.path = path
        self.what = what
        self.write = write  # writes the export there, True if it did (else it said why)

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog"):
            yield Static(Content(self._title(str(self.path))), id="export-title")
            yield SafeInput(str(self.path), id="export-path", select_on_focus=False)  # keys edit its end
            yield Static(Content("Enter writes  ·  Escape cancels  ·  edit the path to write elsewhere "
                                 "(.json or .csv: that format)"), id="export-help")

    def _title(self, path: str) -> str:
        """"Export … as Markdown to:", or as JSON/CSV when the path typed ends so."""
        from reader.workspace.exports import format_for_path

        kind = {"json": "JSON", "csv": "CSV"}.get(format_for_path(path.strip()), "Markdown")
        return f"Export {self.what} as {kind} to:"

    def on_input_changed(self, event: Input.Changed) -> None:
        """The title names the format the path typed gives."""
        self.query_one("#export-title", Static).update(Content(self._title(event.value)))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Write to the path typed, once it is a new file in a folder that exists."""
        event.stop()
        problem = export_target_problem(event.value, self.app.store.path)
        if problem:
            self.app.say(problem, severity="warning", timeout=6)
            return
        target = os.path.expanduser(event.value.strip())
        if self.write(Path(target)):  # a failed write keeps the dialog open: keys stay in the path
            self.dismiss(target)

    def action_cancel(self) -> None:
        """Close without writing."""
        self.dismiss(None)


def export_target_problem(value: str, db_path: str | os.PathLike[str] | None = None) -> str:
    """Why ``value`` cannot be written to ("" if it can): empty, a folder, an existing file, no
    folder, or a file the database at ``db_path`` keeps (its backups folder too), as for export -o."""
    from reader.workspace.library import owns_file

    text = value.strip()
    if not text:
        return "Type a file name to export to"
    path = Path(os.path.expanduser(text))
    what = owns_file(db_path, path) if db_path else None
    if what is not None:
        return f"{one_line(str(path), 60)} is {what}: an export never goes there, choose another name"
    if path.is_dir():
        return f"{one_line(str(path), 60)} is a folder: add a file name"
    if path.exists():
        return f"{one_line(str(path), 60)} exists already: choose a new name (an export never replaces a file)"
    if not path.parent.is_dir():
        return f"There is no folder {one_line(str(path.parent), 60)}"
    return ""


def export_articles(app: Any, articles: Sequence[Article], stem: str) -> None:
    """Ask where to export the notes of ``articles`` (a new file, proposed), then write it."""
    _ask_and_write(app, articles, stem, app.analysis_for, quotes=False)


def _linked(items: list, folder: Path) -> list:
    """``items`` with their links back to the files relative to the export's folder."""
    from dataclasses import replace

    from reader.workspace import file_link

    return [replace(item, **dict(zip(("link", "url"), file_link(item.article.path, str(folder))))) for item in items]


def export_quote_sheet_soon(app: Any, articles: Sequence[Article], stem: str) -> None:
    """The quote sheet of many articles: find their quotes in a worker thread (the keyboard stays
    free), then ask where to write it on the UI thread (``export_quote_sheet``)."""
    articles = list(articles)
    if len(articles) <= 1:
        export_quote_sheet(app, articles, stem)
        return
    from reader.workspace.quotes import corrections_by_article

    # read here (the worker does not touch the store): each article's own corrections too
    corrections = corrections_by_article(app.store, {article.id for article in articles})
    app.say(f"Finding the quotes of {plural(len(articles), 'article')}…", timeout=3)

    def analyse() -> None:
        from reader.workspace.sheet import SheetAnalyses

        found, said = {}, time.monotonic()
        sheet = SheetAnalyses(app.store.path, app.analysis_for)  # the index's quotes where they are the analysis
        for done, article in enumerate(articles):
            if time.monotonic() - said >= _SAY_EVERY:  # 20,000 articles take minutes: say how far
                said = time.monotonic()
                app.call_from_thread(app.say, f"Finding the quotes: {done:,} of {len(articles):,} articles…",
                                     timeout=_SAY_EVERY + 0.5)
            try:
                found[article.id] = sheet.analysis_for(article, corrections[article.id])
            except Exception:  # that article's quotes are found again, or left out, when writing
                continue
        sheet.close()
        app.call_from_thread(export_quote_sheet, app, articles, stem, found)

    app.run_worker(analyse, thread=True, group="quote-sheet", exclusive=True)


def export_quote_sheet(app: Any, articles: Sequence[Article], stem: str, analyses: dict | None = None) -> None:
    """Ask where to write the quote sheet of ``articles`` (every quote, speaker and state), then
    write it; ``analyses`` (article id -> analysis) saves analysing them again."""
    known = analyses or {}

    def analysis_for(article: Article):
        return known.get(article.id) or app.analysis_for(article)

    _ask_and_write(app, articles, stem, analysis_for, quotes=True)


def _ask_and_write(app: Any, articles: Sequence[Article], stem: str, analysis_for, quotes: bool) -> None:
    """The one export flow: gather the items, propose a new file in the dialog, write it there."""
    from reader.workspace.exports import ExportOptions, export_summary, file_text, format_for_path, render
    from reader.workspace import export_items

    try:
        items = export_items(app.store, articles, analysis_for=analysis_for, quotes=quotes)
    except ReaderError as error:
        app.say(f"Export failed: {error}", severity="error", timeout=10)
        return
    if not items:
        empty = ("No quotes to export: none were found in these articles" if quotes
                 else "Nothing to export: no notes or quote checks yet")
        app.say(empty, severity="warning", timeout=4)
        return
    what = export_summary(items, quotes)  # "1 note and 3 checked quotes from 5 articles"
    if quotes:
        what = f"a quote sheet of {what}"
    options = ExportOptions(quotes=quotes, keep_markdown=app.settings.keep_markdown)  # keep_markdown = true

    def write(path: Path) -> bool:
        fmt = format_for_path(str(path))  # a .csv or .json name gets that format, never Markdown
        return _write(app, path, file_text(render(_linked(items, path.parent), fmt, options), fmt), what)

    app.push_screen(ExportDialog(app.export_path(stem), what, write))


def _write(app: Any, path: Path, text: str, what: str) -> bool:
    """Write the export; True if it was written, else False after saying why in one line."""
    from reader.errors import describe_os_error
    from reader.fileio import write_text_atomic

    try:
        written = write_text_atomic(path, text)
    except ReaderError as error:
        app.say(f"Export failed: {error}", severity="error", timeout=10)
        return False
    except OSError as error:
        app.say(f"Export failed: {describe_os_error(error, path)}", severity="error", timeout=10)
        return False
    app.last_export_dir = str(written.parent)  # the next export proposes the same folder
    if text_for_json(app.last_export_dir) == app.last_export_dir:  # a file name's stray byte cannot go into TOML
        app.remember(last_export_dir=app.last_export_dir)  # and the next launch too
    app.say(f"Exported {what} to {written}", timeout=10)
    return True

