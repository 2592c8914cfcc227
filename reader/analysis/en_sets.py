"""The word sets the English name rules read (built from the word lists in en_words, gazetteer
and lexicon)."""

from __future__ import annotations

from reader.analysis.en_words import (
    COMMON, EN_FAMOUS_SURNAMES, EN_GIVEN_NAMES, EN_ORGS, EN_PLACES, EN_SURNAMES, EN_VOCABULARY, NATIONALITIES,
    _set,
)
from reader.analysis.gazetteer import CITIES, COUNTRIES, ORG_WORDS, SURNAMES, US_STATES
from reader.analysis.gazetteer import FIRST_NAMES as _DA_FIRST_NAMES

Span = tuple[int, int, str]
FIRST_NAMES = _DA_FIRST_NAMES | EN_GIVEN_NAMES
SINGLE_DEFAULT: str | None = None
CONTEXT_DEFAULT: str | None = "LOC"
MULTI_DEFAULT: str | None = None
# An unknown all-capitals word the rules find alone is no name by itself (it was an organisation:
# GUM CV typed F1 0.669 -> 0.679, organisations' precision 0.51 -> 0.62; terms such as "ICT", "GIS").
ACRONYM_DEFAULT: str | None = None
LONG_DEFAULT: str | None = None


# Nationalities, peoples and party members ("the French", "Republicans"): no names, as UNER marks
# them (the words of ``NATIONALITIES`` less the holidays, "Internet" and "God").
PEOPLES = NATIONALITIES - _set("internet god christmas easter halloween thanksgiving ramadan")


_LOC_CONTEXT = _set("in at from to near visit visiting visited into across outside inside around via toward towards")
_PER_CONTEXT = _set("mr. mrs. ms. dr. mr mrs ms dr sir president senator governor minister secretary")
_ORG_SUFFIX = _set("inc inc. corp corp. co co. ltd ltd. llc plc group company corporation university"
                   " college institute association bank council agency department committee club"
                   " foundation party church school hospital airlines airways motors systems"
                   " technologies news times post journal network services society union court"
                   " orchestra symphony energy partners holdings industries enterprises solutions"
                   " consulting labs laboratories studios records authority commission board ministry"
                   " bureau organization organisation federation alliance league academy fund trust"
                   " insurance pharmaceuticals communications telecom media entertainment tech homes builders"
                   " developments properties logistics foods ferries shipping brewery")
_LOC_SUFFIX = _set("street st. avenue ave road rd. boulevard blvd park river lake mountain mountains"
                   " island islands bay beach county valley city town square bridge airport hall"
                   " heights springs falls canyon ocean sea gulf coast auditorium garage base station"
                   " terminal stadium arena mall plaza memorial monument cathedral tower building"
                   " hotel grill cafe inn motel resort zoo district hills peak highway freeway parkway"
                   " lane drive trail")
# Heads that make a place even when another word of the name is an organisation's ("City Hall").
_FACILITY = _set("street st. avenue ave road rd. boulevard blvd hall airport bridge station auditorium"
                 " garage stadium arena mall plaza memorial monument cathedral tower building hotel grill"
                 " cafe motel highway freeway parkway lane drive trail")
# Words that begin a place name ("St. Thomas", "San Jose", "Fort Worth").
_PLACE_START = _set("st. st saint san santa fort mount mt. lake port")
_NEVER = _set("am pm a.m. p.m. ps p.s. re fw fwd cc bcc tel fax email e-mail phone ok ii iii iv tv usd eur"
              " jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun"
              " word excel powerpoint section chapter article exhibit appendix schedule")
_CONNECT = frozenset(("of", "the", "and", "&", "de", "la", "du", "van", "von", "al", "bin", "for"))
_PLACES = COUNTRIES | CITIES | EN_PLACES
_ORGS = ORG_WORDS | EN_ORGS
# Organisations whose name is also an ordinary word or a team nickname: not at a sentence start.
_ORGS_SAFE = EN_ORGS - COMMON - EN_VOCABULARY - _set(
    "gap virgin discover progressive enterprise fortune slate salon borders staples michaels time fox"
    " delta giants bears saints eagles jets heat rangers cardinals pirates rockets spurs mavericks"
    " dolphins raiders vikings texans cowboys patriots packers steelers broncos braves astros"
    " mariners orioles phillies mets cubs nazis sprint orange chase ford lotus bain edison canon"
    " norton marines navy congress senate coke shell visa target apple amazon"
)
_LOWER_PLACES = frozenset(p for p in _PLACES if p not in COMMON and " " not in p and len(p) > 4) - _set(
    "turkey china georgia jordan chad mobile reading nice bath wales bonn split essen victoria charlotte"
    " austin jackson lincoln dover buffalo phoenix orlando florence eugene gent lund rio sale salvador"
    " santiago columbus richmond kent hamilton cork lima cali split canton ry thy mors fyn give"
    " providence mesa boulder flint pueblo garland billings riverside clearwater aspen queens midtown"
    " newport wellington oxford cambridge chelsea surrey atlantic pacific mediterranean caribbean"
    " arctic midwest southwest northeast southeast rockies stateside hollywood everest patagonia marin"
    " napa branson lakeland savannah florence geneva sydney brittany devon gulf states island"
) - FIRST_NAMES
# Lower-case country and state names count anywhere ("we drove to ohio", "is peru or chile cheaper").
_LOWER_ANYWHERE = frozenset(p for p in COUNTRIES | US_STATES if " " not in p and len(p) > 3) & _LOWER_PLACES | _set(
    "london paris chicago boston seattle atlanta toronto vancouver montreal mumbai delhi kerala goa"
    " bangalore karachi lahore baghdad tehran kabul beijing shanghai tokyo moscow berlin madrid"
    " barcelona dublin manchester liverpool glasgow edinburgh melbourne brisbane auckland"
    " philadelphia pittsburgh cleveland detroit denver sacramento hawaii manila bangkok singapore"
    " dubai cairo istanbul jerusalem noida gurgaon hyderabad chennai kolkata"
)
# Lower-case names of more than one word ("san francisco", "new york") count anywhere.
_LOWER_MULTI = frozenset(
    p for p in _PLACES if " " in p and not all(w in COMMON or w in EN_VOCABULARY or w in _LOC_SUFFIX for w in p.split())
)
_LOWER_MULTI_ORG = frozenset(
    p for p in EN_ORGS if " " in p and not all(w in COMMON or w in EN_VOCABULARY for w in p.split())
) - _LOWER_MULTI
_MULTI_FIRST = frozenset(p.split()[0] for p in _LOWER_MULTI | _LOWER_MULTI_ORG)
# Lower-case brands and sites that are seldom anything else ("i searched google").
_LOWER_ORGS = _set(
    "google facebook youtube myspace microsoft yahoo paypal ebay walmart starbucks firefox netflix"
    " craigslist twitter wikipedia skype linkedin instagram whatsapp mozilla airasia"
)
_SPLIT_BEFORE = _set("monday tuesday wednesday thursday friday saturday sunday january february march"
                     " april june july august september october november december")


_LEAD_CONNECT = _set("of the and & for")
# Lower-case job and role nouns a news story puts before a person's name ("historian X Y").
_ROLE_NOUNS = frozenset(
    "historian economist spokesman spokeswoman spokesperson analyst director chairman chairwoman"
    " chair mayor minister president leader councillor councilor official lawyer attorney prosecutor"
    " judge professor teacher worker resident owner executive manager founder researcher scientist"
    " doctor nurse officer captain coach player striker goalkeeper midfielder defender author writer"
    " substitute winger forward keeper skipper referee jockey trainer batsman bowler boxer cyclist golfer"
    " rider sprinter swimmer quarterback pitcher fullback"
    " artist singer actor actress farmer fisherman engineer curator secretary governor senator"
    " candidate colleague neighbour neighbor witness victim student activist campaigner planner"
    " detective inspector commissioner superintendent sergeant constable meteorologist forecaster"
    " vicar priest rabbi imam pastor economist boss chief ceo cfo treasurer clerk auditor"
    " historian archaeologist biologist chemist physicist surgeon dentist pilot driver manager"
    " organiser organizer volunteer shopkeeper landlord tenant developer designer architect".split()
)
_LIST_JOIN = frozenset((",", "and", "&", "or"))
# Greetings and kinship or job words before a name ("Good Morning Helga", "Aunt Bea", "Doctor Olsen").
_LEAD_SKIP = _set("morning afternoon evening hey hello hi dear welcome congratulations congrats thanks"
                  " aunt auntie uncle cousin grandma grandpa granny doctor nurse pastor"
                  " senior vice executive assistant deputy associate acting former")
_QUOTES = frozenset('"“”\'')
_GENITIVE = frozenset(("'s", "’s", "s"))
_AFTER_PLACE = _set("in on at for with near tonight tomorrow today and or is was are were on instead")
_ERA = _set("administration government campaign presidency era doctrine family")
_KNOWN_SURNAMES = SURNAMES | EN_FAMOUS_SURNAMES
_PLAIN = COMMON | EN_VOCABULARY
# Family names that end a person's name after an unknown first word ("Usman Shaukat"-like runs).
_FAMILY = SURNAMES | (EN_SURNAMES - _PLAIN - _LOC_SUFFIX - _ORG_SUFFIX - _set(
    "house head key rich small short strong church branch bond love moon snow chase wall crane swift frost"
    " golden flowers glass case power powers summers winters sun ma he hu du fan pan song tang le das han"
    " lim park jung kang cho ye lu wei costa bruno gallo marks holder hood stark stein sellers"
))
# Given names written in lower case in a lower-case sentence ("anna and ben are on their way");
# not those that are also words.
_LOWER_GIVEN = frozenset(
    w for w in EN_GIVEN_NAMES if len(w) > 2 and w.isalpha() and w not in _PLAIN
) - _set(
    "will may june april mark bill pat sue rob jack frank grace hope joy faith dawn summer autumn rose"
    " ivy holly iris ruby pearl amber crystal jade chase drew lance dean grant chuck buck bud rich wade"
    " miles gene don ray guy sandy rocky penny angel destiny melody misty carol max art bob nick cliff"
    " glen heath lane dale brook clay cole rusty sky chip stan sal victor jesus christian norman earl"
    " noel hank mo tad nat kat lou bev deb sid liv tish shel marina olive violet ginger candy brandy"
    " sonny harmony hunter carter mason tyler taylor cooper spencer parker jordan logan madison"
    " bailey riley casey jean jan gay les ned ted pete bart harry homer august reed"
    " ming jun min hui jin sung wei akira kenji yuki ali lee kim"
)
_COMMA_SUFFIX = _set("inc inc. llc ltd ltd. corp corp. co. l.p. plc")
_SAID = frozenset("said says told wrote writes asked added explained".split())
_SHOUTED = _set("rfp ipo dui seo adhd vhs iso lng mba phd usb html http www jpg gif mp3 gps atm pin sms"
                " gdp coo cto svp evp aka eta rip tba tbd vip wifi lcd led dm nb rofl idk np thx pls plz"
                " asap dvd cd tv faq fyi lol omg btw pdf url svp ceo cfo vp hr pr it pc fax id ok rsvp"
                " am pm est pst cst edt cdt irr re fw mba phd bbq wtf imo imho diy")
_STATE_TAIL = US_STATES | _set("ca ny tx fl wa il ma pa oh nj uk usa")
_STATES = _set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH"
               " NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC SF LA NYC UK US USA")
