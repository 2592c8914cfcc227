"""For the name tests: the names a tag map marks (B-/I- by token index), read back as text."""

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
