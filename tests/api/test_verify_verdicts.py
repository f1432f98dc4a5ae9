"""Every verdict of POST /v1/verify on the seed article, table-driven."""
from __future__ import annotations

import pytest

STOLTENBERG = ("We call on Russia once again to immediately de-escalate the situation. NATO firmly believes that "
               "tensions and disagreements must be resolved through dialogue and diplomacy")
DOOR = "The military alliance’s door remains open"

CASES = [
    # (request, verdict, wording, attribution, real speaker)
    ({"text": DOOR}, "verified", "exact", "not_claimed", "Anthony Blinken"),
    ({"text": DOOR, "speaker": "Blinken"}, "verified", "exact", "confirmed", "Anthony Blinken"),
    ({"text": DOOR, "speaker": "Antony Blinken"}, "verified", "exact", "confirmed", "Anthony Blinken"),
    ({"text": DOOR, "speaker": "Secretary Blinken"}, "verified", "exact", "confirmed", "Anthony Blinken"),
    ({"text": "the military alliance's door remains open."}, "verified", "exact", "not_claimed", "Anthony Blinken"),
    ({"text": "to leave no diplomatic stone unturned"}, "verified", "excerpt", "not_claimed", "Anthony Blinken"),
    ({"text": "We call on Russia … to immediately de-escalate the situation"}, "verified", "excerpt", "not_claimed",
     "Jens Stoltenberg"),
    ({"text": "We call on Russia once again to immediately escalate the situation."}, "misquoted", "altered",
     "not_claimed", "Jens Stoltenberg"),
    ({"text": "We call on Russia once again to immediately escalate the situation.", "speaker": "Jens Stoltenberg"},
     "misquoted", "altered", "confirmed", "Jens Stoltenberg"),
    ({"text": "We will read it. Study it. And then we will reject it."}, "misquoted", "altered", "not_claimed",
     "Alexander Grushko"),
    ({"text": STOLTENBERG, "speaker": "Jens"}, "verified", "exact", "confirmed", "Jens Stoltenberg"),
    ({"text": STOLTENBERG, "speaker": "Antony Blinken"}, "misattributed", "exact", "contradicted", "Jens Stoltenberg"),
    ({"text": STOLTENBERG, "speaker": "Antony"}, "misattributed", "exact", "contradicted", "Jens Stoltenberg"),
    ({"text": STOLTENBERG, "speaker": "NATO Secretary-General"}, "verified", "exact", "confirmed", "Jens Stoltenberg"),
    ({"text": STOLTENBERG, "speaker": "Stoltenberg, NATO's secretary-general"}, "verified", "exact", "confirmed",
     "Jens Stoltenberg"),
    ({"text": STOLTENBERG, "speaker": "US Secretary of State"}, "misattributed", "exact", "contradicted",
     "Jens Stoltenberg"),
    ({"text": "We call on Russia once again to immediately escalate the situation.", "speaker": "Blinken"},
     "misattributed", "altered", "contradicted", "Jens Stoltenberg"),
    ({"text": "The price of bread in Paris rose sharply over the summer months"},
     "not_found", None, "not_claimed", None),
    ({"text": "Stoltenberg said NATO will escalate"}, "misquoted", "altered", "confirmed", "Jens Stoltenberg"),
    ({"text": "The price of bread rose sharply", "speaker": "Stoltenberg"}, "not_found", None, None, None),
    ({"text": "&quot;The military alliance&#8217;s door remains open,&quot; Blinken said."}, "verified", "exact",
     "confirmed", "Anthony Blinken"),
    ({"text": "Blinken: “The military alliance’s door remains open” https://t.co/AbC123"}, "verified", "exact",
     "confirmed", "Anthony Blinken"),
]


@pytest.mark.parametrize("body,verdict,wording,attribution,speaker", CASES)
def test_verify_answers_each_verdict_as_the_contract_defines(client, body, verdict, wording, attribution, speaker):
    answer = client.post("/v1/verify", json=body).get_json()
    assert answer["verdict"] == verdict
    assert answer["wording"] == wording
    assert answer["attribution"] == attribution
    if speaker:
        assert answer["matches"][0]["quote"]["speaker"]["name"] == speaker
    else:
        assert answer["matches"] == []


def test_a_one_word_change_is_misquoted_with_the_change_in_the_diff(client):
    answer = client.post("/v1/verify", json={"text": "We call on Russia once again to immediately escalate the "
                                                     "situation."}).get_json()
    changes = [d for d in answer["matches"][0]["diff"] if d["op"] != "equal"]
    assert [(d["op"], d["original"].strip(), d["submitted"].strip()) for d in changes] == [
        ("replace", "de-escalate", "escalate")]


def test_diff_originals_rebuild_the_aligned_span(client):
    text = "we call on russia to immediately escalate the situation"
    answer = client.post("/v1/verify", json={"text": text}).get_json()
    match = answer["matches"][0]
    text = match["quote"]["text"]
    assert "".join(d["original"] for d in match["diff"]) == text[match["span"]["start"]:match["span"]["end"]]


def test_words_added_around_a_quote_without_quotation_marks_are_inserts(client):
    text = "We will read it. Study it. And then we will reject it."
    answer = client.post("/v1/verify", json={"text": text}).get_json()
    inserts = [d["submitted"] for d in answer["matches"][0]["diff"] if d["op"] == "insert"]
    assert inserts == ["And then we will reject it"]


def test_with_quotation_marks_only_the_quoted_words_are_the_claim(client):
    text = f"Speaking in Brussels on Thursday, the alliance chief told reporters: “{STOLTENBERG}.” Then he left."
    answer = client.post("/v1/verify", json={"text": text}).get_json()
    assert answer["verdict"] == "verified"
    assert answer["matches"][0]["quote"]["speaker"]["name"] == "Jens Stoltenberg"


def test_an_attribution_in_the_text_is_the_claimed_speaker(client):
    answer = client.post("/v1/verify", json={"text": f"“{DOOR},” Blinken said."}).get_json()
    assert (answer["verdict"], answer["claimed_speaker"], answer["claim_from"]) == ("verified", "Blinken", "text")
    wrong = client.post("/v1/verify", json={"text": f"Stoltenberg: “{DOOR}”"}).get_json()
    assert (wrong["verdict"], wrong["claim_from"]) == ("misattributed", "text")


def test_a_speaker_named_in_the_request_wins_over_the_text(client):
    answer = client.post("/v1/verify", json={"text": f"“{DOOR},” Stoltenberg said.", "speaker": "Blinken"}).get_json()
    assert (answer["verdict"], answer["claimed_speaker"], answer["claim_from"]) == ("verified", "Blinken", "request")


@pytest.mark.parametrize("date,check", [("2022-01-28", "consistent"), ("2022-02-03", "consistent"),
                                         ("2021-06-01", "inconsistent")])
def test_a_claimed_date_is_checked_within_a_week(client, date, check):
    answer = client.post("/v1/verify", json={"text": DOOR, "date": date}).get_json()
    assert answer["date_check"] == check
    if check == "inconsistent":
        assert answer["real_date"] == "2022-01-28"


def test_a_matched_quote_carries_its_source_and_context(client):
    quote = client.post("/v1/verify", json={"text": DOOR}).get_json()["matches"][0]["quote"]
    source = quote["sources"][0]
    assert source["title"] == "US and NATO Respond to Russian Demands Over Ukraine"
    assert source["published"] == "2022-01-28" and source["author"] == "Natalia Kochiashvili"
    assert DOOR in quote["context"]


def test_batch_verify_answers_in_order(client):
    items = [{"text": DOOR}, {"text": "The price of bread in Paris rose sharply"}, {"text": STOLTENBERG}]
    results = client.post("/v1/verify/batch", json={"items": items}).get_json()["results"]
    assert [r["verdict"] for r in results] == ["verified", "not_found", "verified"]


def test_a_two_word_verbatim_excerpt_is_too_short_to_single_out_its_quote(client):
    answer = client.post("/v1/verify", json={"text": "Study it.", "speaker": "Grushko"}).get_json()
    assert (answer["verdict"], answer["wording"], answer["reasons"]) == ("not_found", None, ["too_short"])
