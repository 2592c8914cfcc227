"""``reader analyze PATH|ID``: print the entities and quotes found in an article (each article of
a file that holds several)."""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from typing import Any

from reader.errors import AnalysisFailedError, ArticleError, ReaderError
from reader.model import Analysis, EntityCorrection
from reader.textsafe import json_text, one_line
from reader.workspace.exports import NO_SPEAKER

_ORDER = ("PER", "ORG", "LOC", "MISC", "DATE", "NUM")
_TITLES = {
    "PER": "People", "ORG": "Organisations", "LOC": "Places", "MISC": "Other names",
    "DATE": "Dates and times", "NUM": "Numbers",
}


def _read_bytes(path: str) -> bytes:
    from reader.workspace.library import read_file, read_stream

    if path == "-":
        return read_stream(sys.stdin.buffer, "stdin")  # bounded: stdin may never end

    return read_file(path)  # one-line errors: missing, unreadable, a pipe, too large


def _read_input(path: str) -> str:
    """The whole input, decoded as the library decodes articles (binary input is refused);
    empty input is empty text."""
    return _decode(_read_bytes(path), "stdin" if path == "-" else path)


# The first line of wire copy: " date 2018-08 Headline" (see reader.library.wire).
_WIRE_HEAD = re.compile(rb"\s*(?:\xef\xbb\xbf)?\s*date\s+\d{4}")


def _decode(data: bytes, name: str) -> str:
    import unicodedata

    from reader.workspace.library import decode_bytes

    if not data.strip():
        return ""
    text = decode_bytes(data, name).removeprefix("\ufeff")
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def _article_text(path: str) -> tuple[str, str, str | None]:
    """The headline, parsed body and language (as the library detects it: from headline and body) of the first article in ``path`` or stdin (the library parser
    decides the format: wire copy, Markdown, HTML or JSON by the suffix, plain wire copy for stdin)."""
    from reader.workspace.library import load_articles
    from reader.workspace.library import parse_bytes

    if path == "-":
        data = _read_bytes(path)
        if not data.strip():
            return "", "", None
        if not _WIRE_HEAD.match(data):  # pasted text, no wire headline: all of it is the body
            return "", _decode(data, "stdin"), None
        articles = parse_bytes(data, "-", "txt")
    else:
        articles = load_articles(path)
    if not articles:
        raise ArticleError(f"no article found in {path}")
    return articles[0].title, articles[0].body, articles[0].language


def _corrections(db: str | None, article_id: str = "") -> list[EntityCorrection]:
    """The user's personal gazetteer from the database, if there is one yet, with the article's
    own corrections (made for it alone in the app) taking precedence."""
    try:
        from reader.settings import resolve_db_path

        path = resolve_db_path(db)
        if not path.exists():
            return []
        from reader.workspace.library import open_store

        store = open_store(path, readonly=True)
        try:
            from reader.workspace import corrections_for

            return list(corrections_for(store, article_id))
        finally:
            close = getattr(store, "close", None)
            if close is not None:
                close()
    except (ImportError, AttributeError, ReaderError, OSError):
        return []


def _entity_json(entities) -> list[dict[str, Any]]:
    return [
        {"start": e.start, "end": e.end, "text": e.text, "label": e.label.value, "canonical": e.canonical}
        for e in entities
    ]


def to_json(result: Analysis, roles: dict[str, str] | None = None) -> dict[str, Any]:
    """The JSON shape of issue 3 (plus sentences, speaker roles, and the headline with its names,
    whose offsets index into "title")."""
    roles = roles or {}
    payload = {
        "text": result.text,
        "language": result.language,
        "entities": _entity_json(result.entities),
        "quotes": [
            {
                "start": q.start, "end": q.end, "text": q.text, "speaker": q.speaker,
                "speaker_start": q.speaker_start, "speaker_end": q.speaker_end,
                "speaker_role": roles.get(q.speaker or "", None),
                "speaker_affiliation": q.affiliation or None, "kind": q.kind,
            }
            for q in result.quotes
        ],
        "sentences": [list(span) for span in result.sentences],
    }
    if result.title:
        payload["title"] = result.title
        payload["title_entities"] = _entity_json(result.title_entities)
    return payload


def report(result: Analysis, roles: dict[str, str] | None = None) -> str:
    """A readable report: entities grouped by type with counts and canonical names; quotes, each
    with its own role and organisation, else the role ``roles`` (speaker_roles) gives its speaker,
    as the app and the exports show them."""
    lines = [f"Headline: {one_line(result.title, 200)}"] if result.title else []
    lines.append(f"Language: {result.language}   sentences: {len(result.sentences)}   "
                 f"entities: {len(result.entities)}   quotes: {len(result.quotes)}"
                 + (f"   in the headline: {len(result.title_entities)}" if result.title else ""))
    groups: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for ent in result.entities + result.title_entities:
        groups[ent.label.value][ent.canonical].append(ent.text)
    for label in _ORDER:
        if label not in groups:
            continue
        lines.append("")
        lines.append(f"{_TITLES[label]}:")
        items = sorted(groups[label].items(), key=lambda kv: (-len(kv[1]), kv[0]))
        for canonical, mentions in items:
            forms = sorted(set(mentions) - {canonical})
            extra = f"  (also: {', '.join(one_line(f, 40) for f in forms)})" if forms else ""
            lines.append(f"  {len(mentions):>3}  {one_line(canonical, 60)}{extra}")
    if result.quotes:
        lines.append("")
        lines.append("Quotes:")
        for quote in result.quotes:
            who = one_line(quote.speaker, 40) if quote.speaker else NO_SPEAKER  # as the app and exports say
            own = (quote.role, quote.affiliation) if quote.role or quote.affiliation else (
                (roles or {}).get(quote.speaker or "", ""),)
            about = ", ".join(one_line(x, 40) for x in own if x)
            who += f" ({about})" if about else ""
            part = " (partial)" if quote.kind == "partial" else ""
            lines.append(f"  {who}{part}: \u201c{one_line(quote.text, 100)}\u201d")
    return "\n".join(lines)


def _library_articles(args: Any) -> list | None:
    """The articles PATH names when it is a file or an article id (None for stdin and --raw):
    every article of the file, or the one whose id is PATH or ``--id``."""
    import os

    from reader.commands._resolve import resolve_articles

    wanted = getattr(args, "article_id", None)
    if args.path == "-" or args.raw:
        return None
    if os.path.isdir(os.path.expanduser(args.path)):
        raise ReaderError(f"{one_line(args.path, 80)} is a folder: name a file, or an article id (with --in FOLDER)")
    store = _open_readonly(getattr(args, "db", None))
    try:
        articles = resolve_articles(args.path, getattr(args, "within", None) or (), store, getattr(args, "db", None))
    finally:
        if store is not None:
            store.close()
    if not articles:
        raise ArticleError(f"no article found in {args.path}")
    if wanted:
        chosen = [a for a in articles if a.id == wanted]
        if not chosen:
            ids = ", ".join(one_line(a.id, 60) for a in articles[:10])
            raise ReaderError(f"no article with id {one_line(wanted, 60)} in {one_line(args.path, 80)} (it holds: {ids})")
        return chosen
    return articles


def _open_readonly(db: str | None) -> Any:
    """The database, read-only, if there is one yet (ids are settled as 'reader list' does)."""
    try:
        from reader.settings import resolve_db_path
        from reader.workspace.library import open_store

        path = resolve_db_path(db)
        return open_store(path, readonly=True) if path.exists() else None
    except (ReaderError, OSError):
        return None


def run(args: Any) -> int:
    """Analyse the article(s) ``args.path`` names and print a report or JSON."""
    articles = _library_articles(args)
    if articles is None:
        return _run_one(args)
    if len(articles) > 1:
        return _run_many(args, articles)
    article = articles[0]
    return _print_one(args, article.title, article.body, article.language, article.id)


def _analyse(args: Any, title: str, text: str, found: str | None, article_id: str = "") -> tuple[Analysis, dict]:
    from reader.workspace.analysis import analyze
    from reader.workspace.analysis import speaker_roles

    language = (found or None) if args.lang in (None, "auto") else args.lang
    corrections = _corrections(getattr(args, "db", None), article_id)
    result = _analysed(lambda: analyze(text, language, corrections, title=title), args.path, title)
    return result, speaker_roles(result)


def _analysed(work, path: str, title: str = "") -> Analysis:
    """``work()``'s analysis; an analysis that fails (a bug in it, found by the text) is one line
    naming the file (and the article, in a file of several), never "internal error"."""
    try:
        return work()
    except (MemoryError, RecursionError, KeyboardInterrupt):
        raise
    except Exception as error:
        where = "stdin" if path == "-" else path
        if title:
            where += f" ({title})"
        raise AnalysisFailedError(f"{one_line(where, 200)}: the analysis failed on this text "
                             f"({one_line(f'{type(error).__name__}: {error}', 160)}); please report it") from error


def _print_one(args: Any, title: str, text: str, found: str | None, article_id: str = "") -> int:
    result, roles = _analyse(args, title, text, found, article_id)
    if args.json:
        sys.stdout.write(json_text(to_json(result, roles), indent=1, stream=sys.stdout) + "\n")
    else:
        sys.stdout.write(report(result, roles) + "\n")
    return 0


def _run_many(args: Any, articles: list) -> int:
    """Every article of a file that holds several: a report each under a rule, or a JSON list
    (each object with the article's ``id`` and ``path``)."""
    payloads = []
    failed = 0
    for number, article in enumerate(articles, 1):
        try:
            result, roles = _analyse(args, article.title, article.body, article.language, article.id)
        except AnalysisFailedError as error:  # the others are still reported
            print(f"reader: error: {error}", file=sys.stderr)
            failed += 1
            continue
        if args.json:
            payloads.append({"id": article.id, "path": article.path, **to_json(result, roles)})
        else:
            if number > 1:
                sys.stdout.write("\n")
            head = f"── article {number} of {len(articles)}: {one_line(article.title, 70)}  (id {one_line(article.id, 60)})"
            sys.stdout.write(head + "\n" + report(result, roles) + "\n")
    if args.json:
        sys.stdout.write(json_text(payloads, indent=1, stream=sys.stdout) + "\n")
    return 2 if failed else 0


def _run_one(args: Any) -> int:
    """stdin, or --raw: the input as one text."""
    from reader.workspace.analysis import analyze
    from reader.workspace.analysis import speaker_roles

    title, text, found = ("", _read_input(args.path), None) if args.raw else _article_text(args.path)
    if args.raw:
        import unicodedata

        text = unicodedata.normalize("NFC", text)
    language = (found or None) if args.lang in (None, "auto") else args.lang
    corrections = _corrections(getattr(args, "db", None))
    result = _analysed(lambda: analyze(text, language, corrections, title=title), args.path)
    roles = speaker_roles(result)
    if args.json:
        sys.stdout.write(json_text(to_json(result, roles), indent=1, stream=sys.stdout) + "\n")
    else:
        sys.stdout.write(report(result, roles) + "\n")
    return 0
