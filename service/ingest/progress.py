"""A progress bar for long imports: records, rate and ETA on a terminal; silent otherwise."""
from __future__ import annotations

import time
from typing import TextIO

from tqdm import tqdm


def wants_progress(progress: bool | None, out: TextIO) -> bool:
    """Show a bar when asked to, or, when not told, when `out` is a terminal."""
    if progress is not None:
        return progress
    isatty = getattr(out, "isatty", None)
    return bool(isatty and isatty())


class Progress:
    """Tracks an import by bytes of input consumed (which gives the ETA) and records read."""

    def __init__(self, total_bytes: int, enabled: bool, out: TextIO):
        self.records = 0
        self._started = time.monotonic()
        self._done_bytes = 0
        self._bar = (
            tqdm(
                total=total_bytes,
                unit="B",
                unit_scale=True,
                unit_divisor=1024,
                file=out,
                mininterval=0.5,
                dynamic_ncols=True,
                bar_format="{percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}{postfix}]",
                leave=True,
            )
            if enabled
            else None
        )

    @property
    def showing(self) -> bool:
        """Tell whether a bar is on screen."""
        return self._bar is not None

    def update(self, done_bytes: int, records: int) -> None:
        """Record that `done_bytes` of all input and `records` records have been processed so far."""
        self.records = records
        if self._bar is None:
            return
        step = done_bytes - self._done_bytes
        self._done_bytes = done_bytes
        elapsed = max(time.monotonic() - self._started, 1e-9)
        self._bar.set_postfix_str(f"{records:,} records, {records / elapsed:,.0f}/s", refresh=False)
        if step > 0:
            self._bar.update(step)

    def write(self, message: str) -> None:
        """Print a line without breaking the bar."""
        if self._bar is not None:
            self._bar.write(message)

    def close(self) -> None:
        """Finish the bar."""
        if self._bar is not None:
            self._bar.close()
