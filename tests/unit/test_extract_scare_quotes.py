"""Quoted words nobody is said to have said — scare quotes and titles of works — are not quotes."""
from __future__ import annotations

from service.core.extract import extract_quotes


def test_scare_quotes_without_attribution_are_not_quotes():
    assert extract_quotes("The so-called “peace dividend” never arrived in the region.") == []


def test_titles_of_shows_are_not_quotes():
    text = "Senator Ann Lee told NBC's “Meet the Press” that the bill would pass."
    assert all("Meet the Press" not in q.text for q in extract_quotes(text))


def test_attributed_fragment_is_a_partial_quote():
    (quote,) = extract_quotes("Maria Lopez called the plan “a reckless gamble” on Monday.")
    assert (quote.kind, quote.speaker) == ("partial", "Maria Lopez")
