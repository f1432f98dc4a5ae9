"""Ingesting an article by its url: fetch the page, read its main text and metadata, extract as for text."""
from __future__ import annotations

from dataclasses import replace

from ..core.errors import TooLarge
from ..core.models import ArticleInput
from .fetch import FetchSettings, fetch
from .html_article import read_html


def article_from_url(url: str, settings: FetchSettings, overrides: dict | None = None) -> ArticleInput:
    """Fetch a page and read its article; the caller's own metadata (`overrides`) wins over the page's.

    The article keeps the url it was finally fetched from (after redirects), so its quotes link back.
    """
    fetched = fetch(url, settings)
    article = read_html(fetched.body, fetched.url)
    article.url = fetched.url
    given = {key: value for key, value in (overrides or {}).items() if value and key != "url"}
    return replace(article, **given) if given else article


def ingest_url(service, url: str, settings: FetchSettings, max_length: int | None = None,
               overrides: dict | None = None):
    """Add the article at `url` through the service; (article, quotes, created) as `add_article` answers.

    An article already stored under this url is answered without fetching it again. Nothing is
    stored when the fetch or the reading fails (the FetchFailed subclass says why).
    """
    existing = service.find_article_by_url(url)
    if existing is not None:
        return existing, service.store.get_quotes(existing.quote_ids), False
    article = article_from_url(url, settings, overrides)
    if max_length is not None and len(article.text) > max_length:
        raise TooLarge(f"the article's text is {len(article.text)} characters; the limit is {max_length}")
    return service.add_article(article)
