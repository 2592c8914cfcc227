"""``reader session [PATH...] [--untagged]``: start the app in a tagging session."""

from __future__ import annotations

from reader.commands.open import launch


def run(args) -> int:
    """Run the app straight into a tagging session."""
    return launch(args, session=True, untagged=args.untagged)
