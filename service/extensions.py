"""Cross-cutting parts: body-size guard, CORS, rate limits, the offline API docs assets, request logs.

CORS is done here rather than with a per-path library because the same path is a read for one
method and a write for another (GET vs DELETE /v1/quotes/<id>): reads are open to every origin,
writes only to the origins listed in CORS_WRITE_ORIGINS.
"""
from __future__ import annotations

import math
import time
import uuid

from flask import Flask, Response, current_app, g, request, send_from_directory
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from werkzeug.exceptions import RequestEntityTooLarge, RequestURITooLarge

from .api.access import document_security, is_write, write_origin_allowed
from .api.errors import problem
from .config import is_loopback
from .logs import clean_request_id, format_line, request_logger, submitted_text

ALLOWED_HEADERS = "Authorization, Content-Type, X-Request-Id"
EXPOSED_HEADERS = "Retry-After, X-Request-Id, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset"
PREFLIGHT_MAX_AGE = "600"  # seconds a browser may cache a preflight answer
UNLIMITED_ENDPOINTS = {"docs_assets", "web.static", "static", "health.Health"}


def init_extensions(app: Flask) -> None:
    """Attach the body-size guard, CORS, the rate limiter, the docs assets and request logs to the app."""
    document_security(app.extensions["quotecheck.api"])
    if app.config.get("TRUSTED_PROXIES"):
        from werkzeug.middleware.proxy_fix import ProxyFix

        # Behind N proxies, the client address is the Nth from the right of X-Forwarded-For. The
        # Host header is not taken from X-Forwarded-Host: the loopback write rule reads it.
        proxies = int(app.config["TRUSTED_PROXIES"])
        # (Flask's documented way to wrap its WSGI app; its types declare wsgi_app a method)
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=0)  # type: ignore[method-assign]

    # Registered before the limiter: before_request hooks run in this order, after_request hooks in
    # reverse, so the timer starts first and the final header fix-up runs last.
    app.before_request(_start_request)
    app.before_request(_refuse_long_url)
    app.before_request(_refuse_oversized_body)
    app.before_request(_answer_preflight)
    app.after_request(_finish_response)
    app.after_request(_add_cors_headers)

    limit = app.config["RATE_LIMIT"]
    # One allowance per client address shared by every endpoint (application limits), not one per endpoint.
    limiter = Limiter(get_remote_address, app=app, application_limits=[limit] if limit else [],
                      storage_uri=app.config["REDIS_URL"] or "memory://", headers_enabled=True,
                      strategy="fixed-window")
    app.extensions["quotecheck.limiter"] = limiter

    @limiter.request_filter
    def not_counted() -> bool:
        """Preflights, health checks and static files do not use up a client's allowance, nor does a client
        on this machine unless RATE_LIMIT_LOOPBACK says so (an operator scoring or importing locally)."""
        return request.method == "OPTIONS" or request.endpoint in UNLIMITED_ENDPOINTS or (
            not app.config["RATE_LIMIT_LOOPBACK"] and is_loopback(request.remote_addr or ""))

    @app.errorhandler(429)
    def rate_limited(error):
        return problem(429, "Too Many Requests", f"Rate limit exceeded ({error.description}); "
                       "retry after the number of seconds in Retry-After.",
                       headers={"Retry-After": str(_seconds_to_reset(limiter))})

    @app.route("/docs/assets/<path:name>")
    def docs_assets(name):
        """Swagger UI's files, served from the installed package (no CDN)."""
        import swagger_ui_bundle

        return send_from_directory(swagger_ui_bundle.swagger_ui_path, name)


def _start_request() -> None:
    """Note when the request started and its id (the caller's X-Request-Id if it is plain)."""
    g.started = time.perf_counter()
    g.request_id = clean_request_id(request.headers.get("X-Request-Id")) or uuid.uuid4().hex[:16]


def _refuse_long_url() -> None:
    """Refuse a path and query string over MAX_URL_LENGTH characters (the server in front allows more)."""
    limit = current_app.config["MAX_URL_LENGTH"]
    raw = request.environ.get("RAW_URI") or request.full_path
    if limit and len(raw) > limit:
        raise RequestURITooLarge(f"The path and query string are longer than {limit} characters.")


def _refuse_oversized_body():
    """Refuse a body over MAX_CONTENT_LENGTH before reading it, whatever its content type.

    Werkzeug only raises 413 when a body is read; a body the endpoint never parses (text/plain to
    a JSON endpoint) would otherwise be accepted and answered 422.
    """
    limit = request.max_content_length
    if limit is None:
        return
    too_large = RequestEntityTooLarge(f"The request body is larger than the limit of {limit} bytes.")
    if request.content_length is not None:
        if request.content_length > limit:
            raise too_large
    # A chunked body has no length up front. Werkzeug stops reading it at the limit and hands
    # over the truncated bytes, so a body that fills the limit is refused here instead.
    elif request.environ.get("wsgi.input_terminated") and len(request.get_data(cache=True)) >= limit:
        raise too_large


def _answer_preflight():
    """Answer a CORS preflight: any origin for reads, only listed origins for writes."""
    if request.method != "OPTIONS" or request.url_rule is None:
        return None
    origin = request.headers.get("Origin")
    wanted = request.headers.get("Access-Control-Request-Method", "").upper()
    if not origin or not wanted:
        return None  # a plain OPTIONS: Flask answers it with the Allow header
    methods = request.url_rule.methods or set()
    response = Response(status=204)
    response.headers["Allow"] = ", ".join(sorted(methods))
    response.headers["Vary"] = "Origin, Access-Control-Request-Method, Access-Control-Request-Headers"
    if wanted not in methods:
        return response  # no CORS headers: the browser refuses the real request
    if is_write(wanted, request.path):
        if not write_origin_allowed(origin):
            return response
        response.headers["Access-Control-Allow-Origin"] = origin
    else:
        response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Allow-Methods"] = wanted
    response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
    response.headers["Access-Control-Max-Age"] = PREFLIGHT_MAX_AGE
    return response


def _add_cors_headers(response: Response) -> Response:
    """Let any page read the answer to a read; let only listed origins read the answer to a write."""
    origin = request.headers.get("Origin")
    if not origin or request.method == "OPTIONS":
        return response
    if not is_write(request.method, request.path):
        response.headers["Access-Control-Allow-Origin"] = "*"
    elif write_origin_allowed(origin):
        response.headers["Access-Control-Allow-Origin"] = origin
        response.vary.add("Origin")
    else:
        return response
    response.headers["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
    return response


def _finish_response(response: Response) -> Response:
    """Fix the rate-limit headers, add the request id and write the request's log line."""
    if response.status_code == 429:
        # Flask-Limiter truncates the seconds left, which can give "Retry-After: 0"; never ask for that.
        try:
            seconds = int(response.headers.get("Retry-After", "1"))
        except ValueError:
            seconds = 1
        response.headers["Retry-After"] = str(max(1, seconds))
    elif response.status_code != 503:
        response.headers.pop("Retry-After", None)  # only meaningful on 429 and 503
    request_id = g.get("request_id") or uuid.uuid4().hex[:16]
    response.headers["X-Request-Id"] = request_id
    _log_request(response, request_id)
    return response


def _log_request(response: Response, request_id: str) -> None:
    """One logfmt line per request; the submitted text only when LOG_QUOTES (or debug) is on."""
    elapsed_ms = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
    fields = {"method": request.method, "path": request.path, "status": response.status_code,
              "ms": elapsed_ms, "request_id": request_id, "client": request.remote_addr}
    if current_app.config.get("LOG_QUOTES") or current_app.debug:
        body = request.get_json(silent=True, cache=True) if request.is_json and not _body_too_large() else None
        text = submitted_text(body)
        if text is not None:
            fields["text"] = text
    request_logger().info(format_line(fields))


def _body_too_large() -> bool:
    """Tell whether reading the body would exceed MAX_CONTENT_LENGTH."""
    limit = request.max_content_length
    return limit is not None and (request.content_length is None or request.content_length > limit)


def _seconds_to_reset(limiter: Limiter) -> int:
    """Whole seconds until the client's current rate-limit window resets, at least 1."""
    current = limiter.current_limit
    if current is None:
        return 1
    return max(1, math.ceil(current.reset_at - time.time()))
