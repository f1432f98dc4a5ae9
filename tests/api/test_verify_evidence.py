"""POST /v1/verify weighs every source of the matched words: each verdict path of evidence and support."""
from __future__ import annotations

import json

import pytest

from service.core.extraction.confidence import CONFIDENCE, NAMED
from service.ingest import read_quotebank

BUS = "Every family in this city deserves a bus that comes on time"


def article(n, outlet, speaker_line, published, title=None):
    """An article of its own outlet whose one quote is the bus line, credited as `speaker_line` says."""
    return {"title": title or f"{outlet} on the bus plan ({n})", "url": f"https://{outlet}.example/bus-{n}",
            "outlet": outlet.title(), "published": published,
            "text": speaker_line + f"\nThe {outlet} newsroom filed this report on {published}.\n"}


PRYCE_NAMED = ("Council backs new bus lanes\n\nCouncillor Megan Pryce defended the plan at Tuesday's meeting. "
               f"“{BUS},” Councillor Megan Pryce said.\n")
MAYOR_NAMED = f"Mayor speaks on transit\n\nMayor Tomasz Wierzbicki opened the session.\n“{BUS},” Wierzbicki said.\n"
STRIKE = "We will not accept a pay cut dressed up as a reform"
CASTELLANO_FAR = ("Strike talks resume\n\nUnion leader Helen Castellano met the negotiators on Monday morning and left "
                  "without comment.\n\nThe talks resumed at noon in the council building, where officials set out a "
                  "revised offer on pay.\n\nMayor Tomasz Wierzbicki had earlier called the offer generous.\n\n"
                  f"Later the talks broke up.\n\n“{STRIKE},” she said.\n")
CASTELLANO_ALONE = ("Strike talks resume\n\nUnion leader Helen Castellano met the negotiators on Monday morning and "
                    "left without comment.\n\nThe talks resumed at noon in the council building, where officials set "
                    f"out a revised offer on pay.\n\nLater the talks broke up.\n\n“{STRIKE},” she said.\n")
WIERZBICKI_NAMED = f"Mayor on the strike\n\nMayor Tomasz Wierzbicki spoke to reporters.\n“{STRIKE},” Wierzbicki said.\n"


def post_articles(client, *articles):
    for body in articles:
        assert client.post("/v1/articles", json=body).status_code == 201


def verify(client, text, speaker=None):
    body = {"text": text, **({"speaker": speaker} if speaker else {})}
    response = client.post("/v1/verify", json=body)
    assert response.status_code == 200
    return response.get_json()


def candidates(answer):
    return {c["speaker"]["name"] if c["speaker"] else None: c for c in answer["matches"][0]["evidence"]["speakers"]}


def test_two_earlier_outlets_against_one_page_make_the_words_disputed_whoever_is_claimed(empty_client):
    post_articles(empty_client, article(1, "harbourtimes", PRYCE_NAMED, "2024-03-01"),
                  article(2, "citypost", PRYCE_NAMED, "2024-03-02"),
                  article(3, "mayorblog", MAYOR_NAMED, "2024-04-20"))
    for claimed in ("Tomasz Wierzbicki", "Megan Pryce"):
        answer = verify(empty_client, BUS, claimed)
        assert (answer["verdict"], answer["attribution"]) == ("disputed", "disputed")
        assert "conflicting_sources" in answer["reasons"]
    found = candidates(answer)
    assert set(found) == {"Megan Pryce", "Tomasz Wierzbicki"}
    assert (found["Megan Pryce"]["outlets"], found["Tomasz Wierzbicki"]["outlets"]) == (2, 1)
    assert found["Megan Pryce"]["support"] > found["Tomasz Wierzbicki"]["support"] >= 0.5
    assert found["Megan Pryce"]["earliest"] == "2024-03-01"
    evidence = answer["matches"][0]["evidence"]
    assert (evidence["sources"], evidence["outlets"]) == (3, 3)
    assert evidence["earliest"]["published"] == "2024-03-01"
    assert evidence["earliest"]["url"] == "https://harbourtimes.example/bus-1"


def test_without_a_claim_two_substantial_speakers_make_the_verdict_disputed(empty_client):
    post_articles(empty_client, article(1, "harbourtimes", PRYCE_NAMED, "2024-03-01"),
                  article(3, "mayorblog", MAYOR_NAMED, "2024-04-20"))
    answer = verify(empty_client, BUS)
    assert (answer["verdict"], answer["attribution"]) == ("disputed", "disputed")


def test_three_agreeing_outlets_confirm_their_speaker_and_contradict_another_claim(empty_client):
    post_articles(empty_client, *(article(n, outlet, PRYCE_NAMED, f"2024-03-0{n}")
                                  for n, outlet in enumerate(("harbourtimes", "citypost", "valleynews"), 1)))
    right = verify(empty_client, BUS, "Megan Pryce")
    assert (right["verdict"], right["attribution"]) == ("verified", "confirmed")
    assert candidates(right)["Megan Pryce"]["support"] > 0.99
    wrong = verify(empty_client, BUS, "Tomasz Wierzbicki")
    assert (wrong["verdict"], wrong["attribution"]) == ("misattributed", "contradicted")
    assert wrong["matches"][0]["quote"]["speaker"]["name"] == "Megan Pryce"


def test_one_outlet_repeating_itself_is_one_source_of_support(empty_client):
    post_articles(empty_client, article(1, "harbourtimes", PRYCE_NAMED, "2024-03-01"),
                  article(2, "harbourtimes", PRYCE_NAMED, "2024-03-08"))
    found = candidates(verify(empty_client, BUS, "Megan Pryce"))["Megan Pryce"]
    # (One outlet counts once: the support is one named attribution's confidence.)
    assert (found["sources"], found["outlets"], found["support"]) == (2, 1, CONFIDENCE[NAMED])


def quotebank_line(probas, speaker):
    return json.dumps({"quoteID": "2020-01-01-000001", "quotation": "the harbour will be dredged before winter comes",
                       "speaker": speaker, "qids": [], "date": "2020-01-01 00:00:00", "numOccurrences": 2,
                       "probas": probas, "urls": ["https://a.example/1", "https://b.example/2"], "phase": "E"})


def import_quotebank(app, tmp_path, line):
    path = tmp_path / "quotes-2020.json"
    path.write_text(line + "\n", encoding="utf-8")
    app.extensions["quotecheck"].add_quotes(list(read_quotebank(path)))


def test_quotebank_probabilities_close_together_are_disputed(empty_app, tmp_path):
    import_quotebank(empty_app, tmp_path, quotebank_line([["Ana Lopes", "0.48"], ["Rui Costa", "0.42"],
                                                          ["None", "0.1"]], "Ana Lopes"))
    answer = verify(empty_app.test_client(), "the harbour will be dredged before winter comes", "Ana Lopes")
    assert (answer["verdict"], answer["attribution"]) == ("disputed", "disputed")
    assert "weak_evidence" in answer["reasons"]
    found = candidates(answer)
    assert (found["Ana Lopes"]["support"], found["Rui Costa"]["support"], found[None]["support"]) == (0.48, 0.42, 0.1)
    assert found["Ana Lopes"]["outlets"] == 2  # seen on two sites, one judgment of the dataset


def test_quotebank_probabilities_far_apart_confirm_the_first_and_contradict_the_runner_up(empty_app, tmp_path):
    import_quotebank(empty_app, tmp_path, quotebank_line([["Ana Lopes", "0.91"], ["Rui Costa", "0.06"]], "Ana Lopes"))
    client = empty_app.test_client()
    right = verify(client, "the harbour will be dredged before winter comes", "Ana Lopes")
    assert (right["verdict"], right["attribution"]) == ("verified", "confirmed")
    wrong = verify(client, "the harbour will be dredged before winter comes", "Rui Costa")
    assert (wrong["verdict"], wrong["attribution"]) == ("misattributed", "contradicted")


def test_a_low_confidence_record_alone_neither_confirms_nor_contradicts(empty_client):
    record = {"text": "The ferry fares will be frozen for two more years", "speaker": "Ines Duarte",
              "confidence": 0.4, "source": {"url": "https://notes.example/ferry", "published": "2023-01-05"}}
    assert empty_client.post("/v1/quotes", json={"quotes": [record]}).status_code == 201
    for claimed in ("Ines Duarte", "Rui Costa"):
        answer = verify(empty_client, record["text"], claimed)
        assert (answer["verdict"], answer["attribution"]) == ("disputed", "disputed")
        assert answer["reasons"] == ["weak_evidence"]
    source = verify(empty_client, record["text"])["matches"][0]["quote"]["sources"][0]
    assert (source["speaker"]["name"], source["confidence"]) == ("Ines Duarte", 0.4)


def test_a_posted_record_without_confidence_counts_as_certain(empty_client):
    record = {"text": "The ferry fares will be frozen for two more years", "speaker": "Ines Duarte"}
    empty_client.post("/v1/quotes", json={"quotes": [record]})
    answer = verify(empty_client, record["text"], "Ines Duarte")
    assert (answer["verdict"], answer["attribution"], answer["reasons"]) == ("verified", "confirmed", [])


@pytest.mark.parametrize("confidence", [1.5, -0.1, "sure"])
def test_a_confidence_outside_zero_to_one_is_refused(empty_client, confidence):
    record = {"text": "The ferry fares will be frozen", "speaker": "Ines Duarte", "confidence": confidence}
    response = empty_client.post("/v1/quotes", json={"quotes": [record]})
    assert response.status_code == 422 and "confidence" in response.get_json()["errors"]["quotes"]["0"]


def test_a_lone_pronoun_across_paragraphs_cannot_make_a_claim_misattributed(empty_client):
    post_articles(empty_client, article(1, "harbourtimes", CASTELLANO_FAR, "2024-06-01"))
    answer = verify(empty_client, STRIKE, "Tomasz Wierzbicki")
    assert (answer["verdict"], answer["attribution"], answer["reasons"]) == ("disputed", "disputed", ["weak_evidence"])
    source = answer["matches"][0]["quote"]["sources"][0]
    assert source["method"] == "pronoun_far" and source["confidence"] < 0.8


def test_a_named_extraction_against_a_pronoun_with_nobody_else_named_since_is_disputed(empty_client):
    post_articles(empty_client, article(1, "harbourtimes", CASTELLANO_ALONE, "2024-06-01"),
                  article(2, "citypost", WIERZBICKI_NAMED, "2024-06-02"))
    for claimed in ("Tomasz Wierzbicki", "Helen Castellano"):
        answer = verify(empty_client, STRIKE, claimed)
        assert (answer["verdict"], answer["attribution"]) == ("disputed", "disputed")
        assert "conflicting_sources" in answer["reasons"]
    found = candidates(answer)
    assert found["Tomasz Wierzbicki"]["support"] > found["Helen Castellano"]["support"]


def test_a_pronoun_with_someone_else_named_since_cannot_stand_against_a_named_extraction(empty_client):
    post_articles(empty_client, article(1, "harbourtimes", CASTELLANO_FAR, "2024-06-01"),
                  article(2, "citypost", WIERZBICKI_NAMED, "2024-06-02"))
    answer = verify(empty_client, STRIKE, "Tomasz Wierzbicki")
    assert (answer["verdict"], answer["attribution"]) == ("verified", "confirmed")
    found = candidates(answer)
    assert found["Helen Castellano"]["support"] < 0.5 <= found["Tomasz Wierzbicki"]["support"]


ORIGINAL = "We will never close the harbour to fishing boats"
MISQUOTE = "We will close the harbour to fishing boats"


def test_a_misquote_the_index_holds_is_judged_against_the_earlier_wider_original(empty_client):
    original = f"Harbour plan\n\nMayor Lena Ortiz spoke on Monday.\n“{ORIGINAL},” Ortiz said.\n"
    copy = f"Harbour shock\n\nMayor Lena Ortiz spoke on Monday.\n“{MISQUOTE},” Ortiz said.\n"
    post_articles(empty_client, article(1, "harbourtimes", original, "2021-05-03"),
                  article(2, "citypost", original, "2021-05-04"),
                  article(3, "rumourmill", copy, "2022-09-12"))
    answer = verify(empty_client, MISQUOTE, "Lena Ortiz")
    assert (answer["verdict"], answer["wording"]) == ("misquoted", "altered")
    assert answer["matches"][0]["quote"]["text"] == ORIGINAL
    assert answer["circulating"]["since"] == "2022-09-12"
    assert answer["circulating"]["text"] == MISQUOTE
    assert answer["circulating"]["earliest"]["url"] == "https://rumourmill.example/bus-3"
    assert "misquote_circulating" in answer["reasons"]


def test_a_different_wording_no_earlier_or_wider_stands_as_said(empty_client):
    first = f"Harbour plan\n\nMayor Lena Ortiz spoke on Monday.\n“{ORIGINAL},” Ortiz said.\n"
    later = f"Harbour u-turn\n\nMayor Lena Ortiz spoke on Friday.\n“{MISQUOTE},” Ortiz said.\n"
    post_articles(empty_client, article(1, "harbourtimes", first, "2021-05-03"),
                  article(2, "citypost", later, "2022-09-12"))
    answer = verify(empty_client, MISQUOTE, "Lena Ortiz")
    assert (answer["verdict"], answer["wording"], answer["circulating"]) == ("verified", "exact", None)
    assert "earlier_variant" in answer["reasons"]  # which came first is said, not decided
    assert "earlier_variant" not in verify(empty_client, ORIGINAL, "Lena Ortiz")["reasons"]


def test_a_misattribution_names_the_real_speaker_first_even_with_one_match_asked(empty_client):
    post_articles(empty_client, *(article(n, outlet, PRYCE_NAMED, f"2024-03-0{n}")
                                  for n, outlet in enumerate(("harbourtimes", "citypost"), 1)))
    weak = {"text": BUS, "speaker": "Tomasz Wierzbicki", "confidence": 0.2}
    assert empty_client.post("/v1/quotes", json={"quotes": [weak]}).status_code == 201
    answer = empty_client.post("/v1/verify", json={"text": BUS, "speaker": "Tomasz Wierzbicki", "limit": 1}).get_json()
    assert (answer["verdict"], answer["attribution"]) == ("misattributed", "contradicted")
    assert [m["quote"]["speaker"]["name"] for m in answer["matches"]] == ["Megan Pryce"]


def test_a_posted_record_may_carry_a_datasets_probabilities(empty_client):
    record = {"text": "The harbour will be dredged before winter comes", "speaker": "Ana Lopes", "confidence": 0.55,
              "alternatives": [{"name": "Rui Costa", "probability": 0.4}, {"name": None, "probability": 0.05}],
              "source": {"url": "https://a.example/1", "published": "2020-01-01"}}
    assert empty_client.post("/v1/quotes", json={"quotes": [record]}).status_code == 201
    answer = verify(empty_client, record["text"], "Ana Lopes")
    assert (answer["verdict"], answer["reasons"]) == ("disputed", ["weak_evidence"])
    found = candidates(answer)
    assert (found["Ana Lopes"]["support"], found["Rui Costa"]["support"], found[None]["support"]) == (0.55, 0.4, 0.05)
    bad = dict(record, alternatives=[{"name": "Rui Costa", "probability": 2}])
    assert empty_client.post("/v1/quotes", json={"quotes": [bad]}).status_code == 422


def test_the_support_thresholds_are_settings(make_client):
    record = {"text": "The ferry fares will be frozen for two more years", "speaker": "Ines Duarte", "confidence": 0.6}
    default, lenient = make_client(), make_client(SUPPORT_STRONG=0.6, SUPPORT_SUBSTANTIAL=0.3)
    for client in (default, lenient):
        client.post("/v1/quotes", json={"quotes": [record]})
    assert verify(default, record["text"], "Ines Duarte")["attribution"] == "disputed"
    assert verify(lenient, record["text"], "Ines Duarte")["attribution"] == "confirmed"


def test_the_support_thresholds_come_from_the_environment():
    from service.config import from_environment

    settings = from_environment({"QUOTECHECK_SUPPORT_STRONG": "0.9", "QUOTECHECK_SUPPORT_SUBSTANTIAL": "0.4"})
    assert (settings["SUPPORT_STRONG"], settings["SUPPORT_SUBSTANTIAL"]) == (0.9, 0.4)


QUESTION = ("What is dangerous about a tweet that says ‘we see you’ with a video of burning premises, which had "
            "already happened and had been shared widely on social media?")
TRIAL = ("Lawyer questions police witness\n\nDuduzile Zuma-Sambudla posted a video of a burning mall in July, with the "
         "words “we see you” and, a day later, “I see you”.\n\nAdvocate Dali Mpofu cross-examined the officer on "
         f"Monday.\n\n“{QUESTION}” Mpofu asked.\n")


def test_a_phrase_a_longer_quote_quotes_stands_neither_for_nor_against_its_speaker(empty_client):
    post_articles(empty_client, {"title": "Trial", "url": "https://court.example/trial", "text": TRIAL})
    answer = verify(empty_client, QUESTION, "Dali Mpofu")
    assert (answer["verdict"], answer["attribution"]) == ("verified", "confirmed")
    assert [s["speaker"]["name"] for s in answer["matches"][0]["evidence"]["speakers"]] == ["Dali Mpofu"]


def test_the_longer_quote_holding_a_phrase_stands_against_another_claim_of_the_phrase(empty_client):
    post_articles(empty_client, {"title": "Trial", "url": "https://court.example/trial", "text": TRIAL})
    answer = verify(empty_client, "a tweet that says ‘we see you’ with a video", "Duduzile Zuma-Sambudla")
    assert answer["verdict"] != "verified"
