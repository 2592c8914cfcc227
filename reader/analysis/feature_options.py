"""Model-level feature options stored with a language's weights (issue 16, modelen24).

A weight file's vocabulary may hold the key ``KEY`` whose value names the options its tagger and
typer were trained with (space-separated). Absent: today's features. The options are read when the
weights load (``enabled``), so each language's shipped weights give exactly the outputs they were
trained for, whatever the other language uses. Training writes ``TRAINING[language]``.
"""

from __future__ import annotations

KEY = "\f"  # no word of the vocabulary holds a form feed

# The options each language trains with (``train.vocab_classes`` stores them in the vocabulary):
# "drop"  the tagger's training hides a name token's own word features at random (``DROP``).
TRAINING: dict[str, str] = {"da": "", "en": ""}
DROP = 0.1  # the share of a name's tokens whose word features training hides (option "drop")
_active = ""  # the options of the language being trained (``use``)


def use(language: str) -> None:
    """Train with ``language``'s options from now on (one language per training process)."""
    global _active
    _active = TRAINING.get(language, "")


def stored() -> str:
    """The options of the language being trained (written into its vocabulary)."""
    return _active


def enabled(vocab: dict[str, str], name: str) -> bool:
    """Whether the weights of ``vocab`` were trained with option ``name``."""
    options = vocab.get(KEY)
    return bool(options) and name in options.split()
