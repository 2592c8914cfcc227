"""The app's routes: the name a screen asks for (``messages.OpenScreen``) -> what shows it.

Each route takes the app, then the arguments the asking screen gave. Screens import none of
this: only the app does, so that no screen module imports another one's.
"""

from __future__ import annotations

from typing import Any, Callable


def _article(app: Any, article: Any, callback: Any = None) -> None:
    from reader.tui.screens.article import ArticleScreen

    app.push_screen(ArticleScreen(article), callback)


def _article_at(app: Any, article: Any, span: Any = None, note: str = "", callback: Any = None,
                name: str = "") -> None:
    from reader.tui.screens.article_at import SpanArticleScreen

    app.push_screen(SpanArticleScreen(article, span, note, name), callback)


def _article_hits(app: Any, article: Any, highlighter: Any, callback: Any = None) -> None:
    from reader.tui.screens.article_at import HitArticleScreen

    app.push_screen(HitArticleScreen(article, highlighter), callback)


def _search(app: Any, *args: Any, callback: Any = None) -> None:
    from reader.tui.screens.search import SearchScreen

    app.push_screen(SearchScreen(*args), callback)


def _session(app: Any, articles: Any, untagged_only: bool = False, callback: Any = None) -> None:
    from reader.tui.screens.session import SessionScreen

    app.push_screen(SessionScreen(articles, untagged_only=untagged_only), callback)


def _skipped(app: Any, skipped: Any, callback: Any = None) -> None:
    from reader.tui.screens.skipped import SkippedScreen

    app.push_screen(SkippedScreen(skipped), callback)


def _speakers(app: Any, index: Any, paths: Any, heading: str = "", callback: Any = None) -> None:
    from reader.tui.screens.speakers import SpeakersScreen

    app.push_screen(SpeakersScreen(index, paths, heading=heading), callback)


def _entities(app: Any, index: Any, paths: Any, corrections: Any = (), callback: Any = None) -> None:
    from reader.tui.screens.entities import EntitiesScreen

    app.push_screen(EntitiesScreen(index, paths, corrections), callback)


def _timeline(app: Any, *args: Any, callback: Any = None) -> None:
    from reader.tui.screens.timeline import TimelineScreen

    app.push_screen(TimelineScreen(*args), callback)


def _tags(app: Any, article: Any, callback: Any = None) -> None:
    from reader.tui.screens.tags import edit_tags

    edit_tags(app, article, callback)


def _tag_editor(app: Any, *args: Any, callback: Any = None) -> None:
    from reader.tui.screens.tags import TagEditor

    app.push_screen(TagEditor(*args), callback)


def _export(app: Any, articles: Any, stem: str, callback: Any = None) -> None:
    from reader.tui.screens.exporting import export_articles

    export_articles(app, articles, stem)


def _quote_sheet(app: Any, articles: Any, stem: str, analyses: Any = None, callback: Any = None) -> None:
    from reader.tui.screens.exporting import export_quote_sheet

    export_quote_sheet(app, articles, stem, analyses)


def _quote_sheet_soon(app: Any, articles: Any, stem: str, callback: Any = None) -> None:
    from reader.tui.screens.exporting import export_quote_sheet_soon

    export_quote_sheet_soon(app, articles, stem)


ROUTES: dict[str, Callable[..., None]] = {
    "article": _article,               # (article)
    "article-at": _article_at,         # (article, span, note="", name=""): name: its first mention
    "article-hits": _article_hits,     # (article, highlighter)
    "search": _search,                 # (index, paths, user_data)
    "session": _session,               # (articles, untagged_only=False)
    "skipped": _skipped,               # (skipped files)
    "speakers": _speakers,             # (index, paths, heading=""): heading, over a search's articles
    "entities": _entities,             # (index, paths, corrections)
    "timeline": _timeline,             # (index, kind, name, paths, corrections)
    "tags": _tags,                     # (article), callback(article) once saved: the tag editor
    "tag-editor": _tag_editor,         # (title, current, known, verb): the dialog alone
    "export": _export,                 # (articles, stem)
    "quote-sheet": _quote_sheet,       # (articles, stem, analyses=None)
    "quote-sheet-soon": _quote_sheet_soon,  # (articles, stem): analysed first, in the background
}


def show(app: Any, route: str, args: tuple, kwargs: dict, callback: Any) -> None:
    """Carry out one ``OpenScreen``."""
    ROUTES[route](app, *args, callback=callback, **kwargs)
