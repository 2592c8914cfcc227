"""``reader timeline``: quotes by a speaker, mentions of a name or articles with a tag per week or
month, drawn as bars in the terminal (and, with ``--png``, as an image for a story draft)."""

from __future__ import annotations

import json
import os
import sys

from reader.textsafe import one_line, shown_name

KINDS = {"speaker": "speaker", "person": "PER", "org": "ORG", "place": "LOC", "tag": "tag", "search": "search"}


def resolve(index, query: str, corrections=(), overrides=None) -> tuple[str, str]:
    """(kind, name) a timeline query asks for: ``speaker:``, ``person:``, ``org:``, ``place:`` or
    ``tag:`` and a name; a bare name is the entity of that name, else the speaker."""
    from reader.errors import ReaderError
    from reader.workspace import who

    import unicodedata

    query = unicodedata.normalize("NFC", query)  # typed or pasted decomposed: as the index holds names
    key, sep, value = query.partition(":")
    if sep and key.strip().lower() in KINDS:
        kind, name = KINDS[key.strip().lower()], value.strip()
    elif sep and key.strip().isalpha() and " " not in key.strip():
        raise ReaderError(f"unknown kind {one_line(key, 20)}: (use {', '.join(k + ':' for k in KINDS)})")
    else:
        kind, name = "", query.strip()
    if not name:
        raise ReaderError("a timeline needs a name: speaker:NAME, person:NAME, org:NAME, place:NAME or tag:TAG")
    if kind == "speaker" or not kind:
        found = who.matching_speakers(index, name, overrides)
        if kind == "speaker":
            if not found:
                from reader.commands._who import no_speaker_line

                raise ReaderError(no_speaker_line(index, name, overrides))
            return "speaker", found[0]
    if kind in ("PER", "ORG", "LOC", ""):
        for row in who.entities(index, None, kind or None, corrections):
            if row.name.casefold() == name.casefold() or (row.label == "PER" and who.name_matches(name, row.name)):
                return row.label, row.name
        if not kind and found:
            return "speaker", found[0]
        if kind:
            raise ReaderError(f"no {kind} named {one_line(name, 60)!r} in the library")
        raise ReaderError(f"nothing named {one_line(name, 60)!r} in the library (try tag:{one_line(name, 40)})")
    return kind, name


def check_png_target(path: str) -> None:
    """A chart is written to a new file, or over an earlier chart (a PNG), never over anything
    else: not the notes database, an article, an export or any other file."""
    from reader.errors import ReaderError
    from reader.fileio import special_kind

    target = os.path.expanduser(path)
    if not os.path.lexists(target):
        return
    kind = special_kind(target)  # never opened: reading a pipe waits forever
    if kind:
        raise ReaderError(f"{shown_name(path)} is {kind}, not a file: give a new file name for the chart")
    try:
        with open(target, "rb") as handle:
            is_png = handle.read(8) == b"\x89PNG\r\n\x1a\n"
    except OSError:
        is_png = False
    if not is_png or not os.path.isfile(target) or os.path.islink(target):
        raise ReaderError(f"{shown_name(path)} exists and is not an earlier chart: choose a new file name "
                          "(a chart replaces only a PNG image)")


def write_png(path: str, series, title: str) -> None:
    """The timeline as a bar chart image (matplotlib, the ``charts`` extra), written atomically."""
    import io

    from reader.errors import ReaderError
    from reader.fileio import write_bytes_atomic

    try:
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib import pyplot
    except ImportError:
        raise ReaderError("--png needs matplotlib: pip install 'reader[charts]'") from None
    figure, axes = pyplot.subplots(figsize=(max(6, min(16, len(series) * 0.4)), 3.5), dpi=120)
    try:
        axes.bar([p for p, _ in series], [n for _, n in series], color="#3b6ea5")
        axes.set_title(title)
        axes.tick_params(axis="x", labelrotation=60, labelsize=7)
        axes.yaxis.get_major_locator().set_params(integer=True)
        figure.tight_layout()
        image = io.BytesIO()
        figure.savefig(image, format="png")
    finally:
        pyplot.close(figure)
    check_png_target(path)
    write_bytes_atomic(path, image.getvalue())


def run(args) -> int:
    """Print the timeline (and write the image)."""
    from reader.commands._who import close_library, open_library
    from reader.workspace import who
    from reader.workspace.who import bar_lines

    library = open_library(args)
    try:
        with library.index.guard():
            kind, name = resolve(library.index, args.query, library.corrections, library.overrides)
            series = who.timeline(library.index, kind, name, args.by, library.paths, library.corrections,
                                  overrides=library.overrides)
            monthly = sum(n for _, n in who.timeline(library.index, kind, name, "month", library.paths,
                                                     library.corrections, overrides=library.overrides)) \
                if args.by == "week" else 0
    finally:
        close_library(library)
    what = {"speaker": "quotes by", "tag": "articles tagged", "PER": "mentions of", "ORG": "mentions of",
            "LOC": "mentions of", "search": "articles found by"}[kind]
    title = f"{what} {name} per {args.by}"
    if args.png:
        check_png_target(args.png)  # before any work: a clear refusal
        write_png(args.png, series, title)
    if args.json:
        sys.stdout.write(json.dumps({"kind": kind, "name": name, "by": args.by,
                                     "periods": [{"period": p, "count": n} for p, n in series]},
                                    ensure_ascii=False, indent=1) + "\n")
        return 0
    print(one_line(title))
    for line in bar_lines(series):
        print(line)
    left = monthly - sum(n for _, n in series)
    if left > 0:  # a week needs a day: a story dated 2024-09 is in no week, said, not silently dropped
        print(f"reader: {left} of the {monthly} are dated only to a month, so in no week (--by month counts them)",
              file=sys.stderr)
    elif not series:
        print("reader: nothing dated to draw", file=sys.stderr)
    if args.png:
        print(f"reader: wrote {shown_name(args.png)}", file=sys.stderr)
    return 0
