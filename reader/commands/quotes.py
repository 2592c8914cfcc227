"""``reader quotes``: who said what across the library, from the shell (text, JSON, CSV or a
Markdown quote sheet), and ``--first-seen``: each distinct quote once, with its earliest article."""

from __future__ import annotations

import csv
import io
import json
import os
import sys

from reader.commands._common import scan_progress
from reader.textsafe import one_line, path_record, plural, title_field
from reader.workspace.exports import NO_SPEAKER
from reader.workspace.who import about

_FIELDS = ("speaker", "role", "party", "quote", "title", "date", "source", "state", "article_id", "path", "articles",
           "checked_text", "checked_speaker",  # what a check was given for, as the exports carry it (review28)
           # the speaker's organisation, and "yes" for a speaker set by hand, as the export's quote sheet (polish30)
           "affiliation", "speaker_set_by_hand",
           "url")  # url last (review27): ``path`` shows a control character as ␛, the URL %-encodes it


def _who(q) -> str:
    extra = about(q.role, q.party, q.affiliation)
    return f"{q.speaker or NO_SPEAKER}" + (f" ({extra})" if extra else "")


def _record(q, state: str, carriers: int | None, check=None) -> dict:
    by_hand = check is not None and check.speaker_set
    checked = check is not None and check.state.value != "unverified"
    # A speaker set by hand that the index applied (said_as is theirs) has the role and party the
    # library gives that person (whoquotes._with_roles), never the replaced speaker's.
    # Not when the library merged the typed name into another ("Per" into "Per Lund"): the app gives
    # "Per" no role (workspace.role_near, the name itself), and neither does this (attack27).
    theirs = not by_hand or bool(check.speaker) and q.said_as == check.speaker and _fold(q.speaker) == _fold(check.speaker)
    record = {
        "speaker": (check.speaker or None) if by_hand else q.speaker,  # the reporter's word wins
        "role": q.role if theirs else "", "party": q.party if theirs else "",
        "affiliation": q.affiliation if theirs else "",
        "quote": q.text, "title": q.title, "date": q.date,
        "source": q.source, "state": state, "article_id": q.article_id, **path_record(q.path),
        "said_as": q.said_as, "start": q.start, "end": q.end,
        # the export's name for it (review32: was "speaker_by_hand" here, "speaker_set_by_hand" there)
        "speaker_set_by_hand": by_hand,
        # what a verified or contested state was given for (as the exports' ``checked``; review28)
        "checked_text": check.checked_text if checked else None,
        "checked_speaker": check.checked_speaker if checked else None,
        "url": _url(q.path),
    }
    if carriers is not None:
        record["articles"] = carriers
    return record


def _who_heading(r: dict) -> str:
    """The speaker as ``reader quotes`` names them: role and party, "set by hand" when set so."""
    extra = about(r["role"], r["party"], r["affiliation"])
    if r["speaker_set_by_hand"]:
        return f"{r['speaker'] or NO_SPEAKER} ({extra + '; ' if extra else ''}set by hand)"
    return (r["speaker"] or NO_SPEAKER) + (f" ({extra})" if extra else "")


def _fold(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


def _url(path: str) -> str:
    """The file's file:// URL (its exact name, %-encoded), "" for a path that is not absolute."""
    from pathlib import Path

    return Path(path).as_uri() if path and os.path.isabs(path) else ""


def _csv(records: list[dict]) -> str:
    from reader.workspace.exports import csv_cell

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    fields = [f for f in _FIELDS if f != "articles" or (records and "articles" in records[0])]
    writer.writerow(fields)
    for r in records:
        cells = {**r, "speaker_set_by_hand": "yes" if r["speaker_set_by_hand"] else ""}  # as the export's CSV says it
        writer.writerow([csv_cell("" if cells.get(f) is None else cells[f]) for f in fields])
    return buffer.getvalue()


def _markdown(records: list[dict], checked: list[str]) -> str:
    from reader.workspace.exports import escape_block, escape_line

    from reader.model import MARKDOWN_EXPORT_HEAD, QUOTE_SHEET_HEADING

    # The export's own heading and mark: saved into a library folder, the sheet is not read as an article.
    lines = [QUOTE_SHEET_HEADING, "", MARKDOWN_EXPORT_HEAD[1], ""]
    heading = None
    for r, was in zip(records, checked):
        who = _who_heading(r)  # a speaker set by hand says so, as the text output does (review28)
        if who != heading:
            heading = who
            lines += [f"## {escape_line(who)}", ""]
        lines += ["> " + line if line else ">" for line in escape_block(r["quote"])]
        meta = [f"*{escape_line(r['title']) or 'Untitled'}*", escape_line(r["date"]), escape_line(r["source"]), r["state"]]
        if "articles" in r and r["articles"] > 1:
            meta.append(f"in {r['articles']} articles")
        lines += ["", "— " + " · ".join(m for m in meta if m), ""]
        if was:  # the wording or speaker it was checked for, in full
            lines += [escape_line(was[:1].upper() + was[1:]), ""]
    return "\n".join(lines).rstrip() + "\n"


def run(args) -> int:
    """Print the quotes (of a speaker, since a date) or each distinct quote's first appearance."""
    from reader.commands._who import close_library, open_library
    from reader.errors import ReaderError
    from reader.workspace import who

    since = (args.since or "").strip()
    from reader.workspace.who import is_date

    if since and not is_date(since):
        raise ReaderError(f"--since wants a date like 2018, 2018-08 or 2018-08-24 (not {one_line(since, 40)!r})")
    library = open_library(args)
    try:
        with library.index.guard():
            index = library.index
            speaker = None
            if args.speaker is not None:
                found = who.matching_speakers(index, args.speaker, library.overrides)
                if not found:
                    from reader.commands._who import no_speaker_line

                    print(f"reader: {no_speaker_line(index, args.speaker, library.overrides)}", file=sys.stderr)
                    return 1
                if len(found) > 1:
                    print(f"reader: {one_line(args.speaker, 60)!r} names {len(found)} speakers: "
                          + ", ".join(one_line(n, 40) for n in found), file=sys.stderr)
                speaker = found
            if args.first_seen:
                progress = scan_progress(sys.stderr, stage="comparing")  # seconds on 20,000 quotes
                rows = [(q, n) for q, n in who.first_seen(index, library.paths, overrides=library.overrides,
                                                          progress=progress)
                        if (speaker is None or q.speaker in speaker) and (not since or (q.date and q.date >= since))]
            else:
                rows = [(q, None) for q in who.quotes(index, library.paths, speaker=speaker, since=since,
                                                      overrides=library.overrides)]
            from reader.workspace import checked_for

            checks = [library.check(q.article_id, q.start, q.end, q.text) for q, _ in rows]
            records = [_record(q, library.state(q.article_id, q.start, q.end, q.text, q.said_as or q.speaker), n, check)
                       for (q, n), check in zip(rows, checks)]
            # what a changed check was given for ("verified as “…”"), as the Speakers screen says it
            checked = [checked_for(check, q.text, q.said_as or q.speaker) for (q, _), check in zip(rows, checks)]
    finally:
        close_library(library)
    if args.json:
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
    elif args.csv:
        sys.stdout.write(_csv(records))
    elif args.md:
        sys.stdout.write(_markdown(records, checked))
    else:
        for r, (q, n), was in zip(records, rows, checked):
            who_said = _who(q) if not r["speaker_set_by_hand"] else _who_heading(r)
            head = [r["date"] or "-", who_said, r["state"], title_field(q.title, 60), r["source"] or "-"]
            if n is not None:
                head.append(plural(n, "article"))
            print("\t".join(one_line(h) for h in head))
            print(f"    \u201c{one_line(q.text)}\u201d")
            if was:
                print(f"    {was}")
    print(plural(len(records), "quote") + (" (first seen)" if args.first_seen else ""), file=sys.stderr)
    return 0
