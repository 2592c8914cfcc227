"""Word shapes (``Xx``, ``XX``, ``X.X.``, ``d``): read by the tagger and the typer alike."""

from __future__ import annotations


def shape(word: str) -> str:
    """A compressed word shape: ``Xx``, ``XX``, ``X.X.``, ``Xx-xx``, ``d`` ... (cached)."""
    known = _SHAPES.get(word)
    if known is not None:
        return known
    if len(_SHAPES) > 200_000:
        _SHAPES.clear()
    _SHAPES[word] = result = _shape(word)
    return result


_SHAPES: dict[str, str] = {}


def clear_shapes() -> None:
    """Forget the cached word shapes."""
    _SHAPES.clear()


def _shape(word: str) -> str:
    out: list[str] = []
    for char in word[:12]:
        kind = "X" if char.isupper() else "x" if char.isalpha() else "d" if char.isdigit() else char
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)
