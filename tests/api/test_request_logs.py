"""One structured log line per request, without the submitted text unless asked for."""
from __future__ import annotations

import json
import logging
import re

from service.logs import REQUEST_LOGGER, format_line

SECRET_QUOTE = "The confidential words under check"


def request_lines(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == REQUEST_LOGGER]


FIELD = re.compile(r'(\w+)=("(?:[^"\\]|\\.)*"|\S*)(?: |$)')


def parse(line: str) -> dict:
    """Read a logfmt line back: bare values as they are, quoted ones as JSON strings."""
    fields, position = {}, 0
    while position < len(line):
        match = FIELD.match(line, position)
        assert match, f"not logfmt at {position}: {line!r}"
        key, value = match.groups()
        fields[key] = json.loads(value) if value.startswith('"') else value
        position = match.end()
    return fields


def test_each_request_logs_one_line_with_method_path_status_latency_and_id(make_client, caplog):
    caplog.set_level(logging.INFO, logger=REQUEST_LOGGER)
    response = make_client().post("/v1/verify", json={"text": SECRET_QUOTE}, headers={"X-Request-Id": "abc-123"})
    [line] = request_lines(caplog)
    fields = parse(line)
    assert fields["method"] == "POST" and fields["path"] == "/v1/verify" and fields["status"] == "200"
    assert float(fields["ms"]) >= 0
    assert fields["request_id"] == "abc-123" == response.headers["X-Request-Id"]


def test_submitted_text_stays_out_of_the_log_by_default(make_client, caplog):
    caplog.set_level(logging.DEBUG)
    client = make_client()
    client.post("/v1/verify", json={"text": SECRET_QUOTE})
    client.post("/v1/verify/batch", json={"items": [{"text": SECRET_QUOTE}]})
    client.get("/v1/quotes", query_string={"q": SECRET_QUOTE})
    assert len(request_lines(caplog)) == 3
    assert "confidential" not in caplog.text


def test_submitted_text_is_logged_when_log_quotes_is_on(make_client, caplog):
    caplog.set_level(logging.INFO, logger=REQUEST_LOGGER)
    make_client(LOG_QUOTES=True).post("/v1/verify", json={"text": SECRET_QUOTE})
    [line] = request_lines(caplog)
    assert parse(line)["text"] == SECRET_QUOTE


def test_errors_and_rate_limited_requests_are_logged_too(make_client, caplog):
    caplog.set_level(logging.INFO, logger=REQUEST_LOGGER)
    client = make_client(RATE_LIMIT="1/minute", RATE_LIMIT_LOOPBACK=True)
    client.get("/v1/quotes/abc")
    client.get("/v1/quotes")
    assert [parse(line)["status"] for line in request_lines(caplog)] == ["404", "429"]


def test_a_crafted_path_cannot_forge_a_second_log_line(make_client, caplog):
    caplog.set_level(logging.INFO, logger=REQUEST_LOGGER)
    make_client().get("/v1/quotes/1%0Amethod=GET%20path=/forged%20status=200")
    [line] = request_lines(caplog)
    assert "\n" not in line
    assert parse(line)["path"] == "/v1/quotes/1\nmethod=GET path=/forged status=200"
    assert parse(line)["status"] == "404"


def test_a_request_id_that_is_not_plain_is_replaced(make_client, caplog):
    caplog.set_level(logging.INFO, logger=REQUEST_LOGGER)
    response = make_client().get("/healthz", headers={"X-Request-Id": "x" * 500})
    assert len(response.headers["X-Request-Id"]) == 16
    assert parse(request_lines(caplog)[0])["request_id"] == response.headers["X-Request-Id"]


def test_log_values_with_spaces_or_quotes_are_json_quoted():
    assert format_line({"a": "plain/value", "b": 'has "quotes" and spaces', "c": None, "ms": 1.25}) == \
        'a=plain/value b="has \\"quotes\\" and spaces" c=- ms=1.2'
