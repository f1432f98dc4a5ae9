"""Reading JSON request bodies safely: every malformed body is a 400, never a crash.

Python's `json` module has three ways to fail on hostile input that are not `JSONDecodeError`:
nesting deeper than the interpreter's recursion limit (RecursionError), an integer of more than
4,300 digits (ValueError), and lone surrogates (`"\\ud800"`), which it accepts but which cannot be
encoded again (UnicodeEncodeError deep in a store or a response). `loads` turns all three into
`JSONDecodeError`, which Flask and webargs answer with 400.
"""
from __future__ import annotations

import json
import re
from typing import Any

from flask.json.provider import DefaultJSONProvider
from webargs import core
from webargs.flaskparser import FlaskParser, abort

MAX_INT_DIGITS = 30  # longer integers are kept as floats (then infinity), so a schema refuses them with 422
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89abcdefABCDEF]")
_DOC = "request body"  # webargs reads an empty `doc` as "no body at all"


def _bounded_int(digits: str) -> int | float:
    """Parse an integer, leaving absurdly long ones as a float that no integer field accepts."""
    return int(digits) if len(digits.lstrip("-")) <= MAX_INT_DIGITS else float(digits)


def _has_lone_surrogate(value: Any) -> bool:
    """Tell whether any string (key or value) in a decoded document holds a lone surrogate."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if not item.isascii():
                try:
                    item.encode("utf-8")
                except UnicodeEncodeError:
                    return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def loads(data: str | bytes | bytearray) -> Any:
    """Decode a request body, raising JSONDecodeError for everything that is not usable JSON text."""
    if isinstance(data, str):
        text, raw = data, b"\\ud800"  # already decoded: its strings are always checked
    else:
        raw = bytes(data)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise json.JSONDecodeError(f"the body is not UTF-8 ({exc.reason})", _DOC, exc.start) from exc
    try:
        value = json.loads(text, parse_int=_bounded_int)
    except RecursionError as exc:
        raise json.JSONDecodeError("the body is nested too deeply", _DOC, 0) from exc
    except json.JSONDecodeError:
        raise
    except ValueError as exc:
        raise json.JSONDecodeError(f"the body holds an unreadable value ({exc})", _DOC, 0) from exc
    # A surrogate only reaches a string through a \u escape; bodies without one are not walked.
    if _SURROGATE_ESCAPE.search(raw) and _has_lone_surrogate(value):
        raise json.JSONDecodeError("a string holds a lone UTF-16 surrogate (\\ud800-\\udfff), which is not text",
                                   _DOC, 0)
    return value


class SafeJSONProvider(DefaultJSONProvider):
    """Flask's JSON provider with `loads` hardened as above (used by `request.get_json`)."""

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        return loads(s)


class SafeParser(FlaskParser):
    """webargs' Flask parser reading bodies with `loads`, and saying why a body was refused."""

    def _raw_load_json(self, req: Any) -> Any:
        if not core.is_json(req.mimetype):
            return core.missing
        return loads(req.get_data(cache=True))

    def _handle_invalid_json_error(self, error: Any, req: Any, *args: Any, **kwargs: Any) -> Any:
        reason = getattr(error, "msg", None) or "not valid JSON"
        abort(400, exc=error, message=f"Invalid JSON body: {reason}.", messages={"json": ["Invalid JSON body."]})
