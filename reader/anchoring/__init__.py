"""Re-attaching annotations to changed text (W3C quote + position selectors): pure functions.

``make_anchor`` records where a note sits; ``reanchor`` finds it again after the text changed
(exact position, exact search scored by context, then a fuzzy search). No I/O, no database: the
store calls these, and so may anything else that holds a text and a selector.
"""

from reader.anchoring.anchors import make_anchor, reanchor

__all__ = ["make_anchor", "reanchor"]
