"""Pairing quotation marks: which stretches of a text are quoted, across paragraphs and mark styles.

Everything here is one left-to-right pass over the marks, so unbalanced or adversarial text costs
linear time and never raises.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..lexicon import CUE_VERBS, WORK_NOUNS, is_forename
from .tokens import NAME_WORD

DOUBLE_OPEN = "“„‟«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‚‹"
SINGLE_CLOSE = "’›"
_DOUBLE_MARKS = re.compile(r"[“”„‟«»\"]")
_SINGLE_MARK = r"[‘’‚‹›]"
_SINGLE_OR_STRAIGHT_MARK = r"(?:[‘’‚‹›]|'(?<!'')(?!'))"  # two typewriter marks ('') are one double mark
# A single mark with a letter or digit on both sides ("don’t", "Trump’s") neither opens nor closes: only the others
# are looked at (most single marks are such apostrophes). `[^\W_]` is what str.isalnum() accepts.
# (The mark is matched first, so the engine skips to marks; the lookbehind then reads the character before it.)
_NOT_IN_WORD = r"(?:(?<![^\W_][\s\S])|(?![^\W_]))"
_SINGLE_MARKS = re.compile(_SINGLE_MARK + _NOT_IN_WORD)
_SINGLE_OR_STRAIGHT = re.compile(_SINGLE_OR_STRAIGHT_MARK + _NOT_IN_WORD)
_EVERY_SINGLE = re.compile(_SINGLE_MARK)
_EVERY_SINGLE_OR_STRAIGHT = re.compile(_SINGLE_OR_STRAIGHT_MARK)
_SINGLE_MARK_CHARACTERS = "‘’‚‹›'"  # every single mark, curly or typewriter, whatever stands beside it
_ANY_SINGLE = re.compile(f"[{_SINGLE_MARK_CHARACTERS}]")
_INCHES = re.compile(r"\d[’']\d{1,2}$")  # feet and inches before a mark: 6’2”
_PARAGRAPH = re.compile(r"[^\n]+")
_OPENING_CONTEXT = set(" \t\n([{—–-/") | set(DOUBLE_OPEN) | set(SINGLE_OPEN)
_MAX_SINGLE_SPAN = 400  # a single-quoted phrase longer than this is an apostrophe pair, not a quote


@dataclass
class QuoteSpan:
    """One quotation: its inner pieces (several when it runs over paragraphs) and where its marks stand."""

    parts: list[tuple[int, int]]  # inner text of each piece, without the marks
    open_mark: int  # offset of the first opening mark
    close_mark: int  # offset just past the last closing mark
    single: bool = False  # quoted with ‘single’ marks
    paragraphs: list[int] = field(default_factory=list)  # indexes of the paragraphs it spans

    @property
    def start(self) -> int:
        """Offset where the quoted words begin."""
        return self.parts[0][0]

    @property
    def end(self) -> int:
        """Offset where the quoted words end."""
        return self.parts[-1][1]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of each non-blank line: one paragraph per line, as articles are stored."""
    found = []
    for match in _PARAGRAPH.finditer(text):
        start, end = match.span()
        while start < end and text[start] in " \t\r\f\v\u00a0":
            start += 1
        while end > start and text[end - 1] in " \t\r\f\v\u00a0":
            end -= 1
        if start < end:
            found.append((start, end))
    return found


def _opens(text: str, i: int, lo: int, hi: int) -> bool:
    """Tell whether a straight double mark at i opens a quotation (judged by the characters around it)."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    if before in _OPENING_CONTEXT:
        return not after.isspace()
    return False


def _double_spans(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int]], int | None]:
    """Pair double marks in one paragraph; return closed (open, close) pairs and a still-open mark, if any."""
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    nested_end = -1  # the closing mark of a curly quotation nested in a straight-marked one
    for match in _DOUBLE_MARKS.finditer(text, lo, hi):
        i = match.start()
        ch = text[i]
        if i <= nested_end:
            continue
        if ch in DOUBLE_OPEN and open_at is not None and text[open_at] == '"':
            nested_end = _nested_curly_end(text, open_at, i, lo, hi)
            if nested_end > i:
                continue
        if ch in '”"' and _INCHES.search(text, max(lo, i - 4), i):
            continue  # "the 6’2” guy": a height's inch mark closes nothing
        if ch == '"' and open_at is not None and text[open_at] in DOUBLE_OPEN and _opens(text, i, lo, hi):
            # (“He called it "nonsense" and left,” she said: a straight pair nested in a curly quotation.)
            nested_end = _nested_straight_end(text, i, hi)
            if nested_end > i:
                continue
        if ch == '"':
            opening = (_opens(text, i, lo, hi) or open_at is None and _opens_detached(text, i, hi)) and (
                open_at is None or _curly_left_open(text, open_at, i, hi))
        elif ch in DOUBLE_OPEN:
            # A curly opening mark glued to the end of a word is a misprinted closing mark.
            # ("“It's unusual,“ said Noble": after punctuation and before a space it closes too.)
            opening = not (open_at is not None and i > lo and (text[i - 1].isalnum() or text[i - 1] in ",.!?;") and (
                i + 1 >= hi or not text[i + 1].isalnum()))
        else:
            opening = open_at is None and _opens(text, i, lo, hi) and i + 1 < hi and text[i + 1].isalpha() and (
                text.find("”", i + 1, hi) > 0)
        done = _SENTENCE_DONE.search(text, max(lo, i - 3), i) if opening and open_at is not None else None
        if done is not None and open_at is not None and ch in DOUBLE_OPEN and text[open_at] in DOUBLE_OPEN and (
                not text[open_at + 1].isspace()):
            # (“We have been trying to educate people. … exposure. “Because you need to …: careless copy reopens a
            # quotation it never closed; the sentences before the second mark are quoted too.)
            pairs.append((open_at, done.start() + 1))
            open_at = i
        elif opening:
            open_at = i  # a second opening mark abandons an unclosed one before it
        elif open_at is not None:
            pairs.append((open_at, i))
            open_at = None
    single = _single_closing_before_cue(text, open_at, hi) if open_at is not None else None
    if open_at is not None and single is not None:
        return pairs + [(open_at, single)], None
    return pairs, open_at


_SENTENCE_DONE = re.compile(r"[.!?]\s+\Z")  # a sentence ended right before a mark
MAX_CUE_WORDS = 4  # words after a closing mark up to the verb of saying: "’ the Labour MP said"
_STOP_AND_SINGLE_CLOSING = re.compile(r"[,.!?]’(?=\s)")
CUE_REACH = 60  # characters after the closing mark where those words stand


def _single_closing_before_cue(text: str, open_at: int, hi: int) -> int | None:
    """Where a single mark closes a quotation a curly double mark opened, in careless copy (“We can’t depend on
    this. … transmission,’ he says.): a single mark after a comma or a stop, then a verb of saying within a few
    words, and no double mark closes the quotation in its paragraph. None when there is none."""
    if text[open_at] != "“":
        return None
    for found in _STOP_AND_SINGLE_CLOSING.finditer(text, open_at + 1, hi):
        after = NAME_WORD.findall(text, found.end(), min(hi, found.end() + CUE_REACH))[:MAX_CUE_WORDS]
        if any(word in CUE_VERBS for word in after):
            return found.start() + 1
    return None


def _opens_detached(text: str, i: int, hi: int) -> bool:
    """Tell whether a straight mark at i, with no quotation open, opens one though its space stands after it, as
    text tokenised for a corpus writes it (Wilkins said," [Warhol] liked the way photo booths … looked".): a comma
    or colon before it, a capital or a bracket after the space, and the next straight mark a closing one."""
    if i < 1 or text[i - 1] not in ",:" or text[i + 1:i + 2] != " " or not (
            text[i + 2:i + 3].isupper() or text[i + 2:i + 3] == "["):
        return False
    close = text.find('"', i + 1, hi)
    return close > 0 and not text[close - 1].isspace() and not text[close + 1:close + 2].isalnum()


def _curly_left_open(text: str, open_at: int, i: int, hi: int) -> bool:
    """Tell whether a straight mark at i that reads as opening leaves a curly quotation before it unclosed rather
    than closing it: no curly closing mark follows in the paragraph (He warned they will “face every possible
    consequence., before adding: "There will have been …."), so the straight pair is a quotation of its own."""
    return text[open_at] in DOUBLE_OPEN and text.find("”", i + 1, hi) < 0


def _nested_straight_end(text: str, i: int, hi: int) -> int:
    """The closing mark of a straight quotation opening at i inside a curly one, or -1: it closes before the curly
    closing mark that follows."""
    close = text.find("”", i + 1, hi)
    straight_close = text.find('"', i + 1, close) if close > 0 else -1
    return straight_close


def _nested_curly_end(text: str, straight_open: int, i: int, lo: int, hi: int) -> int:
    """The closing mark of a curly quotation opening at i inside one a straight mark opened, or -1 when it is
    not nested: nested, the straight quotation opens inside the paragraph and closes after it (She said, "It is
    not about “justice” anymore."). A paragraph opening with a straight mark is as often an excerpt of another
    article quoting people in curly marks as a quoted speech: its curly quotations stand.)"""
    close = text.find("”", i + 1, hi)
    if close < 0:
        return -1
    straight_close = text.find('"', i + 1, hi)
    if straight_close >= 0 and straight_close < close:
        return -1
    return close if straight_close > close and straight_open > lo else -1


def _single_spans(text: str, lo: int, hi: int, straight: bool = False) -> list[tuple[int, int]]:
    """Pair ‘single’ marks in a stretch outside double quotes; apostrophes (’s, don’t) never close. With
    `straight`, typewriter marks pair too ('I am very sorry,' he said): one opens after a space and closes
    before one."""
    return _pair_single_marks(text, lo, hi, _single_marks(text, lo, hi, straight))


def _single_marks(text: str, lo: int, hi: int, straight: bool) -> list[int]:
    """Where the single marks of text[lo:hi] stand, but for those inside a word, which neither open nor close."""
    pattern, every = (_SINGLE_OR_STRAIGHT, _EVERY_SINGLE_OR_STRAIGHT) if straight else (_SINGLE_MARKS, _EVERY_SINGLE)
    found = [match.start() for match in pattern.finditer(text, lo, hi)]
    if (not found or found[0] != lo) and every.match(text, lo, hi):
        found.insert(0, lo)  # (the stretch's first character has no character before it, whatever the text has)
    return found


def _pair_single_marks(text: str, lo: int, hi: int, marks: list[int]) -> list[tuple[int, int]]:
    """Pair the single marks at the offsets given, in order, as _single_spans says."""
    pairs = []
    open_at: int | None = None
    for i in marks:
        ch = text[i]
        before = text[i - 1] if i > lo else " "
        after = text[i + 1] if i + 1 < hi else " "
        opens = not before.isalnum() and not after.isspace()
        if ch in SINGLE_OPEN or (ch == "'" and open_at is None and opens):
            if opens:
                open_at = i
        elif open_at is not None and not after.isalnum() and before not in " \t":
            if i - open_at > _MAX_SINGLE_SPAN:
                open_at = None
                continue
            # "voters’ worries": a plural possessive, not the end of the quote, when a later closer exists.
            if before == "s" and after == " " and text[i + 2:i + 3].islower():
                nxt = text.find(ch, i + 1, min(hi, i + 200))
                if nxt > 0 and not text[nxt + 1:nxt + 2].isalnum() and text.find("‘", i, nxt) < 0:
                    continue
            pairs.append((open_at, i))
            open_at = None
    return pairs


def _starts_with_opening(text: str, lo: int, hi: int) -> bool:
    """Tell whether a paragraph begins with an opening double mark (a quotation continued from above)."""
    return lo < hi and (text[lo] in DOUBLE_OPEN or (text[lo] == '"' and _opens(text, lo, lo, hi)))


def find_quotations(text: str) -> list[QuoteSpan]:
    """Find every quotation in text, double and single, joining pieces that run over paragraphs."""
    spans: list[QuoteSpan] = []
    carried: QuoteSpan | None = None  # a quotation whose paragraph ended without closing it
    quoted_before = previous_closed = False  # whether the paragraph before the carried quotation's closed one
    for number, (lo, hi) in enumerate(paragraphs(text)):
        start = lo
        if carried is not None and (close := _sentence_broken_off(text, carried, lo, hi)) is not None:
            carried.parts.append((lo, close))
            carried.close_mark = close + 1
            carried.paragraphs.append(number)
            spans.append(carried)
            carried, start = None, close + 1
        pairs, still_open = _double_spans(text, start, hi)
        if carried is not None and not _starts_with_opening(text, lo, hi):
            # The next paragraph does not reopen: the earlier mark was stray, or its closing mark was left out.
            spans.extend(_left_open(text, carried, quoted_before))
            carried = None
        outside_from = start
        for k, (a, b) in enumerate(pairs):
            if k == 0 and carried is not None and a == lo:
                carried.parts.append((a + 1, b))
                carried.close_mark = b + 1
                carried.paragraphs.append(number)
                spans.append(carried)
                carried = None
            else:
                spans.append(QuoteSpan([(a + 1, b)], a, b + 1, False, [number]))
            spans.extend(_singles_between(text, outside_from, a, number))
            outside_from = b + 1
        if still_open is not None:
            spans.extend(_singles_between(text, outside_from, still_open, number))
            piece = (still_open + 1, hi)
            if carried is not None and still_open == lo:
                carried.parts.append(piece)
                carried.paragraphs.append(number)
                carried.close_mark = hi
            else:
                carried = QuoteSpan([piece], still_open, hi, False, [number])
                quoted_before = still_open == lo and previous_closed
        else:
            spans.extend(_singles_between(text, outside_from, hi, number, to_end=True))
            carried = None
        previous_closed = bool(pairs)
    if carried is not None:
        spans.extend(_left_open(text, carried, quoted_before))
    spans.sort(key=lambda s: s.open_mark)
    return [s for s in spans if all(a < b for a, b in s.parts)]


def _sentence_broken_off(text: str, carried: QuoteSpan, lo: int, hi: int) -> int | None:
    """Where the closing mark of a quotation stands in the paragraph at lo when a line break cut its sentence in
    two (“The session reviewed early impacts … as weather conditions ¶ deteriorate,” he stated.): the quotation's
    paragraph ends in a letter, this one opens in lower case, and its first double mark closes. None otherwise."""
    end = carried.parts[-1][1]
    if not (text[end - 1:end].isalpha() and text[lo:lo + 1].islower()):
        return None
    mark = _DOUBLE_MARKS.search(text, lo, hi)
    if mark is None or text[mark.start()] not in '”"' or text[mark.start() - 1].isspace():
        return None
    return mark.start()


MIN_LEFT_OPEN_WORDS = 4  # a shorter stretch after a stray mark is no quotation whose closing mark was lost
CUE_LOOK_BACK = 30  # characters before the mark where the verb of saying and its comma stand
_CUE_BEFORE_MARK = re.compile(r"(\w+)[,:]\s*$")


def _left_open(text: str, span: QuoteSpan, quoted_before: bool) -> list[QuoteSpan]:
    """A quotation whose last closing mark was left out, running to its last paragraph's end: one that later
    paragraphs reopen (“We are in no man's land … / “We just need that break …, the text's end and no mark
    after), one opening its paragraph right after a paragraph that quoted (“…,” he said. / “So there's no way
    …), or one a verb of saying opens ("Gomez, Panama coach, said, “I think we have learned a lot."); else
    nothing (a stray mark quotes nothing)."""
    if len(span.parts) > 1:
        return [span]
    if not quoted_before and not _opened_by_cue(text, span.open_mark):
        return []
    start, end = span.parts[0]
    return [span] if len(text[start:end].split()) >= MIN_LEFT_OPEN_WORDS else []


def _opened_by_cue(text: str, mark: int, lo: int = 0) -> bool:
    """Tell whether a verb of saying and its comma or colon stand right before the mark at `mark` (not before
    `lo`): "Gomez, Panama coach, said, “I think …"."""
    cue = _CUE_BEFORE_MARK.search(text, max(lo, mark - CUE_LOOK_BACK), mark)
    return cue is not None and cue.group(1).casefold() in CUE_VERBS


MIN_SINGLE_STYLE_SPANS = 2  # single-quoted passages (with few double-quoted ones) that make an article British style


# Two straight double marks where one opens or closes a quotation: text escaped for a spreadsheet, or a slip
# (""Tim's 13 years … performance,"" Levinson said). Three or more are left alone.
_DOUBLED_STRAIGHT_OPENING = re.compile(r'(?<![^\s(\[])(?<!")""(?=\w)')
_DOUBLED_STRAIGHT_CLOSING = re.compile(r'(?<=[^\s"])""(?=[\s.,;:!?)\]]|$)')


def doubled_straight_as_one(text: str) -> str:
    """Read two straight double marks as one where they open or close a quotation (""We will act,"" he said). One
    character for one, so offsets hold: the pair becomes a space and a mark."""
    if '""' not in text:
        return text
    text = _DOUBLED_STRAIGHT_OPENING.sub(' "', text)
    return _DOUBLED_STRAIGHT_CLOSING.sub('" ', text)


# A single mark right after the double mark that closes a quotation, as a slip writes the end of a quotation
# nested in it (“I told them, ‘Here, I am your Tito,”' said Boskovic).
_SINGLE_AFTER_CLOSING = re.compile(r"”(['’])(?=\s|$)")
_SINGLE_CLOSING = re.compile(r"’(?![^\W_])")


def single_closed_outside_double(text: str) -> str:
    """Read as a space the single mark that closes a quotation nested in another but stands after the double
    closing mark (one character for one, so offsets hold), when a single mark opened in the quotation is not closed
    in it: the attribution after it then reads as it would without the slip."""
    if "”'" not in text and "”’" not in text:
        return text
    chars: list[str] | None = None
    for match in _SINGLE_AFTER_CLOSING.finditer(text):
        opening = text.rfind("“", 0, match.start())
        nested = text.rfind("‘", opening + 1, match.start()) if opening >= 0 else -1
        if nested < 0 or _SINGLE_CLOSING.search(text, nested + 1, match.start()) is not None:
            continue
        chars = chars if chars is not None else list(text)
        chars[match.start() + 1] = " "
    return "".join(chars) if chars is not None else text


# A forename alone in quotation marks right before a verb of saying: a name the source goes by ("a resident who
# would say only that his name was "Perry" …. "Perry" chimed in: "…"), not words quoted.
_QUOTED_NAME = re.compile(r'["“]([A-Z][a-z]+)["”](?= +([a-z]+))')


def quoted_names_unmarked(text: str) -> str:
    """Read a forename quoted right before a verb of saying as a name: its marks become spaces (one character for
    one, so offsets hold)."""
    if '"' not in text and "“" not in text:
        return text
    chars: list[str] | None = None
    for match in _QUOTED_NAME.finditer(text):
        if match.group(2) in CUE_VERBS and is_forename(match.group(1)):
            chars = chars if chars is not None else list(text)
            chars[match.start()] = chars[match.end() - 1] = " "
    return "".join(chars) if chars is not None else text


# A title in quotation marks set off by commas between the noun of a work and a verb of saying: the work speaks
# ("the biography, “Prodigal Genius: The Life of Nikola Tesla,” concludes").
_QUOTED_TITLE = re.compile(r', +(["“])(?:[A-Z0-9][\w’\'-]*[:,]? +(?:(?:[a-z]{1,4}|[A-Z0-9][\w’\'-]*)[:,]? +)*'
                           r'[A-Z0-9][\w’\'-]*),(["”]) +([a-z]+)\b')  # (from the comma: a literal start scans fast)
_WORD_BEFORE = re.compile(r"(\w+)$")
# A title in quotation marks right before the noun of its work ("the rival “Dear Abby” column").
_TITLE_BEFORE_NOUN = re.compile(r'(["“])[A-Z0-9][\w’\'-]*(?: +(?:[a-z]{1,3}|[A-Z0-9][\w’\'-]*)){0,5}(["”]) +([a-z]+)\b')


def quoted_titles_unmarked(text: str) -> str:
    """Read a title quoted between the noun of a work and its verb of saying, or right before the noun of its work,
    as words of the sentence: its marks become spaces (one character for one, so offsets hold), and the clause
    reads "the biography … concludes", "her twin, who writes the rival Dear Abby column"."""
    if "“" not in text and '"' not in text:
        return text
    marks = [(m.start(1), m.start(2)) for m in _QUOTED_TITLE.finditer(text)
             if m.group(3) in CUE_VERBS and _work_before(text, m.start())]
    marks += [(m.start(1), m.start(2)) for m in _TITLE_BEFORE_NOUN.finditer(text) if m.group(3) in WORK_NOUNS]
    if not marks:
        return text
    chars = list(text)
    for opening, closing in marks:
        chars[opening] = chars[closing] = " "
    return "".join(chars)


def _work_before(text: str, comma: int) -> bool:
    """Tell whether the word right before the comma at `comma` is the noun of a work ("the biography,")."""
    word = _WORD_BEFORE.search(text, max(0, comma - MAX_WORK_NOUN), comma)
    return word is not None and word.group(1).casefold() in WORK_NOUNS


MAX_WORK_NOUN = 15  # characters of the noun read back from its comma


# Marks that may open or close a quotation written with doubled single marks, and a paragraph's end.
_DOUBLED_SINGLES = re.compile(r"[“”\n]|’’|‘‘")


def doubled_singles_as_double(text: str) -> str:
    """Read two single marks as one double mark where a wire style writes them so: “We will act,’’ Johnson said
    (an opening double mark closed by two single ones), ‘‘We will act,’’ (both doubled). One character for one,
    so offsets hold: the pair becomes a double mark and a space. Two closing single marks with no double
    quotation open before them in the paragraph (‘I said ‘no’’, a quotation nested in one) stay as they are."""
    if "’’" not in text:
        return text
    chars: list[str] | None = None
    open_at: int | None = None  # an opening double mark, or doubled single one, not closed yet in the paragraph
    for match in _DOUBLED_SINGLES.finditer(text):
        mark, at = match.group(), match.start()
        if mark in ("“", "‘‘"):
            open_at = at
        elif mark in ("”", "\n"):
            open_at = None
        elif open_at is not None:
            chars = chars if chars is not None else list(text)
            chars[at], chars[at + 1] = "”", " "
            if text[open_at] == "‘":
                chars[open_at], chars[open_at + 1] = " ", "“"
            open_at = None
    return "".join(chars) if chars is not None else text


def single_style_as_double(text: str) -> str:
    """Swap the marks of an article that quotes with single marks (‘We have turned a corner,’ Mr Sunak said),
    so that its quotations read as double-quoted ones do and the “double” ones nested in them as single; one
    character for one, so offsets hold. An article that quotes with double marks comes back as it is."""
    paras = paragraphs(text)
    doubles = [pair for lo, hi in paras for pair in _double_spans(text, lo, hi)[0]]
    typewriter_doubles = text.count("''") // 2  # ''…'' in text converted from typewriter style quotes twice over
    if _double_style_whatever_singles(text, len(doubles) + typewriter_doubles, len(doubles)):
        return text
    singles, unclosed = _single_quoted(text, paras)
    nested = _inside_any(doubles, singles)
    if len(singles) < MIN_SINGLE_STYLE_SPANS or len(doubles) + typewriter_doubles - len(nested) > len(singles) // 4:
        return text
    chars = list(text)
    for a, b in singles:
        chars[a], chars[b] = "“", "”"
    for a, b in nested:
        chars[a], chars[b] = "‘", "’"
    for at in unclosed:
        chars[at] = "“"
    return "".join(chars)


def _double_style_whatever_singles(text: str, doubles: int, nestable: int) -> bool:
    """Tell whether an article quotes with double marks however its single marks pair, from a bound on its
    single-quoted spans (each pairs two of the single marks that stand outside a word): most articles are told
    apart without pairing any."""

    def settled(most: int) -> bool:
        return most < MIN_SINGLE_STYLE_SPANS or doubles - min(nestable, most) > most // 4

    # (First every single mark, a word's apostrophe too, counted as fast as a string is searched; then only those
    # outside a word.)
    every_mark = sum(map(text.count, _SINGLE_MARK_CHARACTERS))
    return settled(every_mark // 2) or settled(len(_SINGLE_OR_STRAIGHT.findall(text)) // 2)


def _single_quoted(text: str, paras: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[int]]:
    """The single-quoted spans of an article's paragraphs, typewriter marks too, and where a quotation opened by a
    single mark runs on unclosed into the next paragraph."""
    singles: list[tuple[int, int]] = []
    unclosed: list[int] = []
    for number, (lo, hi) in enumerate(paras):
        pairs = _single_spans(text, lo, hi, straight=True)
        singles += pairs
        if text[lo] == "‘" and not any(a == lo for a, _ in pairs):
            unclosed.append(lo)  # ‘But I will not apologise …: a quotation that runs on into the next paragraph
        elif number + 1 < len(paras) and text[paras[number + 1][0]] in "‘'":
            run_on = _run_on_opening(text, lo, hi, pairs)
            if run_on is not None:
                unclosed.append(run_on)  # May said: ‘We will deliver.\n\n‘We will leave.’ reopens below
    return singles, unclosed


def _run_on_opening(text: str, lo: int, hi: int, pairs: list[tuple[int, int]]) -> int | None:
    """An unpaired single mark opening a quotation after the paragraph's last pair and before its end (`said:
    ‘We will deliver Brexit.` with the next paragraph reopening), if there is one."""
    start = max([lo] + [b + 1 for _, b in pairs])
    for i in range(hi - 2, start - 1, -1):
        if text[i] in "‘'" and (i == lo or text[i - 1] in " :(—–") and text[i + 1].isalpha():
            return i
    return None


def _inside_any(inner: list[tuple[int, int]], outer: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of `inner` that lie strictly inside some span of `outer` (in one sorted pass, not pair by pair)."""
    outer = sorted(outer)
    starts = [a for a, _ in outer]
    furthest, reach = [], -1  # furthest[k]: the furthest end of the first k + 1 outer spans
    for _, b in outer:
        reach = max(reach, b)
        furthest.append(reach)
    found = []
    for a, b in inner:
        k = bisect.bisect_left(starts, a)
        if k and furthest[k - 1] > b:
            found.append((a, b))
    return found


def _singles_between(text: str, lo: int, hi: int, number: int, to_end: bool = False) -> list[QuoteSpan]:
    """Single-quoted spans in the unquoted stretch [lo, hi) of a paragraph (`to_end`: the stretch ends the
    paragraph)."""
    if hi - lo < 3 or _ANY_SINGLE.search(text, lo, hi) is None:
        return []  # (most stretches between quotations, ", he said.", hold no single mark at all)
    pairs = _single_spans(text, lo, hi)
    straight = _straight_singles_after_cue(text, lo, hi)
    if straight:
        pairs = sorted(pairs + [p for p in straight if not any(a <= p[0] <= b or p[0] <= a <= p[1] for a, b in pairs)])
    spans = [QuoteSpan([(a + 1, b)], a, b + 1, True, [number]) for a, b in pairs]
    opened = _single_left_open_after_cue(text, max([b + 1 for _, b in pairs], default=lo), hi) if to_end else None
    if opened is not None:
        spans.append(QuoteSpan([(opened + 1, hi)], opened, hi, True, [number]))
    return spans


_STRAIGHT_AFTER_CUE = re.compile(r"[,:]\s+'")  # a typewriter mark after a comma or colon, as a verb of saying leaves it


def _straight_singles_after_cue(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Typewriter single marks that a verb of saying opens in a text quoting with double marks (McKelvey: … I said,
    'I don't know.'): words said, as a quotation inside a transcript's answer gives them."""
    if text.find("'", lo, hi) < 0 or _STRAIGHT_AFTER_CUE.search(text, lo, hi) is None or text.find("''", lo, hi) >= 0:
        return []  # (nor in wire copy that writes double marks as two single ones: ''When Twitter says, 'We …' '')
    return [(a, b) for a, b in _single_spans(text, lo, hi, straight=True) if text[a] == "'" and _opened_by_cue(
        text, a, lo)]


def _single_left_open_after_cue(text: str, lo: int, hi: int) -> int | None:
    """A curly single mark a verb of saying opens that no mark closes before the paragraph's end, in careless
    copy of double-quoted quotes (She added: ‘I'm just not the type of person who's going to live in the past.
    …): the quotation runs to the end of the paragraph. None when there is none."""
    at = text.find("‘", lo, hi)
    if at < 0 or _SINGLE_MARKS.search(text, at + 1, hi) is not None:
        return None
    if not _opened_by_cue(text, at, lo):
        return None
    return at if len(text[at + 1:hi].split()) >= MIN_LEFT_OPEN_WORDS else None


def quoted_parts(text: str) -> list[tuple[int, int]]:
    """Return the inner (start, end) of every quoted piece of a short text, double quotes first."""
    spans = find_quotations(text)
    doubles = [part for s in spans if not s.single for part in s.parts]
    if doubles:
        return doubles
    return [part for s in spans for part in s.parts]
