"""Every error as application/problem+json (RFC 9457): never a stack trace, never an HTML page."""
from __future__ import annotations

import errno
import http
import json
import logging
from typing import Any

from flask import jsonify
from flask_smorest import Api
from flask_smorest.utils import prepare_response
from marshmallow import Schema, fields
from werkzeug.exceptions import HTTPException, InternalServerError, MethodNotAllowed

from ..core.errors import FetchFailed, InvalidInput, NotFound, StorageFull, TooLarge

log = logging.getLogger(__name__)
PROBLEM = "application/problem+json"


def problem(status: int, title: str, detail: str | None = None, errors: dict | None = None, headers=None):
    """Build a problem+json response."""
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail or title}
    if errors:
        body["errors"] = errors
    response = jsonify(body)
    response.status_code = status
    response.mimetype = PROBLEM
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _flatten(messages) -> dict:
    """Turn webargs' {"json": {field: [...]}, "query": {...}} into {field: [...]}."""
    if not isinstance(messages, dict):
        return {"_": messages if isinstance(messages, list) else [str(messages)]}
    out = {}
    for location, found in messages.items():
        if location in ("json", "query", "form", "files", "headers", "path", "view_args") and isinstance(found, dict):
            out.update(found)
        else:
            out[location] = found
    return out


class ProblemSchema(Schema):
    """An error answer as documented in the OpenAPI description (RFC 9457 problem details)."""

    type = fields.String(required=True)
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String(required=True)
    errors = fields.Dict(metadata={"description": "Field name to messages (validation errors)."})


class ProblemApi(Api):
    """flask-smorest's Api with its HTTP error answers in problem+json form."""

    ERROR_SCHEMA = ProblemSchema

    def _register_responses(self):
        """Document every error response as the problem+json the handlers really send."""
        for status in http.HTTPStatus:
            response: dict[str, Any] = {"description": status.phrase}
            if not (100 <= status < 200) and status not in (204, 304):
                response["schema"] = self.ERROR_SCHEMA
            prepare_response(response, self.spec, PROBLEM)
            self.spec.components.response(status.name, response, lazy=True)
        response = {"description": "Default error response", "schema": self.ERROR_SCHEMA}
        prepare_response(response, self.spec, PROBLEM)
        self.spec.components.response("DEFAULT_ERROR", response, lazy=True)

    def handle_http_exception(self, error: HTTPException):
        data = getattr(error, "data", None) or {}
        errors = data.get("errors") or data.get("messages")
        headers = dict(data.get("headers") or {})
        if isinstance(error, MethodNotAllowed) and error.valid_methods:
            headers["Allow"] = ", ".join(error.valid_methods)
        retry = getattr(error, "retry_after", None)
        if retry:
            headers["Retry-After"] = str(retry)
        detail = data.get("message") or error.description
        if error.code == 422 and errors:
            detail = "The request did not validate; see errors."
        if isinstance(error, InternalServerError):
            detail = "The server could not complete the request."
        return problem(error.code or 500, error.name, detail, _flatten(errors) if errors else None, headers)


def insufficient_storage():
    """507: the disk is full. Nothing was stored; the same request may succeed once space is freed."""
    return problem(507, "Insufficient Storage", "The server's disk is full, so nothing of this request was "
                   "stored. Try again once the operator has freed space; reads keep working meanwhile.")


def register_error_handlers(app) -> None:
    """Map domain exceptions and unexpected ones to problem+json answers."""

    @app.errorhandler(NotFound)
    def not_found(exc):
        return problem(404, "Not Found", str(exc))

    @app.errorhandler(InvalidInput)
    def invalid(exc):
        return problem(422, "Unprocessable Entity", str(exc), exc.errors or None)

    @app.errorhandler(TooLarge)
    def too_large(exc):
        return problem(413, "Content Too Large", str(exc))

    @app.errorhandler(StorageFull)
    def storage_full(exc):
        log.error("write refused: %s (%s)", exc, exc.__cause__)
        return insufficient_storage()


    @app.errorhandler(FetchFailed)
    def fetch_failed(exc):
        # `upstream_status`: what the fetched site answered (404, 500, ...), as a problem extension member.
        response = problem(exc.status, exc.title, str(exc), {"url": [str(exc)]})
        if exc.upstream_status is not None:
            body = response.get_json()
            body["upstream_status"] = exc.upstream_status
            response.set_data(json.dumps(body, separators=(",", ":")))
        return response

    @app.errorhandler(Exception)
    def unexpected(exc):
        if isinstance(exc, HTTPException):
            return app.extensions["quotecheck.api"].handle_http_exception(exc)
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            log.error("request failed: the disk is full (%s)", exc)
            return insufficient_storage()
        log.exception("unhandled error")
        return problem(500, "Internal Server Error", "The server could not complete the request.")
