"""The date a quote was said, when the attribution gives one, relative to the article's date."""
from __future__ import annotations

from service.core.extraction import extract_quotes
from service.core.extraction.dates import date_in


def test_month_and_day_in_the_attribution_date_the_quote():
    text = "Anthony Blinken spoke.\nOn January 27, he said: “We are prepared either way.”\n"
    (quote,) = extract_quotes(text, "2022-01-28")
    assert quote.date == "2022-01-27"


def test_weekday_means_the_latest_such_day_before_publication():
    text = "“We are prepared either way,” Anthony Blinken said on Thursday."
    (quote,) = extract_quotes(text, "2022-01-28")  # a Friday
    assert quote.date == "2022-01-27"


def test_no_date_in_the_clause_leaves_the_date_empty():
    (quote,) = extract_quotes("“We are prepared either way,” Anthony Blinken said.", "2022-01-28")
    assert quote.date is None


def test_a_december_date_in_a_january_article_is_the_year_before():
    assert date_in("on December 30, she said", "2022-01-28") == "2021-12-30"


def test_a_date_inside_the_quoted_words_is_not_the_date_said():
    (quote,) = extract_quotes("“We met on March 3,” Anthony Blinken said.", "2022-01-28")
    assert quote.date is None


def test_a_quote_going_on_from_a_dated_one_in_its_paragraph_takes_the_same_date():
    text = "“No contract is perfect,” Shawn Fain told reporters Saturday. “But this one moves us forward.”\n"
    dates = [q.date for q in extract_quotes(text, "2023-11-20", join_split=False)]
    assert dates == ["2023-11-18", "2023-11-18"]


def test_a_weekday_that_names_a_paper_or_a_programme_dates_nothing():
    text = "Writing in the Sunday Telegraph, Kemi Badenoch said the plans were “a betrayal of working people.”"
    (quote,) = extract_quotes(text, "2026-11-20")
    assert quote.date is None
    assert date_in("he told Fox News Sunday", "2026-11-20") is None
    assert date_in("he said on Sunday", "2026-11-20") == "2026-11-15"


def test_last_and_the_weekday_of_publication_is_a_week_before():
    assert date_in("she said last Friday", "2026-11-20") == "2026-11-13"  # a Friday
    assert date_in("she said on Friday", "2026-11-20") == "2026-11-20"
