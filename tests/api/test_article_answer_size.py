"""An article answer lists each place a quote stands once: its size grows with the article, not its square."""
from __future__ import annotations

import pytest

from service import create_app

REPEATED = "“We will win this,” Mayor Lena Ortiz said. "


@pytest.fixture
def client(tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "quotecheck.sqlite3"), "SEEDS": "",
                      "RATE_LIMIT": "", "SYNC_INTERVAL": 0.0})
    yield app.test_client()
    app.extensions["quotecheck"].close()


def post_repeated(client, times: int) -> tuple[int, int, dict]:
    """Post an article that repeats one quote; return the sizes of the POST and GET answers and the GET body."""
    posted = client.post("/v1/articles", json={"text": REPEATED * times, "url": f"https://news.example/{times}"})
    assert posted.status_code == 201
    read = client.get(f"/v1/articles/{posted.json['article']['id']}")
    assert read.status_code == 200
    return len(posted.get_data()), len(read.get_data()), read.json


@pytest.mark.parametrize("times", [3, 400])
def test_a_quote_repeated_in_an_article_is_listed_at_every_place_with_one_source(client, times):
    _, _, body = post_repeated(client, times)
    text = body["article"]["text"]
    assert len(body["quotes"]) == times and len({q["id"] for q in body["quotes"]}) == 1
    assert {text[q["start"]:q["end"]] for q in body["quotes"]} == {"We will win this"}
    assert all(q["source_count"] == 1 and len(q["sources"]) == 1 for q in body["quotes"])


def test_ten_times_the_repetitions_give_about_ten_times_the_answer(client):
    small_post, small_get, _ = post_repeated(client, 100)
    large_post, large_get, _ = post_repeated(client, 1000)
    # Quadratic answers grew a hundredfold here; linear ones tenfold (a little less: fixed parts).
    assert large_post / small_post < 12
    assert large_get / small_get < 12


def test_a_quote_held_by_many_sources_lists_a_bounded_number_of_them(client):
    for n in range(15):
        post_repeated(client, n + 1)  # each article is another source of the same words
    _, _, body = post_repeated(client, 20)
    quote = body["quotes"][0]
    assert quote["source_count"] == 16
    assert len(quote["sources"]) == 10
    assert len({s["id"] for s in quote["sources"]}) == 10
