"""Text normalisation and word tokenisation: the one definition every other module uses.

Two texts that differ only in case, punctuation, straight vs curly quote marks, dashes,
whitespace or Unicode form produce the same word keys, so none of those count as alterations.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Hyphen-like characters become "-" (they join the parts of one word: "de-escalate");
# em dashes and horizontal bars separate words, as a space would.
_HYPHENS = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d"), "-")
_SEPARATING_DASHES = dict.fromkeys(map(ord, "\u2014\u2015\u2e3a\u2e3b"), " ")
_APOSTROPHES = dict.fromkeys(map(ord, "\u2018\u2019\u201b\u02bc\u2032\u0060\u00b4"), "'")
_DOUBLE_QUOTES = dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033"), '"')
_TRANSLATION = {**_HYPHENS, **_SEPARATING_DASHES, **_APOSTROPHES, **_DOUBLE_QUOTES}

# A word: letters/digits, with inner apostrophes or hyphens ("it's", "de-escalate"),
# or a number with inner separators ("100,000", "3.5").
_WORD = re.compile(r"\d+(?:[.,:]\d+)+|\w+(?:['\-]\w+)*", re.UNICODE)
_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|\u2026|\[\s*(?:\.\s?){3}\s*\]")
_KEY_DROP = str.maketrans("", "", "'-,")
_SPACES = re.compile(r"\s+")

ELLIPSIS = "\u2026"


def normalize(text: str) -> str:
    """Return text in NFKC form with unified quote marks and dashes and collapsed whitespace."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_TRANSLATION)
    text = "".join(ch if (ch >= " " or ch in "\n\t") and ch != "\x7f" else " " for ch in text)
    return _SPACES.sub(" ", text).strip()


def word_key(word: str) -> str:
    """Return the comparison key of one word: case-folded, without inner apostrophes or hyphens."""
    # Translate before and after NFKC: NFKC turns some marks (an acute accent used as an
    # apostrophe) into a space plus a combining mark, which the word pattern would split on.
    folded = unicodedata.normalize("NFKC", word.translate(_TRANSLATION)).translate(_TRANSLATION)
    return folded.casefold().translate(_KEY_DROP)


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a text: its comparison key and where it stands in the original text."""

    key: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Split text into word tokens with offsets into the text as given (not the normalised form)."""
    # Work on a same-length translated copy so offsets stay valid for the original text.
    folded = text.translate(_TRANSLATION) if len(text.translate(_TRANSLATION)) == len(text) else None
    source = folded if folded is not None else text
    return [Token(_fast_key(m.group()), m.start(), m.end()) for m in _WORD.finditer(source)]


def words(text: str) -> list[str]:
    """Return just the comparison keys of the words of text (what `tokenize` gives, without offsets)."""
    return key_string(text).split()


def key_string(text: str) -> str:
    """Return the word keys of text joined by single spaces (the identity of a wording)."""
    source = text.translate(_TRANSLATION)
    if source.isascii():
        # Plain ASCII (most text): fold and strip the whole string at once, not word by word.
        return " ".join(_WORD.findall(source.lower())).translate(_KEY_DROP)
    return " ".join(_fast_key(w) for w in _WORD.findall(source))


def _fast_key(word: str) -> str:
    """`word_key` with a shortcut for plain ASCII words (most words; this runs for every quote imported)."""
    if word.isascii():
        return word.lower().translate(_KEY_DROP)
    return word_key(word)


def split_ellipses(text: str) -> list[str]:
    """Split a submission at each ellipsis ("..." or "…"), which stands for omitted words."""
    return [part for part in _ELLIPSIS.split(text)]


def has_ellipsis(text: str) -> bool:
    """Tell whether text contains an ellipsis."""
    return bool(_ELLIPSIS.search(text))


# Words that carry no content of their own: a paraphrase is judged by the others ("NATO", "escalate").
FUNCTION_WORDS = frozenset("""
a an the and or but nor of to in on at for with by from into onto about as than then so if that this these those
it its he she they we you i me him her us them his their our your my is are was were be been being am will would
shall should can could may might must do does did have has had not no there here what which who whom whose when
where why how all any some said says say told tells also just very more most only
""".split())


def content_words(text: str) -> list[str]:
    """The word keys of text that carry content: no function words, nothing shorter than three letters."""
    return [key for key in words(text) if len(key) >= 3 and key not in FUNCTION_WORDS]
