"""Word lists the analysis relies on (written for this project; Danish and English)."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Abbreviations (lower case, without the final dot) after which a full stop does not end a sentence.
ABBREVIATIONS = _words(
    "f.eks bl.a hr fr frk mr mrs ms dr prof nr ca jf jvf mv osv pga dvs inkl ekskl mio mia"
    " kl st sdr ndr vs jr sr gen col lt sgt capt gov sen rep rev mt ft no fig vol ed"
    " e.g i.e u.s u.k u.n a.m p.m etc. ang evt hhv iflg mht ifm vedr ult pct kr ml"
    " b.t o.l m.fl m.m s.u bl.a. t.o.m f.o.m t.v th tv ad al"
    " kgl kgs gl skt sct chr joh vilh jac edv ths"
    " jan feb mar apr jun jul aug sep sept okt oct nov dec"
)
# Abbreviations that may also end a sentence ("... and so on, etc." then a capital).
SENTENCE_FINAL_ABBREVIATIONS = _words("etc osv mv m.fl m.m inc ltd co corp")

DA_MONTHS = _words("januar februar marts april maj juni juli august september oktober november december")
EN_MONTHS = _words("January February March April May June July August September October November December")
DA_WEEKDAYS = _words("mandag tirsdag onsdag torsdag fredag lørdag søndag")
EN_WEEKDAYS = _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")

DA_NUMBER_WORDS = _words(
    "to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten femten seksten sytten atten"
    " nitten tyve tredive fyrre halvtreds tres halvfjerds firs halvfems hundrede tusind"
    " hundreder tusinder million millioner milliard milliarder halvanden"
)
EN_NUMBER_WORDS = _words(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
    " sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty"
    " ninety hundred thousand million billion dozen dozens hundreds thousands millions"
)
# Words that make a number a quantity worth checking, taken into the NUM span.
UNITS = _words(
    "procent pct. pct % procentpoint kr. kr kroner euro dollar dollars pund mio. mia. millioner"
    " milliarder million millioner billion percent per cent points km kilometer meter ton tons"
    " kilo kg personer mennesker borgere soldater danskere ansatte people persons soldiers"
    " stemmer mandater votes seats point"
)
TIME_UNITS = _words(
    "år måned måneder uge uger dag dage døgn timer time minutter sekunder årtier"
    " year years month months week weeks day days hours hour minutes decades"
)
APPROXIMATORS = _words(
    "cirka ca. omkring knap godt næsten over under mindst højst op about around nearly almost"
    " roughly some approximately least most more over under"
)

# Speech verbs for attributions.
DA_SAY = _words(
    "siger sagde fortæller fortalte mener mente tilføjer tilføjede understreger understregede"
    " forklarer forklarede udtaler udtalte påpeger påpegede vurderer vurderede konstaterer"
    " konstaterede slutter sluttede uddyber uddybede skriver skrev erklærer erklærede"
    " svarer svarede lyder lød spørger spurgte fastslår fastslog advarer advarede"
)
EN_SAY = _words(
    "said says told tells added adds asked asks explained explains noted notes stated states"
    " wrote writes argued argues warned warns insisted insists replied replies continued"
    " recalled recalls declared declares admitted admits acknowledged concluded announced"
)
DA_PRONOUNS = _words("han hun de den det vi jeg")
EN_PRONOUNS = _words("he she they we i it")
PERSON_PRONOUNS = _words("han hun he she")

# Role words before a name ("forsvarsminister Claus Hjort Frederiksen", "President Joe Smith").
ROLE_SUFFIXES = (
    "minister", "ministeren", "formand", "formanden", "direktør", "direktøren", "chef", "chefen",
    "leder", "lederen", "ordfører", "ordføreren", "borgmester", "borgmesteren", "præsident",
    "præsidenten", "professor", "talsmand", "talskvinde", "sekretær", "general", "redaktør",
    "analytiker", "ekspert", "forsker", "dommer", "anklager", "politiker", "officer", "rådmand", "rådmanden",
)
EN_ROLES = _words(
    "President Prime Minister Secretary Senator Governor Mayor Chancellor King Queen Prince"
    " Princess General Colonel Captain Judge Justice Professor Director Chairman Chairwoman"
    " Chief Commissioner Ambassador Spokesman Spokeswoman Rep. Sen. Gov. Gen. Dr. Prof."
    " Mr. Mrs. Ms. Mr Mrs Ms Dr Sir Lord Lady Pope Bishop Rev. Officer Sheriff Coach"
)
TITLES = _words("Mr. Mrs. Ms. Dr. Mr Mrs Ms Dr Prof. Sir Hr. hr. fru Fru Madame Miss Lord Lady")

# Danish parliamentary party letters, as written in parentheses after a politician's name.
PARTY_LETTERS = _words("A B C D E F I K O V Ø Å S SF DF LA RV EL KD ALT NB M Q T")

# Connectors that may sit inside a multi-word name ("Ministeriet for Børn og Undervisning").
NAME_CONNECTORS = _words("for og af i de du van von der den la le of the and & y al el bin da di del")

# Capitalised words that are never names on their own.
DA_NON_NAMES = _words(
    "De Dem Deres I Jeg Vi Du Han Hun Det Den Der Her Nu Men Og Så Da Når Som Hvis Hvor Hvad"
    " Derfor Dermed Desuden Endelig Også Også Ifølge Efter Under Før Over Med Til Fra På Om Ved"
    " Mod Uden Hos Mellem Tidligere Senere Samtidig Ligesom Selv Alle Ingen Mange Flere Nogle"
    " En Et Ét To Tre Ja Nej Tak Hej Kære Både Enten Hverken Dette Denne Disse Sådan Hvordan"
    " Hvorfor Hvornår Hvem Hvilke Hvilken Netop Kun Blot Bare Altså Jo Nemlig Allerede Stadig"
    " Dog Alligevel Imidlertid Måske Formentlig Sandsynligvis Godt Ikke Aldrig Altid Ofte"
)
EN_NON_NAMES = _words(
    "I The A An This That These Those It He She They We You My Your His Her Our Their Its"
    " But And Or So If When While Because Although Though As After Before Since Until Then"
    " There Here What Who Whom Whose Which Where Why How Yes No Not Also Still Yet Just Even"
    " In On At By For From With Without Of To Into Over Under About Against Between Through"
    " During Meanwhile However Instead Today Tomorrow Yesterday Now Later Earlier Last Next"
    " Some Many Most All Any Each Every Both Either Neither Such Other Another One Please Thanks"
    " Thank Hi Hello Dear Ok OK Okay Well Oh Also Do Does Did Is Are Was Were Be Been Have Has Had"
    " Can Could Will Would Should May Might Must Let Maybe Perhaps Sorry Great Good Best Very"
)
