"""Bulk import: read every given file in its format, store it in batches, report what happened."""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from service.core.errors import FetchFailed, InvalidInput, TooLarge
from service.core.models import QuoteRecord
from service.ingest.article_txt import read_article_txt
from service.ingest.articles_jsonl import iter_articles
from service.ingest.fetch import FetchSettings
from service.ingest.files import InputFile
from service.ingest.formats import ARTICLE_HTML, ARTICLE_TXT, ARTICLES, UnknownFormat, detect_format, is_importable
from service.ingest.html_article import read_html_file
from service.ingest.malformed import MalformedInput, MalformedRecord
from service.ingest.progress import Progress, wants_progress
from service.ingest.worker import RECORD_READERS, WORKER_MIN_BYTES, ParsedFile, fewer_collections

BATCH_SIZE = 20_000
# What the store refuses a record or an article for, having stored nothing of it: rules broken, bounds
# passed, text no store can encode (a lone surrogate such as "\ud800" from a JSON escape).
REFUSED = (InvalidInput, TooLarge, UnicodeEncodeError)
# Enough malformed lines to see the pattern; a file that is all bad should not flood the terminal.
REPORTED_PER_FILE = 20
KEPT_PROBLEMS = 100


@dataclass
class IngestSummary:
    """What an import did: records read, quotes new and merged, records skipped, time taken."""

    files: int = 0
    read: int = 0  # quote records and articles read
    imported: int = 0  # quotes that were not in the store before
    merged: int = 0  # records that matched a stored quote (a new source for it, or nothing new at all)
    skipped: int = 0  # malformed records (and unreadable files) left out
    articles_added: int = 0
    articles_existing: int = 0
    seconds: float = 0.0
    problems: list[MalformedRecord] = field(default_factory=list)  # the first KEPT_PROBLEMS of them

    @property
    def rate(self) -> float:
        """Records read per second."""
        return self.read / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict:
        """The summary as plain values (for JSON output)."""
        return {
            "files": self.files,
            "read": self.read,
            "imported": self.imported,
            "merged": self.merged,
            "skipped": self.skipped,
            "articles_added": self.articles_added,
            "articles_existing": self.articles_existing,
            "seconds": round(self.seconds, 3),
            "rate": round(self.rate, 1),
            "problems": [str(problem) for problem in self.problems],
        }

    def __str__(self) -> str:
        articles = self.articles_added + self.articles_existing
        what = f"{self.read - articles:,} quote records" + (f" and {articles:,} articles" if articles else "")
        lines = [
            f"read {what} from {self.files:,} file(s) in {self.seconds:,.1f} s ({self.rate:,.0f} records/s)",
            f"imported {self.imported:,} new quotes, merged {self.merged:,} into stored quotes or duplicates, "
            f"skipped {self.skipped:,} malformed",
        ]
        if articles:
            lines.append(f"articles: {self.articles_added:,} added (their quotes extracted), "
                         f"{self.articles_existing:,} already stored")
        return "\n".join(lines)


def ingest_paths(
    service,
    paths: Iterable[str | os.PathLike],
    strict: bool = False,
    progress: bool | None = None,
    out: TextIO | None | str = "stderr",
    batch_size: int = BATCH_SIZE,
    fetch_settings: FetchSettings | None = None,
) -> IngestSummary:
    """Import files (or folders of them) into service; re-running adds nothing already stored.

    Malformed records are reported on `out` with file and line and skipped, or stop the run with
    MalformedInput when `strict`. Batches stored before the stop stay stored. An http(s) url in
    `paths` is fetched as a web page (within `fetch_settings`) and its article added. `progress=None` shows
    a bar only when `out` is a terminal. The summary is printed on `out` (None: print nothing;
    by default the process's stderr at the time of the call).
    """
    if isinstance(out, str):  # "stderr": the process's stderr as it is now
        out = sys.stderr
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]  # one path given on its own, not a list of one
    run = _Run(service, strict, out, batch_size)
    paths = list(paths)
    urls = [str(p) for p in paths if is_url(p)]
    files = list(_expand([p for p in paths if not is_url(p)], run))
    total_bytes = sum(_size(path) for path in files)
    run.progress = Progress(total_bytes, out is not None and wants_progress(progress, out), out or sys.stderr)
    started = time.perf_counter()
    before = _quote_count(service)
    interrupted = False
    try:
        with fewer_collections():
            for path in files:
                run.import_file(path)
            for url in urls:
                run.import_url(url, fetch_settings or FetchSettings())
    except KeyboardInterrupt:
        interrupted = True
        raise
    finally:
        run.progress.close()
        run.summary.seconds = time.perf_counter() - started
        run.finish(before, _quote_count(service))
        if interrupted and out is not None:
            print(f"{run.summary}\ninterrupted: the same command again resumes without adding anything twice",
                  file=out)
    if out is not None:
        print(run.summary, file=out)
    return run.summary


class _Run:
    """The state of one ingest_paths call."""

    def __init__(self, service, strict: bool, out: TextIO | None, batch_size: int):
        self.service = service
        self.strict = strict
        self.out = out
        self.batch_size = batch_size
        self.summary = IngestSummary()
        self.progress = Progress(0, False, sys.stderr)  # silent until the files to import are counted
        self.accepted = 0  # quote records and extracted quotes the store took
        self.done_bytes = 0  # bytes of the files finished so far
        self._reported_in_file = 0

    # Reporting -----------------------------------------------------------------------------

    def malformed(self, problem: MalformedRecord) -> None:
        """Count and report a malformed record; stop the run when strict."""
        if self.strict:
            raise MalformedInput(problem)
        self.summary.skipped += 1
        if len(self.summary.problems) < KEPT_PROBLEMS:
            self.summary.problems.append(problem)
        self._reported_in_file += 1
        if self._reported_in_file <= REPORTED_PER_FILE:
            self._say(f"skipped {problem}")
        elif self._reported_in_file == REPORTED_PER_FILE + 1:
            self._say(f"{problem.path}: more malformed records; only the first {REPORTED_PER_FILE} are shown")

    def _say(self, message: str) -> None:
        """Print a line on `out`, above the progress bar when there is one."""
        if self.out is None:
            return
        if self.progress is not None and self.progress.showing:
            self.progress.write(message)
        else:
            print(message, file=self.out)

    # Files ---------------------------------------------------------------------------------

    def import_file(self, path: Path) -> None:
        """Import one file in its detected format."""
        self._reported_in_file = 0
        try:
            kind = detect_format(path)
        except (UnknownFormat, OSError) as error:
            self.malformed(MalformedRecord(str(path), None, str(error).removeprefix(f"{path}: ")))
            return
        self.summary.files += 1
        try:
            if kind == ARTICLE_TXT:
                self._import_article_txt(path)
            elif kind == ARTICLE_HTML:
                self._import_article_html(path)
            else:
                self._import_stream(path, kind)
        except (OSError, EOFError, UnicodeDecodeError) as error:
            # A truncated .bz2 or a binary file: what was read before the damage is kept.
            self.malformed(MalformedRecord(str(path), None, f"cannot be read further: {error}"))
        self.done_bytes += _size(path)
        self.progress.update(self.done_bytes, self.summary.read)

    def _import_stream(self, path: Path, kind: str) -> None:
        """Import a file of many articles or quote records (a big record file parsed by a child process)."""
        if kind != ARTICLES and _size(path) >= WORKER_MIN_BYTES:
            with ParsedFile(path, kind) as parsed:
                self._import_records(parsed.records(self.malformed), parsed)
            return
        with InputFile(path) as handle:
            if kind == ARTICLES:
                self._import_articles(iter_articles(handle, self.malformed), handle)
            else:
                self._import_records(RECORD_READERS[kind](handle, self.malformed), handle)

    def _import_article_txt(self, path: Path) -> None:
        """Add one plain-text article."""
        article = read_article_txt(path)
        if not article.text.strip():
            self.malformed(MalformedRecord(str(path), None, "the article is empty"))
            return
        self._add_article(1, article, path)

    def _import_article_html(self, path: Path) -> None:
        """Add the article of one saved web page."""
        try:
            article = read_html_file(path)
        except FetchFailed as error:
            self.malformed(MalformedRecord(str(path), None, str(error)))
            return
        self._add_article(1, article, path)

    def import_url(self, url: str, settings: FetchSettings) -> None:
        """Fetch a web page and add its article; a page that cannot be fetched or read is reported."""
        from service.ingest.pages import ingest_url

        self.summary.read += 1
        try:
            _, quotes, created = ingest_url(self.service, url, settings)
        except (FetchFailed, InvalidInput, TooLarge) as error:
            self.malformed(MalformedRecord(url, None, f"not ingested: {error}"))
            return
        self._count_article(created, quotes)
        self._say(f"{url}: {len(quotes or ())} quotes" + ("" if created else " (already stored)"))

    def _import_articles(self, articles: Iterator, handle: InputFile) -> None:
        """Add each article of an article JSON/JSONL file."""
        for number, article in articles:
            self._add_article(number, article, handle.path)
            if self.summary.read % 100 == 0:
                self.progress.update(self.done_bytes + handle.consumed(), self.summary.read)

    def _add_article(self, number: int, article, path: Path) -> None:
        """Add one article through the service (which extracts its quotes), counting what it made."""
        self.summary.read += 1
        try:
            _, quotes, created = self.service.add_article(article)
        except REFUSED as error:
            self.malformed(MalformedRecord(str(path), number, f"article refused: {_reason(error)}"))
            return
        self._count_article(created, quotes)

    def _count_article(self, created: bool, quotes) -> None:
        """Count an article the service stored (with its quotes) or already had."""
        if created:
            self.summary.articles_added += 1
            self.accepted += len(quotes or ())
        else:
            self.summary.articles_existing += 1

    def _import_records(self, records: Iterator[tuple[int, QuoteRecord]], handle: InputFile | ParsedFile) -> None:
        """Store quote records in batches of batch_size."""
        batch: list[tuple[int, QuoteRecord]] = []
        append = batch.append
        try:
            for item in records:
                append(item)
                if len(batch) >= self.batch_size:
                    self._store(batch, handle)
                    batch.clear()
        except (OSError, EOFError, UnicodeDecodeError):
            # The file is damaged further on: keep the good records read before the damage.
            if batch:
                self._store(batch, handle)
            raise
        if batch:
            self._store(batch, handle)

    def _store(self, batch: list[tuple[int, QuoteRecord]], handle: InputFile | ParsedFile) -> None:
        """Store one batch; when the store refuses it, store its records one by one to find the bad ones."""
        self.summary.read += len(batch)
        try:
            self.accepted += len(self.service.add_quotes([record for _, record in batch]))
        except REFUSED:
            for number, record in batch:
                try:
                    self.accepted += len(self.service.add_quotes([record]))
                except REFUSED as error:
                    self.malformed(MalformedRecord(str(handle.path), number, f"record refused: {_reason(error)}"))
        self.progress.update(self.done_bytes + handle.consumed(), self.summary.read)

    def finish(self, before: int | None, after: int | None) -> None:
        """Split what the store took into new quotes and merges, from the store's counts."""
        if before is None or after is None:
            self.summary.imported, self.summary.merged = self.accepted, 0
            return
        self.summary.imported = max(after - before, 0)
        self.summary.merged = max(self.accepted - self.summary.imported, 0)


def _expand(paths: Iterable[str | os.PathLike], run: _Run) -> Iterator[Path]:
    """Yield the given files, and the importable files inside given folders in name order."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                if found.is_file() and is_importable(found) and not found.name.startswith("."):
                    yield found
        elif path.is_file():
            yield path
        else:
            run.malformed(MalformedRecord(str(path), None, "no such file or folder"))


def is_url(path: str | os.PathLike) -> bool:
    """Tell whether a command-line argument is a web address rather than a file."""
    return isinstance(path, str) and path.lower().startswith(("http://", "https://"))


def _size(path: Path) -> int:
    """Return a file's size on disk, 0 when it cannot be read."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _quote_count(service) -> int | None:
    """Return how many quotes the service stores, when it can say."""
    for owner in (service, getattr(service, "store", None)):
        count = getattr(owner, "count_quotes", None)
        if callable(count):
            return count()
    return None


def _reason(error: Exception) -> str:
    """Say why the store refused a record, with the fields it named."""
    errors = getattr(error, "errors", None)
    if errors:
        fields = "; ".join(f"{name}: {', '.join(map(str, messages)) if isinstance(messages, list) else messages}"
                           for name, messages in errors.items())
        return f"{error} ({fields})"
    return str(error)
