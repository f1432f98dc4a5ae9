"""Who a sentence is about: its subject ("Reid has gone after Trump"), its topic ("As for Trump, he …"), people it
writes as saying or thinking, and people it brings in by name, for attributions and for later pronouns."""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from operator import attrgetter

from ..lexicon import (
    BODY_NOUNS,
    DOCUMENTS,
    MODALS,
    NATIONALITIES,
    NON_NAMES,
    NOT_VERBS,
    OPENING_PREPOSITIONS,
    ORG_WORDS,
    PERSON_NOUNS,
    REPORTING,
    is_place,
    pairs,
    words,
)
from .candidates import (
    _PARTY_TAG,
    INDEFINITES,
    NUMBER,
    Attribution,
    Mention,
    after_time_adjunct,
    subject_after,
    subject_before,
)
from .people import (
    MAX_HEADLINE_NAME_WORDS,
    People,
    described_gender,
    gender_of,
)
from .tokens import Token, token

MAX_SUBJECT_SCAN = 8

MAX_OPENING_PHRASE = 24  # tokens of an opening phrase before the subject ("In a speech on Monday,")
MAX_LONG_OPENING = 48  # tokens of a long opening phrase before a known name

MAX_APPOSITIVE = 20

MAX_OPENING_COMMAS = 3

_ARTICLES = words("articles")

_CAPITALISED_ARTICLES = frozenset(article.capitalize() for article in _ARTICLES)  # "A company spokesperson"

_GENDERED_PRONOUNS = words("gendered_pronouns")

_NAME_LINKS = words("subject_name_links")

_SPOKESPERSON_LINKS = words("spokesperson_links")

_RELATIVES = words("relative_pronouns")

_VIEWPOINT_OPENERS = words("viewpoint_openers")

_APPOSITIVE_BREAKERS = words("appositive_breakers")


def _subject_ending(toks: list[Token], lo: int = 0) -> tuple[Mention, int] | None:
    """The speaker written at the end of `toks`, parsed as if a verb of saying followed ("Jane Doe" of "― Jane
    Doe", "Trump" of "As for Trump"), with its first token's index; None when no speaker ends there."""
    if not toks:
        return None
    return subject_before(toks + [token("said", toks[-1].end, toks[-1].end)], len(toks), lo)


def _index_at(toks: list[Token], offset: int) -> int:
    """The index of the first token that starts at or after `offset` (len(toks) when none does)."""
    return bisect.bisect_left(toks, offset, key=attrgetter("start"))


def _institution(mention: Mention) -> bool:
    """Tell whether a sentence's subject is a named institution a later "it" or "they" may mean ("The United
    Nations Security Council on Friday made a strong condemnation … of what it called “…”")."""
    words = mention.text.casefold().split()
    # (A person's campaign or office is one too: "Donald Trump’s campaign is defending …. It’s denouncing".)
    return mention.kind == "org" and (len(words) >= 3 and words[-1] in _INSTITUTIONS or bool(_BODY_OF.match(
        mention.text)))


_INSTITUTIONS = words("institution_nouns")


def _clause_subject(toks: list[Token], known=None) -> Attribution | None:
    """The named subject of the last clause joined before a quotation ("Jindal signed an order, while Mike
    Huckabee, the former Arkansas governor, proposed we “wake up …”"), or None."""
    for j in range(len(toks) - 2, 0, -1):
        if (toks[j].text in _CLAUSE_JOINS and toks[j - 1].text in {",", ";"} or toks[j].text == "while") and (
                toks[j + 1].text[:1].isupper()):
            joined = _sentence_subject(toks[j + 1:], known)
            if joined is not None and joined.speaker.kind == "name" and not is_place(joined.speaker.text):
                return joined
            return None  # ("…, and New York has several key ones": a place is no speaker)
    return None


MAX_DATELINE_TOKENS = 12  # "KYIV, Ukraine (AP) —", "TAMPA, Fla. —"


def _after_dateline(toks: list[Token]) -> int:
    """Index past a dateline opening an article's first sentence ("SAN FRANCISCO —", "KYIV, Ukraine (AP) —",
    "PHILADELPHIA, July 25 (UPI) —"), else 0: a place in capitals, its region or the date, the agency, a dash."""
    for d in range(1, min(len(toks), MAX_DATELINE_TOKENS)):
        if toks[d].text in {"—", "–", "--"}:
            words = [t.text for t in toks[:d] if t.text[:1].isalpha()]
            if words and words[0].isupper() and len(words[0]) > 1 and all(w[:1].isupper() for w in words):
                return d + 1
            return 0
        if not (toks[d].text[:1].isupper() or toks[d].text.isdigit() or toks[d].text in {",", ".", "(", ")"}):
            return 0
    return 0


def _after_clock_time(toks: list[Token]) -> int:
    """Index past the clock time a live report opens an entry with ("13.08", "1.08pm:", "10:45 a.m. —") when a
    capital follows it, else 0."""
    k = 1 if toks and _CLOCK_TIME.match(toks[0].text) else 0
    if k == 0 and len(toks) > 2 and toks[1].text == ":" and toks[0].text.isdigit() and toks[2].text.isdigit():
        k = 3  # "10:45", read as three tokens
    if k and k < len(toks) and toks[k].folded in _CLOCK_SUFFIXES:
        k += 1
    if k and k < len(toks) and toks[k].text in {":", "—", "–", "-"}:
        k += 1
    return k if k and k < len(toks) and toks[k].is_cap else 0


_CLOCK_TIME = re.compile(r"\d{1,2}[.:]\d{2}(?:[ap]m)?$", re.IGNORECASE)
_CLOCK_SUFFIXES = words("clock_suffixes")


def _sentence_subject(toks: list[Token], known=None, groups: bool = True) -> Attribution | None:
    """The person a sentence is about when it opens with one ("Reid has gone after Trump as a “con artist”").

    `known` tells whether a one-word name is a name at all: a capital at the start of a sentence proves
    nothing ("Flying home, she vented"), so such a word counts only when the article names it elsewhere.
    A group of people opening the sentence counts too ("Critics went further.", "Protesters marching through
    the streets chanted “What curfew?”"), unless `groups` is False: before a colon such a subject speaks for
    no quotation ("Economists have coined a term for the tour's impact: “Swiftonomics.”").
    """
    if toks and toks[0].text in {"(", "["}:
        toks = toks[1:]  # "(A company spokesperson declined …: “…”)": a sentence set in parentheses
    toks = toks[_after_dateline(toks):]  # "SAN FRANCISCO — OpenAI on Monday released …"
    toks = toks[_after_clock_time(toks):]  # "13.08 Tony Fernandes, the Air Asia chief, has been speaking"
    viewpoint = _viewpoint_holder(toks, known)
    if viewpoint is not None:
        return viewpoint
    # Step over an opening phrase such as "In July," or "Flying home one night in the corporate jet,", or two
    # ("On Thursday, after remaining neutral, Warren endorsed").
    # (Not at a party tag: "Sen. Trent Lott, R-Miss., the majority leader, dismissed" is Lott's sentence.)
    offsets = [k + 1 for k in range(min(len(toks), MAX_OPENING_PHRASE)) if toks[k].text == "," and not (
        k + 1 < len(toks) and _PARTY_TAG.fullmatch(toks[k + 1].text))][:MAX_OPENING_COMMAS]
    for offset in offsets[::-1] + [0]:  # the subject follows the last comma of the opening phrase
        found = _subject_from(toks, offset, known, groups)
        if found is not None and offset and _reporting_aside(toks, found):
            # ("Shays was pro Kasich while the governor ran, he said": the clause before the comma has a subject
            # of its own, whom the "he said" set off after it reports.)
            return _subject_from(toks, 0, known, groups) or found
        if found is not None and offset and _owner(found):
            # ("Corey Lewandowski, Donald Trump’s fired campaign manager, ripped": an owner after the comma opens
            # the appositive of the name before it.)
            opening = _subject_from(toks, 0, known, groups)
            return opening if opening is not None and opening.speaker.kind == "name" else found
        if found is not None:
            return found
    return _after_long_opening(toks, known, groups)


def _after_long_opening(toks: list[Token], known, groups: bool) -> Attribution | None:
    """A name the article knows after a long opening phrase ("So, with just a few days to go before the first
    caucuses in Iowa, and a few more before the primary in New Hampshire, Christie quit"): the subject after the
    first comma past MAX_OPENING_PHRASE that a capital follows, and only a name, since a longer reach finds the
    subjects of other clauses too."""
    if known is None:
        return None
    for k in range(MAX_OPENING_PHRASE, min(len(toks), MAX_LONG_OPENING)):
        # (Only a comma a capitalised word follows can open the name: the others are not read.)
        found = _subject_from(toks, k + 1, known, groups) if toks[k].text == "," and (
            k + 1 < len(toks) and toks[k + 1].is_cap) else None
        if found is not None:
            return found if found.speaker.kind == "name" and known(found.speaker) else None
    return None


def _reporting_aside(toks: list[Token], found: Attribution) -> bool:
    """Tell whether a subject found after a comma is a pronoun with a verb of saying ("…, he said")."""
    k = _index_at(toks, found.cue_start)
    return found.speaker.kind == "pronoun" and k < len(toks) and toks[k].folded in REPORTING


def _owner(found: Attribution) -> bool:
    """Tell whether a subject found after a comma is a name ending in a possessive ("Donald Trump’s")."""
    return found.speaker.kind == "name" and bool(_OWNER_END.search(found.speaker.text))


_OWNER_END = re.compile(r"\w['’]s$")


def _subject_from(toks: list[Token], offset: int, known, groups: bool) -> Attribution | None:
    """The subject of a clause starting at `toks[offset]`, read as for _sentence_subject, else None."""
    opened = _opening_start(toks, offset)
    if opened is None:
        return None
    offset = k = opened
    if k < len(toks) and toks[k].text.casefold() in _SUBJECT_PRONOUNS:
        k += 1  # "Flying home one night, she vented"
    group = _group_subject(toks, k) if groups else None
    if group is not None:
        return group
    described = _after_described_name(toks, k)
    if described is not None:
        k = described  # "The opposing manager, Peter Kovac, was less happy"
    body = _pronoun_body(toks, k)
    if body is not None:
        return body
    k = _after_role(toks, offset, _name_end(toks, offset, k))
    k, aged = _after_indefinite_person(toks, offset, k)
    k = _verb_after(toks, offset, k)
    # ("Whit Ayres -- author of a report -- is skeptical": the subject ends at the aside, the verb follows it.)
    verb = _after_dashed_aside(toks, k) if offset < k < len(toks) else k
    if k == offset or verb >= len(toks) or not toks[verb].text[:1].isalpha() or toks[verb].text in NOT_VERBS:
        return None  # "in Herndon, Virginia on Monday": a place and a preposition, no subject and verb
    parsed = _subject_at(toks, offset, k, aged, described)
    accepted = _accepted_subject(toks, k, parsed, known) if parsed is not None else None
    if accepted is None:
        return None
    mention, k = accepted
    return Attribution("", toks[k].start, mention, toks[offset].start, toks[k - 1].end)


def _opening_start(toks: list[Token], offset: int) -> int | None:
    """Where a clause's subject may start: past a connective opening the sentence ("And she is sure that …", "But
    Trump said", "And even Obama tried to help"); None for a prepositional phrase ("With Democratic leaders worried
    …, Obama is": a phrase, not the subject)."""
    if offset != 0 or not toks:
        return offset
    timed = after_time_adjunct(toks, 0)
    if 0 < timed < len(toks) and (toks[timed].is_cap or toks[timed].folded in _SUBJECT_PRONOUNS):
        return timed  # "Last night Tanaiste Leo Varadkar made a strong claim": a time with no comma after it
    if toks[0].text in OPENING_PREPOSITIONS:
        return None
    if toks[0].text.casefold() in _CONNECTIVES:
        if len(toks) > 2 and toks[1].text in _FOCUS_WORDS:
            return 2  # the focus word is no part of the subject
        if len(toks) > 1 and (toks[1].text.casefold() in _SUBJECT_PRONOUNS or toks[1].text[:1].isupper()):
            return 1
    return 0


def _group_subject(toks: list[Token], k: int) -> Attribution | None:
    """A group a later "they" may mean, opening a clause: "Critics went further.", "Several senators were
    furious."."""
    group = k + (k + 1 < len(toks) and toks[k].text.casefold() in _GROUP_QUANTIFIERS)
    if group < len(toks) and toks[group].text.casefold() in _GROUP_NOUNS and not (
            toks[group].text.isupper()) and (group == k or toks[group].text.islower()):
        words = " ".join(t.text for t in toks[k:group + 1])
        return Attribution("", toks[group].end, Mention("nominal", words, None, toks[k].start, toks[group].end),
                           toks[k].start, toks[group].end)
    return None


def _pronoun_body(toks: list[Token], k: int) -> Attribution | None:
    """The office of whoever a pronoun means, opening a clause: "Her office later released a statement:"."""
    if k + 2 < len(toks) and toks[k].text.casefold() in _PRONOUN_OF and _BODY_OF.match(
            f"{toks[k].text} {toks[k + 1].text}"):
        body = Mention("nominal", f"{toks[k].text} {toks[k + 1].text}", None, toks[k].start, toks[k + 1].end)
        return Attribution("", toks[k + 2].start, body, toks[k].start, toks[k + 1].end)
    return None


def _name_end(toks: list[Token], offset: int, k: int) -> int:
    """Index past the capitalised words (with titles, "of", possessives) of a name starting a clause at `k`."""
    if k == offset > 0 and k + 1 < len(toks) and toks[k].text == "the" and toks[k + 1].is_cap and _adjunct_opens(toks):
        # ("In March, the Illinois Board of Elections was conclusive": a body's article after an opening phrase;
        # not "In 2009, the IMF's economists found", an owner, nor "the Stanford graduate ended", a description.)
        end = _name_end(toks, offset, k + 1)
        body = any(t.folded in ORG_WORDS or len(t.text) > 1 and t.text.isupper() for t in toks[k + 1:end])
        owner = _POSSESSIVE_WORD.search(toks[end - 1].text) or toks[end - 1].text in {"’s", "'s"}
        return end if body and not owner else k
    while k < len(toks) and k - offset < MAX_SUBJECT_SCAN and (toks[k].text[:1].isupper() or toks[k].text in {
            ".", "’s", "'s"} or toks[k].text.casefold() in _NAME_LINKS or toks[k].text[:1].isdigit()
            # "Fox News’ Bret Baier noticed": the mark of a plural owner between two names
            or (toks[k].text in {"’", "'"} and k > offset and toks[k - 1].text.endswith("s") and (
                k + 1 < len(toks) and toks[k + 1].is_cap))
            or (k > offset and (toks[k].is_title or toks[k].text in ORG_WORDS)) or (
                # "Moving on to tobacco, the president called on": a role's article after an opening phrase, as
                # "The president" opens a sentence
                k == offset > 0 and toks[k].text == "the" and k + 1 < len(toks) and toks[k + 1].is_title and (
                    toks[k + 1].text.islower()) and _adjunct_opens(toks)) or (
                # "In a statement, presidential nominee Hillary Clinton was": a role opening the clause
                k == offset > 0 and toks[k].is_title and toks[k].text.islower() and next(
                    (t for t in toks[k + 1:k + 4] if not (t.is_title and t.text.islower())), toks[k]).is_cap) or (
                # "Trump and Ryan issued a statement": two people the sentence is about together
                toks[k].text == "and" and k > offset and k + 1 < len(toks) and toks[k + 1].is_cap)):
        k += 1
    return k


def _adjunct_opens(toks: list[Token]) -> bool:
    """Tell whether the sentence opens with a phrase of when, where or how, not a name a comma's phrase describes
    ("In March, the Board …", "Addressing the magnate, the Board …"; not "The latest is Rep. Joe Wilson, the
    congressman who …")."""
    first = toks[0].text
    return first in OPENING_PREPOSITIONS or first.casefold() in _ADJUNCT_OPENERS or (
        first.endswith("ing") and first[:1].isupper())


_ADJUNCT_OPENERS = words("adjunct_openers")


def _after_role(toks: list[Token], offset: int, k: int) -> int:
    """Index past a spokesperson's role after an article, and the body they speak for ("A company spokesperson
    declined …", "A U.S. State Department spokesperson welcomed", "A spokesman for Platte River declined …")."""
    if k == offset + 1 and toks[offset].text in _CAPITALISED_ARTICLES:
        role = next((j for j in range(k, min(len(toks), k + 3)) if toks[j].is_title and toks[j].text.islower()
                     and _SPOKESPERSON.match(" ".join(t.text for t in toks[offset:j + 1]))), None)
        k = role + 1 if role is not None else k
    elif k > offset + 1 and toks[offset].text in _CAPITALISED_ARTICLES and k < len(toks) and (
            toks[k].text.islower() and _SPOKESPERSON.match(" ".join(t.text for t in toks[offset:k + 1]))):
        k += 1
    if k + 1 < len(toks) and toks[k].text in _SPOKESPERSON_LINKS and _SPOKESPERSON.match(
            " ".join(t.text for t in toks[offset:k])):
        k += 1 + (toks[k + 1].text.casefold() == "the")
        while k < len(toks) and toks[k].is_cap:
            k += 1
    return k


def _after_indefinite_person(toks: list[Token], offset: int, k: int) -> tuple[int, Mention | None]:
    """Index past one person a sentence brings in ("At a board meeting, a father of three stood up"), also after an
    age or a place ("A 29-year-old Berlin woman, meanwhile, received probation"), with the person as written when
    an age comes first (the subject parser reads an age as no word of a phrase)."""
    if not (offset < len(toks) and toks[offset].text.casefold() in INDEFINITES and (k <= offset + 1 or all(
            t.text[:1].isalnum() for t in toks[offset + 1:k]))):
        return k, None
    noun = next((j for j in range(offset + 1, min(len(toks), offset + 4)) if toks[j].text in PERSON_NOUNS
                 and described_gender(" ".join(t.text for t in toks[offset:j + 1]))), None)
    if noun is None or noun + 1 < k:
        return k, None
    k = noun + 1
    if k + 1 < len(toks) and toks[k].text == "of" and toks[k + 1].text[:1].isalnum():
        k += 2  # "a father of three"
    if any(t.text[:1].isdigit() for t in toks[offset + 1:noun]):
        return k, Mention("nominal", " ".join(t.text for t in toks[offset:k]), None, toks[offset].start,
                          toks[k - 1].end)
    return k, None


def _verb_after(toks: list[Token], offset: int, k: int) -> int:
    """Index of the verb after a subject ending at `k`, past a parenthesis ("Sen. Bernie Sanders (I-Vt.) on Saturday
    criticized"), a time ("on Monday unveiled") and an appositive ("Fiorina, 61, declined", "Hill, a doctor, has
    said")."""
    if k < len(toks) and k > offset and toks[k].text == "(":
        k = _after_parenthesis(toks, k)
    if k > offset:
        k = after_time_adjunct(toks, k)
    if k < len(toks) and k > offset and toks[k].text == ",":
        k = _after_appositive(toks, k)
    return k


MAX_DASHED_ASIDE = 40  # tokens of "-- author of 2016 and Beyond, which … --" between a subject and its verb


def _after_dashed_aside(toks: list[Token], k: int) -> int:
    """Index past an aside set off by two dashes after a subject ("Republican pollster Whit Ayres -- author of a
    report, which urged … -- is skeptical"), else k."""
    dash = _dash_at(toks, k)
    if not dash:
        return k
    for j in range(k + dash, min(len(toks), k + MAX_DASHED_ASIDE)):
        if toks[j].is_sentence_end:
            return k
        closing = _dash_at(toks, j)
        if closing:
            return j + closing
    return k


def _dash_at(toks: list[Token], k: int) -> int:
    """How many tokens the dash at toks[k] takes ("—" one, "--" two), 0 when there is none."""
    if toks[k].text in {"—", "–"}:
        return 1
    return 2 if toks[k].text == "-" and k + 1 < len(toks) and toks[k + 1].text == "-" else 0


def _subject_at(toks: list[Token], offset: int, k: int, aged: Mention | None,
                described: int | None) -> tuple[Mention, int] | None:
    """The subject before the verb at `toks[k]` when it starts the clause at `offset` and may speak, with its
    first token's index, else None."""
    parsed = (aged, offset) if aged is not None else subject_before(toks, k, offset)
    # (After "Rovers' goalkeeper," the name's description starts past the plural possessive's mark.)
    owner_mark = described is not None and offset + 2 < len(toks) and toks[offset + 1].text in {"'", "’"}
    # ("Fox News’ Bret Baier noticed": a name after a plural owner's mark, the owner its title.)
    owner = _plural_owner_end(toks, offset) if parsed and parsed[1] != offset else None
    if owner is not None and parsed is not None and parsed[1] == owner + 1 and parsed[0].kind == "name" and (
            not parsed[0].title):
        title = " ".join(t.text for t in toks[offset:owner]) + toks[owner].text
        parsed = (replace(parsed[0], title=title), offset)
    if not parsed or (parsed[1] != offset and not (owner_mark and parsed[1] == offset + 2)) or (
            parsed[0].kind not in {"name", "pronoun", "org", "nominal", "joint"}):
        return None
    if parsed[0].kind == "nominal" and not (_DEFINITE_ROLE.match(parsed[0].text) or _INDEFINITE_PERSON.match(
            parsed[0].text) and described_gender(parsed[0].text) or _BODY_OF.match(
            parsed[0].text) or _SPOKESPERSON.match(parsed[0].text) or _company_noun(parsed[0].text)):
        return None
    return parsed


def _accepted_subject(toks: list[Token], k: int, parsed: tuple[Mention, int], known) -> tuple[Mention, int] | None:
    """The subject as the sentence's speaker, with the index of its verb, or None when it is no one who speaks."""
    mention = parsed[0]
    head, of, owner = mention.text.partition(" of ")
    if known is not None and mention.kind == "name" and of and " " not in head and not mention.title and not (
            known(Mention("name", head, None, mention.start, mention.start + len(head)))):
        # "Footage of Al-Awlaki again appears": a common noun opening the sentence, and the person after
        # "of" is who the sentence is about ("Ryan of Wisconsin" is a name the article uses elsewhere).
        mention = Mention("name", owner, None, mention.end - len(owner), mention.end)
    if mention.kind == "name" and " " not in mention.text and k < len(toks) and toks[k].text.islower() and (
            toks[k].text in _GROUP_NOUNS) and k == parsed[1] + 1:
        # "Consumer groups went further. They called …": the people a capitalised word describes.
        mention = Mention("nominal", f"{mention.text} {toks[k].text}", None, mention.start, toks[k].end)
        k += 1
        if k >= len(toks) or toks[k].text in NOT_VERBS:
            return None
    if mention.kind == "name" and mention.text.casefold() in NATIONALITIES and k < len(toks) and toks[k].text.islower():
        return None  # ("and Israeli ground forces are “the best”": a people's adjective before its noun)
    if known is not None and mention.kind != "pronoun" and not known(mention) and not (
            mention.kind == "name" and _relative_clause_after(toks, mention.end)):
        return None  # ("Spotify, which filed the complaint, welcomed …": a which- or who-clause shows a name)
    if mention.kind == "name" and _POSSESSIVE_THEN_LOWER.search(mention.text):
        return None  # "Most of Delaware’s top Democratic brass had endorsed": a group of people, not a name
    return mention, k


def _plural_owner_end(toks: list[Token], offset: int) -> int | None:
    """Index of the bare possessive mark after a capitalised plural owner opening a clause ("Fox News’"), or None."""
    k = offset
    while k < len(toks) and k - offset < MAX_SUBJECT_SCAN and toks[k].is_cap:
        k += 1
    return k if k > offset and k < len(toks) and toks[k].text in {"’", "'"} and toks[k - 1].text.endswith("s") else None


# Plural nouns for groups of people who may speak together: "Consumer groups …. They called …".
_GROUP_NOUNS = words("group_nouns")
_STATES = words("state_abbreviations")

_GROUP_QUANTIFIERS = words("group_quantifiers")


def _name_then_relative_clause(toks: list[Token], known) -> Attribution | None:
    """The name a sentence opens with when a who-clause follows it, however long the clause ("Jody Gelner, who has
    been working at UPS for 35 years and became a member of TDU around two years ago, serves on the board"): whom
    the sentence is about, though its verb lies past the tokens read."""
    k = 0
    while k < len(toks) and toks[k].is_cap and not toks[k].is_title:
        k += 1
    if not 2 <= k <= MAX_SUBJECT_SCAN or k + 1 >= len(toks) or toks[k].text != "," or toks[k + 1].folded != "who":
        return None
    mention = Mention("name", " ".join(t.text for t in toks[:k]), None, toks[0].start, toks[k - 1].end)
    if known is not None and not known(mention):
        return None
    return Attribution("", toks[k].start, mention, toks[0].start, toks[k - 1].end)


def _relative_clause_after(toks: list[Token], end: int) -> bool:
    """Tell whether a comma and "who" or "which" follow a mention ending at `end`."""
    k = _index_at(toks, end)
    return k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].text in _RELATIVES


def _capitalised_description(text: str) -> bool:
    """Tell whether a description of one person carries capitalised words of its own ("The former New Mexico
    governor"): someone the story has named, whom a later he or she continues."""
    return described_gender(text) is not None and any(w[:1].isupper() for w in text.split()[1:])


def _notable_description(mention: Mention, people: People) -> bool:
    """Tell whether an unnamed sentence subject is one a later pronoun may continue: a body ("Trump's campaign"),
    a spokesperson, one person brought in ("a father of three") or a role the article has given a name."""
    text = mention.text
    return bool(_BODY_OF.match(text) or _SPOKESPERSON.match(text) or _INDEFINITE_PERSON.match(text)) or (
        _body_noun(text) in _BODY_OR_ORG_NOUNS) or (
        text.split()[-1].casefold() in _GROUP_NOUNS) or (
        people.described(text, mention.start) is not None)


_AUTHORING = words("authoring_verbs")


def _document_author(toks: list[Token]) -> Attribution | None:
    """The author a sentence gives a document it quotes from: "a fundraising email sent out by Sanders on
    Tuesday night warned of the tough fight ahead: “…”"."""
    for k in range(1, min(len(toks) - 2, MAX_OPENING_PHRASE)):
        if toks[k].text in _AUTHORING and toks[k - 1].text.casefold() in DOCUMENTS:
            by = k + 1 + (toks[k + 1].text == "out")
            if by + 1 < len(toks) and toks[by].text == "by" and toks[by + 1].is_cap:
                end = by + 1
                while end < len(toks) and end - by <= 4 and toks[end].is_cap:
                    end += 1
                name = " ".join(t.text for t in toks[by + 1:end])
                mention = Mention("name", name, None, toks[by + 1].start, toks[end - 1].end)
                return Attribution("", toks[k].start, mention, toks[by + 1].start, toks[end - 1].end)
    return None


def _viewpoint_holder(toks: list[Token], known=None) -> Attribution | None:
    """The person whose view a sentence gives when it opens "To Florida consultant Wilson, the party line is"."""
    if len(toks) < 4 or toks[0].text not in _VIEWPOINT_OPENERS:
        return None
    comma = next((j for j in range(2, min(len(toks), 2 + MAX_SUBJECT_SCAN)) if toks[j].text == ","), None)
    if comma is None or not toks[comma - 1].is_cap or not all(
            t.is_cap or t.is_title or t.text.isalpha() and t.text.islower() for t in toks[1:comma]):
        return None
    parsed = subject_before(toks, comma, 1)
    if not parsed or parsed[0].kind != "name" or (known is not None and not known(parsed[0])):
        return None
    # ("To Montclair State University political science professor Brigid Harrison,": a role before the name.)
    if parsed[1] != 1 and not (parsed[0].title and toks[parsed[1] - 1].is_title or any(
            t.is_title for t in toks[1:parsed[1]])):
        return None
    return Attribution("", toks[comma].start, parsed[0], toks[1].start, toks[comma - 1].end)


_DESCRIPTION_OPENERS = words("described_name_openers")


def _after_described_name(toks: list[Token], at: int) -> int | None:
    """Index of the verb after "The opposing manager, Peter Kovac," opening a sentence at `at`, else None."""
    if at < len(toks) and toks[at].is_cap and (_POSSESSIVE_WORD.search(toks[at].text) or (
            at + 1 < len(toks) and toks[at + 1].text in {"'", "’"})):
        at += 1 if _POSSESSIVE_WORD.search(toks[at].text) else 2  # "Rovers' goalkeeper, James Belshaw, made"
        # (A role word may come second: "Stein’s running mate, Ajamu Baraka, joined".)
        if at >= len(toks) or not any(t.is_title or t.text in PERSON_NOUNS for t in toks[at:at + 2]):
            return None
        at -= 1
    elif at >= len(toks) or toks[at].text not in _DESCRIPTION_OPENERS:
        return None
    comma = next((j for j in range(at + 1, min(len(toks), at + 1 + MAX_SUBJECT_SCAN)) if toks[j].text == ","), None)
    if comma is None or comma == at + 1 or not all(t.text[:1].isalnum() for t in toks[at + 1:comma]):
        return None
    end = comma + 1
    while end < len(toks) and end - comma <= 4 and (toks[end].text[:1].isupper() or toks[end].text == "." or (
            toks[end].is_title)):  # "The law’s sponsor, state Rep. Shelby Slawson, said"
        end += 1
    if end == comma + 1 or end >= len(toks) - 1 or toks[end].text != "," or not toks[end + 1].text.islower():
        return None
    return end + 1


def _after_parenthesis(toks: list[Token], opening: int) -> int:
    """Index just after the parenthesis opening at `opening` ("(R-Tenn.)"), or `opening` when it does not close."""
    for j in range(opening + 1, min(len(toks), opening + 10)):
        if toks[j].text == ")":
            return j + 1
    return opening


# "The former secretary of state talked": a definite description of someone by their role.
_DEFINITE_ROLE = re.compile(r"^the\s+(?:[\w.’'-]+\s+){0,3}(?:senator|governor|congressman|congresswoman|president|"
                            r"secretary|nominee|candidate|mayor|minister|ambassador|chairman|chairwoman|speaker|"
                            r"front-?runner|billionaire|businessman|mogul|host|judge|leader)(?:['’]s)?(?:\s+of\s+\w+)?$",
                            re.I)

# "A company spokesperson declined to give a figure:": someone who speaks for a body by trade.
_INDEFINITE_PERSON = re.compile(r"^(?:%s)\s" % "|".join(INDEFINITES), re.I)  # "a father of three", "one woman"

_SPOKESPERSON = re.compile(r"^(?:a|an|the)\s+(?:[\w.’'-]+\s+){0,3}(?:spokesperson|spokesman|spokeswoman|"
                           r"representative|aide|official)$", re.I)

_SUBJECT_PRONOUNS = words("subject_pronouns")

_FOCUS_WORDS = words("focus_words")

# Nouns for a business that a sentence uses for the one it last named ("The company said").
_COMPANY_NOUNS = words("company_nouns")

_POSSESSIVE_THEN_LOWER = re.compile(r"\w['’]s\s+[a-z]")  # "Delaware’s top Democratic brass"


def _topic(toks: list[Token]) -> Attribution | None:
    """The person a sentence sets out as its topic ("As for Trump, he said he's not worried"), whom its he or
    she means, else None."""
    if len(toks) < 5 or toks[0].text != "As" or toks[1].text != "for" or not toks[2].is_cap:
        return None
    comma = next((k for k in range(3, min(len(toks), 3 + MAX_SUBJECT_SCAN)) if toks[k].text == ","), None)
    if comma is None or comma + 1 >= len(toks) or toks[comma + 1].text.casefold() not in _GENDERED_PRONOUNS:
        return None
    parsed = _subject_ending(toks[:comma], 2)
    if parsed is None or parsed[0].kind != "name" or parsed[1] != 2:
        return None
    return Attribution("", toks[comma].start, parsed[0], toks[2].start, toks[comma - 1].end)


def _with_clause_subject(toks: list[Token], at: int) -> Attribution | None:
    """The person a "with" clause is about ("…, with Hillary Clinton — who has called for tax hikes — lambasting
    Trump's plan"): a name after "with", then, past a remark between dashes, a participle."""
    end = at + 1
    while end < len(toks) and end - at <= MAX_SUBJECT_SCAN and (toks[end].is_cap or toks[end].text == "."):
        end += 1
    after = end
    if after < len(toks) and toks[after].text in {"—", "–", "--"}:
        after = next((d + 1 for d in range(after + 1, min(len(toks), after + MAX_APPOSITIVE))
                      if toks[d].text == toks[end].text), len(toks))
    if after >= len(toks) or not (toks[after].text.endswith("ing") and toks[after].text.islower()):
        return None
    parsed = _subject_ending(toks[:end], at + 1)
    if parsed is None or parsed[0].kind != "name":
        return None
    return Attribution("", toks[after].start, parsed[0], toks[parsed[1]].start, toks[after].end)


_CLAUSE_JOINS = words("comma_clause_joins")

# Words that join a sentence to the one before without naming anyone ("And she …", "Then, “…”").
_CONNECTIVES = words("connectives")

# "Donald Trump’s campaign is defending …": a named person's campaign, office or team, for a later "it" or "they".
_BODY_OF = re.compile(r"^(?:(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:campaign|office|"
                      r"team|administration|government|foundation|camp|staff|aides|lawyers|attorneys|spokesman|"
                      r"spokeswoman|spokesperson|lawyer|attorney|representatives?)$")

_PRONOUN_OF = dict(pairs("possessive_pronouns"))

_VERB_OPENERS = MODALS | words("auxiliary_verbs")


def _after_appositive(toks: list[Token], comma: int) -> int:
    """Index of the verb after "Name, appositive," (or `comma` itself when no such verb follows)."""
    if comma + 1 < len(toks) and toks[comma + 1].text.casefold() in _VERB_OPENERS:
        return comma  # "Our Revolution, will help recruit, train and fund": a predicate, not an appositive
    for j in range(comma + 1, min(len(toks), comma + MAX_APPOSITIVE)):
        if toks[j].text in {".", ";", ":", "“", "”", '"', "(", ")"}:
            return comma
        if toks[j].text == "," and _state_after_place(toks, j):
            continue  # "a Sanders supporter from Hemet, California, is": the state is part of the place
        if toks[j].text == ",":
            follow = toks[j + 1].text if j + 1 < len(toks) else ""
            if follow[:1].islower() and follow[:1].isalpha() and follow not in _APPOSITIVE_BREAKERS:
                return j + 1
            return comma
    return comma


def _state_after_place(toks: list[Token], comma: int) -> bool:
    """Tell whether the comma at `comma` stands between a place and its state or country ("Hemet, California,",
    "Huntsville, Ala.,"), which the next comma closes."""
    return comma + 2 < len(toks) and toks[comma + 2].text == "," and toks[comma - 1].is_cap and (
        is_place(toks[comma + 1].text) or toks[comma + 1].text.rstrip(".") in _STATES)


MAX_COMPANY_DESCRIPTION = 5  # "the South Korean tech giant"


def _company_noun(phrase: str) -> str | None:
    """The noun of a longer definite description of a business or another body ("the South Korean company" ->
    "company", "the Geneva-based agency" -> "agency"), else None."""
    words = phrase.split()
    if 3 <= len(words) <= MAX_COMPANY_DESCRIPTION and words[0].casefold() == "the" and (
            words[-1] in _COMPANY_NOUNS or words[-1] in _GENERIC_BODY_NOUNS):
        return words[-1]
    return None


# Nouns a story uses for a body it has named otherwise ("the agency" for the World Health Organization).
_GENERIC_BODY_NOUNS = words("generic_body_nouns")


def _body_noun(phrase: str) -> str | None:
    """The noun of a definite description of a body ("the agency", "the South Korean company"), else None."""
    return _the_noun(phrase) or _company_noun(phrase)


def _the_noun(phrase: str) -> str | None:
    """The noun of a two-word definite description ("the agency" -> "agency"), else None."""
    words = phrase.casefold().split()
    return words[1] if len(words) == 2 and words[0] == "the" else None


_POSSESSIVE_WORD = re.compile(r"\w['’]s?$")

MAX_REPORT_REACH = 24  # tokens before a verb of thinking read for its subject ("Khizr Khan, whose son, …, responded")


def _reports(toks: list[Token]) -> list[Attribution]:
    """People written as the subject of a verb of saying, thinking or judging, for later pronouns."""
    found = []
    for k in [k for k in range(1, len(toks)) if toks[k].text in REPORTING]:
        if _POSSESSIVE_WORD.search(toks[k - 1].text) or NUMBER.fullmatch(
                toks[k - 1].text):
            continue  # "Trump’s continued appeal", "28 points": after a possessive or a number the word is a noun
        parsed = subject_before(toks, k, max(0, k - MAX_REPORT_REACH))
        if parsed and parsed[0].kind in {"name"} and not (
                parsed[1] > 0 and toks[parsed[1] - 1].text.casefold() in _NOUN_DETERMINERS):
            found.append(Attribution(toks[k].text, toks[k].start, parsed[0], toks[parsed[1]].start, toks[k].end))
    return found


_NAMING = words("naming_verbs")

_COPULAS = words("copulas")

_INTRODUCING = _NAMING | _COPULAS
_INTRODUCING_WORDS = _INTRODUCING | {"from", ","}

_MESSAGES = words("message_nouns")


def _introduced_by_name(toks: list[Token]) -> list[Attribution]:
    """People a sentence introduces by name for later pronouns: "a 52-year-old resident named Caroline",
    "Among the protesters was Jean-Luc Tremblay, a retired teacher", "a message from Wendy Sherman", "… concerns
    Henry Crespo, president of the Caucus."."""
    found = []
    for k in [k for k in range(1, len(toks) - 1) if toks[k].text in _INTRODUCING_WORDS]:
        word = toks[k].text
        if word == "from":
            if toks[k - 1].text.casefold() in _MESSAGES:
                # "McDonough was responding to a message from Undersecretary … Wendy Sherman, reporting that ….
                # “…,” she wrote": the author of a message is who a later pronoun may mean.
                author = subject_after(toks, k, len(toks))
                if author is not None and author.kind == "name":
                    found.append(Attribution("from", toks[k].start, author, author.start, author.end))
            continue
        if word == ",":
            introduced = _introduced_before_role(toks, k)
            if introduced is not None:
                found.append(introduced)
            continue
        if not toks[k + 1].is_cap or toks[k + 1].text in NON_NAMES:
            continue
        if word in _COPULAS and toks[k + 1].text not in _ARTICLES:
            titled = _titled_person_presented(toks, k)
            if titled is not None:
                found.append(titled)
                continue
        end = k + 1
        while end + 1 < len(toks) and end - k < 3 and toks[end + 1].is_cap:
            end += 1
        named = word in _NAMING and described_gender(toks[k - 1].text) is not None
        presented = word in _COPULAS and end > k + 1 and end + 2 < len(toks) and (
            toks[end + 1].text == ",") and toks[end + 2].text in _ARTICLES
        # "it was Katie Boulter who got the ball rolling": the one a cleft sentence is about.
        cleft = word in _COPULAS and toks[k - 1].folded == "it" and end + 1 < len(toks) and (
            toks[end + 1].folded == "who")
        if not (named or presented or cleft):
            continue
        name = " ".join(t.text for t in toks[k + 1:end + 1])
        mention = Mention("name", name, None, toks[k + 1].start, toks[end].end)
        found.append(Attribution(word, toks[k].start, mention, toks[k + 1].start, toks[end].end))
    return found


def _titled_person_presented(toks: list[Token], k: int) -> Attribution | None:
    """A person with a role and a full name after "was" or "is" ("The first witness at the trial was Hawks head
    Major-Gen Gopaul Govender, who …"), whom a later "he" or "she" may mean; else None."""
    person = subject_after(toks, k, len(toks))
    if person is None or person.kind != "name" or not person.title or len(person.text.split()) < 2:
        return None
    return Attribution(toks[k].text, toks[k].start, person, person.start, person.end)


_BEFORE_PLACE_OR_BODY = words("place_or_body_leads")


def _introduced_before_role(toks: list[Token], comma: int) -> Attribution | None:
    """Someone brought in with a full name and their role, ending the sentence, who is about to speak ("… something
    that concerns Henry Crespo, president of the Florida Democratic Black Caucus. “…,” he said"), else None."""
    if comma < 3 or not (toks[comma - 1].is_cap and toks[comma - 2].is_cap) or not (
            _ends_sentence_as_appositive(toks, comma)):
        return None
    first = comma - 2
    while first > 0 and comma - first < 4 and toks[first - 1].is_cap:
        first -= 1
    if first == 0 or not toks[first - 1].text[:1].islower() or toks[first].text in NON_NAMES or (
            toks[first - 1].text in _BEFORE_PLACE_OR_BODY) or toks[comma - 1].text.casefold() in ORG_WORDS:
        return None  # (not "a fellow at the Cato Institute, a libertarian policy group.": a body or a place)
    name = " ".join(t.text for t in toks[first:comma])
    mention = Mention("name", name, None, toks[first].start, toks[comma - 1].end)
    return Attribution(",", toks[comma].start, mention, toks[first].start, toks[comma - 1].end)


def _ends_sentence_as_appositive(toks: list[Token], comma: int) -> bool:
    """Tell whether a comma opens a role that ends the sentence (", president of the Caucus.", ", a nurse.")."""
    if comma + 2 >= len(toks) or not (toks[comma + 1].text in _ARTICLES or toks[comma + 1].is_title and (
            toks[comma + 1].text.islower())):
        return False
    for j in range(comma + 2, min(len(toks), comma + MAX_APPOSITIVE)):
        if toks[j].text == ".":
            return j + 1 == len(toks) or toks[j + 1].is_cap or toks[j + 1].text in {"“", '"'}
        if toks[j].text in {",", ";", ":", "(", "“", '"', "—"}:
            return False
    return False


# Words before a capitalised modifier that make "Republican claims" a noun phrase, not "Republican" claiming.
_NOUN_DETERMINERS = words("noun_determiners")

_TITLE_CASE_WORD = re.compile(r"[A-Za-z][a-z’']{3,}")

HEADLINE_CAPITALS = 0.9  # share of capitalised longer words that makes an opening line a headline


def _is_headline(line: str) -> bool:
    """Tell whether a paragraph is a title-case headline ("Woman Reveals Stunning Thing Trump Did To Her")."""
    words = _TITLE_CASE_WORD.findall(line)
    return len(words) >= 4 and len(line) < 200 and sum(w[:1].isupper() for w in words) >= HEADLINE_CAPITALS * len(words)


def _headline_subject(opening: Attribution) -> Attribution | None:
    """The person a title-case headline opens with: "Hillary Clinton" of "Hillary Clinton Goes After Donald
    Trump", where every word is capitalised; None for "Woman Reveals Stunning Thing Trump Did To Her"."""
    words = opening.speaker.text.split()
    if len(words) <= MAX_HEADLINE_NAME_WORDS:
        return opening
    if opening.speaker.kind != "name" or gender_of(" ".join(words[:2]), None) is None:
        return None
    name = " ".join(words[:2])
    mention = Mention("name", name, None, opening.speaker.start, opening.speaker.start + len(name))
    return Attribution(opening.cue, opening.cue_start, mention, opening.start, mention.end)


# Unions of word lists read in inner loops, built once.
_BODY_OR_ORG_NOUNS = BODY_NOUNS | ORG_WORDS | _COMPANY_NOUNS
