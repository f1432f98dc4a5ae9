"""Generated requests for every operation in /openapi.json: no 5xx, no answer that breaks the schema.

Schemathesis reads the API's own OpenAPI document and sends valid and invalid requests to the WSGI
app in process. The examples per operation are capped so the whole run stays well under a minute.
"""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.generation.modes import GenerationMode
from schemathesis.specs.openapi import checks as openapi_checks

from service import create_app

KEY = "k-fuzz-90b1"
AUTH = {"Authorization": f"Bearer {KEY}"}

# What every answer must satisfy, whatever was sent.
CHECKS = [
    schemathesis.checks.not_a_server_error,
    openapi_checks.status_code_conformance,
    openapi_checks.content_type_conformance,
    openapi_checks.response_schema_conformance,
    openapi_checks.response_headers_conformance,
    openapi_checks.negative_data_rejection,
]


@pytest.fixture
def fuzz_app(tmp_path):
    """The seeded app with write keys, small bounds so oversize inputs are hit, and no rate limit."""
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "quotecheck.sqlite3"),
                      "RATE_LIMIT": "", "SYNC_INTERVAL": 0.0, "API_KEYS": [KEY],
                      "MAX_TEXT_LENGTH": 2000, "MAX_BATCH": 10, "MAX_QUOTE_BATCH": 20})
    yield app
    app.extensions["quotecheck"].close()


@pytest.fixture
def api_schema(fuzz_app):
    """The app's OpenAPI document, loaded through the app itself."""
    return schemathesis.openapi.from_wsgi("/openapi.json", fuzz_app)


# Every operation of the document (a test below checks the list is complete), fuzzed one by one.
OPERATIONS = [
    ("POST", "/v1/verify"), ("POST", "/v1/verify/batch"),
    ("POST", "/v1/checks"), ("GET", "/v1/checks/{check_id}"),
    ("POST", "/v1/articles"), ("GET", "/v1/articles/{article_id}"), ("DELETE", "/v1/articles/{article_id}"),
    ("GET", "/v1/quotes"), ("POST", "/v1/quotes"), ("GET", "/v1/quotes/{quote_id}"),
    ("DELETE", "/v1/quotes/{quote_id}"),
    ("GET", "/v1/speakers"), ("GET", "/v1/speakers/{speaker_id}"),
    ("GET", "/healthz"),
]
FUZZ_SETTINGS = settings(max_examples=25, deadline=None, derandomize=True, database=None,
                         suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                                HealthCheck.data_too_large])


def fuzz(operation, mode: GenerationMode, headers: dict | None) -> None:
    """Send the operation's generated requests and check every answer."""

    @FUZZ_SETTINGS
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case):
        case.call_and_validate(headers=headers, checks=CHECKS)

    run()


def test_the_fuzzed_operations_are_every_operation_in_the_document(api_schema):
    documented = {(op.ok().method.upper(), op.ok().path) for op in api_schema.get_all_operations()}
    assert documented == set(OPERATIONS)


@pytest.mark.parametrize("method, path", OPERATIONS)
def test_valid_requests_get_no_server_error_and_schema_conforming_answers(api_schema, method, path):
    fuzz(api_schema[path][method], GenerationMode.POSITIVE, AUTH)


# Operations with a body or query to get wrong (any string is a valid path id: it just names nothing).
WITH_INPUT = [op for op in OPERATIONS if op[0] == "POST" or op[1] in ("/v1/quotes", "/v1/speakers")]


@pytest.mark.parametrize("method, path", WITH_INPUT)
def test_invalid_requests_are_refused_with_a_schema_conforming_4xx(api_schema, method, path):
    fuzz(api_schema[path][method], GenerationMode.NEGATIVE, AUTH)


@pytest.mark.parametrize("method, path", [op for op in OPERATIONS if op[0] != "GET"])
def test_requests_without_a_key_get_no_server_error(api_schema, method, path):
    fuzz(api_schema[path][method], GenerationMode.POSITIVE, None)
