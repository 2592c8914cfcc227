"""Turn the bytes of an article file into text: BOMs, UTF-8, UTF-16 without a BOM, Windows-1252,
Latin-1, binary detection."""

from __future__ import annotations

import codecs
import unicodedata
import re

from reader.errors import ArticleError

# Bytes that never appear in text files, apart from the usual whitespace (and ESC, counted below too).
_CONTROL = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0C, 0x0D)) + b"\x7f"
_CONTROL_SHARE = 0.30
# Bytes that are neither UTF-8 nor Latin-1/cp1252 prose: text in those code pages has almost no control
# bytes, random or compressed data about 11 % (a NUL-free one slipped through the 30 % above).
_LEGACY_CONTROL_SHARE = 0.05
_SAMPLE = 1024

# A valid multi-byte UTF-8 sequence, to tell "UTF-8 with a few bad bytes" from a legacy encoding.
_UTF8_SEQ = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_HIGH = re.compile(rb"[\x80-\xff]")

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def bom_encoding(data: bytes) -> str | None:
    """The codec named by a byte-order mark at the start of ``data``, if any."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for text that is UTF-16 without a byte-order mark, else None.

    Text in Latin scripts has a zero high byte in most code units: zeros in nearly every odd
    (little-endian) or even (big-endian) position, and almost none in the other.
    """
    head = data[: _SAMPLE * 4]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    even_zeros, odd_zeros = even.count(0), odd.count(0)
    if odd_zeros >= 0.4 * len(odd) and even_zeros <= 0.02 * len(even):
        return "utf-16-le"
    if even_zeros >= 0.4 * len(even) and odd_zeros <= 0.02 * len(odd):
        return "utf-16-be"
    if b"\x00" not in head:
        return None
    # Other scripts (Cyrillic, Greek, CJK ...) have few zero bytes, but their spaces, digits and
    # punctuation are ASCII code units: decode both ways and keep the way that reads as text.
    scored = [(_text_share(head, codec), codec) for codec in ("utf-16-le", "utf-16-be")]
    share, codec = max(scored)
    return codec if share > 0 else None


def _text_share(head: bytes, codec: str) -> float:
    """The share of ASCII code units when ``head`` decodes as ``codec`` to plausible text, else 0.

    Plausible: at least 5 % ASCII (spaces, digits, punctuation) and at most 1 % characters that
    no text holds (controls, unassigned or private code points, broken surrogates).
    """
    text = head[: len(head) // 2 * 2].decode(codec, errors="replace")[:-1]  # the cut may split a pair
    if not text:
        return 0.0
    ascii_units = sum(1 for ch in text if ch < "\x80")
    spaces = sum(1 for ch in text if ch in " \n\u3000")
    bad = sum(1 for ch in text if not (ch.isprintable() or ch in "\n\r\t")
              or unicodedata.category(ch) in ("Cn", "Co", "Cs") or ch == "\ufffd")
    if ascii_units < 0.05 * len(text) or bad > 0.01 * len(text) or spaces < len(text) / 200:
        return 0.0  # text has spaces or line breaks; bytes with a zero every few have none
    return ascii_units / len(text)


def looks_binary(data: bytes, share: float = _CONTROL_SHARE) -> bool:
    """True for data with NUL bytes, or with a share of control bytes over ``share`` in its first KB."""
    if b"\x00" in data:
        return True
    head = data[:_SAMPLE]
    if not head:
        return False
    controls = len(head) - len(head.translate(None, _CONTROL))
    return controls / len(head) > share


def _mostly_utf8(data: bytes) -> bool:
    """True when most non-ASCII bytes form valid UTF-8 sequences (a few damaged bytes)."""
    high = len(_HIGH.findall(data))
    if not high:
        return False
    in_sequences = sum(len(m) for m in _UTF8_SEQ.findall(data))
    return in_sequences * 2 >= high


def decode_bytes(data: bytes, name: str = "") -> str:
    """Decode article bytes; raise ArticleError (``binary file``, ``empty file``, ``undecodable``)."""
    prefix = f"{name}: " if name else ""
    codec = bom_encoding(data) or utf16_without_bom(data)
    if codec is not None:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            raise ArticleError(f"{prefix}undecodable: invalid {codec.upper()} at byte {exc.start}")
        if not text.strip():
            raise ArticleError(f"{prefix}empty file")
        if "\x00" in text or looks_binary(text.encode("utf-8", "replace")):
            raise ArticleError(f"{prefix}binary file")
        return text
    if looks_binary(data):
        raise ArticleError(f"{prefix}binary file")
    if not data.strip():
        raise ArticleError(f"{prefix}empty file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="replace")
    if looks_binary(data, _LEGACY_CONTROL_SHARE):  # not UTF-8, and too many control bytes for a code page's prose
        raise ArticleError(f"{prefix}binary file")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")
