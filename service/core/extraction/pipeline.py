"""Quotes and their speakers from article text: direct, split, multi-paragraph and partial quotations.

The pipeline: pair the quotation marks (marks), read the attribution clauses around each
quotation (candidates), resolve surnames and pronouns to the people the article names
(people), and date the quote when the clause says when (dates). Every step is a
single pass or works inside one sentence, so the whole costs time linear in the text.
"""
from __future__ import annotations

import bisect
import re

from ..lexicon import (
    CUE_VERBS,
)
from ..models import ExtractedQuote
from .attribution import (
    _CLAUSE_JOINS,
    _byline,
    _capitalised_description,
    _classify,
    _headline_subject,
    _institution,
    _introduced_by_name,
    _introduces_next,
    _is_headline,
    _left_attribution,
    _looks_like_title,
    _notable_description,
    _reports,
    _right_attribution,
    _sentence_subject,
    _topic,
    _with_clause_subject,
)
from .candidates import (
    Mention,
    _is_cap,
)
from .confidence import attribution_class, confidence_of
from .continuation import MAX_LEAD_IN, MIN_PARTIAL_WORDS, _inherit, _join_split, _quote_only_paragraph
from .dates import date_in
from .marks import QuoteSpan, find_quotations, paragraphs, single_style_as_double
from .paragraphs import _Found, _outside_quotes, _Paragraph, _paragraphs_unflattened, _trim, _word_start, _words
from .people import (
    People,
)
from .records import _names_not_says, _outermost_quotations, _reads_as_speech, _sentence_speaker
from .resolution import _Resolver, personal_byline

JOIN_SPLIT_QUOTES = True  # “A,” he said. “B.” is one quote with two parts

# "St Thomas ’ Hospital": a plural possessive's mark, a token of its own, goes back onto its word in a title.
_LONE_APOSTROPHE = re.compile(r"(?<=\w)\s+([’'])(?=\s|$)")

_AGE_THEN_ARTICLE = re.compile(r"^(\d{1,3}, )(?:a|an|the) ")  # "45, a nurse from Dayton" -> "45, nurse from Dayton"

_STAGE_DIRECTION = re.compile(r"\s*[(\[][^()\[\]]*[)\]][\s.]*")

_CUE_BEFORE_QUOTE = re.compile(r"\b(\w+)\s*[,:]\s*$")  # "… and said, “…”": a verb of saying leads into the quote

_DASH_LINE = re.compile(r"\s*[―—–-]+\s*[A-Z][^.!?\n]{0,60}\.?\s*$")

_PLAIN_SPACES = str.maketrans({ch: " " for ch in "\u00a0\u2002\u2003\u2007\u2009\u200a\u202f\u205f"})


def extract_quotes(text: str, published: str | None = None, *, author: str | None = None,
                   join_split: bool | None = None) -> list[ExtractedQuote]:
    """Find speaker-attributed quotes in an article's text (body only, offsets into `text`); `author` is the
    byline, who an "I" of the narration is ("I laughed and said, “…”" in a column)."""
    join_split = JOIN_SPLIT_QUOTES if join_split is None else join_split
    # Spaces of other widths (no-break, thin) read as plain spaces; one character for one, so offsets hold.
    text = (text or "").translate(_PLAIN_SPACES)
    original = text
    text = _paragraphs_unflattened(text)
    # ‘We have turned a corner,’ Mr Sunak said: an article quoting with single marks reads as one with double.
    text = single_style_as_double(text)
    # Marcia “Cia” Price, John “Tig” Tiegen: a nickname inside a name is no quotation.
    spans = [span for span in find_quotations(text)
             if not _NICKNAME.match(text, _word_start(text, span.open_mark), span.close_mark + 3)]
    paras = paragraphs(text)
    by_para: dict[int, list[QuoteSpan]] = {}
    for span in spans:
        for number in set(span.paragraphs):
            by_para.setdefault(number, []).append(span)
    parsed = {n: _Paragraph(text, lo, hi, by_para.get(n, [])) for n, (lo, hi) in enumerate(paras)}

    people = People()
    resolver = _Resolver(people, text, writer=personal_byline(author))
    mid_sentence_caps: set[str] = set()
    headlines = {0} if paras and _is_headline(text[paras[0][0]:paras[0][1]]) else set()
    for n, para in parsed.items():
        for _, _, toks, _ in para.stretches:
            people.scan(toks, headline=n in headlines)
            for prev, tok in zip(toks, toks[1:]):
                if tok.text[:1].isupper() and prev.text[:1].islower():
                    mid_sentence_caps.add(tok.text)

    def known(mention: Mention) -> bool:
        """Tell whether a name mention is a name the article uses (not a capitalised opening word)."""
        words = mention.text.split()
        # (An acronym is a name wherever it stands: "The RNC, in its daily media summary, emailed".)
        return len(words) >= 2 or bool(mention.title) or words[0] in mid_sentence_caps or (
            len(words[0]) > 1 and words[0].isupper()) or (
            people.lookup(mention.text, mention.start) is not None)
    resolver.known = known
    for n, para in parsed.items():
        for _, _, _, attrs in para.stretches:
            for attr in attrs:
                resolver.note(attr)
        # Whoever a sentence opens with is who a later "he" or "she" most likely means.
        for lo, hi, toks, _ in para.stretches:
            first, last = bisect.bisect_right(para.breaks, lo), bisect.bisect_left(para.breaks, hi)
            starts = [lo] + para.breaks[first:last]
            k = 0
            for number, start in enumerate(starts):
                while k < len(toks) and toks[k].start < start:
                    k += 1
                # (Within the sentence: a comma in the next one is no end of this one's opening phrase.)
                stop = starts[number + 1] if number + 1 < len(starts) else hi
                window = toks[k:k + 24]
                if number == 0 and window and window[0].text[:1].islower() and lo > para.lo:
                    # “…,” said Denise Ortiz, a mother of two who …: words after a quotation go on its sentence.
                    continue
                sentence = [t for t in window if t.start < stop]
                opening = _topic(sentence) or _sentence_subject(sentence, known)
                if opening is not None and n in headlines:
                    opening = _headline_subject(opening)
                    if opening is None:
                        continue
                if opening is not None and (opening.speaker.kind == "name" or _institution(opening.speaker) or (
                        opening.speaker.kind == "nominal" and (_notable_description(opening.speaker, people) or (
                            _capitalised_description(opening.speaker.text))))):
                    resolver.note(opening, "subject")
            # "The moderators were ready to move on, but Christie wasn't having it.", "Sanders held a rally while
            # Clinton hosted an event": the subject of a clause joined after a comma, or after "while", is who the
            # sentence ends on.
            for j in range(1, len(toks) - 1):
                if (toks[j].text in _CLAUSE_JOINS and toks[j - 1].text in {",", ";"} or toks[j].text == "while") and (
                        toks[j + 1].text[:1].isupper()):
                    joined = _sentence_subject(toks[j + 1:j + 25], known)
                    if joined is not None and joined.speaker.kind == "name":
                        resolver.note(joined, "subject")
                elif toks[j].text == "with" and _is_cap(toks[j + 1]):
                    doing = _with_clause_subject(toks, j)
                    if doing is not None:
                        resolver.note(doing, "subject")
            # "Trump believes", "Clinton called it": the people whose views the article reports.
            for subject in _reports(toks):
                resolver.note(subject, "report")
            for named in _introduced_by_name(toks):
                resolver.note(named, "subject")
    resolver.history.sort(key=lambda h: h[0])
    resolver._positions = [h[0] for h in resolver.history]
    people.mentions.sort(key=lambda m: m[0])
    people.learn_genders(text)

    found: list[_Found] = []
    for index, span in enumerate(spans):
        first_para, last_para = parsed[span.paragraphs[0]], parsed[span.paragraphs[-1]]
        prev_close = (spans[index - 1].close_mark if index and spans[index - 1].close_mark > first_para.lo
                      else first_para.lo)
        prev_close = min(prev_close, span.open_mark)
        next_open = spans[index + 1].open_mark if index + 1 < len(spans) and (
            spans[index + 1].open_mark < last_para.hi) else last_para.hi
        next_open = max(next_open, span.close_mark)
        item = _Found(span, _classify(text, span, first_para), parts=[_trim(text, a, b) for a, b in span.parts])
        right = _right_attribution(item, text, last_para, next_open)
        if right is not None and _introduces_next(text, item, right, next_open):
            # “Why now?” Clinton responds. … Mills writes back, “You look cute.”: a clause that runs on into
            # the next quotation introduces that one; this one keeps its own lead-in when it has one.
            right = _left_attribution(item, text, first_para, prev_close, known) or right
        elif right is not None and text[span.start:span.end].rstrip().endswith("."):
            # "Hayek … said, “America has a very severe problem.” The star then recalled an incident": a
            # finished sentence introduced by a verb of saying keeps that speaker; the next sentence is news.
            lead_in = _CUE_BEFORE_QUOTE.search(text, max(first_para.lo, span.open_mark - 40), span.open_mark)
            left = _left_attribution(item, text, first_para, prev_close, known) if lead_in and (
                lead_in.group(1).casefold() in CUE_VERBS) else None
            if left is not None and left.cue:
                right = left
        item.attribution = right or _left_attribution(item, text, first_para, prev_close, known)
        if item.attribution is None and last_para.hi < len(text) and span.open_mark == first_para.lo and (
                _quote_only_paragraph(text, item, last_para)):
            # A fact-check lists a claim in its own paragraph and the claimant on the next: "- Bernie Sanders."
            following = span.paragraphs[-1] + 1
            if following in parsed and _DASH_LINE.match(text, parsed[following].lo, parsed[following].hi):
                item.attribution = _byline(text, parsed[following].lo, parsed[following].hi)
        if item.attribution is None and item.kind == "partial":
            # "… all he has “the root of all evil.” ― Christina Lastra": a fragment with nobody in its sentence
            # takes the byline after it; one whose sentence names a speaker keeps that speaker.
            item.attribution = _byline(text, span.close_mark, last_para.hi)
        found.append(item)

    found = _join_split(found, text) if join_split else found
    _inherit(found, text, parsed, paras, known)

    results: list[ExtractedQuote] = []
    for item in _outermost_quotations(found):
        attr = item.attribution or (item.inherited_from.attribution if item.inherited_from else None)
        speaker = title = None
        guessed = False
        if attr is not None:
            speaker, title = resolver.resolve(attr.speaker, attr.speaker.start)
        para = parsed[item.span.paragraphs[0]]
        fragment = text[item.parts[0][0]:item.parts[-1][1]]
        if _BYLINE_AFTER.match(text, item.span.close_mark - 2) and item.attribution is None:
            # —“Sam Mendes leaves ‘Chocolate Factory’ on its way to Broadway,” by Times' Michael Paulson: the
            # headline of a piece a newsletter links to, not words anyone said.
            continue
        # (“Miss Piggy” and “Miss Housekeeping”: a title-case fragment joined to one kept before it is kept too.)
        joined = bool(results) and results[-1].end < item.span.open_mark and _JOINED.fullmatch(
            text, results[-1].end + 1, item.span.open_mark) is not None
        if _looks_like_title(fragment) and not joined and _names_not_says(item, speaker, fragment, para):
            # “Morning Joe”, “Fox News Sunday”, “Orange is the New Black”: names of works, not words said; so is
            # one right after a noun for a work, whoever wrote it ("her memoir, “Tough Choices.”").
            continue
        if item.kind == "partial" and _TERM_BEFORE.search(text, max(para.lo, item.span.open_mark - 20),
                                                          item.span.open_mark):
            # "Officials condemned the so-called “Moscow ultimatum”": a term named, not words anyone is said to
            # have said ("the term “superpredator”" is left to the attribution: it names whose word it was).
            continue
        if item.kind == "partial" and _words(fragment) < MIN_PARTIAL_WORDS and not (
                item.attribution is not None and item.attribution.cue in CUE_VERBS):
            # A single quoted word (“disqualifying”) flags a term more often than it repeats speech,
            # unless a verb of saying introduces it ("Grushko said Russia will ‘study’ the proposal").
            continue
        if _words(fragment) < MIN_PARTIAL_WORDS and (speaker is None or (
                item.attribution is not None and item.attribution.cue == "")):
            # "Economists have coined a term for it: “Swiftonomics.”": one word that nobody is said to have said
            # (whoever the sentence is about).
            continue
        if speaker is None and item.kind == "partial":
            if item.span.single or not _reads_as_speech(text, item, para):
                continue  # an unattributed fragment is a scare quote or a title, not something said
            # "Bateman, who drove from Illinois, says there's a “long road ahead”": a fragment in a
            # sentence that reports speech is a quote even when its clause is too tangled to parse.
            speaker, title = _sentence_speaker(text, item, para, people, resolver)
            guessed = True
            if speaker is not None:
                # "Elmendorf, a top fundraiser close to the campaign, says the goal is “to disqualify Trump.” …
                # “Yes,” he added.": the sentence's speaker is who a later pronoun continues.
                resolver.remember(speaker, title, people.lookup(speaker, item.span.open_mark), item.span.open_mark)
        if speaker is None and item.span.single:
            continue
        clause_text = ""
        # The attribution's sentence dates the quote; one that goes on from a quote before it in the same
        # paragraph ("“…,” he told reporters Saturday. “…”") takes that quote's date too.
        if attr is not None and para.lo <= attr.start < para.hi:
            s0 = para.sentence_start(attr.start)
            # (Around the attribution only: a sentence of thousands of quotations is not re-read for each.)
            clause_end = min(para.sentence_end(attr.start), attr.end + MAX_LEAD_IN)
            clause_text = text[max(s0, attr.start - MAX_LEAD_IN):clause_end]
        # "(CROSSTALK.)", "[APPLAUSE]": a transcript's note of what happened is no part of the words said.
        parts = [(a, b) for a, b in item.parts if not _STAGE_DIRECTION.fullmatch(text, a, b)]
        if not parts:
            continue
        quote_text = " ".join(original[a:b].strip() for a, b in parts)
        cue = attr.cue if attr is not None and attr.cue != ":" else None
        method = attribution_class(text, attr.speaker.kind if attr else None, attr.speaker.text if attr else None,
                                   speaker, para.lo, attr.speaker.start if attr else item.span.open_mark,
                                   continued=item.attribution is None, guessed=guessed)
        results.append(ExtractedQuote(
            text=quote_text, start=parts[0][0], end=parts[-1][1], kind=item.kind, speaker=speaker,
            title=_AGE_THEN_ARTICLE.sub(r"\1", _LONE_APOSTROPHE.sub(r"\1", title)) if title else title,
            cue=cue, date=date_in(_outside_quotes(clause_text), published) if clause_text else None,
            parts=list(parts), context=original[max(para.lo, parts[0][0] - MAX_CONTEXT):min(
                parsed[item.span.paragraphs[-1]].hi, parts[-1][1] + MAX_CONTEXT)],
            method=method, confidence=confidence_of(method)))
    return results

_TERM_BEFORE = re.compile(r"\bso-called\s*$", re.IGNORECASE)

_JOINED = re.compile(r"[”\"’']?,?\s+(?:and|or)\s+")  # the words between “Miss Piggy” and “Miss Housekeeping”

_BYLINE_AFTER = re.compile(r"[,.][”\"’']\s+by\s+[A-Z]")  # “…,” by Times' Michael Paulson

MAX_CONTEXT = 2_000  # characters of a quote's paragraph kept as its context on either side of it

_NICKNAME = re.compile(r"[A-Z][\w.’'-]*\s+[“\"‘][A-Z][\w.’'-]*[”\"’]\s+[A-Z]")
