"""Text normalisation and word tokenisation: the one definition every other module uses.

Two readings of a text's words:

- `tokenize` gives the tokens the wording comparison (alignment, diff) works on. Every token that
  carries meaning is one: words with their inner apostrophes and hyphens ("we're", "re-sign"),
  numbers with their sign, separators, percent and currency symbols ("-2%", "1,5", "€5"), and lone
  symbols. Only case, quote-mark and dash style, whitespace, Unicode form, invisible characters
  and HTML entities leave the tokens unchanged, so only those never count as alterations.
- `words`/`key_string`/`word_key` give looser keys (no inner apostrophes, hyphens or thousands
  separators) that the candidate index and the store's wording identity use: finding a candidate
  should forgive what the comparison then reports.
"""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from . import lexicon

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


# Invisible characters copied from web pages (zero-width space/joiners, soft hyphen, word joiner, BOM,
# bidirectional marks): the tokens are read as if they were not there.
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
_HTML_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
# Combining marks belong to the letter before them (a decomposed "é" is one letter, as composed).
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_CURRENCY = "".join(chr(c) for c in range(0x20, 0x10000) if unicodedata.category(chr(c)) == "Sc")
_UNIT_SIGNS = "%\u2030\u2031\u00b0"
# Symbols that mean something on their own (currency, percent, degrees, comparison and arithmetic).
_SYMBOLS = _CURRENCY + _UNIT_SIGNS + "+=<>\u00b1\u00d7\u00f7\u2264\u2265\u2260\u221e"
_LETTERS = r"\w[\w%s]*" % _MARKS
# A number: an optional sign (not right after a word: "2-3" is a range), an optional currency
# symbol, digits with decimal or thousands separators, an optional percent or currency symbol (either symbol
# perhaps set off by a space).
# A number joined to letters by a hyphen ("19-year-old") or glued to them ("5km") is read as a word.
_NUMBER = (rf"(?:(?<![\w.,])[-+\u2013])?(?:[{_CURRENCY}][^\S\n]?)?\d+(?:[.,:]\d+)*"
           rf"(?:[^\S\n]?[{_UNIT_SIGNS}{_CURRENCY}])?"
           rf"(?![\w{_MARKS}]|'\w|[-\u2013][^\W\d])")
_NUMBER_SPACE = re.compile(r"\s")  # "2.4 %", "€ 5": a space inside a number is spacing, not a change
# A hyphen (or an en dash written for one) joins the parts of a word when a letter stands on one side of it
# ("re-sign", "COVID-19"); between digits it is a range ("2010-2015"), as two numbers.
_JOIN = rf"(?:'{_LETTERS}|(?<=[^\W\d])[-\u2013]{_LETTERS}|[-\u2013](?=[^\W\d]){_LETTERS})"
_TOKEN = re.compile(rf"{_NUMBER}|{_LETTERS}{_JOIN}*|[{re.escape(_SYMBOLS)}]", re.UNICODE)
# The minus sign and figure dash read as a hyphen-minus (a sign before digits, a hyphen inside a word). An en
# dash stays itself: a sign before digits ("–2%"), a hyphen between letters, else a dash between words.
_STRICT_TRANSLATION = {**_TRANSLATION, **dict.fromkeys(map(ord, "\u2212\ufe63\uff0d\u2012"), "-"),
                       0x2013: "\u2013", 0xFF07: "'"}
_KEY_TRANSLATION = {**_STRICT_TRANSLATION, 0x2013: "-"}


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
    """Split text into its meaning-bearing tokens, with offsets into the text as given.

    Invisible characters and HTML entities are read through (a token's offsets then span them).
    """
    visible, origin = _visible(text)
    # The translation maps one character to one, so offsets into `folded` are offsets into `visible`.
    folded = visible.translate(_STRICT_TRANSLATION)
    tokens: list[Token] = []
    for m in _TOKEN.finditer(folded):
        start, end = m.start(), m.end()
        if origin is not None:
            start, end = origin[start], origin[end - 1] + 1
        # A compatibility character may stand for several words ("ﷺ"): one token per word, one span.
        tokens.extend(Token(key, start, end) for key in _strict_key(m.group()).split())
    return tokens


def _visible(text: str) -> tuple[str, list[int] | None]:
    """Text without invisible characters and with HTML entities decoded, and where each of its
    characters stands in the original (None when nothing had to change)."""
    if not _INVISIBLE.search(text) and not ("&" in text and _HTML_ENTITY.search(text)):
        return text, None
    chars: list[str] = []
    origin: list[int] = []
    position = 0
    for m in re.finditer("%s|%s" % (_INVISIBLE.pattern, _HTML_ENTITY.pattern), text):
        chars.extend(text[position:m.start()])
        origin.extend(range(position, m.start()))
        if m.group().startswith("&"):
            decoded = html.unescape(m.group())
            decoded = "" if _INVISIBLE.fullmatch(decoded or "x") else decoded
            chars.extend(decoded)
            origin.extend([m.start()] * (len(decoded) - 1) + [m.end() - 1] if decoded else [])
        position = m.end()
    chars.extend(text[position:])
    origin.extend(range(position, len(text)))
    return "".join(chars), origin


def strip_invisible(text: str) -> str:
    """Text without the invisible characters copied from web pages (zero-width space, soft hyphen, BOM, …)."""
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


def _strict_key(token: str) -> str:
    """The comparison key of one token: case-folded and in Unicode normal form, every mark kept."""
    if " " in token or not token.isascii():
        token = _NUMBER_SPACE.sub("", token)
    if token.isascii():
        return token.lower()
    folded = unicodedata.normalize("NFKC", token.translate(_KEY_TRANSLATION)).translate(_KEY_TRANSLATION)
    return folded.casefold()


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
FUNCTION_WORDS = lexicon.words("function_words")


def content_words(text: str) -> list[str]:
    """The word keys of text that carry content: no function words, nothing shorter than three letters."""
    return [key for key in words(text) if len(key) >= 3 and key not in FUNCTION_WORDS]


# Words whose loss can turn a statement's meaning (SPEC, "Wording"): an omission may not drop them from
# a clause whose other words are kept.
NEGATIONS = lexicon.words("negations")
LIMITING_WORDS = lexicon.words("limiting_words")
NUMBER_WORDS = lexicon.words("number_words")
# Separate split-claim parts (“A,” he said, “B”) in a claim text: adjacent words, unlike an ellipsis.
SPLIT_JOIN = " \ue000 "


def is_negation(key: str) -> bool:
    """Tell whether a token key negates ("not", "never", "won't")."""
    return key in NEGATIONS or key.endswith("n't")


def is_number(key: str) -> bool:
    """Tell whether a token key is a number, a number word or a symbol (sign, currency, percent)."""
    return key in NUMBER_WORDS or any(ch.isdigit() or ch in _SYMBOLS for ch in key)


def turns_meaning(key: str) -> bool:
    """Tell whether dropping this token from its clause can turn the clause's meaning."""
    return is_negation(key) or is_number(key) or key in LIMITING_WORDS
