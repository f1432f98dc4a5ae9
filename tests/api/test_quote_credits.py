"""Every source of a quote says whom it credits and how surely: quote pages, ingest answers, exports."""
from __future__ import annotations

from service.core.extraction.confidence import CONFIDENCE

ARTICLE = {
    "title": "Strike talks resume", "url": "https://news.example/strike", "outlet": "Example News",
    "published": "2024-06-01",
    "text": ("Union leader Helen Castellano met the negotiators on Monday.\n\n"
             "The talks resumed at noon, where officials set out a revised offer on pay.\n\n"
             "Mayor Tomasz Wierzbicki had earlier called the offer generous.\n\n"
             "“We will not accept a pay cut dressed up as a reform,” she said.\n\n"
             "“The offer is fair and final,” Wierzbicki said.\n"),
}


def test_an_ingested_article_gives_each_quote_its_extraction_confidence_and_class(empty_client):
    quotes = {q["text"]: q for q in empty_client.post("/v1/articles", json=ARTICLE).get_json()["quotes"]}
    far = quotes["We will not accept a pay cut dressed up as a reform"]
    named = quotes["The offer is fair and final"]
    assert (far["method"], far["confidence"]) == ("pronoun_far", CONFIDENCE["pronoun_far"])  # (the mayor named since)
    assert (named["method"], named["confidence"]) == ("surname", CONFIDENCE["surname"])
    assert far["confidence"] < named["confidence"]


def test_a_quote_lists_every_source_with_whom_it_credits_and_how_surely(empty_client):
    ids = empty_client.post("/v1/articles", json=ARTICLE).get_json()["article"]["quote_ids"]
    record = {"text": "The offer is fair and final", "speaker": "Tomasz Wierzbicki", "confidence": 0.7,
              "source": {"url": "https://wire.example/offer", "outlet": "Wire", "published": "2024-06-02"}}
    empty_client.post("/v1/quotes", json={"quotes": [record]})
    quotes = [empty_client.get(f"/v1/quotes/{i}").get_json() for i in ids]
    offer = next(q for q in quotes if q["text"] == record["text"])
    credits = {s["url"]: (s["speaker"]["name"], s["confidence"], s["method"]) for s in offer["sources"]}
    assert credits == {"https://news.example/strike": ("Tomasz Wierzbicki", CONFIDENCE["surname"], "surname"),
                       "https://wire.example/offer": ("Tomasz Wierzbicki", 0.7, "record")}
