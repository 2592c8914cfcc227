"""The use cases both front ends call (the shell commands and the app), above the parts.

commands/ and tui/ call these rather than putting store, library, analysis and export together
themselves. So far: gathering what an export holds. (Issue 12 grows this layer.)
"""

from __future__ import annotations

from typing import Callable, Iterable, Sequence

from reader.export import ArticleNotes, QuoteNote
from reader.model import Analysis, Article, merge_tags


def quote_notes(store, article: Article, analysis_for: Callable[[Article], Analysis] | None = None):
    """The quotes of ``article`` whose verification state was set, with text and speaker."""
    states = store.quote_states(article.id)
    if not states:
        return ()
    try:
        if analysis_for is None:
            from reader.analysis import analyze

            analysis = analyze(article.body, article.language, tuple(store.corrections()), title=article.title)
        else:
            analysis = analysis_for(article)
        speakers = {(q.start, q.end): q.speaker for q in analysis.quotes}
    except Exception:  # the checks are still worth exporting without their speakers
        speakers = {}
    return tuple(
        QuoteNote(article.body[start:end], speakers.get((start, end)), state)
        for (start, end), state in sorted(states.items())
    )


def export_items(
    store,
    articles: Iterable[Article],
    tags: Sequence[str] = (),
    *,
    only_annotated: bool = True,
    analysis_for: Callable[[Article], Analysis] | None = None,
):
    """Export items for ``articles`` (those carrying every tag in ``tags``)."""
    wanted = {tag.casefold() for tag in tags}
    items = []
    for article in articles:
        article_tags = merge_tags(store.tags(article.id), article.meta_tags)
        if wanted and not wanted <= {tag.casefold() for tag in article_tags}:
            continue
        annotations = tuple(store.attach(article))
        quotes = quote_notes(store, article, analysis_for)
        if only_annotated and not annotations and not quotes and not (wanted and article_tags):
            continue
        items.append(ArticleNotes(article, tuple(article_tags), annotations, quotes))
    return items
