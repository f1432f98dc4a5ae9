"""Request and response schemas: the contract's field names, and nothing the domain has to know."""
from __future__ import annotations

from datetime import date, datetime

from marshmallow import EXCLUDE, Schema, ValidationError, fields, validate

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


class AlternativeSchema(Schema):
    name = fields.Function(lambda a: a[0])
    probability = fields.Function(lambda a: a[1])


class QuoteSchema(Schema):
    id = fields.Function(lambda q: _id(q.id))
    text = fields.String()
    kind = fields.String()
    date = fields.String(allow_none=True)
    speaker = fields.Nested(QuoteSpeakerSchema, allow_none=True)
    sources = fields.List(fields.Nested(SourceSchema))
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


class MatchSchema(Schema):
    quote = fields.Nested(QuoteSchema)
    score = fields.Function(lambda m: m.alignment.score)
    wording = fields.Function(lambda m: m.alignment.wording)
    span = fields.Function(lambda m: {"start": m.alignment.start, "end": m.alignment.end})
    diff = fields.Function(lambda m: [{"op": d.op, "original": d.original, "submitted": d.submitted}
                                      for d in m.alignment.diff])


class VerdictSchema(Schema):
    verdict = fields.String()
    wording = fields.String(allow_none=True)
    attribution = fields.String(allow_none=True)
    reasons = fields.List(fields.String(), required=True)
    claimed_speaker = fields.String(allow_none=True)
    claim_from = fields.String(allow_none=True)
    date_check = fields.String(allow_none=True)
    real_date = fields.String(allow_none=True)
    matches = fields.List(fields.Nested(MatchSchema))


class VerifyBatchResponseSchema(Schema):
    results = fields.List(fields.Nested(VerdictSchema))


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
    text = fields.String(required=True, validate=validate.Length(min=1))
    speaker = fields.String(load_default=None, allow_none=True)
    date = IsoDate(load_default=None, allow_none=True)
    limit = fields.Integer(load_default=5, validate=validate.Range(min=1, max=50))


class VerifyBatchRequestSchema(StrictSchema):
    items = fields.List(fields.Nested(VerifyRequestSchema), required=True, validate=validate.Length(min=1))


class ArticleRequestSchema(StrictSchema):
    text = fields.String(required=True, validate=validate.Length(min=1))
    title = fields.String(load_default=None, allow_none=True)
    url = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=2048))
    author = fields.String(load_default=None, allow_none=True)
    outlet = fields.String(load_default=None, allow_none=True)
    published = IsoDate(load_default=None, allow_none=True)


class SourceRequestSchema(StrictSchema):
    url = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=2048))
    title = fields.String(load_default=None, allow_none=True)
    author = fields.String(load_default=None, allow_none=True)
    outlet = fields.String(load_default=None, allow_none=True)
    published = IsoDate(load_default=None, allow_none=True)


class QuoteRecordSchema(StrictSchema):
    text = fields.String(required=True, validate=validate.Length(min=1))
    speaker = fields.String(required=True, validate=validate.Length(min=1))
    date = IsoDate(load_default=None, allow_none=True)
    source = fields.Nested(SourceRequestSchema, load_default=None, allow_none=True)
    context = fields.String(load_default=None, allow_none=True)
    kind = fields.String(load_default="imported", validate=validate.OneOf(QUOTE_KINDS))
    title = fields.String(load_default=None, allow_none=True)
    wikidata = fields.String(load_default=None, allow_none=True, validate=validate.Regexp(r"^Q\d+$"))


class QuoteBatchRequestSchema(StrictSchema):
    # Raw, not Dict: every record, objects or not, is checked by load_quote_records, so one
    # answer names all the bad records at once.
    quotes = fields.List(fields.Raw(metadata={"type": "object"}), required=True, validate=validate.Length(min=1))


class QuoteListArgsSchema(StrictSchema):
    speaker = fields.String(load_default=None)
    q = fields.String(load_default=None)
    from_ = IsoDate(data_key="from", load_default=None)
    to = IsoDate(load_default=None)
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=1_000_000))
    page_size = fields.Integer(load_default=20, validate=validate.Range(min=1, max=200))


class SpeakerListArgsSchema(StrictSchema):
    q = fields.String(load_default=None)
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=1_000_000))
    page_size = fields.Integer(load_default=20, validate=validate.Range(min=1, max=200))


def load_quote_records(items: list) -> tuple[list[dict], dict]:
    """Validate each quote record; return (loaded records, errors keyed by record index)."""
    schema = QuoteRecordSchema()
    loaded, errors = [], {}
    for n, item in enumerate(items):
        if not isinstance(item, dict):
            errors[str(n)] = {"_schema": ["Must be an object."]}
            continue
        try:
            loaded.append(schema.load(item, unknown=EXCLUDE))
        except ValidationError as exc:
            errors[str(n)] = exc.messages
    return loaded, errors
