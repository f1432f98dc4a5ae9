"""Speaker resolution: the person a name, surname, pronoun or description in an attribution stands for."""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from ..lexicon import (
    BODY_NOUNS,
    CAPITALISED_EPITHETS,
    DOCUMENTS,
    NATIONALITIES,
    ORG_WORDS,
    PERSON_NOUNS,
    PRONOUNS,
    TITLE_WORDS,
    is_place,
)
from ..speakers import canonical_name
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
from .candidates import (
    AGE_EPITHET,
    JOINT,
    Attribution,
    Mention,
    tokens,
)
from .paragraphs import _rough_sentence_start
from .people import (
    POSSESSIVE_END,
    ROLE_FORMS,
    People,
    Person,
    described_gender,
    role_words,
)

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

_AFTER_HEAD = {"to", "for", "with", "close", "at", "of", "from", "in", "on", "who", "familiar", "involved", "inside"}


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

# Nouns a story uses for a body it has named otherwise ("the agency" for the World Health Organization).
_GENERIC_BODIES = {"agency", "organization", "organisation", "body", "authority", "regulator", "watchdog"}

ROLE_STEM = 5  # letters a role word shares with the name of its body or office ("senat-or", "Senat-e")

_PARTY_EPITHETS = {"republican", "democrat", "libertarian"}

MAX_HEADING_NAME_WORDS = 4  # a roundup's heading that is only a name: "Garth Brooks", "Andrea Bocelli"

ONE_PARAGRAPH_BACK = 2  # line breaks between an offset and one in the paragraph before ("\n\n" between them)

_NAMED_IN_DESCRIPTION = re.compile(r"\b(?:known as|named|called|nicknamed)\b", re.IGNORECASE)


class _Resolver:
    """Resolves speaker mentions to names, remembering who spoke last for pronouns."""

    def __init__(self, people: People, text: str = "", writer: str | None = None):
        self.people = people
        self.text = text
        self.writer = writer  # the one person of the byline, whom an "I" outside the quotation marks means
        # (at, name, title, person, kind, origin); origin tells a reported speaker ("said", "believes") from a
        # sentence's opening subject.
        self.history: list[tuple[int, str, str | None, Person | None, str, str]] = []
        self._positions: list[int] = []
        # People quoted with a verb of saying: a lone surname ("Tiegen said") is a person even with no
        # forename, role or known gender to show it.
        self._speaking: set[int] = set()
        # Tells a name from a capitalised common word ("Proponents said"), once the article is read.
        self.known: Callable[[Mention], bool] | None = None

    def note(self, attr: Attribution, origin: str = "speaker") -> None:
        """Remember a named speaker of any attribution (quoted or reported) for later pronouns."""
        mention = attr.speaker
        party = self._party_epithet(mention)
        if party is not None:
            # "The Republican is also encouraging …": whom it means is read once every name is known (resolve).
            self.history.append((attr.cue_start, party.name.split()[-1], None, party, "described", origin))
        elif mention.kind == "name" and mention.text.casefold() in _GROUP_NOUNS:
            # "Delegates questioned how Cruz could …. “…,” he said": a capitalised group opening a sentence is no one
            # a he or she means.
            self.history.append((attr.cue_start, mention.text, None, None, "nominal", origin))
        elif mention.kind in {"name", "org"}:
            # Asked first, since resolving registers the name; a capitalised plural ("Proponents said") is no person.
            is_name = self.known is None or self.known(mention) or not mention.text.endswith("s")
            name, title, person = self.people.resolve(mention)
            self.history.append((attr.cue_start, name, title, person, mention.kind, origin))
            if origin == "speaker" and person is not None and mention.kind == "name" and not name.isupper() and (
                    is_name) and attr.cue != "according to":
                # (Not "according to Pollstar": a report, a poll or a paper is cited that way as often as a person.)
                self._speaking.add(id(person))
        elif mention.kind == "nominal":
            person = self.people.described(mention.text, mention.start)
            if person is not None:
                self.history.append((attr.cue_start, person.name, person.title, person, "name", origin))
            elif (gender := described_gender(mention.text)) is not None and (any(
                    w[:1].isupper() for w in mention.text.split()[1:]) or (
                        gender and (_INDEFINITE_PERSON.match(mention.text) or _RELATIVE_OF.match(mention.text)))):
                # "the Texas senator said …. He added": a description that carries a name of its own is kept
                # as the speaker's name, and is who a later "he" continues; so is a person a clause brings in,
                # when its words give the gender ("A woman …, said she heard ten shots. “…,” she said"; "the
                # actor" is someone named, and "a reporter" may be either; "my father often said. He also told").
                described = Person(_strip_article(mention.text), None, gender or None, mention.start)
                self.history.append((attr.cue_start, described.name, None, described, "described", origin))
            elif gender == "" and _INDEFINITE_PERSON.match(mention.text):
                # "A neighbour, who did not want to be named, said …. “…,” she said": one person brought in with
                # no name and no gender is who a later he or she means, unless someone is named in between.
                unnamed = Person(_strip_article(mention.text), None, None, mention.start)
                self.history.append((attr.cue_start, unnamed.name, None, unnamed, "nominal", origin))
            else:
                self.history.append((attr.cue_start, _strip_article(mention.text), None, None, "nominal", origin))
        elif mention.kind == "joint":
            # "Trump and Ryan said …. They added": a later "they" means both.
            self.history.append((attr.cue_start, self._joint(mention), None, None, "nominal", origin))

    def remember(self, name: str, title: str | None, person: Person | None, at: int) -> None:
        """Add a speaker found while reading the quotes (after the first pass) for the pronouns after it."""
        k = bisect.bisect_right(self._positions, at)
        self.history.insert(k, (at, name, title, person, "name", "speaker"))
        self._positions.insert(k, at)

    def _before(self, at: int):
        """The remembered speakers and subjects before `at`, nearest first (at most MAX_ANTECEDENTS)."""
        upto = bisect.bisect_left(self._positions, at)
        for n in range(upto - 1, max(-1, upto - 1 - MAX_ANTECEDENTS), -1):
            yield self.history[n]

    def _described_body(self, phrase: str, at: int) -> str | None:
        """The organisation "the agency" or "the company" means: the nearest one named before `at` whose name
        ends with that word ("According to the UK Health Security Agency, …. The agency said")."""
        noun = _body_noun(phrase)
        if noun not in ORG_WORDS | _COMPANY_NOUNS:
            return None
        earlier = list(self._before(at))
        for _, name, _, _, kind, _ in earlier:
            if kind == "org" and name.casefold().split()[-1] == noun and len(name.split()) > 1:
                return name
        if noun in _COMPANY_NOUNS:
            # "Stellantis said …. The company said": a business is the nearest speaker that is no person or place
            # (one word with no gender, whatever appositive it had: "Samsung, Apple's main rival, said").
            for _, name, _, person, kind, _ in earlier:
                if kind == "org" or (kind == "name" and person is not None and (
                        not _is_person(person) or person.gender is None) and not (
                        is_place(name)) and len(name.split()) == 1):
                    return _strip_article(name)
        if noun in _GENERIC_BODIES:
            # "The World Health Organization recommends …. “…,” the agency said": a body of another name, the nearest
            # one the paragraph or the one before spoke of.
            for pos, name, _, _, kind, _ in earlier:
                if self._beyond(pos, at):
                    break
                if (kind == "org" and len(name.split()) > 1) or (name.isupper() and name.isalpha() and len(name) > 1):
                    return _strip_article(name)  # ("The FAA said it would review …. “…,” the agency said")
        return None

    def _document_issuer(self, phrase: str, at: int) -> tuple[str | None, str | None] | None:
        """Who issued the document "the statement" means: the subject of the nearest sentence before `at`, in its
        paragraph or the one before, that says they put it out ("The mayor's office released a statement late
        Friday. … “…,” the statement said"), or put out "a statement" right there ("the Security Council issued a
        statement calling the test “…”")."""
        words = phrase.casefold().split()
        if len(words) != 2 or words[0] not in {"the", "a", "an"} or words[1] not in _ISSUED_DOCUMENTS:
            return None
        noun = words[1]
        hi = at if words[0] == "the" else at + len(phrase)
        lo = self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, at) - 1))
        issued = [m for m in _ISSUED.finditer(self.text, max(0, lo), hi) if m.group(1).casefold() == noun and (
            words[0] == "the" or m.end() == hi)]
        if not issued:
            return None
        verb = issued[-1].start()
        toks = tokens(self.text, _rough_sentence_start(self.text, verb), verb)
        opening = _sentence_subject(toks, self.known)
        # (A subject right before the verb, as a verb of saying would have it: "The mayor's office released".)
        parsed = _subject_ending(toks)
        mention = opening.speaker if opening is not None else parsed[0] if parsed else None
        if mention is None or (mention.kind == "pronoun" and mention.text not in {"he", "she"}) or (
                _the_noun(mention.text) in _ISSUED_DOCUMENTS):
            return None  # ("it" or "they" may mean the document itself)
        return self.resolve(mention, mention.start)  # "Hours later, she issued a statement calling on …"

    def _described_again(self, phrase: str, at: int) -> str | None:
        """The unnamed speaker "the spokesperson" means: the nearest one described before `at` with the same head
        word ("A U.S. State Department spokesperson welcomed the agreement. “…,” the spokesperson said")."""
        noun = _the_noun(phrase)
        if noun not in PERSON_NOUNS and noun not in TITLE_WORDS and noun not in {"source", "official"}:
            return None
        for pos, name, _, _, kind, _ in self._before(at):
            if kind in {"nominal", "described"} and len(name.split()) > 1 and _head_noun(name) == noun:
                # (Unless another one was brought in since: "a separate intelligence source … said"; the
                # description itself, after an inverted cue, is no other one.)
                later = [m for m in _indefinite_noun(noun).finditer(self.text, pos, at)
                         if self.text[m.end(1):m.end(1) + len(name)].casefold() != name.casefold()]
                return None if later else name
        return None

    def _named_in_paragraph(self, phrase: str, at: int) -> tuple[str, str | None] | None:
        """The person "the teenager" means when the paragraph has just named them ("Clarke, 19, had been on the
        pitch for five minutes. “I just hit it,” the teenager said"): the nearest fitting named person, with no
        paragraph break in between."""
        words = phrase.casefold().split()
        # ("the rookie", "the 23-time Grand Slam champion", "the Argentine": an epithet after modifiers)
        noun = words[-1] if 2 <= len(words) <= MAX_EPITHET_WORDS and words[0] == "the" else None
        if noun is None or (noun not in PERSON_NOUNS and not AGE_EPITHET.match(noun) and not (
                len(words) == 2 and noun in NATIONALITIES | _NATIONALITY_NOUNS)) or (
                noun in ROLE_FORMS and noun not in _EPITHETS):
            return None  # (an office, "the senator", must match a title; see People.described)
        gender = described_gender(phrase) or None
        for pos, name, title, person, kind, _ in self._before(at):
            if "\n" in self.text[pos:at]:
                break
            if kind == "name" and _is_person(person) and gender in {None, person.gender}:
                return name, title
        return self._heading_person(at, gender)

    def _heading_person(self, at: int, gender: str | None) -> tuple[str, str | None] | None:
        """The person a roundup's heading names when the paragraph before `at`'s is nothing but that name ("Garth
        Brooks" / "Asked if he would perform, the country star replied, “…”")."""
        start = self.text.rfind("\n", 0, at) + 1
        end = len(self.text[:start].rstrip())
        line = self.text[self.text.rfind("\n", 0, end) + 1:end].strip()
        words = line.split()
        if not 2 <= len(words) <= MAX_HEADING_NAME_WORDS or not all(w[:1].isupper() for w in words):
            return None
        person = self.people.lookup(line, end)
        if person is None or not _is_person(person) or canonical_name(line) != person.name or (
                gender not in {None, person.gender}):
            return None
        return person.name, person.title

    def _epithet_phrase(self, mention: Mention) -> str | None:
        """The definite description a one-word capitalised epithet is the end of ("the two-time MVP", "the
        Argentine"), else None."""
        word = _strip_article(mention.text)
        if " " in word or word.casefold() not in CAPITALISED_EPITHETS | NATIONALITIES | _NATIONALITY_NOUNS:
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
        for n in range(bisect.bisect_left(mentions, sentence, key=lambda m: m[0]) - 1, -1, -1):
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
        for n in range(bisect.bisect_left(mentions, lo, key=lambda m: m[0]), len(mentions)):
            at, person = mentions[n]
            if at >= hi:
                return False
            if not person.is_org:
                return True
        return False

    def _same_pronoun_opening(self, pronoun: str, at: int) -> int | None:
        """Where the same he or she opens the sentence holding `at`, when it does (else None)."""
        if pronoun not in {"he", "she"}:
            return None
        match = _OPENING_PRONOUN.match(self.text, _rough_sentence_start(self.text, at), at)
        return match.start(1) if match and match.group(1).casefold() == pronoun else None

    def _joint(self, mention: Mention) -> str:
        """The full names of a joint mention ("Trump and Ryan" -> "Donald Trump and Paul Ryan")."""
        names = [self.people.resolve(Mention("name", part, None, mention.start, mention.end))[0]
                 for part in mention.text.split(JOINT)]
        return JOINT.join(names)

    def resolve(self, mention: Mention, at: int) -> tuple[str | None, str | None]:
        """Return (speaker name, title) for a mention at a point of the article."""
        if mention.kind in {"name", "org"}:
            epithet = self._epithet_phrase(mention)
            varied = self._named_in_paragraph(epithet, at) if epithet else None
            if varied is not None:
                return varied  # "Simone Biles won gold. “…,” the Olympian said"
            party = self._party_epithet(mention)
            member = self._person_described(party.first_seen, party) if party is not None else None
            if member is not None:
                return member.name, member.title  # "Donald Trump met Hillary Clinton. “…,” the Republican said"
            gender = described_gender(mention.text) if mention.text.startswith(("the ", "The ")) else None
            if gender is not None and mention.text.count(" ") >= 2:
                # "Friedrich Merz blamed the government. “…,” the Christian Democrat told the Bundestag": whom its own
                # paragraph just named (one word is a name of its own: "the Independent reported").
                same = self._person_described(at, Person(_strip_article(mention.text), None, gender or None,
                                                         mention.end - len(mention.text)), reach=0)
                if same is not None:
                    return same.name, same.title
            word = _strip_article(mention.text)
            if " " not in word and word.casefold() in TITLE_WORDS and self.text[
                    max(0, mention.end - len(word) - 4):mention.end - len(word)].casefold() == "the ":
                again = self._described_again(f"the {word}", at)
                if again is not None:
                    return again, None  # "One Conservative MP … said …. “…,” the MP said"
            if mention.text.isupper() and mention.text.isalpha() and len(mention.text) > 2:
                # "CLINTON: “…”": a transcript's label in capitals is the person of that surname the article names
                # (an acronym, "NATO", names nobody and stays as written).
                person = self.people.lookup(mention.text.title(), mention.start)
                if person is not None and not person.is_org:
                    return person.name, person.title
            name, title, _ = self.people.resolve(mention)
            return name, title
        if mention.kind == "joint":
            return self._joint(mention), None
        if mention.kind == "nominal":
            person = self.people.described(mention.text, mention.start)
            if person is not None:
                return person.name, person.title
            body_name = self._described_body(mention.text, at) or self._described_again(mention.text, at)
            if body_name is not None:
                return body_name, None
            issuer = self._document_issuer(mention.text, at)
            if issuer is not None:
                return issuer
            varied = self._named_in_paragraph(mention.text, at)
            if varied is not None:
                return varied
            document = _DOCUMENT_FROM.match(mention.text)
            if document is not None:
                # "A statement from Senator Warren’s office said": the office the document came from speaks.
                return _strip_article(document.group(1)), None
            owner, _, body = mention.text.partition(" ")
            if owner.casefold() in _PRONOUN_OF and _BODY_OF.match(mention.text):
                # "Her office later released a statement": the office of whoever "her" means.
                name, _ = self.resolve(Mention("pronoun", _PRONOUN_OF[owner.casefold()], None, mention.start,
                                               mention.start + len(owner)), at)
                if name:
                    return f"{name}’s {body}", None
            return _strip_article(mention.text), None
        pronoun = mention.text
        if pronoun == "i":
            # "Once, I laughed and said, “I don't believe in the devil.”": an I outside the quotation marks is the
            # writer, whom only a byline naming one person tells (never the person the narration last named).
            return self.writer, None
        opening = self._same_pronoun_opening(pronoun, at)
        if opening is not None:
            # "He declared that … Donald Trump would have a path, which he declared “a total disaster”": the
            # pronoun repeats the one that opens its sentence, and means who that one means.
            at = opening
        # The nearest earlier speaker or subject who fits wins: in news prose a pronoun nearly always
        # continues whoever the last sentences were about, so recency beats a surer gender further back.
        nearest = None  # the name of the nearest speaker or subject remembered
        for pos, name, title, person, kind, origin in self._before(at):
            if pronoun in {"he", "she"} and kind == "name" and (_is_person(person) or (
                    person is not None and id(person) in self._speaking and not is_place(name) and not (
                        _ACRONYM_END.search(name)))) and _gender_fits(pronoun, person):
                return name, title
            if pronoun in {"he", "she"} and kind == "described" and _gender_fits(pronoun, person):
                # (A description that speaks itself may bring in someone new: it means someone named only when a
                # role or no role at all fits, never someone of another role: "Mayor Bill de Blasio …. “…,” the
                # Republican presidential candidate said".)
                speaks = any(h[0] == pos and h[1] == name and h[5] == "speaker" for h in self._before(pos + 1))
                again = self._named_in_paragraph(f"the {name}", person.first_seen) if speaks else None
                if again is not None and _gender_fits(pronoun, self.people.lookup(again[0], pos)):
                    return again  # ("The Spanish coach said …. “…,” he said": whom its own quote was given to)
                meant = self._person_described(pos, person, other_roles=not speaks)
                if meant is None and self.text.startswith(("a ", "an ", "A ", "An ", "One "), person.first_seen) and (
                        self._person_named_between(pos, at)):
                    continue  # "When an NBC reporter later asked Trump …, Trump deflected. “…,” he said"
                if meant is None:
                    return name, title
                if _gender_fits(pronoun, meant):
                    return meant.name, meant.title
                continue  # ("the Democratic presidential candidate stated …. But he wanted to know": someone else)
            if pronoun in {"he", "she"} and kind == "nominal" and person is not None and not (
                    self._person_named_between(pos, at)):
                return name, title  # ("A reporter asked Sanders how he felt. He replied": Sanders is named since)
            nearest = nearest or name
            if pronoun == "it" and nearest == name and kind == "name" and person is not None and not _is_person(
                    person) and (id(person) in self._speaking or origin == "subject" and not name.endswith("s")) and (
                    len(name.split()) == 1 and "\n" not in self.text[pos:at]):
                # "Boeing said it was disappointed. “…,” it said", "OpenAI on Monday released a model that it says
                # can reason": a one-word body that just spoke, or that the sentence is about.
                return name, title
            if pronoun == "it" and kind == "nominal" and name.split()[-1].casefold() in _GROUP_NOUNS:
                continue  # ("Unions have been plotting …. It's the persistent pull of …": a group is no "it")
            if pronoun in {"they", "it", "we"} and kind in {"org", "nominal"}:
                if name.split(" ", 1)[0].casefold() in _PRONOUN_OF:
                    # "Her office … “…,” it said": the office of whoever "her" meant where it was written.
                    return self.resolve(Mention("nominal", name, None, pos, pos + len(name)), pos)
                body_name = self._described_body(f"the {name}", pos) if kind == "nominal" else None
                if body_name:
                    return body_name, None  # "The company said …. It added"
                # "The Security Council issued a statement …. The statement noted …. “…,” they said".
                return (self._document_issuer(f"the {name}", pos) if kind == "nominal" else None) or (name, title)
        if pronoun in {"he", "she"}:
            mentions = self.people.mentions
            upto = bisect.bisect_left(mentions, at, key=lambda m: m[0])
            for n in range(upto - 1, max(-1, upto - 1 - MAX_ANTECEDENTS), -1):
                person = mentions[n][1]
                if not person.is_org and person.gender == PRONOUNS[pronoun]:
                    return person.name, person.title
            for pos, name, title, person, kind, _ in self._before(at):
                if self._beyond(pos, at):
                    break
                if kind == "name" and _is_person(person) and id(person) in self.people.guessed:
                    # "Sheriff Darin Rogers said …. “…,” he said": nobody fits, and the one whose gender only the
                    # forename dictionary gave is likelier than nobody.
                    return name, title
        return None, None

_BYLINE_LEAD = re.compile(r"^\s*by\s+", re.IGNORECASE)

_NOT_A_WRITER = frozenset({"staff", "editors", "editorial", "board", "news", "press", "wire", "wires", "reuters", "ap",
                           "afp", "upi", "associated", "none", "null", "reporter", "reporters", "correspondent",
                           "agency", "desk", "team", "and", "&"})


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
_ISSUED_DOCUMENTS = {"statement", "release", "letter", "email", "memo"}

_ISSUED = re.compile(r"\b(?:released|issued|put out|sent(?: out)?|posted|published|signed|wrote)\s+(?:a|an)\s+"
                     r"(?:[\w-]+\s+){0,3}?(statement|release|letter|email|memo)\b", re.IGNORECASE)


# Role words that describe a person rather than name an office: "the billionaire" is whoever the story has just
# named, with no title needed to match.
_EPITHETS = frozenset({"billionaire", "businessman", "mogul", "frontrunner", "front-runner", "candidate", "nominee",
                       "host", "anchor", "founder"})

MAX_EPITHET_WORDS = 6  # "the 23-time Grand Slam champion"

# A nationality as a noun for someone just named: "Lionel Messi scored twice. “…,” the Argentine said".
_NATIONALITY_NOUNS = frozenset({"argentine", "argentinian", "spaniard", "briton", "frenchman", "frenchwoman",
                                "dutchman", "englishman", "scot", "welshman", "irishman", "serb", "croat", "swede",
                                "dane", "finn", "pole", "norwegian", "portuguese", "belgian", "colombian", "uruguayan",
                                "chilean", "mexican", "japanese", "chinese", "korean", "kenyan", "nigerian"})


# "Rival AMD", "Tesla CEO": a body's letters end no person's name (a numeral does: "Joseph R. Murray II").
_ACRONYM_END = re.compile(r"\s(?!(?:II|III|IV|VI|VII|VIII)$)[A-Z]{2,}$")


def _is_person(person: Person | None) -> bool:
    """Tell whether a registered name reads as a person (a known gender, a role, or a forename and surname)."""
    return person is not None and not person.is_org and not is_place(person.name) and not _described_as_body(
        person.title) and not _ACRONYM_END.search(person.name) and (
        person.gender is not None or person.title is not None or len(person.name.split()) >= 2)


def _described_as_body(title: str | None) -> bool:
    """Tell whether a title in lowercase words names a kind of body ("trade group", "advocacy organization")."""
    if not title or not title[:1].islower():
        return False
    head = re.split(r"\s(?:of|for|at|with|from|in|on|to|who|whose|which|that)\s|,", title, maxsplit=1)[0].split()
    return bool(head) and head[-1].casefold() in BODY_NOUNS  # ("lawyer for the … Association" is a person)


def _strip_article(phrase: str) -> str:
    """Drop a leading article from a phrase ("a spokesman" -> "spokesman")."""
    return re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
