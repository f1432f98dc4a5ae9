"""Speaker resolution: the person a name, surname, pronoun or description in an attribution stands for."""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import NamedTuple, TypeGuard

from ..lexicon import (
    BODY_NOUNS,
    COURTESY_TITLES,
    CUE_FILLERS,
    DOCUMENTS,
    EPITHETS_AND_NATIONALITIES,
    MONTHS,
    NATIONALITIES,
    NATIONALITY_NOUNS,
    NON_NAMES,
    ORG_WORDS,
    PARTY_ADJECTIVES,
    PERSON_NOUNS,
    PRONOUNS,
    TITLE_WORDS,
    WEEKDAYS,
    entries,
    has_agent_ending,
    is_forename,
    is_place,
    is_title_word,
    office_only,
    pairs,
    surname_like_body_word,
    words,
)
from ..speakers import canonical_name
from ..text import NUMBER_WORDS
from .attribution import (
    _BODY_OF,
    _COMPANY_NOUNS,
    _GROUP_NOUNS,
    _INDEFINITE_PERSON,
    _PRONOUN_OF,
    _body_noun,
    _sentence_subject,
    _subject_ending,
    _the_noun,
)
from .candidates import AGE_EPITHET, INDEFINITES, JOINT, Attribution, Mention
from .paragraphs import _rough_sentence_start, _text_end_before
from .people import (
    POSSESSIVE_END,
    ROLE_FORMS,
    People,
    Person,
    answer_label,
    brought_in_unnamed,
    described_gender,
    initials,
    name_label,
    role_words,
)
from .rules import first, is_on, rule
from .subjects import _GENERIC_BODY_NOUNS
from .tokens import tokens

MAX_ANTECEDENTS = 60  # named speakers looked back over to resolve a pronoun

_DOCUMENT_FROM = re.compile(r"^(?:(?:a|an|the)\s+)?(?:%s)\s+(?:from|by)\s+(.+)$" % "|".join(sorted(DOCUMENTS)),
                            re.IGNORECASE)

_RELATIVE_OF = re.compile(r"^(?:my|our)\s+\w+$", re.I)  # "my father": a first-person writer's own relative


def _gender_fits(pronoun: str, person: Person | None) -> bool:
    """Tell whether a pronoun can refer to a person (unknown genders fit both)."""
    wanted = PRONOUNS.get(pronoun)
    if person is None:
        return wanted in {"p", "n"}
    if person.is_org:
        return wanted in {"p", "n"}
    if wanted in {"m", "f"}:
        return person.gender in {None, wanted}
    return wanted in {"s", "p"} and False

_AFTER_HEAD = words("after_head_noun")  # "source" of "source close to the campaign"


def _indefinite_noun(noun: str) -> re.Pattern:
    """A pattern for someone brought in with an indefinite article ("a separate intelligence source")."""
    return re.compile(rf"\b(?:a|an|another)(\s+)(?:[\w-]+\s+){{0,3}}?{re.escape(noun)}\b", re.IGNORECASE)


def _head_noun(description: str) -> str:
    """The noun a description is about: "source" of "source close to the Trump campaign", "spokesman" of
    "Pentagon spokesman"."""
    words = description.casefold().split()
    cut = next((n for n, word in enumerate(words) if n and word in _AFTER_HEAD), len(words))
    return words[cut - 1]

_ALL_ROLE_FORMS = frozenset().union(*ROLE_FORMS.values())

MAX_SET_OFF_BACK = 3000  # characters looked back for "X, a … group" when a story says "the group"
MAX_UNNAMED_INTRODUCTION = 6000  # characters looked back for "a Beijing-based member" when "the member" speaks


# A name of capitalised words (and the small words between them) ending where ", a … group" begins.
_BODY_NAME = r"([A-Z][\w&’'.-]*(?:\s+(?:(?:for|and|of|on|in|the)\s+)?[A-Z][\w&’'.-]*)*)"  # "Centre for …"
_SET_OFF_NAME = re.compile(_BODY_NAME + r"\Z")
MAX_SET_OFF_NAME = 120  # characters of that name looked at


@functools.lru_cache(maxsize=64)
def _set_off_pattern(noun: str) -> re.Pattern[str]:
    """", a/an … <noun>" closing an appositive (a comma, full stop, semicolon or bracket after it: "a group
    dressed in …" is no appositive)."""
    return re.compile(rf",\s+(?:a|an)\s+(?:[\w-]+\s+){{0,4}}{re.escape(noun)}(?=[,.;)])")


@functools.lru_cache(maxsize=64)
def _name_after_noun(noun: str) -> re.Pattern[str]:
    """A body's kind noun right before its name ("newspaper Dagens Nyheter")."""
    return re.compile(rf"\b{re.escape(noun)}\s+" + _BODY_NAME)


def _office_fits(office: str, title: str | None) -> bool:
    """Tell whether an office can be the title someone was given: any office when the title gives none ("Mr"),
    else its role words all in the title, and no other party ("the Foreign Secretary" is no Home Secretary, "the
    Labour MP" no Conservative MP)."""
    said = {w.casefold() for w in office.split()}
    held = {w.casefold().rstrip(".") for w in (title or "").split()} - COURTESY_TITLES
    said_party, held_party = said & PARTY_ADJECTIVES, held & PARTY_ADJECTIVES
    if said_party and held_party and not said_party & held_party:
        return False
    held_roles = {w for w in held - PARTY_ADJECTIVES if is_title_word(w)}
    return not held_roles or {w for w in said - PARTY_ADJECTIVES if is_title_word(w)} <= held_roles


def _to_sentence_end(words: list[str]) -> list[str]:
    """The words of a name up to a full stop that ends its sentence ("Dagens Nyheter. In …"; "U.S." goes on)."""
    for n, word in enumerate(words):
        if word.endswith(".") and not _INITIALS.fullmatch(word):
            return [*words[:n], word.rstrip(".")]
    return words


_INITIALS = re.compile(r"(?:[A-Z]\.)+")


# Unnamed speakers a story describes again by their head noun alone ("a senior official … the official said").
_ANONYMOUS_HEADS = words("unnamed_sources")

ROLE_STEM = 5  # letters a role word shares with the name of its body or office ("senat-or", "Senat-e")

_PARTY_EPITHETS = words("party_epithets")

MAX_HEADING_NAME_WORDS = 4  # a roundup's heading that is only a name: "Garth Brooks", "Andrea Bocelli"

MAX_LEAD_BACK = 600  # characters before a quotation read for someone its paragraph brings in (bounds the work)
MAX_EPITHET_CHAIN = 3  # paragraphs back an epithet repeated paragraph after paragraph is followed ("the expert")
ONE_PARAGRAPH_BACK = 2  # line breaks between an offset and one in the paragraph before ("\n\n" between them)

_NAMED_IN_DESCRIPTION = re.compile(r"\b(?:known as|named|called|nicknamed)\b", re.IGNORECASE)


class Remembered(NamedTuple):
    """A speaker or sentence subject the resolver remembers for the pronouns and descriptions after it."""

    at: int  # where its clause is (the cue's offset)
    name: str
    title: str | None
    person: Person | None  # the registered person (or description) it is, if any
    kind: str  # "name", "org", "described" (a description of one person) or "nominal"
    origin: str  # "speaker" (a verb of saying), "report" ("believes") or "subject" (a sentence's opening)


class Resolved(NamedTuple):
    """Whom a mention stands for: a name (None when nobody fits) and a title."""

    name: str | None
    title: str | None


class _Resolver:
    """Resolves speaker mentions to names, remembering who spoke last for pronouns."""

    def __init__(self, people: People, text: str = "", writer: str | None = None):
        self.people = people
        self.text = text
        self.writer = writer  # the one person of the byline, whom an "I" outside the quotation marks means
        self.history: list[Remembered] = []
        self._positions: list[int] = []
        # People quoted with a verb of saying: a lone surname ("Tiegen said") is a person even with no
        # forename, role or known gender to show it.
        self._speaking: set[int] = set()
        # Tells a name from a capitalised common word ("Proponents said"), once the article is read.
        self.known: Callable[[Mention], bool] | None = None
        # One-word names a clause opens with as the subject of a verb of saying ("Dencia has hit out at …").
        self.acting: set[str] = set()

    def note(self, attr: Attribution, origin: str = "speaker") -> None:
        """Remember a named speaker of any attribution (quoted or reported) for later pronouns."""
        mention, at = attr.speaker, attr.cue_start
        party = self._party_epithet(mention)
        if party is not None:
            # "The Republican is also encouraging …": whom it means is read once every name is known (resolve).
            self.history.append(Remembered(at, party.name.split()[-1], None, party, "described", origin))
        elif mention.kind == "name" and mention.text.casefold() in _GROUP_NOUNS:
            # "Delegates questioned how Cruz could …. “…,” he said": a capitalised group opening a sentence is no one
            # a he or she means.
            self.history.append(Remembered(at, mention.text, None, None, "nominal", origin))
        elif mention.kind in {"name", "org"}:
            self._note_name(attr, origin)
        elif mention.kind == "nominal":
            self.history.append(self._description_noted(mention, at, origin))
        elif mention.kind == "joint":
            # "Trump and Ryan said …. They added": a later "they" means both.
            self.history.append(Remembered(at, self._joint(mention), None, None, "nominal", origin))

    def _note_name(self, attr: Attribution, origin: str) -> None:
        """Remember a name or an organisation, and whether it was quoted as a person speaking."""
        mention = attr.speaker
        # Asked first, since resolving registers the name; a capitalised plural ("Proponents said") is no person.
        is_name = self.known is None or self.known(mention) or not mention.text.endswith("s")
        name, title, person = self.people.resolve(mention)
        if mention.kind == "name" and (person is None or " " not in person.name) and is_on(
                "misspelt_surname_to_full_name"):
            # ("Nathan Janzen …. “…,” Jensen said. “…,” he said": the misspelt name is remembered as the person.)
            person = self.people.misspelt(mention.text, mention.start) or person
            name, title = (person.name, person.title) if person is not None else (name, title)
        # (A body's name that turns out to be a person's surname is the person: "Radio said", after Serhii Radio.)
        kind = "name" if person is not None else mention.kind
        self.history.append(Remembered(attr.cue_start, name, title, person, kind, origin))
        # (A one-word name a clause opens with as the subject of a verb of saying speaks too: "Dencia slammed".)
        speaks = origin == "speaker" or mention.text in self.acting
        if speaks and person is not None and kind == "name" and not name.isupper() and (
                is_name) and attr.cue != "according to":
            # (Not "according to Pollstar": a report, a poll or a paper is cited that way as often as a person.)
            self._speaking.add(id(person))

    def _description_noted(self, mention: Mention, at: int, origin: str) -> Remembered:
        """What a description speaking at `at` is remembered as: the titled person it means, a person of its
        own, someone unnamed brought in, or only its words."""
        person = self.people.described(mention.text, mention.start)
        if person is not None:
            return Remembered(at, person.name, person.title, person, "name", origin)
        gender = described_gender(mention.text)
        if gender is not None and (any(w[:1].isupper() for w in mention.text.split()[1:]) or (
                gender and (_INDEFINITE_PERSON.match(mention.text) or _RELATIVE_OF.match(mention.text)))):
            # "the Texas senator said …. He added": a description that carries a name of its own is kept
            # as the speaker's name, and is who a later "he" continues; so is a person a clause brings in,
            # when its words give the gender ("A woman …, said she heard ten shots. “…,” she said"; "the
            # actor" is someone named, and "a reporter" may be either; "my father often said. He also told").
            described = Person(_strip_article(mention.text), None, gender or None, mention.start)
            return Remembered(at, described.name, None, described, "described", origin)
        if gender == "" and _INDEFINITE_PERSON.match(mention.text):
            # "A neighbour, who did not want to be named, said …. “…,” she said": one person brought in with
            # no name and no gender is who a later he or she means, unless someone is named in between.
            unnamed = Person(_strip_article(mention.text), None, None, mention.start)
            return Remembered(at, unnamed.name, None, unnamed, "nominal", origin)
        return Remembered(at, _strip_article(mention.text), None, None, "nominal", origin)

    def remember(self, name: str, title: str | None, at: int) -> None:
        """Add a speaker found while reading the quotes (after the first pass) for the pronouns after it."""
        k = bisect.bisect_right(self._positions, at)
        self.history.insert(k, Remembered(at, name, title, self.people.lookup(name, at), "name", "speaker"))
        self._positions.insert(k, at)

    def unnamed_spoke_between(self, lo: int, hi: int, person: Person) -> bool:
        """Tell whether someone the article brought in unnamed spoke between offsets lo and hi, of a role the
        person's title does not give ("A Beijing-based member of the group says …. Fu Shenqi, a spokesman for the
        group, …. …, the Beijing-based member said"; not "the actor explained" after "comedian Tim Allen")."""
        held = role_words(person.title)
        start, stop = bisect.bisect_right(self._positions, lo), bisect.bisect_left(self._positions, hi)
        return any(h.kind == "nominal" and h.origin == "speaker" and h.name.split() and (
            noun := h.name.casefold().split()[-1]) not in held and brought_in_unnamed(
            self.text, noun, h.at, reach=MAX_UNNAMED_INTRODUCTION) for h in self.history[start:stop])

    def _before(self, at: int) -> Iterator[Remembered]:
        """The remembered speakers and subjects before `at`, nearest first (at most MAX_ANTECEDENTS)."""
        upto = bisect.bisect_left(self._positions, at)
        for n in range(upto - 1, max(-1, upto - 1 - MAX_ANTECEDENTS), -1):
            yield self.history[n]

    def _described_body(self, phrase: str, at: int) -> str | None:
        """The organisation "the agency" or "the company" means: the nearest one named before `at` whose name
        ends with that word ("According to the UK Health Security Agency, …. The agency said")."""
        noun = _body_noun(phrase)
        if noun in BODY_NOUNS and (named := self._named_after_noun(noun, at)) is not None:
            return named  # ("revelations by newspaper Dagens Nyheter. …, the newspaper reported")
        if noun not in _ORG_OR_COMPANY_NOUNS:
            return None
        earlier = list(self._before(at))
        for _, name, _, _, kind, _ in earlier:
            if kind == "org" and name.casefold().split()[-1] == noun and len(name.split()) > 1:
                return name
        set_off = self._set_off_as(noun, at)
        if set_off is not None:
            return set_off
        if noun in _COMPANY_NOUNS:
            # "Stellantis said …. The company said": a business is the nearest speaker that is no person or place
            # (one word with no gender, whatever appositive it had: "Samsung, Apple's main rival, said").
            for _, name, _, person, kind, _ in earlier:
                if kind == "org" or (kind == "name" and person is not None and (
                        not _is_person(person) or person.gender is None) and not (
                        is_place(name)) and (len(name.split()) == 1 or _company_like(name))):
                    # ("Goldman Sachs estimates …. “…,” the bank said": two words, neither a forename.)
                    return _strip_article(name)
        if noun in _GENERIC_BODY_NOUNS:
            # "The World Health Organization recommends …. “…,” the agency said": a body of another name, the nearest
            # one the paragraph or the one before spoke of.
            for pos, name, _, _, kind, _ in earlier:
                if self._beyond(pos, at):
                    break
                if (kind == "org" and len(name.split()) > 1) or (name.isupper() and name.isalpha() and len(name) > 1):
                    return _strip_article(name)  # ("The FAA said it would review …. “…,” the agency said")
        return None

    def _named_after_noun(self, noun: str, at: int) -> str | None:
        """The body a story brought in as "<noun> <Name>" ("newspaper Dagens Nyheter", "the broadcaster NHK"), the
        nearest one within a few paragraphs before `at`."""
        for found in reversed([*_name_after_noun(noun).finditer(self.text, max(0, at - MAX_SET_OFF_BACK), at)]):
            name = _to_sentence_end(found.group(1).split())
            while name and name[0] in NON_NAMES:
                name = name[1:]
            if name and name[0] not in WEEKDAYS and name[0] not in MONTHS and not is_place(" ".join(name)) and not (
                    self._someone(" ".join(name), found.start(1))):
                return " ".join(name)
        return None

    def _someone(self, name: str, at: int) -> bool:
        """Tell whether a name is surely a person's: a forename opens it, or a pronoun of a gender follows it (two
        capitalised words alone may be a body's: "Dagens Nyheter")."""
        person = self.people.lookup(name, at)
        return is_forename(name.split()[0]) or (person is not None and person.gender is not None and (
            id(person) not in self.people.guessed))

    def _set_off_as(self, noun: str, at: int) -> str | None:
        """The body an appositive before `at` calls "a … <noun>" ("Citizens for Responsibility and Ethics in
        Washington, a liberal nonprofit watchdog group"), the nearest one, within a few paragraphs."""
        tails = [*_set_off_pattern(noun).finditer(self.text, max(0, at - MAX_SET_OFF_BACK), at)]
        for tail in reversed(tails):
            named = _SET_OFF_NAME.search(self.text, max(0, tail.start() - MAX_SET_OFF_NAME), tail.start())
            name = named.group(1).split() if named else []
            while name and name[0] in NON_NAMES:
                name = name[1:]
            if len(name) > 1 and not is_place(" ".join(name)):
                return " ".join(name)
        return None

    def _document_issuer(self, phrase: str, at: int) -> Resolved | None:
        """Who issued the document "the statement" means: the subject of the nearest sentence before `at`, in its
        paragraph or the one before, that says they put it out ("The mayor's office released a statement late
        Friday. … “…,” the statement said"; "The committee said in a statement that …"; "In a statement, it said"), or
        put out "a statement" right there ("the Security Council issued a statement calling the test “…”")."""
        words = phrase.casefold().split()
        if len(words) != 2 or words[0] not in {"the", "a", "an"} or words[1] not in _ISSUED_DOCUMENTS:
            return None
        noun = words[1]
        hi = at if words[0] == "the" else at + len(phrase)
        lo = self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, at) - 1))
        issued = [m for m in _ISSUED.finditer(self.text, max(0, lo), hi) if m.group(2).casefold() == noun and (
            words[0] == "the" or m.end() == hi)]
        if not issued:
            return None
        verb = issued[-1].start()
        # ("In a statement, the Swiss National Bank declared: …": the subject comes after the opening phrase.)
        end = self.text.find("\n", verb) if issued[-1].group("opening") else verb
        toks = tokens(self.text, _rough_sentence_start(self.text, verb), end if end >= 0 else len(self.text))
        opening = _sentence_subject(toks, self.known)
        # (A subject right before the verb, as a verb of saying would have it: "The mayor's office released".)
        parsed = _subject_ending(toks)
        mention = opening.speaker if opening is not None else parsed[0] if parsed else None
        pronoun = _PRONOUN_SUBJECT.match(self.text, issued[-1].end()) if issued[-1].group("opening") else None
        if pronoun is not None:  # ("In a statement, it said …": the body the paragraph before named)
            mention = Mention("pronoun", pronoun.group(1), None, pronoun.start(1), pronoun.end(1))
        if mention is None or (mention.kind == "pronoun" and mention.text not in {"he", "she"} and not (
                issued[-1].group("opening"))) or _the_noun(mention.text) in _ISSUED_DOCUMENTS:
            return None  # ("it" or "they" may mean the document itself, unless an opening phrase names it)
        return self.resolve(mention, mention.start)  # "Hours later, she issued a statement calling on …"

    def _described_again(self, phrase: str, at: int) -> str | None:
        """The unnamed speaker "the spokesperson" means: the nearest one described before `at` with the same head
        word ("A U.S. State Department spokesperson welcomed the agreement. “…,” the spokesperson said")."""
        noun = _the_noun(phrase)
        if noun not in PERSON_NOUNS and noun not in TITLE_WORDS and noun not in _ANONYMOUS_HEADS:
            return None
        for pos, name, _, _, kind, _ in self._before(at):
            if kind in {"nominal", "described"} and len(name.split()) > 1 and _head_noun(name) == noun:
                # (Unless another one was brought in since: "a separate intelligence source … said"; the
                # description itself, after an inverted cue, is no other one.)
                later = [m for m in _indefinite_noun(noun).finditer(self.text, pos, at)
                         if self.text[m.end(1):m.end(1) + len(name)].casefold() != name.casefold()]
                return None if later else name
        return None

    def _named_in_paragraph(self, phrase: str, at: int) -> Resolved | None:
        """The person "the teenager" means when the paragraph has just named them ("Clarke, 19, had been on the
        pitch for five minutes. “I just hit it,” the teenager said"): the nearest fitting named person, with no
        paragraph break in between."""
        if not _is_epithet(phrase):
            return None
        gender = described_gender(phrase) or None
        for pos, name, title, person, kind, _ in self._before(at):
            if "\n" in self.text[pos:at]:
                break
            if kind == "name" and _is_person(person) and gender in {None, person.gender}:
                return Resolved(name, title)
        return self._heading_person(at, gender)

    def _only_person_before(self, phrase: str, start: int, at: int,
                            chain: int = MAX_EPITHET_CHAIN) -> Resolved | None:
        """The person an epithet at `start` after a quotation means ("Mohamed Salah scored twice. / “…,” the
        24-year-old said"): the one person the paragraph before names, when it names only one, is about them, and
        they fit; when that paragraph names no one and the same epithet speaks there, whom that one means (up to
        `chain` paragraphs further back)."""
        here = self.text.rfind("\n", 0, start)  # the line break opening the epithet's paragraph
        if here < 0 or not _is_epithet(phrase):
            return None
        before = self.text.rfind("\n", 0, _text_end_before(self.text, here))  # the one opening the paragraph before
        if not (self._after_quotation(here, start) or self._opens_after_quoting(here, start, before)):
            return None  # ("At a drugstore, a cashier was shaken. “…,” said the woman": someone new)
        if all(m.person.is_org for m in self.people.mentions_between(before + 1, at)):
            # ("…,” the expert explains. / “…,” the expert explains": the same epithet in the paragraph before, which
            # names no one, is the same person.)
            again = next((h for h in self._before(here) if h.at > before and h.kind == "nominal" and (
                h.name.casefold() == _strip_article(phrase).casefold())), None)
            return self._only_person_before(phrase, again.at, again.at, chain - 1) if again and chain else None
        only = self._only_person_about(here, before, at)
        return Resolved(only.name, only.title) if only is not None and _fits_epithet(phrase, only) else None

    def _only_person_about(self, here: int, before: int, at: int) -> Person | None:
        """The one person the paragraph from `before` to `here` names and is about, when it names only one and the
        paragraph from `here` names no one before `at`; else None."""
        named = [m for m in self.people.mentions_between(before + 1, at) if not m.person.is_org]
        people = {id(m.person): m.person for m in named}
        if any(m.at > here for m in named) or len(people) != 1:
            return None  # (someone its own paragraph names is whom _named_in_paragraph reads)
        (only,) = people.values()
        about = any(h.person is only and h.at > before for h in self._before(here))
        # ("Neilson Barnard via Getty Images.": a credit, a name the paragraph is not about)
        return only if about and _is_person(only) else None

    def _office_holder_before(self, phrase: str, start: int, at: int) -> Resolved | None:
        """The person an office in capitals at `start` means ("Chris Grayling warned …. / Speaking in the Commons,
        the Conservative MP said"): the one person the paragraph before is about, when their title gives no other
        office."""
        here = self.text.rfind("\n", 0, start)
        if here < 0:
            return None
        only = self._only_person_about(here, self.text.rfind("\n", 0, _text_end_before(self.text, here)), at)
        if only is None or not _fits_epithet(phrase, only) or not _office_fits(phrase, only.title):
            return None
        return Resolved(only.name, only.title)

    def _after_quotation(self, here: int, start: int) -> bool:
        """Tell whether a mention at `start` follows a quotation of the paragraph after the line break at `here`
        ("“…,” the 24-year-old said", "Next up, … “…,” the expert explains"; not "The England captain said:
        “…”", which in political copy is as often someone the paragraph before did not name)."""
        close = max(self.text.rfind("”", here + 1, start), self.text.rfind('"', here + 1, start))
        if close < 0 or len(self.text[close + 1:start].split()) > MAX_CUE_WORDS:
            return False
        opening = max(self.text.rfind("“", here + 1, close), self.text.rfind('"', here + 1, close))
        # ("At a drugstore, a cashier was shaken. “…,” said the woman": a paragraph that brings someone in before
        # its quotation is about them.)
        return bool(_OPENING_QUOTE.match(self.text, here + 1)) or not _brings_someone_in(
            self.text[max(here + 1, opening - MAX_LEAD_BACK):opening])

    def _opens_after_quoting(self, here: int, start: int, before: int) -> bool:
        """Tell whether an epithet at `start` opens the paragraph after the line break at `here`, and the paragraph
        after the line break at `before` quotes someone ("…,” commented Abby. / The expert said: “…”": in feature
        copy the same person)."""
        if self.text[here + 1:start].strip() not in {"The", ""}:
            return False
        return any(mark in self.text[before + 1:here] for mark in "“\"")

    def _heading_person(self, at: int, gender: str | None) -> Resolved | None:
        """The person a roundup's heading names when the paragraph before `at`'s is nothing but that name ("Garth
        Brooks" / "Asked if he would perform, the country star replied, “…”")."""
        start = self.text.rfind("\n", 0, at) + 1
        end = _text_end_before(self.text, start)
        line = self.text[self.text.rfind("\n", 0, end) + 1:end].strip()
        words = line.split()
        if not 2 <= len(words) <= MAX_HEADING_NAME_WORDS or not all(w[:1].isupper() for w in words):
            return None
        person = self.people.lookup(line, end)
        if person is None or not _is_person(person) or canonical_name(line) != person.name or (
                gender not in {None, person.gender}):
            return None
        return Resolved(person.name, person.title)

    def _epithet_phrase(self, mention: Mention) -> str | None:
        """The definite description a one-word capitalised epithet is the end of ("the two-time MVP", "the
        Argentine"), else None."""
        word = _strip_article(mention.text)
        if " " in word or word.casefold() not in EPITHETS_AND_NATIONALITIES:
            return None  # ("the Independent reported": a capitalised word that is no epithet names a paper)
        lead = re.search(r"\bthe\s+(?:[\w-]+\s+){0,4}$", self.text[max(0, mention.end - len(word) - 40):
                                                                mention.end - len(word)], re.IGNORECASE)
        return f"{lead.group(0)}{word}" if lead else None

    def _beyond(self, pos: int, at: int, reach: int = ONE_PARAGRAPH_BACK) -> bool:
        """Tell whether more than `reach` line breaks lie between two offsets (0: not in the same paragraph)."""
        return self.text.count("\n", pos, at) > reach

    def _person_described(self, at: int, description: Person, other_roles: bool = True,
                          reach: int = ONE_PARAGRAPH_BACK) -> Person | None:
        """The named person a capitalised description at `at` means ("Gary Johnson …. The former New Mexico
        governor is a triathlete. He released …"), when its paragraph or the one before names one who fits: the
        nearest whose title has a role of the description ("Sen. Marco Rubio" for "the Florida senator"), else the
        nearest with no role at all ("Mayor Bill de Blasio" is less likely "the Republican presidential candidate"
        than plain "Trump"), else (when `other_roles`) the nearest. `reach` is how many line breaks back it looks
        (2: this paragraph and the one before; 0: this paragraph)."""
        if _NAMED_IN_DESCRIPTION.search(description.name) or not self.text.startswith(
                "the ", description.first_seen) and not self.text.startswith("The ", description.first_seen):
            # "the base chief known as Bob" carries the only name there is; "One California delegate said" brings
            # in someone new.
            return None
        words = {POSSESSIVE_END.sub("", w) for w in description.name.casefold().split()} - {"the"}
        forms = set().union(*(ROLE_FORMS[w] for w in words if w in ROLE_FORMS)) or words
        # ("Senate Majority Leader Chuck Schumer" for "the New York senator": the role's body shares its stem.)
        stems = {f[:ROLE_STEM] for f in forms if len(f) > ROLE_STEM}
        mentions = self.people.mentions
        # (One the last sentences were about beats one merely mentioned in an earlier paragraph: "Donald Trump is
        # raising questions about …. His audio was quieter than Clinton's. The Republican is also …".)
        spoken = set()
        for pos, _, _, person, _, _ in self._before(at):
            if self._beyond(pos, at, reach):
                break
            spoken.add(id(person))
        here = spoken_before = anyone = other = None
        # (Someone named earlier in the description's own sentence is someone else: "In an interview with hosts Joe
        # Scarborough and Mika Brzezinski, the Democratic presidential candidate stated".)
        sentence = _rough_sentence_start(self.text, at)
        paragraph = self.text.rfind("\n", 0, sentence) + 1
        for n in range(bisect.bisect_left(mentions, sentence, key=lambda m: m.at) - 1, -1, -1):
            pos, person = mentions[n]
            if self._beyond(pos, at, reach):
                break
            if not _is_person(person) or description.gender not in {None, "", person.gender}:
                continue
            title_words = role_words(person.title)
            if forms & title_words or stems & {w[:ROLE_STEM] for w in title_words}:
                return person
            if not title_words & _ALL_ROLE_FORMS:
                here = here or (person if pos >= paragraph else None)
                spoken_before = spoken_before or (person if id(person) in spoken else None)
                anyone = anyone or person
            other = other or person
        # (Of those with no role: one named in the description's paragraph, else one the sentences before were
        # about, else the nearest: "Rival AMD, led by Lisa Su, …. The AMD chief executive said".)
        return here or spoken_before or anyone or (other if other_roles else None)

    def _party_epithet(self, mention: Mention) -> Person | None:
        """The description "the Republican" or "the Democrat" a name mention is the end of, else None."""
        word = mention.text.rpartition(" ")[2]
        start = mention.end - len(word) - 4
        if mention.kind not in {"name", "org"} or word.casefold() not in _PARTY_EPITHETS or start < 0 or (
                self.text[start:start + 4] not in {"the ", "The "}):
            return None
        return Person(f"the {word}", None, "", start)

    def _person_named_between(self, lo: int, hi: int) -> bool:
        """Tell whether the article names a person (no organisation) between two offsets."""
        mentions = self.people.mentions
        for n in range(bisect.bisect_left(mentions, lo, key=lambda m: m.at), len(mentions)):
            at, person = mentions[n]
            if at >= hi:
                return False
            if not person.is_org:
                return True
        return False

    def _same_pronoun_opening(self, pronoun: str, at: int) -> int | None:
        """Where the same he or she opens the sentence holding `at`, when it does (else None)."""
        if pronoun not in _HE_OR_SHE:
            return None
        match = _OPENING_PRONOUN.match(self.text, _rough_sentence_start(self.text, at), at)
        return match.start(1) if match and match.group(1).casefold() == pronoun else None

    def _joint(self, mention: Mention) -> str:
        """The full names of a joint mention ("Trump and Ryan" -> "Donald Trump and Paul Ryan")."""
        names = [self.people.resolve(Mention("name", part, None, mention.start, mention.end))[0]
                 for part in mention.text.split(JOINT)]
        return JOINT.join(names)

    def resolve(self, mention: Mention, at: int) -> Resolved:
        """The person (name, title) a mention at a point of the article stands for: the finding of the first
        resolution rule that applies, else (None, None)."""
        return first("resolution", Resolving(mention, at, self)) or Resolved(None, None)


@dataclass(frozen=True, slots=True)
class Resolving:
    """A speaker mention to resolve: the mention, the offset it is read at, and the resolver (the article's text,
    the people it names and the speakers and subjects remembered so far)."""

    mention: Mention
    at: int
    resolver: _Resolver

    @property
    def text(self) -> str:
        """The article's text."""
        return self.resolver.text

    def named(self) -> bool:
        """Tell whether the mention is a name or an organisation's name ("Biden", "the Kremlin")."""
        return self.mention.kind in {"name", "org"}


# The pronouns that mean one person, and those that mean a body or a group.
_HE_OR_SHE = frozenset(("he", "she"))
# "asked Rubio which states …": a verb of asking, the one asked, and the question's opening word.
_ASKED_QUESTION = re.compile(
    r"(?:(?:%s)\s+)?(?:%s)\s+((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*)\s+(?:%s)\b" % tuple(
        "|".join(sorted(entries, key=len, reverse=True)) for entries in (
            CUE_FILLERS, words("asked_verbs"), words("question_words"))))
_IT_OR_THEY = frozenset(("it", "they", "we"))
# "Asked about Biden, he said" and "I ask if Starmer is good enough. “Yes,” he snaps": a question's opening (the
# words naming whom it is about follow it), opening the answer's own sentence or asked by the writer just before.
_ASKED_OPENING = re.compile(r"(?:(?:%s)\s+)?(?:being\s+)?(?:%s)\b" % tuple(
    "|".join(sorted((w.capitalize() for w in words(name)), key=len, reverse=True))
    for name in ("asked_conjunctions", "asked_verbs")))
_WRITER_ASKS = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:[\w’' ]+?\s+and\s+)?(?:\w+ly\s+)?(?:ask|asked)\s+(?:(?:him|her|them)\s+)?(?=(?:%s)\b)" % (
        "|".join(sorted(words("question_words"), key=len, reverse=True))))
MAX_QUESTION = 400  # characters looked back from an answer's pronoun for the writer's question
_OPENING_MARK = re.compile(r"[.?!]['’\"”]?\s+[“\"‘]")
# "Although he said …, Isaac stopped": a subordinate clause opening the sentence, then the main clause's subject.
_SUBORDINATE_OPENING = re.compile(r"(?:%s)\s+" % "|".join(
    sorted({w.capitalize() for w in words("subordinators")}, key=len, reverse=True)))
_MAIN_SUBJECT = re.compile(r"\s*((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s+[a-z]")


# Names and organisations.

@rule("resolution")
def capitalised_epithet_named_in_paragraph(ctx: Resolving) -> Resolved | None:
    """A capitalised epithet ("the two-time MVP", "the Argentine") means the person its paragraph has just named, or
    the one person the paragraph before names when the epithet follows a quotation."""
    epithet = ctx.resolver._epithet_phrase(ctx.mention) if ctx.named() else None
    if not epithet:
        return None
    # ("Erling Haaland scored twice. ¶ “…,” the Norwegian said": the one person the paragraph before names.)
    return ctx.resolver._named_in_paragraph(epithet, ctx.at) or ctx.resolver._only_person_before(
        epithet, ctx.mention.start, ctx.at)


@rule("resolution")
def party_epithet_to_person_named(ctx: Resolving) -> Resolved | None:
    """"The Republican" or "the Democrat" means the fitting person the paragraph or the one before has named
    ("Donald Trump met Hillary Clinton. “…,” the Republican said")."""
    party = ctx.resolver._party_epithet(ctx.mention) if ctx.named() else None
    member = ctx.resolver._person_described(party.first_seen, party) if party is not None else None
    return Resolved(member.name, member.title) if member is not None else None


@rule("resolution")
def capitalised_description_named_in_paragraph(ctx: Resolving) -> Resolved | None:
    """A capitalised description of three words or more ("the Christian Democrat") means the fitting person its
    own paragraph has just named (one capitalised word is a name of its own: "the Independent reported")."""
    text = ctx.mention.text
    if not ctx.named() or not text.startswith(("the ", "The ")) or text.count(" ") < 2:
        return None
    gender = described_gender(text)
    if gender is None:
        return None
    description = Person(_strip_article(text), None, gender or None, ctx.mention.end - len(text))
    same = ctx.resolver._person_described(ctx.at, description, reach=0)
    return Resolved(same.name, same.title) if same is not None else None


@rule("resolution")
def role_word_described_again(ctx: Resolving) -> Resolved | None:
    """A capitalised role word after "the" ("the MP") means the unnamed speaker last described with that role
    ("One Conservative MP … said …. “…,” the MP said")."""
    word = _strip_article(ctx.mention.text)
    end = ctx.mention.end
    if not ctx.named() or " " in word or word.casefold() not in TITLE_WORDS or (
            ctx.text[max(0, end - len(word) - 4):end - len(word)].casefold() != "the "):
        return None
    again = ctx.resolver._described_again(f"the {word}", ctx.at)
    return Resolved(again, None) if again is not None else None


@rule("resolution")
def transcript_label_to_person(ctx: Resolving) -> Resolved | None:
    """A transcript's label in capitals ("CLINTON: “…”") is the person of that surname the article names (an
    acronym, "NATO", names nobody and stays as written)."""
    text = ctx.mention.text
    if not ctx.named() or not (text.isupper() and text.isalpha() and len(text) > 2):
        return None
    person = ctx.resolver.people.lookup(text.title(), ctx.mention.start)
    return Resolved(person.name, person.title) if person is not None and not person.is_org else None


@rule("resolution")
def capitalised_title_to_titled_person(ctx: Resolving) -> Resolved | None:
    """An office written in capitals after "the" ("the Foreign Secretary", "the Prime Minister") means the person
    last mentioned whose title holds it, as "the senator" does ("Foreign Secretary Philip Hammond warned. … the
    Foreign Secretary said")."""
    text, end = ctx.mention.text, ctx.mention.end
    if not text.casefold().startswith("the ") and ctx.text[max(0, end - len(text) - 4):end - len(text)].casefold() == (
            "the "):
        text = f"the {text}"  # ("the Chancellor said": the article before the name mention)
    words = text.split()
    if not ctx.named() or len(words) < 2 or words[0].casefold() != "the" or not all(
            w[:1].isupper() for w in words[1:]) or words[-1].casefold() not in ROLE_FORMS:
        return None
    person = ctx.resolver.people.described(text.casefold(), ctx.mention.start)
    return Resolved(person.name, person.title) if person is not None else None


@rule("resolution")
def surname_glued_to_a_body(ctx: Resolving) -> Resolved | None:
    """After "the", a run of capitals that ends in the surname of the one person the article names in full with it
    is a body and that person, a comma left out between them ("Speaking to the Daily Mail Lacerda claimed": Marina
    Lacerda)."""
    mention, text = ctx.mention, ctx.text
    words = mention.text.split()
    if not ctx.named() or len(words) < 2 or text[max(0, mention.start - 4):mention.start].casefold() != "the ":
        return None
    named = [p for p in ctx.resolver.people.named_in_full(words[-1]) if p.name.split()[0] not in words and (
        _is_person(p)) and is_forename(p.name.split()[0])]  # ("the Wisconsin Republican" is no "New York Republican")
    named.sort(key=lambda p: len(p.name))
    # (One person, however many forms: "Brave Marina Lacerda" in a headline is Marina Lacerda.)
    if not named or not all(p.name.endswith(named[0].name) for p in named):
        return None
    return Resolved(named[0].name, named[0].title)


@rule("resolution")
def office_named_in_paragraph_before(ctx: Resolving) -> Resolved | None:
    """An office in capitals ("the Conservative MP", "the Labour leader") in a paragraph that names nobody before it
    means the one person the paragraph before is about, when their title gives no other office ("Chris Grayling
    warned …. / Speaking in the Commons, the Conservative MP said: “…”")."""
    mention = ctx.mention
    if mention.kind not in {"org", "nominal"} or not mention.text.startswith(("the ", "The ")) or not office_only(
            _strip_article(mention.text)):
        return None
    return ctx.resolver._office_holder_before(_strip_article(mention.text), mention.start, ctx.at)


@rule("resolution")
def organisation_as_named(ctx: Resolving) -> Resolved | None:
    """An organisation is itself, without its article ("the Kremlin" -> "Kremlin")."""
    if ctx.mention.kind != "org":
        return None
    name, title, _ = ctx.resolver.people.resolve(ctx.mention)
    return Resolved(name, title)


@rule("resolution")
def misspelt_surname_to_full_name(ctx: Resolving) -> Resolved | None:
    """A lone surname the article names no one by, a letter or two from the surname of the one person it named in
    full before, is that person misspelt ("Nathan Janzen said …. “…,” Jensen said")."""
    if ctx.mention.kind != "name" or " " in ctx.mention.text:
        return None
    person = ctx.resolver.people.misspelt(ctx.mention.text, ctx.mention.start)
    return Resolved(person.name, person.title) if person is not None else None


@rule("resolution")
def name_to_full_name(ctx: Resolving) -> Resolved | None:
    """A name is the person the article names in full: a surname ("Blinken"), a forename or an honorific and
    surname ("Mr Filosa") links to the full name written before, with its title."""
    if ctx.mention.kind != "name":
        return None
    name, title, _ = ctx.resolver.people.resolve(ctx.mention)
    return Resolved(name, title)


@rule("resolution")
def joint_full_names(ctx: Resolving) -> Resolved | None:
    """Two people named together are both, each by full name ("Trump and Ryan" -> "Donald Trump and Paul Ryan")."""
    return Resolved(ctx.resolver._joint(ctx.mention), None) if ctx.mention.kind == "joint" else None


# Descriptions.

@rule("resolution")
def description_to_titled_person(ctx: Resolving) -> Resolved | None:
    """A definite description ("the senator", "the Republican nominee") means the person last mentioned whose
    title has its role word."""
    if ctx.mention.kind != "nominal":
        return None
    person = ctx.resolver.people.described(ctx.mention.text, ctx.mention.start)
    return Resolved(person.name, person.title) if person is not None else None


@rule("resolution")
def description_to_named_body(ctx: Resolving) -> Resolved | None:
    """"The agency" or "the company" means the organisation the story has named nearest before ("According to the
    UK Health Security Agency, …. The agency said"), or brought in by that noun ("newspaper Dagens Nyheter")."""
    if ctx.mention.kind != "nominal":
        return None
    body = ctx.resolver._described_body(ctx.mention.text, ctx.at)
    return Resolved(body, None) if body else None


@rule("resolution")
def description_described_again(ctx: Resolving) -> Resolved | None:
    """"The spokesperson" means the unnamed speaker described before with the same head word ("A U.S. State
    Department spokesperson welcomed the agreement. “…,” the spokesperson said")."""
    if ctx.mention.kind != "nominal":
        return None
    again = ctx.resolver._described_again(ctx.mention.text, ctx.at)
    return Resolved(again, None) if again is not None else None


@rule("resolution")
def document_to_issuer(ctx: Resolving) -> Resolved | None:
    """"The statement" speaks for whoever the paragraph says issued it ("The mayor's office released a statement
    late Friday. … “…,” the statement said"; "In a statement, the bank declared: …. The statement added")."""
    return ctx.resolver._document_issuer(ctx.mention.text, ctx.at) if ctx.mention.kind == "nominal" else None


@rule("resolution")
def epithet_named_in_paragraph(ctx: Resolving) -> Resolved | None:
    """An epithet ("the teenager", "the billionaire") means the fitting person its paragraph has just named, or
    the person a roundup's heading names."""
    return ctx.resolver._named_in_paragraph(ctx.mention.text, ctx.at) if ctx.mention.kind == "nominal" else None


@rule("resolution")
def epithet_named_in_sentence_before(ctx: Resolving) -> Resolved | None:
    """An epithet after a quotation that opens a sentence means the one person the sentence before it names, when
    it names only one and they fit ("Stone had just come off doing Cabaret. “It was at a diner,” the actress
    says")."""
    mention, r = ctx.mention, ctx.resolver
    if mention.kind != "nominal" or not _is_epithet(mention.text):
        return None
    closing = _QUOTE_THEN_CUE.search(r.text, max(0, mention.start - MAX_CLOSE_TO_EPITHET), mention.start)
    opening = r.text.rfind("“", max(0, mention.start - LOOK_BACK_SENTENCE), closing.start()) if closing else -1
    if opening <= 0 or "\n" in r.text[opening:mention.start]:
        return None
    end = _text_end_before(r.text, opening)  # the end of the sentence before, which the quotation must follow
    if "\n" in r.text[end:opening]:
        return None  # (a quotation opening its paragraph: the paragraph before is epithet_named_in_paragraph_before's)
    # (The sentence before, or its last clause after a semicolon: "…”; Stone had just come off doing Cabaret.")
    bounds = list(_CLAUSE_BOUNDARY.finditer(r.text, max(0, end - LOOK_BACK_SENTENCE), end - 1))
    sentence = bounds[-1].end() if bounds else -1
    if r.text[end - 1:end] not in {".", "!", "?"} or sentence < 0 or "“" in r.text[sentence:end]:
        return None
    named = {id(m.person): m.person for m in r.people.mentions_between(sentence, end)}
    people = [p for p in named.values() if _is_person(p)]
    if len(named) != 1 or len(people) != 1 or not _fits_epithet(mention.text, people[0]):
        return None
    return Resolved(people[0].name, people[0].title)


MAX_CLOSE_TO_EPITHET = 12  # characters between a quotation's closing mark and the epithet after it ("…,” the)
LOOK_BACK_SENTENCE = 400  # characters of the quotation and of the sentence before it read for the one person named
_CLAUSE_BOUNDARY = re.compile(r"[.!?][”’\"]?\s+|;\s+|\n")
_QUOTE_THEN_CUE = re.compile(r"[,.!?]?”\s*")


@rule("resolution")
def epithet_named_in_paragraph_before(ctx: Resolving) -> Resolved | None:
    """An epithet in a paragraph that names nobody before it ("the 24-year-old", "the Liverpool player") means the
    one person the paragraph before names, when it names only one ("Mohamed Salah scored twice on Sunday. / “…,”
    the 24-year-old said")."""
    mention = ctx.mention
    return ctx.resolver._only_person_before(mention.text, mention.start, ctx.at) if mention.kind == "nominal" else None


@rule("resolution")
def document_from_sender(ctx: Resolving) -> Resolved | None:
    """A document from someone speaks for who sent it ("A statement from Senator Warren’s office said")."""
    document = _DOCUMENT_FROM.match(ctx.mention.text) if ctx.mention.kind == "nominal" else None
    return Resolved(_strip_article(document.group(1)), None) if document is not None else None


_BODY_RUN = r"((?:[A-Z][\w.&’'-]*|of|for|and)(?:\s+(?:[A-Z][\w.&’'-]*|of|for|and))*)"
_VOICE_OF_BODY = re.compile(r"^(?:(?:a|an|the)\s+)?%s\s+(?:%s)$" % (_BODY_RUN, "|".join(sorted(words("voice_nouns")))))
_STAFF_OF_BODY = re.compile(r"^(?:%s)\s+(?:at|from|with)\s+(?:the\s+)?%s$" % (
    "|".join(sorted(words("staff_of_body"))), _BODY_RUN))


@rule("resolution")
def body_speaks_through_its_voice(ctx: Resolving) -> Resolved | None:
    """A body's spokesperson, or its analysts, give the body's word ("a Google spokesperson said" is Google;
    "analysts at Boston Consulting Group wrote"); never a person's ("a Trump spokesman" stays as written)."""
    if ctx.mention.kind != "nominal":
        return None
    found = _VOICE_OF_BODY.match(ctx.mention.text) or _STAFF_OF_BODY.match(ctx.mention.text)
    body = found.group(1).split() if found is not None else []
    if not body or body[0].casefold() in INDEFINITES or {body[0], body[-1]} & {"of", "for", "and"}:
        return None  # ("One Clinton spokesman": one of a person's staff)
    people = ctx.resolver.people
    if is_forename(body[0]) or _is_someone(people.lookup(" ".join(body), ctx.mention.start)):
        return None
    return Resolved(" ".join(body), None)


def _is_someone(person: Person | None) -> bool:
    """Whether a looked-up name is a person (a body, or one word the article never gave a person, is not)."""
    return person is not None and not person.is_org and (" " in person.name or person.gender is not None)


@rule("resolution")
def office_of_pronoun(ctx: Resolving) -> Resolved | None:
    """"Her office" is the office of whoever "her" means ("Her office later released a statement")."""
    mention = ctx.mention
    owner, _, body = mention.text.partition(" ")
    if mention.kind != "nominal" or owner.casefold() not in _PRONOUN_OF or not _BODY_OF.match(mention.text):
        return None
    pronoun = Mention("pronoun", _PRONOUN_OF[owner.casefold()], None, mention.start, mention.start + len(owner))
    name, _ = ctx.resolver.resolve(pronoun, ctx.at)
    # An owner that is itself someone's office or lawyers is no owner to name ("X’s attorneys’s attorneys").
    return Resolved(f"{name}’s {body}", None) if name and "’s " not in name else None


@rule("resolution")
def description_as_written(ctx: Resolving) -> Resolved | None:
    """A description that means nobody named is kept as the speaker, without its article ("a campaign
    spokesman" -> "campaign spokesman")."""
    return Resolved(_strip_article(ctx.mention.text), None) if ctx.mention.kind == "nominal" else None


# Pronouns.

@rule("resolution")
def i_is_the_labelled_answerer(ctx: Resolving) -> Resolved | None:
    """An "I" in an interview's answer means the one whose initials or name label the answer ("AD I kept saying to
    them, “Please, …”" is Ava DuVernay's when the article names her; "OW" is Oprah Winfrey's; "McKelvey: … I said,
    “I'm Jim.”" is Jim McKelvey's)."""
    if ctx.mention.kind != "pronoun" or ctx.mention.text != "i":
        return None
    r = ctx.resolver
    start = r.text.rfind("\n", 0, ctx.mention.start) + 1
    label = answer_label(r.text, start)
    if label is not None:
        answering = [p for p in r.people.people if not p.is_org and initials(p.name) == label]
        return Resolved(answering[0].name, answering[0].title) if len(answering) == 1 else None
    named = name_label(r.text, start)
    person = r.people.lookup(named, start) if named is not None else None
    return Resolved(person.name, person.title) if person is not None and not person.is_org else None


@rule("resolution")
def i_is_the_writer(ctx: Resolving) -> Resolved | None:
    """An "I" outside the quotation marks is the writer, whom only a byline naming one person tells (never the
    person the narration last named)."""
    return Resolved(ctx.resolver.writer, None) if ctx.mention.kind == "pronoun" and ctx.mention.text == "i" else None


@rule("resolution")
def pronoun_repeats_sentence_opening(ctx: Resolving) -> Resolved | None:
    """A "he" or "she" that repeats the one opening its sentence means whom that one means ("He declared that …
    Donald Trump would have a path, which he declared “a total disaster”")."""
    if ctx.mention.kind != "pronoun":
        return None
    opening = ctx.resolver._same_pronoun_opening(ctx.mention.text, ctx.at)
    return ctx.resolver.resolve(ctx.mention, opening) if opening is not None else None


@rule("resolution")
def pronoun_before_its_name(ctx: Resolving) -> Resolved | None:
    """A "he" or "she" in a clause opening a sentence ("Although he said it was “wild”, Isaac stopped short of …")
    means the person the main clause after it opens with, when the gender fits."""
    if ctx.mention.kind != "pronoun" or ctx.mention.text not in _HE_OR_SHE:
        return None
    r, start = ctx.resolver, ctx.mention.start
    opening = _SUBORDINATE_OPENING.fullmatch(r.text, _rough_sentence_start(r.text, start), start)
    stop = r.text.find(".", start)
    comma = r.text.find(",", start, stop if stop >= 0 else len(r.text))
    main = _MAIN_SUBJECT.match(r.text, comma + 1) if opening is not None and comma > 0 else None
    if main is None or "“" in r.text[start:comma] and "”" not in r.text[start:comma]:
        return None
    return _fitting_person_named(ctx, main)


@rule("resolution")
def pronoun_after_owner_in_opening_phrase(ctx: Resolving) -> Resolved | None:
    """A "he" or "she" right after a sentence's opening phrase that holds one person's possessive means that person
    ("In President Roosevelt’s first visit to Los Angeles as president, he spoke from his car")."""
    if ctx.mention.kind != "pronoun" or ctx.mention.text not in _HE_OR_SHE:
        return None
    r, start = ctx.resolver, ctx.mention.start
    sentence = _rough_sentence_start(r.text, start)
    opening = r.text[sentence:start]
    if not opening.rstrip().endswith(",") or not opening[:1].isupper() or any(m in opening for m in "“\""):
        return None
    owners = list(_OWNER_IN_PHRASE.finditer(r.text, sentence, start))
    if len(owners) != 1 or owners[0].start() == sentence:
        return None  # (a possessive opening the sentence is its subject's: "Trump’s aides, he said, …")
    found = _fitting_person_named(ctx, owners[0])
    if found is not None and any(_is_person(m.person) and m.person.name != found.name
                                 for m in r.people.mentions_between(sentence, start)):
        return None  # ("In a call to Blair’s London office, Trimble said, he said": the opening names another)
    return found


@rule("resolution")
def pronoun_after_quote_goes_on_from_owner_sentence(ctx: Resolving) -> Resolved | None:
    """A "he" or "she" after a quotation means whom the same pronoun meant in the sentence just before it, when that
    one followed a phrase holding one person's possessive ("In Hajjaj’s case, she decided to stay. “I am worried
    about him,” she continued": Hajjaj, not the woman quoted in the paragraph before)."""
    mention, r = ctx.mention, ctx.resolver
    if mention.kind != "pronoun" or mention.text not in _HE_OR_SHE:
        return None
    closing = _QUOTE_THEN_CUE.search(r.text, max(0, mention.start - MAX_CLOSE_TO_EPITHET), mention.start)
    opening = r.text.rfind("“", 0, closing.start()) if closing else -1
    if opening <= 0 or "\n" in r.text[opening:mention.start] or r.text[opening - 2:opening] not in {". ", "? "}:
        return None
    sentence = _rough_sentence_start(r.text, opening - 2)
    subject = _SUBJECT_AFTER_OPENING.match(r.text, sentence, opening)
    if subject is None or "\n" in r.text[sentence:opening] or subject.group(1).casefold() != mention.text:
        return None
    earlier = Mention("pronoun", mention.text, None, subject.start(1), subject.end(1))
    return pronoun_after_owner_in_opening_phrase(Resolving(earlier, subject.start(1), r))


# A sentence's opening phrase, its comma, then its subject pronoun ("In Hajjaj’s case, she").
_SUBJECT_AFTER_OPENING = re.compile(r"[A-Z][^.!?“”\"\n]{0,80}?,\s+(he|she|He|She)\b")


@rule("resolution")
def pronoun_in_clause_joined_to_one_fitting(ctx: Resolving) -> Resolved | None:
    """A "he" or "she" opening a clause joined by ", but" or ", and" means the one person of its gender the clause
    before names ("Thomas’ sister pleaded with him to send Gloria to a doctor, but he replied “…”"), when the
    sentence names only one who fits."""
    if ctx.mention.kind != "pronoun" or ctx.mention.text not in _HE_OR_SHE:
        return None
    r, start = ctx.resolver, ctx.mention.start
    joined = _JOINED_CLAUSE.search(r.text, max(0, start - MAX_JOIN), start)
    if joined is None:
        return None
    sentence = _rough_sentence_start(r.text, joined.start())
    if any(mark in r.text[sentence:start] for mark in "“”\""):
        return None  # (a quotation before: the one who spoke it is whom the pronoun goes on with)
    people = [m.person for m in r.people.mentions_between(sentence, joined.start()) if _is_person(m.person)]
    fitting = {id(p): p for p in people if p.gender == PRONOUNS[ctx.mention.text] and id(p) not in r.people.guessed}
    if len(fitting) != 1 or any(p.gender is None for p in people):
        return None
    person = next(iter(fitting.values()))
    return Resolved(person.name, person.title)


_JOINED_CLAUSE = re.compile(r",\s+(?:but|and|yet)\s+$")
MAX_JOIN = 8  # characters of ", but " before the pronoun


# A capitalised owner in an opening phrase ("In President Roosevelt’s first visit").
_OWNER_IN_PHRASE = re.compile(r"\b([A-Z][\w-]*)['’]s?\s")


def _fitting_person_named(ctx: Resolving, named: re.Match[str]) -> Resolved | None:
    """The person the name a pattern caught (its first group) stands for, when a person whom the pronoun fits."""
    person = ctx.resolver.people.lookup(named.group(1), named.start(1))
    if person is None or not _is_person(person) or not _gender_fits(ctx.mention.text, person):
        return None
    return Resolved(person.name, person.title)


@rule("resolution")
def answer_to_a_question(ctx: Resolving) -> Resolved | None:
    """A "he" or "she" answering a question means someone named before the question, never someone it asks about
    ("Asked about President Joe Biden, he said"; "I ask if Sir Keir Starmer is good enough. ¶ “Yes,” he
    snaps")."""
    if ctx.mention.kind != "pronoun" or ctx.mention.text not in _HE_OR_SHE:
        return None
    asked_at = _question_opening(ctx.text, ctx.mention.start)
    return ctx.resolver.resolve(ctx.mention, asked_at) if asked_at is not None and asked_at < ctx.at else None


def _question_opening(text: str, at: int) -> int | None:
    """Where a question the pronoun at `at` answers starts naming whom it is about: an opening "Asked …," of the
    pronoun's sentence (its start), or the question word of one the writer asks in the sentence just before the
    quotation the pronoun follows; None when there is none."""
    start = _rough_sentence_start(text, at)
    opening = _ASKED_OPENING.match(text, start)
    if opening is not None and "," in text[opening.end():at]:
        return start
    questions = list(_WRITER_ASKS.finditer(text, max(0, at - MAX_QUESTION), at))
    if not questions:
        return None
    asked = questions[-1]
    # (The question ends its sentence, and the quotation the pronoun follows opens right after it.)
    answer = _OPENING_MARK.search(text, asked.end(), at)
    if answer is None or _OPENING_MARK.search(text, answer.end(), at) is not None:
        return None
    return asked.end()


@rule("resolution")
def one_asked_answers(ctx: Resolving) -> Resolved | None:
    """A "he" or "she" in the sentence after one where the last speaker asked someone named a question means the
    one asked, who answers ("Earhardt then asked Rubio which states he could win. “Well, …,” he said")."""
    if ctx.mention.kind != "pronoun" or ctx.mention.text not in _HE_OR_SHE:
        return None
    r = ctx.resolver
    last = next(r._before(ctx.at), None)
    if last is None:
        return None
    # (The verb of asking is the remembered one's own: "Earhardt then asked Rubio", not a clause further on.)
    asked = _ASKED_QUESTION.match(r.text, last.at)
    if asked is None or r.text.find(".", asked.end(), ctx.at) < 0:
        return None  # (the answer comes in a sentence of its own)
    before = r.text[_rough_sentence_start(r.text, last.at):last.at]
    if "," in before and not _opening_adjunct_only(before):
        return None  # ("What got under her skin, she said, was a question, when a man asked Clinton why": told of)
    return _fitting_person_named(ctx, asked)


MAX_ADJUNCT_WORDS = 3


def _opening_adjunct_only(before: str) -> bool:
    """Tell whether the only comma before the asker closes a short opening adjunct ("Last month, … asked")."""
    head, _, _ = before.partition(",")
    return before.count(",") == 1 and len(head.split()) <= MAX_ADJUNCT_WORDS


@rule("resolution")
def he_or_she_to_remembered(ctx: Resolving) -> Resolved | None:
    """A "he" or "she" means the nearest speaker or subject remembered whom it fits: a named person of its gender
    or of none known, a description of one person, or someone brought in unnamed when nobody is named since (in
    news prose a pronoun nearly always continues whoever the last sentences were about, so recency beats a surer
    gender further back)."""
    if ctx.mention.kind != "pronoun" or ctx.mention.text not in _HE_OR_SHE:
        return None
    near_guess = None
    for earlier in ctx.resolver._before(ctx.at):
        pos, name, title, person, kind, _ = earlier
        found = _he_or_she_means(ctx, earlier)
        if found is not None and ctx.resolver._beyond(pos, ctx.at, 0):
            # ("…met its associate director, Steven Zornetzer. “…,” he told me": someone the paragraph brings in
            # beats the one remembered from before it, when it does not name that one again.)
            found = _brought_in_here(ctx, found) or found
        if found is not None and earlier.origin == "subject" and ctx.resolver._beyond(pos, ctx.at, 0):
            found = _reporter_of(ctx, earlier) or found  # (a subject of the pronoun's own paragraph stands)
        if found is not None:
            # (After "he added", a speaker of the paragraph or the one before whose gender only the forename
            # dictionary guessed beats someone further back: "“…,” Lin said. … “…,” he added" is Lin Jian.)
            return near_guess if near_guess is not None and ctx.resolver._beyond(pos, ctx.at) else found
        if near_guess is None and kind == "name" and _is_person(person) and not ctx.resolver._beyond(pos, ctx.at) and (
                id(person) in ctx.resolver.people.guessed) and _adds_on(ctx):
            near_guess = Resolved(name, title)
    return None


_SENTENCE_END = re.compile(r"[.!?][”’\"]?\s|\n")


def _reporter_of(ctx: Resolving, subject: Remembered) -> Resolved | None:
    """The speaker whose report brought in the subject a "he" or "she" would go to, in the sentence of its verb of
    saying, when that subject never speaks ("Mr Moeketsi said the lease was issued to one Mr Makama. … Mr Makama
    then sold the lease. “…,” he said" is Moeketsi's, whose account it all is); else None."""
    person = subject.person
    if person is None:
        return None
    latest: dict[int, Remembered] = {}  # each speaker's last clause before the subject's
    for earlier in ctx.resolver._before(subject.at):
        if earlier.origin != "speaker" or earlier.person is None:
            continue
        if earlier.person is person:
            return None  # (the subject speaks in the story too)
        latest.setdefault(id(earlier.person), earlier)
        if earlier.at < person.first_seen and not _SENTENCE_END.search(ctx.text, earlier.at, person.first_seen):
            last = latest[id(earlier.person)]
            near = not ctx.resolver._beyond(last.at, subject.at, 2 * ONE_PARAGRAPH_BACK)
            return _he_or_she_means(ctx, last) if near else None
    return None


def _brought_in_here(ctx: Resolving, found: Resolved) -> Resolved | None:
    """The nearest person of the pronoun's gender (known, not guessed) that its paragraph names before it, when the
    paragraph brings someone of that gender in (names them for the first time) and does not name the one `found`
    further back; else None."""
    start = ctx.text.rfind("\n", 0, ctx.at) + 1
    mentions = ctx.resolver.people.mentions
    nearest, brought_in = None, False
    for n in range(bisect.bisect_left(mentions, start, key=lambda m: m.at), len(mentions)):
        at, person = mentions[n]
        if at >= ctx.at:
            break
        if not _is_person(person) or _kin_of_the_pronouns_person(ctx, at):
            continue
        if person.name == found.name:
            return None
        if person.gender == PRONOUNS[ctx.mention.text] and id(person) not in ctx.resolver.people.guessed:
            nearest, brought_in = Resolved(person.name, person.title), brought_in or person.first_seen >= start
    return nearest if brought_in else None


# "his" and "her", with the he or she they belong to ("her younger sister Maya" is kin of whom "she" means).
_GENDERED_POSSESSIVES = {owner: subject for owner, subject in pairs("possessive_pronouns") if subject in _HE_OR_SHE}
_POSSESSIVE = "|".join(_GENDERED_POSSESSIVES)
_FAMILY = "|".join(entries("family_nouns"))
_KIN_OF = re.compile(rf"\b({_POSSESSIVE})\s+(?:[\w-]+\s+){{0,2}}?(?:{_FAMILY})s?,?\s*$", re.IGNORECASE)
KIN_REACH = 40  # characters before a name where "her younger sister" stands
_POSSESSIVE_BEFORE = re.compile(rf"\b({_POSSESSIVE})\s+$", re.IGNORECASE)
_KIN_AHEAD = re.compile(rf"(?:[\w-]+\s+){{0,2}}?(?:{_FAMILY})s?\b", re.IGNORECASE)


def _kin_of_the_pronouns_person(ctx: Resolving, at: int) -> bool:
    """Tell whether a name at `at` is brought in as kin of the one the pronoun already means, through a possessive
    of the pronoun's gender ("his wife Jane Roe"); such a name is no one the pronoun brings in."""
    return kin_introduced(ctx.text, at) == PRONOUNS[ctx.mention.text]


def kin_introduced(text: str, at: int) -> str | None:
    """The gender of the possessive that brings in the name at `at` as someone's kin ("her younger sister Maya":
    "f"), or None when no possessive and kin word stand right before it."""
    found = _KIN_OF.search(text, max(0, at - KIN_REACH), at)
    if found is None:
        # (The mention may start at the kin words themselves: "her younger sister Maya" registered from "younger".)
        found = _POSSESSIVE_BEFORE.search(text, max(0, at - KIN_REACH), at)
        if found is None or _KIN_AHEAD.match(text, at) is None:
            return None
    return PRONOUNS[_GENDERED_POSSESSIVES[found.group(1).casefold()]]


_CONTINUING = re.compile(r"\s+(?:%s)\b" % "|".join(entries("continuing_cues")))


def _adds_on(ctx: Resolving) -> bool:
    """Tell whether the pronoun's verb goes on from what was just said ("he added")."""
    return _CONTINUING.match(ctx.text, ctx.mention.end) is not None


def _he_or_she_means(ctx: Resolving, earlier: Remembered) -> Resolved | None:
    """Whom a "he" or "she" means when it goes to one remembered speaker or subject, else None (it goes on back)."""
    r, pronoun, (pos, name, title, person, kind, _) = ctx.resolver, ctx.mention.text, earlier
    if kind == "name":
        fits = _is_person(person) or (person is not None and id(person) in r._speaking and not is_place(name) and not (
            _ACRONYM_END.search(name)) and not _ends_in_org_word(name) and not _named_for_a_place(name) and not (
            _names_a_group(name)))
        return Resolved(name, title) if fits and _gender_fits(pronoun, person) else None
    if kind == "described":
        return _he_or_she_described(ctx, earlier) if _gender_fits(pronoun, person) else None
    if kind == "nominal" and person is not None and not r._person_named_between(pos, ctx.at):
        return Resolved(name, title)  # ("A reporter asked Sanders how he felt. He replied": Sanders is named since)
    return None


def _he_or_she_described(ctx: Resolving, earlier: Remembered) -> Resolved | None:
    """Whom a "he" or "she" means when it goes to a remembered description of one person: the named person the
    description means, else the description itself; None when it means someone else."""
    r, pronoun, (pos, name, title, person, _, _) = ctx.resolver, ctx.mention.text, earlier
    assert person is not None  # a description is remembered with the person it describes
    # (A description that speaks itself may bring in someone new: it means someone named only when a role or no
    # role at all fits, never someone of another role: "Mayor Bill de Blasio …. “…,” the Republican presidential
    # candidate said".)
    speaks = any(h.at == pos and h.name == name and h.origin == "speaker" for h in r._before(pos + 1))
    again = r._named_in_paragraph(f"the {name}", person.first_seen) if speaks else None
    if again is not None and _gender_fits(pronoun, r.people.lookup(again.name or "", pos)):
        return again  # ("The Spanish coach said …. “…,” he said": whom its own quote was given to)
    meant = r._person_described(pos, person, other_roles=not speaks)
    if meant is None and r.text.startswith(("a ", "an ", "A ", "An ", "One "), person.first_seen) and (
            r._person_named_between(pos, ctx.at)):
        return None  # "When an NBC reporter later asked Trump …, Trump deflected. “…,” he said"
    if meant is None:
        return Resolved(name, title)
    if _gender_fits(pronoun, meant):
        return Resolved(meant.name, meant.title)
    return None  # ("the Democratic presidential candidate stated …. But he wanted to know": someone else)


@rule("resolution")
def it_or_they_to_remembered(ctx: Resolving) -> Resolved | None:
    """An "it", "they" or "we" means the nearest organisation or group remembered (the office or body it stands
    for), or an "it" the one-word body that just spoke or that its sentence is about ("Boeing said it was
    disappointed. “…,” it said")."""
    pronoun = ctx.mention.text
    if ctx.mention.kind != "pronoun" or pronoun not in _IT_OR_THEY:
        return None
    nearest = None  # the name of the nearest speaker or subject remembered
    for earlier in ctx.resolver._before(ctx.at):
        nearest = nearest or earlier.name
        if pronoun == "it" and nearest == earlier.name and _it_body(ctx, earlier):
            return Resolved(earlier.name, earlier.title)
        if pronoun == "it" and earlier.kind == "nominal" and earlier.name.split()[-1].casefold() in _GROUP_NOUNS:
            continue  # ("Unions have been plotting …. It's the persistent pull of …": a group is no "it")
        if earlier.kind in {"org", "nominal"}:
            return _body_meant(ctx, earlier)
    return None


def _it_body(ctx: Resolving, earlier: Remembered) -> bool:
    """Tell whether "it" means a remembered name: a one-word body that just spoke, or that the sentence is about
    ("OpenAI on Monday released a model that it says can reason")."""
    pos, name, _, person, kind, origin = earlier
    return kind == "name" and person is not None and not _is_person(person) and (
        id(person) in ctx.resolver._speaking or origin == "subject" and not name.endswith("s")) and (
        len(name.split()) == 1 and "\n" not in ctx.text[pos:ctx.at])


def _body_meant(ctx: Resolving, earlier: Remembered) -> Resolved:
    """The body an "it" or "they" means that goes to a remembered organisation or description."""
    r, (pos, name, title, _, kind, _) = ctx.resolver, earlier
    if name.split(" ", 1)[0].casefold() in _PRONOUN_OF:
        # "Her office … “…,” it said": the office of whoever "her" meant where it was written.
        return r.resolve(Mention("nominal", name, None, pos, pos + len(name)), pos)
    body_name = r._described_body(f"the {name}", pos) if kind == "nominal" else None
    if body_name:
        return Resolved(body_name, None)  # "The company said …. It added"
    # "The Security Council issued a statement …. The statement noted …. “…,” they said".
    return (r._document_issuer(f"the {name}", pos) if kind == "nominal" else None) or Resolved(name, title)


@rule("resolution")
def he_or_she_to_nearest_of_gender(ctx: Resolving) -> Resolved | None:
    """A "he" or "she" that fits no one remembered means the nearest person mentioned of its gender; an owner named
    in passing ("David Beckham’s Studio 99") gives way to someone its sentence names otherwise."""
    pronoun = ctx.mention.text
    if ctx.mention.kind != "pronoun" or pronoun not in _HE_OR_SHE:
        return None
    mentions = ctx.resolver.people.mentions
    upto = bisect.bisect_left(mentions, ctx.at, key=lambda m: m.at)
    fitting = [m for m in itertools.islice((mentions[n] for n in range(upto - 1, -1, -1)), MAX_ANTECEDENTS)
               if _is_person(m.person) and m.person.gender == PRONOUNS[pronoun]]
    if not fitting:
        return None
    # (An owner named in passing gives way to someone of the same sentence named otherwise: "As I sit opposite Sir
    # Tony Blair …, only 100 yards from David Beckham’s Studio 99, I ask …. “Yes,” he snaps" is Blair.)
    nearest = fitting[0]
    if _POSSESSIVE_NAME.match(ctx.text, nearest.at):
        start = _rough_sentence_start(ctx.text, nearest.at)
        nearest = next((m for m in fitting[1:] if m.at >= start and m.person is not nearest.person and not (
            _POSSESSIVE_NAME.match(ctx.text, m.at))), nearest)
    return Resolved(nearest.person.name, nearest.person.title)


# A name written as an owner ("David Beckham’s Studio 99", "Mr. Obama's plan").
_POSSESSIVE_NAME = re.compile(r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*['’]s?\s")


@rule("resolution")
def he_or_she_to_guessed_gender(ctx: Resolving) -> Resolved | None:
    """A "he" or "she" that fits nobody means the person its paragraph or the one before quoted whose gender only
    the forename dictionary gave, likelier than nobody ("Sheriff Darin Rogers said …. “…,” he said")."""
    if ctx.mention.kind != "pronoun" or ctx.mention.text not in _HE_OR_SHE:
        return None
    for pos, name, title, person, kind, _ in ctx.resolver._before(ctx.at):
        if ctx.resolver._beyond(pos, ctx.at):
            break
        if kind == "name" and _is_person(person) and id(person) in ctx.resolver.people.guessed:
            return Resolved(name, title)
    return None


_BYLINE_LEAD = re.compile(r"^\s*by\s+", re.IGNORECASE)

_NOT_A_WRITER = words("byline_non_names")


def personal_byline(author: str | None) -> str | None:
    """The one person a byline names ("By Charlotte Meehan" -> "Charlotte Meehan"), else None: an agency, a
    newsroom or several writers ("AP", "Breitbart News", "Jane Doe and John Roe") is no one "I" can mean."""
    name = _BYLINE_LEAD.sub("", (author or "").strip())
    words = name.split()
    if not 2 <= len(words) <= 4 or any(not w[:1].isupper() or w.casefold().strip(".,") in _NOT_A_WRITER
                                       or w.casefold() in ORG_WORDS for w in words):
        return None
    return name

_OPENING_PRONOUN = re.compile(r"(?:(?:And|But|So|Then|Still|Yet)\s+)?(He|She)\b")

# Documents that speak for whoever issued them, and the verbs that say someone did ("released a statement").
_ISSUED_DOCUMENT_NOUNS = entries("issued_documents")
_ISSUED_DOCUMENTS = frozenset(_ISSUED_DOCUMENT_NOUNS)

_ISSUED = re.compile(r"\b(?:released|issued|put out|sent(?: out)?|posted|published|signed|wrote|said in"
                     r"|(?P<opening>^in))\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(%s)\b(?(opening)\s*,)"
                     % "|".join(_ISSUED_DOCUMENT_NOUNS), re.IGNORECASE | re.MULTILINE)


_PRONOUN_SUBJECT = re.compile(r"\s*(it|they|he|she)\b")

_OPENING_QUOTE = re.compile(r"\s*[“\"]")
# The words after an indefinite article, up to a comma or the fourth word ("a middle-aged cashier was").
_INDEFINITE_WORDS = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[\w-]+\s*){1,4})")
MAX_CUE_WORDS = 2  # words between a quotation's close and the epithet after it ("…,” said the 24-year-old)


def _brings_someone_in(text: str) -> bool:
    """Tell whether a stretch of text brings someone in with an indefinite article ("a middle-aged cashier", "an
    aide to the mayor"): a person's noun or a word with an agent's ending among the words after it."""
    for article in _INDEFINITE_WORDS.finditer(text):
        nouns = [w.casefold() for w in article.group(1).split()]
        if any(w in PERSON_NOUNS or w in TITLE_WORDS or has_agent_ending(w) for w in nouns):
            return True
    return False


def _fits_epithet(phrase: str, person: Person) -> bool:
    """Tell whether an epithet can mean a person: of their gender, and of their office when it names one ("Mayor
    Bill de Blasio spoke. “…,” the Republican presidential candidate said" is someone else; an epithet of no office,
    "the 24-year-old", "the expert", fits whatever the office)."""
    if (described_gender(phrase) or None) not in {None, person.gender}:
        return False
    roles = role_words(person.title) & _ALL_ROLE_FORMS
    said_roles = set(phrase.casefold().split()) & _ALL_ROLE_FORMS
    return not (roles and said_roles and not roles & said_roles)


def _is_epithet(phrase: str) -> bool:
    """Tell whether a definite description is an epithet for someone named ("the rookie", "the 23-time Grand Slam
    champion", "the Argentine", "the 24-year-old"): an office ("the senator") must match a title instead."""
    words = phrase.casefold().split()
    if len(words) >= 4 and words[-2] == "of" and (words[-1] in NUMBER_WORDS or words[-1].isdigit()):
        words = words[:-2]  # ("the mother of four": a mother)
    noun = words[-1] if 2 <= len(words) <= MAX_EPITHET_WORDS and words[0] == "the" else None
    return noun is not None and (noun in PERSON_NOUNS or bool(AGE_EPITHET.match(noun)) or (
        len(words) == 2 and noun in _NATIONALITY_WORDS)) and not (
        noun in ROLE_FORMS and noun not in _EPITHETS)


# Role words that describe a person rather than name an office: "the billionaire" is whoever the story has just
# named, with no title needed to match.
_EPITHETS = words("epithet_roles")

MAX_EPITHET_WORDS = 6  # "the 23-time Grand Slam champion"

# "Rival AMD", "Tesla CEO": a body's letters end no person's name (a numeral does: "Joseph R. Murray II").
_ACRONYM_END = re.compile(r"\s(?!(?:II|III|IV|VI|VII|VIII)$)[A-Z]{2,}$")


def _is_person(person: Person | None) -> TypeGuard[Person]:
    """Tell whether a registered name reads as a person (a known gender, a role, or a forename and surname)."""
    return person is not None and not person.is_org and not _ends_in_org_word(person.name) and not is_place(
        person.name) and not _named_for_a_place(person.name) and not _described_as_body(
        person.title) and not _ACRONYM_END.search(person.name) and not _names_a_group(person.name) and (
        person.gender is not None or person.title is not None or len(person.name.split()) >= 2)


@functools.lru_cache(maxsize=4096)  # (asked of every person a pronoun passes over: a name is read once)
def _named_for_a_place(name: str) -> bool:
    """Tell whether a name is a body's that ends in its country or place, its first word no forename ("Wheat
    Australia", "Tourism Australia", "Transport Canada"): no one's surname is a country."""
    words = name.split()
    return len(words) >= 2 and is_place(words[-1]) and not is_forename(words[0])


def _ends_in_org_word(name: str) -> bool:
    """Tell whether a name ends in a word of an organisation ("State Department", "Labour Party")."""
    return bool(name.split()) and name.split()[-1].casefold() in ORG_WORDS and not surname_like_body_word(name.split())


def _names_a_group(name: str) -> bool:
    """Tell whether a name ends in a plural of a nationality, a party, a person's noun or role, or of followers
    ("Hispanic Americans", "House Democrats", "Conservative MPs", "Brexiteers"): a group, whom a later "he" or
    "she" never means, whatever gender the pronoun after it gave it."""
    written = name.split()[-1]
    last = written.casefold()
    if not last.endswith("s") or last.endswith("ss"):
        return False
    singular = last[:-3] + "y" if last.endswith("ies") else last[:-1]
    return singular in _NATIONALITY_WORDS or singular in _PARTY_EPITHETS or singular in PERSON_NOUNS or (
        last.endswith(_GROUP_ENDINGS)) or bool(_ACRONYM_PLURAL.fullmatch(written))


_GROUP_ENDINGS = tuple(words("plural_group_endings"))
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # "MPs", "MEPs", "CEOs"


def _described_as_body(title: str | None) -> bool:
    """Tell whether a title in lowercase words names a kind of body ("trade group", "advocacy organization")."""
    if not title or not title[:1].islower():
        return False
    head = re.split(r"\s(?:of|for|at|with|from|in|on|to|who|whose|which|that)\s|,", title, maxsplit=1)[0].split()
    return bool(head) and head[-1].casefold() in BODY_NOUNS  # ("lawyer for the … Association" is a person)


def _company_like(name: str) -> bool:
    """Tell whether a name of several words reads as a business's: words of letters only, none a forename
    ("Goldman Sachs"; not "Indonesia AirAsia's Flight QZ8501")."""
    return all(w.isalpha() and not is_forename(w) for w in name.split())


def _strip_article(phrase: str) -> str:
    """Drop a leading article from a phrase ("a spokesman" -> "spokesman")."""
    return re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)


# Unions of word lists read in inner loops, built once.
_NATIONALITY_WORDS = NATIONALITIES | NATIONALITY_NOUNS
_ORG_OR_COMPANY_NOUNS = ORG_WORDS | _COMPANY_NOUNS
