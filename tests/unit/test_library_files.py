"""Reading files safely: encodings, BOMs, binary, empty, huge, missing, unreadable, hostile text."""

from __future__ import annotations

import builtins
import codecs
from dataclasses import replace
from pathlib import Path

import pytest

import reader.library.filereading as filereading
import reader.library.formats as formats
import reader.library.scanner as scanner
from reader.errors import ArticleError
from reader.library import load_articles, parse_bytes, scan
from reader.library.decoding import decode_bytes

DANISH = "Ærø, København, Østerbro, Århus, “citat” – æøå ÆØÅ"
TEXT = f" date 2020-05 Nyt fra {DANISH}\n\nKøbenhavn. Her er {DANISH}.\n\n- Det er fint, siger han.\n\n/ritzau/\n"


def only(path: Path):
    """The single article in ``path``, via scan (which must not skip it)."""
    result = scan([path])
    assert result.skipped == ()
    (article,) = result.articles
    return article


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-32", "cp1252",
     "utf-16-le", "utf-16-be"],
)
def test_danish_text_decodes(tmp_path: Path, encoding: str) -> None:
    if encoding == "utf-16-le-bom":
        data = codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")
    elif encoding == "utf-16-be-bom":
        data = codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")
    else:
        data = TEXT.encode(encoding)
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    article = only(path)
    assert article.title == f"Nyt fra {DANISH}"
    assert DANISH in article.body
    assert article.source == "ritzau" and article.date == "2020-05"
    assert "\ufeff" not in article.title + article.body


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [
    " date 2025-01 Москва объявила план\n\nМосква. Правительство города объявило новый план.\n",
    " date 2025-01 北京宣布新计划\n\n北京。市政府今天宣布了 2025 年的新计划。\n",
])
def test_utf16_without_a_bom_decodes_in_other_scripts_too(tmp_path: Path, codec: str, text: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes((text * 3).encode(codec))
    article = only(path)
    assert article.title == text.split("\n")[0][14:] and article.date == "2025-01"


def test_bytes_with_zeros_that_are_no_utf16_text_stay_binary(tmp_path: Path) -> None:
    import random

    path = tmp_path / "a.txt"
    path.write_bytes(bytes(random.Random(5).randrange(256) for _ in range(4000)) + b"\x00" * 50)
    result = scan([tmp_path])
    assert not result.articles and [s.reason for s in result.skipped] == ["binary file"]
    path.write_bytes(b"abc\x00def" * 100)  # a zero every seven bytes: no text's UTF-16
    result = scan([tmp_path])
    assert not result.articles and [s.reason for s in result.skipped] == ["binary file"]


def test_latin1_danish_decodes(tmp_path: Path) -> None:
    # Latin-1 cannot hold curly quotes or the en dash; 0x81 is undefined in Windows-1252.
    text = TEXT.replace("“", '"').replace("”", '"').replace("–", "-")
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("latin-1") + b"\x81")
    article = only(path)
    assert "Ærø, København, Østerbro, Århus" in article.title
    assert "\x81" not in article.body  # the C1 byte is shown as a visible replacement


def test_mostly_utf8_with_a_damaged_byte_stays_utf8() -> None:
    data = TEXT.encode("utf-8") + b"\xff"
    text = decode_bytes(data)
    assert DANISH in text


def test_crlf_and_cr_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"))
    assert "\r" not in only(path).body
    path.write_bytes(TEXT.replace("\n", "\r").encode("utf-8"))
    article = only(path)
    assert article.source == "ritzau" and "\r" not in article.body


def test_nfc_normalisation() -> None:
    decomposed = "A\u030arhus"  # Å as A + combining ring
    (article,) = parse_bytes(f"Titel {decomposed}\n\nI {decomposed} skete det.".encode(), "x.txt")
    assert "Århus" in article.title and "Århus" in article.body


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (bytes(range(1, 32)) * 40, "binary file"),
        (b"", "empty file"),
        (b"  \n\n\t \r\n", "empty file"),
        (codecs.BOM_UTF8, "empty file"),
    ],
)
def test_unreadable_files_are_skipped(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    result = scan([tmp_path])
    assert result.articles == ()
    assert [(s.path, s.reason) for s in result.skipped] == [(str(path), reason)]
    with pytest.raises(ArticleError, match="bad.txt"):
        load_articles(path)


def test_broken_utf16_is_undecodable(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "Title\n\nText".encode("utf-16-le")[:-1])
    (skipped,) = scan([path]).skipped
    assert skipped.reason.startswith("undecodable")


def test_huge_file_skipped_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.write(b"Title\n\n")
        handle.truncate(int(23.4 * 1024 * 1024))  # sparse: fast to make
    reads: list[int] = []

    class Spy:
        """A file that records read() calls."""

        def __init__(self, *args, **kwargs) -> None:
            self.handle = builtins.open(*args, **kwargs)

        def __enter__(self) -> "Spy":
            return self

        def __exit__(self, *exc) -> None:
            self.handle.close()

        def fileno(self) -> int:
            return self.handle.fileno()

        def read(self, *args) -> bytes:
            reads.append(1)
            return self.handle.read(*args)

    spy_open = Spy
    monkeypatch.setattr(filereading, "open", spy_open, raising=False)
    (skipped,) = scan([path]).skipped
    assert skipped.reason == "too large: 23.4 MB, over the 20 MB limit"
    assert reads == []
    with pytest.raises(ArticleError, match="too large"):
        load_articles(path)


def test_one_byte_over_the_limit_says_over_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "edge.txt"
    with open(path, "wb") as handle:
        handle.write(b"Title\n\n")
        handle.truncate(scanner.MAX_BYTES + 1)
    (skipped,) = scan([path]).skipped
    assert skipped.reason == "too large: 20,971,521 bytes, over the 20 MB limit"
    with pytest.raises(ArticleError, match="over the 20 MB limit"):
        parse_bytes(b"x" * (scanner.MAX_BYTES + 1), "-")
    path.write_bytes(b"Title\n\n" + b"x" * (scanner.MAX_BYTES - 7))  # exactly the limit: read
    assert scan([path]).skipped == ()


def test_utf16_without_bom_that_is_binary_is_still_binary() -> None:
    data = bytes(b for n in range(600) for b in (n % 7 + 1, 0))  # little-endian control codes
    with pytest.raises(ArticleError, match="binary file"):
        decode_bytes(data)


def test_parse_bytes_enforces_size_limit() -> None:
    with pytest.raises(ArticleError, match="too large"):
        parse_bytes(b"x" * (scanner.MAX_BYTES + 1), "-")


def test_missing_path_and_unsupported_suffix(tmp_path: Path) -> None:
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    plain = tmp_path / "README"
    plain.write_text("hello")
    missing = tmp_path / "gone.txt"
    result = scan([missing, pdf, plain])
    reasons = {Path(s.path).name: s.reason for s in result.skipped}
    assert reasons == {
        "gone.txt": "no such file or directory",
        "doc.pdf": "not an article format (.pdf)",
        "README": "not an article format (no suffix)",
    }
    with pytest.raises(ArticleError, match="gone.txt: no such file"):
        load_articles(missing)
    with pytest.raises(ArticleError, match=r"not an article format \(\.pdf\)"):
        load_articles(pdf)


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, where chmod does not stop reading: make open() refuse instead.
    path = tmp_path / "locked.txt"
    path.write_text("Title\n\nBody.")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(args[0]))

    monkeypatch.setattr(filereading, "open", refuse, raising=False)
    (skipped,) = scan([tmp_path]).skipped
    assert (skipped.path, skipped.reason) == (str(path), "permission denied")
    with pytest.raises(ArticleError, match="locked.txt: permission denied"):
        load_articles(path)


def test_parser_crash_is_reported_not_raised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("Title\n\nBody.")

    def boom(text: str):
        raise RuntimeError("unexpected")

    txt = formats.FORMATS["txt"]
    monkeypatch.setitem(formats.FORMATS, "txt", replace(txt, parse=lambda text, check: boom(text)))
    (skipped,) = scan([tmp_path]).skipped
    assert skipped.reason == "cannot parse: its content confused the reader (please report the file)"
    assert "RuntimeError" not in skipped.reason and "unexpected" not in skipped.reason

    def deep(text: str):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setitem(formats.FORMATS, "txt", replace(txt, parse=lambda text, check: deep(text)))
    (skipped,) = scan([tmp_path]).skipped
    assert skipped.reason == "nested too deeply to read"
    with pytest.raises(ArticleError, match="a.txt: nested too deeply to read"):
        load_articles(tmp_path / "a.txt")


HOSTILE = (
    "Title \x1b[31mred\x1b[0m [bold red]x[/] \x07bell\x08\u202eevil\n\n"
    "Body [bold red]x[/] and [@click=app.quit]click[/] \x1b]0;pwned\x07 here\u2066.\n\n"
    "Back\x08space, tab\there, \x00-free, C1 \x9b and DEL \x7f."
)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".json", ".html"])
def test_hostile_article_is_data(tmp_path: Path, suffix: str) -> None:
    if suffix == ".json":
        import json

        title, body = HOSTILE.split("\n\n", 1)
        content = json.dumps({"title": title, "body": body, "byline": "\x1b[2J", "tags": ["\x1bx"]})
    elif suffix == ".html":
        title, body = HOSTILE.split("\n\n", 1)
        content = f"<h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    else:
        content = HOSTILE
    path = tmp_path / f"hostile{suffix}"
    path.write_text(content.replace("\x00-", "-"), encoding="utf-8")
    article = only(path)
    everything = "".join(
        (article.title, article.body, article.byline, article.source, *article.meta_tags)
    )
    for bad in ("\x1b", "\x07", "\x08", "\x7f", "\x9b", "\u202e", "\u2066", "\r"):
        assert bad not in everything, repr(bad)
    assert "[bold red]x[/]" in article.title
    assert "[bold red]x[/]" in article.body and "[@click=app.quit]click[/]" in article.body
    assert "\u241b[31mred" in article.title  # ESC shown as the visible control picture
    assert "\u2407bell\u2408\ufffdevil" in article.title
    if suffix == ".json":
        assert article.byline == "\u241b[2J" and article.meta_tags == ("\u241bx",)


def test_unreadable_subfolder_is_listed_as_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ok.txt").write_text("Title\n\nBody.")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_text("Hidden\n\nBody.")
    real_scandir = scanner.os.scandir

    def scandir(path):  # root is not stopped by chmod: refuse as a mode-000 folder would
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(scanner.os, "scandir", scandir)
    result = scan([tmp_path])
    assert [a.title for a in result.articles] == ["Title"]
    assert [(s.path, s.reason) for s in result.skipped] == [(str(locked), "folder not read: permission denied")]


def test_a_file_over_the_time_budget_is_skipped_and_the_scan_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ok.txt").write_text("Title\n\nBody.")
    (tmp_path / "slow.html").write_text("<h1>Slow</h1>" + "<p>text</p>" * 20_000)
    (tmp_path / "fine.html").write_text("<h1>Fine</h1><p>text</p>")
    clock = [0.0]
    html = formats.FORMATS["html"]

    def slow_parse_html(text: str, check):
        if "Slow" in text:  # this file costs a minute of CPU (a fake clock: no real waiting)
            def costly() -> None:
                clock[0] += 60.0
                check()
            return html.parse(text, costly)
        return html.parse(text, check)

    monkeypatch.setattr(scanner.time, "thread_time", lambda: clock[0])
    monkeypatch.setitem(formats.FORMATS, "html", replace(html, parse=slow_parse_html))
    result = scan([tmp_path])
    assert sorted(a.title for a in result.articles) == ["Fine", "Title"]
    assert [(Path(s.path).name, s.reason) for s in result.skipped] == [
        ("slow.html", f"too slow to read: over the {scanner.FILE_BUDGET_SECONDS:g} s limit per file")
    ]
