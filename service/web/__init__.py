"""The fact-checker web page: a Flask blueprint serving `/` and its static files.

The page is plain HTML, CSS and JavaScript with no build step and no external resources, so it
works offline and behind strict networks. All data comes from the public JSON API (`/v1/...`).
"""
from __future__ import annotations

from flask import Blueprint, Response, current_app, render_template

bp = Blueprint(
    "web",
    __name__,
    template_folder="templates",
    static_folder="static",
    # A path of its own, so the page's files never collide with an app-level /static folder.
    static_url_path="/assets",
)

# Everything the page needs comes from its own origin; nothing inline, nothing remote.
# A quote that slipped through unescaped could therefore still not run as script.
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])


@bp.get("/")
def checker_page() -> str:
    """Serve the fact-checker page; checks, permalinks and browse views all run in the browser."""
    return render_template("checker.html")


@bp.get("/search")
def search_page() -> str:
    """Serve the page; its script shows the search view (`?q=WORDS&speaker=NAME&page=N`)."""
    return render_template("checker.html")


@bp.get("/c/<check_id>")
def check_page(check_id: str) -> tuple[str, int]:
    """Serve the page of a stored check; its script shows the answer as it was and offers a re-check."""
    from ..checks import find_check

    found = find_check(current_app.extensions["quotecheck"], check_id) is not None
    return render_template("checker.html"), 200 if found else 404


@bp.after_request
def add_security_headers(response: Response) -> Response:
    """Lock the page down to its own origin and keep browsers from sniffing types."""
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    return response
