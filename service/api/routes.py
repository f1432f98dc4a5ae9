"""HTTP handlers: load the request with a schema, call a service, dump the answer with a schema."""
from __future__ import annotations

from types import SimpleNamespace

from flask import current_app, jsonify, request
from flask.views import MethodView
from flask_smorest import Blueprint

from ..core.errors import InvalidInput, NotFound
from ..core.models import ArticleInput, QuoteRecord, Source
from ..services import QuoteService, VerifyRequest
from . import jsonld
from . import schemas as s
from .access import require_write_access

api = Blueprint("v1", __name__, url_prefix="/v1", description="Verify, ingest and read quotes.")
health = Blueprint("health", __name__, description="Liveness.")
JSON_LD = "application/ld+json"


def service() -> QuoteService:
    """The application's service object."""
    return current_app.extensions["quotecheck"]


def _int_id(value: str, what: str) -> int:
    """Public ids are decimal strings; anything else names nothing."""
    if not value.isdigit() or len(value) > 18:
        raise NotFound(f"no {what} with id {value}")
    return int(value)


def _check_text(text: str, limit_key: str, field: str = "text") -> None:
    """Refuse a text over its configured length with a 422 naming the field."""
    limit = current_app.config[limit_key]
    if len(text) > limit:
        raise InvalidInput(f"{field} is longer than {limit} characters",
                           {field: [f"Longer than the maximum of {limit} characters."]})


def _wants_json_ld() -> bool:
    """Tell whether the client prefers schema.org JSON-LD to plain JSON."""
    return request.accept_mimetypes.best_match(["application/json", JSON_LD]) == JSON_LD and \
        request.accept_mimetypes[JSON_LD] > request.accept_mimetypes["application/json"]


def _json_ld(body: dict):
    """A JSON-LD response (passed through the response schema untouched)."""
    response = jsonify(body)
    response.mimetype = JSON_LD
    return response


def _verify_request(args: dict) -> VerifyRequest:
    _check_text(args["text"], "MAX_TEXT_LENGTH")
    return VerifyRequest(text=args["text"], speaker=args.get("speaker"), date=args.get("date"),
                         limit=args.get("limit", 5))


@api.route("/verify")
class Verify(MethodView):
    @api.arguments(s.VerifyRequestSchema)
    @api.response(200, s.VerdictSchema)
    def post(self, args):
        """Verify a quote: who said it, where, when, and what was changed.

        With `Accept: application/ld+json` the answer is a schema.org ClaimReview.
        """
        verdict = service().verify(_verify_request(args))
        if _wants_json_ld():
            return _json_ld(jsonld.verify_claimreview(args, s.VerdictSchema().dump(verdict), request.url_root))
        return verdict


@api.route("/verify/batch")
class VerifyBatch(MethodView):
    @api.arguments(s.VerifyBatchRequestSchema)
    @api.response(200, s.VerifyBatchResponseSchema)
    def post(self, args):
        """Verify up to MAX_BATCH quotes in one call; results come in the order asked."""
        items = args["items"]
        limit = current_app.config["MAX_BATCH"]
        if len(items) > limit:
            raise InvalidInput(f"at most {limit} items per batch", {"items": [f"More than {limit} items."]})
        requests = [_verify_request(item) for item in items]
        total, cap = sum(len(r.text) for r in requests), current_app.config["MAX_BATCH_CHARACTERS"]
        if total > cap:
            raise InvalidInput(f"the texts of a batch may hold {cap} characters together",
                               {"items": [f"{total} characters in all; the maximum is {cap}."]})
        return {"results": [service().verify(r) for r in requests]}


@api.route("/articles")
class Articles(MethodView):
    @require_write_access
    @api.arguments(s.ArticleRequestSchema)
    @api.response(201, s.ArticleResponseSchema)
    @api.alt_response(200, schema=s.ArticleResponseSchema, description="The article was already stored.")
    def post(self, args):
        """Ingest an article: extract its quotes and speakers. Re-posting it creates nothing."""
        _check_text(args["text"], "MAX_ARTICLE_LENGTH")
        article, quotes, created = service().add_article(ArticleInput(**args))
        return {"article": article, "quotes": _quotes_in(article, quotes)}, 201 if created else 200


def _quotes_in(article, quotes) -> list[dict]:
    """Dump the quoted spans of this article's text, in reading order, each with its quote.

    A quote split by its attribution (“A,” she said. “B.”) is one quote; it is listed once per
    piece, each entry with that piece's `start`/`end`, the same `id`, and `part`/`parts` numbering.
    """
    entries = []
    for quote in quotes:
        item = s.QuoteSchema().dump(quote)
        # The same words may stand more than once in one article: list every place.
        for here in [o for o in quote.sources if o.source.id == article.source.id]:
            pieces = here.parts or [(here.start, here.end)]
            for n, (start, end) in enumerate(pieces, 1):
                entry = dict(item, start=start, end=end, cue=here.cue, confidence=here.confidence, method=here.method)
                if len(pieces) > 1:
                    entry.update(part=n, parts=len(pieces))
                entries.append(entry)
    return sorted(entries, key=lambda q: (q["start"] is None, q["start"] or 0))


@api.route("/articles/<article_id>")
class ArticleById(MethodView):
    @api.response(200, s.ArticleDetailResponseSchema)
    def get(self, article_id):
        """Read an article with its text and quotes."""
        article, quotes = service().get_article(_int_id(article_id, "article"))
        return {"article": article, "quotes": _quotes_in(article, quotes)}

    @require_write_access
    @api.response(204)
    def delete(self, article_id):
        """Delete an article and the quotes no other source holds."""
        service().delete_article(_int_id(article_id, "article"))


@api.route("/quotes")
class Quotes(MethodView):
    @api.arguments(s.QuoteListArgsSchema, location="query")
    @api.response(200, s.QuotePageSchema)
    def get(self, args):
        """List quotes, filtered by speaker, words (`q`) and date range (`from`, `to`)."""
        page = service().list_quotes(speaker=args["speaker"], q=args["q"], date_from=args["from_"],
                                     date_to=args["to"], page=args["page"], page_size=args["page_size"])
        return {"items": page.items, "total": page.total, "page": args["page"], "page_size": args["page_size"]}

    @require_write_access
    @api.arguments(s.QuoteBatchRequestSchema)
    @api.response(201, s.CreatedQuotesSchema)
    def post(self, args):
        """Add quote records, all or nothing: one bad record rejects the batch and stores nothing."""
        items = args["quotes"]
        limit = current_app.config["MAX_QUOTE_BATCH"]
        if len(items) > limit:
            raise InvalidInput(f"at most {limit} quotes per request", {"quotes": [f"More than {limit} records."]})
        loaded, errors = s.load_quote_records(items)
        for n, record in enumerate(loaded):
            if len(record["text"]) > current_app.config["MAX_TEXT_LENGTH"]:
                errors.setdefault(str(n), {})["text"] = ["Longer than the maximum length."]
        if errors:
            raise InvalidInput("some quote records are invalid; nothing was stored", {"quotes": errors})
        records = [QuoteRecord(text=r["text"], speaker=r["speaker"], date=r["date"],
                               source=Source(**r["source"]) if r.get("source") else None,
                               context=r["context"], kind=r["kind"], title=r["title"], wikidata=r["wikidata"],
                               confidence=r["confidence"],
                               alternatives=[(a["name"], a["probability"]) for a in r["alternatives"]])
                   for r in loaded]
        ids = service().add_quotes(records)
        return {"created": len(ids), "ids": [str(i) for i in ids]}


@api.route("/quotes/<quote_id>")
class QuoteById(MethodView):
    @api.response(200, s.QuoteSchema)
    def get(self, quote_id):
        """Read one quote with its speaker, sources and context (ClaimReview with `Accept: application/ld+json`)."""
        quote = service().get_quote(_int_id(quote_id, "quote"))
        if _wants_json_ld():
            return _json_ld(jsonld.quote_claimreview(s.QuoteSchema().dump(quote), request.url_root))
        return quote

    @require_write_access
    @api.response(204)
    def delete(self, quote_id):
        """Delete one quote."""
        service().delete_quote(_int_id(quote_id, "quote"))


@api.route("/speakers")
class Speakers(MethodView):
    @api.arguments(s.SpeakerListArgsSchema, location="query")
    @api.response(200, s.SpeakerPageSchema)
    def get(self, args):
        """List speakers with their quote counts."""
        page = service().list_speakers(q=args["q"], page=args["page"], page_size=args["page_size"])
        return {"items": page.items, "total": page.total, "page": args["page"], "page_size": args["page_size"]}


@api.route("/speakers/<speaker_id>")
class SpeakerById(MethodView):
    @api.response(200, s.SpeakerDetailSchema)
    def get(self, speaker_id):
        """Read a speaker with aliases and quotes."""
        speaker, quotes = service().get_speaker(_int_id(speaker_id, "speaker"))
        return SimpleNamespace(**vars(speaker), quotes=quotes)


@health.route("/healthz")
class Health(MethodView):
    @health.response(200, s.HealthSchema)
    def get(self):
        """Tell whether the service and its store answer."""
        return {"status": "ok", "quotes": service().store.count_quotes()}

