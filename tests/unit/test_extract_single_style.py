"""Articles that quote with single marks (British style) read as double-quoted ones do."""
from __future__ import annotations

import pytest

from service.core.extraction import extract_quotes
from service.core.extraction.marks import single_style_as_double

BRITISH = ("Boris Johnson has defended his handling of the crisis.\n"
           "‘I take full responsibility for what happened,’ said the former prime minister, speaking on Friday.\n"
           "‘But I will not apologise for getting Brexit done. The country needed it.\n"
           "‘Nobody else was going to do it.’\n"
           "Rishi Sunak, the chancellor, told the BBC: ‘We will look at every option.’\n"
           "Sir Keir Starmer called the claim ‘nonsense’. He added: ‘Families said “enough” and they meant it.’\n")


def test_single_marks_quote_whole_sentences_in_a_british_style_article():
    quotes = extract_quotes(BRITISH)
    sunak = next(q for q in quotes if q.text == "We will look at every option.")
    assert (sunak.kind, sunak.speaker, sunak.title) == ("direct", "Rishi Sunak", "chancellor")


def test_a_single_quoted_passage_runs_on_over_paragraphs_that_reopen_it():
    quotes = extract_quotes(BRITISH)
    running = next(q for q in quotes if q.text.startswith("But I will not"))
    assert running.text.endswith("Nobody else was going to do it.")
    assert len(running.parts) == 2


def test_double_marks_nested_in_single_ones_stay_inside_the_quotation():
    quotes = extract_quotes(BRITISH)
    assert any(q.text == "Families said “enough” and they meant it." and q.speaker == "Keir Starmer" for q in quotes)
    assert not any(q.text == "enough" for q in quotes)


def test_swapping_marks_keeps_every_offset():
    swapped = single_style_as_double(BRITISH)
    assert len(swapped) == len(BRITISH)
    assert "“I take full responsibility for what happened,” said" in swapped
    assert "“But I will not apologise" in swapped
    assert "“Families said ‘enough’ and they meant it.”" in swapped


def test_an_article_quoting_with_double_marks_keeps_its_single_marks_for_fragments():
    text = ("Blinken said Russia expects ‘large-scale results’ on the ‘path of aggression’.\n"
            "“The document we’ve delivered includes our concerns,” Blinken said.\n"
            "“We remain ready to talk,” he added.\n")
    assert single_style_as_double(text) == text


def test_typewriter_single_marks_quote_in_a_british_style_article():
    text = ("In a letter to the prime minister, Matt Hancock wrote: 'I have let people down and I am very sorry.'\n\n"
            "Labour's deputy leader, Angela Rayner, called the messages 'a disgrace'. She told the BBC: "
            "'The public deserve answers, not excuses.'\n\n"
            "Hancock, 45, later posted on Twitter: 'Thank you to everyone who has sent kind messages.'\n")
    quotes = extract_quotes(text)
    assert [(q.text, q.speaker) for q in quotes if q.kind == "direct"] == [
        ("I have let people down and I am very sorry.", "Matt Hancock"),
        ("The public deserve answers, not excuses.", "Angela Rayner"),
        ("Thank you to everyone who has sent kind messages.", "Matt Hancock")]


def test_two_typewriter_marks_are_a_double_mark_so_single_quoted_subheadings_stay_headings():
    text = ("''We don't have silver bullets,'' he said.\n\n''That's not what happened,'' Mr. Autor said.\n\n"
            "'Pretty cool working there.'\n\n''Our company,'' he added, ''builds a heck of a lot.''\n\n"
            "'A healthy environment.'\n")
    assert single_style_as_double(text) == text


@pytest.mark.parametrize("mark", ["‘", "'"])
def test_a_single_quoted_quotation_opened_mid_paragraph_and_reopened_below_keeps_every_paragraph(mark):
    close = "’" if mark == "‘" else "'"
    text = (f"Theresa May said: {mark}We will deliver Brexit.\n\n{mark}We will leave on time.\n\n"
            f"{mark}There will be no delay.{close}\n\nShe later added: {mark}I am confident.{close}\n")
    quotes = extract_quotes(text)
    pieces = [text[a:b] for q in quotes for a, b in (q.parts or [(q.start, q.end)])]
    assert pieces[:3] == ["We will deliver Brexit.", "We will leave on time.", "There will be no delay."]
    assert {q.speaker for q in quotes} == {"Theresa May"}


def test_a_single_mark_that_opens_no_run_on_quotation_changes_nothing():
    text = ("The players' union met on Monday. 'We are ready,' said captain Joe Root.\n\n"
            "'It is a big day,' he added.\n")
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [
        ("We are ready", "Joe Root"), ("It is a big day", "Joe Root")]
