"""Find article files under paths, read them safely, and parse them into Articles."""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable, Sequence

from reader.errors import ArticleError, path_problem
from reader.model import Article, LibraryScan, Skipped
from reader.library.build import make_article
from reader.library.decoding import decode_bytes
from reader.library.filereading import (  # noqa: F401 (read_stream: importable here as before)
    MAX_BYTES, _too_large, os_reason, read_file, read_stream,
)
from reader.library.formats import BY_SUFFIX as _FORMATS
from reader.library.formats import FORMATS
from reader.library.textnorm import prep
# CPU seconds one file may take to parse during a library scan (a 20 MB HTML article: about 3.4 s);
# past it the file is skipped with a reason, so no single file holds the scan up.
FILE_BUDGET_SECONDS = 10.0
_PROGRESS_EVERY = 100


def format_for(path: str | Path) -> str | None:
    """The format ("txt", "md", "html", "json") a file name's suffix stands for, or None."""
    return _FORMATS.get(os.path.splitext(str(path))[1].lower())


def _article_path(path: str) -> str:
    """Absolute path as str; stdin ("-") and pseudo names ("<stdin>") stay as given."""
    if path == "-" or path.startswith("<"):
        return path
    return os.path.abspath(path)


def _budget(path: str, seconds: float) -> Callable[[], None]:
    """A check that raises ArticleError once this thread has spent ``seconds`` of CPU from now."""
    deadline = time.thread_time() + seconds

    def check() -> None:
        if time.thread_time() > deadline:
            raise ArticleError(f"{path}: too slow to read: over the {seconds:g} s limit per file")

    return check


def _parse(
    data: bytes, path: str, fmt: str, check: Callable[[], None] | None = None
) -> tuple[list[Article], list[str]]:
    """Articles in ``data`` and one-line problems with items of a multi-article file; ``check()``,
    when given, is called between the steps and may raise to give up on a slow file."""
    check = check or (lambda: None)
    if len(data) > MAX_BYTES:
        raise ArticleError(f"{path}: {_too_large(len(data))}")
    text = decode_bytes(data, path)
    check()
    if text.startswith("\ufeff"):
        text = text[1:]
    kind = FORMATS[fmt]
    if kind.prepared:
        text = prep(text)
        check()
    try:
        drafts = kind.parse(text, check)
    except ArticleError as exc:
        if kind.prepared:
            raise
        raise ArticleError(f"{path}: {exc}") from None
    check()
    articles: list[Article] = []
    problems: list[str] = []
    for draft in drafts:
        check()
        if isinstance(draft, ArticleError):
            problems.append(str(draft))
            continue
        try:
            articles.append(make_article(draft, path, fmt))
        except ArticleError as exc:
            if len(drafts) == 1 and kind.prepared:
                raise
            problems.append(str(exc))
    if not articles:
        raise ArticleError(f"{path}: {problems[0] if problems else 'no articles'}")
    return articles, problems


def unexpected_reason(exc: BaseException) -> str:
    """A reason a person can read for an error no parser expected (never Python's own text)."""
    if isinstance(exc, RecursionError):
        return "nested too deeply to read"
    if isinstance(exc, MemoryError):
        return "too large to read in memory"
    if isinstance(exc, UnicodeError):
        return "undecodable: the text is not in an encoding reader knows"
    return "cannot parse: its content confused the reader (please report the file)"


def _parse_one(data: bytes, path: str, fmt: str) -> list[Article]:
    """``_parse`` for one file asked for by name: every failure is an ArticleError."""
    try:
        return _parse(data, path, fmt)[0]
    except ArticleError:
        raise
    except Exception as exc:
        raise ArticleError(f"{path}: {unexpected_reason(exc)}") from exc


def parse_bytes(data: bytes, path: str, fmt: str | None = None) -> list[Article]:
    """Parse the bytes of one article file (``fmt`` None: from the suffix, else txt); for stdin too."""
    fmt = fmt or format_for(path) or "txt"
    return _parse_one(data, _article_path(path), fmt)


def load_articles(path: str | Path) -> list[Article]:
    """The article(s) in one file; raises ArticleError with a one-line reason naming the file."""
    name = _article_path(str(path))
    problem = path_problem(name)
    if problem:
        raise ArticleError(f"{name}: {problem}")
    if os.path.isdir(name):
        raise ArticleError(f"{name}: is a folder; name an article file")
    fmt = format_for(name)
    if fmt is None:
        suffix = os.path.splitext(name)[1].lower() or "no suffix"
        raise ArticleError(f"{name}: not an article format ({suffix})")
    return _parse_one(read_file(name), name, fmt)


def _walk(root: str, skipped: list[Skipped] | None = None) -> Iterable[str]:
    """Article files under ``root``, recursively, skipping hidden files and folders; a folder that
    cannot be read is added to ``skipped`` with its reason."""
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as exc:
            if skipped is not None:
                skipped.append(Skipped(folder, f"folder not read: {os_reason(exc)}"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                continue
            if is_dir:
                stack.append(entry.path)
            elif os.path.splitext(entry.name)[1].lower() in _FORMATS:
                yield entry.path


def _unique_id(article: Article, index: int, taken: set[str]) -> Article:
    """``article`` with an id not in ``taken`` (suffix "-" + 4 hex chars of its path's hash)."""
    if article.id not in taken:
        return article
    key = article.path if index == 0 else f"{article.path}#{index}"
    attempt = 0
    while True:
        text = f"{key}\n{attempt}" if attempt else key
        digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()  # a name that is not UTF-8
        candidate = f"{article.id}-{digest[:4]}"
        if candidate not in taken:
            return replace(article, id=candidate, base_id=article.id)
        attempt += 1


def _collect(paths: Sequence[str | Path]) -> tuple[list[str], list[Skipped]]:
    """Sorted, de-duplicated article files named by or found under ``paths``, and early skips."""
    files: set[str] = set()
    skipped: list[Skipped] = []
    for raw in paths:
        path = os.path.abspath(os.path.expanduser(str(raw)))
        if os.path.isdir(path):
            files.update(_walk(path, skipped))
        elif (problem := path_problem(path)) is not None:
            skipped.append(Skipped(path, problem))
        elif format_for(path) is None:
            suffix = os.path.splitext(path)[1].lower() or "no suffix"
            skipped.append(Skipped(path, f"not an article format ({suffix})"))
        else:
            files.add(path)
    return sorted(files), skipped


def scan(
    paths: Sequence[str | Path],
    progress: Callable[[int, int], None] | None = None,
    known: Callable[[str, bytes], Sequence[Article] | None] | None = None,
) -> LibraryScan:
    """Articles in the files and folders ``paths`` (recursively), and the files that were skipped.

    ``progress(done, total)``, when given, is called every 100 files and once at the end.
    ``known(path, data)``, when given, may return a file's articles as a parse of ``data`` would
    give them (the library index's rows, reader.workspace.indexed); None or nothing: it is parsed.
    """
    files, skipped = _collect(paths)
    articles: list[Article] = []
    taken: set[str] = set()
    total = len(files)
    for done, path in enumerate(files):
        if progress is not None and done % _PROGRESS_EVERY == 0:
            progress(done, total)
        problems: Sequence[str] = ()
        try:
            data = read_file(path)
            found = known(path, data) if known is not None else None
            if not found:
                check = _budget(path, FILE_BUDGET_SECONDS)
                found, problems = _parse(data, path, _FORMATS[os.path.splitext(path)[1].lower()], check)
        except ArticleError as exc:
            skipped.append(Skipped(path, _reason(str(exc), path)))
            continue
        except Exception as exc:  # a parser bug must not stop the scan
            skipped.append(Skipped(path, unexpected_reason(exc)))
            continue
        skipped.extend(Skipped(path, _reason(p, path)) for p in problems)
        for index, article in enumerate(found):
            article = _unique_id(article, index, taken)
            taken.add(article.id)
            articles.append(article)
    if progress is not None:
        progress(total, total)
    skipped.sort(key=lambda s: s.path)
    return LibraryScan(articles=tuple(articles), skipped=tuple(skipped))


def _reason(message: str, path: str) -> str:
    """The reason part of an ArticleError message ("<path>: <reason>"), on one line."""
    prefix = f"{path}: "
    reason = message[len(prefix):] if message.startswith(prefix) else message
    return " ".join(reason.split())
