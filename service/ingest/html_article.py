"""Reading a news page: its main text and metadata, without navigation, related-story boxes, captions or footers.

trafilatura finds the article body and its title, author, site name and date; htmldate looks for
the date when trafilatura has none. The text keeps one paragraph per line, as the extractor expects.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

from ..core.errors import NoArticleText
from ..core.models import ArticleInput

# trafilatura and htmldate log every page they find hard to read; that is not this service's news.
for _name in ("trafilatura", "htmldate"):
    logging.getLogger(_name).setLevel(logging.ERROR)


def read_html(html: bytes | str, url: str | None = None) -> ArticleInput:
    """Return the article a page holds; raise NoArticleText when it holds none."""
    import htmldate
    import trafilatura

    # No `deduplicate`: it remembers text across calls, so the same page read twice would come out empty.
    document = trafilatura.bare_extraction(
        _without_boilerplate(html), url=url, with_metadata=True, include_comments=False,
        include_tables=False, include_images=False, include_links=False)
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if not text:
        raise NoArticleText("the page holds no readable article text")
    title = _clean(getattr(document, "title", None))
    published = _clean(getattr(document, "date", None))
    if not published:
        try:
            published = htmldate.find_date(html, url=url, original_date=True, extensive_search=False)
        except (ValueError, TypeError):
            published = None
    return ArticleInput(text=_without_title(text, title), title=title,
                        url=url or _clean(getattr(document, "url", None)),
                        author=_clean(getattr(document, "author", None)),
                        outlet=_clean(getattr(document, "sitename", None)), published=published or None)


def _without_boilerplate(html: bytes | str):
    """The page as a tree without the parts that are never the article (a short article makes
    trafilatura fall back to reading more of the page, captions included)."""
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return html
    for element in tree.xpath("//figcaption | //nav | //footer | //aside | //script | //style | //noscript"):
        element.drop_tree()
    return tree


def read_html_file(path: str | os.PathLike) -> ArticleInput:
    """Read a saved page (`.html`); its url, if any, comes from the page's own canonical link."""
    return read_html(Path(path).read_bytes(), None)


def _clean(value: str | None) -> str | None:
    """A metadata value stripped, None when empty."""
    value = (value or "").strip()
    return value or None


def _without_title(text: str, title: str | None) -> str:
    """Drop the headline when the body starts with it: it is the title, not a paragraph of the article."""
    first, _, rest = text.partition("\n")
    if title and first.strip() == title and rest.strip():
        return rest.strip()
    return text
