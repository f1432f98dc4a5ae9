"""Quotations with no clause of their own: split quotes joined, and quotes that go on from an attributed one."""
from __future__ import annotations

import bisect
import re

from ..lexicon import (
    CUE_VERBS,
    REPORTING,
)
from .attribution import (
    _CONNECTIVES,
    _SENTENCE_END_INNER,
    _SPEECH_WORDS,
    MAX_OPENING_PHRASE,
    MAX_SUBJECT_SCAN,
    _looks_like_title,
    _previous_sentence_attribution,
    _reports,
    _sentence_subject,
)
from .candidates import (
    NUMBER,
    Attribution,
    Tok,
    subject_after,
    tokens,
)
from .paragraphs import _Found, _Paragraph, _quote_only_paragraph, _unquoted_sentence_tokens, _words

MIN_PARTIAL_WORDS = 2  # a fragment of fewer words is a term in quotation marks, too short to check


def _join_split(found: list[_Found], text: str) -> list[_Found]:
    """Join “A,” he said. “B.” into one quote with two parts when B has no attribution of its own."""
    joined: list[_Found] = []
    for item in found:
        prev = joined[-1] if joined else None
        if (prev is not None and item.attribution in (None, prev.attribution) and prev.attribution is not None
                and not item.span.single and not prev.span.single
                and prev.span.paragraphs[-1] == item.span.paragraphs[0]
                and prev.attribution.start >= prev.span.close_mark
                and not text[prev.span.close_mark:prev.attribution.start].strip(" ,.;:—–-")
                and (not text[prev.attribution.end:item.span.open_mark].strip(" ,.;:—–-")
                     or _continues_sentence(text, prev, item))
                and not _names_the_listener(text, item)):
            prev.parts.extend(item.span.parts)
            prev.kind = "direct" if "direct" in (prev.kind, item.kind) else prev.kind
            continue
        joined.append(item)
    return joined


def _names_the_listener(text: str, item: _Found) -> bool:
    """Tell whether a quotation right after an attribution is the show or paper spoken to, not more words said
    ("“He’s a former president,” Fiorina told “Fox and Friends,” reminding the co-hosts …")."""
    fragment = text[item.span.start:item.span.end]
    return _looks_like_title(fragment) and not _SENTENCE_END_INNER.search(fragment)

MAX_INTERRUPTION = 120  # characters of attribution that may stand between the two halves of one sentence

MAX_LISTENER_WORDS = 4  # "he told reporters in Ottawa," before the second half


def _ends_with_attribution(text: str, para: _Paragraph, item: _Found, following: _Found) -> bool:
    """Tell whether the quotation after a fragment, in the fragment's sentence, has an attribution after it that
    ends the sentence (not after a colon, which starts a quotation of its own)."""
    attr, span = following.attribution, item.span
    return attr is not None and following.span.paragraphs[0] == span.paragraphs[0] and (
        following.span.close_mark <= attr.start < para.sentence_end(span.close_mark)) and _words(
        text[span.start:span.end]) >= MIN_PARTIAL_WORDS and ":" not in text[span.close_mark:following.span.open_mark]


def _continues_sentence(text: str, prev: _Found, item: _Found) -> bool:
    """Tell whether a quotation picks up the sentence the one before left at a comma, with an attribution
    and its appositive set off by commas between: "“I think,” said Sen. Chuck Schumer, D-N.Y., “we have the
    votes.”"."""
    if prev.attribution is None:
        return False
    gap = text[prev.attribution.end:item.span.open_mark]
    # The gap opens with a comma, or with the verb's object first ("…,” he told reporters, “and …").
    opens = gap.strip().startswith(",") or len(gap.split(",", 1)[0].split()) <= MAX_LISTENER_WORDS
    return (text[prev.span.start:prev.span.end].rstrip().endswith(",")
            and text[item.span.start:item.span.start + 1].islower()
            and len(gap) <= MAX_INTERRUPTION and opens and gap.strip().endswith(",")
            and not re.search(r"[.!?;:]\s|[“”\"\n]", gap.rstrip()))

_FOLLOWING = re.compile(r"\b(?:the following|as follows)\s*[.:]$")  # "Trump said the following." / “…”


def _inherit(found: list[_Found], text: str, parsed: dict[int, _Paragraph], paras: list[tuple[int, int]],
             known=None) -> None:
    """Give unattributed quotations the speaker the text implies: the quote before, or a lead-in sentence."""
    for n, item in enumerate(found):
        # (A fragment given only its sentence's subject may still take the verb of saying that ends the sentence.)
        if item.attribution is not None and (item.kind != "partial" or item.attribution.cue):
            continue
        span = item.span
        number = span.paragraphs[0]
        para = parsed[number]
        prev = found[n - 1] if n else None
        # (Read back at most MAX_LEAD_IN characters: a sentence of thousands of fragments is not re-read for each.)
        before = text[max(para.sentence_start(span.open_mark), span.open_mark - MAX_LEAD_IN):span.open_mark].strip()
        if all(word.casefold() in _CONNECTIVES for word in re.findall(r"[\w’']+", before)):
            before = ""  # “…,” he said. Then, “…”: a connective before the quotation is no lead-in of its own
        lead_in_adjunct = bool(_LEAD_IN_ADJUNCT.fullmatch(before)) and span.open_mark - len(before) - 1 <= para.lo
        if lead_in_adjunct:
            before = ""
        prev_in_sentence = prev is not None and prev.span.open_mark >= para.sentence_start(span.open_mark)
        following = found[n + 1] if n + 1 < len(found) else None
        if item.kind == "partial" and following is not None and _ends_with_attribution(text, para, item, following):
            # The program was a “good thing” that yielded “frankly good information,” he remarked: the fragments
            # of one sentence share the attribution that ends it ("The FBI … did not find “ties of any
            # consequence,” aside from … “casually” …, said the bureau's director" is the director's).
            if item.attribution is None or (following.attribution is not None and following.attribution.cue):
                item.attribution = following.attribution
            continue
        if item.attribution is not None:
            continue
        if item.kind == "partial" and prev_in_sentence and prev is not None and prev.attribution is not None and (
                prev.attribution.cue and prev.span.paragraphs[-1] == number):
            # "The ministry denounced the meeting as “a dangerous provocation” and warned of “corresponding
            # measures.”": a fragment with no speaker of its own goes on with the one whose verb introduced the
            # fragment before it in its sentence.
            item.inherited_from = prev
            continue
        if before and item.kind == "direct" and not prev_in_sentence:
            continue
        # A source named right after it ("That quote from …", "So says the sheriff, …") wins over going on with
        # the speaker before.
        source = _source_named_after(item, parsed[span.paragraphs[-1]]) or _source_in_next_paragraph(
            text, item, parsed)
        if source is not None:
            item.attribution = source
            continue
        # The quote before it in the same paragraph, or ending the paragraph before: a continuation
        # (also within one sentence: "…, telling the crowd, “…,” and, “…”").
        if prev is not None and (prev.attribution or prev.inherited_from):
            prev_para = prev.span.paragraphs[-1]
            gap = text[prev.span.close_mark:span.open_mark]
            if prev_para == number or (prev_para == number - 1 and span.open_mark == para.lo):
                between_attr = prev.attribution
                leftover = gap
                if between_attr is not None and prev.span.close_mark <= between_attr.start < span.open_mark:
                    leftover = text[prev.span.close_mark:between_attr.start] + text[between_attr.end:span.open_mark]
                if not leftover.strip(" \n,.;:—–-") or _words(leftover) <= 2 or (
                        prev_para == number and not before and not _new_speaker_between(para, prev, span.open_mark)):
                    # “…,” Trump said at his party, two hours after outlets declared him the winner. “…”: a
                    # quotation opening the next sentence goes on with the same speaker.
                    item.inherited_from = prev if prev.attribution else prev.inherited_from
                    continue
        if (span.open_mark == para.lo or lead_in_adjunct) and number > 0:
            lead = parsed[number - 1]
            tail = text[lead.lo:lead.hi].rstrip()
            if tail.endswith(":") or _FOLLOWING.search(tail):
                # A lead-in ending with a colon ("Caddell continued:", "Cruz called them on it:"), or announcing
                # what follows ("Trump said the following."), in the paragraph before: its attribution, else
                # whoever that sentence is about.
                attr = _previous_sentence_attribution(lead, lead.hi) or _lead_in_subject(lead, known)
                if attr is not None:
                    item.attribution = attr
                    continue
            else:
                # A paragraph that is nothing but a quotation, after a paragraph that quotes someone, goes on
                # quoting them (“…,” Barkley said. / “And it’s become sad …”).
                earlier = _last_attributed_in(found, n, number - 1)
                if earlier is not None and item.kind == "direct" and _quote_only_paragraph(text, item, para):
                    item.inherited_from = earlier
                    continue
                if earlier is None and item.kind == "direct" and _quote_only_paragraph(text, item, para) and (
                        not _quotes_in(found, n, number - 1)) and not text[span.start:span.end].isupper():
                    # "Clinton, clearly frustrated, responded by pointing a finger …, saying …" / “I do not
                    # have …”: a paragraph of narrated speech introduces the quotation after it (one in
                    # capitals is a subheading).
                    attr = _speaking_subject(lead, lead.sentence_start(lead.hi - 1), lead.hi, known)
                    if attr is not None:
                        item.attribution = attr
                        continue
        # The sentence before it in the same paragraph names the speaker, or reports what someone thinks
        # ("Cummings called him a master at deals. “He showed again and again …”").
        if span.open_mark > para.lo:
            attr = _previous_sentence_attribution(para, span.open_mark)
            if attr is None and not before and item.kind == "direct":
                sentence = para.sentence_start(span.open_mark - 1)
                reports = _reports(_unquoted_sentence_tokens(para, sentence, span.open_mark))
                attr = reports[-1] if reports else _speaking_subject(para, sentence, span.open_mark, known)
            if attr is not None:
                item.attribution = attr

_THAT_QUOTE = {"that", "the", "this", "those", "these"}

_QUOTE_NOUNS = {"quote", "quotation", "remark", "remarks", "comment", "comments", "words", "line", "statement",
                "message", "verdict", "warning", "assessment", "plea", "advice", "prediction", "promise"}


# "Then, later that month on CNN: “…”": a paragraph that only says when or where the quotation came goes on
# with the speaker of the paragraph before.
_LEAD_IN_ADJUNCT = re.compile(r"(?:Then|Later|Again|Earlier|Afterwards?|Also|Next|Finally|Meanwhile)\b"
                              r"[^.!?:;“”\"\n]{0,50}?:")


def _source_named_after(item: _Found, para: _Paragraph) -> Attribution | None:
    """The source a sentence right after a quotation names for it: "“I'd rather have a sister in a whorehouse
    …” That quote from Alabama Securities Commissioner Thomas Krebs appeared in 1980"."""
    k = bisect.bisect_left(para._starts, item.span.close_mark)
    if k == len(para.stretches) or para.stretches[k][0] != item.span.close_mark:
        return None
    toks = para.stretches[k][2]  # the unquoted words right after the closing mark, tokenised once already
    while toks and not toks[0].text[:1].isalpha():
        toks = toks[1:]  # the full stop after the closing mark
    if len(toks) > 2 and toks[0].text == "So" and toks[1].text in CUE_VERBS:
        mention = subject_after(toks, 1, len(toks))  # "“Go home now.” So said Mayor Karen Bass", "So wrote …"
        if mention is None or mention.kind not in {"name", "org", "nominal"}:
            return None
        return Attribution(toks[1].text, toks[1].start, mention, toks[0].start, mention.end)
    if len(toks) > 3 and toks[0].text.casefold() in {"that", "this"} and toks[1].text in {"was", "is"} and (
            toks[2].text == "the"):
        toks = toks[2:]  # "That was the message from Israel's defence minister, Israel Katz"
    if len(toks) < 4 or toks[0].text.casefold() not in _THAT_QUOTE or toks[1].text.casefold() not in _QUOTE_NOUNS or (
            toks[2].text not in {"from", "by", "of"}):
        return None
    mention = subject_after(toks, 2, len(toks))
    if mention is None or mention.kind not in {"name", "org"}:
        return None
    return Attribution(toks[2].text, toks[2].start, mention, toks[0].start, mention.end)

_THATS_HOW = re.compile(r"\s*(?:That[’']s|That is|This is|So says|So said|Those are the words of|"
                        r"Those were the words of)"
                        r"(?:\s+how)?\s+", re.IGNORECASE)


def _source_in_next_paragraph(text: str, item: _Found, parsed: dict[int, _Paragraph]) -> Attribution | None:
    """The speaker the paragraph after a paragraph of nothing but a quotation names for it: "“If the hospital
    closes, people will die.” / That's how Dr. Rachel Kim, the only surgeon in Harlan County, describes …"."""
    number = item.span.paragraphs[-1]
    para, following = parsed[number], parsed.get(number + 1)
    if following is None or item.span.open_mark != parsed[item.span.paragraphs[0]].lo or not (
            _quote_only_paragraph(text, item, para)):
        return None
    lead = _THATS_HOW.match(text, following.lo, following.hi)
    if lead is None:
        return None
    toks = tokens(text, lead.end() - 1, min(following.hi, lead.end() + 200))
    mention = subject_after([Tok("says", lead.start(), lead.end() - 1)] + toks, 0, len(toks) + 1)
    if mention is None or mention.kind not in {"name", "org"}:
        return None
    # The verb right after the name or its appositive ("…, describes", "Kim puts it") is the cue.
    verb = next((t for prev, t in zip(toks, toks[1:]) if t.start >= mention.end and t.text.isalpha() and (
        t.text.islower() and t.text.endswith("s")) and (prev.text == "," or prev.end == mention.end)), None)
    cue = verb.text if verb is not None else "says"
    return Attribution(cue, verb.start if verb is not None else lead.start(), mention, lead.start(), mention.end)


def _speaking_subject(para: _Paragraph, start: int, end: int, known) -> Attribution | None:
    """Whoever a sentence of narrated speech or judgement is about: "Bolton distanced himself … by saying he
    would help", "Valastro praised Christie’s leadership" speak the quotation that follows; a sentence with
    no verb of saying, thinking or judging names no speaker."""
    toks = _unquoted_sentence_tokens(para, start, end)
    cue = next((t for n, t in enumerate(toks) if (t.text.casefold() in _SPEECH_WORDS or t.text in REPORTING) and not (
        n and NUMBER.fullmatch(toks[n - 1].text))), None)  # ("finished with 28 points": a noun after a number)
    if cue is None:
        return None
    opening = _sentence_subject(toks[:MAX_OPENING_PHRASE], known)
    if opening is None or opening.speaker.kind not in {"name", "org"} or opening.cue_start > cue.start:
        return None
    return Attribution(cue.text.casefold(), cue.start, opening.speaker, opening.start, cue.end)


def _quotes_in(found: list[_Found], before: int, paragraph: int) -> bool:
    """Tell whether any quotation before index `before` ends in `paragraph` (a bounded look back)."""
    for k in range(before - 1, -1, -1):
        last = found[k].span.paragraphs[-1]
        if last <= paragraph:
            return last == paragraph
    return False


def _last_attributed_in(found: list[_Found], before: int, paragraph: int) -> _Found | None:
    """The last quotation before index `before` that ends in `paragraph` and has a speaker, if any."""
    for k in range(before - 1, -1, -1):
        item = found[k]
        last = item.span.paragraphs[-1]
        if last < paragraph:
            return None
        if last == paragraph and (item.attribution is not None or item.inherited_from is not None):
            return item if item.attribution is not None else item.inherited_from
    return None


def _lead_in_subject(lead: _Paragraph, known) -> Attribution | None:
    """Whoever the last sentence of a lead-in paragraph is about ("President Clinton released a statement:")."""
    start = lead.sentence_start(max(lead.lo, lead.hi - 2))
    toks = _unquoted_sentence_tokens(lead, start, lead.hi)
    dashes = [k for k, tok in enumerate(toks) if tok.text in {"—", "–"}]
    if dashes:
        # "That is, when the moderators yielded to snark — and Lordy! — Cruz called them on it:": the clause
        # after the last dash is the one that leads in.
        after = _sentence_subject(toks[dashes[-1] + 1:][:MAX_OPENING_PHRASE + MAX_SUBJECT_SCAN], known)
        if after is not None and after.speaker.kind in {"name", "org"}:
            return after
    opening = _sentence_subject(toks[:MAX_OPENING_PHRASE + MAX_SUBJECT_SCAN], known)
    if opening is not None and opening.speaker.kind in {"name", "org", "nominal"}:
        return opening
    return None

MAX_LEAD_IN = 1_000  # characters read around a quotation or attribution for words of its own sentence


def _new_speaker_between(para: _Paragraph, prev: _Found, before: int) -> bool:
    """Tell whether a sentence after the one quoting `prev` names someone else speaking before `before`."""
    said_at = prev.attribution.start if prev.attribution is not None else prev.span.close_mark
    first_sentence = para.sentence_start(max(said_at, prev.span.open_mark))
    for _, hi, _, attrs in para.stretches_before(before):
        if hi <= prev.span.close_mark:
            break
        for attr in attrs:
            if attr.start >= prev.span.close_mark and attr.end <= before and (
                    para.sentence_start(attr.start) > first_sentence):
                return True
    return False
