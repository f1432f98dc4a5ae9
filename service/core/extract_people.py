"""The people an article names: full names, titles and genders, so "Blinken" and "he" find "Anthony Blinken"."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .extract_clauses import Mention, Tok, _is_cap, _is_title
from .lexicon import FEMALE_NAMES, HONORIFICS, MALE_NAMES, NON_NAMES, ORG_WORDS
from .speakers import canonical_name, split_title

_FEMALE_ROLES = {"congresswoman", "spokeswoman", "chairwoman", "councilwoman", "businesswoman", "queen", "princess",
                 "lady", "mrs.", "ms.", "mrs", "ms", "miss", "actress", "wife", "mother", "daughter", "sister",
                 "grandmother", "madam", "dame", "anchorwoman"}
_MALE_ROLES = {"congressman", "spokesman", "chairman", "councilman", "businessman", "king", "prince", "mr.", "mr",
               "sir", "lord", "husband", "father", "son", "brother", "grandfather", "actor", "anchorman"}
_NEXT_PRONOUN = re.compile(r"\b(he|his|him|himself|she|her|hers|herself)\b", re.I)
_CONNECTORS = {"of", "de", "van", "von", "der", "del", "da", "di", "du", "la", "le", "al", "bin", "el"}


@dataclass
class Person:
    """Someone the article names in full at least once."""

    name: str
    title: str | None
    gender: str | None  # "m", "f" or None when the text and the forename leave it open
    first_seen: int
    is_org: bool = False
    positions: list[int] = field(default_factory=list)  # where it is mentioned, ascending

    def last_seen_before(self, at: int) -> int:
        """Offset of the latest mention at or before `at`, or -1."""
        k = bisect.bisect_right(self.positions, at)
        return self.positions[k - 1] if k else -1


def gender_of(name: str, title: str | None) -> str | None:
    """Guess a person's gender from an honorific or role word, else from the forename."""
    for word in (title or "").replace(",", " ").split():
        low = word.casefold()
        if low in _FEMALE_ROLES:
            return "f"
        if low in _MALE_ROLES:
            return "m"
    first = name.split()[0].casefold().rstrip(".") if name.split() else ""
    honorific = HONORIFICS.get(first) or HONORIFICS.get(first + ".")
    if honorific:
        return honorific
    male, female = first in MALE_NAMES, first in FEMALE_NAMES
    if male != female:
        return "m" if male else "f"
    return None


class People:
    """Names seen in an article, in order, with what each tells about the person."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self.mentions: list[tuple[int, Person]] = []  # every mention, in reading order
        self._by_surname: dict[str, list[Person]] = {}
        self._by_forename: dict[str, list[Person]] = {}

    def scan(self, toks: list[Tok]) -> None:
        """Register the full names (two words or more) written in a stretch of text."""
        i, n = 0, len(toks)
        while i < n:
            if not (_is_cap(toks[i]) or _is_title(toks[i])):
                i += 1
                continue
            j = i
            while j < n and (_is_cap(toks[j]) or _is_title(toks[j]) or toks[j].text in {"Mr.", "Mrs.", "Ms.", "Dr."} or (
                    toks[j].text.casefold() in _CONNECTORS and j + 1 < n and _is_cap(toks[j + 1]))):
                j += 1
            if j > i:
                self._register_run(toks[i:j])
            i = max(j, i + 1)

    def _register_run(self, run: list[Tok]) -> None:
        """Register one run of capitalised words when it reads as a person's name."""
        while run and (run[0].text in NON_NAMES or not run[0].text[:1].isupper()) and not _is_title(run[0]):
            run = run[1:]
        if not run or not any(_is_cap(t) for t in run):
            return
        title, name = split_title(" ".join(t.text for t in run))
        words = name.split()
        if not words or any(w.casefold().rstrip(".'’s") in ORG_WORDS for w in words) or any(
                w in NON_NAMES for w in words) or name.isupper():
            return
        if words[-1].endswith(("'s", "’s")):
            name = canonical_name(name)
            words = name.split()
        if len(words) >= 2 or title:
            self.add(name, title, run[0].start)

    def add(self, name: str, title: str | None, at: int, is_org: bool = False) -> Person | None:
        """Record a mention of a name; a full name new to the article becomes a new person."""
        name = canonical_name(name)
        if not name:
            return None
        found = self.lookup(name, at)
        if found is None and len(self._by_surname.get(name.split()[-1].casefold() if name.split() else "", ())) >= 32:
            return None  # a name repeated in that many forms is noise, not people
        if found is None or (len(name.split()) > len(found.name.split()) and found.name.split()[-1] == name.split()[-1]
                             and len(found.name.split()) == 1):
            if found is not None and found in self.people:
                found.name = name
                found.title = found.title or title
                found.gender = found.gender or gender_of(name, title)
            else:
                found = Person(name, title, gender_of(name, title), at, is_org)
                self.people.append(found)
                self._by_surname.setdefault(name.split()[-1].casefold(), []).append(found)
                if len(name.split()) > 1:
                    self._by_forename.setdefault(name.split()[0].casefold(), []).append(found)
        elif title and not found.title:
            found.title = title
            found.gender = found.gender or gender_of(found.name, title)
        self.mentions.append((at, found))
        bisect.insort(found.positions, at)
        return found

    def learn_genders(self, text: str) -> None:
        """Take an unknown gender from the first he/his or she/her written just after a person's mention."""
        for person in self.people:
            if person.gender or person.is_org:
                continue
            for pos in person.positions[:3]:
                match = _NEXT_PRONOUN.search(text, pos, min(len(text), pos + 160))
                if match:
                    person.gender = "m" if match.group(1).casefold() in {"he", "his", "him", "himself"} else "f"
                    break

    def lookup(self, name: str, at: int) -> Person | None:
        """Find the person a name (full, surname or forename) refers to at a point of the article."""
        words = canonical_name(name).split()
        if not words:
            return None
        candidates = self._by_surname.get(words[-1].casefold(), [])
        if len(words) > 1:
            first = words[0].casefold()
            candidates = [p for p in candidates if len(p.name.split()) == 1 or p.name.split()[0].casefold() == first
                          or p.name.split()[0][:1].casefold() == first[:1]]
        if not candidates and len(words) == 1:
            # "Hillary" for "Hillary Clinton".
            first = words[0].casefold()
            candidates = self._by_forename.get(first, [])
        if not candidates:
            return None
        earlier = [p for p in candidates if p.first_seen <= at]
        pool = earlier or candidates
        # The most recently mentioned of several people who share the surname.
        return max(pool, key=lambda p: (p.last_seen_before(at), -p.first_seen))

    def resolve(self, mention: Mention) -> tuple[str, str | None, Person | None]:
        """Return (full name, title, person) for a name or organisation mention."""
        if mention.kind == "org":
            name = mention.text[4:] if mention.text.lower().startswith("the ") else mention.text
            return name, mention.title, None
        person = self.lookup(mention.text, mention.start)
        if person is None:
            person = self.add(mention.text, mention.title, mention.start)
            if person is None:
                return canonical_name(mention.text) or mention.text, mention.title, None
        elif mention.title and not person.title:
            person.title = mention.title
            person.gender = person.gender or gender_of(person.name, mention.title)
        return person.name, person.title or mention.title, person
