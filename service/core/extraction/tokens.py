"""Tokens of an article's text: words and punctuation marks with their offsets and the tests asked of them often."""
from __future__ import annotations

import re
from typing import NamedTuple

from ..lexicon import CUE_FILLERS, entries, is_place, is_title_word, words
from ..speakers import HANDLE_AFTER_FIRST_LETTER

_ABBREVIATIONS = "|".join(entries("abbreviations"))
# A state after a place ("of Huntsville, Ala., says") and a party and state tag ("R-Ky.", "D-Mass.") are one
# token, so its full stop does not read as a sentence end.
# Inside a word, besides letters and digits: combining accents (decomposed "José") and the Latin-1 debris of
# text decoded twice ("PeÃ±a", "FranÃ\x83Â§ois"), so such a name stays one word (« and » stay quotation marks).
_IN_WORD = "\u0300-\u036f\u0080-\u009f\u00a1-\u00aa\u00ac-\u00ba\u00bc-\u00bf\u2044"
# (The lookaheads only spare the engine trying every abbreviation, or both party tags, at each word.)
_STATES = "|".join(sorted(entries("state_abbreviations"), key=len, reverse=True))
# ("P&G", "AT&T", "S&P": a company's initials joined by an ampersand are one word.) Every special form is letters
# then ".", "&" or "-": one lookahead tells whether to try them, so a plain word is read with one scan. (Runs are
# possessive, "++" and "*+": what follows a run is never a character of it, so giving some back could never make
# a match, and a failed try stops at once.)
TOKEN = re.compile(r"(?=[A-Za-z]++[.&-])(?:(?:[A-Za-z]\.){2,}|[A-Z]{1,4}&[A-Z]{1,4}\b|(?=[A-Za-z]++\.)(?:%s)\.|"
                   r"(?=[A-Z][a-z]++\.\s*,)(?:%s)\.(?=\s*,)|[A-Z]\.(?=\s+[A-Z])|"
                   r"(?=[DRI]-)(?:[DRI]-[A-Z][a-z]{1,4}\.(?=\s*,)|"
                   r"[DRI]-(?:[A-Z]\.){2,}))|"  # a party tag of a state written with full stops: "D-N.Y."
                   r"\w[\w%s]*+(?:[-'’]\w[\w%s]*+|\.(?![A-Z][a-z])\w[\w%s]*+)*+|[^\w\s]" % (
                       _ABBREVIATIONS, _STATES, _IN_WORD, _IN_WORD, _IN_WORD))
# A token with the blanks before it: every character but a blank starts a token, so offsets follow from lengths
# (cheaper than a match object per token).
_SPACED_TOKEN = re.compile(r"(\s*)(%s)" % TOKEN.pattern)
_LY_NOUNS = words("ly_nouns")
# Names written in lower case: a particle joined to a capitalised name ("al-Hayya"), and an online handle, letters
# with a digit or an underscore ("acebush1 wrote", "user jane_doe posted").
LOWER_CASE_NAME = re.compile(r"(?:al|el|ul|bin|ibn|abu|ben|de|di|da|du|dos|van|von|le|la)-[A-Z]|"
                             r"[a-z]%s$" % HANDLE_AFTER_FIRST_LETTER)
SENTENCE_ENDS = frozenset({".", "!", "?"})
DASHES = frozenset({"—", "–"})  # an en or em dash, which sets off an aside
NAME_WORD = re.compile(r"[\w’'-]+")  # a word as a name is written ("O’Neill", "Abdul-Jabbar")
PLAIN_WORD = re.compile(r"\w+")  # a run of letters and digits


class Token(NamedTuple):
    """A word or punctuation mark of a clause, with offsets into the article text and its features, worked out
    once per distinct word (a named tuple: an article makes tens of thousands of tokens, and a tuple is the
    cheapest object Python makes)."""

    text: str
    start: int
    end: int
    folded: str  # text.casefold()
    is_cap: bool  # a capitalised word, a possible part of a name ("al-Hayya" and "acebush1" too)
    is_title: bool  # a role word ("chairman", "Sen.", "co-leader"), whatever its case
    is_adverb: bool  # an adverb inside a verb phrase ("would later say", "could only quip")
    is_sentence_end: bool  # ".", "!" or "?"


def token(text: str, start: int, end: int) -> Token:
    """The token of `text` at start:end, with its features."""
    return _new_token(Token, (text, start, end) + (_FEATURES.get(text) or _features(text)))


_new_token = tuple.__new__

# A word's features are the same wherever it stands: worked out once per word. (A plain dict, emptied when full, is
# read faster than a bounded lru_cache, and a token is made for every word of an article.)
_FEATURES: dict[str, tuple[str, bool, bool, bool, bool]] = {}
MAX_WORDS_REMEMBERED = 65536


def _features(text: str) -> tuple[str, bool, bool, bool, bool]:
    """The features of a word, worked out and remembered."""
    folded = text.casefold()
    is_cap = text[:1].isupper() and text[:1].isalpha() or bool(LOWER_CASE_NAME.match(text))
    is_adverb = folded in CUE_FILLERS or text == "only" or ends_like_adverb(text)
    if len(_FEATURES) >= MAX_WORDS_REMEMBERED:
        _FEATURES.clear()
    found = _FEATURES[text] = (folded, is_cap, is_title_word(folded), is_adverb, text in SENTENCE_ENDS)
    return found


def ends_like_adverb(word: str) -> bool:
    """Tell whether a word reads as an adverb in -ly ("later" is not one; "quickly", "half-heartedly" are;
    "family" is a noun)."""
    return word.endswith("ly") and word.islower() and len(word) > 4 and word not in _LY_NOUNS


def links_role_to_post(toks: list[Token], j: int) -> bool:
    """Tell whether toks[j] joins a role word to the place or body of its post, a capital following:
    the "to" of "Ambassador to Russia John Sullivan", or the "the" after it ("Ambassador to the United States
    Hamdullah Mohib")."""
    at = j - 1 if toks[j].folded == "the" else j
    # (A role someone else holds is a description, its post no part of a name: "Trump’s ambassador to the United
    # Nations, Nikki Haley".)
    if not (at >= 1 and toks[at].folded in _POST_LINKS and toks[at - 1].is_title) or (
            at >= 2 and toks[at - 2].text.endswith(("'s", "’s"))):
        return False
    the = at + 1 < len(toks) and toks[at + 1].folded == "the"
    after = at + 2 if the else at + 1
    if after >= len(toks) or not toks[after].is_cap:
        return False
    # A role in lower case is a title only before a place or a body ("special envoy to Ukraine Kurt Volker"); before
    # a person it is a description ("an adviser to Trump").
    return toks[at - 1].is_cap or the or any(
        is_place(" ".join(t.text for t in toks[after:after + n])) for n in (1, 2, 3))


def after_post(run: list[Token]) -> int:
    """Index of the first word after a role's post in a run of words ("Afghan Ambassador to the United States
    Hamdullah Mohib": "United"), else 0."""
    if _POST_LINKS.isdisjoint([t.folded for t in run]):
        return 0  # (no word of the run can link a role to its post: most runs)
    return next((k + 1 for k in range(len(run) - 1, 0, -1) if links_role_to_post(run, k)), 0)


_POST_LINKS = words("post_links")
_NICK_MARKS = frozenset({"“", "”", '"', "‘", "’"})
# Text that may hold a quoted nickname: a mark, one word, a mark (most stretches hold none: no token loop then).
_MAYBE_NICKNAME = re.compile(r"[“”\"‘’]\s*\w\S*\s*[“”\"‘’]")


def tokens(text: str, lo: int, hi: int) -> list[Token]:
    """Split text[lo:hi] into tokens that keep their article offsets (a quoted nickname inside a name dropped)."""
    known, new, kind = _FEATURES.get, _new_token, Token
    found: list[Token] = []
    add = found.append
    at = lo
    for blank, word in _SPACED_TOKEN.findall(text, lo, hi):
        start = at + len(blank)
        at = start + len(word)
        add(new(kind, (word, start, at) + (known(word) or _features(word))))
    if _MAYBE_NICKNAME.search(text, lo, hi) is None:
        return found
    kept: list[Token] = []
    k = 0
    while k < len(found):
        # Marcia “Cia” Price: the name reads on as "Marcia Price" (one pass, so hostile text stays linear).
        if kept and k + 3 < len(found) and found[k].text in _NICK_MARKS and found[k + 2].text in _NICK_MARKS and (
                found[k + 1].is_cap and kept[-1].is_cap and found[k + 3].is_cap):
            k += 3
            continue
        kept.append(found[k])
        k += 1
    return kept
