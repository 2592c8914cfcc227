"""Command line: argument parsing and dispatch; heavy modules are imported lazily."""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import sys
from typing import NoReturn, Sequence

COMMANDS = ("list", "tag", "export", "analyze", "doctor", "session", "open", "index", "search", "quotes", "entities",
            "timeline")


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line: what is wrong, and where its help is."""

    commands: dict[str, argparse.ArgumentParser] = {}  # the top parser's: one per command

    def error(self, message: str) -> NoReturn:
        """Print the error on one line (no usage block) and exit with status 2."""
        from reader.textsafe import one_line

        self.exit(2, f"{self.prog}: error: {one_line(message, 300)} (see '{self.prog} --help')\n")


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="FILE",
        help="annotation database (default: $READER_DB or the user data directory)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, one sub-parser per command."""
    parser = _Parser(
        prog="reader",
        description="Read news articles with entities and quotes highlighted; keep notes and tags.",
        epilog="Run 'reader PATH...' to open the app, or 'reader COMMAND --help' for a command.",
    )
    from reader import __version__
    from reader.workspace.exports import FORMATS

    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("open", help="open the app on files and folders (the default command)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders (default: .)")
    _add_db(p)

    p = sub.add_parser("list", help="print the library: id, path, title, date, source, tags, notes")
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders (default: .)")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    _add_db(p)

    p = sub.add_parser("tag", help="add or remove tags on an article from the shell")
    p.add_argument("path", metavar="PATH|ID", help="the article file, or an id as 'reader list' prints it")
    p.add_argument("tags", nargs="+", metavar="TAG")
    p.add_argument("--remove", action="store_true", help="remove the tags instead of adding them")
    p.add_argument("--in", dest="within", action="append", default=[], metavar="FOLDER",
                   help="where to look for an article id (default: the current folder)")
    _add_db(p)

    p = sub.add_parser("export", help="export annotations as Markdown (or JSON/CSV)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders (default: .)")
    p.add_argument("--tag", action="append", default=[], metavar="TAG", help="only articles with this tag")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout (- is stdout)")
    p.add_argument(
        "--force", action="store_true",
        help="overwrite FILE even if it exists and is not an earlier export",
    )
    p.add_argument(
        "--format", choices=FORMATS, default=None,
        help="output format (default: from the -o suffix, else md)",
    )
    p.add_argument("--quotes", action="store_true",
                   help="a quote sheet: every quote with its speaker and state, unverified ones included")
    p.add_argument("--keep-markdown", action="store_true",
                   help="keep a note's own Markdown emphasis and code in the Markdown export")
    p.add_argument("--gone", action="store_true",
                   help="the notes, tags and quote checks on articles whose file is gone (deleted or moved away)")
    _add_db(p)

    p = sub.add_parser("analyze", help="print the entities and quotes found in an article")
    p.add_argument("path", metavar="PATH|ID", help="article file (every article in it), an id as 'reader list' "
                   "prints it, or - for stdin")
    p.add_argument("--id", dest="article_id", metavar="ID", help="only the article with this id in the file")
    p.add_argument("--in", dest="within", action="append", default=[], metavar="FOLDER",
                   help="where to look for an article id (default: the current folder)")
    p.add_argument("--raw", action="store_true", help="analyse the whole input, not the parsed body")
    p.add_argument("--lang", choices=("auto", "da", "en"), default="auto")
    p.add_argument("--json", action="store_true", help="print JSON")
    _add_db(p)

    p = sub.add_parser("doctor", help="check the database; --repair restores the newest good backup")
    p.add_argument("--repair", action="store_true")
    _add_db(p)

    p = sub.add_parser("session", help="a fast tagging session: one article at a time")
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders (default: .)")
    p.add_argument("--untagged", action="store_true", help="only articles without tags")
    _add_db(p)

    p = sub.add_parser("index", help="bring the library index up to date (new, changed, removed files)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders (default: .)")
    p.add_argument("--workers", type=int, metavar="N", help="local worker processes (default: 2)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="a Dask scheduler (tcp://host:8786) to parse and analyse on")
    _add_db(p)

    p = sub.add_parser("search", help="full-text search of the library index (see README: the query language)")
    p.add_argument("query", nargs="?", default="", metavar="QUERY",
                   help='words, "phrases", prefix*, person:NAME, date:2018-08..2018-12, -word ...')
    p.add_argument("paths", nargs="*", metavar="PATH", help="only these files and folders, indexed first (default: all indexed)")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="at most N articles (default: 20)")
    _add_db(p)
    _add_who(sub)
    parser.commands = dict(sub.choices)
    return parser


def _add_who(sub) -> None:
    """The who-said-what commands: quotes, entities, timeline."""
    p = sub.add_parser("quotes", help="who said what across the library (index): quotes by speaker, date")
    p.add_argument("paths", nargs="*", metavar="PATH", help="only these files and folders, indexed first (default: all indexed)")
    p.add_argument("--speaker", metavar="NAME", help="only this speaker (full name, or first or last name)")
    p.add_argument("--since", metavar="DATE", help="only articles dated from DATE on (2018, 2018-08, 2018-08-24)")
    p.add_argument("--first-seen", action="store_true", help="each distinct quote once, with its earliest article")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print JSON for scripts")
    fmt.add_argument("--csv", action="store_true", help="print CSV")
    fmt.add_argument("--md", action="store_true", help="print a Markdown quote sheet to paste")
    _add_db(p)

    p = sub.add_parser("entities", help="people, organisations and places across the library (index)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="only these files and folders, indexed first (default: all indexed)")
    p.add_argument("--type", choices=("PER", "ORG", "LOC"), type=str.upper, help="only this kind")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="at most N entities (default: 50)")
    p.add_argument("--json", action="store_true", help="print JSON (with the articles and co-occurring names)")
    _add_db(p)

    p = sub.add_parser("timeline", help="quotes by a speaker, mentions of a name or articles with a tag over time")
    p.add_argument("query", metavar="QUERY", help="speaker:NAME, person:NAME, org:NAME, place:NAME, tag:TAG or a name")
    p.add_argument("paths", nargs="*", default=[], metavar="PATH", help="only these files and folders, indexed first (default: all indexed)")
    p.add_argument("--by", choices=("week", "month"), default="month", help="one bar per week or month (default: month)")
    p.add_argument("--png", metavar="FILE", help="also write the chart as a PNG image (needs matplotlib: reader[charts])")
    p.add_argument("--json", action="store_true", help="print JSON")
    _add_db(p)


def _normalise_argv(argv: list[str]) -> list[str]:
    """``reader PATH...`` means ``reader open PATH...``; ``--db FILE`` may also come before the
    command (``reader --db F list``), where it is moved after it."""
    if argv and (argv[0] == "--db" and len(argv) > 2 or argv[0].startswith("--db=")):
        size = 1 if argv[0].startswith("--db=") else 2
        rest = _normalise_argv(argv[size:])
        return [rest[0], *argv[:size], *rest[1:]]
    if not argv:
        return ["open"]
    first = argv[0]
    if first == "search":
        return ["search", *_query_first(argv[1:])]
    if first in COMMANDS or first in ("-h", "--help", "--version"):
        return _file_values(argv)
    return ["open", *_file_values(argv)]


# Options whose value is a file name; the value may begin with "-" (``-o -quotes.md``).
_FILE_OPTIONS = {"-o": "--output", "--output": "--output", "--db": "--db", "--png": "--png"}


def _file_values(argv: list[str]) -> list[str]:
    """``-o -quotes.md`` is ``--output=-quotes.md``: argparse would take a value that begins with
    "-" for an option and say "expected one argument". A value that begins with "--" is still read
    as a forgotten value followed by the next option."""
    out: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            return out + argv[i:]
        value = argv[i + 1] if i + 1 < len(argv) else ""
        if arg in _FILE_OPTIONS and len(value) > 2 and value[0] == "-" and value[1] != "-":
            out.append(f"{_FILE_OPTIONS[arg]}={value}")
            i += 2
            continue
        out.append(arg)
        i += 1
    return out


# ``reader search``'s options; every other word is the query or a path, even one that starts with
# "-" (the query language excludes with it: ``reader search -tag:sport festival``).
_SEARCH_FLAGS = {"--json": 0, "--limit": 1, "--db": 1, "-h": 0, "--help": 0}


def _query_first(args: list[str]) -> list[str]:
    """The search command's options, then ``--`` and the query and paths (once ``--`` is given
    every word after it is the query or a path)."""
    options: list[str] = []
    words: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            words.extend(args[i + 1:])
            break
        name = arg.split("=", 1)[0]
        if name in _SEARCH_FLAGS:
            takes = _SEARCH_FLAGS[name] if "=" not in arg else 0
            options.extend(args[i:i + 1 + takes])
            i += 1 + takes
            continue
        words.append(arg)
        i += 1
    return [*options, "--", *words] if words else options


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``reader`` script; returns the exit status."""
    args_list = _normalise_argv(list(sys.argv[1:] if argv is None else argv))
    parser = build_parser()
    command = args_list[0] if args_list else ""
    if command in parser.commands and "--" not in args_list:  # paths around options: export A --tag x B
        args = parser.commands[command].parse_intermixed_args(args_list[1:])
        args.command = command
    else:  # -h, --help, --version; after "--" every word is a path or the query, as argparse reads it
        args = parser.parse_args(args_list)
    from reader.errors import IndexBusyError, IndexDamagedError, LibraryIndexError, ReaderError
    from reader.textsafe import one_line, visible

    _closed_output()
    _buffered_output()
    _encodable_output()
    try:
        module = importlib.import_module(f"reader.commands.{args.command}")
        try:
            status = int(module.run(args) or 0)
        except IndexDamagedError as error:  # the index was built again: the command runs once more
            print(f"reader: {visible(str(error)).replace(chr(10), ' ')}", file=sys.stderr)
            status = int(module.run(args) or 0)
        except IndexBusyError:
            raise
        except LibraryIndexError as error:  # a full disk, a read-only folder: a temporary index
            from reader.commands._index_fallback import HOW, READERS, run_on_temporary_index

            if args.command not in READERS:
                raise LibraryIndexError(f"{error}; {HOW}") from None
            status = run_on_temporary_index(lambda: int(module.run(args) or 0), args.db, error)
        _flush_output()
        return status
    except ReaderError as error:
        print(f"reader: error: {visible(str(error)).replace(chr(10), ' ')}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # on a terminal, in place of a progress line it may have cut short
        clear = "\r\x1b[K" if hasattr(sys.stderr, "isatty") and sys.stderr.isatty() else ""
        print(f"{clear}reader: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # stdout closed early (e.g. piped into head): not an error for the user.
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 0
    except OSError as error:
        try:
            _flush_output()
        except ReaderError:
            pass  # the first error is the one to tell
        print(f"reader: error: {one_line(_describe_os_error(error))}", file=sys.stderr)
        return 2
    except Exception as error:  # the user never sees a traceback
        if os.environ.get("READER_DEBUG"):
            raise
        summary = one_line(f"{type(error).__name__}: {error}", 300)
        print(f"reader: internal error: {summary} (set READER_DEBUG=1 for details)", file=sys.stderr)
        return 70


_REPLACED: list = []


def _flush_output() -> None:
    """Write out what waits for standard output, here, where a full disk is one line and status 2:
    left to the interpreter's exit it was "Exception ignored" and status 120 (review33). When the
    disk refuses, the output is pointed at /dev/null, so the exit's flush cannot fail again."""
    from reader.errors import ReaderError, describe_os_error

    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        except (OSError, ValueError):
            pass  # no descriptor (a test's stream): nothing is flushed at exit either
        raise ReaderError(f"{describe_os_error(error)}: the output is cut short") from None


class _ClosedOutput:
    """Standard output the shell closed (``reader list >&-``): Python leaves ``sys.stdout`` None,
    where ``print`` wrote nothing without a word and ``write`` or the final flush was an "internal
    error" with status 70 (attack33). A write here is the operating system's own error instead."""

    encoding = "utf-8"
    errors = "strict"

    def write(self, text: str) -> int:
        if not text:
            return 0
        raise OSError(errno.EBADF, "standard output is closed")

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


def _closed_output() -> None:
    if sys.stdout is None:
        sys.stdout = _ClosedOutput()


def _buffered_output() -> None:
    """Standard output that is no terminal gets a buffer when Python runs unbuffered
    (``PYTHONUNBUFFERED=1``, common in containers): there a write the disk cut short was dropped
    without a word, and ``reader export > draft.md`` on a nearly full disk left a truncated draft
    with status 0 (review33). A buffer writes the rest and raises the disk's error."""
    import io

    stream = sys.stdout
    raw = getattr(stream, "buffer", None)
    if stream is not sys.__stdout__ or not isinstance(raw, io.RawIOBase) or not isinstance(stream, io.TextIOWrapper):
        return  # a stream put in place by someone else (a test's capture) is theirs
    try:
        if stream.isatty():
            return
    except ValueError:  # closed
        return
    sys.stdout = io.TextIOWrapper(io.BufferedWriter(raw), encoding=stream.encoding, errors=stream.errors)
    _REPLACED.append(sys.stdout)  # kept to the end: collected early, it would close the descriptor


def _encodable_output() -> None:
    """Output in an encoding that cannot hold every letter (``PYTHONIOENCODING=ascii``, a C
    locale) writes ``?`` for what it cannot show, said once on stderr, instead of failing."""
    import codecs

    narrow = []
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None) or "utf-8"
        try:
            universal = codecs.lookup(encoding).name.startswith("utf")
        except LookupError:
            universal = False
        if not universal and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
            narrow.append(encoding)
    if narrow:
        print(f"reader: note: the output encoding ({narrow[0]}) cannot show every letter; "
              "those it cannot are written as '?' (set PYTHONIOENCODING=utf-8 to see them)", file=sys.stderr)


def _describe_os_error(error: OSError) -> str:
    """One line for an operating-system error, naming the file when known."""
    from reader.errors import describe_os_error

    return describe_os_error(error)


if __name__ == "__main__":  # ``python -m reader.cli`` works as ``python -m reader`` does, never silently nothing
    raise SystemExit(main())
