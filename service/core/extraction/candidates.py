"""Attribution clauses: the reporting verb and who it names ("Blinken said", "said Jens Stoltenberg, NATO's chief")."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from ..lexicon import (
    BASE_CUES,
    BODY_NOUNS,
    CAPITALISED_EPITHETS,
    COURTESY_TITLES,
    CUE_FILLERS,
    CUE_VERBS,
    DOCUMENTS,
    MODALS,
    NON_NAMES,
    NOUN_LIKE_CUES,
    ORG_WORDS,
    PERSON_NOUNS,
    PHRASAL_CUES,
    PLURAL_PRESENT,
    PRONOUNS,
    TITLE_WORDS,
    WORK_NOUNS,
    entries,
    has_agent_ending,
    is_forename,
    is_place,
    is_title_word,
    pairs,
    surname_like_body_word,
    words,
)
from ..speakers import JOINT, split_title
from . import rules
from .rules import rule
from .tokens import DASHES, LOWER_CASE_NAME, Token, ends_like_adverb, links_role_to_post, token

_ARTICLES = words("articles")
_OBJECT_PRONOUNS = words("object_pronouns")
_GENDERED_PRONOUNS = words("gendered_pronouns")
_PLURAL_VERB_PRONOUNS = words("plural_verb_pronouns")
_RELATIVE_PRONOUNS = words("relative_pronouns")
_PERSONAL_RELATIVES = words("personal_relatives")
_SUBJECT_RELATIVES = words("subject_relatives")
_NAME_CONJUNCTIONS = words("name_conjunctions")
_DESCRIPTION_ENDERS = words("description_enders")
_READ_CUES = words("read_cues")
_SOURCE_CUES = words("source_cues")
_SENTENCE_CONNECTIVES = words("sentence_connectives")
_HOME_PREPOSITIONS = words("home_prepositions")
_HOME_LINKS = words("home_links")
_ASKED_CONJUNCTIONS = words("asked_conjunctions")
_CLAUSE_OPENERS_AFTER_COMMA = words("clause_openers_after_comma")
_CLAUSE_OPENERS_AFTER_NAME = words("clause_openers_after_name")
_BODY_NAME_PREPOSITIONS = words("body_name_prepositions")
_WORKPLACE_PREPOSITIONS = words("workplace_prepositions")
_AUTHOR_PREPOSITIONS = words("author_prepositions")
_ROLE_LINKS = words("role_links")
_DESCRIPTION_LEADS = words("description_leads")
_INVERTED_PRONOUN_ADVERBS = words("inverted_pronoun_adverbs")
_DETERMINERS = words("subject_determiners")
RECIPIENTS = words("recipient_prepositions")  # before the one written or spoken to
_NOT_SUBJECTS = words("not_subjects")
_NOMINAL_LINKS = words("nominal_links")
_QUESTION_WORDS = words("question_words")
# Determiners that more often open a clause ("said that the …") than a speaker ("that official said").
_CLAUSE_DETERMINERS = words("clause_determiners")
_PARTICIPLE = re.compile(r"^[a-z]{3,}ing$")
_ASKED = words("asked_verbs")
_REQUEST_VERBS = words("request_verbs")
_NAME_PARTICLES = words("name_particles")  # ("Joost van Hoof of Fontys University")
_PARTICLES = _NAME_PARTICLES | {"of"}  # ("Betsy Sharp of Burke County" is read as one run)
_HONORIFIC_ABBR = words("abbreviated_titles")
_REFLEXIVES = words("reflexive_pronouns")
# Marks that end a search back from a cue for the words of its clause: a sentence's end, a colon, a quotation mark.
_CLAUSE_BOUNDARIES = frozenset({".", ";", ":", "“", "”", '"'})
MAX_SUBJECT_TOKENS = 14
MAX_NAME_OPENING = 4  # words of a name opening a clause right after a quotation
AGE_EPITHET = re.compile(r"^\d{1,3}-year-old$")  # "the 66-year-old said"
MAX_ROLE_AFTER = 20  # "said Patrick Westhoff, director of the Food and … Institute at the University of Missouri"
MAX_RELATIVE_TOKENS = 32  # "X, who …, said": a relative clause may run longer than an appositive
MAX_APPOSITIVES = 3  # "Pruitt, the attorney general of Oklahoma, one of the states suing the EPA, said"
_CONTRACTION = re.compile(r"['’](?:s|d|ll|ve|re|m)$", re.I)
_POSSESSIVE = re.compile(r"\w['’]s$")
# Capitalised words that open a clause but never name anyone, even right before a verb of saying.
_WEEKDAYS = words("weekdays")
_NEVER_SURNAMES = words("never_surnames") | _WEEKDAYS
# Lowercase heads of "X’s office said": the bodies that speak for a person.
ORG_UNITS = words("org_units")


@dataclass(slots=True)
class Mention:
    """Who a clause names as the speaker, as written."""

    kind: str  # name | org | pronoun | nominal | joint
    text: str  # the name ("Jens Stoltenberg"), pronoun ("he") or phrase ("a campaign spokesman")
    title: str | None
    start: int
    end: int


@dataclass(slots=True)
class Attribution:
    """A reporting verb and the speaker it introduces."""

    cue: str
    cue_start: int
    speaker: Mention
    start: int  # the whole clause, speaker included
    end: int


def _is_role_word(word: str) -> bool:
    """Tell whether a word is a role word ("chairman", "Sen.", "co-leader"), whatever its case."""
    return is_title_word(word.casefold())


# Words after a capitalised verb opening a sentence that make it a participle phrase, not an inverted cue.
_PARTICIPLE_FOLLOWERS = words("participle_followers")


NUMBER = re.compile(r"\d[\d,.]*")  # "28", "1,500": before a verb of saying, the verb is a noun ("28 points")
_COUNTED = re.compile(r"^\d+-[a-z]+$")  # "23-time", "10-year": a number joined to its noun is a modifier
_UNNAMED_SOURCES = words("unnamed_sources")
_GROUPS = words("group_nouns")  # ("residents of Mosul told reporters": people of a place speak, not the place)
_READ_DOCUMENTS = DOCUMENTS - words("signs") | words("news_pieces")


# Every word that may start a cue, to turn the rest away at once.
_CLOSING_CUES = words("closing_cues")
_CUE_WORDS = CUE_VERBS | frozenset(PHRASAL_CUES) | NOUN_LIKE_CUES | BASE_CUES | _READ_CUES | _CLOSING_CUES | {
    cue.split()[0] for cue in _SOURCE_CUES}


def cue_at(toks: list[Token], i: int) -> str | None:
    """Return the cue starting at token i ("said", "according to"), or None."""
    word = toks[i].folded
    if word not in _CUE_WORDS:
        return None  # (most words: asked of every token)
    if word in _REQUEST_VERBS and i + 2 < len(toks) and toks[i + 1].text == "to" and toks[i + 2].text.islower():
        return None  # "would later ask to meet her sister": a request
    if i > 0 and (_POSSESSIVE.search(toks[i - 1].text) or toks[i - 1].text[:1].isdigit() and NUMBER.fullmatch(
            toks[i - 1].text)):
        return None  # "Trump’s repeated calls", "finished with 28 points": the word is a noun
    if word in CUE_VERBS and (toks[i].text[:1].islower() or (i == 0 or toks[i - 1].is_sentence_end) and not (
            i + 1 < len(toks) and toks[i + 1].text in _PARTICIPLE_FOLLOWERS) or (
            word in _CAPITALISED_CUES and toks[i - 1].text == ",")):
        # "Said Comey, “…”": an inverted cue may open a sentence ("Asked about the polls, Kaine said" is a participle).
        return word
    if word in _READ_CUES and toks[i].text.islower() and (
            i > 0 and toks[i - 1].folded in _READ_DOCUMENTS or (i == 0 or toks[i - 1].text in {
                "”", '"', ","}) and any(
                t.folded in _READ_DOCUMENTS for t in toks[i + 2:i + 4]) and i + 1 < len(toks) and (
                toks[i + 1].folded in _ARTICLES)):
        # "“…,” the statement read", "“…,” reads a statement from the army": what a document says is read, not
        # said (a sign speaks for nobody).
        return word
    source = _source_cue_at(toks, i)
    if source is not None:
        return source  # "according to", "in the words of"
    if toks[i].text == "per" and i < len(toks) - 1 and (i == 0 or toks[i - 1].text in {"”", '"', "’"}):
        # "…,” per a statement from the union": right after a quotation, the source, as "according to" gives
        # it ("Guccifer said, per a translator, …" relays through the translator instead).
        return "per"
    if word in PHRASAL_CUES and toks[i].text[:1].islower() and i + 1 < len(toks) and (
            toks[i + 1].text in PHRASAL_CUES[word]):
        return f"{word} {toks[i + 1].text}"
    if word in NOUN_LIKE_CUES and 0 < i < len(toks) - 1 and toks[i].text.islower() and toks[i + 1].text in {
            ",", ".", ":", "“", '"'} and (toks[i - 1].is_cap or toks[i - 1].folded in _GENDERED_PRONOUNS):
        return word  # "…,” Conway notes."
    if word in NOUN_LIKE_CUES and i < len(toks) - 1 and toks[i].text.islower() and (
            i == 0 or toks[i - 1].text in {"”", '"'}) and toks[i + 1].is_cap:
        # "“…,” notes Jones, winging west": inverted right after the closing mark (a stretch of text outside the
        # marks that opens in lowercase follows a quotation).
        return word
    if word in _CLOSING_CUES and 0 < i < len(toks) - 1 and toks[i].text.islower() and (
            toks[i + 1].text in {",", "."} or _with_someone(toks, i + 1)) and (
            toks[i - 1].is_cap and not _after_preposition(toks, _name_run_start(toks, i - 1, 0), 0) or (
            toks[i - 1].folded in _GENDERED_PRONOUNS)):
        # "…,” Kelce shared.", "…,” she shares with InStyle." (not "a cap on ownership of Snowy shares.")
        return word
    if word in BASE_CUES and toks[i].text.islower():
        # "“…,” he will say", "Obama would tell", "a spokesman could only quip:" (one adverb may come between).
        m = _modal_before(toks, i, 0)
        if m is not None and m > 0 and (
                toks[m - 1].folded in PRONOUNS or toks[m - 1].is_cap or toks[m - 1].is_title or (
                    toks[m - 1].text in PERSON_NOUNS)):
            return word
    return None


# "Murphy, the head of Right to Rise USA, Tweeted on Friday": the platform's verb is often capitalised.
_CAPITALISED_CUES = words("capitalised_cues")


def _with_someone(toks: list[Token], k: int) -> bool:
    """Tell whether "with" and a capitalised name stand at k, then the clause ends ("shares with InStyle.")."""
    end = k + 1
    while end < len(toks) and toks[end].is_cap:
        end += 1
    return toks[k].folded == "with" and end > k + 1 and (end == len(toks) or toks[end].text in {",", "."})


def _source_cue_at(toks: list[Token], i: int) -> str | None:
    """The source cue of more than one word starting at token i ("according to", "in the words of"), or None."""
    for cue in _LONG_SOURCE_CUES.get(toks[i].folded, ()):
        if [t.folded for t in toks[i:i + len(cue)]] == cue:
            return " ".join(cue)
    return None


def _by_first_word(cues: frozenset[str]) -> dict[str, list[list[str]]]:
    """The cues of more than one word, as word lists, by their first word."""
    found: dict[str, list[list[str]]] = {}
    for cue in sorted(cues):
        if " " in cue:
            found.setdefault(cue.split()[0], []).append(cue.split())
    return found


_LONG_SOURCE_CUES = _by_first_word(_SOURCE_CUES)


def cue_width(cue: str) -> int:
    """How many tokens a cue takes ("said" one, "shot back" two)."""
    return len(cue.split())


# Capitalised words that never stand inside a name, only in a title-case clause.
_CLAUSE_WORDS = words("clause_words")


class RunReading(NamedTuple):
    """How a run of words reads as a mention, its words given by their index in the run."""

    kind: str
    name: str
    title: str | None
    first: int
    last: int


def _mention_from_run(run: list[Token], has_article: bool, appositive: str | None) -> Mention | None:
    """Turn a run of capitalised and role words into a name or organisation mention."""
    read = _read_run(tuple([t.text for t in run]), has_article, appositive)
    if read is None:
        return None
    kind, name, title, first, last = read
    return Mention(kind, name, title, run[first].start, run[last].end)


@lru_cache(maxsize=16384)  # a name recurs through an article, and across articles: each run is read once
def _read_run(texts: tuple[str, ...], has_article: bool, appositive: str | None) -> RunReading | None:
    """How a run of capitalised and role words reads as a mention: its kind, name and title, and the indices of
    the run's first and last words that belong to it; None when it names no one."""
    run = [token(text, 0, 0) for text in texts]
    begin, end = 0, len(run) - 1
    while begin < len(run) and (_CONTRACTION.sub("", run[begin].text) in NON_NAMES or run[begin].folded in (
            _PARTICLES) or not (run[begin].is_cap or run[begin].is_title)):
        begin += 1
    while end >= begin and run[end].folded in _PARTICLES:
        end -= 1
    run = run[begin:end + 1]
    if not run or not any(t.is_cap for t in run) or any(t.text in _CLAUSE_WORDS for t in run[1:]) or sum(
            len(t.text) > 1 and t.text.isupper() and t.text.isalpha() for t in run) >= 3:
        # ("Schlafly’s Final Column Explains Why She Sees …", "TURNS OUT EDGAR ALLEN POE WAS ONTO SOMETHING": a
        # headline, no name.)
        return None
    of = person_before_of([t.text for t in run])
    if of is not None:
        # "said Zara Hyde Peters of UK Athletics": the person, the body her title.
        body = " ".join(t.text for t in run[of + 1:])
        # ("Stephanie Hooton of Derry", "Jeff Merkley of Oregon": a home town or state, no title.)
        person = _read_run(texts[begin:begin + of], False, appositive if home_place(body) else (
            f"{appositive}, {body}" if appositive else body))
        return None if person is None else person._replace(first=person.first + begin, last=person.last + begin)
    placed = _name_after_place(run)
    if placed is not None:
        # "the District of Massachusetts Joshua Levy": the body and its place are the title of the name after them.
        title = " ".join(t.text for t in run[:placed])
        return RunReading("name", " ".join(t.text for t in run[placed:]), f"{appositive}, {title}" if appositive
                          else title, begin + placed, end)
    phrase = " ".join(t.text for t in run)
    title, name = split_title(phrase)
    if appositive and appositive.isdigit():
        appositive = None  # "Tom Becker, 52, who lives in Santa Clarita": an age is no role
    if appositive:
        # "a retired farmer who has served on the board for 12 years": the role, not the clause about the person.
        appositive = _RELATIVE_CLAUSE.split(appositive, 1)[0]
        title = appositive if not title else f"{title}, {appositive}"
    name_words = name.split()
    if not name_words or not (name_words[-1][:1].isupper() or LOWER_CASE_NAME.match(name_words[-1])):
        return None
    last = name_words[-1].casefold().rstrip(".")
    if last in ORG_WORDS and title and not appositive and run[0].is_cap and not (
            len(name_words) > 1 and is_forename(name_words[0])):  # ("Labor journalist Alex Press")
        # "the Democratic National Committee", "Russia’s Foreign Ministry": the capitalised words before an
        # organisation's head word are its name, not a role (only an owner's possessive stays a title).
        owner = run[0].text if _POSSESSIVE.search(run[0].text) and len(run) > 2 else None
        name = " ".join(t.text for t in run[1 if owner else 0:])
        title, name_words = owner, name.split()
    elif has_article and title and len(name_words) == 1 and not any(t.is_title for t in run):
        # "according to the Philippine Star": after "the", a qualifier that holds no role word and one more
        # capitalised word name a paper or a body, not a person called "Star".
        title, name, name_words = None, phrase, phrase.split()
    surname = not has_article and surname_like_body_word(name_words)
    is_org = not surname and ((has_article and not title) or last in ORG_WORDS or (
        len(name_words) == 1 and name.isupper()) or (
        name == phrase and any(w.casefold() in ORG_WORDS for w in name_words)))
    if is_org and has_article:
        name = "the " + name if not name.lower().startswith("the ") else name
    return RunReading("org" if is_org else "name", name, title, begin, end)


def _name_after_place(run: list[Token]) -> int | None:
    """Where a full name starts in a run that opens with a body "of" or "for" a place ("District of Massachusetts
    Joshua Levy"): at a forename right after the place, with a capitalised word or two after it; else None."""
    for k in range(2, len(run) - 1):
        if is_forename(run[k].text) and is_place(run[k - 1].text) and len(run) - k <= 3 and (
                any(t.folded in _PORTFOLIO_LINKS for t in run[:k - 1])) and all(t.is_cap for t in run[k:]):
            return k
    return None


def home_place(body: str) -> bool:
    """Tell whether the words after "of" in a person's name are a home town or state rather than a body: a known
    place, one word ("of Derry", "of Oregon") or a county, city, ... ("of Burke County")."""
    return is_place(body) or " " not in body


def person_before_of(words: list[str]) -> int | None:
    """Where "of" ends a person's full name in a run of capitalised words ("Zara Hyde Peters of UK Athletics", "Jamie
    Werner of Ngātiwai"): after two capitalised words or more, the first a forename, none a role or a body's word."""
    of = next((m for m, w in enumerate(words) if w == "of"), None)
    if of is None or of < 2 or of + 1 >= len(words) or not is_forename(words[0]):
        return None
    if not all(w[:1].isupper() and not is_title_word(w.casefold()) and w.casefold() not in ORG_WORDS
               or 0 < m < of - 1 and w in _NAME_PARTICLES for m, w in enumerate(words[:of])):
        return None
    return of


_RELATIVE_CLAUSE = re.compile(r"\s+(?:who|whom|whose|which|that)\s+")
# Words set off by commas that are not a description of the speaker.
_ASIDES = words("asides")


# Words that open a phrase about the circumstances, never a role: "at a rally", "as usual", "never one to …".
_ASIDE_OPENERS = words("aside_openers")
# Words ending in -ly that open a role all the same: "a family friend", "an early supporter".
_LY_NOT_ADVERBS = words("ly_adjectives")


def _aside(inner: list[Token]) -> bool:
    """Tell whether the words between two commas after a name are an aside ("at a rally in Ohio", "clearly
    frustrated") rather than a role ("a doctor", "spokesman for the campaign")."""
    first = inner[0].text
    return first.islower() and (first in _ASIDE_OPENERS or (ends_like_adverb(first) and first not in _LY_NOT_ADVERBS))


INDEFINITES = words("indefinites")
_PAST_IRREGULAR = words("irregular_past_verbs")
_OBJECT_OPENERS = words("object_openers")


def _predicate(inner: list[Token]) -> bool:
    """Tell whether the words between two commas after a name are its predicate, not a role ("Kemi Badenoch,
    struck a defiant tone at the weekend, saying …"): a verb in the past with its object."""
    first = inner[0].text
    return len(inner) > 1 and first.islower() and (first.endswith("ed") or first in _PAST_IRREGULAR) and (
        inner[1].folded in _OBJECT_OPENERS)


def _role_before(toks: list[Token], last: int, lo: int) -> bool:
    """Tell whether "The leader of the Anti-Defamation League" ending at `last` describes someone by a role."""
    for j in range(last, max(lo - 1, last - 8), -1):
        if not toks[j].text[:1].isalnum():
            return False
        if toks[j].is_title and (toks[j].text.islower() or j < last and toks[j + 1].text in _ROLE_BODY_LINKS):
            return True  # ("Palestinian Ambassador to the Netherlands": a capitalised role of a body or place too)
    return False


# Words between a role and its body ("a spokesman for the agency").
_BODY_LINKS = words("body_links")
_ROLE_BODY_LINKS = _BODY_LINKS | {"to"}  # ("Ambassador to the Netherlands")


_FOLDED_DESCRIPTION_OPENERS = frozenset(w.casefold() for w in words("described_name_openers"))
_DESCRIPTION_LINKS = words("description_links")


def _opens_with_description(toks: list[Token], last: int, lo: int) -> bool:
    """Tell whether a clause opens with a short description of someone ending at `last` in a common noun ("The
    law’s sponsor, state Rep. Shelby Slawson, said"; "in the end, Shelby Slawson, …" is no description)."""
    if not (toks[last].text.isalpha() and toks[last].text.islower()):
        return False
    for d in range(last - 1, max(lo - 1, last - MAX_DESCRIPTION_TOKENS), -1):
        if not (toks[d].text[:1].isalnum() or toks[d].text in {"’s", "'s"}):
            return False
        if toks[d].folded in _FOLDED_DESCRIPTION_OPENERS:
            if d - 1 > lo and toks[d - 1].text in _DESCRIPTION_LINKS:
                # "A spokesman for the agency, Tom Lee, said", "Another delegate on the Cruz slate, Jim Poolman,
                # said": the article of a body or place is inside the description.
                continue
            # ("And a third, Daniel Traynor, said": a connective may open the sentence.)
            return d == lo or toks[d - 1].text in {",", ".", ";", ":", "“", "”", '"', "—"} or (
                d - 1 == lo and toks[lo].text in _SENTENCE_CONNECTIVES)
    return False



def _role_of_body(toks: list[Token], at: int, lo: int) -> int | None:
    """Start of "a spokesman for (committee)" ending just before `at`, when a role word heads it; else None."""
    k = at - 1
    if k >= lo and toks[k].text.islower() and toks[k].text not in _NOMINAL_LINKS and not toks[k].is_title:
        k -= 1  # "for committee Democrats"
    if k < lo or toks[k].text not in _NOMINAL_LINKS:
        return None
    for d in range(k - 1, max(lo - 1, k - 5), -1):
        word = toks[d].folded
        if word in _DETERMINERS and word not in _CLAUSE_DETERMINERS:
            # ("a source close to Swift": someone unnamed, known by whom they are close to)
            # ("the family of Jane Doe": a body speaking for someone heads it too)
            return d if any(t.text.islower() and (t.is_title or t.text in _SPEAKING_NOUNS or t.text in _GROUPS)
                            for t in toks[d + 1:k]) else None
        if not toks[d].text[:1].isalpha() or d == lo:
            # "“…,” sources close to Taylor Swift said": a plural needs no article.
            first = d if toks[d].text[:1].isalpha() else d + 1
            return first if first < k and toks[first].folded in _UNNAMED_SOURCES | _GROUPS and (
                toks[first].text.endswith("s")) else None
    return None


_AFFILIATIONS = words("affiliation_links")


def _name_before_of(toks: list[Token], at: int, lo: int, appositive: str | None) -> tuple[Mention, int] | None:
    """The person's name right before "of" at at - 1 ("Robert Antonacci of the New York delegation", "Dan
    McLaughlin at the National Review", "Jane Doe with the ACLU"), if any."""
    of = at - 1
    if of - 1 < lo or toks[of].text not in _AFFILIATIONS or not toks[of - 1].is_cap or toks[of - 1].text in NON_NAMES:
        return None
    j = of - 1
    while j - 1 >= lo and of - j < MAX_SUBJECT_TOKENS and (
            toks[j - 1].is_cap or toks[j - 1].is_title or toks[j - 1].text in _HONORIFIC_ABBR or (
            j - 3 >= lo and links_role_to_post(toks, j - 1)) or (
                toks[j - 1].text in _NAME_PARTICLES and j - 2 >= lo and toks[j - 2].is_cap)):
        j -= 1
    if j - 1 >= lo and toks[j - 1].folded in _DETERMINERS:
        return None  # "the Bank of the West": one organisation's name, not a person of one
    if toks[of].text != "of" and of - j < 2:
        return None  # "Officials at Homeland Security Investigations": a full name, not a capitalised plural
    if all(t.is_title or t.text in _HONORIFIC_ABBR for t in toks[j:of]) or any(
            t.text in _HONORIFIC_ABBR for t in toks[of + 1:at + 8]):
        return None  # "Speaker of the House Rep. Paul Ryan": a role of a named person, not a person of a body
    mention = _mention_from_run(toks[j:of], False, appositive)
    if mention is None or mention.kind != "name":
        return None
    return mention, j


def _place_phrase_start(toks: list[Token], i: int, lo: int) -> int | None:
    """Index of the comma opening "a salesman from Sumter" when the capitalised run ending at i follows a
    preposition of place; None otherwise."""
    m = i
    while m - 1 >= lo and toks[m - 1].is_cap:
        m -= 1
    if m - 1 < lo or toks[m - 1].text not in _HOME_PREPOSITIONS:
        return None
    for j in range(m - 2, max(lo - 1, m - 2 - MAX_SUBJECT_TOKENS), -1):
        if toks[j].text == ",":
            if j - 3 >= lo and toks[j - 1].text.isdigit() and toks[j - 2].text == "," and toks[j - 3].is_cap:
                return j - 2  # "Harry Bond, 30, of Raleigh, N.C.": an age before the place
            return j if j - 1 >= lo and (toks[j - 1].is_cap or toks[j - 1].text == ")") else None
        if toks[j].text in _CLAUSE_BOUNDARIES or cue_at(toks, j):
            return None
    return None


def _description_start(toks: list[Token], i: int, lo: int) -> int | None:
    """Index of the article opening "the attorney general of Oklahoma" that ends at i, else None."""
    j = i
    while j - 1 >= lo and i - j < MAX_SUBJECT_TOKENS and (toks[j - 1].is_cap or toks[j - 1].is_title or (
            toks[j - 1].folded in _PARTICLES)):
        j -= 1
    if j - 1 >= lo and j < i and toks[j - 1].folded in _ARTICLES and any(
            t.is_title for t in toks[j:i + 1]):
        return j - 1
    return None


_LEADING_ARTICLE = re.compile(r"^(?:a|an|the)\s+")


def _without_article(phrase: str) -> str:
    """A role or description as a title, without the lowercase article opening it ("a doctor" -> "doctor")."""
    return _LEADING_ARTICLE.sub("", phrase)


def _portfolio_series_before(toks: list[Token], comma: int, lo: int) -> tuple[str, int] | None:
    """A role whose portfolio lists several things, set off after a name and ending at the comma at `comma`
    ("Anne Richards, assistant secretary of state for population, refugees, and migration, said"), and the index
    of the name's last word; else None."""
    for c in range(comma - 1, max(lo, comma - MAX_RELATIVE_TOKENS) - 1, -1):
        if toks[c].text in _CLAUSE_BOUNDARIES or toks[c].folded in _RELATIVE_PRONOUNS or cue_at(toks, c):
            return None
        if toks[c].text != "," or c - 1 < lo or not toks[c - 1].is_cap:
            continue
        phrase = toks[c + 1:comma]
        first_comma = next((n for n, t in enumerate(phrase) if t.text == ","), None)
        if first_comma is None or not phrase[0].text.islower() or not any(
                t.folded in _PORTFOLIO_LINKS for t in phrase[:first_comma]) or not _names_a_person(
                " ".join(t.text for t in phrase[:first_comma])):
            return None
        return _without_article(" ".join(t.text for t in phrase).replace(" ,", ",")), c - 1
    return None


def _role_phrase_before(toks: list[Token], i: int, lo: int) -> tuple[str, int] | None:
    """The role set off by commas after a name and ending at i ("executive director of the House Majority PAC";
    "a Democratic pollster who is working with Priorities USA": the role before a relative clause) and the index
    of the name's last word; None unless a role word heads the phrase and a name comes before it."""
    relative = i + 1
    for c in range(_skip_back_parenthesis(toks, i, lo) - 1, max(lo, i - MAX_RELATIVE_TOKENS) - 1, -1):
        if toks[c].text == ",":
            phrase = [t.text for t in toks[c + 1:relative]]
            if phrase[:1] == ["and"]:
                phrase = phrase[1:]  # ("…, and a Native resident of St. Lawrence Island,": a second role)
            if c - 1 < lo or not toks[c - 1].is_cap or toks[c - 1].is_title or not phrase or (
                    not phrase[0].islower()) or relative - c > MAX_SUBJECT_TOKENS or (
                    not _names_a_person(" ".join(phrase))):
                return None
            return _without_article(" ".join(phrase)).replace(" 's", "'s"), c - 1
        if toks[c].text in _CLAUSE_BOUNDARIES or (relative > i and cue_at(toks, c)):
            return None
        if toks[c].folded in _RELATIVE_PRONOUNS:
            relative = c
    return None


def _skip_back_parenthesis(toks: list[Token], i: int, lo: int) -> int:
    """Step back over "(R-Tenn.)" after a name; return the index before it."""
    if toks[i].text != ")":
        return i
    for j in range(i - 1, max(lo, i - 10) - 1, -1):
        if toks[j].text == "(":
            return j - 1
    return i


MAX_DASH_ASIDE_TOKENS = 15


def _skip_back_dashes(toks: list[Token], i: int, lo: int) -> int:
    """Step back over an aside set off by dashes between a name and its cue ("Starmer – who is under pressure –
    said"); return the index before it (i itself when the token at i closes no such aside)."""
    if toks[i].text not in DASHES:
        return i
    for j in range(i - 1, max(lo, i - MAX_DASH_ASIDE_TOKENS) - 1, -1):
        if toks[j].text in DASHES:
            return j - 1 if j - 1 >= lo and toks[j - 1].is_cap else i
    return i


def _before_relative_clause(toks: list[Token], comma: int, lo: int) -> int:
    """Index of the name before ", who …," ending at `comma` ("Sandy Phillips, who lost … in Aurora, Colorado,
    in July 2012, said"), so commas inside the clause are not read as appositives; else `comma` itself."""
    for j in range(comma - 1, max(lo, comma - MAX_RELATIVE_TOKENS) - 1, -1):
        text = toks[j].text
        if text in _CLAUSE_BOUNDARIES:
            return comma
        if cue_at(toks, j) and not (j > lo and (
                toks[j - 1].folded in _PASSIVE_AUXILIARIES or toks[j - 1].folded == "who")):
            return comma  # a verb of saying ends the search, unless the clause holds it ("who called …")
        if text == "," and j + 1 < comma and toks[j + 1].folded in _PERSONAL_RELATIVES and j - 1 >= lo and (
                toks[j - 1].is_cap or toks[j - 1].text == ")" or _age_set_off(toks, j - 1, lo)):
            # "Harry Bond, 30, of Raleigh, N.C., who was polled, said": appositives before the clause are
            # read next, from the comma that opens it ("Khizr Khan, whose son, Army Capt. Humayun Khan, was
            # killed in Iraq, responded": the son's name inside the clause is not the speaker).
            return j if _ends_a_place(toks, j - 1, lo) or _ends_a_description(toks, j - 1, lo) or (
                _age_set_off(toks, j - 1, lo)) else j - 1
        if text == "," and j + 1 < comma and toks[j + 1].folded == "which" and j - 1 >= lo and (
                toks[j - 1].is_cap or toks[j - 1].text.isalpha()) and not _comma_in_sentence_before(toks, j, lo):
            # "The Consumer Brands Association, which represents food manufacturers, said": a body that opens
            # the clause (one inside an appositive is read there: "spokeswoman for the Coalition, which …").
            return j - 1
    return comma


def _age_set_off(toks: list[Token], i: int, lo: int) -> bool:
    """Tell whether the token at i is an age set off by commas after a name ("Streeting, 41, who …")."""
    return toks[i].text.isdigit() and i - 2 >= lo and toks[i - 1].text == "," and toks[i - 2].is_cap


def _ends_a_description(toks: list[Token], i: int, lo: int) -> bool:
    """Tell whether the words ending at index i close a description set off by commas after a name ("Prof Gavin
    Yamey, director of the Centre for Policy Impact at Duke University"): its first word a role word or an
    article, a capitalised word before its comma."""
    for k in range(i - 1, max(lo, i - MAX_RELATIVE_TOKENS) - 1, -1):
        if toks[k].text in _CLAUSE_BOUNDARIES:
            return False
        if toks[k].text == ",":
            opening = toks[k + 1] if k + 1 < i else None
            return opening is not None and opening.text.islower() and (
                opening.is_title or opening.folded in _ARTICLES) and k - 1 >= lo and toks[k - 1].is_cap
    return False


def _comma_in_sentence_before(toks: list[Token], j: int, lo: int) -> bool:
    """Tell whether the sentence holding index j has a comma before it (not one inside a number, "35,000")."""
    for k in range(j - 1, lo - 1, -1):
        if toks[k].text in _CLAUSE_BOUNDARIES:
            return False
        if toks[k].text == "," and not (k > lo and toks[k - 1].text.isdigit() and k + 1 < len(toks) and (
                toks[k + 1].text.isdigit())):
            return True
    return False


_PARTY_TAG = re.compile(r"[DRI]-(?:[A-Z][a-z]{1,4}\.?|(?:[A-Z]\.){2,}|[A-Z]{2})")  # "R-Ky.", "D-N.Y.", "I-VT"
_STATE_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2}$|^[A-Z][a-z]{1,4}\.$")  # "N.C.", "Va.", "Calif."


def _ends_a_place(toks: list[Token], i: int, lo: int) -> bool:
    """Tell whether the words ending at index i are a place appositive ("of Raleigh", "Raleigh, N.C.")."""
    if _STATE_ABBREVIATION.match(toks[i].text) and i - 1 >= lo and toks[i - 1].text == ",":
        return True
    m = i
    while m - 1 >= lo and toks[m - 1].is_cap:
        m -= 1
    return m - 1 >= lo and toks[m - 1].text in _HOME_LINKS and m - 2 >= lo and toks[m - 2].text == ","


MAX_DESCRIPTION_TOKENS = 10


def _described_name(toks: list[Token], name: list[Token], last: int, lo: int) -> tuple[Mention, int] | None:
    """The name of "the party's nominee, Donald Trump," with the description ending at `last` as its title."""
    mention = _mention_from_run(name, False, None)
    if mention is None or mention.kind != "name":
        return None
    first = last
    while first - 1 >= lo and last - first < MAX_DESCRIPTION_TOKENS and toks[first - 1].text[:1].isalnum() and (
            toks[first - 1].folded not in _NO_NAME_OPENERS
            # ("a spokesman for the agency": the body's article is part of the description)
            or first - 2 > lo and toks[first - 1].folded in _ARTICLES and (
                toks[first - 2].text in _ROLE_BODY_LINKS or toks[first - 2].text in _DESCRIPTION_LINKS)
            # ("Palestinian Ambassador to the Netherlands": the link after a role word too)
            or first - 2 >= lo and toks[first - 1].text in _ROLE_BODY_LINKS and toks[first - 2].is_title
            or _place_after_description(toks, first, lo)):
        first -= 1
    description = " ".join(t.text for t in toks[first:last + 1]).replace(" 's", "'s").replace(" ’s", "’s")
    mention.title = f"{description}, {mention.title}" if mention.title else description
    has_article = first - 1 >= lo and toks[first - 1].folded in _DETERMINERS
    return mention, first - 1 if has_article else first


def _place_after_description(toks: list[Token], first: int, lo: int) -> bool:
    """Tell whether the token before `first` belongs to places that follow a description's noun ("Epstein's
    neighbor in both Florida and New York, Donald Trump, said": the places are part of the description): "in"
    after the noun, "both" after "in", "and" between capitalised words."""
    if first - 2 < lo:
        return False
    word, before, after = toks[first - 1].folded, toks[first - 2], toks[first]
    if word == "and":
        return after.text[:1].isupper() and before.text[:1].isupper()
    if word in _PLACE_QUANTIFIERS:
        return after.text[:1].isupper() and before.folded in _HOME_PREPOSITIONS
    return word in _HOME_PREPOSITIONS and (after.text[:1].isupper() or after.folded in _PLACE_QUANTIFIERS) and (
        before.text.isalpha() and before.text.islower() and before.folded not in _NO_NAME_OPENERS)


_PLACE_QUANTIFIERS = words("place_quantifiers")


_DAYS_AND_MONTHS = (_WEEKDAYS | words("months") | {f"{month}." for month in entries("month_abbreviations")}
                    | {"Sept."})
_TIMES_OF_DAY = words("times_of_day")
_TIME_LEADS = words("time_leads")
_TIME_PERIODS = words("time_periods")
_PERIOD_LEADS = {"last", "this"}  # ("in the morning" is a setting, read as one)


def _time_adjunct_start(toks: list[Token], i: int) -> int | None:
    """The first token of a time phrase ending at i ("on Tuesday", "on Tuesday night", "on Jan. 5", "last week"),
    or None."""
    if i > 0 and toks[i].folded in _TIME_PERIODS and toks[i - 1].folded in _PERIOD_LEADS:
        return i - 1
    if toks[i].text in _TIMES_OF_DAY:
        i -= 1
    if toks[i].text.isdigit() and toks[i - 1].text in _DAYS_AND_MONTHS:
        i -= 1
    if i > 0 and toks[i].text in _DAYS_AND_MONTHS and toks[i - 1].folded in _TIME_LEADS:
        return i - 1
    return None


def after_time_adjunct(toks: list[Token], k: int) -> int:
    """Index past a time phrase starting at k ("on Monday", "on Tuesday night", "on Jan. 5", "last night"), else
    k."""
    if k + 1 < len(toks) and toks[k].folded in _PERIOD_LEADS and toks[k + 1].folded in _TIME_PERIODS:
        return k + 2
    if not (k + 1 < len(toks) and toks[k].folded in _TIME_LEADS and (
            toks[k + 1].text in _DAYS_AND_MONTHS)):
        return k
    j = k + 2
    if j < len(toks) and toks[j].text.isdigit():
        j += 1
    if j < len(toks) and toks[j].text in _TIMES_OF_DAY:
        j += 1
    return j


class Subject(NamedTuple):
    """What a rule reading one side of a cue finds: who the clause names (None: no one, so no later rule is asked)
    and the index of the subject's first token. (A rule reading a whole cue finds an `Attribution`, or NOBODY when
    the cue attributes nothing.)"""

    mention: Mention | None
    first: int


NOBODY = Subject(None, -1)


class Before(NamedTuple):
    """How the words before a cue read: the word right before it (past adverbs, modals and a time), the subject's
    last word once the appositives are read, what they say, and the run of name words ending there."""

    word: int
    head: int
    appositive: str | None
    stop: bool  # an appositive shows that the clause names no one ("A woman, who asked not to be named, said")
    described: tuple[int, int] | None  # the commas around "Donald Trump" in "the party's nominee, Donald Trump,"
    named: bool  # the head is a capitalised word: a name, a body or a role with a name
    run: int  # the first word of the name run ending at the head
    pair: tuple[int, int] | None  # the second name of "Trump and Ryan" (the run and head are the first one's)


class After(NamedTuple):
    """How the words after an inverted cue read: the first word past fillers, whether "the" opens them, where the
    name words start and end, and the lowercase words before them ("retired", "Republican voter")."""

    first: int
    has_article: bool
    start: int  # past the article and the leading modifiers
    modifiers: list[Token]
    run: int  # the first name word (past a role word between a qualifier and the name: "Republican voter X")
    end: int
    plain_end: int  # the end of the run before such a role word is read
    modified: bool  # lowercase modifiers stand before the name ("said retired Army Gen. Mick Bednarek")


class Clause(NamedTuple):
    """An attribution clause being read: the sentence's tokens, the cue's index, the bounds, and either the cue
    as read (`word`: which side names the speaker) or how the words on one side of it parse (`before` for "Blinken
    said", `after` for "said Jens Stoltenberg")."""

    toks: list[Token]
    cue: int
    lo: int
    hi: int
    before: Before | None = None
    after: After | None = None
    after_comma: bool = False
    word: str | None = None  # the cue as read ("said", "according to") when the clause is read as a whole


def subject_before(toks: list[Token], k: int, lo: int = 0) -> tuple[Mention, int] | None:
    """Parse the speaker written just before the cue at index k; return it and its first token index."""
    before = _read_before(toks, k, lo)
    if before is None:
        return None
    found = rules.first("clause", Clause(toks, k, lo, len(toks), before=before), reads="before")
    return None if found is None or found.mention is None else (found.mention, found.first)


def subject_after(toks: list[Token], k: int, hi: int, after_comma: bool = False) -> Mention | None:
    """Parse the speaker written after an inverted cue ("said Jens Stoltenberg, NATO's chief")."""
    after = _read_after(toks, k, hi)
    if after is None:
        return None
    found = rules.first("clause", Clause(toks, k, k, hi, after=after, after_comma=after_comma), reads="after")
    return None if found is None else found.mention


def _word_before(toks: list[Token], k: int, lo: int) -> int:
    """Index of the word before the cue at k, past adverbs, a modal before a base form and a time ("Obama might
    add", "a spokesman could only quip", "Trump on Tuesday said"); "Will wrote" keeps the surname Will."""
    i = k - 1
    if i > lo and toks[i].folded in _REFLEXIVES:
        i -= 1  # "as Montoya-Lewis herself said": right before the verb, a reflexive only stresses who speaks
    base_form = toks[k].text in BASE_CUES
    if base_form and i - 2 >= lo and toks[i].text == "to" and _caused(toks, i - 1, lo):
        i -= 1  # "That kind of talk led Christie to suggest": whom the talk led to say it
    while i >= lo:
        if (toks[i].is_adverb and toks[i].text != "Will") or (
                base_form and toks[i].text in MODALS and toks[i].text != "to"):
            i -= 1
        else:
            when = _time_adjunct_start(toks, i) if i - 1 > lo else None
            if when is None:
                when = _setting_start(toks, i, lo)
            if when is None:
                break
            i = when - 1  # the day, or the setting, is no part of the name
    return i


def _caused(toks: list[Token], i: int, lo: int) -> bool:
    """Tell whether a name ending at `toks[i]` is the object of a verb that caused its saying ("led Christie",
    "prompted Sen. Chris Murphy"): a verb of that kind right before the capitalised words."""
    j = i
    while j >= lo and (toks[j].is_cap or toks[j].is_title) and i - j < MAX_CAUSED_NAME:
        j -= 1
    return i > j >= lo and toks[j].folded in _CAUSATIVES


MAX_CAUSED_NAME = 5  # words of the name after "led" or "prompted"
_CAUSATIVES = words("causative_verbs")

MAX_SETTING_WORDS = 4  # "at a news conference", "in a joint written statement"


def _setting_start(toks: list[Token], i: int, lo: int) -> int | None:
    """The first token of the setting that ends at i before a cue ("Smith at a news conference in Washington
    said", "Smith in an interview with CNN said", "The Indian army in a statement said"), or None: a preposition,
    an article or possessive, lowercase words ending in an occasion or a document, and maybe a place or outlet
    joined to them. A capital inside ("a narrator in the Clinton ad asks") makes it part of the speaker's
    description."""
    j = i
    if toks[j].is_cap:  # the place or outlet at its end
        while j > lo and toks[j].is_cap:
            j -= 1
        if toks[j].folded not in _SETTING_LINKS:
            return None
        j -= 1
    first = j
    # (Content words only: "at an activist as she angrily said" is a clause of its own.)
    while first > lo and j - first < MAX_SETTING_WORDS and toks[first].text.isalpha() and (
            toks[first].text.islower() and toks[first].folded not in _SETTING_DETERMINERS) and (
            toks[first].folded not in _FUNCTION_WORDS):
        first -= 1
    if first == j or toks[first].folded not in _SETTING_DETERMINERS or first - 1 <= lo or (
            toks[j].folded not in _OCCASIONS):
        return None  # ("“provisional” role of Assad in the transition in Syria once agreed": no occasion)
    at = first - 1
    if toks[at].folded not in _SETTING_PREPOSITIONS or not toks[at - 1].text[:1].isalpha():
        return None
    return at


def _setting_opens(toks: list[Token], j: int, hi: int) -> bool:
    """Tell whether a setting opens at j after a speaker ("said the company in a statement", "explained the court
    in its ruling"): a preposition of setting, an article or possessive, and an occasion or document within a few
    lowercase words."""
    if not (j + 2 < hi and toks[j].folded in _SETTING_PREPOSITIONS and toks[j + 1].folded in _SETTING_DETERMINERS):
        return False
    for k in range(j + 2, min(hi, j + 2 + MAX_SETTING_WORDS)):
        if toks[k].folded in _OCCASIONS:
            return True
        if not toks[k].text.islower():
            return False
    return False


_SETTING_PREPOSITIONS = words("setting_prepositions")
_SETTING_LINKS = words("setting_links")
_FUNCTION_WORDS = words("function_words")
_OCCASIONS = words("speaking_occasions") | DOCUMENTS
_SETTING_DETERMINERS = words("articles") | {owner for owner, _ in pairs("possessive_pronouns")}


def _read_before(toks: list[Token], k: int, lo: int) -> Before | None:
    """How the words before the cue at k read (None when there are none)."""
    word = _word_before(toks, k, lo)
    if word < lo:
        return None
    i = _skip_back_dashes(toks, word, lo)
    if i < lo:
        return None
    if toks[i].text == "," and i - 1 >= lo and toks[i - 1].text == ")":
        i -= 1  # "Gov. John Kasich (R-OH), said": a stray comma after the party tag
    if toks[i].text == ",":
        i = _before_relative_clause(toks, i, lo)
    head, appositive, stop, described = _read_appositives(toks, i, lo)
    if described is not None or head < lo:
        return Before(word, head, appositive, stop or head < lo, described, False, head + 1, None)
    # ("the two-time MVP said", "the Olympian said": a capitalised epithet after lowercase words is a description)
    epithet = toks[head].folded in CAPITALISED_EPITHETS and head - 1 >= lo and toks[head - 1].text.islower()
    if not (toks[head].is_cap or toks[head].text in _HONORIFIC_ABBR) or epithet:
        return Before(word, head, appositive, stop, None, False, head + 1, None)
    run = _portfolio_start(toks, _name_run_start(toks, head, lo), lo)
    pair = None
    # ("Rep. Adam Schiff (D-Calif.) and Sen. Mark Warner said": the first name's party tag is stepped over.)
    first_end = _skip_back_parenthesis(toks, run - 2, lo) if run - 2 >= lo else run - 2
    joined = first_end >= lo and toks[run - 1].folded == "and" and toks[first_end].is_cap
    if joined and appositive is None and (toks[head].folded in ORG_WORDS and head > run or _role_of(toks, first_end)):
        # "Devon and Cornwall Police said": one body's name with "and" inside it; "Minister of Mines and Energy
        # Tom Alweendo told": one role's portfolio.
        return Before(word, head, appositive, stop, None, True, _name_run_start(toks, first_end, lo), None)
    # ("Author and psychologist Patricia Gorman said": two roles of one person, not two people.)
    if joined and not toks[first_end].is_title and toks[first_end].text not in NON_NAMES and (
            appositive is None or _two_full_names(toks, first_end, run, head, lo)):
        # "Trump and Ryan said": the run read on is the first name's, the second kept for a joint statement.
        pair, head = (run, head), first_end
        run = head
        while run - 1 >= lo and head - run < MAX_SUBJECT_TOKENS and (
                toks[run - 1].is_cap or toks[run - 1].is_title or toks[run - 1].text in _HONORIFIC_ABBR):
            run -= 1
    return Before(word, head, appositive, stop, None, True, run, pair)


def _two_full_names(toks: list[Token], first_end: int, run: int, head: int, lo: int) -> bool:
    """Tell whether the names joined by "and" before a role set off by commas are two people's full names, who
    share the role ("Ben Crump and Antonio Romanucci, lawyers for the family, said")."""
    first = _mention_from_run(toks[_name_run_start(toks, first_end, lo):first_end + 1], False, None)
    second = _mention_from_run(toks[run:head + 1], False, None)
    return all(m is not None and m.kind == "name" and _full_name(m) for m in (first, second))


def _name_run_start(toks: list[Token], i: int, lo: int) -> int:
    """The first word of the run of name words ending at i: capitalised words, role words, honorifics and particles
    inside a name ("Ursula von der Leyen")."""
    j = i
    while j - 1 >= lo and (j - 1 >= i - MAX_SUBJECT_TOKENS) and (
            toks[j - 1].is_cap or toks[j - 1].is_title or toks[j - 1].text in _HONORIFIC_ABBR or (
            j - 3 >= lo and links_role_to_post(toks, j - 1)) or (
            _plural_owner_mark(toks, j - 1, lo) and any(t.folded in ORG_WORDS for t in toks[j:i + 1])) or (
            toks[j - 1].folded in _PARTICLES and j - 2 >= lo and (
            toks[j - 2].is_cap or toks[j - 2].is_title or (
                toks[j - 2].folded in _PARTICLES and j - 3 >= lo and toks[j - 3].is_cap)))):
        j -= 1
    return j


def _role_of(toks: list[Token], end: int) -> bool:
    """Tell whether a role word and "of" or "for" come right before the word at `end` ("Minister of Mines and
    Energy"; not "Secretary of State Blinken and Defense Secretary Lloyd Austin", two people)."""
    return end >= 2 and toks[end - 1].folded in _PORTFOLIO_LINKS and toks[end - 2].is_title


_PORTFOLIO_LINKS = words("portfolio_links")


def _portfolio_start(toks: list[Token], run: int, lo: int) -> int:
    """Where a role's portfolio joined by "and" starts, when the run of name words starts inside it ("minister
    of mines and energy Tom Alweendo", "mines and energy minister Tom Alweendo"); else the run's start."""
    if not (run - 2 >= lo and toks[run - 1].folded == "and" and toks[run].text.islower() and toks[run].is_title):
        return run
    if not (toks[run - 2].text.isalpha() and toks[run - 2].text.islower()) or toks[run - 2].folded in _FUNCTION_WORDS:
        return run
    return _name_run_start(toks, run - 2, lo)


def _plural_owner_mark(toks: list[Token], k: int, lo: int) -> bool:
    """Tell whether toks[k] is the mark of a plural owner between two capitalised words ("of the Netherlands’ Fontys
    University": read on as the body's name)."""
    return toks[k].text in {"’", "'"} and k - 1 >= lo and k + 1 < len(toks) and toks[k - 1].is_cap and (
        toks[k - 1].text.endswith("s") and toks[k + 1].is_cap)


class _Appositives(NamedTuple):
    """The subject's last word once the appositives before a cue are read, and what they say."""

    head: int
    appositive: str | None
    stop: bool
    described: tuple[int, int] | None


def _read_appositives(toks: list[Token], i: int, lo: int) -> _Appositives:
    """Read back over the phrases set off by commas before a cue ("Hugh Hill, a doctor, said")."""
    appositive = None
    for _ in range(MAX_APPOSITIVES + 1):
        if not (toks[i].text == "," and i - 1 >= lo):
            break
        action, j, appositive = _between_commas(toks, i, lo, appositive)
        # (A comma inside a role's portfolio sets off no appositive: "…, minister for housing, communities and
        # local government, said".)
        series = _portfolio_series_before(toks, i, lo) if action == "stop" or (
            action == "next" and j >= lo and toks[j].text.isalpha() and toks[j].text.islower()) else None
        if series is not None:
            appositive, i = series
            break
        if action == "stop":
            return _Appositives(j, appositive, True, None)
        if action == "described":
            return _Appositives(i, appositive, False, (j, i))
        i = j
        if action == "which":
            continue
        if i < lo:
            return _Appositives(i, appositive, True, None)
        if _PARTY_TAG.fullmatch(toks[i].text) and i - 2 >= lo and toks[i - 1].text == ",":
            # "Sen. Kyrsten Sinema, I-Ariz., another negotiator, said": the party tag is one more appositive.
            appositive = f"{toks[i].text}, {appositive}" if appositive else toks[i].text
            i -= 2
            continue
        if _age_set_off(toks, i, lo):
            # "Harry Bond, 30, of Raleigh, said": an age between commas before the appositive.
            appositive = f"{toks[i].text}, {appositive}"
            i -= 2
        if toks[i].is_cap and appositive is not None and _description_start(toks, i, lo) is None:
            place = _place_phrase_start(toks, i, lo)
            if place is not None:
                # "Dean Johnson, a salesman from Sumter, South Carolina, says": the state after the town is part
                # of one appositive, and the name comes before its first comma.
                appositive = " ".join(t.text for t in toks[place + 1:i + 1]).replace(" ,", ",") + ", " + appositive
                appositive = _without_article(appositive)
                i = place - 1
                if i < lo:
                    return _Appositives(i, appositive, True, None)
        if toks[i].is_cap or toks[i].text == ")":
            appositive, i = _earlier_appositives(toks, i, lo, appositive)
            break
    i = _skip_back_parenthesis(toks, i, lo)
    return _Appositives(i, appositive, i < lo, None)


def _earlier_appositives(toks: list[Token], i: int, lo: int, appositive: str | None) -> tuple[str | None, int]:
    """The title and the name's last word when more appositives end at the capitalised word at i."""
    described = _description_start(toks, i, lo)
    if described is not None and described - 2 >= lo and toks[described - 1].text == ",":
        # "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": the phrase after the
        # first comma is another appositive (the title), and the name comes before it.
        return " ".join(t.text for t in toks[described + 1:i + 1]).replace(" 's", "'s"), described - 2
    # "Alixandria Lapp, executive director of the House Majority PAC, a Democratic super PAC, said"; "Panganga
    # Pungowiyi, an organizer at the Indigenous Environmental Network, and a Native resident of St. Lawrence
    # Island, in Alaska, told me"
    for _ in range(MAX_APPOSITIVES):
        role = _role_phrase_before(toks, i, lo)
        if role is None:
            break
        appositive, i = role
    return appositive, i


def _between_commas(toks: list[Token], i: int, lo: int, appositive: str | None) -> tuple[str, int, str | None]:
    """Read the phrase that the comma at i closes: ("stop", where the words before it end, …) when it shows the
    clause names no one, ("described", its opening comma, …) when it is the name after a description, ("which",
    its opening comma, …) when a clause about a body follows the appositive before it, else ("next", the index
    before its opening comma, the appositive read)."""
    j = _comma_or_boundary_before(toks, i, lo)
    if j is not None and toks[j].text == ",":
        return _phrase_between(toks, j, i, lo, appositive)
    title = _subtitle_of_work(toks, j, lo) if j is not None else None
    return _phrase_between(toks, title, i, lo, appositive) if title is not None else ("stop", i, appositive)


def _comma_or_boundary_before(toks: list[Token], i: int, lo: int) -> int | None:
    """The nearest comma or clause boundary before i, within MAX_RELATIVE_TOKENS tokens (None when there is none)."""
    return next((j for j in range(i - 1, max(lo, i - MAX_RELATIVE_TOKENS) - 1, -1)
                 if toks[j].text == "," or toks[j].text in _CLAUSE_BOUNDARIES), None)


def _subtitle_of_work(toks: list[Token], colon: int, lo: int) -> int | None:
    """The comma opening a work's title that the colon at `colon` splits ("the biography, Prodigal Genius: The Life
    of Nikola Tesla, concludes"), else None."""
    if toks[colon].text != ":" or not (colon + 1 < len(toks) and toks[colon + 1].is_cap):
        return None
    j = _comma_or_boundary_before(toks, colon, lo)
    if j is None or toks[j].text != ",":
        return None
    return j if j - 1 >= lo and toks[j - 1].folded in WORK_NOUNS and toks[j + 1].is_cap else None


def _phrase_between(toks: list[Token], j: int, i: int, lo: int, appositive: str | None) -> tuple[str, int, str | None]:
    """Read the phrase between the commas at j and i ("Hugh Hill, a doctor, said": the role)."""
    inner = toks[j + 1:i]
    # ("Trump, asked about the criticism, said": being asked is no saying.)
    # ("Trump, when asked about his contradictions, often steam-rolls": so is being asked later.)
    being_asked = bool(inner) and (inner[0].text in _ASKED or len(inner) > 1 and (
        inner[0].text in _ASKED_CONJUNCTIONS and inner[1].text in _ASKED))
    # (A verb of saying inside a relative clause of the appositive is no cue: "Zeke Emanuel, an oncologist who
    # advised Obama, said".)
    role_end = j + 1 + len(_before_relative([t.text for t in inner]))
    if not inner or (inner[0].folded != "who" and not being_asked and any(
            cue_at(toks, n) for n in range(j + 1, role_end))):
        return "stop", j - 1, appositive  # (a relative clause may have one: "A woman, who asked not to be named,")
    if inner[0].text == "which" and toks[j - 1].is_cap and j - 1 > lo:
        # "Angelique Brunner, spokeswoman for the EB-5 Coalition, which is made up of investors, said": the
        # clause is about the body in the appositive before it; read that appositive next.
        return "which", j, appositive
    if " ".join(t.folded for t in inner) in _ASIDES or _aside(inner) or _predicate(inner):
        # "Ayotte’s campaign, for example, said", "Trump, at a rally in Ohio, said", "Trump, never one to miss a
        # chance, mocked": an aside, not an appositive naming a role.
        return "next", j - 1, appositive
    if _clause_about_person(toks, inner, j, lo, being_asked) or _title_of_work(toks, inner, j, lo):
        return "next", j - 1, appositive
    # (A relative clause inside the appositive counts no words of the role: "Yadvinder Malhi, a professor of
    # ecosystem science at Oxford University who was not involved in the study, said".)
    if inner[0].folded in _CLAUSE_OPENERS_AFTER_COMMA or (
            len(_before_relative([t.text for t in inner])) > MAX_SUBJECT_TOKENS and not (
                lo <= j - 1 < lo + MAX_NAME_OPENING and all(t.is_cap for t in toks[lo:j]))):
        # (A long appositive is the speaker's when the name opens the clause, right after a quotation: "“…,”
        # Trump, the 2016 GOP frontrunner and … after winning the primary, said".)
        return "stop", j - 1, appositive
    if appositive is None and _name_after_description(toks, inner, j, lo):
        return "described", j, appositive
    found = " ".join(t.text for t in inner)
    return "next", j - 1, _without_article(found).replace(" 's", "'s").replace(" ’s", "’s")


def _title_of_work(toks: list[Token], inner: list[Token], j: int, lo: int) -> bool:
    """Tell whether the phrase after the comma at j is the title of the work the noun before the comma names ("his
    new book, The Long Walk Home, says": the book speaks, not someone called Long Walk Home)."""
    if not (j - 1 >= lo and toks[j - 1].folded in WORK_NOUNS and inner and inner[0].is_cap):
        return False
    # (The work must head the phrase: "The author of the book, Mitchell Zuckoff, said" names the author.)
    k = j - 2
    while k >= lo and toks[k].text.isalpha() and toks[k].text.islower() and toks[k].folded not in _NOMINAL_LINKS:
        k -= 1
    return k < lo or toks[k].folded not in _NOMINAL_LINKS


def _clause_about_person(toks: list[Token], inner: list[Token], j: int, lo: int, being_asked: bool) -> bool:
    """Tell whether the phrase after the comma at j is a relative or participle clause about the person before it,
    not a title ("Joe Bateman, who drove from Illinois, said", "Bernie Sanders, celebrating a victory, is pledging";
    "who" is said of a person, so any noun before it may be one: "one large shareholder, who asked not to be
    named, told"; "AMD, led by Lisa Su, said": an agent phrase tells who runs it)."""
    led_by = len(inner) > 2 and inner[0].text.endswith("ed") and inner[1].text == "by"
    return (inner[0].folded == "who" or bool(_PARTICIPLE.match(inner[0].text)) or being_asked or led_by) and (
        j - 1 >= lo) and (
        toks[j - 1].is_cap or toks[j - 1].text in {")"} or toks[j - 1].is_title or (
            toks[j - 1].text in PERSON_NOUNS) or (
            inner[0].folded == "who" and toks[j - 1].text.isalpha() and toks[j - 1].text.islower()))


def _name_after_description(toks: list[Token], inner: list[Token], j: int, lo: int) -> bool:
    """Tell whether the phrase after the comma at j is a name and the words before that comma describe its
    bearer ("the presumptive GOP presidential nominee, Donald Trump, tweeted")."""
    return j - 1 >= lo and (toks[j - 1].is_title or (
        toks[j - 1].folded in PERSON_NOUNS and toks[j - 1].text.islower()) or _doer_described(toks, j - 1, lo) or (
        toks[j - 1].is_cap and len(inner) >= 2 and _role_before(toks, j - 1, lo)) or (
        len(inner) >= 2 and _opens_with_description(toks, j - 1, lo))) and inner[-1].is_cap and all(
        t.is_cap or t.text in _HONORIFIC_ABBR or t.is_title or (
            t.text in _PARTICLES and 0 < n < len(inner) - 1) or (
            # ("The host, National Resources Defense Council board member Nicole Lederer, has said")
            t.text.isalpha() and t.text.islower() and 0 < n < len(inner) - 1 and inner[n + 1].is_title) or (
            # ("Minister of Industry, the Hon. Aubyn Hill, told")
            t.folded == "the" and n < len(inner) - 1 and inner[n + 1].is_title)
        for n, t in enumerate(inner))


def _doer_described(toks: list[Token], i: int, lo: int) -> bool:
    """Tell whether the clause opens with a description of someone that ends in a doer's noun at i ("Another
    villager, Lipolelo Potobere, said"): a determiner first, lowercase words after it."""
    return has_agent_ending(toks[i].text) and toks[i].text.isalpha() and toks[i].text.islower() and (
        toks[lo].folded in _DETERMINERS) and lo < i <= lo + 3 and all(t.text.isalpha() and t.text.islower()
                                                                       for t in toks[lo + 1:i])


def _named(clause: Clause) -> Before | None:
    """The reading of the words before the cue when they end in a name word, else None."""
    before = clause.before
    return before if before is not None and before.named else None


def _has_article(clause: Clause, before: Before) -> bool:
    """Tell whether "the" stands before the name run ("the Sierra Club said")."""
    return before.run - 1 >= clause.lo and clause.toks[before.run - 1].folded == "the"


def _run_start(clause: Clause, before: Before) -> int:
    """The first token of the name run before the cue, its "the" included ("… in the UK says")."""
    return before.run - 1 if _has_article(clause, before) else before.run


def _run_mention(clause: Clause, before: Before) -> Mention | None:
    """The name or organisation that the run of name words before the cue spells."""
    return _mention_from_run(clause.toks[before.run:before.head + 1], _has_article(clause, before),
                             before.appositive)


@rule("clause", reads="before")
def pronoun_subject(clause: Clause) -> Subject | None:
    """A pronoun right before the cue is the speaker ("he said", "they’d argue")."""
    if clause.before is None:
        return None
    tok = clause.toks[clause.before.word]
    bare = _subject_pronoun(tok.text)
    return Subject(Mention("pronoun", bare, None, tok.start, tok.end), clause.before.word) if bare else None


@lru_cache(maxsize=4096)  # (asked of the word before every cue)
def _subject_pronoun(word: str) -> str | None:
    """The pronoun a word is, its contraction dropped ("they’d" is "they"), when it may be a subject; else None."""
    bare = _CONTRACTION.sub("", word).casefold()
    return bare if bare in PRONOUNS and bare not in _OBJECT_PRONOUNS else None


@rule("clause", reads="before")
def who_clause_subject(clause: Clause) -> Subject | None:
    """A verb of saying in a "who" clause is said by the one the clause is about, past what is set off before it
    ("Sen. Dianne Feinstein of California, the ranking Democrat on the Senate Intelligence Committee, who said")."""
    before = clause.before
    toks, lo = clause.toks, clause.lo
    if before is None or toks[before.word].folded != "who" or before.word - 1 <= lo or (
            toks[clause.cue].folded in _NAMING_VERBS):
        return None  # ("Trump, the nominee, who has called warming a hoax": a name given, not words said)
    if toks[before.word - 1].text != ",":
        return _name_right_before_who(toks, before.word, lo)
    comma = before.word - 1
    named = _named_before_appositive_of(toks, comma, lo)
    if named is not None:
        return Subject(*named)
    found = antecedent(toks[lo:], comma - lo)
    if found is None or _after_preposition(toks, found[1] + lo, lo):
        return None
    return Subject(found[0], found[1] + lo)


def _name_right_before_who(toks: list[Token], who: int, lo: int) -> Subject | None:
    """The name a "who" follows with no comma between, as hurried copy writes it ("criticised by Donald Trump Jr
    who wrote on X:"); a description there ("the man who said") is read by the rules of descriptions."""
    if not toks[who - 1].is_cap:
        return None
    found = antecedent(toks[lo:], who - lo)
    if found is None or found[0].kind != "name" or _after_preposition(toks, found[1] + lo, lo):
        return None
    return Subject(found[0], found[1] + lo)


def _after_preposition(toks: list[Token], first: int, lo: int) -> bool:
    """Tell whether a phrase starting at `first` is the object of a preposition other than a passive's "by" ("a
    reversal for the Wisconsin Republican, who had pledged": someone spoken of, not speaking)."""
    lead = first - 1
    if lead >= lo and toks[lead].folded in _ARTICLES:
        lead -= 1
    return lead >= lo and toks[lead].folded in _DESCRIPTION_LEADS and toks[lead].folded not in _ARTICLES


def _named_before_appositive_of(toks: list[Token], comma: int, lo: int) -> tuple[Mention, int] | None:
    """The name before a description set off ahead of the comma at `comma` ("Dianne Feinstein, the ranking
    Democrat on the Senate Intelligence Committee, who"), the description its title; else None."""
    for c in range(comma - 1, max(lo, comma - MAX_RELATIVE_TOKENS) - 1, -1):
        if toks[c].text in _CLAUSE_BOUNDARIES:
            return None
        if toks[c].text == ",":
            if c + 1 >= comma or toks[c + 1].folded not in _ARTICLES or c - 1 < lo or not toks[c - 1].is_cap:
                return None
            named = subject_before(toks[:c] + [token("said", toks[c].start, toks[c].start)], c, lo)
            if named is None or named[0].kind != "name" or _after_preposition(toks, named[1], lo):
                return None
            title = " ".join(t.text for t in toks[c + 2:comma])
            return replace(named[0], title=named[0].title or title), named[1]
    return None


_SPEAKING_KINDS = frozenset({"name", "nominal", "pronoun", "org", "joint"})
_NAMING_VERBS = words("naming_verbs")


def antecedent(toks: list[Token], comma: int) -> tuple[Mention, int] | None:
    """Who a "who" clause after the comma at `comma` is about: the name, or the person a description calls (not
    "a lecture from the Mexican president"); the name before a description set off after it ("said Scott Reed,
    the Chamber's chief political strategist, who added")."""
    parsed = subject_before(toks[:comma] + [token("said", toks[comma].start, toks[comma].start)], comma)
    if parsed is None or parsed[0].kind not in _SPEAKING_KINDS - {"pronoun"}:
        return None
    first = parsed[1]
    if parsed[0].kind == "nominal" and first >= 2 and toks[first - 1].text == "," and toks[first - 2].is_cap:
        named = subject_before(toks[:first - 1] + [token("said", toks[first - 1].start, toks[first - 1].start)],
                               first - 1)
        return named if named is not None and named[0].kind == "name" else None
    return parsed if parsed[0].kind != "nominal" or _names_a_person(parsed[0].text) else None


def _names_a_person(description: str) -> bool:
    """Tell whether a description's head word names a person or a role ("a spokesman for the campaign"; not "a
    lecture from the Mexican president")."""
    head = description.split()
    cut = next((n for n, w in enumerate(head) if w.casefold() in _NOMINAL_LINKS), len(head))
    word = head[cut - 1].casefold() if cut else ""
    one = word[:-1] if word.endswith("s") else word
    return word in PERSON_NOUNS or one in PERSON_NOUNS or one in TITLE_WORDS


@rule("clause", reads="before")
def appositive_names_nobody(clause: Clause) -> Subject | None:
    """A phrase set off by commas before the cue that holds a verb of saying, opens a relative clause, runs long or
    crosses a sentence shows the clause names no one ("A woman, who said she was afraid, added")."""
    return NOBODY if clause.before is not None and clause.before.stop else None


@rule("clause", reads="before")
def description_then_name(clause: Clause) -> Subject | None:
    """A name set off by commas after a description is the speaker, the description their title ("the
    presumptive GOP presidential nominee, Donald Trump, tweeted")."""
    before = clause.before
    if before is None or before.described is None:
        return None
    j, i = before.described
    found = _described_name(clause.toks, clause.toks[j + 1:i], j - 1, clause.lo)
    return Subject(*found) if found is not None else None


def _joined_pair(clause: Clause, before: Before) -> tuple[Mention, Mention] | None:
    """The two mentions "and" joins right before the cue ("France and Germany", "Trump and Ryan"), if any."""
    if before.pair is None:
        return None
    toks = clause.toks
    first = _mention_from_run(toks[before.run:before.head + 1], False, None)
    second = _mention_from_run(toks[before.pair[0]:before.pair[1] + 1], False, None)
    return None if first is None or second is None else (first, second)


@rule("clause", reads="before")
def places_listed_before_cue(clause: Clause) -> Subject | None:
    """Places joined by "and" before the cue speak as one body, not as people ("Britain, France and Germany
    said", "France and Germany said")."""
    before = _named(clause)
    pair = None if before is None else _joined_pair(clause, before)
    if before is None or before.pair is None or pair is None:
        return None
    first, last = pair
    if not (is_place(first.text) and is_place(last.text)):
        return None
    toks, start = clause.toks, before.run
    while start - 2 >= clause.lo and toks[start - 1].text == "," and is_place(toks[start - 2].text):
        start -= 2  # ("Britain, France": one word each; a person's name is never a place)
    text = " ".join(t.text for t in toks[start:before.pair[1] + 1]).replace(" ,", ",")
    return Subject(Mention("org", text, None, toks[start].start, toks[before.pair[1]].end), start)


@rule("clause", reads="before")
def person_of_nested_bodies(clause: Clause) -> Subject | None:
    """A person named before a chain of bodies and places speaks ("Dr Richard Crowder of the School of Electronics
    and Computer Science at the University of Southampton in the UK says": not the school's two subjects, nor the
    UK)."""
    before = _named(clause)
    if before is None or before.appositive is not None or before.run - 1 < clause.lo or (
            clause.toks[before.run - 1].folded not in _BODY_CHAIN_WORDS):
        return None  # (no body or place right before the cue: most clauses)
    toks, lo = clause.toks, clause.lo
    end = before.pair[1] if before.pair is not None else before.head  # (the chain's last word)
    start = end
    while start - 1 >= lo and (toks[start - 1].is_cap or toks[start - 1].folded in _BODY_CHAIN_WORDS):
        start -= 1
    link = next((m for m in range(start + 1, end) if toks[m].text in _AFFILIATIONS), None)
    if link is None or sum(t.folded in _BODY_CHAIN_WORDS - {"the"} for t in toks[link:end]) < 3:
        return None  # (one body after the name, "Mr. Morgan of the Sierra Club", is name_of_affiliation's)
    person = _name_before_of(toks, link + 1, lo, None)
    if person is None or person[1] != start:
        return None
    mention, first = person
    body = " ".join(t.text for t in toks[link + 1:end + 1]).removeprefix("the ")
    keep = mention.title and mention.title not in _HONORIFIC_ABBR
    mention.title = f"{mention.title}, {body}" if keep else body
    return Subject(mention, first)


_BODY_CHAIN_WORDS = words("body_chain_words")


@rule("clause", reads="before")
def joint_subject(clause: Clause) -> Subject | None:
    """Names joined by "and" before the cue speak jointly ("Trump and Ryan said"); so do full names listed before
    them ("Sens. Tom Carper, Dianne Feinstein, Patrick Leahy and Ben Cardin said in a letter")."""
    before = _named(clause)
    pair = None if before is None else _joined_pair(clause, before)
    if before is None or before.pair is None or pair is None:
        return None
    toks, (first, second) = clause.toks, pair
    if not first.kind == second.kind == "name" or any(_only_roles(m) for m in (first, second)):
        return None  # ("Author and psychologist Patricia Gorman said": one person with two roles)
    start, listed = before.run, [first]
    earlier = _listed_person_before(toks, start, clause.lo)
    while earlier is not None and _full_name(first) and _full_name(second):
        start, mention = earlier
        listed.insert(0, mention)
        earlier = _listed_person_before(toks, start, clause.lo)
    text = JOINT.join(m.text for m in [*listed, second])
    return Subject(Mention("joint", text, None, listed[0].start, toks[before.pair[1]].end), start)


def _only_roles(mention: Mention) -> bool:
    """Tell whether a mention's words are all role words ("Author", "Chief Executive")."""
    return all(_is_role_word(w) for w in mention.text.split())


def _full_name(mention: Mention) -> bool:
    """Tell whether a name mention reads as a person's full name ("Dianne Feinstein"), not a place or a role
    ("former Pennsylvania Gov.")."""
    words = mention.text.split()
    return len(words) >= 2 and not is_place(mention.text) and all(
        w[:1].isupper() and not _is_role_word(w) for w in words)


def _listed_person_before(toks: list[Token], run: int, lo: int) -> tuple[int, Mention] | None:
    """The full name listed before a comma that stands before the name run at `run` ("Tom Carper, Dianne
    Feinstein"), with its first token, else None."""
    if not (run - 2 >= lo and toks[run - 1].text == "," and toks[run - 2].is_cap):
        return None
    start = _name_run_start(toks, run - 2, lo)
    mention = _mention_from_run(toks[start:run - 1], False, None)
    if mention is None or mention.kind != "name" or not _full_name(mention) or not _opens_item(toks, start, lo):
        return None
    return start, mention


def _opens_item(toks: list[Token], start: int, lo: int) -> bool:
    """Tell whether a name at `start` may open an item of a list: at the clause's start or after a mark, not after
    a word that makes it an object ("After meeting Vladimir Putin, Tom Carper and Ben Cardin said")."""
    return start == lo or not toks[start - 1].text[:1].isalnum()


@rule("clause", reads="before")
def body_named_with_preposition(clause: Clause) -> Subject | None:
    """A body whose name holds "on" or "for" speaks ("the Commission on Presidential Debates said"), or a person
    of it ("Jeffrey Lewis of the James Martin Center for Nonproliferation Studies said"), or a person its role
    names ("The Council on American-Islamic Relations National Executive Director Nihad Awad says")."""
    before = _named(clause)
    toks, lo = clause.toks, clause.lo
    if before is None or not (before.run - 2 >= lo and toks[before.run - 1].text in _BODY_NAME_PREPOSITIONS and (
            toks[before.run - 2].is_cap and toks[before.run - 2].text not in NON_NAMES)):
        return None
    i, m = before.head, before.run - 2
    while m - 1 >= lo and i - m < MAX_SUBJECT_TOKENS and toks[m - 1].is_cap:
        m -= 1
    with_article = m - 1 >= lo and toks[m - 1].folded == "the"
    first = m - 1 if with_article else m
    name = " ".join(t.text for t in toks[m:i + 1])
    holder = _name_before_body(toks, first, lo) if with_article else None
    if holder is not None:
        return Subject(replace(holder[0], title=holder[0].title or name), holder[1])
    affiliated = _name_before_of(toks, first, lo, before.appositive)
    if affiliated is not None and affiliated[0].title is None:
        affiliated[0].title = name
        return Subject(*affiliated)
    role, person = split_title(name)
    # ("Undersecretary for Education Mr. Toccafondi says": a courtesy title before a surname marks a person.)
    courtesy = i - 1 >= m and toks[i - 1].folded.rstrip(".") in COURTESY_TITLES
    # ("U.S. Attorney for Massachusetts Joshua Levy": a role, its place, then a full name opening with a forename.)
    full = len(person.split()) >= 2 and (_is_role_word(role.split()[-1]) or is_forename(person.split()[0]) and any(
        _is_role_word(word) for word in role.split())) if role else False
    if role and (full or courtesy) and all(word[:1].isupper() for word in person.split()):
        role = re.sub(r"^(?:the|The)\s+", "", role)
        return Subject(Mention("name", person, role, toks[i].end - len(person), toks[i].end), first)
    return Subject(Mention("org", ("the " if with_article else "") + name, None, toks[m].start, toks[i].end), first)


def _name_before_body(toks: list[Token], first: int, lo: int) -> tuple[Mention, int] | None:
    """The full name opening the clause before a body's name set off by a comma at `first` - 1, whose holder it
    is ("Filippo Grandi, the United Nations High Commissioner for Refugees (UNHCR), said"); else None."""
    comma = first - 1
    if comma - 2 < lo or toks[comma].text != "," or not toks[comma - 1].is_cap:
        return None
    named = subject_before(toks[:comma] + [token("said", toks[comma].start, toks[comma].start)], comma, lo)
    if named is None or named[0].kind != "name" or not _full_name(named[0]) or (
            named[1] > lo and toks[named[1] - 1].text[:1].isalnum()):
        return None
    return named


@rule("clause", reads="before")
def name_before_open_appositive(clause: Clause) -> Subject | None:
    """A full name before a description whose closing comma is left out speaks, the description its title
    ("Erik van Sebille, a physical oceanographer at the University of New South Wales told Reuters"; "Sam Lau,
    the communications director for the Iowa Democratic Party said")."""
    toks, lo, k = clause.toks, clause.lo, clause.cue
    if clause.before is None or k - 3 < lo or toks[k - 1].text in _OPEN_APPOSITIVE_STOPS:
        return None
    comma = _stop_before(toks, k, max(lo, k - MAX_RELATIVE_TOKENS))
    if comma < 0 or toks[comma].text != "," or comma + 3 > k or toks[comma + 1].folded not in _ARTICLES or (
            not toks[comma + 2].text.islower()) or any(t.folded in _RELATIVE_PRONOUNS for t in toks[comma + 2:k]):
        return None  # ("Zeke Emanuel, an oncologist who advised Obama": the verb is the relative clause's)
    j = comma
    while j - 1 >= lo and comma - j < MAX_SUBJECT_TOKENS and (toks[j - 1].is_cap or (
            toks[j - 1].folded in _PARTICLES and toks[j - 1].folded != "of")):
        j -= 1
    run = toks[j:comma]
    if len(run) < 2 or not run[0].is_cap or any(t.is_title or t.text in NON_NAMES for t in run) or (
            j - 1 >= lo and toks[j - 1].text[:1].isalnum()):
        return None  # ("… of the Sierra Club, a group …": the run is no person opening the clause)
    title = " ".join(t.text for t in toks[comma + 2:k])
    return Subject(Mention("name", " ".join(t.text for t in run), title, run[0].start, run[-1].end), j)


_OPEN_APPOSITIVE_STOPS = frozenset({",", ".", ";", ":", "“", "”", '"', "(", ")"})


def _stop_before(toks: list[Token], k: int, lo: int) -> int:
    """Index of the nearest comma or stop before index k, back to lo (-1 when there is none)."""
    for c in range(k - 1, lo - 1, -1):
        if toks[c].text in _OPEN_APPOSITIVE_STOPS:
            return c
    return -1


@rule("clause", reads="before")
def role_of_body(clause: Clause) -> Subject | None:
    """A role of a body speaks, the body part of the description ("a spokesman for committee Democrats said")."""
    before = _named(clause)
    if before is None or before.appositive is not None:
        return None
    toks = clause.toks
    role = _role_of_body(toks, _run_start(clause, before), clause.lo)
    if role is None:
        return None
    phrase = toks[role:before.head + 1]
    return Subject(Mention("nominal", " ".join(t.text for t in phrase), None, phrase[0].start, phrase[-1].end), role)


@rule("clause", reads="before")
def name_of_affiliation(clause: Clause) -> Subject | None:
    """A person of a body speaks, the body their affiliation ("Mr. Morgan of the Sierra Club said")."""
    before = _named(clause)
    if before is None:
        return None
    toks = clause.toks
    at = _run_start(clause, before)
    affiliated = _name_before_of(toks, at, clause.lo, before.appositive)
    if affiliated is None:
        return None
    mention, first = affiliated
    body = " ".join(t.text for t in toks[before.run:before.head + 1])
    keep = mention.title and mention.title not in _HONORIFIC_ABBR
    mention.title = f"{mention.title}, {body}" if keep else body
    return Subject(mention, first)


@rule("clause", reads="before")
def unnamed_by_role(clause: Clause) -> Subject | None:
    """Someone unnamed, known by a capitalised role, speaks ("One Conservative MP, who asked not to be named,
    said")."""
    before = _named(clause)
    if before is None or before.appositive is not None:
        return None
    toks, lo, i, j = clause.toks, clause.lo, before.head, before.run
    indefinite = j if toks[j].folded in INDEFINITES else j - 1 if j - 1 >= lo and (
        toks[j - 1].folded in INDEFINITES) else None
    if indefinite is None or i <= indefinite + 1 or not toks[i].is_title or _run_mention(clause, before) is None:
        return None
    phrase = toks[indefinite + 1:i + 1]
    return Subject(Mention("nominal", " ".join(t.text for t in phrase), None, phrase[0].start, phrase[-1].end),
                   indefinite)


@rule("clause", reads="before")
def two_named_with_appositives(clause: Clause) -> Subject | None:
    """Two people, each with an appositive, joined by ", and" write together ("Nick Clegg, Meta's president of
    global affairs, and Jennifer Newstead, its chief legal officer, wrote")."""
    before = _named(clause)
    if before is None or before.appositive is None:
        return None
    toks, lo, j = clause.toks, clause.lo, before.run
    if not (j - 3 >= lo and toks[j - 1].text == "and" and toks[j - 2].text == ","):
        return None
    mention = _run_mention(clause, before)
    if mention is None or mention.kind != "name":
        return None
    first = subject_before(toks, j - 1, lo)
    if first is None or first[0].kind != "name" or not first[0].title:
        return None
    return Subject(Mention("joint", f"{first[0].text}{JOINT}{mention.text}", None, first[0].start, mention.end),
                   first[1])


@rule("clause", reads="before")
def name_before_workplace(clause: Clause) -> Subject | None:
    """A name before "in" or "at" a place that stands right before the cue speaks ("Dana Whitfield of the National
    Weather Service in Peachtree City said": the place is where the speaker works)."""
    before = _named(clause)
    if before is None or before.appositive is not None:
        return None
    toks, lo = clause.toks, clause.lo
    j = _run_start(clause, before)
    if not (j - 2 >= lo and toks[j - 1].text in _WORKPLACE_PREPOSITIONS):
        return None
    mention = _run_mention(clause, before)
    # (After "in", a name is a place whatever the word lists know of it: "Lauren Nel from Natural Justice in Cape
    # Town says", "Critics in Cape Town say".)
    # ("Minister in the Ministry of Finance Brian Manning said": a name with a title is a person, not a place.)
    if mention is None or mention.title is not None or not (mention.kind == "name" and toks[j - 1].text == "in" or (
            is_place(mention.text.removeprefix("the ")))):
        return None
    before_place = subject_before(toks, j - 1, lo)
    if before_place is None or before_place[0].kind not in {"name", "nominal"} or is_place(before_place[0].text):
        return None
    return Subject(*before_place)


@rule("clause", reads="before")
def recipient_of_a_document(clause: Clause) -> Subject | None:
    """A name after "to" a document is whom it was sent to, not who speaks: "The Conservatives’ letter to Daniel
    Greenberg, the standards commissioner, said" gives the words of the letter's owner, and "A letter to Daniel
    Greenberg said" those of no one the clause names."""
    before = _named(clause)
    if before is None:
        return None
    toks, lo = clause.toks, clause.lo
    j = _run_start(clause, before)
    if not (j - 2 >= lo and toks[j - 1].folded in RECIPIENTS and toks[j - 2].folded in DOCUMENTS):
        return None
    owner = _document_owner(toks, j - 2, lo)
    return NOBODY if owner is None else Subject(*owner)


@rule("clause", reads="before")
def one_who_obtained_a_document(clause: Clause) -> Subject | None:
    """A name after "seen by" or "obtained by" is who came to have a document, not who speaks: "A leaked internal
    letter seen by Sky News says" gives the letter's words, not Sky News's, and "A Feb. 1 letter from the American
    Legion obtained by The Associated Press warns" those of the Legion."""
    before = _named(clause)
    if before is None:
        return None
    toks, lo = clause.toks, clause.lo
    j = _run_start(clause, before)
    if not (j - 2 >= lo and toks[j - 1].folded == "by" and toks[j - 2].folded in _OBTAINING):
        return None
    author = subject_before(toks, j - 2, lo)
    return Subject(*author) if author is not None and author[0].kind in {"name", "org"} else NOBODY


_OBTAINING = words("obtaining_participles")


def _document_owner(toks: list[Token], document: int, lo: int) -> tuple[Mention, int] | None:
    """The capitalised owner written before a document ("The Conservatives’ letter", "Labour's letter") and its
    first token, else None."""
    k = document - 1
    if k >= lo + 1 and toks[k].text in {"’", "'"} and toks[k - 1].text.endswith("s"):
        k, mark = k - 1, 0  # (a plural's possessive: "Conservatives’")
    elif k >= lo and _POSSESSIVE.search(toks[k].text):
        mark = 2
    else:
        return None
    if not toks[k].is_cap:
        return None  # ("the party's letter": no name owns it)
    first = k
    while first - 1 >= lo and toks[first - 1].is_cap and not toks[first - 1].is_title and (
            toks[first - 1].folded not in _DETERMINERS):
        first -= 1
    written = " ".join(t.text for t in toks[first:k + 1])
    opening = first - 1 if first - 1 >= lo and toks[first - 1].folded == "the" else first
    return Mention("name", written[:len(written) - mark], None, toks[first].start, toks[k].end - mark), opening


@rule("clause", reads="before")
def speaker_before_cue(clause: Clause) -> Subject | None:
    """The name or organisation before the cue speaks ("Blinken said", "the Kremlin said", "Hugh Hill, a doctor,
    said"); the author of a document does ("The statement from the Georgia Association of Educators said")."""
    before = _named(clause)
    if before is None:
        return None
    mention = _run_mention(clause, before)
    if mention is None:
        return None
    named = _named_after_opening_place(clause, before)
    if named is not None:
        return Subject(named, before.run)
    person = _person_of_body_before_cue(clause, before, mention)
    if person is not None:
        return Subject(*person)
    return Subject(mention, _document_first(clause, before, mention))


def _named_after_opening_place(clause: Clause, before: Before) -> Mention | None:
    """The person a role and name set off after a sentence's opening place name ("In Beirut, legislator Mohammed
    Beydoun, warned": Beydoun, not Beirut), else None."""
    toks, lo = clause.toks, clause.lo
    # (The run of capitals may hold the preposition itself: "In Beirut".)
    opening = before.run if toks[before.run].text in _OPENING_PLACE_PREPOSITIONS else before.run - 1
    if before.appositive is None or opening < lo or toks[opening].text not in _OPENING_PLACE_PREPOSITIONS or (
            opening > lo and toks[opening - 1].text not in _SENTENCE_ENDS):
        return None
    words = [t for t in toks[before.head + 1:clause.cue] if t.text not in {",", "the"}]
    names = [t for t in words if t.is_cap and not t.is_title]
    if len(names) < 2 or words[-len(names):] != names or not words[:-len(names)] or not all(
            t.is_title or t.folded in PERSON_NOUNS for t in words[:-len(names)]):
        return None
    title = " ".join(t.text for t in words[:-len(names)])
    return Mention("name", " ".join(t.text for t in names), title, names[0].start, names[-1].end)


_SENTENCE_ENDS = frozenset({".", "!", "?", "”", "\n"})
_OPENING_PLACE_PREPOSITIONS = frozenset({"In", "At", "From"})


def _person_of_body_before_cue(clause: Clause, before: Before, mention: Mention) -> tuple[Mention, int] | None:
    """The person whose role's body stands right before the cue, its comma never closed ("Louise Gittins, chair of
    the Local Government Association said"), else None."""
    if mention.kind == "org" and before.appositive is None:
        return _name_before_open_clause(clause.toks, clause.cue, clause.lo)
    return None


def _document_first(clause: Clause, before: Before, mention: Mention) -> int:
    """The first token of a subject: the run's, or the document's before "from" or "by" in "The statement from
    the Georgia Association of Educators said"."""
    toks, lo = clause.toks, clause.lo
    first = _run_start(clause, before)
    if mention.kind in {"name", "org"} and first - 2 >= lo and toks[first - 1].text in _AUTHOR_PREPOSITIONS and (
            toks[first - 2].folded in DOCUMENTS):
        first -= 2
        if first - 1 >= lo and toks[first - 1].folded in _ARTICLES:
            first -= 1
    return first


@rule("clause", reads="before")
def surname_before_cue(clause: Clause) -> Subject | None:
    """A capitalised word right before the verb is a surname, even one that usually opens a sentence ("Read said",
    "Will wrote")."""
    before = _named(clause)
    if before is None or not (before.run == before.head == clause.cue - 1):
        return None
    tok = clause.toks[before.head]
    if tok.text in _NEVER_SURNAMES or not tok.text.isalpha() or tok.text.isupper() or not cue_at(
            clause.toks, clause.cue) or _run_mention(clause, before) is not None:
        return None
    mention = Mention("name", tok.text, before.appositive, tok.start, tok.end)
    return Subject(mention, _document_first(clause, before, mention))


def _unnamed(clause: Clause) -> Before | None:
    """The reading of the words before the cue when they end in a lowercase word (an unnamed source), else None."""
    before = clause.before
    return before if before is not None and not before.named and before.head >= clause.lo else None


@rule("clause", reads="before")
def lead_of_a_team(clause: Clause) -> Subject | None:
    """A person named with their team speaks for it ("Laska and his team write", "Smith and colleagues found")."""
    before = _unnamed(clause)
    if before is None or before.appositive is not None or clause.toks[before.head].folded not in _TEAM_NOUNS:
        return None
    toks, lo = clause.toks, clause.lo
    j = before.head - 1
    if j >= lo and toks[j].folded in _POSSESSIVE_PRONOUNS:
        j -= 1
    if not (j - 1 >= lo and toks[j].text == "and" and toks[j - 1].is_cap):
        return None
    start = _name_run_start(toks, j - 1, lo)
    mention = _mention_from_run(toks[start:j], False, None)
    if mention is None or mention.kind != "name":
        return None
    return Subject(mention, start)


_TEAM_NOUNS = words("team_nouns")


@rule("clause", reads="before")
def appositive_without_name(clause: Clause) -> Subject | None:
    """An appositive after a description names no one ("The striker, 36, said" aside: an age leaves the
    description the speaker; so does an appositive after a body or person named by its noun: "The newspaper, long
    a vocal advocate of reform, writes")."""
    before = _unnamed(clause)
    if before is None or before.appositive is None or before.appositive.isdigit():
        return None
    toks, i = clause.toks, before.head
    if i - 1 >= clause.lo and toks[i - 1].folded == "the" and toks[i].folded in _BODY_OR_PERSON_NOUNS:
        return None
    return NOBODY


@rule("clause", reads="before")
def organisation_subject(clause: Clause) -> Subject | None:
    """A named person's organisation speaks ("Ryan’s office said", "Israeli Prime Minister Benjamin Netanyahu’s
    office said"); so does a country's ministry ("North Korea's foreign ministry denounced")."""
    before = _unnamed(clause)
    if before is None or clause.toks[before.head].folded not in ORG_UNITS:
        return None
    j = _nominal_start(clause, before)
    if j is None:
        return None
    phrase = clause.toks[j:before.head + 1]
    if len(phrase) >= 2 and _POSSESSIVE.search(phrase[-2].text) and phrase[-2].is_cap and (
            phrase[-2].text not in NON_NAMES) and all(
            t.is_cap or t.is_title for t in phrase[:-1]) and phrase[0].folded not in _DETERMINERS:
        # (The owner's role is no part of the organisation's name.)
        mark = phrase[-2].text[-2:]  # the possessive ending, straight or curly
        _, owner = split_title(" ".join(t.text for t in phrase[:-1])[:-len(mark)])
        start = phrase[-2].end - len(owner) - len(mark)
        if phrase[-1].folded in DOCUMENTS:
            # "Cornyn's statement added": a statement gives its owner's own words.
            return Subject(Mention("name", owner, None, start, phrase[-2].end - len(mark)), j)
        return Subject(Mention("org", f"{owner}{mark} {phrase[-1].text}", None, start, phrase[-1].end), j)
    owner = next((n for n, t in enumerate(phrase) if _POSSESSIVE.search(t.text)), None)
    if owner is not None and all(t.is_cap for t in phrase[:owner + 1]) and is_place(
            " ".join(t.text for t in phrase[:owner + 1])[:-2]) and all(
            t.text.islower() for t in phrase[owner + 1:]) and len(phrase) - owner - 1 <= 2:
        return Subject(Mention("org", " ".join(t.text for t in phrase), None, phrase[0].start, phrase[-1].end), j)
    return None


@rule("clause", reads="before")
def name_before_body_noun(clause: Clause) -> Subject | None:
    """A body named by its name and a lowercase noun of what it is, with no article, speaks ("Xinhua news agency
    said", "Interfax news agency reported")."""
    before = _unnamed(clause)
    if before is None or clause.toks[before.head].folded not in BODY_NOUNS:
        return None
    toks, i = clause.toks, before.head
    lower = i
    while lower - 1 >= clause.lo and i - lower < MAX_BODY_NOUN_WORDS and toks[lower - 1].text.isalpha() and (
            toks[lower - 1].text.islower()) and toks[lower - 1].folded not in _DETERMINERS:
        lower -= 1
    start = lower
    while start - 1 >= clause.lo and lower - start < MAX_SUBJECT_TOKENS and toks[start - 1].is_cap and (
            not toks[start - 1].is_title) and toks[start - 1].folded not in _DETERMINERS:
        start -= 1
    if start == lower or (start - 1 >= clause.lo and toks[start - 1].text[:1].isalnum()) or is_place(
            " ".join(t.text for t in toks[start:lower])):
        return None  # (no name before the noun, the name not where the clause opens, or a place: "Moscow newspaper")
    name = " ".join(t.text for t in toks[start:i + 1])
    return Subject(Mention("org", name, None, toks[start].start, toks[i].end), start)


MAX_BODY_NOUN_WORDS = 2  # lowercase words of "news agency" before the body's noun


@rule("clause", reads="before")
def unnamed_source(clause: Clause) -> Subject | None:
    """Someone unnamed speaks, known by a description: "officials said", "a spokesman for the campaign said"."""
    before = _unnamed(clause)
    j = _nominal_start(clause, before) if before is not None else None
    if before is None or j is None:
        return None
    toks, i = clause.toks, before.head
    if toks[j].folded not in _DETERMINERS and not toks[i].folded.endswith("s") and not toks[i].is_title:
        return None
    phrase = toks[j:i + 1]
    if not _speaking_nominal(phrase) or j - 1 >= clause.lo and toks[j - 1].folded in _PREPOSITIONS:
        return None  # ("“inextricable links” between the question asked of the court": no subject after "between")
    if _thing_reported(toks, j, i, clause.lo):
        return NOBODY  # ("Moody’s said the change reflected “…”": a change says nothing)
    person = _person_opening(phrase)
    if person is not None:
        return Subject(person, j)
    return Subject(Mention("nominal", " ".join(t.text for t in phrase), None, phrase[0].start, phrase[-1].end), j)


def _thing_reported(toks: list[Token], j: int, i: int, lo: int) -> bool:
    """Tell whether the description toks[j:i+1] is the subject of a clause a verb of saying right before it
    reports ("said the decision reflected", "said that the change reflected") and names a thing: no person, role,
    group, body or document."""
    k = j - 1 - (j - 1 >= lo and toks[j - 1].folded == "that")
    if k < lo or toks[k].folded not in _REPORTING_VERBS:
        return False
    head = toks[i].folded
    return not any(word in _NOUNS_THAT_SPEAK or is_title_word(word) for word in (head, head.removesuffix("s")))


_REPORTING_VERBS = words("clause_reporting_verbs")
_NOUNS_THAT_SPEAK = PERSON_NOUNS | ORG_WORDS | DOCUMENTS | BODY_NOUNS | _GROUPS | words("issued_documents") | (
    words("news_pieces")) | words("unnamed_sources")


def _person_opening(phrase: list[Token]) -> Mention | None:
    """The person whose full name opens a description, the rest their title ("Matthew O’Connor from UPS corporate
    communications said"), else None."""
    k = 0
    while k < len(phrase) and phrase[k].is_cap:
        k += 1
    if k < 2 or k + 1 >= len(phrase) or phrase[k].folded not in _AFFILIATIONS or not is_forename(phrase[0].text):
        return None
    mention = _mention_from_run(phrase[:k], False, None)
    if mention is None or mention.kind != "name" or not _full_name(mention):
        return None
    mention.title = " ".join(t.text for t in phrase[k + 1:])
    return mention


MAX_FIELD_WORDS = 2  # words of a field between "of" and "and": "professor of (prehistory) and human evolution"


def _fields_joined_after_of(toks: list[Token], k: int, lo: int) -> bool:
    """Tell whether the "and" at k joins two fields of one role after "of" ("professor of prehistory and human
    evolution"): one or two lowercase words between it and an "of" that follows a role or person noun."""
    of = k - 1
    while of >= lo and k - of <= MAX_FIELD_WORDS and toks[of].text.isalpha() and toks[of].text.islower() and (
            toks[of].folded != "of"):
        of -= 1
    return of - 1 >= lo and of < k - 1 and toks[of].folded == "of" and (
        toks[of - 1].is_title or toks[of - 1].folded in PERSON_NOUNS)


def _nominal_start(clause: Clause, before: Before) -> int | None:
    """The first word of an unnamed speaker's description ending at the head ("a spokesman for the campaign"), or
    None when the words there read as no speaker."""
    toks, lo, i = clause.toks, clause.lo, before.head
    head = toks[i].folded
    if head in _NOT_SUBJECTS or not (toks[i].text[:1].isalpha() or AGE_EPITHET.match(head)) or head in CUE_VERBS:
        return None  # ("the 66-year-old said": an age is an epithet for someone named)
    j = i
    while j - 1 >= lo and i - j < 10:
        low = toks[j - 1].folded
        if low in _DETERMINERS:
            j -= 1
            # "a narrator in the Clinton ad": go on over a linking preposition.
            if j - 2 >= lo and toks[j - 1].folded in _NOMINAL_LINKS and toks[j - 2].text[:1].isalpha():
                j -= 1
                continue
            break
        if low == "and" and j - 2 >= lo and (toks[j - 2].is_title or toks[j - 2].is_cap) and toks[i].is_title:
            j -= 1  # "the Florida senator and Republican presidential candidate said": one person, two roles
            continue
        if low == "and" and _fields_joined_after_of(toks, j - 1, lo):
            j -= 1  # "the professor of prehistory and human evolution writes": one role, two fields
            continue
        if not (toks[j - 1].text[:1].isalpha() or _COUNTED.match(toks[j - 1].text)) or (
                low in _NOT_SUBJECTS - _NOMINAL_LINKS) or low in CUE_VERBS or low in _QUESTION_WORDS:
            break  # ("the 23-time Grand Slam champion"; "The letter described how committee members wrote")
        j -= 1
    phrase = toks[j:i + 1]
    if all(t.folded in _DETERMINERS for t in phrase) or phrase[0].folded in _NOMINAL_LINKS:
        return None
    if toks[j].folded in _CLAUSE_DETERMINERS and not toks[i].is_title or ends_like_adverb(head):
        return None  # "a passion that almost suggested": "that" opens a clause here, not a noun phrase
    return j


def _read_after(toks: list[Token], k: int, hi: int) -> After | None:
    """How the words after the inverted cue at k read (None when there are none)."""
    i = k + 1
    while i < hi and (toks[i].folded in CUE_FILLERS or toks[i].folded == "to") and toks[i].text[:1].islower():
        i += 1
    if i >= hi:
        return None
    has_article = toks[i].folded == "the"
    start = i + 1 if has_article else i
    if toks[i].folded in _POSSESSIVE_PRONOUNS and i + 1 < hi and toks[i + 1].is_title:
        start = i + 1  # "said his campaign manager Jeff Weaver": the role belongs to the name after it
    modifiers = _leading_modifiers(toks, start, hi)
    start += len(modifiers)
    j = _name_run_end(toks, start, hi)
    plain = After(i, has_article, start, modifiers, start, j, j, bool(modifiers))
    roles = 0
    # "said Republican political consultant Chris Russell": up to two lowercase role words between the
    # qualifier and the name.
    while roles < 2 and j + roles + 1 < hi and toks[j + roles].text.islower() and (
            toks[j + roles].folded not in _NOT_ROLE_LINKS) and (
            not toks[j + roles + 1].is_cap):
        roles += 1
    if not (j > start and toks[j - 1].is_cap and j + roles + 1 < hi and toks[j + roles].text.islower() and (
            toks[j + roles + 1].is_cap) and toks[j + roles].folded not in _NOT_ROLE_LINKS):
        return plain
    # "said Republican voter Stephanie Hooton": a lowercase role word between the qualifier and the name.
    j += roles
    end = j + 1
    while end < hi and end - start < MAX_SUBJECT_TOKENS and toks[end].is_cap:
        end += 1
    return plain._replace(modifiers=modifiers + toks[start:j + 1], run=j + 1, end=end)


def _name_run_end(toks: list[Token], start: int, hi: int) -> int:
    """Index past the run of name words after a cue starting at `start`."""
    j = start
    while j < hi and j - start < MAX_SUBJECT_TOKENS and (
            toks[j].is_cap or toks[j].is_title or toks[j].text in _HONORIFIC_ABBR or (
                _particle_in_name(toks, j, hi)) or (
                # "from Undersecretary for Political Affairs Wendy Sherman": a role's portfolio after "for".
                toks[j].text == "for" and j > start and toks[j - 1].is_title and j + 1 < hi and toks[j + 1].is_cap) or (
                # "said author and psychologist Patricia Gorman": two roles of one person.
                toks[j].text == "and" and j > start and toks[j - 1].is_title and j + 1 < hi and toks[j + 1].is_title)):
        j += 1
    if j + 1 < hi and toks[j].text in _NAME_CONJUNCTIONS and toks[j + 1].is_cap and j > start:
        # "the federal Securities and Exchange Commission": one body's name with "and" inside it.
        end = j + 1
        while end < hi and end - start < MAX_SUBJECT_TOKENS and toks[end].is_cap:
            end += 1
        if toks[end - 1].folded in ORG_WORDS:
            j = end
    return j


@rule("clause", reads="after")
def joint_after_cue(clause: Clause) -> Subject | None:
    """Full names joined by "and" after an inverted cue speak jointly ("said Tom Carper and Ben Cardin"), a list of
    them too ("said Sens. Tom Carper, Dianne Feinstein, Patrick Leahy and Ben Cardin"); places so listed are one
    body ("said Britain, France and Germany")."""
    after = clause.after
    if after is None or after.has_article or after.run != after.start or not all(
            t.is_title or _person_noun(t.folded) for t in after.modifiers):
        return None  # (a role they share may come first: "said attorneys Ben Crump and Antonio Romanucci")
    listed = _listed_after(clause.toks, after.run, after.end, clause.hi)
    if listed is None:
        return None
    toks, end = clause.toks, listed[-1].end
    if all(is_place(m.text) for m in listed):
        return Subject(Mention("org", _clause_text(toks, after.run, end), None, listed[0].start, end), after.first)
    # (Surnames only may be listed too: "say Maheshwari and Saraf", as before a cue.)
    if not all(m.kind == "name" and (_full_name(m) or _surname_alone(m)) for m in listed):
        return None
    return Subject(Mention("joint", JOINT.join(m.text for m in listed), None, listed[0].start, end), after.first)


def _surname_alone(mention: Mention) -> bool:
    """Tell whether a name mention is one capitalised word that may be a surname: no place, no role word."""
    words = mention.text.split()
    return len(words) == 1 and words[0][:1].isupper() and not is_place(mention.text) and not _is_role_word(words[0])


def _clause_text(toks: list[Token], first: int, end: int) -> str:
    """The words of a clause from the token `first` to the offset `end`, spaced as written ("Britain, France")."""
    return " ".join(t.text for t in toks[first:] if t.end <= end).replace(" ,", ",")


def _past_aside(toks: list[Token], end: int, hi: int) -> int:
    """Past a party tag or a role set off after a listed name, at the comma that closes a role: "said Rep. Adam
    Schiff (D-Calif.) and …", "wrote Tom Carper, a Delaware Democrat, and …"."""
    if end < hi and toks[end].text == "(":
        close = next((n for n in range(end + 1, min(hi, end + 6)) if toks[n].text == ")"), None)
        return close + 1 if close is not None else end
    if _appositive_after(toks, end, hi) is None:
        return end
    close = next((n for n in range(end + 1, min(hi, end + MAX_ROLE_AFTER)) if toks[n].text in _CLAUSE_ENDS), None)
    return close if close is not None and toks[close].text == "," else end


def _listed_after(toks: list[Token], start: int, end: int, hi: int) -> list[Mention] | None:
    """The names listed from the name run toks[start:end] on, by commas and a last "and" ("Tom Carper, Dianne
    Feinstein and Ben Cardin"); None unless "and" joins the last one and the clause ends after it."""
    listed: list[Mention] = []
    while True:
        mention = _mention_from_run(toks[start:end], False, None)
        if mention is None:
            return None
        listed.append(mention)
        # (", and" closes a role set off after the name, or a list of three or more.)
        aside = _past_aside(toks, end, hi)
        serial, end = len(listed) > 1 or aside != end, aside
        link = end + 1 if end < hi and toks[end].text == "," else end
        if link < hi and toks[link].text == "and":
            first = link + 2 if link + 2 < hi and toks[link + 1].folded == "the" else link + 1  # "the United States"
            last = _name_run_end(toks, first, hi)
            final = _mention_from_run(toks[first:last], False, None) if last > first else None
            # (The clause ends after the last name, or a time or place follows: "… and Ben Cardin in a letter".)
            ends = last >= hi or toks[last].text in _CLAUSE_ENDS or toks[last].folded in _ADJUNCT_OR_OF
            return [*listed, final] if final is not None and ends and (link == end or serial) else None
        if link == end or link >= hi or not toks[link].is_cap:
            return None
        start, end = link, _name_run_end(toks, link, hi)


@rule("clause", reads="after")
def pronoun_after_cue(clause: Clause) -> Subject | None:
    """A pronoun right after an inverted cue is the speaker ("…,” said he); one that opens what was said is none
    ("said she heard ten shots")."""
    after = clause.after
    if after is None:
        return None
    toks, hi, i = clause.toks, clause.hi, after.first
    if toks[i].folded not in PRONOUNS or toks[i].folded in _OBJECT_PRONOUNS:
        return None
    if i + 1 < hi and toks[i + 1].text[:1].isalpha() and toks[i + 1].folded not in (
            _ADJUNCT_OPENERS | _INVERTED_PRONOUN_ADVERBS):
        return NOBODY
    return Subject(Mention("pronoun", toks[i].folded, None, toks[i].start, toks[i].end), i)


@rule("clause", reads="after")
def described_by_club_or_place(clause: Clause) -> Subject | None:
    """Capitalised words before a noun for a person describe someone by their club or place ("said the
    Liverpool player."), not a person called "Liverpool"."""
    after = clause.after
    if after is None or not after.has_article or after.modified:
        return None
    toks, hi, j = clause.toks, clause.hi, after.plain_end
    run = toks[after.start:j]
    if run and j < hi and toks[j].text in PERSON_NOUNS and (
            j + 1 >= hi or toks[j + 1].text in _CLAUSE_ENDS or toks[j + 1].text in _ADJUNCT_OPENERS) and all(
            t.is_cap and not t.is_title for t in run):
        phrase = toks[after.first:j + 1]
        return Subject(Mention("nominal", " ".join(t.text for t in phrase), None, phrase[0].start, phrase[-1].end),
                       after.first)
    return None


@rule("clause", reads="after")
def owner_role_then_name(clause: Clause) -> Subject | None:
    """A name set off after an owner's role speaks ("said Clinton's introducer, actress Jamie Lee Curtis")."""
    after = clause.after
    if after is None:
        return None
    toks, hi, j = clause.toks, clause.hi, after.end
    run = toks[after.run:j]
    if not (run and _POSSESSIVE.search(run[-1].text) and j < hi and toks[j].text.islower() and toks[j].text.isalpha()):
        return None
    m = j
    while m < hi and m - j < 3 and toks[m].text.islower() and toks[m].text.isalpha():
        m += 1
    named = _name_in_apposition_after(toks, m, hi)
    if named is None:
        return None
    lead, name = named
    title = _and_role_words(" ".join(t.text for t in toks[after.start:m]), lead)
    mention = named_people(name, title)
    return Subject(mention, after.first) if mention is not None else None


@rule("clause", reads="after")
def owned_after_cue(clause: Clause) -> Subject | None:
    """A name's possessive after an inverted cue is no speaker when a body or a person it owns follows: they are
    ("said Ryan’s office", "said Jane Doe’s family")."""
    after = clause.after
    if after is None or after.modifiers:
        return None
    toks, end = clause.toks, after.end
    run = toks[after.run:end]
    if not (run and _POSSESSIVE.search(run[-1].text) and end < clause.hi and toks[end].text.islower()):
        return None
    head = toks[end]
    phrase = " ".join(t.text for t in [*run, head])
    if head.folded in ORG_UNITS:
        return Subject(Mention("org", phrase, None, run[0].start, head.end), after.first)
    if _person_noun(head.folded) and (end + 1 >= clause.hi or toks[end + 1].text in _CLAUSE_ENDS):
        return Subject(Mention("nominal", phrase, None, run[0].start, head.end), after.first)
    return None  # ("according to Axelrod’s memoir": the owner is the author)


@rule("clause", reads="after")
def speaker_after_cue(clause: Clause) -> Subject | None:
    """The name after an inverted cue speaks, with the role set off after it ("said Jens Stoltenberg, NATO's
    secretary-general"; "said retired Army Gen. Mick Bednarek": the words before the name join the title)."""
    after = clause.after
    if after is None:
        return None
    run = clause.toks[after.run:after.end]
    if not (run and run[-1].is_cap):
        return None
    appositive = _appositive_after(clause.toks, after.end, clause.hi)
    mention = _mention_from_run(run, after.has_article and not after.modifiers, appositive)
    if mention is None:
        return NOBODY
    if after.modifiers:
        lead = re.sub(r"\s*([/-])\s*", r"\1", " ".join(t.text for t in after.modifiers))
        mention.title = f"{lead} {mention.title}" if mention.title else lead
    return Subject(mention, after.first)


def _appositive_after(toks: list[Token], n: int, hi: int) -> str | None:
    """The role set off after a name ending at n: "said Ahmed Ali, a spokesman", "…, spokesman for the ministry",
    "…, 52,"; not "according to the Health Security Agency, uptake of the vaccine stands at 71 percent"."""
    if n < hi and toks[n].text == "(":
        while n < hi and toks[n].text != ")":
            n += 1
        n += 1
    if not (n + 1 < hi and toks[n].text == "," and (not toks[n + 1].is_cap or _CONTRACTION.search(toks[n + 1].text))):
        return None
    end = n + 1
    while end < hi and toks[end].text not in {".", ",", ";", "“", '"', "”", ":"} and end - n < MAX_ROLE_AFTER:
        end += 1
    words = [t.text for t in toks[n + 1:end]]
    # (Not a clause with a verb of its own: "…Exchange Commission, the men had “systematically looted”".)
    reads_as_role = bool(words) and (words[0].casefold() in _DETERMINERS or words[0][:1].isdigit() or any(
        t.is_title for t in toks[n + 1:min(end, n + 4)])) and not any(
        w.casefold() in _AUXILIARIES for w in _before_relative(words))
    # ("According to Smith, the mayor “never once returned a call”": words running into a quotation are the
    # subject of what was said, not a role.)
    into_quote = end >= hi and toks[hi - 1].text not in {".", "!", "?"}
    if not reads_as_role or into_quote or words[0].casefold() in _CLAUSE_OPENERS_AFTER_NAME or any(
            cue_at(toks, m) for m in range(n + 1, end)):
        return None
    return _without_article(" ".join(words)).replace(" 's", "'s").replace(" ’s", "’s")


@rule("clause", reads="after")
def roles_then_name_after_cue(clause: Clause) -> Subject | None:
    """A full name after lowercase role words speaks ("said former tech executive Carly Fiorina")."""
    after = clause.after
    if after is None:
        return None
    mention = _roles_then_name(clause.toks, after.first + 1 if after.has_article else after.first, clause.hi)
    return Subject(mention, after.first) if mention is not None else None


@rule("clause", reads="after")
def role_after_cue(clause: Clause) -> Subject | None:
    """A role after an inverted cue speaks ("said the senior Cruz adviser", "said the former prime minister,
    speaking in Uxbridge"), or the name set off after it ("said the coach, Pep Guardiola.")."""
    after = clause.after
    if after is None:
        return None
    toks, hi, j = clause.toks, clause.hi, after.end
    run = toks[after.run:j]
    owned = bool(run) and _POSSESSIVE.search(run[0].text) is not None and run[0].is_cap
    if not (run and (after.has_article or after.modifiers or owned) and run[-1].is_title and (
            any(t.is_cap for t in run) or (
            j >= hi or toks[j].text in _CLAUSE_ENDS or toks[j].folded in _ADJUNCT_OPENERS))):
        return None  # ("said the senator would" opens a clause instead)
    named = _name_in_apposition_after(toks, j, hi)
    if named is not None:
        lead, name = named
        mention = named_people(name, _and_role_words(" ".join(t.text for t in toks[after.start:j]), lead))
        if mention is not None:
            return Subject(mention, after.first)
    phrase = toks[after.first:j]
    return Subject(Mention("nominal", " ".join(t.text for t in phrase), None, phrase[0].start, run[-1].end),
                   after.first)


def _unnamed_after(clause: Clause) -> After | None:
    """The reading of the words after the cue when no name or role opens them, else None ("according to a
    statement from the European Commission"; a lowercase role word opening a body's description reads on: "the
    finance ministry")."""
    after = clause.after
    if after is None:
        return None
    run = clause.toks[after.run:after.end]
    return None if run and (any(t.is_cap for t in run) or not after.has_article) else after


_AUTHORED = words("authoring_verbs")


@rule("clause", reads="after")
def document_author(clause: Clause) -> Subject | None:
    """The author of a document after the cue speaks ("according to a statement from the European Commission",
    "an editorial in The Des Moines Register", "a complaint filed by the Securities and Exchange Commission")."""
    after = _unnamed_after(clause)
    if after is None:
        return None
    toks, hi, i = clause.toks, clause.hi, after.first
    for m in range(i, min(hi - 1, i + 5)):
        by = m + 1 if toks[m].folded in DOCUMENTS and toks[m + 1].text in _AUTHOR_PREPOSITIONS or (
            toks[m].folded == "editorial" and toks[m + 1].text == "in") else None
        if by is None and toks[m].folded in DOCUMENTS and m + 2 < hi and toks[m + 1].text in _AUTHORED and (
                toks[m + 2].text == "by"):
            by = m + 2
        if by is not None:
            author = subject_after(toks, by, hi)
            if author is not None and author.kind in {"name", "org", "nominal", "joint"}:
                return Subject(author, i)
            return None
    return None


@rule("clause", reads="after")
def unnamed_source_after_cue(clause: Clause) -> Subject | None:
    """Someone unnamed after the cue speaks ("said a spokesman for the campaign", "according to officials"), or
    the name set off after their role ("said the bureau's director, James B. Comey, on Monday", "said a
    spokeswoman for Trump hotels, Jennifer Rodstrom", "said one of the organisers, Jane Doe")."""
    after = _unnamed_after(clause)
    if after is None:
        return None
    toks, hi, i = clause.toks, clause.hi, after.first
    j = i
    # Words and numbers ("said a 2008 Clinton veteran"), up to a relative clause ("said a prominent Republican
    # National Committee member who supports Trump").
    while j < hi and j - i < 7 and toks[j].text[:1].isalnum() and toks[j].folded not in (
            CUE_VERBS | _DESCRIPTION_ENDERS) and not _setting_opens(toks, j, hi):
        j += 1
    j = _to_name_end(toks, j, hi, i + MAX_SUBJECT_TOKENS)
    closing = _name_after_role(toks, i, j, hi)
    if closing is not None:
        j = closing[1]
    phrase = toks[i:j]
    if not phrase or all(t.folded in _DETERMINERS for t in phrase) or phrase[-1].folded in (
            _NOT_SUBJECTS) or phrase[0].folded in _NOT_SUBJECT_OPENERS:
        return None  # "responded that the businessman “…”": a clause follows the verb, not its speaker
    if phrase[0].folded not in _DETERMINERS and not phrase[-1].text.endswith("s") and not phrase[-1].is_title:
        return None
    if phrase[-1].folded in _MEASURE_NOUNS:
        return None  # ("a siren, repeated six times, …": how often, not who)
    if not _speaking_nominal(phrase) or (clause.after_comma and not (
            phrase[-1].is_title or phrase[-1].text.endswith("s"))):
        # "Ramil Carr, 31, a photographer, said the convention represented …": after a comma the words that
        # follow the verb are what was said unless they name a role ("said a spokesman").
        return None
    named = ([], toks[closing[0]:j]) if closing else _name_in_apposition_after(toks, j, hi)
    if closing:
        phrase = toks[i:closing[0]]
    # ("said a spokeswoman for Trump hotels, Jennifer Rodstrom": the role may come before whom it serves.)
    if named is not None and any(t.is_title or _person_noun(t.folded) for t in phrase):
        lead, name = named
        role = _without_article(" ".join(t.text for t in phrase))
        role = role.replace(" 's", "'s").replace(" ’s", "’s")
        mention = named_people(name, _and_role_words(role, lead))
        if mention is not None:
            return Subject(mention, i)
    named_after_manner = _name_after_manner(phrase)
    if named_after_manner is not None:
        return Subject(named_after_manner, i)
    return Subject(Mention("nominal", " ".join(t.text for t in phrase), None, phrase[0].start, phrase[-1].end), i)


def _name_after_manner(phrase: list[Token]) -> Mention | None:
    """The full name after an article and words of manner ("said a skeptical Robert Wolfarth", "said an angry Jane
    Doe"): how the writer saw the speaker, no title; else None."""
    first = next((n for n, t in enumerate(phrase) if t.is_cap), None)
    if first is None or first < 2 or len(phrase) - first < 2 or not is_forename(phrase[first].text) or not all(
            t.is_cap for t in phrase[first:]):
        return None
    if any(not t.text.isalpha() or not t.text.islower() or t.is_title or _person_noun(t.folded)
           for t in phrase[1:first]):
        return None
    name = phrase[first:]
    return Mention("name", " ".join(t.text for t in name), None, name[0].start, name[-1].end)


def _to_name_end(toks: list[Token], j: int, hi: int, limit: int) -> int:
    """Past the last word of a name that the word before `j` starts and a word limit cut ("said the former top aide
    to President George W. Bush"); `j` itself when no name is cut, or when the name runs on past "of"."""
    end = j
    while end < min(hi, limit) and toks[end - 1].is_cap and toks[end].is_cap:
        end += 1
    return j if end < hi and toks[end].folded in _PARTICLES else end


def _name_after_role(toks: list[Token], i: int, j: int, hi: int) -> tuple[int, int] | None:
    """Where a full name that closes a role with no comma between begins and ends in `toks[i:j]` ("says the
    resort’s general manager Garrett Turta"); what follows it must be the clause's end, or when or where it was
    said ("… John Smith on Monday")."""
    m = next((n for n in range(i + 1, j) if toks[n].is_cap and not toks[n].is_title), None)
    if m is None or not (toks[m - 1].text.islower() and (toks[m - 1].is_title or _person_noun(toks[m - 1].folded))):
        return None
    end = next((n for n in range(m, min(j + 1, hi)) if not toks[n].is_cap), min(j + 1, hi))
    if end - m < 2 or (end < hi and toks[end].text not in _CLAUSE_ENDS and toks[end].folded not in (
            _TIME_OR_PLACE_OPENERS)):
        return None
    return m, end


def _person_noun(word: str) -> bool:
    """Tell whether a word names a kind of person or a role, one or several ("organiser", "organisers",
    "attorneys")."""
    one = word[:-1] if word.endswith("s") else word
    return word in PERSON_NOUNS or one in PERSON_NOUNS or is_title_word(one)


def _name_in_apposition_after(toks: list[Token], comma: int, hi: int) -> tuple[list[Token], list[Token]] | None:
    """The full name set off by a comma at `comma` and closed by a comma or the clause's end ("…, James B. Comey,"),
    as (the role words written before it, the name): "…, actress Jamie Lee Curtis" gives (actress, Jamie Lee
    Curtis)."""
    if comma >= hi or toks[comma].text != ",":
        return None
    first = comma + 1
    while first < hi and first - comma <= 2 and toks[first].text.islower() and (
            toks[first].is_title or toks[first].text in PERSON_NOUNS):
        first += 1  # "…, actress Jamie Lee Curtis": a role word before the name comes with it
    end = _full_name_end(toks, first, hi)
    if end < hi - 1 and toks[end].text == "and":
        end = _full_name_end(toks, end + 1, hi)  # "…, Ben Crump and Antonio Romanucci": two people
    if end - first < 2 or (end < hi and toks[end].text not in _CLAUSE_ENDS):
        return None
    return toks[comma + 1:first], toks[first:end]


def _full_name_end(toks: list[Token], first: int, hi: int) -> int:
    """Index past up to five name words from `first` ("James B. Comey")."""
    end = first
    while end < hi and (toks[end].is_cap or toks[end].text in _HONORIFIC_ABBR) and end - first <= 4:
        end += 1
    return end


def named_people(name: list[Token], title: str | None) -> Mention | None:
    """The person a name set off by commas spells, or the joint speaker of two joined by "and" ("Ben Crump and
    Antonio Romanucci", each a full name)."""
    joined = next((n for n, t in enumerate(name) if t.text == "and"), None)
    if joined is None:
        return Mention("name", " ".join(t.text for t in name), title, name[0].start, name[-1].end)
    people = [_mention_from_run(name[:joined], False, None), _mention_from_run(name[joined + 1:], False, None)]
    if not all(m is not None and m.kind == "name" and _full_name(m) for m in people):
        return None
    return Mention("joint", JOINT.join(m.text for m in people if m), title, name[0].start, name[-1].end)


def _and_role_words(role: str, lead: list[Token]) -> str:
    """A role with the role words written before the name after it: "agency's director, former judge"."""
    return f"{role}, {' '.join(t.text for t in lead)}" if lead else role


_CLAUSE_ENDS = {".", ",", ";", ":", "!", "?", "”", '"', "—", "–"}
_ADJUNCT_OPENERS = words("adjunct_openers")
_TIME_OR_PLACE_OPENERS = _ADJUNCT_OPENERS - {"at", "as"}  # ("… John Smith at Acme" is where Smith works)


def _particle_in_name(toks: list[Token], j: int, hi: int) -> bool:
    """Tell whether a lowercase particle continues a name: "Ursula von der Leyen", "Charles de Gaulle"."""
    k = j
    while k < hi and k - j < 3 and toks[k].folded in _PARTICLES:
        k += 1
    return k > j and k < hi and toks[k].is_cap


_POSSESSIVE_PRONOUNS = frozenset(owner for owner, _ in pairs("possessive_pronouns"))


def _speaking_nominal(phrase: list[Token]) -> bool:
    """Tell whether an unnamed phrase can be a speaker: "his spokesman" and "his lawyers" can, "its analysis"
    cannot."""
    last = phrase[-1]
    return not (phrase[0].folded in _POSSESSIVE_PRONOUNS and not last.is_title and not (
        last.folded.endswith("s") and is_title_word(last.folded[:-1])))


MAX_ROLE_WORDS = 5


def _roles_then_name(toks: list[Token], start: int, hi: int) -> Mention | None:
    """A full name after lowercase role words: "said former tech executive Carly Fiorina", "said master of
    ceremonies Asab Al-Tabchi". None unless a role word is among them and two or more name words follow."""
    k = start
    while k < hi and k - start < MAX_ROLE_WORDS and toks[k].text.replace("-", "").isalpha() and (
            toks[k].text.islower()) and (
            toks[k].text == "of" or toks[k].text not in _NOT_SUBJECT_WORDS):
        k += 1
    roles = toks[start:k]
    if not roles or roles[-1].text == "of" or not any(t.is_title for t in roles):
        return None
    m = k
    while m < hi and m - k < MAX_SUBJECT_TOKENS and (
            toks[m].is_cap or toks[m].text in _HONORIFIC_ABBR or m > k and toks[m].folded in _NAME_PARTICLES and (
                _particle_in_name(toks, m, hi))):
        m += 1  # ("says study leader Dr Ruud van den Bos": a particle inside the name)
    if m - k < 2 or not toks[m - 1].is_cap:
        return None
    mention = _mention_from_run(toks[k:m], False, None)
    if mention is None or mention.kind != "name":
        return None
    lead = " ".join(t.text for t in roles)
    mention.title = f"{lead} {mention.title}" if mention.title else lead
    return mention


MAX_MODIFIERS = 2


def _leading_modifiers(toks: list[Token], start: int, hi: int) -> list[Token]:
    """Lowercase words before a capitalised name after a cue ("retired", "undecided"), or none."""
    k = start
    while k < hi and k - start < 5 and (toks[k].text.isdigit() or (
            k > start and toks[k].text in {"/", "-"} and k + 1 < hi and toks[k + 1].text.isdigit())):
        k += 1  # "said 9/11 widow Terry Strada", "said 2008 nominee John McCain"
    numbered = k > start
    while k < hi and k - start < MAX_MODIFIERS and toks[k].text.islower() and toks[k].text[:1].isalpha() and (
            toks[k].folded not in _NOT_ROLE_LINKS) and not toks[k].is_title:
        k += 1
    if k > start and k < hi and (toks[k].is_cap or (numbered and toks[k].is_title)):
        return toks[start:k]
    return []


MAX_OPEN_CLAUSE = 20


def _name_before_open_clause(toks: list[Token], k: int, lo: int) -> tuple[Mention, int] | None:
    """The name before a relative clause that never closes its comma ("Nate Silver, the polling guru who
    founded fivethirtyeight.com tweeted", "Katie Packer, who is chairman of Our Principles Pac said")."""
    for c in range(k - 1, max(lo - 1, k - 1 - MAX_OPEN_CLAUSE), -1):
        text = toks[c].text
        if text == ",":
            clause = [t.folded for t in toks[c + 1:k]]
            relative = bool(_SUBJECT_RELATIVES & set(clause))
            # "Anthony Anton, president and CEO of Washington Restaurant Association stated": a role of a body
            # whose closing comma is missing.
            # ("Cllr Louise Gittins, Chair of the Local Government Association said": a capitalised one too.)
            role = bool(clause) and toks[c + 1].is_title and (_ROLE_LINKS & set(clause))
            if not clause or (not role and (not relative or (clause[0] != "who" and clause[0] not in _ARTICLES))):
                return None
            if c - 1 < lo or not toks[c - 1].is_cap:
                return None
            j = c - 1
            while j - 1 >= lo and c - j < MAX_SUBJECT_TOKENS and (toks[j - 1].is_cap or toks[j - 1].text in (
                    _HONORIFIC_ABBR) or toks[j - 1].is_title):
                j -= 1
            if j - 1 >= lo and toks[j - 1].folded in _DESCRIPTION_LEADS:
                return None  # "a reversal for the Wisconsin Republican, who had pledged": a description or a place
            mention = _mention_from_run(toks[j:c], False, None)
            if mention is None or mention.kind != "name":
                return None
            if role and not relative:
                mention.title = " ".join(t.text for t in toks[c + 1:k])
                return mention, j
            who = clause.index("who") if "who" in clause else clause.index("which")
            if who:
                mention.title = _without_article(" ".join(t.text for t in toks[c + 1:c + 1 + who]))
            return mention, j
        if text in {".", ";", ":", "“", "”", '"', "(", ")"} or cue_at(toks, c):
            return None
    return None


_PLURAL_BODIES = words("plural_bodies")


def _person_of_place(toks: list[Token], first: int, lo: int) -> tuple[Mention, int] | None:
    """The person before "of <town>, <state>" when a place stands right before the verb ("Stacy Baker of
    Columbia, South Carolina says"), or None."""
    j = first - 1
    if j - 1 < lo or toks[j].text != ",":
        return None
    j -= 1
    while j >= lo and toks[j].is_cap:
        j -= 1
    if j <= lo or toks[j].text not in _HOME_LINKS:
        return None
    person = subject_before(toks, j, lo)
    return person if person is not None and person[0].kind == "name" and not is_place(person[0].text) else None


def _modal_before(toks: list[Token], k: int, lo: int) -> int | None:
    """Index of the modal before the verb at k, maybe past one adverb ("would later tell", "could only quip")."""
    m = k - 1
    if m > lo and toks[m].is_adverb and toks[m].folded not in MODALS:
        m -= 1
    return m if m >= lo and toks[m].folded in MODALS else None


def _plural_speaker(mention: Mention) -> bool:
    """Tell whether a speaker can take a plural verb ("they say", "officials say", "Trump and Ryan say")."""
    if mention.kind == "pronoun":
        return mention.text in _PLURAL_VERB_PRONOUNS
    if mention.kind == "joint":
        return True
    last = mention.text.split()[-1].casefold() if mention.text.split() else ""
    return mention.kind in {"nominal", "org"} and (last.endswith("s") or last in _PLURAL_BODIES) and (
        mention.text.split()[0].casefold() not in _SUBORDINATORS)


_SUBORDINATORS = words("subordinators")


_PREPOSITIONS = words("place_prepositions")
_LISTENER_CUES = words("listener_verbs")
_PASSIVE_AUXILIARIES = words("be_forms")
_FINITE_AUXILIARIES = words("finite_auxiliaries")
_ASKING = words("passive_asker_verbs")


def _before_relative(words: list[str]) -> list[str]:
    """The words of an appositive before a relative clause ("a veteran GOP leader" of "… who had endorsed Kasich")."""
    cut = next((n for n, word in enumerate(words) if word.casefold() in _RELATIVE_PRONOUNS),
               len(words))
    return words[:cut]


def attributions(toks: list[Token], lo: int = 0, hi: int | None = None) -> list[Attribution]:
    """Every cue in toks[lo:hi] with a speaker next to it, in reading order."""
    hi = len(toks) if hi is None else hi
    found = []
    for k in [k for k, tok in enumerate(toks[lo:hi], lo) if tok.folded in _CUE_WORDS]:  # (few words can be cues)
        cue = cue_at(toks, k)
        if cue:
            attribution = rules.first("clause", Clause(toks, k, lo, hi, word=cue), reads="cue")
            if isinstance(attribution, Attribution):
                found.append(attribution)
    return found


def _cue_word(clause: Clause) -> str | None:
    """The cue of a clause read as a whole ("said", "according to"), None for the reading of one side of it."""
    return clause.word if clause.before is None and clause.after is None else None


@rule("clause", reads="cue")
def according_to_source(clause: Clause) -> Attribution | Subject | None:
    """The source after "according to" or "per" speaks ("…,” according to a statement from the union"), and no
    one before it."""
    cue = _cue_word(clause)
    if cue not in _SOURCE_CUES:
        return None
    return source_attribution(clause.toks, clause.cue, cue, clause.hi) or NOBODY


def source_attribution(toks: list[Token], k: int, cue: str, hi: int) -> Attribution | None:
    """The attribution to the source named after the source cue at k ("according to the finance ministry"), or None
    when no one is named there."""
    mention = subject_after(toks, k + cue_width(cue) - 1, hi)
    start = toks[k].start
    return Attribution(cue, start, mention, start, mention.end) if mention else None


@rule("clause", reads="cue")
def asker_of_a_passive(clause: Clause) -> Attribution | Subject | None:
    """The agent of a passive verb of asking speaks ("Sanders was asked by host Bill Maher, “…”")."""
    cue, toks, k = _cue_word(clause), clause.toks, clause.cue
    if cue not in _ASKING or not (k > clause.lo and toks[k - 1].folded in _PASSIVE_AUXILIARIES and (
            k + 1 < clause.hi and toks[k + 1].text == "by")):
        return None
    agent = subject_after(toks, k + 1, clause.hi)
    if agent is None or agent.kind not in {"name", "org", "nominal"}:
        return NOBODY
    return Attribution(cue, toks[k].start, agent, toks[k].start, agent.end)


@rule("clause", reads="cue")
def passive_names_nobody(clause: Clause) -> Subject | None:
    """The subject of a passive verb of saying is what was said, not who said it ("a curfew was announced", "the
    tariffs announced by Trump on Monday are a “bad idea”"); "is quoted" speaks all the same."""
    cue, toks, k = _cue_word(clause), clause.toks, clause.cue
    if cue is None or cue == "quoted":
        return None
    # ("responded by saying" is active: "by" and a gerund tell how.)
    by_agent = cue.endswith("ed") and k + 2 < clause.hi and toks[k + 1].folded == "by" and k > clause.lo and (
        toks[k - 1].text.islower()) and not toks[k + 2].folded.endswith("ing")
    if not (k > clause.lo and toks[k - 1].folded in _PASSIVE_AUXILIARIES or by_agent):
        return None
    return NOBODY


@rule("clause", reads="cue")
def clause_before_cue(clause: Clause) -> Attribution | None:
    """The speaker named before the cue speaks ("Blinken said"), when it can: "Protesters marching through the
    streets chanted" (the streets chant nothing), "say" needs a plural subject ("Police say", not "a rare … say")."""
    cue, toks, k, lo = _cue_word(clause), clause.toks, clause.cue, clause.lo
    if cue is None:
        return None
    before = subject_before(toks, k, lo)
    if before is not None and before[0].kind == "nominal" and before[1] > lo and (
            toks[before[1] - 1].folded in _PREPOSITIONS):
        before = None
    if before is None or before[0].kind == "nominal":
        # "Nate Silver, the polling guru who founded fivethirtyeight.com tweeted": a comma never closed.
        before = _name_before_open_clause(toks, k, lo) or before
    if before and before[0].kind == "name" and is_place(before[0].text):
        before = _person_of_place(toks, before[1], lo) or before
    if before and cue in PLURAL_PRESENT and not _plural_speaker(before[0]) and not (
            _modal_before(toks, k, lo) is not None) and not any(t.text == "and" for t in toks[before[1]:k]):
        before = None  # (a speaker named with others before the verb stays: "Laska and his team write")
    if not before:
        return None
    mention, first = before
    return Attribution(cue, toks[k].start, mention, toks[first].start, toks[k].end)


@rule("clause", reads="cue")
def clause_after_cue(clause: Clause) -> Attribution | None:
    """The speaker named after a cue right after a quotation or a comma speaks ("…,” said Stoltenberg"), never
    after "told", whose object is the listener ("…,” told The Huffington Post"), nor a name that a quoted fragment
    follows ("…, said Khan “should be honored”")."""
    cue, toks, k, hi = _cue_word(clause), clause.toks, clause.cue, clause.hi
    if cue is None or cue in _LISTENER_CUES or not (
            k == clause.lo or toks[k - 1].text in {",", "”", '"', "’", "—", "–", "-", ".", "!", "?"}):
        return None
    mention = subject_after(toks, k + cue_width(cue) - 1, hi, after_comma=k > clause.lo and toks[k - 1].text == ",")
    if not mention or toks[k - 1].text == "," and _opens_fragment_after(toks, mention.end, k, hi):
        return None
    return Attribution(cue, toks[k].start, mention, toks[k].start, mention.end)


def _opens_fragment_after(toks: list[Token], end: int, k: int, hi: int) -> bool:
    """Tell whether a quoted fragment in lowercase follows a name (ending at `end`, after the cue at k) with no
    comma ("…, said Khan “should be honored”"): the name is the subject of what was said, not an inverted
    speaker."""
    n = next((j for j in range(k, hi) if toks[j].start >= end), None)
    return n is not None and n + 1 < hi and toks[n].text in {"“", '"'} and toks[n + 1].text[:1].islower()


# Unions of word lists read in inner loops, built once.
_SPEAKING_NOUNS = PERSON_NOUNS | _UNNAMED_SOURCES | ORG_UNITS
_NO_NAME_OPENERS = _DETERMINERS | _NOT_SUBJECTS - _BODY_LINKS | CUE_VERBS
_BODY_OR_PERSON_NOUNS = ORG_WORDS | PERSON_NOUNS | BODY_NOUNS
_NOT_ROLE_LINKS = _PARTICLES | _NOT_SUBJECTS | CUE_VERBS | _DETERMINERS
_ADJUNCT_OR_OF = _ADJUNCT_OPENERS | {"(", "of"}
_AUXILIARIES = _PASSIVE_AUXILIARIES | _FINITE_AUXILIARIES
_NOT_SUBJECT_OPENERS = _NOT_SUBJECTS | _CLAUSE_DETERMINERS
_NOT_SUBJECT_WORDS = _NOT_SUBJECTS | CUE_VERBS | _DETERMINERS
_MEASURE_NOUNS = words("measure_nouns")
