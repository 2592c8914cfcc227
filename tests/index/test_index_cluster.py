"""``reader index --scheduler``: parsing and analysis mapped over a Dask cluster give the same index."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.index import LibraryIndex

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"


def snapshot(index: LibraryIndex) -> list[tuple]:
    rows = index.conn.execute(
        "SELECT a.path, a.item, a.id, a.title, a.date, a.language, a.fingerprint, a.quotes, a.analysed,"
        " f.body, f.stem, f.people, f.orgs, f.places, f.speakers"
        " FROM articles a JOIN fts f ON f.rowid = a.rowid ORDER BY a.path, a.item"
    ).fetchall()
    files = index.conn.execute("SELECT path, size, mtime_ns, digest, skipped FROM files ORDER BY path").fetchall()
    return rows + files


def test_index_on_a_local_cluster_equals_the_local_one(tmp_path):
    distributed = pytest.importorskip("distributed")
    lib = tmp_path / "lib"
    shutil.copytree(SAMPLES, lib)
    (lib / "broken.txt").write_bytes(b"")
    local = LibraryIndex(tmp_path / "local.sqlite3")
    local.sync([str(lib)], workers=1)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        remote = LibraryIndex(tmp_path / "remote.sqlite3")
        report = remote.sync([str(lib)], scheduler=cluster.scheduler_address)
    assert report.read == 13 and report.analysed == 13
    assert snapshot(remote) == snapshot(local)
    assert len(snapshot(local)) == 13 + 13


@pytest.mark.parametrize("address", ["notaurl", "http://host:8786", "tcp://host:port"])
def test_a_scheduler_address_that_cannot_be_one_is_a_one_line_error(tmp_path, capsys, address):
    pytest.importorskip("distributed")
    from reader.cli import main

    lib = tmp_path / "lib"
    shutil.copytree(SAMPLES, lib)
    assert main(["index", str(lib), "--db", str(tmp_path / "db.json"), "--scheduler", address]) == 2
    err = capsys.readouterr().err
    assert f"--scheduler '{address}' is not a Dask scheduler's address" in err and "internal error" not in err
    assert err.strip().count("\n") == 0, err  # said before any work: no "reading 0 of 12 files" first


def test_a_scheduler_without_dask_is_said_before_any_work(tmp_path, capsys, monkeypatch):
    from reader.cli import main

    monkeypatch.setitem(__import__("sys").modules, "distributed", None)  # as if Dask were not installed
    monkeypatch.setitem(__import__("sys").modules, "distributed.comm.addressing", None)
    lib = tmp_path / "lib"
    shutil.copytree(SAMPLES, lib)
    assert main(["index", str(lib), "--db", str(tmp_path / "db.json"), "--scheduler", "tcp://host:8786"]) == 2
    err = capsys.readouterr().err
    assert "--scheduler needs Dask" in err and err.strip().count("\n") == 0, err
