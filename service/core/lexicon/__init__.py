"""Word lists the extractor, the speaker matcher and the claim reader use: reporting verbs, titles,
pronouns, forenames, places, and the words whose loss turns a statement's meaning.

Each list is a data file `<concept>.txt` beside this module, named for what its words are
(`weekdays.txt`, `title_words.txt`), written once and composed here where one set needs several
concepts. A file holds one entry per line; blank lines and `#` comments are skipped, and an entry may
hold spaces ("New Hampshire"). Lists of pairs ("shot back", "he m") hold two words a line; `grouped`
gathers them by their first word. Read a file with `words` (a set), `entries` (file order) or `pairs`,
always with the file's name written out (a test checks that every file is read so), into a module
constant: each file is read once. The lists other modules keep under their own names (the speaker
matcher's nicknames, the text module's negations) live here as files too.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent


def words(name: str) -> frozenset[str]:
    """The entries of the word list `name` (the file `<name>.txt` beside this module): one per line, as
    written; blank lines and `#` comments are skipped."""
    return frozenset(_entries(name))


def entries(name: str) -> list[str]:
    """The entries of the word list `name` in file order (for lists whose order matters, such as alternations)."""
    return _entries(name)


def pairs(name: str) -> list[tuple[str, str]]:
    """The entries of the list `name` whose lines hold two words ("shot back", "he m"), in file order."""
    found = []
    for entry in _entries(name):
        two = entry.split()
        if len(two) != 2:
            raise ValueError(f"{name}.txt: {entry!r} is not two words")
        found.append((two[0], two[1]))
    return found


def _entries(name: str) -> list[str]:
    lines = (_DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return [entry for line in lines if (entry := line.split("#", 1)[0].strip())]


def grouped(found: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """Pairs grouped by their first word: {"shot": {"back"}, …}."""
    groups: dict[str, set[str]] = {}
    for first, second in found:
        groups.setdefault(first, set()).add(second)
    return {first: frozenset(seconds) for first, seconds in groups.items()}


def _finite_forms(base: str) -> tuple[str, str]:
    """Return the past and third-person forms of a regular English verb ("warn" -> warned, warns)."""
    if base.endswith("e"):
        past = base + "d"
    elif base.endswith("y") and base[-2] not in "aeiou":
        past = base[:-1] + "ied"
    elif base in _DOUBLING:
        past = base + base[-1] + "ed"
    else:
        past = base + "ed"
    if base.endswith(("s", "sh", "ch", "x", "z")):
        third = base + "es"
    elif base.endswith("y") and base[-2] not in "aeiou":
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    return past, third


_DOUBLING = words("doubling_verbs")

# Regular verbs that introduce what someone said, as base forms: "he said", "she warned", "tweeted Trump".
_REGULAR_CUES = entries("regular_cue_verbs")
# Third-person forms that are far more often nouns ("the report", "his claims") than cues: cues only where
# a name or pronoun comes right before them and punctuation right after ("…,” Conway notes.").
NOUN_LIKE_CUES: frozenset[str] = words("noun_like_cues")
_IRREGULAR = words("irregular_cues")  # "said", "told", "wrote"
# Base forms that report speech after a modal or auxiliary ("he will say", "she did tell").
BASE_CUES: frozenset[str] = words("base_cues")
MODALS: frozenset[str] = words("modals")

# Present-tense forms after a plural subject: "Police say", "critics argue", "aides tell reporters".
PLURAL_PRESENT: frozenset[str] = words("plural_present_cues")

CUE_VERBS: frozenset[str] = frozenset(
    form for base in _REGULAR_CUES for form in _finite_forms(base) if form not in NOUN_LIKE_CUES
) | _IRREGULAR | PLURAL_PRESENT

# Participles that introduce a quotation right after them: "Clinton asking, “…”".
PARTICIPLE_CUES: frozenset[str] = words("participle_cues")

# Verbs that report speech only with the particle after them ("Trump shot back", "as Vulture put it").
PHRASAL_CUES: dict[str, frozenset[str]] = grouped(pairs("phrasal_cues"))

# Words that may sit between a speaker and the cue: "he later said", "Trump has repeatedly said".
CUE_FILLERS: frozenset[str] = words("cue_fillers")

# Pronouns and whom they stand for: m(ale), f(emale), p(lural), s(peaker), n(euter).
PRONOUNS: dict[str, str] = dict(pairs("pronouns"))

WEEKDAYS: frozenset[str] = words("weekdays")
MONTHS: frozenset[str] = words("months")
NEWS_OUTLETS: frozenset[str] = words("news_outlets")

# Capitalised words that start sentences but never names.
NON_NAMES: frozenset[str] = words("non_names") | WEEKDAYS | MONTHS

# Honorifics: stripped from names, and they tell the gender when they do ("-" in the file: they do not).
HONORIFICS: dict[str, str | None] = {
    word: None if gender == "-" else gender for word, gender in pairs("honorifics")}

# Words of a role written before or after a name: "US Secretary of State", "campaign chairman"; a word that tells
# namesakes apart reads the same way ("the elder Soros"), though no title is kept of it.
NAMESAKE_QUALIFIERS: frozenset[str] = words("namesake_qualifiers")
TITLE_WORDS: frozenset[str] = words("title_words") | NAMESAKE_QUALIFIERS

# (An "ex-wife of Alan Grayson" names whom she was married to, no office: the name after it stays a speaker.)
_RELATIVES = words("partners")


@lru_cache(maxsize=65536)  # asked of every capitalised word, many times over
def is_title_word(folded: str) -> bool:
    """Tell whether a casefolded word is a role word, with a "co-" or "ex-" before it or not ("co-leader")."""
    if folded.startswith(("co-", "ex-")) and len(folded) > 3 and folded[3:] not in _RELATIVES:
        folded = folded[3:]  # "party co-leader Franziska Brantner", "ex-chancellor Olaf Scholz"
    if folded in TITLE_WORDS or folded.rstrip(".") in TITLE_WORDS:
        return True
    # "Major-Gen Gopaul Govender", "Lt-Col": a rank joined by hyphens, a role word at its end.
    *lead, last = folded.split("-")
    return bool(lead) and last.rstrip(".") in TITLE_WORDS and all(
        part in TITLE_WORDS or part in _RANK_PREFIXES for part in lead)


_RANK_PREFIXES = words("rank_prefixes")



# What a lowercase noun calls a body, not a person: "NetChoice, a trade group whose members include Meta", "the
# newspaper, long a vocal advocate of reform, writes".
BODY_NOUNS: frozenset[str] = words("body_nouns")

# Adjectives of nationality and short country codes that open a title ("Russian Deputy Foreign Minister").
NATIONALITIES: frozenset[str] = words("nationalities")

# Words that end a company's name and say its business: "Massy Stores" is also "Massy".
COMPANY_WORDS: frozenset[str] = words("company_name_endings")
# Words that make a capitalised phrase an organisation rather than a person (a company's ending among them).
ORG_WORDS: frozenset[str] = words("org_words") | COMPANY_WORDS

# Adjectives of a party ("Republican", "Labour", "Tory"): an office in their company is still an office.
PARTY_ADJECTIVES: frozenset[str] = words("party_adjectives")

# Suffixes after a name ("Jr.", "Sr."): "Donald Trump Jr." is not Donald Trump, and the full stop is the name's.
GENERATIONAL_SUFFIXES: frozenset[str] = words("generational_suffixes")


def office_only(phrase: str) -> bool:
    """Tell whether a phrase is an office and no one's name: two words or more, role words, a party or a nationality
    only ("Conservative MP", "Prime Minister"; not "White House", a body, nor "King", a surname too)."""
    words = phrase.casefold().split()
    return len(words) >= 2 and words[-1] not in ORG_WORDS and words[0].rstrip(".") not in COURTESY_TITLES and all(
        is_title_word(w) or w in PARTY_ADJECTIVES or w in NATIONALITIES for w in words)


# Titles of courtesy before a name ("Mr", "Dame", "Datuk"): "Mr. King" is a man's name, not an office.
COURTESY_TITLES: frozenset[str] = words("courtesy_titles")


# Forenames with the gender a reader assumes when the text does not say.
MALE_NAMES: frozenset[str] = words("male_forenames")
FEMALE_NAMES: frozenset[str] = words("female_forenames")

# Places written like a forename and a surname ("South Carolina", "New Hampshire"): never a person, so a
# later "he" or "she" does not go to them.
PLACES: frozenset[str] = frozenset(name.casefold() for name in entries("places"))

# Last words that make a capitalised pair a place ("Lee County", "Carson City").
PLACE_ENDINGS: frozenset[str] = words("place_endings")


def is_place(name: str) -> bool:
    """Tell whether a name written like a person's is a place ("South Carolina", "Lee County", "Florida")."""
    folded = name.casefold()
    words = folded.split()
    if "of" in words[2:]:
        # "Betsy Sharp of Burke County": a person from a place.
        return is_place(" ".join(words[:words.index("of")]))
    if len(words) >= 2 and words[-1] in _SURNAME_ENDINGS and dictionary_gender(words[-2]) is not None:
        return False  # "Linda Park", "Traci Park", "Ricki Lake": a forename makes the ending a surname
    return folded in PLACES or folded in _countries_and_states() or (len(words) >= 2 and words[-1] in PLACE_ENDINGS)


# Place endings that are also surnames.
_SURNAME_ENDINGS = words("surname_place_endings")
_CONTINENTS = words("continents")
# Countries and states that are also common surnames and forenames: "Washington, star of “Scandal”", "Michael
# Jordan".
_PLACE_NAMES_OF_PEOPLE = words("place_names_of_people")


@lru_cache(maxsize=1)
def _countries_and_states() -> frozenset[str]:
    """Countries (ISO 3166, common names too), US states and continents, from pycountry's offline tables.

    A lone "Florida" or "Ohio" opens sentences ("Florida, then Colorado and Virginia, …") and would
    otherwise pass for a surname that a later "he" could mean.
    """
    import pycountry  # loaded on first use: the tables take a few milliseconds to read

    names = set(_CONTINENTS)
    for country in pycountry.countries:
        names.update(getattr(country, key, "").casefold() for key in ("name", "common_name"))
    names.update(state.name.casefold() for state in pycountry.subdivisions.get(country_code="US"))
    return frozenset(names - {""} - _PLACE_NAMES_OF_PEOPLE)


# Nouns that describe one person as a speaker ("the Texas senator", "a Trump supporter", "my father").
PERSON_NOUNS: frozenset[str] = words("person_nouns")
# Endings of nouns for someone who does something ("cashier", "visitor", "activist", "librarian", "villager").
AGENT_ENDINGS = ("er", "or", "ist", "ian")


def has_agent_ending(word: str) -> bool:
    """Tell whether a word of five letters or more ends as a noun for a doer does ("villager")."""
    return len(word) > 4 and word.endswith(AGENT_ENDINGS)

# Epithets written with a capital that stand for someone just named: "the two-time MVP", "the Olympian".
CAPITALISED_EPITHETS: frozenset[str] = words("capitalised_epithets")
# Nationalities as nouns for someone just named: "Lionel Messi scored twice. “…,” the Argentine said".
NATIONALITY_NOUNS: frozenset[str] = words("nationality_nouns")


# Capitalised words that, after "the", stand for someone: epithets and nationalities ("the Argentine").
EPITHETS_AND_NATIONALITIES = CAPITALISED_EPITHETS | NATIONALITIES | NATIONALITY_NOUNS


def capitalised_epithet(word: str) -> bool:
    """Tell whether a capitalised word after "the" stands for a person rather than names one ("the Argentine",
    "the Norwegian", "the Olympian"); a code in capitals ("the US") names a country."""
    return not word.isupper() and word.casefold() in EPITHETS_AND_NATIONALITIES

# Nouns of speech also make a fragment in their sentence words said ("Trump’s claim that there have been
# “thousands of shootings”", "language calling for “appropriate assistance”").
SPEECH_NOUNS: frozenset[str] = words("speech_nouns")

# Verbs that give someone a name, followed by who gets it: the name is words said about them.
NAME_CALLING: frozenset[str] = words("name_calling")

# Who gets the name after a verb of naming ("called her “Miss Piggy”", "hailed Trump as “…”").
OBJECTS: frozenset[str] = words("objects")

# Words before a title-case quotation that make it the name of a work ("an episode of “Face the Nation”").
TITLE_LEADS: frozenset[str] = words("title_leads")

# Nouns before "of" that make a title-case quotation a show or a book ("an episode of “…”").
WORKS: frozenset[str] = words("works")

# Nouns for a work right before or after its title ("her memoir, “Tough Choices.”", "the rival “Dear Abby” column").
WORK_NOUNS: frozenset[str] = words("work_nouns")

# What someone issues rather than who speaks: "a statement saying", "a press release calling".
DOCUMENTS: frozenset[str] = words("documents")

# Prepositions open a phrase with no subject in it; "When Trump wrapped up, “…”" is kept, since the person in a
# clause opened by "when" or "as" is often the speaker.
OPENING_PREPOSITIONS: frozenset[str] = words("opening_prepositions")

# Words that cannot follow a sentence's subject as its verb ("in Herndon, Virginia on Monday").
NOT_VERBS: frozenset[str] = words("not_verbs")

# Words that open a clause after a verb of saying ("said it would be …"): what was said, not who said it.
CLAUSE_SUBJECTS: frozenset[str] = words("clause_subjects")

# Capitalised words after "said" that do not open a clause of what was said ("said Monday", "told CNN").
NOT_CLAUSE_OPENERS: frozenset[str] = words("not_clause_openers") | WEEKDAYS | MONTHS | NEWS_OUTLETS

# Verbs of saying, thinking or judging whose subject a later pronoun may mean ("Trump believes").
REPORTING: frozenset[str] = words("reporting_verbs")

# Verbs that make a title-case quotation words said aloud ("chanting “Lock Her Up”").
CHANT_WORDS: frozenset[str] = words("chant_words")

# Verbs that attribute a quoted fragment though they do not report speech ("called it ‘a disgrace’").
FRAGMENT_CUES: frozenset[str] = words("fragment_cues")


def word_list_gender(forename: str) -> str | None:
    """The gender of a forename in the word lists above: "m", "f", or None when in neither or in both."""
    folded = forename.casefold()
    male, female = folded in MALE_NAMES, folded in FEMALE_NAMES
    return ("m" if male else "f") if male != female else None


def dictionary_gender(forename: str) -> str | None:
    """The gender of a forename in the word lists above or, failing them, the large forename dictionary of
    gender-guesser (about 40,000 names): "m", "f", or None when it is not known or is both."""
    return word_list_gender(forename) or _FORENAME_GENDERS.get(_forename_detector().get_gender(forename))


_FORENAME_GENDERS = {"male": "m", "female": "f"}


_SURNAME_ORG_WORDS = words("surname_org_words")


def is_forename(word: str) -> bool:
    """Tell whether a word is a forename of the word lists or of the forename dictionary, of either gender."""
    return word.casefold() in _FORENAMES or _forename_detector().get_gender(word) != "unknown"


def surname_like_body_word(name_words: list[str]) -> bool:
    """Whether a forename and a word that often heads a body's name are a person ("Serhii Radio", "Megan Fox")."""
    return len(name_words) == 2 and name_words[1].casefold() in _SURNAME_ORG_WORDS and is_forename(name_words[0])


class _NoDetector:
    """Stands in for the forename dictionary when gender-guesser is not installed."""

    def get_gender(self, name: str) -> str:
        """Answer that the forename is not known."""
        return "unknown"


class _ForenameGenders:
    """The forename dictionary of gender-guesser read into one flat table, a name's gender by its lowercase
    spelling: the dictionary itself keeps a small dict for every name, tens of thousands of objects that each
    full collection of garbage would walk again, in every process, for as long as it runs."""

    def __init__(self, detector) -> None:
        self._genders: dict[str, str] = {name: detector.get_gender(name) for name in detector.names}

    def get_gender(self, name: str) -> str:
        """The name's gender as gender-guesser gives it ("male", "mostly_female", "andy", "unknown", ...)."""
        return self._genders.get(name.lower(), "unknown")


@lru_cache(maxsize=1)
def _forename_detector():
    """The forename dictionary of gender-guesser (about 40,000 names), loaded once on first use."""
    try:
        from gender_guesser.detector import Detector
    except ImportError:  # the word lists above still answer for the common names
        return _NoDetector()
    return _ForenameGenders(Detector(case_sensitive=False))


_FORENAMES = MALE_NAMES | FEMALE_NAMES
