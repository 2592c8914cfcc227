"""The notes export in CSV carries what a changed quote was checked as (wording and speaker), as
the Markdown ("verified as …") and JSON (``checked``) exports do: it carried only the new wording."""

from __future__ import annotations

import csv
import io

from reader.export import render

from test_quotes_export import BODY, Q1, Q1_NEW, Q2, item, note_on, verified


def test_a_reworded_checked_quote_carries_its_old_wording_in_the_notes_csv():
    edited = BODY.replace(Q1, Q1_NEW)
    one = item([verified(Q1, "Hanne Dahl")], body=edited)
    rows = list(csv.DictReader(io.StringIO(render([one], "csv"))))
    (row,) = [r for r in rows if r["kind"] == "quote check"]
    assert (row["exact"], row["quote_state"]) == (Q1_NEW, "changed since verified")
    assert (row["checked_text"], row["checked_speaker"]) == (Q1, "Hanne Dahl")


def test_a_note_on_a_quote_whose_speaker_was_corrected_carries_who_it_was_checked_for():
    check = verified(Q2, "Jens Holm", speaker_set=True, speaker="Jens Holm Sørensen")
    one = item([check], [note_on("kede af det")])
    rows = list(csv.DictReader(io.StringIO(render([one], "csv"))))
    note = next(r for r in rows if r["kind"] == "note")
    assert (note["speaker"], note["quote_state"]) == ("Jens Holm Sørensen", "changed since verified")
    assert (note["checked_text"], note["checked_speaker"]) == (Q2, "Jens Holm")
    header = next(csv.reader(io.StringIO(render([one], "csv"))))
    assert header[:21][-2:] == ["byline", "link"]  # the columns so far keep their places
