"""Verdict integrity through the HTTP API: the core's rules hold for /v1/verify and the batch, a
passage published in pieces verifies as one, and every answer carries `reasons`."""
from __future__ import annotations

import pytest

ARTICLE = """Allies met in Brussels on Monday to discuss the war.

"We will not be intimidated by threats from anyone," Jens Stoltenberg said.

"Our commitment to the defence of every ally is ironclad," he added.

Hans Kettle, the defence minister, spoke next. "We will never invade our neighbours," Kettle said.

"Inflation fell to 1,5 percent and growth reached 2.4% this year," Kettle said.

"I do not, under any circumstances, support the war," said Maria Ortega, the opposition leader.

"Change will come to this country whether they like it or not," Barack Obama said in a video message.

"Prices have come down a little bit," Naomi Zitt said. "I just feel sad for the people who only bought last year."
"""


@pytest.fixture
def client(empty_client):
    """The API with the article above as its only source."""
    response = empty_client.post("/v1/articles", json={"text": ARTICLE, "title": "Allies meet",
                                                        "url": "https://news.example/allies",
                                                        "published": "2024-03-04"})
    assert response.status_code == 201
    return empty_client


def verify(client, text: str, speaker: str | None = None) -> dict:
    body = {"text": text, **({"speaker": speaker} if speaker else {})}
    response = client.post("/v1/verify", json=body)
    assert response.status_code == 200
    return response.get_json()


@pytest.mark.parametrize("text,speaker,verdict,reason", [
    ("Inflation fell to 15 percent and growth reached 2.4% this year", None, "misquoted", "number_changed"),
    ("Inflation fell to 1,5 percent and growth reached 4.2% this year", None, "misquoted", "number_changed"),
    ("We will … invade our neighbours", None, "misquoted", "omission_changes_meaning"),
    ("I … support the war", None, "misquoted", "omission_changes_meaning"),
    ("“We will,” Kettle said, “invade our neighbours.”", None, "misquoted", "split_claim_skips_words"),
    ("Change will come to this country whether they like it or not", "Osama", "misattributed", "speaker_differs"),
    ("the war", None, "not_found", "too_short"),
    ("the war", "Maria Ortega", "not_found", "too_short"),
])
def test_the_issue_s_hostile_alterations_are_never_verified(client, text, speaker, verdict, reason):
    answer = verify(client, text, speaker)
    assert answer["verdict"] == verdict and reason in answer["reasons"]


@pytest.mark.parametrize("text", [
    "We will never invade our neighbours",
    "We will ne\u200bver invade our neigh\u00adbours",
    "\ufeff“We will never invade our neighbours,” Kettle said.",
    "WE WILL NEVER INVADE OUR NEIGHBOURS",
])
def test_a_genuine_quote_copied_with_invisible_characters_or_in_capitals_is_verified(client, text):
    answer = verify(client, text)
    assert (answer["verdict"], answer["wording"], answer["reasons"]) == ("verified", "exact", [])


@pytest.mark.parametrize("text,wording", [
    ("“We will not be intimidated by threats from anyone. Our commitment to the defence of every ally is "
     "ironclad,” Stoltenberg said.", "exact"),
    ("“We will not be intimidated by threats from anyone,” Jens Stoltenberg said. “Our commitment … is "
     "ironclad.”", "excerpt"),
    ("We will not be intimidated by threats from anyone. Our commitment to the defence", "excerpt"),
])
def test_a_claim_spanning_adjacent_pieces_of_one_speaker_in_one_source_verifies_as_one(client, text, wording):
    answer = verify(client, text)
    assert (answer["verdict"], answer["wording"]) == ("verified", wording)
    assert answer["matches"][0]["quote"]["speaker"]["name"] == "Jens Stoltenberg"
    match = answer["matches"][0]
    assert "".join(d["original"] for d in match["diff"]) == match["quote"]["text"][match["span"]["start"]:
                                                                                 match["span"]["end"]]


@pytest.mark.parametrize("text", ["Prices have come down a little bit",
                                  "I just feel sad for the people who only bought last year"])
def test_one_sentence_of_a_quote_split_around_its_attribution_verifies_as_an_excerpt(client, text):
    answer = verify(client, text, "Naomi Zitt")
    assert (answer["verdict"], answer["wording"], answer["attribution"]) == ("verified", "excerpt", "confirmed")


def test_a_change_inside_a_passage_of_pieces_is_still_misquoted(client):
    answer = verify(client, "We will not be intimidated by threats from anyone. Our commitment to the defence of "
                            "some allies is ironclad")
    assert answer["verdict"] == "misquoted" and "word_changed" in answer["reasons"]


def test_pieces_of_different_speakers_do_not_join(client):
    answer = verify(client, "We will never invade our neighbours. I do not, under any circumstances, support the war")
    assert answer["verdict"] == "misquoted" and "words_added" in answer["reasons"]


def test_every_answer_of_a_batch_carries_its_reasons(client):
    items = [{"text": "We will never invade our neighbours"}, {"text": "We will always invade our neighbours"},
             {"text": "The price of bread in Paris rose sharply"}, {"text": "war"}]
    results = client.post("/v1/verify/batch", json={"items": items}).get_json()["results"]
    assert [(r["verdict"], r["reasons"]) for r in results] == [
        ("verified", []), ("misquoted", ["negation_changed"]), ("not_found", ["no_match"]),
        ("not_found", ["too_short"])]


def test_a_spelling_variant_of_a_full_name_is_learned_as_an_alias_and_confirms(client):
    ids = set()
    for n, name in enumerate(["Antony Blinken", "Anthony Blinken"]):
        text = f'Talks went on. "Diplomacy is the only way forward for all of us number {n}," {name} said.'
        created = client.post("/v1/articles", json={"text": text, "title": "Talks", "published": "2024-03-11",
                                                    "url": f"https://news.example/talks-{n}"})
        assert created.status_code == 201
        ids |= {q["speaker"]["id"] for q in created.get_json()["quotes"]}
    assert len(ids) == 1
    detail = client.get(f"/v1/speakers/{ids.pop()}").get_json()
    assert {"Antony Blinken", "Anthony Blinken"} <= {detail["name"], *detail["aliases"]}
    for claimed, verdict in [("Antony Blinken", "verified"), ("Anthony Blinken", "verified"),
                             ("Blinken", "verified"), ("Blinkin", "misattributed")]:
        answer = verify(client, "Diplomacy is the only way forward for all of us number 1", claimed)
        assert answer["verdict"] == verdict, claimed


@pytest.mark.parametrize("claimed", ["Food and Drug Administration", "FDA"])
def test_a_body_with_and_in_its_name_confirms_its_own_words(empty_client, claimed):
    text = '"The vaccine is safe and effective for every adult we studied," the Food and Drug Administration said.'
    assert empty_client.post("/v1/articles", json={"text": text, "title": "Vaccine"}).status_code == 201
    answer = verify(empty_client, "The vaccine is safe and effective for every adult we studied", claimed)
    assert (answer["verdict"], answer["attribution"]) == ("verified", "confirmed")


def test_a_word_someone_else_is_quoted_saying_is_no_source_of_a_sentence_holding_it(empty_client):
    text = ("Neuroscience tells us that most of the work happens unconsciously, but when does that “a-ha!” moment "
            "occur?\n\nIn Dr. Shadlen’s words, “Could the moment when the brain believes it has accumulated enough "
            "evidence be tied to the person’s awareness of having decided – that important ‘a-ha!’ moment?”\n")
    assert empty_client.post("/v1/articles", json={"text": text, "title": "Brains"}).status_code == 201
    answer = verify(empty_client, "Could the moment when the brain believes it has accumulated enough evidence be "
                                  "tied to the person’s awareness of having decided – that important ‘a-ha!’ moment?",
                    "Michael Shadlen")
    assert answer["verdict"] != "misattributed"


def test_an_office_no_name_was_given_for_does_not_contradict_the_one_who_holds_it(empty_client):
    text = ("Donald Trump visited Ohio on Monday.\n\n“I deeply regret the actions that occurred more than 15 years "
            "ago,” the Governor said in a video.\n")
    assert empty_client.post("/v1/articles", json={"text": text, "title": "Ohio"}).status_code == 201
    answer = verify(empty_client, "I deeply regret the actions that occurred more than 15 years ago", "Mike DeWine")
    assert (answer["verdict"], answer["attribution"]) == ("disputed", "disputed")
