"""Word lists the extractor and the speaker matcher read: reporting verbs, titles, pronouns, forenames."""
from __future__ import annotations

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


def _entries(name: str) -> list[str]:
    lines = (_DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return [entry for line in lines if (entry := line.split("#", 1)[0].strip())]


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


_DOUBLING = {"quip", "brag", "admit", "snap", "beg", "chat", "rebut", "jab", "plan"}

# Verbs that introduce what someone said: "he said", "she warned", "tweeted Trump".
_REGULAR_CUES = """
add acknowledge admit advise affirm agree allege announce answer argue assert assure bemoan blast
boast brag caution charge chide chime claim comment complain concede conclude confirm contend
continue counter crow declare decry demand deny emphasize emphasise exclaim explain gush insist
interject joke lament marvel mention mock muse note object observe opine plead pledge post predict
proclaim promise protest quip recall recount reiterate remark remind repeat reply report respond
retort reveal scoff shout sigh sneer state stress suggest testify thunder tout tweet urge vow warn
wonder yell scream whisper fume gripe snap beg rebut jab gloat maintain ask cheer laugh
question react remember riff confide inquire muse vent elaborate reason reflect rail rant exult
grumble mutter murmur summarize summarise bark beam echo press interrupt retaliate exhort email text
"""
# Third-person forms that are far more often nouns ("the report", "his claims") than cues.
_NOUN_LIKE = {"reports", "notes", "claims", "states", "comments", "tweets", "posts", "answers", "demands",
              "promises", "remarks", "charges", "objects", "counters", "protests", "jokes", "boasts",
              "pledges", "vows", "shouts", "sighs", "urges", "stresses", "repeats", "laughs", "cheers",
              "jabs", "begs", "snaps", "thunders", "crows", "chimes", "adds", "questions", "mentions", "presses",
              "reasons", "echoes", "emails", "texts"}
_IRREGULAR = {"said", "says", "told", "tells", "wrote", "writes", "adds", "spoke", "speaks", "put", "puts", "sang",
              "sings", "chanted", "chants", "quoted"}

# The third-person forms left out above: cues only where a name or pronoun comes right before them and
# punctuation right after ("…,” Conway notes.").
NOUN_LIKE_CUES: frozenset[str] = frozenset(_NOUN_LIKE)
# Base forms that report speech after a modal or auxiliary ("he will say", "she did tell").
BASE_CUES: frozenset[str] = frozenset({"say", "tell", "add", "write", "ask", "argue", "insist", "declare", "warn",
                                       "explain", "note", "tweet", "quip", "joke", "announce", "reply", "respond",
                                       "recall", "admit", "remark", "answer", "retort", "boast", "testify"})
MODALS: frozenset[str] = frozenset({"will", "would", "could", "might", "may", "can", "should", "must", "did",
                                    "does", "do", "to"})

# Present-tense forms after a plural subject: "Police say", "critics argue", "aides tell reporters" (not
# "claim" or "note", which are nouns far more often).
PLURAL_PRESENT = {"say", "tell", "argue", "insist", "warn", "contend", "predict", "complain", "caution",
                  "acknowledge", "concede", "maintain", "suggest", "agree", "conclude", "write", "explain"}

CUE_VERBS: frozenset[str] = frozenset(
    form for base in _REGULAR_CUES.split() for form in _finite_forms(base) if form not in _NOUN_LIKE
) | frozenset(_IRREGULAR - {"put", "puts", "spoke", "speaks"}) | frozenset(PLURAL_PRESENT)

# Participles that introduce a quotation right after them: "Clinton asking, “…”".
PARTICIPLE_CUES = frozenset({"saying", "asking", "adding", "writing", "telling", "noting", "explaining", "arguing",
                             "insisting", "declaring", "tweeting", "warning", "stressing", "concluding", "replying",
                             "responding", "shouting", "yelling", "screaming", "mouthing", "quipping", "joking",
                             "announcing", "proclaiming", "boasting", "recalling", "stating", "urging",
                             "complaining", "pleading", "answering", "remarking", "observing", "predicting",
                             "admitting", "acknowledging", "exclaiming", "whispering", "interjecting",
                             "interrupting", "retorting", "countering", "conceding", "cautioning",
                             "lamenting", "musing", "asserting", "contending", "reminding", "confiding"})

# Verbs that report speech only with the particle after them ("Trump shot back", "as Vulture put it").
PHRASAL_CUES: dict[str, frozenset[str]] = {
    "went": frozenset({"on"}), "goes": frozenset({"on"}), "shot": frozenset({"back"}),
    "fired": frozenset({"back"}), "hit": frozenset({"back"}), "wrote": frozenset({"back"}),
    "pointed": frozenset({"out"}), "points": frozenset({"out"}), "spelled": frozenset({"out"}),
    "lashed": frozenset({"out"}), "chimed": frozenset({"in"}), "weighed": frozenset({"in"}),
    "put": frozenset({"it"}), "puts": frozenset({"it"}), "summed": frozenset({"up"}), "sums": frozenset({"up"}),
}

# Words that may sit between a speaker and the cue: "he later said", "Trump has repeatedly said".
CUE_FILLERS = frozenset("""
also later then has had have would will was were is are previously recently once again reportedly
publicly repeatedly simply quickly flatly just often famously further first bluntly angrily
clearly openly privately earlier since still never already subsequently finally then-later
quietly loudly curtly tersely calmly emphatically proudly confidently sarcastically
""".split())

PRONOUNS = {"he": "m", "she": "f", "they": "p", "i": "s", "we": "p", "it": "n", "him": "m", "her": "f", "them": "p"}

# Capitalised words that start sentences but never names.
NON_NAMES = frozenset("""
The A An And But Or So Yet For Nor If When While After Before Since Because Although Though As At In On
Of To By With From Into About Over Under This That These Those There Here Then Now Still Also Even
Just Only It Its He She They We I You His Her Their Our My Your Him Them Us Me Who What Where Why How
Which Whose Some Many Most Much More Few All Both Each Every Any No Not Yes Asked Instead However
Meanwhile Later Earlier Today Yesterday Tomorrow Last Next Such Despite Unlike Like Once During Until
Unless Whether Than Thus Hence Indeed Perhaps Maybe Still Already Again Both Either Neither Among
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
August September October November December Mr Mrs Ms Dr Read Watch Click Photo Video Update Editor
Note Advertisement Related Sign Share Follow Getty Images AP Reuters Said Says Told Added According
Speaking Asked Writing Noting Citing Responding Referring Addressing Calling Saying Adding
Another Other Others One Several Recently Ultimately Finally Specifically Currently Previously Similarly Notably
Separately Eventually Clearly Apparently Obviously Honestly Frankly Importantly Interestingly Initially
Is Was Are Were Do Does Did Has Have Had Would Could Should Shall Must Might
Two Three Four Five Six Seven Eight Nine Ten Dozens Hundreds Thousands Millions
""".split())

# Honorifics: stripped from names, and they tell the gender when they do.
HONORIFICS = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "sir": "m",
    "dame": "f", "lord": "m", "lady": "f", "dr": None, "dr.": None, "prof": None, "prof.": None,
    "rev": None, "rev.": None, "madam": "f", "monsieur": "m", "herr": "m", "frau": "f",
}

# Words of a role written before or after a name: "US Secretary of State", "campaign chairman".
TITLE_WORDS = frozenset("""
president vice secretary minister prime deputy foreign defense defence state senator sen sen. rep rep. del.
sens sens. reps reps. govs govs. senators representatives
representative congressman congresswoman gov gov. governor lt lt. gov mayor chairman chairwoman chair
director spokesman spokeswoman spokesperson ambassador general gen gen. col col. adm adm. admiral judge
justice attorney speaker leader chief ceo cfo coo chancellor king queen prince princess pope cardinal
bishop rev rev. reverend pastor father dr dr. prof prof. professor commissioner councilman councilwoman
councilor councillor candidate nominee press sheriff officer detective captain capt capt. sgt sgt. sergeant
coach manager adviser advisor aide strategist consultant operative lobbyist pollster analyst host anchor
correspondent editor
icon commentator pundit firebrand mogul billionaire tycoon heiress donor fundraiser blogger writer
novelist filmmaker comedian actor actress rapper evangelist televangelist businessman businesswoman entrepreneur
investor philanthropist moderator panelist
reporter columnist author economist lawyer counsel executive founder cofounder co-founder chairperson
secretary-general under-secretary undersecretary assistant associate senior top former longtime
campaign communications policy national security homeland interior treasury labor commerce
energy health education transportation agriculture justice staff white house majority minority whip
democratic republican democrat gop independent libertarian presidential vice-presidential
intelligence military army navy air force police fire department trade finance economic
acting interim first lady gentleman mrs mrs. mr mr. ms ms. spokes-man envoy diplomat negotiator sheikh emir sultan
prosecutor inspector investigator official head member members lawmaker legislator delegate administrator
president-elect vice-president premier president's leader's chancellor's boss supremo surgeon
doctor nurse physician scientist researcher expert historian activist organizer organiser meteorologist forecaster
director-general secretary-general's consul mp mep minister's party parliamentary parliament
opposition deputy's professor's spokesman's editor-in-chief commander commander-in-chief
wife husband son daughter mother sister brother niece nephew cousin widow widower fiancee fiance
striker midfielder goalkeeper defender winger quarterback pitcher linebacker substitute forward receiver
shortstop outfielder infielder catcher cornerback defenseman goalie
councilmember councilmembers assemblyman assemblywoman assemblymember alderman alderwoman selectman supervisor
trustee regent superintendent principal provost headmaster headteacher
customer shopper owner student teacher farmer worker veteran neighbor neighbour volunteer protester protestor
retiree homeowner parent resident witness survivor passenger motorist
librarian engineer priest rabbi imam pilot firefighter journalist photographer artist singer producer architect
designer chef epidemiologist virologist veterinarian pharmacist dentist therapist psychologist psychiatrist
accountant banker trader mechanic electrician plumber machinist pianist florist chemist physicist biologist
geologist sociologist pediatrician technician clerk cashier bartender waitress welder nanny midwife paramedic
universe
front-runner frontrunner hopeful contender challenger incumbent
financial operating technology information marketing investment medical legal commercial scientific digital
""".split())

# (An "ex-wife of Alan Grayson" names whom she was married to, no office: the name after it stays a speaker.)
_RELATIVES = frozenset({"wife", "husband", "partner", "girlfriend", "boyfriend", "fiance", "fiancee"})


@lru_cache(maxsize=65536)  # asked of every capitalised word, many times over
def is_title_word(folded: str) -> bool:
    """Tell whether a casefolded word is a role word, with a "co-" or "ex-" before it or not ("co-leader")."""
    if folded.startswith(("co-", "ex-")) and len(folded) > 3 and folded[3:] not in _RELATIVES:
        folded = folded[3:]  # "party co-leader Franziska Brantner", "ex-chancellor Olaf Scholz"
    return folded in TITLE_WORDS or folded.rstrip(".") in TITLE_WORDS


# What a lowercase noun calls a body, not a person: "NetChoice, a trade group whose members include Meta", "the
# newspaper, long a vocal advocate of reform, writes".
BODY_NOUNS = frozenset({"group", "organization", "organisation", "company", "firm", "coalition", "nonprofit",
                        "non-profit", "charity", "tank", "association", "agency", "network", "newspaper", "website",
                        "union", "federation", "foundation", "institute", "lobby", "consortium", "startup", "paper",
                        "outlet", "broadcaster", "regulator"})


# Adjectives of nationality and short country codes that open a title ("Russian Deputy Foreign Minister").
NATIONALITIES = frozenset("""
us u.s. uk u.k. eu un u.n. american british english french german russian chinese japanese indian
ukrainian israeli palestinian iranian iraqi syrian turkish italian spanish canadian mexican australian
belarusian polish european african asian saudi egyptian korean north south dutch swedish norwegian
danish finnish greek irish scottish welsh brazilian argentinian venezuelan cuban afghan pakistani
nato soviet western eastern georgian lithuanian latvian estonian hungarian czech romanian bulgarian
serbian croatian austrian swiss belgian portuguese qatari emirati jordanian lebanese libyan nigerian
kenyan ethiopian vietnamese thai indonesian philippine filipino taiwanese new york texas california
florida ohio state federal
""".split())

# Words that make a capitalised phrase an organisation rather than a person.
ORG_WORDS = frozenset("""
house department ministry committee party campaign kremlin pentagon agency office council commission
administration government university institute college school association union federation foundation
bank fund times post news journal network press tribune herald guardian telegraph review magazine
channel radio tv television company corp corp. inc inc. ltd llc group center centre court senate
congress parliament duma army navy police service services bureau board authority alliance
organization organisation coalition league club church embassy cabinet fbi cia nsa nato un eu gop
dnc rnc cnn msnbc fox abc nbc cbs npr bbc reuters ap afp twitter facebook google apple microsoft
amazon white kremlin's politico breitbart buzzfeed axios poll polls survey republicans democrats convention yorker
forces force guard corps command arena stadium coliseum auditorium
""".split())

# Forenames with the gender a reader assumes when the text does not say.
MALE_NAMES = frozenset("""
aaron adam adrian alan albert alec alex alexander alexei alfred ali allen andre andrew andy angelo anthony
antony anton arnold arthur austin barack barry ben benjamin bernie bernard bill billy bob bobby boris brad
bradley brandon brent brett brian bruce bryan byron carl carlos chad charles charlie chris christian
christopher chuck clarence clark claude clay clint clinton cody colin conrad corey cory craig curtis dale
dan daniel danny darrell dave david dean dennis derek devin dick dmitry dmitri don donald doug douglas duane
dustin dwight earl ed eddie edgar eduardo edward elijah elliot emmanuel eric erik ernest eugene evan frank
franklin fred frederick gabriel gary gavin gene geoffrey george gerald gilbert glenn gordon grant greg
gregory gustavo guy hank harold harry harvey hector henry herbert herman howard hugh hunter ian igor isaac
ivan jack jacob jake james jamie jared jason javier jay jeb jeff jeffrey jens jeremy jerome jerry jesse
jesus jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan julian justin karl
keith ken kenneth kevin kirk kurt kyle lamar lance larry lawrence lee leon leonard lewis lindsey lloyd
louis luis luke lyndon malcolm manuel marc marco marcus mario mark martin marvin matt matthew maurice max
michael miguel mike mikhail mitch mitchell mohammed muhammad nathan neil nicholas nick nigel noah norman
oliver omar oscar patrick paul pedro peter phil philip pierre preston ralph ramon randy ray raymond reince
ricardo richard rick ricky rob robert roberto rod rodney roger roland ron ronald ross roy rudy russell
ryan sam samuel scott sean sergei sergey seth shane shawn sherrod stanley stephen steve steven stuart ted
terry thomas tim timothy todd tom tommy tony travis trent trey troy tyler vernon victor vincent vladimir
wade walter warren wayne wesley will william willie xi yuri zach zachary rex reid rand marco mitt newt
rahm rudolph rudolf mick jeh ash rance mikhail viktor volodymyr emmanuel
olaf justin boris rishi keir recep benjamin bibi naftali yair abdel bashar hassan ali-akbar kim moon shinzo
fumio narendra imran jair andres nicolas evo hugo fidel raul ted marco jeb ben rand scott mike
tim gary evan darrell elijah tom kevin paul chuck harry joe barack hunter beau jared eric don
stephen sean reince steve corey jason newt rudy chris mitch lindsey
""".split())
FEMALE_NAMES = frozenset("""
abigail ada adriana alexandra alexis alice alicia alison allison amanda amber amy ana andrea angela
angelina anita ann anna anne annie april ashley audrey barbara beatrice becky belinda beth betty beverly
bonnie brenda briana bridget brittany camila candice cara carla carly carmen carol caroline carolyn
catherine cathy cecilia chelsea cheryl christina christine cindy claire clara claudia colleen connie
courtney crystal cynthia daisy dana danielle dawn debbie deborah debra denise diana diane dolores donna
doris dorothy edith eileen elaine eleanor elena elise elizabeth ella ellen emily emma erica erin esther
eva evelyn faith felicia fiona florence frances gabrielle gail gina gloria grace gretchen gwen hannah
harriet heather heidi helen hillary hope ida ilhan irene iris isabel isabella ivanka jackie jacqueline
jane janet janice jasmine jean jeanne jennifer jenny jessica jill jo joan joanna jocelyn josephine joy
joyce judith judy julia julie june karen kate katherine kathleen kathryn kathy katie kay kayleigh kelly
kellyanne kim kimberly kirsten kristen kristin laura lauren leah leslie lillian linda lisa liz lois
loretta lori louise lucy lydia lynn madeleine madison maggie mandy marcia margaret maria marie marilyn
marion marjorie martha mary maureen megan meghan melania melanie melinda melissa meredith michele
michelle mildred mindy miranda molly monica nancy naomi natalia natalie nicole nikki nina nora norma
olivia pam pamela patricia patty paula pauline peggy penny phyllis priscilla rachel rebecca regina
renee rita roberta robin rosa rose rosemary ruth sabrina sally samantha sandra sara sarah sharon sheila
shirley sonia sophia stacey stephanie sue susan suzanne sylvia tamara tammy tanya teresa terri theresa
tiffany tina tracy ursula valerie vanessa veronica vicki victoria virginia wanda wendy whitney yolanda
yvonne zoe angela theresa jacinda ursula kamala nancy elizabeth hillary sarah condoleezza madeleine
huma donna debbie jennifer kayleigh hope nikki marsha tulsi kirsten amy maxine alexandria ayanna
rashida liz lisa susan dianne barbara tammy heidi claire jeanne maggie kelly betsy elaine kellyanne
""".split())

# Places written like a forename and a surname ("South Carolina", "New Hampshire"): never a person, so a
# later "he" or "she" does not go to them.
PLACES = frozenset(name.casefold() for name in """
New Hampshire|New York|New Jersey|New Mexico|North Carolina|South Carolina|North Dakota|South Dakota|
West Virginia|Rhode Island|New Orleans|Los Angeles|San Francisco|San Diego|San Antonio|Las Vegas|Des Moines|
Salt Lake|Salt Lake City|Palm Beach|Long Island|Capitol Hill|Wall Street|White House|Puerto Rico|
Saudi Arabia|South Africa|North Korea|South Korea|United States|United Kingdom|Great Britain|New Zealand|
Hong Kong|Sri Lanka|Costa Rica|El Salvador|Latin America|Middle East|Silicon Valley|Grand Rapids|
Kansas City|Oklahoma City|Carson City|Jefferson City|Little Rock|Baton Rouge|St. Louis|Fort Worth|
Green Bay|Virginia Beach|Colorado Springs|Cedar Rapids|Sioux City|Council Bluffs|Myrtle Beach|
Korea|Russia|Britain|England|Scotland|Wales|Northern Ireland|Iran|Syria|Venezuela|Bolivia|Vietnam|Taiwan|Laos|
Moldova|Tanzania|Palestine|Gaza|West Bank|Kosovo|Czech Republic|Ivory Coast|Macedonia|Burma|Crimea|Donbas|
Brussels|Pyongyang|Beijing|Seoul|Tokyo|Kyiv|Kiev|Moscow|Tehran|Berlin|Madrid|Ottawa|Canberra|New Delhi|
Islamabad|Kabul|Baghdad|Damascus|Cairo|Tel Aviv|Ankara|Istanbul|Warsaw|Havana|Caracas|Mexico City|Brasilia|
Buenos Aires|Manila|Jakarta|Bangkok|Hanoi|Taipei|Riyadh|Doha|Dubai|Abu Dhabi|Nairobi|Lagos|Johannesburg|
""".replace("\n", "").split("|") if name.strip())

# Last words that make a capitalised pair a place ("Lee County", "Carson City").
PLACE_ENDINGS = frozenset("""
county city state island islands beach valley parish province district region river lake mountains
heights springs falls township borough square park street avenue
""".split())


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
_SURNAME_ENDINGS = frozenset({"park", "lake", "street", "beach"})


@lru_cache(maxsize=1)
def _countries_and_states() -> frozenset[str]:
    """Countries (ISO 3166, common names too), US states and continents, from pycountry's offline tables.

    A lone "Florida" or "Ohio" opens sentences ("Florida, then Colorado and Virginia, …") and would
    otherwise pass for a surname that a later "he" could mean.
    """
    import pycountry  # loaded on first use: the tables take a few milliseconds to read

    names = {"america", "africa", "asia", "europe", "oceania", "antarctica", "north america", "south america"}
    for country in pycountry.countries:
        names.update(getattr(country, key, "").casefold() for key in ("name", "common_name"))
    names.update(state.name.casefold() for state in pycountry.subdivisions.get(country_code="US"))
    # Also common surnames and forenames: "Washington, star of “Scandal”", "Michael Jordan".
    return frozenset(names - {"", "washington", "jordan", "chad"})


# Nouns that describe one person as a speaker ("the Texas senator", "a Trump supporter", "my father").
PERSON_NOUNS = frozenset({
    "candidate", "executive", "ceo", "frontrunner", "front-runner", "nominee", "actor", "actress", "chief",
    "officer", "official", "voter", "supporter", "delegate", "resident", "woman", "man", "mother", "father", "son",
    "daughter", "wife", "husband", "student", "veteran", "activist", "lawmaker", "teacher", "owner", "worker",
    "organizer", "volunteer",
    "protester", "friend", "neighbor", "widow", "aide", "lawyer", "congressman", "congresswoman", "spokesman",
    "spokeswoman", "spokesperson", "businessman", "businesswoman", "anchorman", "anchorwoman", "columnist",
    "reporter", "commentator", "analyst", "billionaire", "mogul", "democrat", "republican", "independent", "senator",
    "governor", "host", "colleague", "partner", "cousin", "classmate", "roommate", "coworker", "co-worker",
    "bartender", "waiter", "waitress", "driver", "cashier", "clerk", "nurse", "doctor", "witness", "victim",
    "survivor", "bystander", "passenger", "shopkeeper", "employee", "customer", "shopper", "parent", "teenager",
    "farmer", "retiree", "homeowner", "tenant", "landlord", "patient", "pastor", "priest", "rabbi", "imam",
    "striker", "forward", "midfielder", "defender", "goalkeeper", "quarterback", "pitcher", "player", "coach",
    "captain", "athlete", "singer", "rapper", "comedian", "musician", "author", "novelist", "writer", "scientist",
    "researcher", "economist", "historian", "soldier", "pilot", "firefighter", "teen", "boy", "girl", "grandmother",
    "grandfather", "mom", "dad", "entrepreneur", "investor", "filmmaker", "director", "star", "mate", "brother",
    "sister", "niece", "nephew", "uncle", "aunt", "grandson", "granddaughter", "fiancé", "fiancée", "girlfriend",
    "boyfriend", "successor", "predecessor", "opponent", "rival", "challenger", "biographer", "ally", "mentor",
    "neighbour", "eyewitness", "passer-by", "passerby", "onlooker", "pensioner", "commuter", "motorist", "mourner",
    "spectator", "fan", "attendee", "constituent", "pupil", "labourer", "laborer", "caregiver", "carer", "midwife",
    "paramedic", "surgeon", "physician", "lecturer", "engineer", "chef", "fisherman", "miner", "plumber",
    "electrician", "mechanic", "builder", "trader", "banker", "accountant", "consultant", "contractor", "lobbyist",
    "donor", "campaigner", "advocate", "organiser", "protestor", "demonstrator", "refugee", "migrant", "immigrant",
    "tourist", "visitor", "traveller", "traveler", "hostage", "prisoner", "inmate", "detainee", "juror",
    "rookie", "champion", "champ", "olympian", "newcomer", "youngster", "skipper", "playmaker", "mvp", "all-star",
    "laureate", "diplomat", "envoy", "politician", "statesman", "negotiator", "prosecutor", "judge"})

# Epithets written with a capital that stand for someone just named: "the two-time MVP", "the Olympian".
CAPITALISED_EPITHETS = frozenset({"mvp", "olympian", "all-star", "all-american", "paralympian", "laureate"})

# Nouns of speech also make a fragment in their sentence words said ("Trump’s claim that there have been
# “thousands of shootings”", "language calling for “appropriate assistance”").
SPEECH_NOUNS = {"claim", "claims", "statement", "statements", "remark", "remarks", "comment", "comments", "words",
                "promise", "pledge", "warning", "assertion", "tweet", "tweets", "message", "speech", "slogan",
                "language", "phrase", "vow", "quote", "calling", "interview", "letter", "email", "post"}

# Verbs that give someone a name, followed by who gets it: the name is words said about them.
NAME_CALLING = {"called", "calls", "calling", "dubbed", "dubs", "labeled", "labelled", "branded", "nicknamed",
                "hailed", "mocked", "derided", "christened"}

# Who gets the name after a verb of naming ("called her “Miss Piggy”", "hailed Trump as “…”").
OBJECTS = {"her", "him", "them", "me", "us", "you", "it", "himself", "herself", "themselves", "as"}

# Words before a title-case quotation that make it the name of a work ("an episode of “Face the Nation”").
TITLE_LEADS = {"on", "in", "at", "from", "to", "by", "titled", "entitled", "called", "dubbed", "named",
               "show", "program", "programme", "book", "film", "movie", "song", "album", "series", "episode"}

# Nouns before "of" that make a title-case quotation a show or a book ("an episode of “…”").
WORKS = {"broadcast", "episode", "edition", "show", "program", "programme", "host", "author", "airing", "segment",
         "issue", "season", "cast", "set", "taping", "recording", "premiere", "finale", "anchor", "star"}

# What someone issues rather than who speaks: "a statement saying", "a press release calling".
DOCUMENTS = {"statement", "release", "letter", "report", "post", "tweet", "email", "memo", "ad", "advertisement",
             "complaint", "lawsuit", "indictment", "ruling", "opinion", "study", "analysis",
             "video", "message", "note", "filing", "document", "op-ed", "editorial", "interview", "transcript",
             "sign", "signs", "placard", "placards", "banner", "banners", "poster", "posters", "readout", "summary"}

# Prepositions open a phrase with no subject in it; "When Trump wrapped up, “…”" is kept, since the person in a
# clause opened by "when" or "as" is often the speaker.
OPENING_PREPOSITIONS = {"With", "In", "On", "At", "Despite", "During", "For", "From", "Amid", "Under", "Following",
                        "Without", "By", "Unlike", "Like", "Given", "Throughout", "Among", "Over"}

# Words that cannot follow a sentence's subject as its verb ("in Herndon, Virginia on Monday").
NOT_VERBS = {"on", "in", "at", "of", "for", "with", "from", "to", "by", "as", "than", "into",
             "after", "before", "during", "near", "over", "under", "about", "against", "between", "through"}

# Words that open a clause after a verb of saying ("said it would be …"): what was said, not who said it.
CLAUSE_SUBJECTS = {"it", "he", "she", "they", "we", "i", "the", "his", "her", "their", "its", "there", "this"}

# Capitalised words after "said" that do not open a clause of what was said ("said Monday", "told CNN").
NOT_CLAUSE_OPENERS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mr.", "Mrs.",
                      "Ms.", "January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December", "Fox", "CNN", "NBC", "ABC", "CBS", "MSNBC", "NPR", "Politico"}

# Verbs of saying, thinking or judging whose subject a later pronoun may mean ("Trump believes").
REPORTING = {"believes", "believed", "thinks", "thought", "feels", "felt", "knows", "knew", "hopes", "hoped",
             "expects", "expected", "called", "calls", "accused", "accuses", "criticized", "criticised", "attacked",
             "slammed", "defended", "defends", "touted", "cited", "cites", "disputed", "disputes", "denied",
             "pointed", "points", "described", "describes", "announced", "suggested", "questioned", "questions",
             "dismissed", "dismisses", "rejected", "rejects", "praised", "praises", "blamed", "blames", "urged",
             "seemed", "indicated", "indicates", "acknowledged", "acknowledges", "conceded", "said", "says",
             "argued", "argues", "told", "tells", "asked", "asks", "wrote", "writes", "noted", "notes", "explained",
             "recalled", "recalls", "insisted", "insists", "stressed", "warned", "warns", "claimed", "claims",
             "predicted", "predicts", "promised", "promises", "vowed", "vows", "declared", "added", "continued",
             "agreed", "agrees", "admitted", "admits", "responded", "replied", "tweeted", "tweets", "wants",
             "wanted", "considers", "considered", "sees", "saw", "views", "viewed", "doubts", "doubted", "worries",
             "worried", "fears", "feared", "plans", "planned", "pledged", "pledges", "referred", "refers",
             "identified", "identifies", "emphasized", "emphasizes", "highlighted", "highlights", "lamented",
             "laments", "mocked", "mocks", "condemned", "condemns", "welcomed", "welcomes"}

# Verbs that make a title-case quotation words said aloud ("chanting “Lock Her Up”").
CHANT_WORDS = frozenset({"chanting", "chanted", "chants", "chant", "yelled", "yelling", "shouted", "shouting",
                         "screamed", "screaming", "reading", "read", "cried", "crying", "exclaimed"})

# Verbs that attribute a quoted fragment though they do not report speech ("called it ‘a disgrace’").
FRAGMENT_CUES = {"called", "calls", "calling", "described", "describes", "dubbed", "dubs", "labeled", "labelled",
                 "termed", "branded", "referred", "refers", "denounced", "praised", "slammed", "criticized",
                 "criticised", "accused", "promised", "vowed", "pledged", "likened", "compared"}


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


def is_forename(word: str) -> bool:
    """Tell whether a word is a forename of the word lists or of the forename dictionary, of either gender."""
    return word.casefold() in MALE_NAMES | FEMALE_NAMES or _forename_detector().get_gender(word) != "unknown"


class _NoDetector:
    """Stands in for the forename dictionary when gender-guesser is not installed."""

    def get_gender(self, name: str) -> str:
        """Answer that the forename is not known."""
        return "unknown"


@lru_cache(maxsize=1)
def _forename_detector():
    """The forename dictionary of gender-guesser (about 40,000 names), loaded once on first use."""
    try:
        from gender_guesser.detector import Detector
    except ImportError:  # the word lists above still answer for the common names
        return _NoDetector()
    return Detector(case_sensitive=False)
