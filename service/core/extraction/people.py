"""The people an article names: full names, titles and genders, so "Blinken" and "he" find "Anthony Blinken"."""
from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import Generic, NamedTuple, TypeVar

from rapidfuzz.distance import Levenshtein

from ..lexicon import (
    COMPANY_WORDS,
    COURTESY_TITLES,
    CUE_VERBS,
    FEMALE_NAMES,
    GENERATIONAL_SUFFIXES,
    HONORIFICS,
    MALE_NAMES,
    NON_NAMES,
    ORG_WORDS,
    PARTY_ADJECTIVES,
    PERSON_NOUNS,
    PRONOUNS,
    dictionary_gender,
    entries,
    is_forename,
    is_place,
    word_list_gender,
    words,
)
from ..speakers import canonical_name, split_title
from .candidates import Mention, home_place, person_before_of
from .tokens import NAME_WORD, PLAIN_WORD, Token, after_post, links_role_to_post, token

# Role words and courtesy titles that tell the gender ("congresswoman", "Mr.").
_FEMALE_ROLES = words("female_role_words")
_MALE_ROLES = words("male_role_words")
# The he/his or she/her that refers back to a person mentioned just before. An object ("him", "joined her on
# stage") is more often someone else, so only a possessive "her" (one a noun follows) counts.
_NEXT_PRONOUN = re.compile(r"\b(?:(he|his|himself|she|hers|herself)|(her)(?=\s+(?!(?:on|in|at|to|for|with|and|or|as|"
                           r"that|from|by|about|after|before|into|back|up|down|out|off|over|again|too|the|a|an)\b)"
                           r"[a-z]))\b", re.I)
# Forenames common for both men and women ("Kelly Ortberg … he warned", "Kelly Ayotte … she said").
UNISEX_FORENAMES = words("unisex_forenames")
_OBJECT_PRONOUN = re.compile(r"\b(?:him|her)\b(?!\s+[a-z])", re.I)  # "called her “…”", not "her comments"
MAX_GENDER_MENTIONS = 8
GENDER_WINDOW = 200  # characters after a mention searched for the pronoun that refers back to it
JUST_BEFORE = 600  # characters within which a person named just before a shared surname is the one it means
FAR_BEFORE = 3000  # ... when everyone else of that surname was last named further back than this
UNNAMED_REACH = 1500  # characters looked back over for someone unnamed a description may mean
MAX_DESCRIBED_BACK = 200  # mentions looked back over to resolve "the senator"
# A surname the article misspells once ("Nathan Janzen …. “…,” Jensen said"): letters it may differ by, and the
# shortest surname read that way (a short name is too near too many others).
MAX_MISSPELT_LETTERS = 2
MIN_MISSPELT_LENGTH = 5
MAX_MISSPELT_PEOPLE = 100  # people named before it that a misspelt surname is compared with
POSSESSIVE_END = re.compile(r"['’]s?$")
# A vice president is no president.
_SUBORDINATE = words("subordinate_role_words")
_DESCRIPTION_LINKS = words("description_links")
_VAGUE_MODIFIERS = words("vague_role_modifiers")


def _role_forms(lines: list[str]) -> dict[str, set[str]]:
    """Role words and their title words from lines "senator: senator sen. sen"."""
    return {role.strip(): set(forms.split()) for role, _, forms in (line.partition(":") for line in lines)}


# A role word of a description and the title words that name the same role ("the senator" ~ "Sen.").
ROLE_FORMS = _role_forms(entries("role_forms"))
_OPENING_WORDS = words("description_openers")


@lru_cache(maxsize=4096)  # (a title is matched against every description after it: its words are read once)
def role_words(title: str | None) -> frozenset[str]:
    """The words of a title as a description's role is matched against them ("Kemi Badenoch's" -> "kemi
    badenoch", "Sen.," -> "sen.")."""
    return frozenset(POSSESSIVE_END.sub("", w).strip(",") for w in (title or "").casefold().split())


def described_gender(phrase: str) -> str | None:
    """For a description of one person ("the Texas senator", "a Trump supporter"), the gender its words give
    ("m", "f", or "" when they leave it open); None for anything else (a group, an object, an organisation)."""
    words = [POSSESSIVE_END.sub("", w).strip(",") for w in phrase.casefold().split()]
    while words and words[0] in _OPENING_WORDS:
        words = words[1:]
    for n, word in enumerate(words):
        if word in _DESCRIPTION_LINKS or word == "known":
            words = words[:n]
            break
    if not words or not (words[-1] in ROLE_FORMS or words[-1] in PERSON_NOUNS):
        return None
    if words[-1] in _FEMALE_ROLES:
        return "f"
    return "m" if words[-1] in _MALE_ROLES else ""


_CONNECTORS = words("name_particles") | {"of"}  # ("Beto of El Paso" is read on as one run)


def surname_key(name: str) -> str:
    """The word a person is looked up by: the surname, before any "of" place ("John McCain of Arizona")."""
    words = name.split()
    if " of " in name and words.index("of") >= 2:
        words = words[:words.index("of")]
    while len(words) > 1 and words[-1].casefold().rstrip(".,") in _NAME_NUMERALS:
        words = words[:-1]  # "Martin Luther King III" is found again as King
    if not words:
        return ""
    key = words[-1].casefold().replace("’", "'")  # ("O'Neill" and "O’Neill" in one article are one person)
    # (Most surnames are plain ASCII with no transliterated umlaut: they are their own key.)
    return key if key.isascii() and "ue" not in key and "oe" not in key and "ae" not in key else _spelling_key(key)


_TRANSLITERATED = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})
_TRANSLITERATION = re.compile(r"(?<=[a-z])([aou])e")


@lru_cache(maxsize=4096)
def _spelling_key(word: str) -> str:
    """A surname as looked up, its spellings with and without accents made one: "Müller", "Muller" and the
    transliterated "Mueller" are one person's (an article may write all three)."""
    folded = word.casefold().translate(_TRANSLITERATED)
    bare = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    return _TRANSLITERATION.sub(r"\1", bare)


_NAME_NUMERALS = words("name_numerals")  # "III" ends a name, not "Sr."

_ANSWER_LABEL = re.compile(r"([A-Z]{2,3}):?\s+(?=[A-Z“\"])")  # "AD She was all in.", "OW: I was just …"


def initials(name: str) -> str:
    """A name's initials ("Ava DuVernay" -> "AD")."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def answer_label(text: str, paragraph_start: int) -> str | None:
    """The initials an interview's answer opens with ("AD She was all in."), if the paragraph opens with some."""
    label = _ANSWER_LABEL.match(text, paragraph_start)
    return label.group(1) if label is not None else None


# "McKelvey: He came into my office.": a transcript's answer opening with the answerer's name and a colon.
_NAME_LABEL = re.compile(r"((?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'-]+):\s*(?=[A-Z“\"])")


def name_label(text: str, paragraph_start: int) -> str | None:
    """The name a transcript's answer opens with before a colon ("McKelvey: I hired him."), if the paragraph opens
    with one."""
    label = _NAME_LABEL.match(text, paragraph_start)
    return label.group(1) if label is not None else None


def labels_answer(text: str, paragraph_start: int, name: str) -> bool:
    """Tell whether the paragraph is an interview's answer labelled as `name`'s: by initials ("AD She was …") or by
    name ("McKelvey: I hired him")."""
    if answer_label(text, paragraph_start) == initials(name):
        return True
    label = name_label(text, paragraph_start)
    return label is not None and set(label.split()) <= set(name.split())


@dataclass
class Person:
    """Someone the article names in full at least once."""

    name: str
    title: str | None
    gender: str | None  # "m", "f" or None when the text and the forename leave it open
    first_seen: int
    is_org: bool = False
    positions: list[int] = field(default_factory=list)  # where it is mentioned, ascending
    # where it is mentioned beyond doubt, ascending: in full, or by a word no one else of the article bears (a lone
    # surname that several people share is a guess and does not count)
    sure_positions: list[int] = field(default_factory=list)


class Mentioned(NamedTuple):
    """Where the article mentions a person, and who."""

    at: int
    person: Person


def gender_of(name: str, title: str | None) -> str | None:
    """Guess a person's gender from an honorific or role word, else from the forename."""
    first = name.split()[0].casefold().rstrip(".") if name.split() else ""
    # (A forename given to men and women alike waits for the text's he or she: see People.learn_genders.)
    by_forename = None if first in UNISEX_FORENAMES else word_list_gender(first)
    if by_forename and _role_before_forename(name):
        by_forename = None
    for word in (title or "").replace(",", " ").split():
        low = word.casefold()
        if low in _FEMALE_ROLES:
            return "f"
        if low in _MALE_ROLES:
            # "Trump spokesman Hope Hicks": house styles write "spokesman" and "chairman" for women too,
            # so a forename outweighs a role word ending in -man.
            return by_forename if by_forename and low.endswith("man") else "m"
    honorific = HONORIFICS.get(first) or HONORIFICS.get(first + ".")
    if honorific:
        return honorific
    return by_forename


def _give_title(person: Person, title: str | None) -> None:
    """Give a person a title they lack, or a role in place of a courtesy title alone: "Mr Filosa" first, then
    "the chief executive, Antonio Filosa" (the gender the courtesy title told is kept)."""
    if title and (not person.title or (_only_courtesy(person.title) and not _only_courtesy(title))):
        person.gender = person.gender or gender_of(person.name, title) or gender_of(person.name, person.title)
        person.title = title


def _only_courtesy(title: str) -> bool:
    """Tell whether a title is a courtesy title alone ("Mr", "Ms."), which any role says more than."""
    return title.casefold() in _COURTESY


_COURTESY = words("bare_courtesy_titles")


def _has_forename(person: Person) -> bool:
    """Tell whether a person's name opens with a known forename ("Nikki Haley", not "Deport Nikki Haley")."""
    first = person.name.split()[0].casefold()
    return first in MALE_NAMES or first in FEMALE_NAMES or forename_gender(person.name) is not None


def forename_gender(name: str) -> str | None:
    """Look a person's forename up in the large forename dictionary (a last resort: it knows no context)."""
    words = name.split()
    if len(words) < 2 or _role_before_forename(name):
        return None  # a lone word is a surname or no name at all, not a forename
    return dictionary_gender(words[0].rstrip("."))


def _role_before_forename(name: str) -> bool:
    """Tell whether a name's first word, though a forename, is a word of a role before a forename of the other
    gender ("Marine John Tiegen"; "Marine Le Pen" is a forename and a surname)."""
    words = name.split()
    second = word_list_gender(words[1]) if len(words) >= 3 else None
    return second is not None and dictionary_gender(words[0].rstrip(".")) not in {None, second}


# A business's roles and people after its name: "Wells Fargo CEO John Stumpf", "Wells Fargo bankers".
_COMPANY_ROLES = words("company_roles")
_COMPANY_STAFF = words("company_staff")
_GROUP_NOUNS = words("group_nouns")  # "Manchester United fans": the people of a body, after its name
_OCCASIONS = words("speaking_occasions")  # "its annual Camp Strava event": an occasion's name, after it
_ABBREVIATED_HONORIFICS = words("abbreviated_honorifics")
_WORKPLACE_LINKS = words("name_workplace_links")
_CLAUSE_OPENERS = {".", "!", "?", ":", ";", "“", '"', "—", "–", "("}
_PARTICIPLE = re.compile(r"^[A-Z][a-z]{3,}ing$")
MAX_NAME_WORDS = 6  # "Secretary of State Anthony Blinken" fits; "Woman Reveals Stunning Thing Trump Did" does not
MAX_HEADLINE_NAME_WORDS = 3  # in a title-case headline every word is capitalised: "Hillary Clinton Goes After Trump"


def _opens_quotation(between: str) -> bool:
    """Tell whether text after a mention leaves a quotation open (the words after it are someone's quoted words)."""
    return between.count("“") > between.count("”") or between.count('"') % 2 == 1


def _verb_between(between: str) -> bool:
    """Tell whether the words after a mention are the name and one lowercase verb ("Elon Musk mocked ")."""
    words = between.split()
    return len(words) >= 2 and words[-1].isalpha() and words[-1].islower() and all(w[:1].isupper() for w in words[:-1])


def _same_forename(written: str, first: str) -> bool:
    """Tell whether two forenames can be one person's: the same, an initial of the other, or two with the same
    first letter that are not a man's and a woman's ("Joe" and "Joseph", "Antony" and "Anthony"; "Cesar" and
    "Camila" Chavez are two people)."""
    a, b = written.casefold().rstrip("."), first.rstrip(".")
    if a == b:
        return True
    if a[:1] != b[:1]:
        return False
    if len(a) == 1 or len(b) == 1:
        return True
    genders = {word_list_gender(name) or dictionary_gender(name.title()) for name in (a, b)}
    return not {"m", "f"} <= genders


def _body_in_run(run: list[Token]) -> list[Token] | None:
    """The company a run of two capitalised words names by its kind ("Massy Stores", "Digital Solutions"): a first
    word that is no common word, place or role, then a word for a business; else None."""
    if len(run) != 2 or not all(t.is_cap and not t.is_title for t in run) or run[0].text in NON_NAMES:
        return None
    first, kind = run[0].text, POSSESSIVE_END.sub("", run[1].text).casefold()
    return run if kind in COMPANY_WORDS and first.isalpha() and not is_place(first) else None


@lru_cache(maxsize=16384)  # a name recurs through an article, and across articles: each run is read once
def _name_in_run(texts: tuple[str, ...]) -> tuple[int, str, str | None, bool] | None:
    """The name and title a run of capitalised words writes, with the index of the run's word it starts at and
    whether it is a full name or titled (else a surname or forename alone), when the run reads as a person's
    name; else None."""
    run = [token(text, 0, 0) for text in texts]
    while run and (POSSESSIVE_END.sub("", run[0].text) in NON_NAMES or not run[0].text[:1].isupper()) and not (
            run[0].is_title):
        run = run[1:]  # ("Monday’s presidential debate": a day is no name, with its possessive too)
    first = len(texts) - len(run)
    if run and run[-1].text.islower():
        # "North Korea's foreign ministry", "the former Florida governor": a name ends with a capital, not a
        # role word; the capitals before a role are its owner's name or only a modifier of it.
        while run and run[-1].text.islower():
            run = run[:-1]
        if run and run[0].text.islower():
            return None  # ("the Sanders campaign" still names Sanders)
    if not run or not any(t.is_cap for t in run):
        return None
    phrase = " ".join(t.text for t in run)
    # "… Secretary of State Hillary Clinton’s email server": the possessive is no role word.
    title, name = split_title(POSSESSIVE_END.sub("", phrase) if len(run) > 1 else phrase)
    words = name.split()
    while words and words[0][:1].islower() and words[0] not in _CONNECTORS:
        words = words[1:]  # ("their first King’s Speech": a lower-case word that is no title opens no name)
    name = " ".join(words)
    if not title and len(words) >= 3 and words[1] == "of":
        # "Footage of Al-Awlaki", "Supporters of Sanders": a noun opening the sentence, then the person.
        words = words[2:]
        name = " ".join(words)
    of = person_before_of(words)
    if of is not None:
        # "ranger Jamie Werner of Ngātiwai": the person, the body after "of" a title.
        body = " ".join(words[of + 1:])
        title, words = title or (None if home_place(body) else body), words[:of]
        name = " ".join(words)
    if not words or any(POSSESSIVE_END.sub("", w).rstrip(".").casefold() in ORG_WORDS for w in words) or any(
            w in NON_NAMES for w in words) or name.isupper():
        return None
    if words[-1].endswith(("'s", "’s")):
        name = canonical_name(name)
        words = name.split()
    if is_place(name):
        return None
    full = len(words) >= 2 or bool(title)
    return first, name if full else words[0], title, full


def brought_in_unnamed(text: str, role: str, at: int, since: int = 0, reach: int = UNNAMED_REACH) -> bool:
    """Whether someone unnamed of the role came in shortly before `at` (within `reach` characters), and after
    `since` ("one former adviser said …. “…,” the former adviser said" means that adviser, not the person the
    article titled adviser before)."""
    before = text[max(since, at - reach):at]
    # (Not a named person's role: "John Smith, a former adviser,", "Smith is a former adviser".)
    return any(not _NAMED_ROLE_BEFORE.search(before, 0, found.start()) for found in _unnamed_of(role).finditer(before))


@lru_cache(maxsize=1024)
def _unnamed_of(role: str) -> re.Pattern[str]:
    """Someone unnamed of a role brought in: "a former adviser", "one senior official" (no function word between)."""
    return re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?!(?:%s)\b)[\w-]+\s+){0,3}%s\b" % (
        _FUNCTION_WORDS_PATTERN, re.escape(role)))


_FUNCTION_WORDS_PATTERN = "|".join(sorted(words("function_words"), key=len, reverse=True))
_NAMED_ROLE_BEFORE = re.compile(r"(?:[A-Z][\w.’'-]*,|\b(?:is|was|as|became|becomes))\s*$")


# (The letter first, the look back after it: a pattern that opens with a letter is searched for quickly.)
_LOWER_WORD = re.compile(r"[a-z](?<![\w’'.-][a-z])[a-z]*+(?![\w’'-])")


# "he and Dorsey": a pronoun joined to the name after it, read back from the name.
_PRONOUN_AND = re.compile(r"\b([Hh]e|[Ss]he)\s+and\s+\Z")
MAX_PRONOUN_AND = 10


_Answer = TypeVar("_Answer")
MAX_WORDS_SEARCHED = 8  # words found by a search of their own before the text's words are all gathered in one pass
_JOINS_BEFORE_LOWER = "’'.-"  # besides letters and digits, what may not touch a word written in lower case
_JOINS_AFTER_LOWER = "’'-"
_PLAIN_LOWER = re.compile(r"[a-z]+")


def _places_written(text: str, word: str, joins_before: str = "", joins_after: str = "") -> Iterator[int]:
    """Where a word stands in the text with no letter, digit or "_" touching it (what a regular expression's \\w
    matches), nor a character of `joins_before` before it or of `joins_after` after it."""
    size = len(word)
    at = text.find(word)
    while at >= 0:
        end = at + size
        if (at == 0 or not _joins(text[at - 1], joins_before)) and (end == len(text) or not _joins(
                text[end], joins_after)):
            yield at
        at = text.find(word, at + 1)


def _joins(ch: str, also: str) -> bool:
    """Tell whether a character next to a word makes it part of a longer one."""
    return ch.isalnum() or ch == "_" or ch in also


class _WordAnswers(Generic[_Answer]):
    """What a text says of each word asked about: the first MAX_WORDS_SEARCHED words each found by a search of the
    text, which costs less than reading all of it; past them, every word read in one pass (asked of every name or
    quote, a search each time would cost quadratic time)."""

    def __init__(self, search: Callable[[str], _Answer], gather: Callable[[], Mapping[str, _Answer]],
                 otherwise: _Answer) -> None:
        self._search, self._gather, self._otherwise = search, gather, otherwise
        self._searched: dict[str, _Answer] = {}
        self._gathered: Mapping[str, _Answer] | None = None

    def __call__(self, word: str) -> _Answer:
        if self._gathered is None:
            if word in self._searched:
                return self._searched[word]
            if len(self._searched) < MAX_WORDS_SEARCHED:
                found = self._searched[word] = self._search(word)
                return found
            self._gathered = self._gather()
        return self._gathered.get(word, self._otherwise)


def _written_in_lower_case(text: str, word: str) -> bool:
    """Tell whether the text writes a word of letters a to z as a word of its own."""
    return _PLAIN_LOWER.fullmatch(word) is not None and next(_places_written(
        text, word, _JOINS_BEFORE_LOWER, _JOINS_AFTER_LOWER), None) is not None


def _lower_case_words(text: str) -> dict[str, bool]:
    """Every word of letters a to z the text writes as a word of its own."""
    return dict.fromkeys(_LOWER_WORD.findall(text), True)


def _times_written_alone(text: str, word: str) -> int:
    """How often a word of letters and digits stands in the text as a word of its own."""
    return sum(1 for _ in _places_written(text, word))


def _plain_word_counts(text: str) -> Counter[str]:
    """How often the text writes each run of letters and digits."""
    return Counter(PLAIN_WORD.findall(text))


class People:
    """Names seen in an article, in order, with what each tells about the person."""

    def __init__(self, text: str = "") -> None:
        # Words the text also writes in lower case: "Plastics seemed unsuitable" opens a sentence with a noun the
        # article writes as "plastic" elsewhere, not with a person's name.
        self._written_in_lower_case = _WordAnswers(
            partial(_written_in_lower_case, text), partial(_lower_case_words, text), False)
        self._word_counts: Counter[str] | None = None  # each word of the text, and each pair of words, counted
        self._pair_counts: Counter[tuple[str, str]] = Counter()
        self._times_written_plain = _WordAnswers(  # how often a run of letters and digits stands alone
            partial(_times_written_alone, text), partial(_plain_word_counts, text), 0)
        self._odd_counts: dict[str, int] = {}  # words with an apostrophe or a hyphen, counted when asked for
        self.text = text
        self.people: list[Person] = []
        self.mentions: list[Mentioned] = []  # every mention, in reading order
        self._by_surname: dict[str, list[Person]] = {}
        self._by_forename: dict[str, list[Person]] = {}
        self._by_first_word: dict[str, list[Person]] = {}  # bodies by their name's first word ("Massy Stores")
        # People whose gender only the forename dictionary gave (it knows no context: "Darin" reads as a woman's).
        self.guessed: set[int] = set()

    def scan(self, toks: list[Token], headline: bool = False) -> None:
        """Register the full names (two words or more) written in a stretch of text or a headline."""
        # "Hillary Clinton Goes After Donald Trump": in a headline only a short run can be a name.
        max_words = MAX_HEADLINE_NAME_WORDS if headline else MAX_NAME_WORDS
        n, resume = len(toks), 0
        for i in [k for k, tok in enumerate(toks) if tok.is_cap or tok.is_title]:  # (where a name may start)
            if i < resume:
                continue
            j = i
            while j < n and (toks[j].is_cap or toks[j].is_title or toks[j].text in _ABBREVIATED_HONORIFICS
                             or (toks[j].folded in _CONNECTORS and j + 1 < n and toks[j + 1].is_cap)
                             or links_role_to_post(toks, j)):
                j += 1
            run = toks[i:j]
            if (i == 0 or toks[i - 1].text in _CLAUSE_OPENERS) and (
                    _PARTICIPLE.match(run[0].text) or run[0].folded in CUE_VERBS):
                # "Asserting Clinton …", "Bashing Trump, …": a participle opens the sentence; "Replied Stephen,
                # “…”": so does an inverted verb of saying.
                run = run[1:]
            elif i > 0 and toks[i - 1].folded == "to" and run[0].text.islower():
                run = run[1:]  # "to finance Jerry’s purchase", "to head": a verb, not a role
            if len(run) == 1:  # (most runs: one word is no business, occasion or owner and its name)
                self._register_run(run)
                resume = max(j, i + 1)
                continue
            owner = next((m for m in range(1, len(run) - 1) if run[m].text.endswith(("'s", "’s")) and (
                run[m + 1].is_cap) and not run[m + 1].is_title and run[m - 1].text != "of"), None)
            if owner is None and len(run) > 2 and POSSESSIVE_END.search(run[0].text) and is_place(
                    POSSESSIVE_END.sub("", run[0].text)):
                owner = 0  # "Australia's Chief Medical Officer Professor Paul Kelly": the country owns the role
            # "Taylor Swift's Eras Tour": the owner's name ends at the possessive.
            pieces = [run[:owner + 1], run[owner + 1:]] if owner is not None else [run]
            company = self._company_in(run, toks[j].text if j < n else "") or _named_with_the(toks, i, run) or (
                _affiliation_of_named(toks, i, run)) or _thing_before_which(toks, j, run) or _medium_spoken_on(
                toks, i, run)
            if company is not None:
                # "Wells Fargo CEO John Stumpf", "Wells Fargo bankers": a business, whatever its name sounds
                # like, is nobody a later "she" means.
                self.add(" ".join(t.text for t in company), None, company[0].start, is_org=True)
            if _names_an_occasion(run, toks[j].folded if j < n else ""):
                resume = max(j, i + 1)
                continue
            for piece in pieces:
                # A longer run of capitals is a headline, not a name; lowercase role words do not count
                # ("New Zealand's former prime minister Jacinda Ardern"), nor a role's post ("Afghan Ambassador
                # to the United States Hamdullah Mohib").
                # (Nor a courtesy title: "Selangor Menteri Besar Datuk Abu Hassan Omar".)
                if sum(not (t.text.islower() and t.is_title) and t.folded.rstrip(".") not in COURTESY_TITLES
                       for t in piece[after_post(piece):]) <= max_words:
                    self._register_run(piece)
            resume = max(j, i + 1)

    @staticmethod
    def _company_in(run: list[Token], following: str) -> list[Token] | None:
        """The business or body a run of capitals names by its staff, shares or followers ("Wells Fargo CEO", "Wells
        Fargo bankers", "Manchester United fans"): two capitalised words or more before a company role or noun, or
        before a group's plural when no forename is among them ("Bernie Sanders supporters" names a person), else
        None."""
        cut = next((m for m, t in enumerate(run) if t.text in _COMPANY_ROLES), None)
        if cut is None and following not in _COMPANY_STAFF and (following not in _GROUP_NOUNS or any(
                is_forename(t.text) or t.text in NON_NAMES for t in run)):
            return None  # ("Six Trump supporters": a number and a person's supporters)
        owner = run[:cut] if cut is not None else run
        if len(owner) < 2 or not all(t.is_cap and not t.is_title for t in owner) or owner[-1].text.endswith(
                ("'s", "’s")) or is_place(" ".join(t.text for t in owner)):
            return None
        return owner

    def _register_run(self, run: list[Token]) -> None:
        """Register one run of capitalised words when it reads as a person's name."""
        named = _name_in_run(tuple([t.text for t in run]))
        if named is None:
            body = _body_in_run(run)
            name = " ".join(t.text for t in body) if body else ""
            if body and all(p.name != name for p in self._by_first_word.get(body[0].folded, [])):
                # (Kept apart from the people and their mentions: it stands only for its first word said alone.)
                self._by_first_word.setdefault(body[0].folded, []).append(Person(name, None, None, body[0].start,
                                                                                  True))
            return
        first, name, title, full = named
        if full:
            self.add(name, title, run[first].start)
        elif name not in NON_NAMES:
            self._mention_by_one_word(name, run[first].start)

    def _mention_by_one_word(self, word: str, at: int) -> None:
        """Count a surname or forename alone as a mention of the one person named in full with it before `at`:
        "Rubio" after "Marco Rubio", which keeps them salient; "Stephen" after "Stephen Jones", which tells him from
        his father Jerry Jones when a lone "Jones" follows (not when two people share the word: "Scott" may be
        either of two Scotts)."""
        key = word.casefold()
        by_surname = self._by_surname.get(key, [])
        by_forename = [p for p in self._by_forename.get(key, []) if len(p.name.split()) > 1]
        if len(by_surname) == 1:
            person = by_surname[0]
        elif not by_surname and len(by_forename) == 1:
            person = by_forename[0]
        else:
            return
        if not person.is_org and person.first_seen <= at:
            self.mentions.append(Mentioned(at, person))
            bisect.insort(person.positions, at)
            bisect.insort(person.sure_positions, at)

    def add(self, name: str, title: str | None, at: int, is_org: bool = False) -> Person | None:
        """Record a mention of a name; a full name new to the article becomes a new person."""
        courtesy = _courtesy_gender(f"{title or ''} {name}")
        name = canonical_name(name)
        if not name:
            return None
        role, bare = split_title(name) if not is_org else (None, name)
        if role and len(bare.split()) >= 2:
            name, title = bare, title or role  # ("President Bill Clinton" is Bill Clinton, his role a title)
        found = self.lookup(name, at, courtesy)
        if found is None and len(self._by_surname.get(surname_key(name), ())) >= 32:
            return None  # a name repeated in that many forms is noise, not people
        if found is None and not is_org and " " not in name and self.is_common_noun(name):
            return None
        if found is None or (len(name.split()) > len(found.name.split())
                             and surname_key(found.name) == surname_key(name)
                             and len(found.name.split()) == 1):
            if found is not None and found in self.people:
                found.name = name
                _give_title(found, title)
                found.gender = found.gender or gender_of(name, title)
            else:
                found = Person(name, title, gender_of(name, title), at, is_org)
                self.people.append(found)
                self._by_surname.setdefault(surname_key(name), []).append(found)
                if len(name.split()) > 1 and not is_org:
                    # ("Strava" alone is not "the Strava Community Hub": a body's first word is no forename.)
                    self._by_forename.setdefault(name.split()[0].casefold(), []).append(found)
        else:
            _give_title(found, title)
        found.is_org = found.is_org or is_org
        self.mentions.append(Mentioned(at, found))
        bisect.insort(found.positions, at)
        if len(name.split()) > 1 or len(self._by_surname.get(surname_key(name), ())) < 2:
            bisect.insort(found.sure_positions, at)
        return found

    def learn_genders(self, text: str) -> None:
        """Take an unknown gender from the he/his or she/her written after a person's mentions (a majority vote).

        A pronoun counts only when no other person is mentioned in between and it is in the same paragraph,
        since "Trump spoke to Megyn Kelly, and she said" tells nothing about Trump.
        """
        starts = sorted(at for at, _ in self.mentions)
        owners = {at: person for at, person in self.mentions}
        for person in self.people:
            if person.gender or person.is_org:
                continue
            votes = {"m": 0, "f": 0}
            # (Where a surname alone may be someone else's too, only the mentions sure to be this person vote:
            # "Mrs. Boskovic … her" tells nothing about Boban Boskovic.)
            for pos in (person.sure_positions or person.positions)[:MAX_GENDER_MENTIONS]:
                k = bisect.bisect_right(starts, pos)
                while k < len(starts) and owners[starts[k]] is person:
                    k += 1
                stop = min(len(text), pos + GENDER_WINDOW, starts[k] if k < len(starts) else len(text))
                newline = text.find("\n", pos, stop)
                match = _NEXT_PRONOUN.search(text, pos, newline if newline >= 0 else stop)
                if match and _opens_quotation(text[pos:match.start()]):
                    match = None  # "Musk replied: “She should try …”": a pronoun in someone's words is not about them
                if match and match.group(2) and _verb_between(text[pos:match.start()]):
                    match = None  # "Musk mocked her comments": the possessive after a verb is more often another's
                if match and _OBJECT_PRONOUN.search(text, pos, match.start()):
                    # "Chavez once called her “…” She still bristles": someone else, named by an object pronoun
                    # in between, is who the later pronoun more likely means.
                    match = None
                if match:
                    votes["m" if (match.group(1) or "").casefold() in {"he", "his", "himself"} else "f"] += 1
            if votes["m"] != votes["f"]:
                person.gender = "m" if votes["m"] > votes["f"] else "f"
            else:
                person.gender = forename_gender(person.name)
                if person.gender:
                    self.guessed.add(id(person))

    def alone_since(self, name: str | None, at: int) -> tuple[Person, int] | None:
        """The person `name` means and where they were last mentioned before `at`, when no one else is named
        between that mention and `at` (organisations aside); else None."""
        person = self.lookup(name, at) if name else None
        if person is None:
            return None
        k = bisect.bisect_left(person.positions, at)
        if k == 0:
            return None
        last = person.positions[k - 1]
        lo = bisect.bisect_right(self.mentions, last, key=lambda m: m.at)
        hi = bisect.bisect_left(self.mentions, at, key=lambda m: m.at)
        return (person, last) if all(m.person is person or m.person.is_org or self._beside_pronoun_of(person, m.at)
                                     for m in self.mentions[lo:hi]) else None

    def _beside_pronoun_of(self, person: Person, at: int) -> bool:
        """Tell whether a mention at `at` is joined to a pronoun that fits `person` ("the city where he and Dorsey
        are from"): whoever the pronoun means, it is not the one named beside it, so that name leaves the person
        the only one spoken of."""
        joined = _PRONOUN_AND.search(self.text, max(0, at - MAX_PRONOUN_AND), at)
        return joined is not None and person.gender in (None, PRONOUNS[joined.group(1).casefold()])

    def described(self, phrase: str, at: int) -> Person | None:
        """The person a definite description means ("the senator", "the Republican nominee"): the one most
        recently mentioned before `at` whose title has the description's role word."""
        words = [POSSESSIVE_END.sub("", w) for w in phrase.casefold().split()]
        if any(w[:1].isupper() and folded not in PARTY_ADJECTIVES for w, folded in zip(phrase.split()[1:], words[1:])):
            return None  # "the Florida senator" names its own referent well enough, and is kept as written
        if len(words) < 2 or words[0] != "the":
            return None
        body = words[1:]
        for n, word in enumerate(body):
            if word in _DESCRIPTION_LINKS:
                body = body[:n]
                break
        # ("the president-elect" is whoever the article titles President-elect, not any president.)
        elect = bool(body) and body[-1].endswith("-elect")
        if not body or not (elect or body[-1] in ROLE_FORMS):
            return None
        forms = {body[-1]} if elect else ROLE_FORMS[body[-1]]
        modifiers = set(body[:-1]) - _VAGUE_MODIFIERS
        # A party the title does not give ("the Republican governor" of "Indiana Gov. Eric Holcomb") is read only
        # when the article gives the role to one person: of two governors, the party tells them apart.
        party = modifiers & PARTY_ADJECTIVES
        k = bisect.bisect_left(self.mentions, at, key=lambda m: m.at)

        def holds(person: Person, waived: frozenset[str] | set[str] = frozenset()) -> bool:
            title_words = role_words(person.title)
            # Every qualifier must be in the title too, but those `waived`: "the Florida senator" is not any senator.
            # (A title of another party is not the role: "Republican Sen." is no Democratic senator.)
            other_party = waived and (PARTY_ADJECTIVES & title_words) - modifiers
            return bool(forms & title_words) and modifiers - waived <= title_words and not (
                _SUBORDINATE & title_words) - set(body) and not other_party

        for n in range(k - 1, max(-1, k - 1 - MAX_DESCRIBED_BACK), -1):
            person = self.mentions[n].person
            if not person.is_org and person.title and holds(person):
                return None if brought_in_unnamed(self.text, body[-1], at, self.mentions[n].at) else person
        # ("King Charles said …" far back, then "the King said": the one person the article has given the role; of
        # the first people it names only, so that a text of thousands of names stays linear.)
        holders = [p for p in self.people[:MAX_DESCRIBED_BACK] if not p.is_org and p.title and p.first_seen < at and (
            holds(p, party))]
        if len(holders) != 1 or brought_in_unnamed(self.text, body[-1], at):
            return None
        return holders[0]

    def _person_by_surname(self, mention: Mention) -> Person | None:
        """The person a lone word read as a body's name means when the article has named someone by it ("Serhii
        Radio", then "Radio said"; "Peter White", then "White said")."""
        if " " in mention.text or not mention.text[:1].isupper():
            return None
        people = [p for p in self.named_in_full(mention.text) if p.first_seen < mention.start]
        return people[0] if len(people) == 1 else None

    def mentions_between(self, lo: int, hi: int) -> list[Mentioned]:
        """The mentions made from offset `lo` up to `hi`, in reading order."""
        return self.mentions[bisect.bisect_left(self.mentions, lo, key=lambda m: m.at):
                             bisect.bisect_left(self.mentions, hi, key=lambda m: m.at)]

    def named_in_full(self, surname: str) -> list[Person]:
        """The people (no body) the article names in full with this last word ("Radio": Serhii Radio)."""
        return [p for p in self.with_surname(surname) if not p.is_org and len(p.name.split()) >= 2 and (
            p.name.split()[-1] == surname)]

    def with_surname(self, word: str) -> list[Person]:
        """The people registered under a surname ("Lacerda": Marina Lacerda, and any other Lacerda)."""
        return self._by_surname.get(surname_key(word), [])

    def lookup(self, name: str, at: int, gender: str | None = None) -> Person | None:
        """Find the person a name (full, surname or forename) refers to at a point of the article; of several, one
        of the `gender` a courtesy title gave, when there is one."""
        words = canonical_name(name).split()
        if not words:
            return None
        longer = self._named_with_leading_words(words, at) if len(words) > 1 else None
        if longer is not None:
            return longer
        candidates = self._by_surname.get(surname_key(" ".join(words)), [])
        if len(words) > 1:
            first = words[0].casefold()
            tail = [w.casefold() for w in words]
            # (Or the name's last words: "López Obrador" for "Andrés Manuel López Obrador".)
            candidates = [p for p in candidates if len(p.name.split()) == 1 or _same_forename(p.name.split()[0], first)
                          or ([w.casefold() for w in p.name.split()[-len(words):]] == tail and _has_forename(p))]
        if not candidates and len(words) == 1 and not is_place(words[0]):
            # "Hillary" for "Hillary Clinton" ("Israel" alone is the country, not Israel Katz).
            first = words[0].casefold()
            candidates = self._by_forename.get(first, [])
        if not candidates and len(words) == 1 and not is_place(words[0]):
            # "Massy said" after "Massy Stores": a company of two words called by its first, when only one is.
            bodies = [p for p in self._by_first_word.get(words[0].casefold(), []) if p.first_seen <= at]
            candidates = bodies if len(bodies) == 1 else []
        if not candidates:
            return None
        if gender and len(candidates) > 1:
            # ("Mrs. Boskovic" is Milica Boskovic, not her husband Boban, whom the article named first: by forename
            # first, as pronouns after a shared surname may have been counted for the wrong one.)
            candidates = [p for p in candidates if forename_gender(p.name) == gender] or [
                p for p in candidates if p.gender == gender] or candidates
        earlier = [p for p in candidates if p.first_seen <= at]
        if not earlier and len(words) == 1 and not is_place(words[0]):
            earlier = self._named_before_by_forename(words[0], at)
        pool = earlier or candidates
        # Of several people who share the surname, the one the article names most, then first ("Dorothy Woods,
        # whose husband, Ty Woods, …. Woods said she"); a run of capitals that opens with no forename ("Deport
        # Nikki Haley", in a headline) last.
        # (Names counted up to the point of reading: "Jones" after a paragraph about Stephen Jones is Stephen,
        # whoever the rest of the article names more.)
        recent = _named_just_before(pool, at)
        if recent is not None:
            return recent
        return max(pool, key=lambda p: (_has_forename(p), bisect.bisect_right(p.positions, at), len(p.positions),
                                        -p.first_seen))

    def _named_before_by_forename(self, word: str, at: int) -> list[Person]:
        """The people named before `at` whose forename the word is and whose surname the text writes alone: "AP
        photojournalist Dar Yasin …. Yasin rushed …. Dar said" is Yasin, not Mohammed Yousuf Dar, whom the text names
        only later (and not a headline's "Obama Sees", whose "Sees" is never written alone)."""
        found = []
        for person in self._by_forename.get(word.casefold(), []):
            names = person.name.split()
            if person.first_seen <= at and len(names) > 1 and self._written_alone(names[-1], names[-2]):
                found.append(person)
        return found

    def _named_with_leading_words(self, words: list[str], at: int) -> Person | None:
        """The one person named before `at` by a longer name that these words begin ("Te Kaurinui" after "Te
        Kaurinui Robert Parata", "Abu Hassan" after "Abu Hassan Omar"; of names that each begin the next, "Te Kaurinui
        Robert" and "Te Kaurinui Robert Parata", the longest); None when no one or several people are, when the
        longer name adds no more of a name ("Donald Trump" is not "Donald Trump Jr."), or when the text uses the
        last of these words alone, as a surname."""
        found = [p for p in self._by_forename.get(words[0].casefold(), []) if p.first_seen <= at and not p.is_org and (
            _begins(p.name.split(), words)) and self._goes_on_as_a_name(p.name.split()[len(words):])]
        if found and self._written_alone(words[-1], words[-2]):
            return None  # ("Dennis Prager", whom the text also calls "Prager", is a whole name)
        longest = max(found, key=lambda p: len(p.name.split()), default=None)
        if longest is None or not all(_begins(longest.name.split(), p.name.split()) for p in found):
            return None
        return longest

    def _goes_on_as_a_name(self, rest: list[str]) -> bool:
        """Tell whether the words a longer name adds are more of a name: not a suffix alone ("Jr."), and no word the
        text writes in lower case too (a headline's "Hillary Clinton Speaks")."""
        return any(w.casefold().rstrip(".,") not in GENERATIONAL_SUFFIXES for w in rest) and not any(
            self.is_common_noun(w) for w in rest)

    def is_common_noun(self, word: str) -> bool:
        """Tell whether a lone capitalised word is a noun the text writes in lower case too ("Plastics",
        "plastic")."""
        folded = word.casefold()
        return self._written_in_lower_case(folded) or (folded.endswith("s") and self._written_in_lower_case(
            folded[:-1]))

    def times_written(self, word: str) -> int:
        """How often the text writes a word as a word of its own ("Castellano" in "Castellano's" too)."""
        if PLAIN_WORD.fullmatch(word) is None:
            if word not in self._odd_counts:
                self._odd_counts[word] = len(re.findall(rf"\b{re.escape(word)}\b", self.text))
            return self._odd_counts[word]
        return self._times_written_plain(word)

    def _written_alone(self, word: str, before: str) -> bool:
        """Tell whether the text writes a name's last word without the word before it, as a surname is."""
        if self._word_counts is None:
            # (Counted once, in one pass: asked for every name mention, a search of the text each time would cost
            # quadratic time.)
            found = NAME_WORD.findall(self.text)
            self._word_counts = Counter(found)
            self._pair_counts = Counter(zip(found, found[1:]))
        return self._word_counts[word] > self._pair_counts[before, word]

    def misspelt(self, word: str, at: int) -> Person | None:
        """The one person named in full before `at` whose surname a lone word no one bears is a misspelling of: the
        same first letter and at most two letters changed, added or dropped ("Jensen" for Nathan Janzen, "Water"
        for Kathryn Waters); None when no one or several are that near."""
        key = word.casefold()
        known = self.lookup(word, at)
        if len(key) < MIN_MISSPELT_LENGTH or not word[:1].isupper() or known is not None and " " in known.name:
            return None
        # (The people named last before it only: a list of thousands of names costs no more than one of a hundred.)
        before = itertools.islice((p for p in reversed(self.people) if p.first_seen < at), MAX_MISSPELT_PEOPLE)
        near = {id(p): p for p in before if not p.is_org and _has_forename(p) and surname_key(p.name)[:1] == key[:1]
                and Levenshtein.distance(surname_key(p.name), key, score_cutoff=MAX_MISSPELT_LETTERS)
                <= MAX_MISSPELT_LETTERS}
        return next(iter(near.values())) if len(near) == 1 else None

    def resolve(self, mention: Mention) -> tuple[str, str | None, Person | None]:
        """Return (full name, title, person) for a name or organisation mention."""
        if mention.kind == "org":
            named = self._person_by_surname(mention)
            if named is not None:
                return named.name, named.title, named
            name = mention.text[4:] if mention.text.lower().startswith("the ") else mention.text
            return name, mention.title, None
        said = _courtesy_gender(f"{mention.title or ''} {mention.text}")
        person = self.lookup(mention.text, mention.start, said)
        if person is not None and _told_apart(person, said):
            return canonical_name(mention.text) or mention.text, mention.title, None
        if person is None:
            person = self.add(mention.text, mention.title, mention.start)
            if person is None:
                return canonical_name(mention.text) or mention.text, mention.title, None
        else:
            _give_title(person, mention.title)
        name = person.name
        if name.startswith(canonical_name(mention.text) + " of ") and len(mention.text.split()) >= 2:
            name = canonical_name(mention.text)  # "Stephanie Hooton", once named "Stephanie Hooton of Derry"
        if mention.title and person.title and len(mention.title) > len(person.title) and (
                person.title in mention.title):
            return name, mention.title, person  # "retired Army Gen." says more than "Army Gen."
        return name, person.title or mention.title, person


def _begins(name: list[str], words: list[str]) -> bool:
    """Tell whether the words of a name begin with these words (letter case aside)."""
    return len(name) >= len(words) and all(a.casefold() == b.casefold() for a, b in zip(name, words))


@lru_cache(maxsize=4096)  # (asked of every name mention and title, many of them alike)
def _courtesy_gender(words: str) -> str | None:
    """The gender a courtesy title among a mention's words gives ("Mrs. Boskovic": "f"), else None."""
    return next((HONORIFICS.get(w.casefold().rstrip(",;")) for w in words.split()
                 if HONORIFICS.get(w.casefold().rstrip(",;"))), None)


def _told_apart(person: Person, said: str | None) -> bool:
    """Tell whether the gender `said` by a mention's courtesy title makes it someone else than the person its
    surname finds: "Mr. Trump" is not "Ivanka Trump"."""
    if said is None or len(person.name.split()) < 2:
        return False
    return person.gender is not None and person.gender != said


def _names_an_occasion(run: list[Token], following: str) -> bool:
    """Tell whether a run of capitals names an occasion by the word after it ("its annual Camp Strava event", "the
    Aspen Ideas forum"): no one's name, unless a forename shows it is one ("a Bernie Sanders rally")."""
    return following in _OCCASIONS and len(run) >= 2 and not any(is_forename(t.text) for t in run)


def _affiliation_of_named(toks: list[Token], i: int, run: list[Token]) -> list[Token] | None:
    """The run itself when it follows a name and "from" or "at": "Radek Babicek from Fantastic Gardeners", "Chris
    Low at FTN Financial" name where someone works, never someone a later "the expert" means (a forename opening
    the run is a person: "votes went to Clinton from Bernie Sanders")."""
    if i < 2 or toks[i - 1].folded not in _WORKPLACE_LINKS or not toks[i - 2].is_cap or toks[i - 2].is_title:
        return None
    if len(run) < 2 or not all(t.is_cap and not t.is_title for t in run) or is_forename(run[0].text) or (
            POSSESSIVE_END.search(run[-1].text) or is_place(" ".join(t.text for t in run))):
        return None
    return run


def _named_just_before(pool: list[Person], at: int) -> Person | None:
    """Of several people who share a surname, the one named just before `at` when every other was last named far
    earlier ("Prime Minister Shehbaz Sharif said …. Sharif said", long after Lt. Gen. Ahmed Sharif; a lone "Sharif"
    between, in a headline, was itself a guess and does not count)."""
    if len(pool) < 2:
        return None
    last = {id(p): p.sure_positions[bisect.bisect_left(p.sure_positions, at) - 1] for p in pool if (
        p.sure_positions and p.sure_positions[0] < at)}
    near = [p for p in pool if id(p) in last and at - last[id(p)] <= JUST_BEFORE]
    if len(near) != 1 or len(near[0].name.split()) < 2:
        return None
    others_far = all(at - last[id(p)] > FAR_BEFORE for p in pool if id(p) in last and p is not near[0])
    return near[0] if others_far else None


def _thing_before_which(toks: list[Token], j: int, run: list[Token]) -> list[Token] | None:
    """The run itself when "which" follows it, set off by a comma or a bracket: "La La Land (which opens in
    theaters …)" names a thing, never someone a later "he" means."""
    if j + 1 < len(toks) and toks[j].text in {",", "("} and toks[j + 1].folded == "which" and len(run) > 1 and not any(
            t.is_title or is_forename(t.text) for t in run):
        return run
    return None


def _medium_spoken_on(toks: list[Token], i: int, run: list[Token]) -> list[Token] | None:
    """The run itself when a verb of saying and "on" come before it: "he wrote on Truth Social", "she said on Good
    Morning Britain" name where the words were said, never someone a later "he" or "she" means."""
    if i < 2 or toks[i - 1].folded != "on" or toks[i - 2].folded not in CUE_VERBS or len(run) < 2:
        return None
    return run if all(t.is_cap and not t.is_title for t in run) and not is_forename(run[0].text) else None


def _named_with_the(toks: list[Token], i: int, run: list[Token]) -> list[Token] | None:
    """The run itself when "the" comes before it and no forename or role opens it: "the Daily Mail", "the
    Hispanic Americans" name a paper or a group, never someone a later "she" or "he" means."""
    if run and run[0].text == "The":
        run = run[1:]  # the sentence's opening "The" is read into the run of capitals
    elif i == 0 or toks[i - 1].text.casefold() != "the":
        return None
    if len(run) < 2 or not all(t.is_cap for t in run):
        return None
    if any(t.is_title for t in run) or is_forename(run[0].text) or POSSESSIVE_END.search(run[-1].text):
        return None
    return run
