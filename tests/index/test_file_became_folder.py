"""A file replaced by a folder of the same name, synced by its own path (as the app's folder watch
does): its row is dropped (attack15: it stayed listed, and the article open on it heard nothing)."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.archive import open_index

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"


def test_a_file_replaced_by_a_folder_is_dropped_when_synced_by_its_path(tmp_path):
    folder = tmp_path / "lib"
    shutil.copytree(SAMPLES, folder)
    index = open_index(tmp_path / "db" / "reader.json")
    index.sync([str(folder)], workers=1, analyse=False)
    story = folder / "en-01-port-strike.txt"
    before = {a.path for a in index.articles([str(folder)])[0]}
    assert str(story) in before
    story.unlink()
    story.mkdir()  # a folder of the same name, empty
    report = index.sync([str(story)], workers=1, analyse=False)
    assert report.removed == 1 and report.changed  # old: 0, nothing changed
    after = {a.path for a in index.articles([str(folder)])[0]}
    assert after == before - {str(story)}
