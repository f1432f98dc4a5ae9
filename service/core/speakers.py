"""Speaker names: cleaning, lookup keys, aliases and "is this the same person?"."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from .lexicon import (
    AGENT_ENDINGS,
    COURTESY_TITLES,
    FEMALE_NAMES,
    GENERATIONAL_SUFFIXES,
    HONORIFICS,
    MALE_NAMES,
    NATIONALITIES,
    ORG_WORDS,
    TITLE_WORDS,
    dictionary_gender,
    grouped,
    is_forename,
    is_place,
    is_title_word,
    pairs,
    words,
)
from .models import Speaker
from .text import strip_invisible

# Words that end a name after it: "Jr.", "PhD", and regnal numbers ("Pope Leo XIV", "Benedict XVI").
_SUFFIXES = words("name_suffixes")
_POST_NOMINALS = words("post_nominals")
_PARTICLES = words("name_particles") | words("surname_openers")
_POSSESSIVE = re.compile(r"['’]s?$")
_EDGE_PUNCT = "\"'“”‘’«»„.,;:!?()[]{}<>*_–—-|/\\ \t\n\r"
_SPACES = re.compile(r"\s+")

# Short forms a reader treats as the same forename.
_NICKNAMES = grouped(pairs("nicknames"))

JOINT = " and "  # joins the people of a joint speaker ("Donald Trump and Paul Ryan")
_LISTED = ", "  # lists the people before the last of three or more ("Tom Carper, Dianne Feinstein and Ben Cardin")
_PEOPLE_OF_JOINT = re.compile(r", and |, | and ")


def joint_people(name: str) -> list[str]:
    """The people of a joint speaker ("Tom Carper, Dianne Feinstein and Ben Cardin" -> the three); a speaker who
    is no joint one alone."""
    return [part for part in _PEOPLE_OF_JOINT.split(name) if part] if JOINT in name else [name]


def joint_name(people: list[str]) -> str:
    """The written form of a joint speaker: "A and B", "A, B and C"."""
    return JOINT.join(people) if len(people) <= 2 else _LISTED.join(people[:-1]) + JOINT + people[-1]


def written_joint(name: str | None) -> str | None:
    """A joint speaker's people read one by one ("A and B and C") in its written form ("A, B and C")."""
    return joint_name(joint_people(name)) if name and name.count(JOINT) >= 2 else name


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    """Case-fold a word and drop accents so "José" and "Jose" compare equal."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_SPACED_OWNER_MARK = re.compile(r"(?<=s) ([’'])(?= \w)")


@lru_cache(maxsize=16384)
def canonical_name(name: str) -> str:
    """Clean a speaker name as written (strip honorifics, possessives, stray punctuation)."""
    raw = _SPACES.sub(" ", unicodedata.normalize("NFKC", strip_invisible(name or ""))).strip()
    raw = _SPACED_OWNER_MARK.sub(r"\1", raw)  # ("National Police Chiefs ’ Council", as tokens were joined)
    text = raw.strip(_EDGE_PUNCT)
    tokens = text.split(" ")
    while len(tokens) > 1 and tokens[0].casefold() in HONORIFICS:
        tokens = tokens[1:]
    if tokens:
        tokens[-1] = _POSSESSIVE.sub("", tokens[-1]) if len(tokens[-1]) > 2 else tokens[-1]
    cleaned = " ".join(t for t in tokens if t).strip(_EDGE_PUNCT)
    # Keep the full stop of a trailing initial or suffix ("Jr.") that the edge strip removed.
    at = raw.find(cleaned) + len(cleaned) if cleaned else -1
    if cleaned and raw[at:at + 1] == "." and (
            cleaned.rsplit(" ", 1)[-1].casefold() in GENERATIONAL_SUFFIXES or len(cleaned.rsplit(" ", 1)[-1]) == 1):
        cleaned += "."
    return cleaned


def _is_title_word(word: str) -> bool:
    """Tell whether a word belongs to a role ("Secretary", "NATO", "Russian") rather than a name."""
    folded = _fold(word).rstrip(",")
    return is_title_word(folded) or folded in NATIONALITIES or folded in HONORIFICS or (
        folded.endswith("'s") or folded.endswith("’s"))


def _name_tokens(name: str) -> list[str]:
    """Return the words of a name without a leading role, honorifics or a trailing suffix."""
    tokens = canonical_name(name).split()
    # "Secretary of State Blinken" -> "Blinken": drop role words (and the "of" inside them) from the front.
    while len(tokens) > 1 and (_is_title_word(tokens[0]) or (tokens[0].casefold() == "of" and len(tokens) > 2)):
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1].casefold().rstrip(".") in {s.rstrip(".") for s in _SUFFIXES}:
        tokens = tokens[:-1]
    if "of" in tokens[2:-1] and tokens[tokens.index("of", 2) + 1][:1].isupper():
        # "Amy Klobuchar of Minnesota", "Mark Zandi of Moody's Analytics": the person, without where they are from
        # ("Bank of America" keeps its "of": one word before it is no forename and surname).
        tokens = tokens[:tokens.index("of", 2)]
    return tokens


def surname_key(name: str) -> str:
    """Return the lookup key (normalised surname) a store indexes speakers by."""
    tokens = _name_tokens(name)
    if not tokens:
        return ""
    surname = tokens[-1]
    # Organisations ("the White House") key on the whole name.
    if tokens[0].casefold() == "the":
        return _fold(" ".join(tokens[1:]))
    return re.sub(r"[^\w-]", "", _fold(surname))


def _forename(tokens: list[str]) -> str | None:
    """Return the first given name of a name's tokens, or None for a bare surname."""
    return _fold(tokens[0]).rstrip(".") if len(tokens) > 1 else None


def _same_forename(a: str, b: str) -> bool:
    """Tell whether two forenames denote the same person: equal, an initial, a nickname or a near-spelling."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if b in _NICKNAMES.get(a, ()) or a in _NICKNAMES.get(b, ()):
        return True
    if any(a in forms and b in forms for forms in _NICKNAMES.values()):
        return True
    return Levenshtein.normalized_similarity(a, b) >= 0.8 and a[0] == b[0]


def _same_surname(a: str, b: str) -> bool:
    """Tell whether two surnames are the same or one letter apart in a long enough name."""
    if a == b:
        return True
    limit = 1 if min(len(a), len(b)) >= 5 else 0
    return a[:1] == b[:1] and Levenshtein.distance(a, b, score_cutoff=limit) <= limit


def person_matches(claimed: str, name: str, aliases: Iterable[str] = ()) -> bool:
    """Tell whether a claimed speaker name denotes this speaker (name, alias, title+surname, or near-spelling)."""
    claimed_clean = _fold(canonical_name(claimed or ""))
    if not claimed_clean:
        return False
    forms = [name, *aliases]
    if any(claimed_clean == _fold(canonical_name(form)) for form in forms if form):
        return True  # (first: "National Oceanic and Atmospheric Administration" is one body, named in full)
    if any(_acronym_of(claimed, form) or _acronym_of(form, claimed) for form in forms if form):
        return True  # "IDF" for "Israel Defense Forces", "Food and Drug Administration" for "FDA"
    if JOINT in name:
        # "Donald Trump and Paul Ryan" said it together: either of them is the speaker.
        return any(person_matches(claimed, part) for part in joint_people(name))
    claimed_tokens = [_fold(t) for t in _name_tokens(claimed)]
    name_tokens = [_fold(t) for t in _name_tokens(name)]
    if not claimed_tokens or not name_tokens:
        return False
    if len(claimed_tokens) == 1 and len(name_tokens) >= 2 and claimed_tokens[0].strip(".,") == name_tokens[0]:
        return True  # "Jens said …", "Hillary said …": a forename alone names the person it begins
    claimed_surname, surname = claimed_tokens[-1].strip(".,"), name_tokens[-1].strip(".,")
    if not _same_surname(claimed_surname, surname):
        return False
    if 2 <= len(claimed_tokens) < len(name_tokens) and name_tokens[-len(claimed_tokens):] == claimed_tokens:
        return True  # "López Obrador", "García Márquez": a compound surname without the forenames
    claimed_first, name_first = _forename(claimed_tokens), _forename(name_tokens)
    if claimed_first is None or name_first is None:
        # A bare surname matches exactly: one letter off is another person (Osama / Obama, Carlson / Carson).
        return claimed_surname == surname
    if claimed_surname != surname:
        # A spelling variant of one part of a full name only when the other parts are identical.
        return claimed_first == name_first and claimed_tokens[1:-1] == name_tokens[1:-1]
    return _same_forename(claimed_first, name_first)


def _acronym_of(short: str, long: str) -> bool:
    """Tell whether a name in capitals is the initials of the capitalised words of another ("IDF", "Israel Defense
    Forces"; "FBI", "Federal Bureau of Investigation"): a body's acronym names the body."""
    short = canonical_name(short).removeprefix("the ").strip()
    initials = "".join(word[0] for word in canonical_name(long).split() if word[:1].isupper())
    return 2 <= len(short) <= MAX_ACRONYM and short.isalpha() and short.isupper() and short == initials


MAX_ACRONYM = 6  # letters of a body's acronym ("NATO", "UNESCO")

# An online handle: letters with a digit or an underscore ("acebush1", "@jane_doe"), no word of a person's name;
# what follows its first letter (the extractor's tokens read a lower-case handle with it as a name).
HANDLE_AFTER_FIRST_LETTER = r"[a-z]{2,}(?:\d+|_[a-z\d_]+)[a-z\d_]*"
_HANDLE = re.compile(r"@?[A-Za-z]" + HANDLE_AFTER_FIRST_LETTER)


def part_of_name(claimed: str, name: str) -> bool:
    """Tell whether one of two names is written with part of the other's words and nothing else, so that they may
    be one person ("Te Kaurinui" of "Te Kaurinui Robert Parata"): every word of the shorter is in the longer, and
    no suffix ("Jr.", "III") sets the longer apart ("Donald Trump" is not "Donald Trump Jr.")."""
    a = [_fold(w).strip(".,") for w in canonical_name(claimed or "").split()]
    b = [_fold(w).strip(".,") for w in canonical_name(name or "").split()]
    if not a or not b or a == b or JOINT in name:
        return False
    shorter, longer = sorted((a, b), key=len)
    return set(shorter) <= set(longer) and not any(w in _SUFFIXES for w in set(longer) - set(shorter))


def is_handle(name: str) -> bool:
    """Tell whether a speaker is an online account's handle ("acebush1"): an account, whoever holds it."""
    return bool(_HANDLE.fullmatch(name))


def is_description(name: str) -> bool:
    """Tell whether a speaker is described, not named ("Texas senator", "one Trump campaign source")."""
    return any(word[:1].islower() and _fold(word) not in _PARTICLES and word != "of" for word in name.split())


_ROLE_WORD = re.compile(r"[\w]+")
_HEAD_WORDS = words("head_words")  # "NATO chief": whoever heads the body the other words name


def _role_words(role: str) -> list[str]:
    """The words of a role, folded, without possessives and a leading article ("the NATO Secretary-General")."""
    words = [_fold(w) for w in _ROLE_WORD.findall(re.sub(r"['’]s\b", "", role))]
    return words[1:] if words[:1] == ["the"] else words


def same_role(claimed: str, title: str | None) -> bool:
    """Tell whether a claimed speaker written as a role names the holder of this title: the whole title or
    its end ("NATO Secretary-General", "Secretary-General" for "NATO Secretary-General"), or the body's
    chief ("NATO chief")."""
    wanted, held = _role_words(claimed), _role_words(title or "")
    if not wanted or not held:
        return False
    if wanted == held[-len(wanted):] and (len(wanted) >= 2 or wanted[0] in TITLE_WORDS):
        return True
    body = wanted[:-1]
    return wanted[-1] in _HEAD_WORDS and bool(body) and all(word in held for word in body) and (
        _fold(held[-1]) in TITLE_WORDS or held[-1] in {"general"})


def fuller_name(stored: str, seen: str) -> str | None:
    """The form just seen when it names a speaker stored under a surname alone in full ("Barack Obama" for
    "Obama"), so later articles about another Obama no longer match it, or when it writes the same name with
    accents the stored form left out ("Felipe Calderón" for "Felipe Calderon"); else None."""
    if _accents_added(canonical_name(stored), canonical_name(seen)):
        return canonical_name(seen)
    stored_words, seen_words = canonical_name(stored).split(), canonical_name(seen).split()
    if len(stored_words) != 1 or len(seen_words) < 2 or JOINT in seen or is_description(seen) or (
            is_description(stored)):
        return None
    if _fold(seen_words[-1]) != _fold(stored_words[0]) or dictionary_gender(seen_words[0]) is None:
        return None  # a forename the dictionary knows, before the same surname
    return canonical_name(seen)


def _accents_added(stored: str, seen: str) -> bool:
    """Tell whether `seen` is `stored` with more accented letters and nothing else changed."""
    def accented(name: str) -> int:
        return sum(1 for ch in unicodedata.normalize("NFKD", name) if unicodedata.combining(ch))
    return seen != stored and accented(seen) > accented(stored) and [_fold(w) for w in seen.split()] == [
        _fold(w) for w in stored.split()]


def choose_speaker(name: str, title: str | None, candidates: list[Speaker]) -> Speaker | None:
    """Pick the existing speaker (candidates share the surname key) that this name denotes, or None for a new person."""
    if is_description(name):
        # "the Texas senator" and "the Florida senator" share a last word, not a person: only the same
        # description, word for word, is the same speaker.
        wanted = _fold(canonical_name(name))
        return next((c for c in candidates if _fold(canonical_name(c.name)) == wanted), None)
    candidates = [c for c in candidates if not is_description(c.name)]
    # A joint speaker ("Donald Trump and Paul Ryan") is a speaker of its own: never where one of them goes.
    matching = [c for c in candidates
                if (JOINT in c.name) == (JOINT in name) and person_matches(name, c.name, c.aliases)]
    if not matching:
        return None
    if len(matching) == 1:
        return matching[0]
    wanted = _fold(canonical_name(name))
    exact = [c for c in matching if _fold(canonical_name(c.name)) == wanted]
    if exact:
        return exact[0]
    if title:
        same_role = [c for c in matching if c.title and _fold(c.title) == _fold(title)]
        if same_role:
            return same_role[0]
    # A bare surname shared by several people: the one quoted most is the likeliest referent.
    return max(matching, key=lambda c: (c.quote_count or 0, -(c.id or 0)))


def _title_head(title: str) -> str | None:
    """Return the main role word of a title ("US Secretary of State" -> "Secretary of State")."""
    words = title.split()
    for i, word in enumerate(words):
        if _fold(word) in TITLE_WORDS and _fold(word) not in NATIONALITIES and word[:1].isupper():
            return " ".join(words[i:])
    return None


def aliases_for(name: str, title: str | None) -> list[str]:
    """Other forms a name is referred to by (surname, title + surname) to store as aliases."""
    tokens = _name_tokens(name)
    if len(tokens) < 2 or tokens[0].casefold() == "the" or JOINT in name:
        return []  # a joint speaker is matched through each of its people, not by a surname of its own
    surname = tokens[-1]
    if len(tokens) > 2 and tokens[-2].casefold() in _PARTICLES:
        surname = f"{tokens[-2]} {surname}"
    found = [surname]
    if " of " in name and _fold(" ".join(tokens)) != _fold(canonical_name(name)):
        found.append(" ".join(tokens))  # "Amy Klobuchar" for "Amy Klobuchar of Minnesota"
    if title:
        head = _title_head(title)
        for role in (head, title.strip()):
            if role and not role.endswith("'s") and len(role.split()) <= 5:
                found.append(f"{role} {surname}")
    unique, seen = [], {_fold(name)}
    for alias in found:
        if _fold(alias) not in seen:
            seen.add(_fold(alias))
            unique.append(alias)
    return unique


@lru_cache(maxsize=16384)
def split_title(phrase: str) -> tuple[str | None, str]:
    """Split "US Secretary of State Anthony Blinken" into its role and its name ("Anthony Blinken")."""
    head, of, place = phrase.rpartition(" of ")
    if of and head and " " in head.strip() and is_place(place.strip(" ,")):
        # "Senator John Thune of South Dakota": the state says where the person is from (its "South" is no role).
        title, name = split_title(head)
        if name and name[:1].isupper() and _fold(name.split()[-1]) not in TITLE_WORDS:
            return title, f"{name} of {place.strip()}"
    words = phrase.split()
    while len(words) > 2 and (words[-1].isupper() and _fold(words[-1]) in _POST_NOMINALS or len(words) > 3 and (
            _fold(" ".join(words[-2:])).replace("’", "'") in _POST_NOMINALS)):
        # "Councillor Afrasiab Anwar MBE", "Karabo Mohau King’s Counsel": the honour is no part of the name
        words = words[:-2] if not words[-1].isupper() else words[:-1]
    if len(words) > 1 and _fold(words[0]) in NATIONALITIES and is_place(phrase.strip()):
        return None, phrase.strip()  # "Saudi Arabia": a country whose first word is also a nationality
    cut = _name_start(words)
    name_words = words[cut:]
    if name_words[:1] in (["for"], ["to"]) and len(name_words) > 2 and cut and _is_title_word(words[cut - 1]) and (
            _fold(words[cut - 1]) not in ORG_WORDS):
        # "Undersecretary for Political Affairs Wendy Sherman", "Ambassador to the United States Hamdullah Mohib":
        # the portfolio or post after "for" or "to" is the role's; the name starts at its forename (else it is
        # the last two words).
        first = next((n for n in range(1, len(name_words)) if name_words[n].casefold() in MALE_NAMES or (
            name_words[n].casefold() in FEMALE_NAMES)), max(1, len(name_words) - 2))
        cut += first
        name_words = words[cut:]
    if name_words and name_words[0] == "of":
        if not any(_is_title_word(w) for w in words[:cut]) or _fold(words[cut - 1]) in ORG_WORDS:
            # "Georgia Association of Educators", "National Association of Manufacturers": a body's name.
            return None, phrase.strip()
        after = _name_after_place(name_words[1:])
        if after is None:
            return None, ""  # "governor of Virginia": a role and its place, with no name at all
        # "Governor of Washington Chris Gregoire": the role, its place, then the name.
        cut += 1 + after
        name_words = words[cut:]
    # (A capitalised particle opening a surname stays: "Le Pen", "Van Hollen", "De Blasio".)
    while name_words and _fold(name_words[0]) in _PARTICLES and not (
            name_words[0][:1].isupper() and len(name_words) >= 2 and name_words[0] != "Of"):
        cut += 1
        name_words = words[cut:]
    if not name_words:
        # All role words ("NATO", "the Kremlin"): the phrase names an organisation or an office.
        return None, phrase.strip()
    if cut and words[cut - 1].endswith(("'s", "’s")) and "of" in words[1:cut] and not any(
            _is_title_word(w) for w in words[:words.index("of")]):
        return None, phrase.strip()  # "Mark Zandi of Moody's Analytics": a person of a body, no role before
    body = words[1:] if words[0].endswith(("'s", "’s")) else words  # ("Pakistan’s Ministry of …")
    if len(name_words) == 1 and len(body) > 2 and _fold(body[0]) in ORG_WORDS and body[1] == "of":
        # "Ministry of Foreign Affairs": a body's name, not a role and a surname ("Governor of the Bank of England
        # Andrew Bailey" is a role).
        return None, phrase.strip()
    epithet = _epithet_end(name_words)
    if epithet:
        # "Wall Streeter Charlotte Beyer", "Brexiteer Nigel Farage": a capitalised epithet before a forename.
        cut += epithet
        name_words = words[cut:]
    title_words = words[:cut]
    if len(title_words) > 1 and _fold(title_words[-1]).rstrip(".") in COURTESY_TITLES:
        title_words = title_words[:-1]  # "Liberal Democrat leader Sir Ed Davey": the courtesy is no part of the role
    title = " ".join(title_words).strip(" ,") or None
    if title and title.casefold() in {"the", "a", "an"}:
        title = None
    return title, " ".join(name_words)


# ("Londoner", "Corbynite"; not "-an", which ends forenames too: "Yunfan Gerry Zhang", "Hernan Dario Gomez".)
_EPITHET_ENDINGS = AGENT_ENDINGS + ("ite",)


def _epithet_end(name_words: list[str]) -> int:
    """How many capitalised words of a doer or a place's people open a name before its forename and surname
    ("Texan Ted Cruz": 1); 0 when the name opens with a forename or has no such words."""
    for n in range(1, len(name_words) - 1):
        if is_forename(name_words[n]):
            before = name_words[n - 1]
            epithet = len(before) > 4 and before.endswith(_EPITHET_ENDINGS) or _fold(before) in _NATIONALITY_NOUNS
            return n if epithet and not any(is_forename(w) or not w[:1].isupper() for w in name_words[:n]) else 0
    return 0


_NATIONALITY_NOUNS = words("nationality_nouns")  # "Welshman Mark Litton", "Briton Jane Smith"


def _name_after_place(words: list[str]) -> int | None:
    """Where a name starts after the place that opens `words`: at the first forename after it ("Washington Chris
    Gregoire": 1, "the United States Joe Biden": 3), with a surname after the forename; else None."""
    for n in range(1, len(words) - 1):
        if _fold(words[n]) in MALE_NAMES or _fold(words[n]) in FEMALE_NAMES:
            return n if words[0] != "the" or n > 1 else None
    return None


def _name_start(words: list[str]) -> int:
    """Where the name starts: the longest run of words at the end that are neither role words nor country codes."""
    cut = len(words)
    while cut > 0:
        word = words[cut - 1]
        folded = _fold(word)
        if len(words) > 1 and folded in _SUFFIXES and all(_fold(w) in _SUFFIXES for w in words[cut:]):
            cut -= 1  # "Luther Stan Pate IV", "John Smith III": a suffix in capitals ends the name
            continue
        if cut == len(words) > 1 and folded in NATIONALITIES and folded not in TITLE_WORDS and not _is_title_word(
                words[cut - 2]):
            cut -= 1  # "Mark Cuban", "Sarah English": a nationality after a forename is a surname ("New York" is not)
            continue
        if cut == len(words) > 2 and word[1:].islower() and (
                _fold(words[cut - 2]) in MALE_NAMES or _fold(words[cut - 2]) in FEMALE_NAMES) and (
                _is_title_word(words[cut - 3])):
            cut -= 1  # "journalist Alex Press", "Sen. Tim Scott's": after a role and a forename, a surname
            continue
        inner_particle = folded in _PARTICLES and cut - 1 > 0 and cut < len(words)
        if folded in ORG_WORDS and cut < len(words) and _fold(words[cut]) not in _PARTICLES:
            break  # "President of the European Commission Ursula von der Leyen": the body is part of the role
        initials = len(word) == 2 and word.isupper() and word.isalpha() and cut == len(words) - 1 and (
            folded not in NATIONALITIES and folded not in ORG_WORDS) and not _is_title_word(word)
        if inner_particle or initials or (not _is_title_word(word) and not (word.isupper() and len(word) > 1 and
                                                                           not word.endswith("."))) or (
                all(_fold(w) in _SUFFIXES for w in words[cut:]) and cut < len(words)):
            # ("Martin Luther King Jr.": a surname that is also a role word, before a suffix, is the surname;
            # "JD Vance", "DJ Khaled": two initials in capitals before the surname are a forename.)
            cut -= 1
            continue
        break
    return cut
