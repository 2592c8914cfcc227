"""The Textual application: owns the store, the library paths and shared caches."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any, Callable, Iterable

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from reader.tui.analysis_cache import AnalysisCache
from reader.tui.messages import OpenScreen, StoreChanged
from reader.tui.store_access import STORE_ERROR, StoreAccess
from reader.tui.theme_colours import reader_colours
from reader.errors import ReaderError
from reader.settings import Settings, load_settings

REFRESH_SECONDS = 2.0
QUIT_AGAIN_SECONDS = 5.0  # a second ctrl+q within this quits without the unsaved note


class ReaderApp(StoreAccess, AnalysisCache, App[int]):
    """Read articles, see entities and quotes, keep notes and tags."""

    TITLE = "reader"
    CSS_PATH = Path(__file__).with_name("app.tcss")

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables plus the entity colours and note backgrounds (see entity_colours)."""
        variables = super().get_css_variables()
        variables.update(reader_colours(variables))
        return variables
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("ctrl+p", "command_palette", "Commands", show=False, id="app.palette"),
    ]

    def __init__(
        self,
        paths: list[str],
        store: Any,
        *,
        settings: Settings | None = None,
        session: bool = False,
        untagged: bool = False,
    ) -> None:
        super().__init__()
        self._quit_warned_at = float("-inf")  # when ctrl+q last warned of an unsaved note
        self.library_index: Any = None  # the library's index, once the library screen has opened it
        self.file_tags: list[str] = []  # the tags written in the library's files (for completion)
        self.paths = paths or ["."]
        self.store = store
        self.settings = settings or load_settings()
        self.start_session = session
        self.session_untagged = untagged
        self.init_analysis_cache()
        self._poll_error = ""
        # The side panel shown (True) or hidden (False) by the user with \ (None: by the width).
        self.article_panel_choice: bool | None = self.settings.panel
        self._remember_error = ""
        # Digests of the article ids known at the last launch (None: the first launch; False: not read yet).
        self.known_at_launch: set[str] | None | bool = False
        from reader.tui.waiting import WaitingWrites

        self.waiting = WaitingWrites(self)  # changes waiting for a lock another program holds
        self.exit_note = ""  # what a signal left unsaved, said on the terminal once the app is gone

    # -- lifecycle -----------------------------------------------------------
    async def action_quit(self) -> None:
        """Quit; a note still being written, or a change waiting for the database, is not dropped
        without a word: the first ctrl+q says so, a second one within a few seconds quits without it."""
        from reader.tui.waiting import quit_warning

        warning = quit_warning(self)
        now = time.monotonic()
        if warning and now - self._quit_warned_at > QUIT_AGAIN_SECONDS:
            self._quit_warned_at = now
            self.bell()
            self.say(warning, severity="warning", timeout=QUIT_AGAIN_SECONDS)
            return
        await super().action_quit()

    def _exit_on_signals(self) -> None:
        """SIGTERM (a shutdown, ``kill``) and SIGHUP (the terminal closed) end the app as ctrl+q
        does, so the terminal is given back as it was (what waits for the lock is saved first if
        it is free; what is not saved is said on the terminal after)."""
        import asyncio
        import signal

        from reader.tui.exit_watchdog import follow_terminal
        from reader.tui.waiting import stop_on_signal

        loop = asyncio.get_running_loop()
        follow_terminal(self, loop, lambda: stop_on_signal(self, 129, "SIGHUP"))  # closed without a SIGHUP
        for number, code in ((signal.SIGTERM, 143), (signal.SIGHUP, 129)):
            try:
                loop.add_signal_handler(number, lambda code=code, name=number.name: stop_on_signal(self, code, name))
            except (NotImplementedError, RuntimeError, ValueError):  # not the main thread, or no such signal
                pass

    def on_open_screen(self, message: OpenScreen) -> None:
        """A screen asked for another one by name: the routes say what shows it."""
        from reader.tui.routes import show

        message.stop()
        show(self, message.route, message.args, message.kwargs, message.callback)

    def on_mount(self) -> None:
        """Show the library, then poll the database for outside changes."""
        from reader.tui.screens.library import LibraryScreen

        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.theme_changed_signal.subscribe(self, self._theme_chosen)
        self.push_screen(LibraryScreen())
        self._exit_on_signals()
        for problem in self.settings.problems:
            self.say(problem, severity="warning", timeout=8)
        for warning in self.store.warnings:  # e.g. the backups folder cannot be read
            self.say(warning, severity="warning", timeout=15)
        if self.store.readonly:
            self.say(
                f"Read-only: {self.store.readonly_reason}. Notes and tags cannot be changed.",
                severity="warning",
                timeout=10,
            )
        self.set_interval(REFRESH_SECONDS, self._poll_store)

    # -- choices remembered in the settings file ([ui] table) ------------------
    def _theme_chosen(self, theme: Any) -> None:
        self.remember(theme=theme.name)

    def remember(self, **choices: Any) -> None:
        """Keep choices made in the app (theme, panel, sort) in the settings file for next time."""
        from reader.tui.remember import save_ui

        if all(getattr(self.settings, key) == value for key, value in choices.items()):
            return
        try:
            self.settings = save_ui(self.settings, **choices)
            self._remember_error = ""
        except (OSError, ReaderError, ValueError) as error:
            from dataclasses import replace

            from reader.errors import describe_os_error

            self.settings = replace(self.settings, **choices)  # for this run at least
            why = describe_os_error(error, self.settings.path) if isinstance(error, OSError) else str(error)
            message = f"Could not remember the choice (it holds for this session): {why}"
            if message != self._remember_error:  # said once
                self._remember_error = message
                self.say(message, severity="warning", timeout=8)

    def _poll_store(self) -> None:
        try:
            changed = self.store.refresh()
        except (ReaderError, OSError) as error:
            message = str(error) if isinstance(error, ReaderError) else f"cannot read the database: {error}"
            if message != self._poll_error:  # say it once, not every two seconds
                self._poll_error = message
                self.say(message, severity="error", timeout=15, kind=STORE_ERROR)
            return
        self._poll_error = ""
        if changed:
            for screen in self.screen_stack:
                screen.post_message(StoreChanged())

    def say(self, message: str, *, severity: Any = "information", timeout: float | None = None,
            kind: str = "") -> None:
        """Show a toast: always plain text (never markup), control characters made visible;
        ``kind``: it takes the place of a toast of that kind still shown (V's count of the quotes
        left to check: one toast, not a stack of them over the status line)."""
        from textual.notifications import Notification, Notify

        from reader.textsafe import visible

        if not kind:
            self.notify(visible(message), severity=severity, timeout=timeout, markup=False)
            return
        for shown in [n for n in self._notifications if getattr(n, "kind", "") == kind]:  # textual is pinned
            self._unnotify(shown)
        toast = Notification(visible(message), "", severity, self.NOTIFICATION_TIMEOUT if timeout is None else timeout)
        toast.kind = kind  # type: ignore[attr-defined]
        self.post_message(Notify(toast))

    # -- export --------------------------------------------------------------
    def export_path(self, stem: str) -> Path:
        """A new file for ``e`` to propose: in the folder of the last export, else the configured
        one, else the current one (else home)."""
        try:
            default = os.getcwd()
        except OSError:  # the current folder was deleted
            default = str(Path.home())
        last = getattr(self, "last_export_dir", "") or self.settings.last_export_dir
        if last and not os.path.isdir(last):
            last = ""  # remembered, but gone since (or on a drive not mounted now)
        folder = Path(last or self.settings.export_dir or default).expanduser()
        if self.settings.export_dir:  # the configured folder is made on first use
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError:
                pass  # writing reports the problem in one line
        stamp = time.strftime("%Y%m%d-%H%M%S")
        path = folder / f"{stem}-{stamp}.md"
        number = 2
        while path.exists():
            path = folder / f"{stem}-{stamp}-{number}.md"
            number += 1
        return path

    # -- help and commands ---------------------------------------------------
    def action_help(self) -> None:
        """Show every key of the current screen."""
        from reader.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The command palette offers every key binding of the screen, plus Textual's own."""
        from reader.tui.screens.help import binding_rows

        seen: set[str] = set()
        for row in binding_rows(screen):
            if row.action in seen or row.action == "command_palette":
                continue
            seen.add(row.action)
            yield SystemCommand(
                row.description,
                f"{row.keys}  ({row.group})",
                self._palette_callback(row.node, row.action),
            )
        yield from super().get_system_commands(screen)

    def _palette_callback(self, node: Any, action: str) -> Callable[[], Any]:
        async def run() -> None:
            await self.run_action(action, node)

        return run
