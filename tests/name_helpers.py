"""For the name tests: the names a tag map marks (B-/I- by token index), read back as text; a
sentence written as an UNER IOB2 block."""

from __future__ import annotations


def tagged_names(text: str, tokens, tags: dict[int, str]) -> list[tuple[str, str]]:
    """(text, label) of every name ``tags`` marks over ``tokens`` of ``text``, in order."""
    out, k = [], 0
    while k < len(tokens.words):
        if tags.get(k, "O")[0] == "B":
            j = k + 1
            while tags.get(j, "O")[0] == "I":
                j += 1
            out.append((text[tokens.starts[k]:tokens.ends[j - 1]], tags[k][2:]))
            k = j
        else:
            k += 1
    return out


def iob2_block(rows: list[tuple[str, str]]) -> str:
    """One sentence of (word, PER/ORG/LOC or "O") ``rows`` as a UNER IOB2 block (its "# text" line;
    the last row its full stop, no space before it)."""
    lines = [f"# text = {' '.join(w for w, _ in rows[:-1])}."]
    prev = "O"
    for k, (word, label) in enumerate(rows, 1):
        tag = "O" if label == "O" else ("I-" if prev == label else "B-") + label
        lines.append(f"{k}\t{word}\t{tag}\t{tag}#O\t{'s' if k < len(rows) - 1 else ''}")
        prev = label
    return "\n".join(lines)
