"""A rejected quote batch names each bad record by its index in the request, and stores nothing."""
from __future__ import annotations

import pytest

from service import create_app

GOOD = {"text": "We will defend every inch of allied territory.", "speaker": "Jens Stoltenberg"}


@pytest.fixture
def client(tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "quotecheck.sqlite3"), "SEEDS": "",
                      "RATE_LIMIT": "", "SYNC_INTERVAL": 0.0, "MAX_TEXT_LENGTH": 100})
    yield app.test_client()
    app.extensions["quotecheck"].close()


def test_an_over_long_text_after_a_bad_record_is_named_by_its_own_index(client):
    records = [{"speaker": "X"}, GOOD, {**GOOD, "text": "w " * 200}]
    response = client.post("/v1/quotes", json={"quotes": records})
    assert response.status_code == 422
    errors = response.json["errors"]["quotes"]
    assert set(errors) == {"0", "2"}
    assert "text" in errors["2"] and "100" in errors["2"]["text"][0]
    assert client.get("/healthz").json["quotes"] == 0


@pytest.mark.parametrize("bad", [0, 3, 7])
def test_each_bad_record_is_named_by_its_position_among_good_ones(client, bad):
    records = [dict(GOOD, text=f"Quote number {n} of the batch.") for n in range(8)]
    records[bad]["text"] = "x" * 101
    records[5]["speaker"] = "   "
    response = client.post("/v1/quotes", json={"quotes": records})
    assert response.status_code == 422
    errors = response.json["errors"]["quotes"]
    assert set(errors) == {str(bad), "5"}
    assert list(errors[str(bad)]) == ["text"] and list(errors["5"]) == ["speaker"]
