"""``reader doctor [--repair]``: report on the annotation database; restore a backup if it is damaged."""

from __future__ import annotations

import argparse

from reader.settings import resolve_db_path
from reader.workspace.doctor import FileCheck, Report, inspect
from reader.workspace.doctor import repair
from reader.workspace.doctor import database_file, display_path
from reader.workspace.doctor import SCHEMA_VERSION


def run(args: argparse.Namespace) -> int:
    """Print the report (and repair with ``--repair``); 0 when the database is healthy."""
    path = database_file(resolve_db_path(getattr(args, "db", None)))  # a folder or a device: one line
    report = inspect(path, article_text)
    if getattr(args, "repair", False):
        if report.ok and report.exists:
            print(f"{display_path(path)}: nothing to repair")
        elif report.unreadable:  # not known to be damaged: moving it aside could lose good data
            print("repair: nothing was changed: a file that cannot be read is never moved or replaced")
        else:
            actions = repair(path)
            for action in actions:
                print(f"repair: {action}")
            if not actions:
                print(f"{display_path(path)}: nothing to repair")
            report = inspect(path, article_text)
    print(format_report(report))
    return 0 if report.ok else 1


def article_text(path: str, article_id: str, title: str) -> str | None:
    """The text of an article as its file holds it now (None: gone, or it cannot be read)."""
    from reader.errors import ReaderError
    from reader.workspace.library import load_articles

    try:
        articles = load_articles(path)
    except (ReaderError, OSError, ValueError):
        return None
    if len(articles) == 1:
        return articles[0].body
    for article in articles:  # a file of several articles: the one this record is about
        if article.id == article_id or (title and article.title == title):
            return article.body
    return None


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _file_line(check: FileCheck) -> str:
    schema = f", schema {check.schema}" if check.schema else ""
    state = "ok" if check.ok else check.detail if check.unreadable else f"DAMAGED: {check.detail}"
    return f"{check.path.name}  {_size(check.size)}{schema}  {state}"


def format_report(report: Report) -> str:
    """The report as aligned lines for a terminal."""
    lines = [f"database   {display_path(report.path)}"]
    if not report.exists and report.problems:
        lines.append("status     MISSING, while its backups hold notes (run `reader doctor --repair`)")
    elif not report.exists:
        lines.append("status     no database yet (it is created when reader first saves)")
    else:
        assert report.main is not None
        if report.main.unreadable or report.journal_problem.startswith("cannot read"):
            status = "CANNOT READ (fix what the problems below name, then run `reader doctor` again)"
        elif report.unreadable:  # the backups folder or the lock file: read, not damaged
            status = "not damaged, but see the problems below (--repair has nothing to do about them)"
        else:
            status = "ok" if report.ok else "DAMAGED (run `reader doctor --repair`)" if any(
                b.ok for b in report.backups) else ("DAMAGED, with no good backup to restore (`reader doctor --repair` "
                                                    "says if it can mend it; if not, move the file aside, "
                                                    "and reader starts a new database)")
        lines.append("status     " + status)
        if report.main.schema:
            lines.append(f"schema     {report.main.schema} (this reader writes {SCHEMA_VERSION})")
        lines.append(
            f"size       {_size(report.main.size)}; journal {_size(report.journal_bytes)} "
            f"({_n(report.journal_entries, 'change')} since the last compaction)"
        )
        if report.counts:
            c = report.counts
            lines.append(
                f"contents   {_n(c['articles'], 'article')}, {_n(c['annotations'], 'annotation')} "
                f"({c['orphaned']} orphaned), {_n(c['quote states'], 'quote state')}, {_n(c['tags'], 'tag')}, "
                f"{_n(c['corrections'], 'correction')}, {_n(c['undo steps'], 'undo step')}"
            )
    folder = display_path(report.path.with_name(report.path.name + ".backups"))
    lines.append(f"backups    {len(report.backups)} in {folder}" + (" (newest first)" if report.backups else ""))
    lines.extend(f"           {_file_line(b)}" for b in report.backups)
    if report.temp_files:
        lines.append(f"leftovers  {len(report.temp_files)} temporary files of an interrupted save "
                     "(removed when reader next opens the database)")
    lines.append("problems   " + ("none" if not report.problems else report.problems[0]))
    lines.extend(f"           {p}" for p in report.problems[1:])
    lines.extend(("notes      " if i == 0 else "           ") + note for i, note in enumerate(report.notes))
    return "\n".join(lines)
