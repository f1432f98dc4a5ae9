"""Who may write: holders of a bearer key when keys are configured; otherwise only this machine.

Reads (every GET, and POST /v1/verify and /v1/verify/batch) are open to anyone. Writes (POST
/v1/articles, POST /v1/quotes and the DELETEs) go through `require_write_access`:

- with `API_KEYS` set, the request needs `Authorization: Bearer <key>` (401 otherwise);
- without keys, the server must listen on loopback, and the request must come from loopback and
  name a loopback host; the last rule stops a web page that rebinds its own domain to 127.0.0.1
  from writing to a keyless server on the reader's machine;
- a browser request from another origin is refused unless `CORS_WRITE_ORIGINS` names it.
"""
from __future__ import annotations

import functools
import hmac
from dataclasses import dataclass

from flask import current_app, request

from ..config import is_loopback
from .errors import problem

# POSTs open like reads: verifying stores nothing; a stored check keeps only a verify answer (rate-limited).
READ_POSTS = ("/v1/verify", "/v1/verify/batch", "/v1/checks")
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
# Headers a proxy adds when it relays a request; a keyless server takes writes from this machine only.
FORWARDING_HEADERS = ("Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Real-IP")
SECURITY_SCHEME = "bearerAuth"
REALM = "quotecheck"


@dataclass(frozen=True)
class Refusal:
    """Why a write was refused: the HTTP status and the problem detail."""

    status: int
    detail: str
    error: str | None = None  # RFC 6750 error code for the WWW-Authenticate header


def is_write(method: str, path: str) -> bool:
    """Tell whether a request changes stored data (and so needs write access)."""
    if method.upper() in SAFE_METHODS:
        return False
    return path.rstrip("/") not in READ_POSTS


def host_name(host: str) -> str:
    """The host name of a Host header value, without its port ("[::1]:8000" -> "::1")."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].partition("]")[0]
    if host.count(":") == 1:
        return host.partition(":")[0]
    return host


def origin_host(origin: str) -> str:
    """The host of an Origin header value ("http://127.0.0.1:8000" -> "127.0.0.1"); "" if it has none."""
    _, separator, rest = origin.partition("://")
    return host_name(rest.partition("/")[0]) if separator else ""


def key_matches(token: str, keys: list[str]) -> bool:
    """Tell whether the token is one of the keys, comparing in constant time."""
    supplied = token.encode("utf-8", "surrogatepass")
    found = False
    for key in keys:
        # Every key is compared in full, whatever the outcome, so timing reveals neither which key
        # nor how much of one matched.
        found |= hmac.compare_digest(supplied, key.encode("utf-8"))
    return found


def own_origin() -> str:
    """The origin this request was addressed to, as a browser would write it."""
    return f"{request.scheme}://{request.host}".lower()


def write_origin_allowed(origin: str) -> bool:
    """Tell whether CORS_WRITE_ORIGINS lists this browser origin."""
    allowed = {o.rstrip("/").lower() for o in current_app.config["CORS_WRITE_ORIGINS"]}
    return origin.rstrip("/").lower() in allowed


def origin_refusal() -> Refusal | None:
    """Refuse a browser write from a foreign origin that is not listed in CORS_WRITE_ORIGINS."""
    origin = request.headers.get("Origin")
    if not origin or origin.lower() == own_origin() or write_origin_allowed(origin):
        return None
    return Refusal(403, f"Writes from the origin {origin} are not allowed; "
                        "list it in QUOTECHECK_CORS_WRITE_ORIGINS to allow them.")


def write_refusal() -> Refusal | None:
    """Decide whether this request may write; None when it may, else why not."""
    keys = current_app.config["API_KEYS"]
    if keys:
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return Refusal(401, "Writes need an 'Authorization: Bearer <key>' header.")
        if not key_matches(token.strip(), keys):
            return Refusal(401, "The bearer key is not valid.", error="invalid_token")
    else:
        if not is_loopback(current_app.config["HOST"]):
            return Refusal(403, "This server listens on a public address and has no write keys "
                                "(QUOTECHECK_API_KEYS); writes are refused.")
        if not is_loopback(request.remote_addr or "") or not is_loopback(host_name(request.host)):
            return Refusal(403, "Without write keys (QUOTECHECK_API_KEYS) only requests from this "
                                "machine to a loopback address may write.")
        if any(name in request.headers for name in FORWARDING_HEADERS):
            # A proxy on this machine relays other machines' requests: without keys, refuse them all.
            return Refusal(403, "Without write keys (QUOTECHECK_API_KEYS) a forwarded request may not write.")
        origin = request.headers.get("Origin")
        if origin and not is_loopback(origin_host(origin)) and not write_origin_allowed(origin):
            return Refusal(403, f"Without write keys (QUOTECHECK_API_KEYS) a page from {origin} may not write.")
    return origin_refusal()


def refusal_response(refusal: Refusal):
    """The problem+json answer to a refused write (401 carries a WWW-Authenticate challenge)."""
    if refusal.status == 401:
        challenge = f'Bearer realm="{REALM}"' + (f', error="{refusal.error}"' if refusal.error else "")
        return problem(401, "Unauthorized", refusal.detail, headers={"WWW-Authenticate": challenge})
    return problem(refusal.status, "Forbidden", refusal.detail)


def require_write_access(view):
    """Answer 401/403 problem+json instead of running the wrapped write endpoint, unless allowed.

    The check runs before the body is read, so an unauthorised caller learns nothing about
    validation. The OpenAPI document marks the operation as needing the bearer key.
    """

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        refusal = write_refusal()
        if refusal is not None:
            return refusal_response(refusal)
        return view(*args, **kwargs)

    doc = dict(getattr(wrapper, "_apidoc", {}))
    manual = dict(doc.get("manual_doc", {}))
    manual["security"] = [{SECURITY_SCHEME: []}]
    responses = dict(manual.get("responses", {}))
    responses["401"] = _problem_response("The bearer key is missing or not valid.")
    responses["403"] = _problem_response("Writes are refused from here (no keys on a public address, "
                                         "or a foreign origin).")
    manual["responses"] = responses
    doc["manual_doc"] = manual
    wrapper._apidoc = doc  # type: ignore[attr-defined]  # flask-smorest reads a view's docs from this attribute
    return wrapper


def _problem_response(description: str) -> dict:
    """An OpenAPI response object whose body is a problem+json document."""
    return {"description": description,
            "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}


def document_security(api) -> None:
    """Register the bearer scheme and the problem+json schema in the API's OpenAPI document."""
    from .errors import ProblemSchema

    components = api.spec.components
    if SECURITY_SCHEME not in components.security_schemes:
        components.security_scheme(SECURITY_SCHEME, {"type": "http", "scheme": "bearer",
                                                     "description": "A key from QUOTECHECK_API_KEYS."})
    if "Problem" not in components.schemas:
        components.schema("Problem", schema=ProblemSchema)
