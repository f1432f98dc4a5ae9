"""Reading articles from JSON Lines."""
from pathlib import Path

import pytest

from service.ingest import read_articles_jsonl
from service.ingest.articles_jsonl import ArticleError, article_from_dict
from service.ingest.malformed import MalformedRecord

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def test_articles_are_read_with_their_metadata_and_one_without_text_is_reported():
    problems: list[MalformedRecord] = []
    articles = list(read_articles_jsonl(FIXTURES / "articles.jsonl", problems.append))
    assert [a.title for a in articles] == ["Harbour to Get New Crane", "Council Votes on Budget"]
    assert articles[0].author == "Lena Holm" and articles[0].outlet == "Harbour Times"
    assert articles[1].published == "2022-03-02"
    assert articles[0].text.startswith("Harbour to Get New Crane\n")
    assert [p.line for p in problems] == [3]


def test_only_text_is_required():
    article = article_from_dict({"text": "Body."})
    assert (article.text, article.title, article.url, article.published) == ("Body.", None, None, None)


def test_unreadable_publication_date_is_refused():
    with pytest.raises(ArticleError, match="published"):
        article_from_dict({"text": "Body.", "published": "someday"})
