"""Export of every stored quote as JSON Lines, in the API's quote shape (re-importable as quote records)."""
from __future__ import annotations

import json
from typing import TextIO

from service.core.models import Occurrence, Quote, Speaker


def export_jsonl(service, out: TextIO) -> int:
    """Write every quote of the store to out, one JSON object per line; return how many were written."""
    iter_quotes = service.iter_quotes
    dumps = json.dumps
    written = 0
    for quote in iter_quotes(batch=1000):
        out.write(dumps(quote_as_dict(quote), ensure_ascii=False))
        out.write("\n")
        written += 1
    return written


def quote_as_dict(quote: Quote) -> dict:
    """Return a quote as the API shows it: id, text, speaker, date, kind, sources, first_seen, context."""
    return {
        "id": _public_id(quote.id),
        "text": quote.text,
        "kind": quote.kind,
        "date": quote.date,
        "speaker": speaker_as_dict(quote.speaker),
        "sources": [occurrence_as_dict(occurrence, quote) for occurrence in quote.sources],
        "first_seen": quote.first_seen,
        "context": quote.context,
        "alternatives": [{"name": name, "probability": probability} for name, probability in quote.alternatives],
    }


def _public_id(value) -> str | None:
    """Public ids are strings, as in the API."""
    return None if value is None else str(value)


def speaker_as_dict(speaker: Speaker | None) -> dict | None:
    """Return a speaker's name, title, aliases and Wikidata QID (None for an unknown speaker)."""
    if speaker is None:
        return None
    return {
        "id": _public_id(speaker.id),
        "name": speaker.name,
        "title": speaker.title,
        "aliases": list(speaker.aliases),
        "wikidata": speaker.wikidata,
    }


def occurrence_as_dict(occurrence: Occurrence, quote: Quote) -> dict:
    """Return one source of a quote with the quote's offsets in it, whom it credits and how surely."""
    source = occurrence.source
    return {
        "id": _public_id(source.id),
        "url": source.url,
        "title": source.title,
        "author": source.author,
        "outlet": source.outlet,
        "published": source.published,
        "start": occurrence.start,
        "end": occurrence.end,
        "cue": occurrence.cue,
        "confidence": occurrence.confidence if occurrence.confidence is not None else quote.confidence,
        "method": occurrence.method,
        "speaker": {"id": _public_id(quote.speaker.id), "name": quote.speaker.name} if quote.speaker else None,
    }
