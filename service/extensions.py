"""Cross-cutting parts: CORS, rate limits, the offline API docs assets, request logs."""
from __future__ import annotations

import logging
import time
import uuid

from flask import Flask, g, request, send_from_directory
from flask_cors import CORS
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

from .api.errors import problem

log = logging.getLogger("quotecheck.requests")

READ_PATHS = r"/(v1/(verify|verify/batch|quotes|quotes/.*|speakers|speakers/.*|articles/.*)|healthz|openapi\.json)"


def init_extensions(app: Flask) -> None:
    """Attach CORS, the rate limiter, the docs assets and request logging to the app."""
    write_origins = app.config["CORS_WRITE_ORIGINS"]
    # Reads (GET and verify) are open to any page; writes only to configured origins.
    CORS(app, resources={
        r"/v1/verify.*": {"origins": "*", "methods": ["POST", "OPTIONS"]},
        READ_PATHS: {"origins": write_origins or "*",
                     "methods": ["GET", "HEAD", "OPTIONS"] + (["POST", "DELETE"] if write_origins else [])},
    }, allow_headers=["Content-Type", "Authorization"], expose_headers=["Retry-After", "X-Request-Id"])

    limit = app.config["RATE_LIMIT"]
    limiter = Limiter(get_remote_address, app=app, default_limits=[limit] if limit else [],
                      storage_uri=app.config["REDIS_URL"] or "memory://", headers_enabled=True,
                      strategy="fixed-window")
    app.extensions["quotecheck.limiter"] = limiter

    @app.errorhandler(429)
    def rate_limited(error):
        retry = getattr(error, "retry_after", None) or _retry_after(limiter)
        return problem(429, "Too Many Requests", f"Rate limit exceeded ({error.description}).",
                       headers={"Retry-After": str(retry)})

    @app.route("/docs/assets/<path:name>")
    def docs_assets(name):
        """Swagger UI's files, served from the installed package (no CDN)."""
        import swagger_ui_bundle

        return send_from_directory(swagger_ui_bundle.swagger_ui_path, name)

    limiter.exempt(docs_assets)

    @app.before_request
    def start_timer():
        g.started = time.perf_counter()
        g.request_id = request.headers.get("X-Request-Id") or uuid.uuid4().hex[:16]

    @app.after_request
    def log_request(response):
        elapsed = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
        response.headers["X-Request-Id"] = g.get("request_id", "")
        log.info("method=%s path=%s status=%d ms=%.1f request_id=%s", request.method, request.path,
                 response.status_code, elapsed, g.get("request_id", ""))
        return response


def _retry_after(limiter: Limiter) -> int:
    """Seconds until the current window resets, at least 1."""
    window = getattr(g, "view_rate_limit", None)
    if window is None:
        return 1
    try:
        reset, _ = limiter.limiter.get_window_stats(*window)
        return max(1, int(reset - time.time()))
    except Exception:  # the storage could not tell; one second is a safe answer
        return 1
