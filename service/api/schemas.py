"""Request and response schemas: the contract's field names, and nothing the domain has to know."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from marshmallow import EXCLUDE, Schema, ValidationError, fields, validate, validates_schema

from ..core.models import QUOTE_KINDS


class StrictSchema(Schema):
    """Refuse keys the contract does not know, so typos do not pass silently."""

    class Meta:
        ordered = True


class IsoDate(fields.String):
    """A calendar date written YYYY-MM-DD (kept as a string)."""

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs).strip()
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(text).date().isoformat()  # a timestamp: keep its day
        except ValueError as exc:
            raise ValidationError("Not a date in YYYY-MM-DD form.") from exc


class AsciiInteger(fields.Integer):
    """An integer written in ASCII digits: "٣" or "³" in a query string is no number here."""

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, str) and not value.isascii():
            raise self.make_error("invalid", input=value)
        return super()._deserialize(value, attr, data, **kwargs)


def not_blank(value: str) -> None:
    """Refuse a string of nothing but whitespace (and invisible characters)."""
    if not value.strip().strip("\u200b\u200c\u200d\u2060\ufeff\u00ad").strip():
        raise ValidationError("Must not be blank.")


def has_words(value: str) -> None:
    """Refuse a text with no letter or digit at all ("...", "  ", "?!"): it quotes nothing."""
    if not any(ch.isalnum() for ch in value):
        raise ValidationError("Must hold at least one word (letters or digits), not only spaces or punctuation.")


def _id(obj) -> str | None:
    """Public ids are strings."""
    return None if obj is None else str(obj)


# -- responses -------------------------------------------------------------------------------

class SpeakerBriefSchema(Schema):
    id = fields.Function(lambda s: _id(s.id))
    name = fields.String()
    title = fields.String(allow_none=True)


class QuoteSpeakerSchema(SpeakerBriefSchema):
    aliases = fields.List(fields.String())
    wikidata = fields.String(allow_none=True)


class SpeakerSchema(QuoteSpeakerSchema):
    quote_count = fields.Integer(allow_none=True)


class PublicationSchema(Schema):
    """Where something was published, read from the `source` of an occurrence or an article."""

    id = fields.Function(lambda o: _id(o.source.id))
    url = fields.Function(lambda o: o.source.url)
    title = fields.Function(lambda o: o.source.title)
    author = fields.Function(lambda o: o.source.author)
    outlet = fields.Function(lambda o: o.source.outlet)
    published = fields.Function(lambda o: o.source.published)


class SourceSchema(PublicationSchema):
    start = fields.Integer(allow_none=True)
    end = fields.Integer(allow_none=True)
    cue = fields.String(allow_none=True)
    confidence = fields.Float(allow_none=True)  # how surely this source credits the quote's speaker
    method = fields.String(allow_none=True)  # how: an extractor class, "dataset" or "record"


def _credited(quote) -> dict | None:
    """The speaker a quote's sources credit, in brief."""
    return {"id": _id(quote.speaker.id), "name": quote.speaker.name} if quote.speaker else None


def _sources_of(quote) -> list[dict]:
    """Each source of a quote with whom it credits the words and how surely."""
    credited = _credited(quote)
    return [dict(SourceSchema().dump(o), speaker=credited,
                 confidence=o.confidence if o.confidence is not None else quote.confidence)
            for o in quote.sources]


class AlternativeSchema(Schema):
    name = fields.Function(lambda a: a[0])
    probability = fields.Function(lambda a: a[1])


class QuoteSchema(Schema):
    id = fields.Function(lambda q: _id(q.id))
    text = fields.String()
    kind = fields.String()
    date = fields.String(allow_none=True)
    speaker = fields.Nested(QuoteSpeakerSchema, allow_none=True)
    sources = fields.Function(_sources_of, metadata={"type": "array", "items": {"type": "object"}})
    first_seen = fields.String(allow_none=True)
    context = fields.String(allow_none=True)
    alternatives = fields.List(fields.Nested(AlternativeSchema))


class DiffOpSchema(Schema):
    op = fields.String()
    original = fields.String()
    submitted = fields.String()


class SpanSchema(Schema):
    start = fields.Integer()
    end = fields.Integer()


class EarliestSchema(Schema):
    source_id = fields.Function(lambda e: _id(e.source.id) if e.source else None)
    published = fields.String(allow_none=True)
    outlet = fields.Function(lambda e: e.source.outlet if e.source else None)
    url = fields.Function(lambda e: e.source.url if e.source else None)
    title = fields.Function(lambda e: e.source.title if e.source else None)


class SpeakerSupportSchema(Schema):
    speaker = fields.Function(lambda s: {"id": _id(s.speaker.id), "name": s.speaker.name} if s.speaker else None)
    sources = fields.Integer()
    outlets = fields.Integer()
    support = fields.Float()
    earliest = fields.String(allow_none=True)
    # Where to read it: the candidate's sources, earliest first (at most ten).
    appearances = fields.Function(lambda s: [{"source_id": _id(a.id), "url": a.url, "title": a.title,
                                              "outlet": a.outlet, "published": a.published} for a in s.appearances])


class EvidenceSchema(Schema):
    sources = fields.Integer()
    outlets = fields.Integer()
    earliest = fields.Nested(EarliestSchema, allow_none=True)
    speakers = fields.List(fields.Nested(SpeakerSupportSchema))


class CirculationSchema(Schema):
    """The altered wording itself, when the index holds it: since when and how widely it has circulated."""

    quote_id = fields.Function(lambda c: _id(c.quote.id))
    text = fields.Function(lambda c: c.quote.text)
    speaker = fields.Function(lambda c: _credited(c.quote))
    since = fields.Function(lambda c: c.evidence.earliest.published if c.evidence.earliest else None)
    sources = fields.Function(lambda c: c.evidence.sources)
    outlets = fields.Function(lambda c: c.evidence.outlets)
    earliest = fields.Function(lambda c: EarliestSchema().dump(c.evidence.earliest) if c.evidence.earliest else None)


class MatchSchema(Schema):
    quote = fields.Nested(QuoteSchema)
    score = fields.Function(lambda m: m.alignment.score)
    wording = fields.Function(lambda m: m.alignment.wording)
    span = fields.Function(lambda m: {"start": m.alignment.start, "end": m.alignment.end})
    diff = fields.Function(lambda m: [{"op": d.op, "original": d.original, "submitted": d.submitted}
                                      for d in m.alignment.diff])
    evidence = fields.Nested(EvidenceSchema, allow_none=True)


class VerdictSchema(Schema):
    verdict = fields.String()
    wording = fields.String(allow_none=True)
    attribution = fields.String(allow_none=True)
    reasons = fields.List(fields.String(), required=True)
    claimed_speaker = fields.String(allow_none=True)
    claim_from = fields.String(allow_none=True)
    date_check = fields.String(allow_none=True)
    real_date = fields.String(allow_none=True)
    circulating = fields.Nested(CirculationSchema, allow_none=True)
    matches = fields.List(fields.Nested(MatchSchema))


class VerifyBatchResponseSchema(Schema):
    results = fields.List(fields.Nested(VerdictSchema))


class CheckSchema(Schema):
    id = fields.String(metadata={"description": "The same request always gives the same id."})
    url = fields.String(metadata={"description": "The page showing this check: /c/<id>."})
    created = fields.String(metadata={"description": "When the check was first made (UTC, ISO 8601)."})
    request = fields.Dict(metadata={"description": "The verify request as it was posted."})
    result = fields.Dict(metadata={"description": "The verify answer as it was given then."})


class ArticleSchema(PublicationSchema):
    quote_ids = fields.Function(lambda a: [str(i) for i in a.quote_ids])


class ArticleResponseSchema(Schema):
    article = fields.Nested(ArticleSchema)
    quotes = fields.List(fields.Dict())


class ArticleDetailSchema(ArticleSchema):
    text = fields.Function(lambda a: a.text)


class ArticleDetailResponseSchema(Schema):
    article = fields.Nested(ArticleDetailSchema)
    quotes = fields.List(fields.Dict())


class CreatedQuotesSchema(Schema):
    created = fields.Integer()
    ids = fields.List(fields.String())


class QuotePageSchema(Schema):
    items = fields.List(fields.Nested(QuoteSchema))
    total = fields.Integer()
    page = fields.Integer()
    page_size = fields.Integer()


class SpeakerPageSchema(Schema):
    items = fields.List(fields.Nested(SpeakerSchema))
    total = fields.Integer()
    page = fields.Integer()
    page_size = fields.Integer()


class SpeakerDetailSchema(SpeakerSchema):
    quotes = fields.List(fields.Nested(QuoteSchema))


class HealthSchema(Schema):
    status = fields.String()
    quotes = fields.Integer()


# -- requests --------------------------------------------------------------------------------

class VerifyRequestSchema(StrictSchema):
    text = fields.String(required=True, validate=[validate.Length(min=1), not_blank])
    speaker = fields.String(load_default=None, allow_none=True)
    date = IsoDate(load_default=None, allow_none=True)
    # strict: 2.5 is refused rather than truncated to 2.
    limit = fields.Integer(load_default=5, strict=True, validate=validate.Range(min=1, max=50))


class VerifyBatchRequestSchema(StrictSchema):
    items = fields.List(fields.Nested(VerifyRequestSchema), required=True, validate=validate.Length(min=1))


class ArticleRequestSchema(StrictSchema):
    # `text`, or `url` alone: the service then fetches the page (see ArticleRequestSchema.text_or_url).
    text = fields.String(load_default=None, validate=[validate.Length(min=1), not_blank])
    title = fields.String(load_default=None, allow_none=True)
    url = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=2048))
    author = fields.String(load_default=None, allow_none=True)
    outlet = fields.String(load_default=None, allow_none=True)
    published = IsoDate(load_default=None, allow_none=True)


    @validates_schema
    def text_or_url(self, data: dict, **kwargs) -> None:
        """An article needs its text or a url to fetch it from."""
        if not data.get("text") and not data.get("url"):
            raise ValidationError({"text": ["Missing data: give the article's text, or its url to fetch it."]})


class SourceRequestSchema(StrictSchema):
    url = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=2048))
    title = fields.String(load_default=None, allow_none=True)
    author = fields.String(load_default=None, allow_none=True)
    outlet = fields.String(load_default=None, allow_none=True)
    published = IsoDate(load_default=None, allow_none=True)


class AlternativeRequestSchema(StrictSchema):
    """Another candidate speaker a dataset gives, with its probability (name null: nobody it could name)."""

    name = fields.String(required=True, allow_none=True)
    probability = fields.Float(required=True, validate=validate.Range(min=0.0, max=1.0))


class QuoteRecordSchema(StrictSchema):
    text = fields.String(required=True, validate=[validate.Length(min=1), has_words])
    speaker = fields.String(required=True, validate=[validate.Length(min=1), not_blank, has_words])
    date = IsoDate(load_default=None, allow_none=True)
    source = fields.Nested(SourceRequestSchema, load_default=None, allow_none=True)
    context = fields.String(load_default=None, allow_none=True)
    kind = fields.String(load_default="imported", validate=validate.OneOf(QUOTE_KINDS))
    title = fields.String(load_default=None, allow_none=True)
    wikidata = fields.String(load_default=None, allow_none=True, validate=validate.Regexp(r"^Q\d+$"))
    confidence = fields.Float(load_default=None, allow_none=True, validate=validate.Range(min=0.0, max=1.0))
    alternatives = fields.List(fields.Nested(AlternativeRequestSchema), load_default=list)


class QuoteBatchRequestSchema(StrictSchema):
    # Raw, not Dict: every record, objects or not, is checked by load_quote_records, so one
    # answer names all the bad records at once.
    quotes = fields.List(fields.Raw(metadata={"type": "object"}), required=True, validate=validate.Length(min=1))


class QuoteListArgsSchema(StrictSchema):
    speaker = fields.String(load_default=None)
    q = fields.String(load_default=None)
    from_ = IsoDate(data_key="from", load_default=None)
    to = IsoDate(load_default=None)
    page = AsciiInteger(load_default=1, validate=validate.Range(min=1, max=1_000_000))
    page_size = AsciiInteger(load_default=20, validate=validate.Range(min=1, max=200))


class SpeakerListArgsSchema(StrictSchema):
    q = fields.String(load_default=None)
    page = AsciiInteger(load_default=1, validate=validate.Range(min=1, max=1_000_000))
    page_size = AsciiInteger(load_default=20, validate=validate.Range(min=1, max=200))


def load_quote_records(items: list, max_text: int | None = None) -> tuple[list[dict], dict]:
    """Validate each quote record; return (loaded records, errors keyed by the record's index in `items`).

    A text longer than `max_text` characters is an error of that record's `text`.
    """
    schema = QuoteRecordSchema()
    loaded: list[dict] = []
    errors: dict[str, Any] = {}
    for n, item in enumerate(items):
        if not isinstance(item, dict):
            errors[str(n)] = {"_schema": ["Must be an object."]}
            continue
        try:
            record = schema.load(item, unknown=EXCLUDE)
        except ValidationError as exc:
            errors[str(n)] = exc.messages
            continue
        if max_text is not None and len(record["text"]) > max_text:
            errors[str(n)] = {"text": [f"Longer than the maximum of {max_text} characters."]}
            continue
        loaded.append(record)
    return loaded, errors
