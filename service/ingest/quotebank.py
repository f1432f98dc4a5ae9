"""Quotebank quote files as published (quotes-YYYY.json.bz2): one JSON object per line, bz2 or plain."""
from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator

from service.core.models import QuoteRecord, Source
from service.ingest.files import InputFile
from service.ingest.malformed import OnError, reporter

# scheme://[user@]host[:port]/... -> host; a regex is several times faster than urllib.parse here.
_HOST = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://(?:[^/@?#]*@)?([^/:?#]+)")
# Quotebank writes an unknown speaker as the string "None".
_NO_SPEAKER = "None"
# Candidate speakers below this probability are noise, not evidence ("None" is kept like any other).
PROBAS_FLOOR = 0.05
DATASET = "dataset"  # how such a record credits its speaker: by the dataset's probability


def read_quotebank(path: str | os.PathLike, on_error: OnError | None = None) -> Iterator[QuoteRecord]:
    """Yield one QuoteRecord per (quote, url) of a Quotebank file; malformed lines go to on_error."""
    with InputFile(path) as handle:
        for _, record in iter_quotebank(handle, on_error):
            yield record


def iter_quotebank(handle: InputFile, on_error: OnError | None = None) -> Iterator[tuple[int, QuoteRecord]]:
    """Yield (line number, record) pairs from an open Quotebank file."""
    report = reporter(handle.path, on_error)
    loads = json.loads  # bound once: this loop runs millions of times
    for number, raw in handle.binary_lines():
        if raw.isspace() or not raw:
            continue
        try:
            entry = loads(raw)
        except ValueError as error:
            report(number, f"not a JSON object: {error}")
            continue
        try:
            records = quotebank_records(entry)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            report(number, f"not a Quotebank quote: {_describe(error)}")
            continue
        for record in records:
            yield number, record


def quotebank_records(entry: dict) -> list[QuoteRecord]:
    """Turn one Quotebank quote object into one QuoteRecord per url it was seen at."""
    text = entry["quotation"]
    if not isinstance(text, str) or not text.strip():
        raise ValueError("field 'quotation' is empty or not a string")
    speaker = entry.get("speaker")
    if speaker == _NO_SPEAKER or not speaker:
        speaker = None
    elif not isinstance(speaker, str):
        raise ValueError("field 'speaker' is not a string")
    qids = entry.get("qids")
    wikidata = qids[0] if speaker and qids else None
    date = _iso_day(entry.get("date"))
    alternatives = _runner_ups(entry.get("probas"), speaker)
    confidence = _probability_of(entry.get("probas"), speaker)
    urls = entry.get("urls") or ()
    if isinstance(urls, str):
        urls = (urls,)
    if not urls:
        return [QuoteRecord(text=text, speaker=speaker, date=date, wikidata=wikidata, alternatives=alternatives,
                            confidence=confidence, method=DATASET)]
    records = []
    for url in urls:
        host = _HOST.match(url)
        source = Source(url=url, outlet=host[1].lower() if host else None, published=date)
        records.append(
            QuoteRecord(
                text=text,
                speaker=speaker,
                date=date,
                source=source,
                wikidata=wikidata,
                alternatives=alternatives,
                confidence=confidence,
                method=DATASET,
            )
        )
    return records


def _iso_day(value) -> str | None:
    """Return the day of a Quotebank timestamp ("2015-08-31 00:00:00" -> "2015-08-31")."""
    if not value:
        return None
    if not isinstance(value, str) or len(value) < 10 or value[4] != "-" or value[7] != "-":
        raise ValueError(f"field 'date' is not a date: {value!r}")
    return value[:10]


def _runner_ups(probas, speaker: str | None) -> list[tuple[str | None, float]]:
    """Return the candidate speakers other than the chosen one at or above the floor, as (name, probability);
    the dataset's "None" (nobody it could name) is one of them, with the name None."""
    if not probas:
        return []
    chosen = speaker or _NO_SPEAKER
    found = []
    for name, probability in probas:
        value = float(probability)
        if name != chosen and value >= PROBAS_FLOOR:
            found.append((None if name == _NO_SPEAKER else name, value))
    return found


def _probability_of(probas, speaker: str | None) -> float | None:
    """The probability Quotebank gives its chosen speaker ("None" for no speaker); None when it gives none."""
    chosen = speaker or _NO_SPEAKER
    for name, probability in probas or ():
        if name == chosen:
            return float(probability)
    return None


def _describe(error: Exception) -> str:
    """Say what was wrong with a record in words a person reading the log understands."""
    if isinstance(error, KeyError):
        return f"missing field {error.args[0]!r}"
    return str(error)
