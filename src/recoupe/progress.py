"""The CLI's progress bar and end-of-run summary (rich), shown only on a terminal.

The library reports events through a callback (``pipeline.Progress``); only this module prints.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

if TYPE_CHECKING:
    from .pipeline import Summary


class Reporter:
    def __init__(self, verbose: bool = False, stream=None):
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.verbose = verbose
        self.console = Console(file=self.stream)
        self._progress: Progress | None = None
        self._task = None
        self._counts = {"read": 0, "stored": 0, "rejected": 0}

    def __enter__(self):
        if self.tty:
            self._progress = Progress(
                SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(),
                MofNCompleteColumn(), TextColumn("{task.fields[detail]}"), TimeElapsedColumn(),
                console=self.console, transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("analysing", total=None, detail="")
        return self

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.stop()

    def update(self, event: str, n: int) -> None:
        if event in self._counts:
            self._counts[event] += n
        if self._progress is None:
            return
        if event == "linked":
            self._progress.update(self._task, description="linked")
        else:
            c = self._counts
            self._progress.update(
                self._task, completed=c["stored"], total=max(c["read"], c["stored"]) or None,
                detail=f"read {c['read']} · rejected {c['rejected']}",
            )

    def summary(self, s: Summary) -> None:
        if not (self.tty or self.verbose):
            return
        langs = ", ".join(f"{k} {v}" for k, v in sorted(s.languages.items(), key=lambda kv: -kv[1]))
        self.console.print(
            f"read {s.read} · stored {s.stored} · unchanged {s.unchanged} · "
            f"duplicates {s.duplicates} exact, {s.near_duplicates} near · quotes {s.quotes} · "
            f"rejected {len(s.rejected)}" + (f"\nlanguages: {langs}" if langs else ""),
            highlight=False,
        )
