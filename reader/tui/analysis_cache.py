"""The app's cache of article analyses and their speakers' roles (a mixin of ReaderApp)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from reader.model import Analysis, Article


class AnalysisCache:
    """Analyses kept by content and corrections, 64 at most, shared by the screens and workers."""

    store: Any

    def init_analysis_cache(self) -> None:
        """Start with an empty cache."""
        self._analysis_cache: OrderedDict[tuple, Analysis] = OrderedDict()
        self._analysis_lock = threading.Lock()
        self._roles: dict[int, tuple[Analysis, dict[str, str]]] = {}  # id(a cached analysis) -> it and its speakers' roles

    def analysis_for(self, article: Article, corrections: tuple | None = None) -> Analysis:
        """The analysis of ``article`` (cached by content and corrections).

        From a worker thread, pass ``corrections`` read on the UI thread: the store is not read here then.
        """
        from reader.workspace.analysis import analyze

        if corrections is None:
            corrections = self.corrections_for(article)
        key = (article.fingerprint, article.title, article.language, corrections)
        with self._analysis_lock:
            cached = self._analysis_cache.get(key)
            if cached is not None:
                self._analysis_cache.move_to_end(key)
                return cached
        result = analyze(article.body, article.language, corrections, title=article.title)
        with self._analysis_lock:
            self._analysis_cache[key] = result
            while len(self._analysis_cache) > 64:
                self._roles.pop(id(self._analysis_cache.popitem(last=False)[1]), None)
        return result

    def roles_for(self, analysis: Analysis) -> dict[str, str]:
        """Each speaker's role as the article writes it, read once for an analysis the cache keeps
        (a worker reads it first, so the screen's thread only looks it up)."""
        with self._analysis_lock:
            kept = self._roles.get(id(analysis))
        if kept is not None and kept[0] is analysis:
            return kept[1]
        roles = _speaker_roles(analysis)
        with self._analysis_lock:
            if any(cached is analysis for cached in self._analysis_cache.values()):
                self._roles[id(analysis)] = (analysis, roles)
        return roles

    def cached_analysis(self, article: Article) -> Analysis | None:
        """The cached analysis of ``article`` if there is one (never computes)."""
        key = (article.fingerprint, article.title, article.language, self.corrections_for(article))
        with self._analysis_lock:
            return self._analysis_cache.get(key)

    def corrections_for(self, article: Article) -> tuple:
        """The entity corrections for every article, with this article's own taking precedence."""
        from reader.workspace import corrections_for

        return corrections_for(self.store, article.id)


def _speaker_roles(analysis: Analysis) -> dict[str, str]:
    """The roles for the label above a speaker's quotes ({} when they cannot be read: the names alone show)."""
    from reader.workspace.analysis import speaker_roles

    try:
        return speaker_roles(analysis)
    except Exception:  # a label is never worth an error
        return {}
