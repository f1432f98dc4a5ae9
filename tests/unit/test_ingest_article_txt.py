"""Reading plain-text articles in the seed's shape."""
import json
from pathlib import Path

import pytest

from service.ingest import parse_article_text, read_article_txt

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "2022-01-28-us-nato-respond-to-russian-demands.txt"
GOLD = ROOT.parent / "shared" / "eval" / "seed_gold.json"
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"


def test_seed_header_gives_title_author_and_iso_date():
    article = read_article_txt(SEED)
    assert article.title == "US and NATO Respond to Russian Demands Over Ukraine"
    assert article.author == "Natalia Kochiashvili"
    assert article.published == "2022-01-28"


def test_article_text_is_the_whole_file_unchanged():
    article = read_article_txt(SEED)
    assert article.text == SEED.read_text(encoding="utf-8")
    assert article.text.startswith("US and NATO Respond")


@pytest.mark.skipif(not GOLD.exists(), reason="gold quotes are kept beside the repository")
def test_gold_quote_offsets_index_into_the_article_text():
    article = read_article_txt(SEED)
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    for quote in gold["quotes"]:
        assert article.text[quote["start"]: quote["end"]] == quote["text"]


def test_file_without_byline_or_date_keeps_its_title_and_has_no_author():
    article = read_article_txt(FIXTURES / "no-byline.txt")
    assert article.title == "Library Opens on Sundays"
    assert article.author is None
    assert article.published is None


@pytest.mark.parametrize(
    "date_line, expected",
    [
        ("Friday, January 28, 2022", "2022-01-28"),
        ("January 28, 2022", "2022-01-28"),
        ("28 January 2022", "2022-01-28"),
        ("2022-01-28", "2022-01-28"),
        ("Jan. 28, 2022", "2022-01-28"),
        ("Fri, 28 Jan 2022", "2022-01-28"),
    ],
)
def test_common_date_forms_on_the_date_line_become_iso(date_line, expected):
    article = parse_article_text(f"A Title\nBy Some One\n{date_line}\nThe body starts here.\n")
    assert article.published == expected


def test_date_line_without_byline_is_still_read():
    article = parse_article_text("A Title\nMarch 3, 2021\nThe body.\n")
    assert (article.title, article.author, article.published) == ("A Title", None, "2021-03-03")


def test_body_only_file_has_no_title_when_its_first_line_is_a_paragraph():
    paragraph = "Word " * 80
    article = parse_article_text(paragraph + "\n")
    assert article.title is None
    assert article.text == paragraph + "\n"


def test_date_in_the_file_name_is_the_fallback_publication_date(tmp_path):
    path = tmp_path / "2021-06-05-market-day.txt"
    path.write_text("Market Day\nThe market opens at nine.\n", encoding="utf-8")
    assert read_article_txt(path).published == "2021-06-05"


def test_byline_in_the_body_is_not_taken_for_the_author():
    article = parse_article_text("A Title\nFirst paragraph of the body.\nBy the way, nothing.\n")
    assert article.author is None
