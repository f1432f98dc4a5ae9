"""HTTP handlers: load the request with a schema, call a service, dump the answer with a schema."""
from __future__ import annotations

import time
from types import SimpleNamespace

from flask import current_app, jsonify, request
from flask.views import MethodView
from flask_smorest import Blueprint

from .. import checks
from ..core.errors import InvalidInput, NotFound
from ..core.models import ArticleInput, Quote, QuoteRecord, Source
from ..ingest.fetch import FetchSettings
from ..ingest.pages import ingest_url
from ..services import QuoteService, VerifyRequest
from ..store.base import Article
from . import jsonld
from . import schemas as s
from .access import require_write_access
from .body import SafeParser


class SafeBlueprint(Blueprint):
    """A blueprint whose request bodies are read by the hardened JSON parser (see body.py)."""

    ARGUMENTS_PARSER = SafeParser()


api = SafeBlueprint("v1", __name__, url_prefix="/v1", description="Verify, ingest and read quotes.")
health = Blueprint("health", __name__, description="Liveness.")
JSON_LD = "application/ld+json"


def service() -> QuoteService:
    """The application's service object."""
    return current_app.extensions["quotecheck"]


def _int_id(value: str, what: str) -> int:
    """Public ids are ASCII decimal strings; anything else (superscripts, other scripts' digits) names nothing."""
    if not (value.isascii() and value.isdigit()) or len(value) > 18:
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


def _check_body(check) -> dict:
    """A stored check as the API answers it."""
    return {"id": check.id, "url": f"/c/{check.id}", "created": check.created, "request": check.request,
            "result": check.result}


def _limit_checks() -> None:
    """Storing checks writes to the database, so it has an allowance of its own (CHECK_RATE_LIMIT)."""
    from flask import abort
    from limits import parse

    from ..config import is_loopback
    from .errors import problem

    value = current_app.config.get("CHECK_RATE_LIMIT")
    address = request.remote_addr or ""
    if not value or (not current_app.config["RATE_LIMIT_LOOPBACK"] and is_loopback(address)):
        return
    limiter = current_app.extensions["quotecheck.limiter"].limiter
    item = parse(value)
    if not limiter.hit(item, "checks", address):
        reset = limiter.get_window_stats(item, "checks", address).reset_time
        abort(problem(429, "Too Many Requests", f"Too many stored checks ({value}); retry after the number of "
                      "seconds in Retry-After.", headers={"Retry-After": str(max(1, int(reset - time.time()) + 1))}))


@api.route("/checks")
class Checks(MethodView):
    @api.arguments(s.VerifyRequestSchema)
    @api.response(201, s.CheckSchema)
    @api.alt_response(200, schema=s.CheckSchema, description="The same request was stored before.")
    def post(self, args):
        """Verify and store the answer under a shareable id (`/c/<id>`); the same request gives the same id.

        Open like verify (no key), with its own rate limit; the text is bounded like verify's.
        """
        verify_request = _verify_request(args)
        existing = checks.find_check(service(), checks.check_id(verify_request))
        if existing is not None:
            return _check_body(existing), 200
        _limit_checks()
        check, created = checks.store_check(service(), verify_request,
                                            lambda r: s.VerdictSchema().dump(service().verify(r)))
        return _check_body(check), 201 if created else 200


@api.route("/checks/<check_id>")
class CheckById(MethodView):
    @api.response(200, s.CheckSchema)
    def get(self, check_id):
        """Read a stored check: the request and the answer as they were."""
        check = checks.find_check(service(), check_id)
        if check is None:
            raise NotFound(f"no check with id {check_id}")
        return _check_body(check)


@api.route("/articles")
class Articles(MethodView):
    @require_write_access
    @api.arguments(s.ArticleRequestSchema)
    @api.response(201, s.ArticleResponseSchema)
    @api.alt_response(200, schema=s.ArticleResponseSchema, description="The article was already stored.")
    @api.alt_response(403, response="FORBIDDEN", description="The url's address or scheme may not be fetched.")
    @api.alt_response(413, response="REQUEST_ENTITY_TOO_LARGE", description="The body or the fetched page is too big.")
    @api.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE", description="The url is not an HTML page.")
    @api.alt_response(502, response="BAD_GATEWAY", description="The url's host could not be reached.")
    @api.alt_response(504, response="GATEWAY_TIMEOUT", description="The url's host did not answer in time.")
    def post(self, args):
        """Ingest an article: extract its quotes and speakers. Re-posting it creates nothing.

        With `url` and no `text`, the page is fetched (public addresses only, HTML only, bounded in
        time and size) and its main text, title, author, outlet and date are read from it; fields
        given in the request win over the page's.
        """
        if args.get("text") is None:
            article, quotes, created = ingest_url(
                service(), args["url"], FetchSettings.from_config(current_app.config),
                current_app.config["MAX_ARTICLE_LENGTH"], overrides=args)
            return {"article": article, "quotes": _quotes_in(article, quotes)}, 201 if created else 200
        _check_text(args["text"], "MAX_ARTICLE_LENGTH")
        article, quotes, created = service().add_article(ArticleInput(**args))
        return {"article": article, "quotes": _quotes_in(article, quotes)}, 201 if created else 200


LISTED_SOURCES = 10  # sources listed with each quote of an article answer (the quote's own page has all)


def _quotes_in(article: Article, quotes: list[Quote]) -> list[dict]:
    """Dump every place a quote of this article stands in its text, in reading order.

    A quote split by its attribution (“A,” she said. “B.”) is one quote listed once per piece, each entry with
    that piece's `start`/`end`, the same `id` and `part`/`parts`; words the article quotes twice are listed at
    both places. Each entry names at most LISTED_SOURCES distinct sources (`source_count` says how many there
    are) and no other place, so the answer grows with the article, not with the square of its repetitions.
    """
    entries = []
    schema = s.QuoteSchema(exclude=("sources",))
    for quote in quotes:
        distinct = list({o.source.id: o for o in quote.sources}.values())
        common = dict(schema.dump(quote), source_count=len(distinct),
                      sources=s.SourceSchema(many=True).dump(distinct[:LISTED_SOURCES]))
        here_in_article = [o for o in quote.sources if o.source.id == article.source.id]
        for here in here_in_article:
            pieces: list[tuple[int | None, int | None]] = list(here.parts) or [(here.start, here.end)]
            for n, (start, end) in enumerate(pieces, 1):
                place = dict(common, start=start, end=end, cue=here.cue, confidence=here.confidence,
                             method=here.method)
                if len(pieces) > 1:
                    place.update(part=n, parts=len(pieces))
                entries.append(place)
        if not here_in_article:
            entries.append(dict(common, start=None, end=None, cue=None))
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
        loaded, errors = s.load_quote_records(items, max_text=current_app.config["MAX_TEXT_LENGTH"])
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

