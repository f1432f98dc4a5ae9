"""Support arithmetic: independent sources combine, repeats and copies count once, thresholds decide."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from service.core.evidence import (
    CONFLICTING_SOURCES,
    MIN_EXCERPT_WORDS,
    MIN_PASSAGE_WORDS,
    NO_NAMED_SPEAKER,
    WEAK_EVIDENCE,
    Thresholds,
    combine,
    gather,
    judge,
    outlet_key,
    same_passage,
)
from service.core.models import Evidence, Occurrence, Quote, Source, Speaker, SpeakerSupport
from service.core.text import words

PRYCE = Speaker("Megan Pryce", 1, ["Pryce"])
MAYOR = Speaker("Tomasz Wierzbicki", 2, ["Wierzbicki"])
WORDS = "Every family in this city deserves a bus that comes on time"


def same_person(claimed, name, aliases=()):
    return claimed.lower() in [name.lower(), *(a.lower() for a in aliases)]


def source(n, url=None, outlet=None, title=None, published="2024-03-01"):
    return Source(n, url=url, title=title or f"Story {n} about the buses", outlet=outlet, published=published)


def quote(qid, speaker, *places, text=WORDS, alternatives=()):
    return Quote(text, speaker, id=qid, sources=[Occurrence(s, confidence=c, method=m) for s, c, m in places],
                 alternatives=list(alternatives))


def support_of(evidence, speaker):
    return next(s.support for s in evidence.speakers if s.speaker is not None and s.speaker.name == speaker.name)


def test_two_independent_sources_combine_as_the_chance_one_of_them_is_right():
    assert combine([0.9, 0.9]) == 0.99
    assert combine([0.5]) == 0.5
    assert combine([]) == 0.0


def test_two_outlets_weigh_more_than_one():
    two = quote(1, PRYCE, (source(1, "https://www.bbc.co.uk/a"), 0.9, "named"),
                (source(2, "https://guardian.example/b"), 0.9, "named"))
    evidence = gather(two, [], same_person)
    assert support_of(evidence, PRYCE) == 0.99
    assert (evidence.sources, evidence.outlets) == (2, 2)


def test_one_outlet_repeating_itself_counts_once():
    repeated = quote(1, PRYCE, (source(1, "https://www.bbc.co.uk/a"), 0.9, "named"),
                     (source(2, "https://bbc.co.uk/b", published="2024-03-02"), 0.7, "named"))
    evidence = gather(repeated, [], same_person)
    assert support_of(evidence, PRYCE) == 0.9
    assert (evidence.sources, evidence.outlets) == (2, 1)


def test_syndicated_copies_with_the_same_headline_count_once():
    wire = "Council backs new bus lanes after long debate"
    copies = quote(1, PRYCE, (source(1, "https://a.example/x", title=wire), 0.9, "named"),
                   (source(2, "https://b.example/y", title=wire), 0.9, "named"))
    assert support_of(gather(copies, [], same_person), PRYCE) == 0.9


def test_the_same_outlet_name_without_urls_is_one_outlet():
    assert outlet_key(source(1, outlet="The Harbour Times")) == outlet_key(source(2, outlet="the harbour times"))
    assert outlet_key(source(1, "https://news.bbc.co.uk/x")) == "bbc.co.uk"


def test_a_datasets_probability_counts_once_however_many_pages_it_was_seen_on():
    pages = [(source(n, f"https://site{n}.example/q"), 0.6, "dataset") for n in range(1, 4)]
    evidence = gather(quote(1, PRYCE, *pages, alternatives=[("Tomasz Wierzbicki", 0.3), (None, 0.1)]), [], same_person)
    assert support_of(evidence, PRYCE) == 0.6
    assert support_of(evidence, MAYOR) == 0.3
    nobody = [s for s in evidence.speakers if s.speaker is None]
    assert nobody and nobody[0].support == 0.1


def test_the_same_words_under_another_speaker_or_inside_a_longer_quote_are_one_body_of_evidence():
    mine = quote(1, MAYOR, (source(1, "https://page.example/p"), 0.92, "named"))
    longer = quote(2, PRYCE, (source(2, "https://a.example/x"), 0.97, "surname"),
                   text=WORDS + ", and we will pay for it.")
    unrelated = quote(3, PRYCE, (source(3, "https://b.example/y"), 0.97, "surname"), text="Buses are late")
    evidence = gather(mine, [mine, longer, unrelated], same_person)
    assert {s.speaker.name for s in evidence.speakers} == {"Megan Pryce", "Tomasz Wierzbicki"}
    assert evidence.sources == 2


def test_same_passage_needs_unbroken_words():
    assert same_passage(words("deserves a bus"), words(WORDS))
    assert not same_passage(words("deserves bus"), words(WORDS))


def test_a_word_or_two_quoted_inside_a_longer_passage_is_no_source_of_it():
    nested = quote(2, MAYOR, (source(2, "https://a.example/x"), 0.9, "named"), text="a bus")
    mine = quote(1, None, (source(1, "https://b.example/y"), None, None))
    assert not same_passage(words("a bus"), words(WORDS))
    assert [s.speaker for s in gather(mine, [mine, nested], same_person).speakers] == []


@given(st.integers(0, 11), st.integers(1, 12))
def test_a_fragment_singles_out_a_passage_only_from_three_unbroken_words(start, length):
    passage = words(WORDS)
    fragment = passage[start:start + length]
    assert same_passage(fragment, passage) == (len(fragment) >= min(len(passage), MIN_PASSAGE_WORDS))


LONG = ("What is dangerous about a tweet that says we see you with a video of burning premises that had already "
        "been shared widely")


def test_a_short_phrase_a_longer_quote_quotes_is_no_source_of_it():
    tweet = quote(2, MAYOR, (source(2, "https://a.example/x"), 0.9, "named"), text="we see you")
    question = quote(1, PRYCE, (source(1, "https://a.example/x"), 0.89, "named"), text=LONG)
    evidence = gather(question, [question, tweet], same_person)
    assert [s.speaker.name for s in evidence.speakers] == ["Megan Pryce"]


def test_the_longer_quote_holding_a_short_ones_words_is_a_source_of_them():
    tweet = quote(2, MAYOR, (source(2, "https://a.example/x"), 0.9, "named"), text="we see you")
    question = quote(1, PRYCE, (source(1, "https://b.example/y"), 0.89, "named"), text=LONG)
    evidence = gather(tweet, [question, tweet], same_person)
    assert {s.speaker.name for s in evidence.speakers} == {"Megan Pryce", "Tomasz Wierzbicki"}


@given(st.integers(0, 11), st.integers(1, 12))
def test_a_shorter_quote_inside_the_anchor_is_its_source_only_as_an_excerpt(start, length):
    passage = words(WORDS)
    fragment = passage[start:start + length]
    excerpt = len(fragment) >= MIN_PASSAGE_WORDS and (
        len(fragment) >= MIN_EXCERPT_WORDS or 2 * len(fragment) >= len(passage))
    assert same_passage(passage, fragment) == excerpt


def test_the_earliest_publication_is_the_first_dated_source_of_the_words():
    late = quote(1, MAYOR, (source(1, "https://page.example/p", published="2024-05-01"), 0.92, "named"))
    early = quote(2, PRYCE, (source(2, "https://a.example/x", published="2024-02-11"), 0.92, "named"))
    evidence = gather(late, [early], same_person)
    assert evidence.earliest.published == "2024-02-11" and evidence.earliest.source.id == 2


def test_an_article_quote_with_no_speaker_is_a_publication_but_no_candidate():
    anonymous = quote(1, None, (source(1, "https://a.example/x"), None, None))
    evidence = gather(anonymous, [], same_person)
    assert evidence.sources == 1 and evidence.speakers == []


def candidates(*rows):
    return Evidence(speakers=[SpeakerSupport(None if name is None else Speaker(name, n), support=value)
                              for n, (name, value) in enumerate(rows, 1)])


def claiming(name):
    return lambda speaker: speaker.name == name


def test_strong_support_with_no_substantial_rival_confirms():
    assert judge(candidates(("A", 0.8), ("B", 0.49)), claiming("A"))[0] == "confirmed"


def test_a_strong_rival_and_little_claimed_support_contradicts():
    assert judge(candidates(("A", 0.49), ("B", 0.8)), claiming("A"))[0] == "contradicted"


def test_two_substantial_speakers_are_disputed_whoever_is_claimed():
    evidence = candidates(("A", 0.99), ("B", 0.5))
    for name in ("A", "B"):
        attribution, reasons = judge(evidence, claiming(name))
        assert attribution == "disputed" and CONFLICTING_SOURCES in reasons


def test_a_single_weak_source_can_neither_confirm_nor_contradict():
    assert judge(candidates(("A", 0.79)), claiming("A")) == ("disputed", [WEAK_EVIDENCE])
    assert judge(candidates(("A", 0.79)), claiming("B")) == ("disputed", [WEAK_EVIDENCE])


def test_words_credited_to_nobody_are_disputed_for_any_claim():
    assert judge(candidates((None, 0.9)), claiming("A")) == ("disputed", [NO_NAMED_SPEAKER])


def test_without_a_claim_two_substantial_speakers_are_disputed_else_not_claimed():
    assert judge(candidates(("A", 0.6), ("B", 0.5)), None)[0] == "disputed"
    assert judge(candidates(("A", 0.9), ("B", 0.3)), None) == ("not_claimed", [])


def test_thresholds_are_settings():
    evidence = candidates(("A", 0.7))
    assert judge(evidence, claiming("A"))[0] == "disputed"
    assert judge(evidence, claiming("A"), Thresholds(strong=0.6, substantial=0.4))[0] == "confirmed"


supports = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)


@given(supports, supports, supports)
def test_verified_by_confirmation_needs_strong_claimed_support_and_no_substantial_rival(mine, rival, third):
    attribution, _ = judge(candidates(("A", mine), ("B", rival), ("C", third)), claiming("A"))
    if attribution == "confirmed":
        assert mine >= 0.8 and rival < 0.5 and third < 0.5
    if attribution == "contradicted":
        assert mine < 0.5 and max(rival, third) >= 0.8


@given(supports, supports)
def test_the_verdict_never_leaves_two_substantial_speakers_undisputed(a, b):
    attribution, reasons = judge(candidates(("A", a), ("B", b)), claiming("A"))
    if a >= 0.5 and b >= 0.5:
        assert attribution == "disputed" and CONFLICTING_SOURCES in reasons


@given(st.lists(supports, min_size=1, max_size=6))
def test_support_only_grows_with_another_independent_source(confidences):
    assert combine(confidences + [0.5]) >= combine(confidences)
    assert combine(confidences) >= max(confidences) - 1e-4


def test_an_outlet_named_alike_with_and_without_a_url_is_one_outlet_for_support():
    same = quote(1, PRYCE, (source(1, "https://harbourtimes.example/a", outlet="Harbour Times"), 0.9, "named"),
                 (source(2, outlet="Harbour Times"), 0.9, "record"))
    assert support_of(gather(same, [], same_person), PRYCE) == 0.9


def test_thresholds_out_of_order_are_refused_with_a_clear_message():
    import pytest

    with pytest.raises(ValueError, match="substantial"):
        Thresholds(strong=0.4, substantial=0.6)


def test_an_online_handle_disputes_a_claimed_name_but_never_contradicts_it():
    assert judge(candidates(("Aaron Bushnell", 0.0), ("acebush1", 0.97)), claiming("Aaron Bushnell"))[0] == "disputed"
    assert judge(candidates(("Aaron Bushnell", 0.0), ("Jane Doe", 0.97)), claiming("Aaron Bushnell"))[0] == (
        "contradicted")


@given(handle=st.from_regex(r"[a-z]{3,8}[0-9]{1,4}", fullmatch=True), support=st.floats(0, 1),
       claimed=st.floats(0, 1))
def test_no_support_for_a_handle_makes_a_claim_contradicted(handle, support, claimed):
    assert judge(candidates(("Aaron Bushnell", claimed), (handle, support)), claiming("Aaron Bushnell"))[0] != (
        "contradicted")


def test_a_description_disputes_a_claimed_name_but_never_contradicts_it():
    assert judge(candidates(("Aaron Bushnell", 0.0), ("user", 0.86)), claiming("Aaron Bushnell"))[0] == "disputed"


@given(role=st.sampled_from(["user", "spokesman", "White House spokeswoman", "one former adviser", "officials"]),
       support=st.floats(0, 1), claimed=st.floats(0, 1))
def test_no_support_for_a_description_makes_a_claim_contradicted(role, support, claimed):
    assert judge(candidates(("Jen Psaki", claimed), (role, support)), claiming("Jen Psaki"))[0] != "contradicted"


def partly(claimed):
    from service.core.speakers import part_of_name

    return lambda speaker: part_of_name(claimed, speaker.name)


def test_a_speaker_named_with_part_of_the_claimed_name_disputes_it_but_never_contradicts_it():
    evidence = candidates(("Te Kaurinui Robert Parata", 0.0), ("Te Kaurinui", 0.97))
    attribution, reasons = judge(evidence, claiming("Te Kaurinui Robert Parata"), may_be_claimed=partly(
        "Te Kaurinui Robert Parata"))
    assert (attribution, reasons[0]) == ("disputed", "partial_name")


def test_a_suffix_still_tells_two_people_apart():
    evidence = candidates(("Donald Trump", 0.0), ("Donald Trump Jr.", 0.97))
    assert judge(evidence, claiming("Donald Trump"), may_be_claimed=partly("Donald Trump"))[0] == "contradicted"


_NAME_WORD = st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True)


@given(words=st.lists(_NAME_WORD, min_size=2, max_size=4, unique=True), cut=st.integers(1, 3),
       support=st.floats(0, 1), claimed=st.floats(0, 1), shorter_claimed=st.booleans())
def test_no_support_for_part_of_the_claimed_name_makes_the_claim_contradicted(words, cut, support, claimed,
                                                                              shorter_claimed):
    full, part = " ".join(words), " ".join(words[:min(cut, len(words) - 1)])
    claim, source = (part, full) if shorter_claimed else (full, part)
    evidence = candidates((claim, claimed), (source, support))
    assert judge(evidence, claiming(claim), may_be_claimed=partly(claim))[0] != "contradicted"
