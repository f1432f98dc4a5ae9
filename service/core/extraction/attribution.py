"""A quotation's attribution: the clause after it, the lead-in before it, or the subject of its sentence."""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from operator import attrgetter
from typing import Any, NamedTuple

from ..lexicon import (
    BASE_CUES,
    BODY_NOUNS,
    CLAUSE_SUBJECTS,
    CUE_VERBS,
    DOCUMENTS,
    FRAGMENT_CUES,
    MODALS,
    NON_NAMES,
    NOT_CLAUSE_OPENERS,
    NOT_VERBS,
    OPENING_PREPOSITIONS,
    ORG_WORDS,
    PARTICIPLE_CUES,
    PERSON_NOUNS,
    REPORTING,
    SPEECH_NOUNS,
    TITLE_WORDS,
    entries,
    is_place,
    words,
)
from ..speakers import split_title
from . import rules
from .candidates import (
    INDEFINITES,
    NUMBER,
    Attribution,
    Mention,
    Tok,
    _is_cap,
    _is_title,
    after_time_adjunct,
    subject_after,
    subject_before,
    tokens,
)
from .marks import QuoteSpan
from .paragraphs import _WORD, _Found, _Paragraph, _quote_only_paragraph, _trim, _unquoted_sentence_tokens, _words
from .people import (
    MAX_HEADLINE_NAME_WORDS,
    People,
    described_gender,
    gender_of,
)
from .rules import rule

_SENTENCE_END_INNER = re.compile(r"[.!?…][”’\"]?\s*$")

_OPENING_WORDS = re.compile(r"^\W*[A-Z0-9…]")

MIN_DIRECT_WORDS = 4  # a capitalised quotation shorter than this inside a sentence is a name or title

MAX_SUBJECT_SCAN = 8

MAX_OPENING_PHRASE = 24  # tokens of an opening phrase before the subject ("In a speech on Monday,")

MAX_APPOSITIVE = 20

MAX_OPENING_COMMAS = 3

_ARTICLES = words("articles")
_CAPITALISED_ARTICLES = frozenset(article.capitalize() for article in _ARTICLES)  # "A company spokesperson"
_GENDERED_PRONOUNS = words("gendered_pronouns")
_RECIPIENTS = words("recipient_prepositions")
_VENUES = words("venue_prepositions")
_NAME_LINKS = words("subject_name_links")
_SPOKESPERSON_LINKS = words("spokesperson_links")
_RELATIVES = words("relative_pronouns")
_VIEWPOINT_OPENERS = words("viewpoint_openers")
_APPOSITIVE_BREAKERS = words("appositive_breakers")


_LEAD_IN_VERBS = tuple(entries("lead_in_verbs"))


def _classify(text: str, span: QuoteSpan, para: _Paragraph) -> str:
    """Tell a full-sentence ("direct") quotation from a fragment inside a sentence ("partial")."""
    if span.single:
        return "partial"
    inner = text[span.start:span.end]
    before = text[para.sentence_start(span.open_mark):span.open_mark].rstrip()
    starts_clause = not before or before.endswith((":", ",", "—", "–", ";")) or before.endswith(_LEAD_IN_VERBS)
    capitalised = bool(_OPENING_WORDS.match(inner))
    if capitalised and starts_clause and (_words(inner) >= MIN_DIRECT_WORDS or _SENTENCE_END_INNER.search(inner) or (
            not before and inner.rstrip().endswith(","))):
        return "direct"  # "“It changes nothing,” Peskov said": a sentence that its attribution interrupts
    if capitalised and _words(inner) >= 8 and _SENTENCE_END_INNER.search(inner.rstrip(",")):
        return "direct"
    return "partial"


_SOURCE_CUES = words("source_cues")


def _right_attribution(found: _Found, text: str, para: _Paragraph, next_open: int) -> Attribution | None:
    """The clause right after a quotation: "…,” he said", "…,” said Stoltenberg", "…” ― Jane Doe"."""
    span = found.span
    stretch = para.stretch_at(span.close_mark, max(next_open, span.close_mark))
    if not stretch or stretch[0] != span.close_mark:
        return None
    lo, hi, toks, attrs = stretch
    end = para.sentence_end(lo)
    closed_sentence = text[span.start:span.end].rstrip().endswith(".")
    for attr in attrs:
        leading = text[lo:attr.start]
        if leading.lstrip(" \"”’").startswith((".", "!", "?")) and attr.start >= end:
            break  # “…nonsense”. He added: a full stop after the closing mark ends the quotation's sentence
        if not leading.strip(" ,.;:—–-\"”’"):
            # Right after the closing mark: "…,” he said", and "…?” Trump asked" though the question
            # mark looks like the end of a sentence.
            if closed_sentence and (_reports_a_clause(toks, attr) or attr.speaker.start < attr.cue_start and (
                    _REPORTED_CLAUSE.match(text, attr.end) or _goes_on(text, attr.end, para.sentence_end(attr.end)))):
                # “… escapades.” The Agency said North Korea had …, “… “false.” FEMA Administrator Deanne Criswell
                # said misinformation was …: a new sentence with its own object.
                continue
            return attr
        if attr.speaker.kind == "name" and _DESCRIPTION_BEFORE_NAME.fullmatch(leading) and (
                leading.rstrip(" ,").rsplit(None, 1)[-1].casefold() in TITLE_WORDS | PERSON_NOUNS):
            # "…!” Scott's niece, state Del. Marcia Price (D-Newport News), shouted": a description, then the name.
            return _with_leading_title(attr, text, lo)
        if attr.start >= end:
            break
        if leading.strip(" ,\"”’").casefold() == "as" and attr.start < end:
            return attr  # "“…,” as Cruz said on Monday"
        if attr.start < end and _only_modifiers(leading) and attr.speaker.kind in {"name", "nominal"} and (
                attr.speaker.start < attr.cue_start):
            # "…,” Justice Department trial counsel Caroline Wolverton wrote": the words before the name are its title.
            return _with_leading_title(attr, text, lo)
        after = text[attr.end:end]
        # “If …” by the US, Clinton said on Monday, “we …”: an attribution inside one quoted sentence.
        at_sentence_end = not after.strip(" .,;!?\"”’)") or after.lstrip().startswith(",") or _resumes_quotation(
            text[attr.end:next_open]) or _adjunct_only(after)
        if (leading.rstrip().endswith(",") and at_sentence_end) or attr.cue in _SOURCE_CUES:
            return attr  # "…” for criminal behavior, she said."
    # A byline dash: "…” ― Jane Doe" (a fragment tries its own sentence first: see _byline).
    return _byline(text, lo, hi) if found.kind == "direct" else None


def _goes_on(text: str, at: int, end: int) -> bool:
    """Tell whether a sentence goes on past its verb of saying with more than where or how it was said ("wrote in a
    Facebook post that Pryor was …" does; "said at a rally." does not)."""
    after = text[at:end].strip(" .!?\"”’")
    return bool(after) and not _adjunct_only(after) and not after.startswith(",")

MAX_ADJUNCT = 80  # characters of "at a town hall on Monday," between an attribution and the quotation it resumes


def _adjunct_only(after: str) -> bool:
    """Tell whether what follows an attribution to the end of its sentence only says where or how it was said
    ("…” yet in the glass ceiling, she said in a video message to the convention."), with no clause of its own."""
    words = after.split()
    return bool(words) and words[0] in _WHERE_OR_HOW and len(after) <= MAX_ADJUNCT and not re.search(
        r"[“”\"]|\b(?:that|what|how|if|whether)\b", after)


# Words opening a phrase of where, when or how something was said, after its attribution.
_WHERE_OR_HOW = words("circumstance_openers")


def _resumes_quotation(gap: str) -> bool:
    """Tell whether the words after an attribution only lead back into quotation marks ("…, Clinton said at a
    town hall on Monday, “we would …”"): the attribution sits inside one quoted sentence."""
    stripped = gap.strip()
    return len(gap) <= MAX_ADJUNCT and (not stripped or stripped.endswith(",")) and not re.search(r"[.!?;:“”\"\n]", gap)


def _subject_ending(toks: list[Tok], lo: int = 0) -> tuple[Mention, int] | None:
    """The speaker written at the end of `toks`, parsed as if a verb of saying followed ("Jane Doe" of "― Jane
    Doe", "Trump" of "As for Trump"), with its first token's index; None when no speaker ends there."""
    if not toks:
        return None
    return subject_before(toks + [Tok("said", toks[-1].end, toks[-1].end)], len(toks), lo)


def _byline(text: str, lo: int, hi: int) -> Attribution | None:
    """The name after a dash right after a quotation ("…” ― Jane Doe", "…”― Carla Sanchez.")."""
    dash = _DASH_NAME.match(text, lo, hi)
    if not dash or dash.group("name").split()[0] in NON_NAMES:
        return None  # "— With files from The Canadian Press": a credit line, not a name
    end = dash.end("name")
    while end > dash.start("name") + 1 and text[end - 1] == "." and text[end - 2].islower():
        end -= 1  # "― Carla Sanchez.": the full stop ends the sentence, not an abbreviation
    name_toks = tokens(text, dash.start("name"), end)
    parsed = _subject_ending(name_toks)
    if parsed and parsed[0].kind == "name" and parsed[1] == 0:
        return Attribution("―", lo, parsed[0], dash.start("name"), end)
    return None


def _reports_a_clause(toks: list[Tok], attr: Attribution) -> bool:
    """Tell whether a verb of saying goes on with what was said ("said that …", "said North Korea had …")."""
    after = [t for t in toks if t.start >= attr.end]
    if not after:
        return False
    word = after[0].text
    if word == "that" or (word[:1].isupper() and word not in NOT_CLAUSE_OPENERS and word.isalpha()):
        return True
    # "… timing.” Gov. Pat McCrory said it would be “improper” …": a subject after the verb opens what was said.
    return word.casefold() in CLAUSE_SUBJECTS and len(after) > 2

_CONTENT_CLAUSE = re.compile(r"\s*(?:[\w’'.-]+\s+){0,3}?that\b|"
                             # "said the two sides had agreed to a “…”": a reported clause without its "that"
                             r"\s+(?:the|a|an|his|her|their|its|he|she|they|it|we)\s+(?:[\w’'-]+\s+){0,2}?"
                             r"(?:had|has|have|would|will|was|were|is|are|could|should|must|might)\b")


# What a verb of saying goes on with when it reports a clause of its own ("said misinformation was putting …").
_REPORTED_CLAUSE = re.compile(r"\s+(?:that\b|(?:[\w’'-]+\s+){1,3}?(?:had|has|have|would|will|was|were|is|are|could|"
                              r"should|must|might|can|did|does)\b)")

_CLAUSE_BREAK = re.compile(r"[,;:—―–]")


def _outermost(candidates: list[Attribution], text: str) -> Attribution:
    """The attribution a quotation belongs to: the last before it, unless an earlier one reports a clause
    that holds the later ("Trump said that Romney begged him and “would have dropped to his knees”")."""
    last = candidates[-1]
    for attr in candidates[:-1]:
        between = text[attr.end:last.start]
        # A comma or dash between them closes the clause: "After Trump argued that …, Rubio said …".
        if attr.speaker.kind != "pronoun" and _CONTENT_CLAUSE.match(text, attr.end, attr.end + 60) and not (
                _CLAUSE_BREAK.search(between)):
            return attr
    return last

_MODIFIER_WORD = re.compile(r"^(?:[A-Za-z][\w’'.-]*|\$\d[\d,.]*)$")  # ("Fight for $15 organizing director")

_NOT_MODIFIERS = words("not_role_modifiers")

MAX_LEADING_TITLE_WORDS = 6

# A few words and a comma between a closing mark and a name: "…!” Scott's niece, state Del. Marcia Price".
_DESCRIPTION_BEFORE_NAME = re.compile(r"[\s\"”’]*(?:[\w'’.-]+\s+){0,3}[a-z]+,\s*")


def _only_modifiers(leading: str) -> bool:
    """Tell whether the words between a closing mark and a speaker can only be the speaker's role."""
    if leading.rstrip().endswith(","):
        return False  # "… ‘very significant risk’ of attack from Islamic State, Foreign Secretary Philip Hammond"
    body = leading.strip(" ,\"”’").split()
    return 0 < len(body) <= MAX_LEADING_TITLE_WORDS and all(
        _MODIFIER_WORD.match(w) and w.casefold() not in _NOT_MODIFIERS for w in body)


def _with_leading_title(attr: Attribution, text: str, lo: int) -> Attribution:
    """The attribution with the words before its speaker read as the speaker's title."""
    mention = attr.speaker
    begin = lo
    while begin < mention.start and not text[begin].isalnum():
        begin += 1
    if mention.kind == "nominal":
        phrase = text[begin:mention.end].strip()
        speaker = Mention("nominal", phrase, None, begin, mention.end)
    else:
        title = text[begin:mention.start].strip() or mention.title
        if mention.title and text.startswith(mention.title, mention.start) and title != mention.title:
            title = f"{title} {mention.title}"  # "President of the" + "European Commission", read on
        elif mention.title and title and not title.endswith(mention.title):
            title = f"{title}, {mention.title}"
        speaker = Mention(mention.kind, mention.text, title, mention.start, mention.end)
    return Attribution(attr.cue, attr.cue_start, speaker, begin, attr.end)

MAX_PARTICIPLE_BACK = 8

_BEFORE_PARTICIPLE = words("participle_prepositions")


def _participle_before(sentence_toks: list[Tok]) -> int | None:
    """Index of a participle of saying right before a quotation, or before its object ("The ad shows Clinton
    asking, “…”", "Trump took a risk, telling the crowd, “…”"), or None."""
    for back in range(1, min(len(sentence_toks), MAX_PARTICIPLE_BACK) + 1):
        if back > 2 and not (
                sentence_toks[-1].text in {",", ":"} and _object_words(sentence_toks[len(sentence_toks) - back + 1:])):
            return None
        if sentence_toks[-back].text.casefold() in PARTICIPLE_CUES:
            return len(sentence_toks) - back
    return None


def _object_words(toks: list[Tok]) -> bool:
    """Tell whether the tokens between a participle and a quotation are only its object ("the crowd,")."""
    return all(t.text in {",", ":"} or (t.text[:1].isalpha() and t.text.casefold() not in CUE_VERBS) for t in toks)

_DASH_NAME = re.compile(r"[\s.,]*[―—–-]+\s*(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})")


def _index_at(toks: list[Tok], offset: int) -> int:
    """The index of the first token that starts at or after `offset` (len(toks) when none does)."""
    return bisect.bisect_left(toks, offset, key=attrgetter("start"))


def _quoted_as_saying(toks: list[Tok], attr: Attribution) -> Attribution | None:
    """The person a source quotes ("The New York Times quoted a senior official as saying …", "Reuters quoted
    Jane Smith, a spokeswoman, as saying:"), when the attribution's verb is "quoted"; else None."""
    if attr.cue != "quoted":
        return None
    k = _index_at(toks, attr.end)
    as_at = next((n for n in range(k, min(len(toks) - 1, k + MAX_SUBJECT_AFTER_QUOTED)) if toks[n].text == "as" and (
        toks[n + 1].text in _QUOTED_AS)), None)
    if as_at is None or as_at == k:
        return None
    quoted = toks[k:as_at]
    parsed = _subject_ending(quoted)
    if not parsed or parsed[1] != 0 or parsed[0].kind not in {"name", "nominal", "org"}:
        return None
    return Attribution(attr.cue, attr.cue_start, parsed[0], quoted[0].start, toks[as_at + 1].end)

_QUOTED_AS = words("quoted_as_participles")

MAX_SUBJECT_AFTER_QUOTED = 24  # tokens between "quoted" and "as saying"

_CLAUSE_LINKS = words("clause_links")

_CONTRASTS = words("contrast_conjunctions")


def _joined_clause_fragment(toks: list[Tok], after: int, text: str) -> Attribution | None:
    """The speaker of a fragment in a clause joined after the sentence's verb of saying, with a subject and a verb
    naming the fragment of its own ("Mike Johnson said the bill would pass “…,” while Minority Leader Hakeem
    Jeffries called it “…”"); None for a clause the verb of saying reports ("said Trump called himself “…”")."""
    for k in range(len(toks) - 1, 0, -1):
        if toks[k].start < after:
            return None
        if toks[k].text not in FRAGMENT_CUES:
            continue
        parsed = subject_before(toks, k)
        if not parsed or parsed[0].kind not in {"name", "nominal"} or parsed[1] == 0:
            return None
        link = toks[parsed[1] - 1].text.casefold()
        # (", and Schumer called it": the comma may be inside the closing mark of a quotation before)
        link_at = toks[parsed[1] - 1].start
        comma = "," in text[toks[parsed[1] - 2].start if parsed[1] > 1 else max(0, link_at - 4):link_at]
        if link in _CONTRASTS or link in _CLAUSE_LINKS and comma:
            return Attribution(toks[k].text.casefold(), toks[k].start, parsed[0], toks[parsed[1]].start, toks[k].end)
        return None
    return None

_WORDS_OF = words("response_nouns")


def _owner_of_words(toks: list[Tok]) -> Mention | None:
    """The named owner of a lead-in that is only their words ("Pelosi’s response", "Sen. Tim Scott's reply"),
    else None."""
    if len(toks) < 2 or toks[-1].text.casefold() not in _WORDS_OF or not _POSSESSIVE_WORD.search(toks[-2].text):
        return None
    name = toks[:-1]
    if len(name) > 4 or not all(_is_cap(t) or _is_title(t) or t.text in {"’s", "'s"} for t in name):
        return None
    if name[0].text == "The":
        name = name[1:]  # "The White House’s answer"
    phrase = re.sub(r"\s?['’]s$", "", " ".join(t.text for t in name))
    if not phrase:
        return None
    title, person = split_title(phrase)
    kind = "org" if any(w.casefold() in ORG_WORDS for w in phrase.split()) else "name"
    return Mention(kind, person, title, name[0].start, name[-1].end)


def _institution(mention: Mention) -> bool:
    """Tell whether a sentence's subject is a named institution a later "it" or "they" may mean ("The United
    Nations Security Council on Friday made a strong condemnation … of what it called “…”")."""
    words = mention.text.casefold().split()
    # (A person's campaign or office is one too: "Donald Trump’s campaign is defending …. It’s denouncing".)
    return mention.kind == "org" and (len(words) >= 3 and words[-1] in _INSTITUTIONS or bool(_BODY_OF.match(
        mention.text)))

_INSTITUTIONS = words("institution_nouns")


def _clause_subject(toks: list[Tok], known=None) -> Attribution | None:
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


# Words before a name that make it the one spoken to or about, not the speaker.
_ADDRESSED = words("addressee_markers")

MAX_DATELINE_TOKENS = 12  # "KYIV, Ukraine (AP) —", "TAMPA, Fla. —"


def _after_dateline(toks: list[Tok]) -> int:
    """Index past a dateline opening an article's first sentence ("SAN FRANCISCO —", "KYIV, Ukraine (AP) —"), else
    0: a place in capitals, its region and the agency, then a dash."""
    for d in range(1, min(len(toks), MAX_DATELINE_TOKENS)):
        if toks[d].text in {"—", "–", "--"}:
            words = [t.text for t in toks[:d] if t.text[:1].isalpha()]
            if words and words[0].isupper() and len(words[0]) > 1 and all(w[:1].isupper() for w in words):
                return d + 1
            return 0
        if not (toks[d].text[:1].isupper() or toks[d].text in {",", ".", "(", ")"}):
            return 0
    return 0


def _sentence_subject(toks: list[Tok], known=None, groups: bool = True) -> Attribution | None:
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
    viewpoint = _viewpoint_holder(toks, known)
    if viewpoint is not None:
        return viewpoint
    # Step over an opening phrase such as "In July," or "Flying home one night in the corporate jet,", or two
    # ("On Thursday, after remaining neutral, Warren endorsed").
    offsets = [k + 1 for k in range(min(len(toks), MAX_OPENING_PHRASE)) if toks[k].text == ","][:MAX_OPENING_COMMAS]
    for offset in offsets[::-1] + [0]:  # the subject follows the last comma of the opening phrase
        found = _subject_from(toks, offset, known, groups)
        if found is not None:
            return found
    return None


def _subject_from(toks: list[Tok], offset: int, known, groups: bool) -> Attribution | None:
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
    if k == offset or k >= len(toks) or not toks[k].text[:1].isalpha() or toks[k].text in NOT_VERBS:
        return None  # "in Herndon, Virginia on Monday": a place and a preposition, no subject and verb
    parsed = _subject_at(toks, offset, k, aged, described)
    accepted = _accepted_subject(toks, k, parsed, known) if parsed is not None else None
    if accepted is None:
        return None
    mention, k = accepted
    return Attribution("", toks[k].start, mention, toks[offset].start, toks[k - 1].end)


def _opening_start(toks: list[Tok], offset: int) -> int | None:
    """Where a clause's subject may start: past a connective opening the sentence ("And she is sure that …", "But
    Trump said", "And even Obama tried to help"); None for a prepositional phrase ("With Democratic leaders worried
    …, Obama is": a phrase, not the subject)."""
    if offset != 0 or not toks:
        return offset
    if toks[0].text in OPENING_PREPOSITIONS:
        return None
    if toks[0].text.casefold() in _CONNECTIVES:
        if len(toks) > 2 and toks[1].text in _FOCUS_WORDS:
            return 2  # the focus word is no part of the subject
        if len(toks) > 1 and (toks[1].text.casefold() in _SUBJECT_PRONOUNS or toks[1].text[:1].isupper()):
            return 1
    return 0


def _group_subject(toks: list[Tok], k: int) -> Attribution | None:
    """A group a later "they" may mean, opening a clause: "Critics went further.", "Several senators were
    furious."."""
    group = k + (k + 1 < len(toks) and toks[k].text.casefold() in _GROUP_QUANTIFIERS)
    if group < len(toks) and toks[group].text.casefold() in _GROUP_NOUNS and not (
            toks[group].text.isupper()) and (group == k or toks[group].text.islower()):
        words = " ".join(t.text for t in toks[k:group + 1])
        return Attribution("", toks[group].end, Mention("nominal", words, None, toks[k].start, toks[group].end),
                           toks[k].start, toks[group].end)
    return None


def _pronoun_body(toks: list[Tok], k: int) -> Attribution | None:
    """The office of whoever a pronoun means, opening a clause: "Her office later released a statement:"."""
    if k + 2 < len(toks) and toks[k].text.casefold() in _PRONOUN_OF and _BODY_OF.match(
            f"{toks[k].text} {toks[k + 1].text}"):
        body = Mention("nominal", f"{toks[k].text} {toks[k + 1].text}", None, toks[k].start, toks[k + 1].end)
        return Attribution("", toks[k + 2].start, body, toks[k].start, toks[k + 1].end)
    return None


def _name_end(toks: list[Tok], offset: int, k: int) -> int:
    """Index past the capitalised words (with titles, "of", possessives) of a name starting a clause at `k`."""
    while k < len(toks) and k - offset < MAX_SUBJECT_SCAN and (toks[k].text[:1].isupper() or toks[k].text in {
            ".", "’s", "'s"} or toks[k].text.casefold() in _NAME_LINKS or toks[k].text[:1].isdigit()
            # "Fox News’ Bret Baier noticed": the mark of a plural owner between two names
            or (toks[k].text in {"’", "'"} and k > offset and toks[k - 1].text.endswith("s") and (
                k + 1 < len(toks) and _is_cap(toks[k + 1])))
            or (k > offset and (_is_title(toks[k]) or toks[k].text in ORG_WORDS)) or (
                # "In a statement, presidential nominee Hillary Clinton was": a role opening the clause
                k == offset > 0 and _is_title(toks[k]) and toks[k].text.islower() and _is_cap(next(
                    (t for t in toks[k + 1:k + 4] if not (_is_title(t) and t.text.islower())), toks[k]))) or (
                # "Trump and Ryan issued a statement": two people the sentence is about together
                toks[k].text == "and" and k > offset and k + 1 < len(toks) and _is_cap(toks[k + 1]))):
        k += 1
    return k


def _after_role(toks: list[Tok], offset: int, k: int) -> int:
    """Index past a spokesperson's role after an article, and the body they speak for ("A company spokesperson
    declined …", "A U.S. State Department spokesperson welcomed", "A spokesman for Platte River declined …")."""
    if k == offset + 1 and toks[offset].text in _CAPITALISED_ARTICLES:
        role = next((j for j in range(k, min(len(toks), k + 3)) if _is_title(toks[j]) and toks[j].text.islower()
                     and _SPOKESPERSON.match(" ".join(t.text for t in toks[offset:j + 1]))), None)
        k = role + 1 if role is not None else k
    elif k > offset + 1 and toks[offset].text in _CAPITALISED_ARTICLES and k < len(toks) and (
            toks[k].text.islower() and _SPOKESPERSON.match(" ".join(t.text for t in toks[offset:k + 1]))):
        k += 1
    if k + 1 < len(toks) and toks[k].text in _SPOKESPERSON_LINKS and _SPOKESPERSON.match(
            " ".join(t.text for t in toks[offset:k])):
        k += 1 + (toks[k + 1].text.casefold() == "the")
        while k < len(toks) and _is_cap(toks[k]):
            k += 1
    return k


def _after_indefinite_person(toks: list[Tok], offset: int, k: int) -> tuple[int, Mention | None]:
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


def _verb_after(toks: list[Tok], offset: int, k: int) -> int:
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


def _subject_at(toks: list[Tok], offset: int, k: int, aged: Mention | None,
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


def _accepted_subject(toks: list[Tok], k: int, parsed: tuple[Mention, int], known) -> tuple[Mention, int] | None:
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
    if known is not None and mention.kind != "pronoun" and not known(mention) and not (
            mention.kind == "name" and _relative_clause_after(toks, mention.end)):
        return None  # ("Spotify, which filed the complaint, welcomed …": a which- or who-clause shows a name)
    if mention.kind == "name" and _POSSESSIVE_THEN_LOWER.search(mention.text):
        return None  # "Most of Delaware’s top Democratic brass had endorsed": a group of people, not a name
    return mention, k


def _plural_owner_end(toks: list[Tok], offset: int) -> int | None:
    """Index of the bare possessive mark after a capitalised plural owner opening a clause ("Fox News’"), or None."""
    k = offset
    while k < len(toks) and k - offset < MAX_SUBJECT_SCAN and _is_cap(toks[k]):
        k += 1
    return k if k > offset and k < len(toks) and toks[k].text in {"’", "'"} and toks[k - 1].text.endswith("s") else None


# Plural nouns for groups of people who may speak together: "Consumer groups …. They called …".
_GROUP_NOUNS = words("group_nouns")

_GROUP_QUANTIFIERS = words("group_quantifiers")


def _relative_clause_after(toks: list[Tok], end: int) -> bool:
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
        _body_noun(text) in BODY_NOUNS | ORG_WORDS | _COMPANY_NOUNS) or (
        text.split()[-1].casefold() in _GROUP_NOUNS) or (
        people.described(text, mention.start) is not None)

_AUTHORING = words("authoring_verbs")


def _document_author(toks: list[Tok]) -> Attribution | None:
    """The author a sentence gives a document it quotes from: "a fundraising email sent out by Sanders on
    Tuesday night warned of the tough fight ahead: “…”"."""
    for k in range(1, min(len(toks) - 2, MAX_OPENING_PHRASE)):
        if toks[k].text in _AUTHORING and toks[k - 1].text.casefold() in DOCUMENTS:
            by = k + 1 + (toks[k + 1].text == "out")
            if by + 1 < len(toks) and toks[by].text == "by" and _is_cap(toks[by + 1]):
                end = by + 1
                while end < len(toks) and end - by <= 4 and _is_cap(toks[end]):
                    end += 1
                name = " ".join(t.text for t in toks[by + 1:end])
                mention = Mention("name", name, None, toks[by + 1].start, toks[end - 1].end)
                return Attribution("", toks[k].start, mention, toks[by + 1].start, toks[end - 1].end)
    return None


def _viewpoint_holder(toks: list[Tok], known=None) -> Attribution | None:
    """The person whose view a sentence gives when it opens "To Florida consultant Wilson, the party line is"."""
    if len(toks) < 4 or toks[0].text not in _VIEWPOINT_OPENERS:
        return None
    comma = next((j for j in range(2, min(len(toks), 2 + MAX_SUBJECT_SCAN)) if toks[j].text == ","), None)
    if comma is None or not _is_cap(toks[comma - 1]) or not all(_is_cap(t) or _is_title(t) for t in toks[1:comma]):
        return None
    parsed = subject_before(toks, comma, 1)
    if not parsed or parsed[1] != 1 or parsed[0].kind != "name" or (known is not None and not known(parsed[0])):
        return None
    return Attribution("", toks[comma].start, parsed[0], toks[1].start, toks[comma - 1].end)

_DESCRIPTION_OPENERS = words("described_name_openers")


def _after_described_name(toks: list[Tok], at: int) -> int | None:
    """Index of the verb after "The opposing manager, Peter Kovac," opening a sentence at `at`, else None."""
    if at < len(toks) and _is_cap(toks[at]) and (_POSSESSIVE_WORD.search(toks[at].text) or (
            at + 1 < len(toks) and toks[at + 1].text in {"'", "’"})):
        at += 1 if _POSSESSIVE_WORD.search(toks[at].text) else 2  # "Rovers' goalkeeper, James Belshaw, made"
        # (A role word may come second: "Stein’s running mate, Ajamu Baraka, joined".)
        if at >= len(toks) or not any(_is_title(t) or t.text in PERSON_NOUNS for t in toks[at:at + 2]):
            return None
        at -= 1
    elif at >= len(toks) or toks[at].text not in _DESCRIPTION_OPENERS:
        return None
    comma = next((j for j in range(at + 1, min(len(toks), at + 1 + MAX_SUBJECT_SCAN)) if toks[j].text == ","), None)
    if comma is None or comma == at + 1 or not all(t.text[:1].isalnum() for t in toks[at + 1:comma]):
        return None
    end = comma + 1
    while end < len(toks) and end - comma <= 4 and (toks[end].text[:1].isupper() or toks[end].text == "." or (
            _is_title(toks[end]))):  # "The law’s sponsor, state Rep. Shelby Slawson, said"
        end += 1
    if end == comma + 1 or end >= len(toks) - 1 or toks[end].text != "," or not toks[end + 1].text.islower():
        return None
    return end + 1


def _after_parenthesis(toks: list[Tok], opening: int) -> int:
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


def _topic(toks: list[Tok]) -> Attribution | None:
    """The person a sentence sets out as its topic ("As for Trump, he said he's not worried"), whom its he or
    she means, else None."""
    if len(toks) < 5 or toks[0].text != "As" or toks[1].text != "for" or not _is_cap(toks[2]):
        return None
    comma = next((k for k in range(3, min(len(toks), 3 + MAX_SUBJECT_SCAN)) if toks[k].text == ","), None)
    if comma is None or comma + 1 >= len(toks) or toks[comma + 1].text.casefold() not in _GENDERED_PRONOUNS:
        return None
    parsed = _subject_ending(toks[:comma], 2)
    if parsed is None or parsed[0].kind != "name" or parsed[1] != 2:
        return None
    return Attribution("", toks[comma].start, parsed[0], toks[2].start, toks[comma - 1].end)


def _with_clause_subject(toks: list[Tok], at: int) -> Attribution | None:
    """The person a "with" clause is about ("…, with Hillary Clinton — who has called for tax hikes — lambasting
    Trump's plan"): a name after "with", then, past a remark between dashes, a participle."""
    end = at + 1
    while end < len(toks) and end - at <= MAX_SUBJECT_SCAN and (_is_cap(toks[end]) or toks[end].text == "."):
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

_PRONOUN_OF = dict(entry.split() for entry in entries("possessive_pronouns"))

_VERB_OPENERS = MODALS | words("auxiliary_verbs")


def _after_appositive(toks: list[Tok], comma: int) -> int:
    """Index of the verb after "Name, appositive," (or `comma` itself when no such verb follows)."""
    if comma + 1 < len(toks) and toks[comma + 1].text.casefold() in _VERB_OPENERS:
        return comma  # "Our Revolution, will help recruit, train and fund": a predicate, not an appositive
    for j in range(comma + 1, min(len(toks), comma + MAX_APPOSITIVE)):
        if toks[j].text in {".", ";", ":", "“", "”", '"', "(", ")"}:
            return comma
        if toks[j].text == ",":
            follow = toks[j + 1].text if j + 1 < len(toks) else ""
            if follow[:1].islower() and follow[:1].isalpha() and follow not in _APPOSITIVE_BREAKERS:
                return j + 1
            return comma
    return comma


def _previous_sentence_attribution(para: _Paragraph, before: int) -> Attribution | None:
    """The last attribution in the sentence before `before` in the same paragraph ("Grushko said …. “…”")."""
    start = para.sentence_start(before - 1) if before > para.lo else para.lo
    best = None
    for _, _, _, attrs in para.stretches_before(before):
        inside = [attr for attr in attrs if attr.start < before and attr.end <= before]
        if inside:
            best = inside[-1]
            break
    if best is not None and best.start >= para.sentence_start(max(para.lo, start - 1)):
        return best
    return None

MAX_COMPANY_DESCRIPTION = 5  # "the South Korean tech giant"


def _company_noun(phrase: str) -> str | None:
    """The noun of a longer definite description of a business ("the South Korean company" -> "company"), else
    None."""
    words = phrase.split()
    if 3 <= len(words) <= MAX_COMPANY_DESCRIPTION and words[0].casefold() == "the" and words[-1] in _COMPANY_NOUNS:
        return words[-1]
    return None


def _body_noun(phrase: str) -> str | None:
    """The noun of a definite description of a body ("the agency", "the South Korean company"), else None."""
    return _the_noun(phrase) or _company_noun(phrase)


def _the_noun(phrase: str) -> str | None:
    """The noun of a two-word definite description ("the agency" -> "agency"), else None."""
    words = phrase.casefold().split()
    return words[1] if len(words) == 2 and words[0] == "the" else None

_POSSESSIVE_WORD = re.compile(r"\w['’]s?$")

MAX_REPORT_REACH = 24  # tokens before a verb of thinking read for its subject ("Khizr Khan, whose son, …, responded")


def _reports(toks: list[Tok]) -> list[Attribution]:
    """People written as the subject of a verb of saying, thinking or judging, for later pronouns."""
    found = []
    for k in range(1, len(toks)):
        if toks[k].text not in REPORTING or _POSSESSIVE_WORD.search(toks[k - 1].text) or NUMBER.fullmatch(
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

_MESSAGES = words("message_nouns")


def _introduced_by_name(toks: list[Tok]) -> list[Attribution]:
    """People a sentence introduces by name for later pronouns: "a 52-year-old resident named Caroline",
    "Among the protesters was Jean-Luc Tremblay, a retired teacher", "a message from Wendy Sherman", "… concerns
    Henry Crespo, president of the Caucus."."""
    found = []
    for k in range(1, len(toks) - 1):
        word = toks[k].text
        if word not in _INTRODUCING and word not in {"from", ","}:
            continue
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
        if not _is_cap(toks[k + 1]) or toks[k + 1].text in NON_NAMES:
            continue
        end = k + 1
        while end + 1 < len(toks) and end - k < 3 and _is_cap(toks[end + 1]):
            end += 1
        named = word in _NAMING and described_gender(toks[k - 1].text) is not None
        presented = word in _COPULAS and end > k + 1 and end + 2 < len(toks) and (
            toks[end + 1].text == ",") and toks[end + 2].text in _ARTICLES
        if not (named or presented):
            continue
        name = " ".join(t.text for t in toks[k + 1:end + 1])
        mention = Mention("name", name, None, toks[k + 1].start, toks[end].end)
        found.append(Attribution(word, toks[k].start, mention, toks[k + 1].start, toks[end].end))
    return found

_BEFORE_PLACE_OR_BODY = words("place_or_body_leads")


def _introduced_before_role(toks: list[Tok], comma: int) -> Attribution | None:
    """Someone brought in with a full name and their role, ending the sentence, who is about to speak ("… something
    that concerns Henry Crespo, president of the Florida Democratic Black Caucus. “…,” he said"), else None."""
    if comma < 3 or not (_is_cap(toks[comma - 1]) and _is_cap(toks[comma - 2])) or not (
            _ends_sentence_as_appositive(toks, comma)):
        return None
    first = comma - 2
    while first > 0 and comma - first < 4 and _is_cap(toks[first - 1]):
        first -= 1
    if first == 0 or not toks[first - 1].text[:1].islower() or toks[first].text in NON_NAMES or (
            toks[first - 1].text in _BEFORE_PLACE_OR_BODY) or toks[comma - 1].text.casefold() in ORG_WORDS:
        return None  # (not "a fellow at the Cato Institute, a libertarian policy group.": a body or a place)
    name = " ".join(t.text for t in toks[first:comma])
    mention = Mention("name", name, None, toks[first].start, toks[comma - 1].end)
    return Attribution(",", toks[comma].start, mention, toks[first].start, toks[comma - 1].end)


def _ends_sentence_as_appositive(toks: list[Tok], comma: int) -> bool:
    """Tell whether a comma opens a role that ends the sentence (", president of the Caucus.", ", a nurse.")."""
    if comma + 2 >= len(toks) or not (toks[comma + 1].text in _ARTICLES or _is_title(toks[comma + 1]) and (
            toks[comma + 1].text.islower())):
        return False
    for j in range(comma + 2, min(len(toks), comma + MAX_APPOSITIVE)):
        if toks[j].text == ".":
            return j + 1 == len(toks) or _is_cap(toks[j + 1]) or toks[j + 1].text in {"“", '"'}
        if toks[j].text in {",", ";", ":", "(", "“", '"', "—"}:
            return False
    return False


# Words before a capitalised modifier that make "Republican claims" a noun phrase, not "Republican" claiming.
_NOUN_DETERMINERS = words("noun_determiners")

_SPEECH_WORDS = frozenset(CUE_VERBS | PARTICIPLE_CUES | BASE_CUES | {"according"})

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


def _claim_owner(before: list[Tok]) -> Tok | None:
    """The capitalised possessive owning a noun of speech before a fragment, with no verb of saying after it
    ("… a fact-check on Donald Trump’s claim that there have been “thousands of shootings”": Trump’s)."""
    for n in range(len(before) - 1, 0, -1):
        if before[n].text in _SPEECH_WORDS:
            return None  # "… downplay Ryan’s comments, saying they were “…”": the one saying it speaks
        if before[n].text in SPEECH_NOUNS:
            owner = before[n - 1]
            # (The words must be the claim's content: "Trump’s claim that …", "Trump’s words: …" — not what is
            # said of it: "Trump’s comments are “…”", "played down Trump’s comments as “…”".)
            content = n == len(before) - 1 or before[n + 1].text in {"that", ":", ","}
            return owner if content and _POSSESSIVE_WORD.search(owner.text) and _is_cap(owner) else None
    return None


# Longer words a title leaves in lower case ("The Nightly Show with Larry Wilmore").
_TITLE_SMALL_WORDS = words("title_small_words")


_SLOGAN_PRONOUNS = words("slogan_pronouns")


def _looks_like_title(fragment: str) -> bool:
    """Tell whether a quoted fragment is a name in title case ("Face the Nation") rather than speech."""
    words = _WORD.findall(fragment)
    if not words or len(words) > 7:
        return False
    significant = [w for w in words if (len(w) > 3 and w.casefold() not in _TITLE_SMALL_WORDS) or w[:1].isupper()]
    if words[0] in _SLOGAN_PRONOUNS and len(words) > 1:
        return False  # “I’m with her”: a slogan someone says, not a title
    return all(w[:1].isupper() or w[:1].isdigit() for w in significant) and any(w[:1].isupper() for w in words)


def _introduces_next(text: str, item: _Found, attr: Attribution, next_open: int) -> bool:
    """Tell whether the attribution after a finished sentence in quotation marks, or after a fragment and before a
    colon, leads into the next quotation ("“Why now?” … Mills then writes back, “You look cute.”")."""
    inner = text[item.span.start:item.span.end].rstrip()
    between = re.sub(r"^\s*(?:back|out|on|in|up|again|later)\b", "", text[attr.end:next_open])
    # (A fragment's sentence goes on past it; a colon still sends the clause after it on to the next quotation:
    # "After Scalia said … “less advanced schools,” Trump said: “I don't like what he said.”")
    finished = inner.endswith((".", "?", "!")) or (item.kind == "partial" and between.strip() == ":")
    return finished and attr.end <= next_open and not between.strip(" ,:\n") and (
        next_open < len(text) and next_open + 1 < len(text) and text[next_open + 1:next_open + 2].isupper())


_CUE_BEFORE_QUOTE = re.compile(r"\b(\w+)\s*[,:]\s*$")  # "… and said, “…”": a verb of saying leads into the quote

_DASH_LINE = re.compile(r"\s*[―—–-]+\s*[A-Z][^.!?\n]{0,60}\.?\s*$")

MAX_LEAD_IN_CUE = 40  # characters before a quotation read for the verb of saying that leads into it


@dataclass(frozen=True, slots=True)
class Quotation:
    """One quotation being attributed, with the paragraphs it opens and closes in, the marks of the quotations on
    either side and the article's known mentions; the clauses after and before it are read once, on first use."""

    text: str
    item: _Found
    first: _Paragraph  # the paragraph its opening mark is in
    last: _Paragraph  # the paragraph its closing mark is in
    prev_close: int  # the previous quotation's closing mark in its first paragraph, else the paragraph's start
    next_open: int  # the next quotation's opening mark in its last paragraph, else the paragraph's end
    parsed: dict[int, _Paragraph]
    known: Callable[[Mention], bool]
    _memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def span(self) -> QuoteSpan:
        """The quotation's marks."""
        return self.item.span

    @property
    def after(self) -> Attribution | None:
        """The attribution clause right after the quotation, if any."""
        if "after" not in self._memo:
            self._memo["after"] = _right_attribution(self.item, self.text, self.last, self.next_open)
        return self._memo["after"]

    @property
    def before(self) -> Attribution | None:
        """The lead-in before the quotation in its sentence, if any."""
        if "before" not in self._memo:
            self._memo["before"] = _lead_in_attribution(self)
        return self._memo["before"]

    @property
    def lead(self) -> LeadIn | None:
        """The words of the quotation's sentence before it, if any may name its speaker."""
        if "lead" not in self._memo:
            self._memo["lead"] = _lead_in_of(self)
        return self._memo["lead"]

    @property
    def ends_sentence(self) -> bool:
        """Tell whether the quoted words end with a full stop."""
        return self.text[self.span.start:self.span.end].rstrip().endswith(".")


@rule("attribution")
def lead_in_when_clause_after_leads_on(q: Quotation) -> Attribution | None:
    """A clause after a finished quotation that runs on into the next quotation introduces that one; this one
    keeps its own lead-in when it has one.

    “Why now?” Clinton responds. … Mills writes back, “You look cute.”
    """
    after = q.after
    if after is None or not _introduces_next(q.text, q.item, after, q.next_open):
        return None
    return q.before


@rule("attribution")
def lead_in_of_finished_sentence(q: Quotation) -> Attribution | None:
    """A finished sentence in quotation marks led in by a verb of saying keeps that speaker, whatever clause
    follows it: the next sentence is news ("Hayek … said, “America has a very severe problem.” The star then
    recalled an incident")."""
    if q.after is None or not q.ends_sentence:
        return None
    lead_in = _CUE_BEFORE_QUOTE.search(q.text, max(q.first.lo, q.span.open_mark - MAX_LEAD_IN_CUE), q.span.open_mark)
    if not lead_in or lead_in.group(1).casefold() not in CUE_VERBS:
        return None
    before = q.before
    return before if before is not None and before.cue else None


@rule("attribution")
def clause_after(q: Quotation) -> Attribution | None:
    """The clause right after a quotation: "…,” he said", "…,” said Stoltenberg", "…” ― Jane Doe"."""
    return q.after


class LeadIn(NamedTuple):
    """The unquoted words of a quotation's sentence before its opening mark, read for who introduces it."""

    para: _Paragraph
    lo: int  # where the stretch of words before the quotation starts
    hi: int  # the quotation's opening mark
    toks: list[Tok]  # the stretch's tokens
    start: int  # where the quotation's sentence starts
    sentence: list[Tok]  # the tokens of the sentence before the quotation
    clauses: list[Attribution]  # verbs of saying in the sentence before the quotation, in order
    opens_sentence: bool  # the quotation opens its sentence

    @property
    def colon(self) -> bool:
        """Tell whether a colon leads into the quotation."""
        return bool(self.sentence) and self.sentence[-1].text == ":" and len(self.sentence) >= 2


def _lead_in_of(q: Quotation) -> LeadIn | None:
    """The lead-in before a quotation in its sentence, or None when the quotation has none that may name its
    speaker: nothing unquoted before it, or it opens a sentence after one that quotes someone (it goes on with
    that speaker, see _inherit, whatever else the sentence between says: "…,” Trump said, after outlets
    declared …. “…”)."""
    span, para = q.span, q.first
    stretch = para.stretch_at(q.prev_close, span.open_mark)
    if not stretch or stretch[1] != span.open_mark:
        return None
    lo, hi, toks, _ = stretch
    opens_sentence = para.sentence_start(span.open_mark) >= span.open_mark
    if opens_sentence and q.prev_close > para.sentence_start(span.open_mark - 1):
        return None
    start = para.sentence_start(max(lo, hi - 1))
    clauses: list[Attribution] = []
    for st in para.stretches_before(span.open_mark):
        if st[1] <= start:
            break
        clauses = [a for a in st[3] if a.start >= start and a.end <= span.open_mark] + clauses
    sentence = [t for t in toks if t.start >= start]
    return LeadIn(para, lo, hi, toks, start, sentence, clauses, opens_sentence)


_LEAD_IN_RULES: list[str] = []


def lead_in_rule(run: Callable[[Quotation], Attribution | None]) -> Callable[[Quotation], Attribution | None]:
    """Register `run` as the next attribution rule, one that reads the lead-in before a quotation."""
    _LEAD_IN_RULES.append(run.__name__)
    return rule("attribution")(run)


def _lead_in_attribution(q: Quotation) -> Attribution | None:
    """The attribution the first lead-in rule switched on finds before a quotation, else None."""
    for each in rules.rules("attribution"):
        if each.name in _LEAD_IN_RULES:
            found = each.run(q)
            if found is not None:
                return found
    return None


def _with_clauses(q: Quotation) -> LeadIn | None:
    """The quotation's lead-in when its sentence has a verb of saying before the quotation, else None."""
    lead = q.lead
    return lead if lead is not None and lead.clauses else None


def _without_clauses(q: Quotation) -> LeadIn | None:
    """The quotation's lead-in when its sentence has no verb of saying before it, else None; also None when the
    quotation opens its sentence with no colon before it: whoever the sentence before is about is not its speaker."""
    lead = q.lead
    if lead is None or lead.clauses or lead.opens_sentence and not q.text[lead.lo:lead.hi].rstrip().endswith(":"):
        return None
    return lead


def _participle_attribution(toks: list[Tok], k: int, speaker: Mention, start: int) -> Attribution:
    """The attribution of a participle of saying at `toks[k]` to `speaker`, whose words start at `start`."""
    return Attribution(toks[k].text.casefold(), toks[k].start, speaker, start, toks[k].end)


@lead_in_rule
def participle_after_with_name(q: Quotation) -> Attribution | None:
    """A participle of saying further back than the sentence's last verb of saying, with its own named subject
    brought in by "with" ("…, with Republican Senator John McCain telling reporters he viewed Obama as
    “directly responsible”")."""
    lead = _with_clauses(q)
    if lead is None or _participle_before(lead.sentence) is not None:
        return None
    toks = lead.sentence
    far = next((j for j in range(len(toks) - 1, 0, -1) if toks[j].start >= lead.clauses[-1].end and (
        toks[j].text in PARTICIPLE_CUES)), None)
    parsed = subject_before(toks, far) if far is not None else None
    if far is None or not parsed or parsed[0].kind != "name" or parsed[1] == 0 or (
            toks[parsed[1] - 1].text.casefold() != "with"):
        return None
    return _participle_attribution(toks, far, parsed[0], toks[parsed[1]].start)


@lead_in_rule
def participle_with_own_subject(q: Quotation) -> Attribution | None:
    """A participle of saying with its own named subject, nearer the quotation than the sentence's verb of saying,
    says who speaks ("The spot concludes with footage of Trump saying, “…”"); not one written to ("Thiel wrote in
    a statement to Wired explaining why …")."""
    lead = _with_clauses(q)
    if lead is None:
        return None
    toks = lead.sentence
    k = _participle_before(toks)
    if k is None or k == 0 or toks[k - 1].text == "," or toks[k].start < lead.clauses[-1].end:
        return None
    parsed = subject_before(toks, k)
    if not parsed or parsed[0].kind != "name" or (parsed[1] > 0 and toks[parsed[1] - 1].text.casefold() in _RECIPIENTS):
        return None
    return _participle_attribution(toks, k, parsed[0], toks[parsed[1]].start)


@lead_in_rule
def fragment_in_joined_clause(q: Quotation) -> Attribution | None:
    """A fragment in a clause joined after the sentence's verb of saying, with a subject and a verb naming the
    fragment of its own ("Mike Johnson said the bill would pass “…,” while Minority Leader Hakeem Jeffries
    called it “…”")."""
    lead = _with_clauses(q)
    if lead is None or q.item.kind != "partial":
        return None
    return _joined_clause_fragment(lead.sentence, lead.clauses[-1].end, q.text)


@lead_in_rule
def quoted_as_saying(q: Quotation) -> Attribution | None:
    """The person a source quotes: "The New York Times quoted a senior official as saying …"."""
    lead = _with_clauses(q)
    return _quoted_as_saying(lead.sentence, lead.clauses[-1]) if lead is not None else None


@lead_in_rule
def verb_of_saying_before(q: Quotation) -> Attribution | None:
    """The verb of saying before a quotation in its sentence: "Blinken said: “…", "He announced that Russia
    expects ‘…’" (the outermost, when one reports a clause holding a later one)."""
    lead = _with_clauses(q)
    return _outermost(lead.clauses, q.text) if lead is not None else None


@lead_in_rule
def participle_with_subject(q: Quotation) -> Attribution | None:
    """A participle of saying right before a quotation names its speaker when a subject comes right before it:
    "The ad shows Clinton asking, “…”" (not a document: "Trump released a statement saying “…”")."""
    lead = _without_clauses(q)
    k = _participle_before(lead.sentence) if lead is not None else None
    if lead is None or k is None or k > 0 and _after_clause(lead.sentence, k):
        return None
    parsed = subject_before(lead.sentence, k)
    if not parsed or _names_document(parsed[0]):
        return None
    return _participle_attribution(lead.sentence, k, parsed[0], lead.sentence[parsed[1]].start)


def _after_clause(toks: list[Tok], k: int) -> bool:
    """Tell whether a participle follows a comma or a preposition ("…, saying, “…”", "incurred a wave of boos
    upon saying, “…”"): the sentence's subject is who says it."""
    return toks[k - 1].text == "," or toks[k - 1].text.casefold() in _BEFORE_PARTICIPLE


def _names_document(mention: Mention) -> bool:
    """Tell whether a participle's subject is a document rather than its author ("a statement saying")."""
    return mention.kind == "nominal" and mention.text.split()[-1].casefold() in DOCUMENTS


@lead_in_rule
def participle_of_sentence_subject(q: Quotation) -> Attribution | None:
    """A participle of saying after a comma, a preposition or a document is the sentence subject's ("Warren …
    endorsed Clinton, saying, “…”"), read over the whole sentence ("Carson shared a class called “Perception”,
    writing “…”")."""
    lead = _without_clauses(q)
    k = _participle_before(lead.sentence) if lead is not None else None
    if lead is None or k is None:
        return None
    toks = lead.sentence
    parsed = subject_before(toks, k) if k == 0 or not _after_clause(toks, k) else None
    if not (k == 0 or _after_clause(toks, k) or parsed is not None and _names_document(parsed[0])):
        return None
    whole = _unquoted_sentence_tokens(lead.para, lead.start, q.span.open_mark)
    opening = _sentence_subject(whole[:len(whole) - (len(toks) - k)], q.known)
    return _participle_attribution(toks, k, opening.speaker, opening.start) if opening is not None else None


@lead_in_rule
def participle_opening_sentence(q: Quotation) -> Attribution | None:
    """A sentence that opens with a participle of saying goes on with the speaker of the sentence before ("Maher
    stated … that it “wasn’t good.” Adding, “Now, …”")."""
    lead = _without_clauses(q)
    if lead is None or _participle_before(lead.sentence) != 0 or lead.start <= lead.para.lo:
        return None
    return _previous_sentence_attribution(lead.para, lead.start)


@lead_in_rule
def owner_of_words_before_colon(q: Quotation) -> Attribution | None:
    """The owner of words a colon introduces: "Pelosi’s response: “…”"."""
    lead = _without_clauses(q)
    if lead is None or not lead.colon:
        return None
    owner = _owner_of_words(lead.sentence[:-1])
    return Attribution(":", lead.sentence[-1].start, owner, owner.start, lead.hi) if owner is not None else None


def _name_before_colon(lead: LeadIn) -> tuple[tuple[Mention, int] | None, list[Tok]]:
    """The speaker named right before a lead-in's colon, with its first token's index, and the tokens read for it
    (less where it was said: "• Kamala Harris, on X:")."""
    named = lead.sentence
    comma = next((n for n in range(len(named) - 2, 0, -1) if named[n].text == ","), None)
    if comma is not None and named[comma + 1].text.casefold() in _VENUES:
        named = named[:comma] + named[-1:]
    parsed = subject_before(named + [Tok("said", lead.hi, lead.hi)], len(named) - 1)
    return parsed or subject_before(named, len(named) - 1), named


@lead_in_rule
def name_before_colon(q: Quotation) -> Attribution | None:
    """A name and a colon right before a quotation: "Caddell: “…”", "Caddell continued:", and a name after a dash
    or a bullet: "Pollsters agree - Carl Bialik: “…”", "• Kamala Harris, on X: “…”"."""
    lead = _without_clauses(q)
    if lead is None or not lead.colon:
        return None
    parsed, named = _name_before_colon(lead)
    if not parsed or parsed[0].kind not in {"name", "org"} or parsed[1] != 0 and (
            named[parsed[1] - 1].text not in {"-", "—", "–", "•", "*", "·"}):
        return None
    return Attribution(":", lead.sentence[-1].start, parsed[0], named[parsed[1]].start, lead.hi)


def _colon_sentence_subject(q: Quotation, lead: LeadIn) -> Attribution | None:
    """Whoever the sentence introducing a quotation with a colon is about, or the author of a document it quotes."""
    whole = _unquoted_sentence_tokens(lead.para, lead.start, q.span.open_mark)
    return _sentence_subject(whole, q.known, groups=False) or _document_author(whole)


@lead_in_rule
def subject_before_colon(q: Quotation) -> Attribution | None:
    """Whoever the sentence introducing a quotation with a colon is about: "Kelly responded pointedly, with a smile:
    “…”", "the Board was conclusive in its findings: “…”"."""
    lead = _without_clauses(q)
    if lead is None or not lead.colon:
        return None
    opening = _colon_sentence_subject(q, lead)
    if opening is None or opening.speaker.kind not in {"name", "org", "nominal"}:
        return None
    return Attribution(":", lead.sentence[-1].start, opening.speaker, opening.start, lead.hi)


@lead_in_rule
def named_object_before_colon(q: Quotation) -> Attribution | None:
    """With no one to speak as the sentence's subject, the person named right before the colon does ("The timing
    doesn't surprise Republican pollster Daron Shaw: “…”"); not one spoken to or about ("a message for Donald
    Trump:", "turned to Smith:")."""
    lead = _without_clauses(q)
    if lead is None or not lead.colon or _colon_sentence_subject(q, lead) is not None:
        return None
    parsed, named = _name_before_colon(lead)
    if not parsed or parsed[0].kind != "name" or named[parsed[1] - 1].text.casefold() in _ADDRESSED:
        return None
    return Attribution(":", lead.sentence[-1].start, parsed[0], named[parsed[1]].start, lead.hi)


@lead_in_rule
def fragment_verb(q: Quotation) -> Attribution | None:
    """A verb that names a fragment, with its subject: "…called it ‘a disgrace’"; after a comma ("Trump went after
    Bush, calling him “a total stiff”") the subject of the sentence, read over any quotation earlier in it."""
    lead = _without_clauses(q)
    if lead is None or q.item.kind != "partial":
        return None
    toks = lead.toks
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].start < lead.start:
            break
        if toks[k].text.casefold() in FRAGMENT_CUES:
            found = _fragment_verb_at(q, lead, k)
            if found is not None:
                return found
    return None


def _fragment_verb_at(q: Quotation, lead: LeadIn, k: int) -> Attribution | None:
    """The speaker of the verb naming a fragment at `lead.toks[k]`, else None."""
    toks = lead.toks
    if toks[k].text.endswith("ing") and k and toks[k - 1].text == ",":
        # ("He held up the sign — which read “…” — and waved it around, mouthing “thank you”")
        opening = _sentence_subject(_unquoted_sentence_tokens(lead.para, lead.start, toks[k].start), q.known)
        if opening is not None:
            return _participle_attribution(toks, k, opening.speaker, opening.start)
    parsed = subject_before(toks, k, 0)
    if parsed and toks[parsed[1]].start >= lead.start:
        return _participle_attribution(toks, k, parsed[0], toks[parsed[1]].start)
    return None


@lead_in_rule
def participle_phrase_opening(q: Quotation) -> Attribution | None:
    """A participle phrase opening the sentence: the subject of the main clause after the fragment said the words
    ("After saying her right foot was “so swollen …,” she was whisked off")."""
    lead = _without_clauses(q)
    if lead is None or q.item.kind != "partial" or not lead.sentence:
        return None
    toks = lead.sentence
    first = 1 if toks[0].text.casefold() in _BEFORE_PARTICIPLE and len(toks) > 1 else 0
    participle = toks[first]
    if participle.text.casefold() not in PARTICIPLE_CUES or any(t.text == "," for t in toks[first:]):
        return None
    close = q.span.close_mark
    after = _unquoted_sentence_tokens(lead.para, close, lead.para.sentence_end(close))
    while after and after[0].text in {",", "”", '"', "’"}:
        after = after[1:]
    main = _sentence_subject(after[:MAX_OPENING_PHRASE], q.known)
    if main is None or main.speaker.kind not in {"name", "pronoun"}:
        return None
    return _participle_attribution(toks, first, main.speaker, main.start)


def _claimed(q: Quotation, lead: LeadIn) -> bool:
    """Tell whether a fragment is words of a claim its owner made ("Pence blamed the media for … Trump’s claim that
    Obama “founded ISIS,”"): they are the owner's, whoever the sentence is about (see _sentence_speaker)."""
    return q.item.kind == "partial" and _claim_owner(lead.sentence) is not None


@lead_in_rule
def subject_of_joined_clause(q: Quotation) -> Attribution | None:
    """The named subject of the last clause joined before a quotation ("Jindal signed an order, while Mike
    Huckabee, the former Arkansas governor, proposed we “wake up …”")."""
    lead = _without_clauses(q)
    if lead is None or _claimed(q, lead):
        return None
    return _clause_subject(lead.sentence, q.known)


@lead_in_rule
def subject_of_sentence(q: Quotation) -> Attribution | None:
    """The person a sentence is about when it opens with one ("Reid has gone after Trump as a “con artist”")."""
    lead = _without_clauses(q)
    if lead is None or _claimed(q, lead):
        return None
    return _sentence_subject(lead.sentence, q.known)


@rule("attribution")
def dash_line_after_paragraph(q: Quotation) -> Attribution | None:
    """A claim listed in a paragraph of its own takes the dash line on the next paragraph, as fact-checks set
    them out ("“…” ¶ - Bernie Sanders.")."""
    span, last = q.span, q.last
    if last.hi >= len(q.text) or span.open_mark != q.first.lo or not _quote_only_paragraph(q.text, q.item, last):
        return None
    following = q.parsed.get(span.paragraphs[-1] + 1)
    if following is None or not _DASH_LINE.match(q.text, following.lo, following.hi):
        return None
    return _byline(q.text, following.lo, following.hi)


@rule("attribution")
def byline_after_fragment(q: Quotation) -> Attribution | None:
    """A fragment with nobody in its sentence takes the byline after it ("… all he has “the root of all evil.” ―
    Christina Lastra"); one whose sentence names a speaker keeps that speaker."""
    if q.item.kind != "partial":
        return None
    return _byline(q.text, q.span.close_mark, q.last.hi)


def attribute_quotations(text: str, spans: list[QuoteSpan], parsed: dict[int, _Paragraph],
                         known: Callable[[Mention], bool]) -> list[_Found]:
    """Each quotation with the attribution clause that credits it, if any: the first of the attribution rules
    that finds one (after it, before it, a dash line, a byline)."""
    found: list[_Found] = []
    for index, span in enumerate(spans):
        first_para, last_para = parsed[span.paragraphs[0]], parsed[span.paragraphs[-1]]
        prev_close = (spans[index - 1].close_mark if index and spans[index - 1].close_mark > first_para.lo
                      else first_para.lo)
        next_open = spans[index + 1].open_mark if index + 1 < len(spans) and (
            spans[index + 1].open_mark < last_para.hi) else last_para.hi
        item = _Found(span, _classify(text, span, first_para), parts=[_trim(text, a, b) for a, b in span.parts])
        quotation = Quotation(text, item, first_para, last_para, min(prev_close, span.open_mark),
                              max(next_open, span.close_mark), parsed, known)
        item.attribution = rules.first("attribution", quotation)
        found.append(item)
    return found
