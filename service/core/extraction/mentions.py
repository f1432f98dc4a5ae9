"""Who an article mentions, read before any quotation is attributed: the people it names, and the subjects of
its sentences that a later "he", "she" or surname may stand for."""
from __future__ import annotations

import bisect
from collections.abc import Callable

from .attribution import (
    _CLAUSE_JOINS,
    _capitalised_description,
    _headline_subject,
    _institution,
    _introduced_by_name,
    _is_headline,
    _notable_description,
    _reports,
    _sentence_subject,
    _topic,
    _with_clause_subject,
)
from .candidates import Mention, _is_cap
from .paragraphs import _Paragraph
from .people import People
from .resolution import _Resolver


def read_mentions(text: str, paras: list[tuple[int, int]], parsed: dict[int, _Paragraph], people: People,
                  resolver: _Resolver) -> Callable[[Mention], bool]:
    """Note every person and subject the article mentions with `people` and `resolver`; return the test of
    whether a name mention is a name the article uses."""
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
    return known
