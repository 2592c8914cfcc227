"""Ordinary English words (written for this project): a capitalised one is seldom a name by itself.

Used to tell "Section", "Thanks" or "Modern" at the start of a line or in a title from a name.
"""

from __future__ import annotations

# The English gazetteers live in their own modules; their names stay importable from here.
from reader.analysis.en_gaz_people import EN_FAMOUS_SURNAMES, EN_GIVEN_NAMES, EN_SURNAMES  # noqa: F401
from reader.analysis.en_gaz_places_orgs import EN_ORGS, EN_PLACES, EN_RESTAURANTS  # noqa: F401

EN_VOCABULARY = frozenset(
    """
    ability able absolutely academic accept access accident account accounting accurate act action
    active activity actual actually ad add added addition additional address admin administration
    advance advanced advantage advice affair afraid afternoon age agency agenda agent ago agree
    agreement ahead aid aim air airline alarm album alert alive allow alright alternative amazing
    amendment amount analysis analyst and angle angry animal annual answer anti anxious apartment
    apparently appeal appear apple application apply appointment appreciate approach appropriate
    approval approve april area argue argument arm arrive art article artist asset assistant
    associate assume attach attached attachment attack attempt attend attention attorney audience
    audio author auto automatic autumn available avenue average avoid award aware baby background
    bag balance ball band bank bar base baseball basic basically basis basket bath battery battle
    beach bear beat beautiful beauty bed bedroom beer begin beginning behalf behind believe bell
    benefit bet beyond bid bike bill billion bird birth birthday bit black blame blank block blog
    blood blow blue board boat body bonus book boost border boss bottle bottom box boy brain branch
    brand bread break breakfast brief bright brilliant broad broken brother brown budget build
    building bunch burn bus business busy button cable cake calendar camera camp campaign cancel
    cancer candidate cap capacity capital captain card career careful carry case cash cast cat catch
    category cell center central centre century certain certainly chain chair chairman challenge
    champion chance channel chapter character charge charity chart chat cheese chemical chicken
    chief child children choice choose church cinema circle citizen civil claim class classic
    clear clearly client climate clock closed clothes cloud club coach coast code coffee cold
    collect collection college colour color column combination comfortable command comment
    commercial commission commit committee common communication community company compare
    comparison competition complete completely complex computer concept concern concerned
    conclusion condition conference confidence confirm congratulations connect connection
    consider consideration consistent construction consultant consumer contact content contest
    context continue contract contribution control conversation cook cool copy corner corporate
    correct cost cotton council count counter county couple course cousin cover coverage crazy
    cream create creative credit crew crime crisis critical cross crowd cup current currently
    customer cut cycle dad daily damage dance danger dark data database date daughter dead deal
    dear death debate debt decade decide decision deep default defence defense define definitely
    degree delay delete delivery demand department deposit describe description design desk
    despite detail details develop development device diet difference different difficult dinner
    direct direction director dirty discount discuss discussion disease display distance district
    division doctor document dog dollar door double doubt draft drama draw dream dress drink drive
    driver drop drug dry due duty early earth east easily eat economic economy edge edit edition
    editor education effect effective effort eight election electric electricity element else
    email emergency employee end energy engine engineer engineering enjoy enter entertainment
    entire entry environment episode equal equipment error escape especially essay estate estimate
    evening event eventually evidence exact exactly exam example exchange excited exciting
    executive exercise exist existing exit expect experience expert explain express extra eye face
    facility fact factor fail failure fair fall false family famous fan fantastic far farm fashion
    father fault favorite favourite fear feature february fee feedback feel feeling field fight
    figure file fill film final finally finance financial finish fire firm fish fit five fix flag
    flat flight floor flow flower fly focus folder follow food foot football force foreign forest
    forever forget form formal format former forward four frame frank freedom fresh friday friend
    front fruit fuel full fully fund funny future gain game garage garden gas gate general generally
    gentleman gift girl glad glass global goal god gold golf goods grade grand grant graph green
    ground group grow growth guarantee guard guess guest guide guy hair half hall hand handle hang
    happen hardware head health hear heart heat heaven heavy height hell hey high highly hill hire
    history hit hold holiday home honest honey horse hospital host hot hour house housing huge
    human hundred hurt husband ice idea ideal identify image imagine immediately impact important
    impossible improve inch include including income increase indeed independent index individual
    industry info information initial inside insurance interest interested interesting internal
    international internet interview introduction invest investment invite invoice island issue
    item january job join joint joke journey judge july jump june junior jury key kid kill king
    kitchen knowledge lab label labor labour lack lady land language large late latest laugh launch
    law lawyer lead leader league learn leave left leg legal lesson letter level library license
    life light limit limited line link list listen live living load loan local location lock long
    loss lost lot loud lovely low luck lucky lunch machine magazine mail main maintain major
    majority male man manage management manager manner march mark market marketing marriage master
    match material matter maximum meal meaning measure meat media medical medium member memo
    memory mention menu mess metal method middle mile military milk mind minimum minor minute
    mirror miss mission mistake mix mobile mode model modern moment monday money monitor month
    mood moon morning mother motion motor mountain mouse mouth move movie mr mrs ms multiple
    museum music mystery name narrow nation national native natural nature near nearly necessary
    neck negative neighbor network never news newspaper nine noon normal normally north nose note
    notice november number nurse object obviously occasion october odd offer office officer oil
    online open opening operation opinion opportunity option orange order ordinary organization
    original otherwise outside owner pack package page paid pain paint pair paper parent park
    part partner party pass passenger past path patient pay payment peace peak pen pending people
    per percent perfect performance period permit person personal phone photo physical piano pick
    picture piece pilot pink pipe plan plane planet plant plastic plate platform play player plenty
    plus pocket point police policy political pool poor pop popular population port position
    positive possible post potential pound power practice prepare present press pressure previous
    price pride primary prime print prior priority prison private prize problem process produce
    product production professional profile profit program programme progress project promise
    proof property proposal propose protect protection proud prove provide public pull purchase
    purpose push quality quarter queen quick quiet quote race radio rain raise range rank rate
    ratio reach reaction ready reality reason receive recent recently record red reduce reference
    region regular relationship release relevant remember remove rent repair repeat reply report
    request require research reserve resource respect response rest result retail return review
    rich ride ring rise risk river road rock role roof round route row royal rule run rural safe
    safety salary sale sample saturday save scale scene schedule school science score screen sea
    search season seat second secret secretary section security select sell senior sense separate
    september series serious server session set settle seven several sex shape share sharp sheet
    shift ship shirt shock shoe shoot short shot shoulder show shower side sign signal signature
    silver simple simply single sister site situation six size skill skin sky sleep slow small
    smart smile snow social society soft software soldier solution son song sort sound source
    south space speaker special speech speed spend spirit sport spot spring square staff stage
    stand standard star start statement station status stay step stock stop storage story
    strategy street strength stress strong student studio study stuff style subject success
    sudden suggest suit summary summer sun sunday super supply support surface surprise survey
    sweet swim system table tale talk tall target task tax tea teach teacher team technical
    technology telephone television temperature ten term terms test text theme theory thursday
    ticket tip title top topic total touch tour town track trade traffic train training transfer
    travel treat treatment tree trial trip trouble truck true trust truth tuesday turn type
    uncle understand union unit universe unknown upper urban user usual usually valley value van
    version video view village visit visitor voice volume vote wall war warm wash watch water
    wealth weather web website wedding wednesday weight welcome west white wife wild win wind window
    wine winner winter wish woman wonder wood word work worker world worry worth write writer
    wrong yard yeah yellow young youth zero zone
    hello thanks regards sincerely cheers best wishes kind love yours truly congratulations
    attendees alternates agenda minutes notes reminder fyi attached enclosed subject re fw fwd
    cc bcc tel fax mobile cell phone direct dial email e-mail address web site website
    posted via reply forward original message sent from to date please thank welcome
    lol lmao omg haha hahaha hehe wow yay ugh oops hmm ok okay yes no yep nope
    """.split()
)


def _set(text: str) -> frozenset[str]:
    return frozenset(text.lower().split())


# Common English words (lower case): a capitalised one at a sentence start is not a name.
COMMON = _set(
    "a about above across after again against all almost alone along already also although always"
    " am among an and another any anybody anyone anything anyway anywhere are around as ask at away"
    " back bad be because been before being below best better between big both bring but buy by"
    " call came can cannot car care cause change check cheap clean close come could day did do does"
    " doing done dont down during each easy either else enough even ever every everyone everything"
    " excellent expensive fast few find fine first for found free friendly from fun get give go going"
    " good got great had happy hard has have having he hello help her here hers herself hey hi him"
    " himself his hope how however i if in instead into is it its just keep kind know last later"
    " least less let like little look lots love made make many may maybe me mean might mine more most"
    " much must my myself need never new next nice no nobody none nor not nothing now of off often oh"
    " ok okay old on once one only or other others our out over own people perfect perhaps place"
    " please pretty probably put quick quite rather read real really right said same saw say see"
    " seem seems she should since so some someone something sometimes soon sorry still such sure take"
    " tell than thank thanks that the their them then there these they thing things think this those"
    " though through thus time to today together too totally try two under unless until up upon us"
    " use used very wait want was way we well went were what whatever when where whether which while"
    " who whole whom whose why will with within without wonderful would wow yes yet you your yours"
    " awesome amazing terrible horrible worst nobody staff service food price prices store shop"
    " restaurant hotel room rooms service highly recommend recommended overall definitely absolutely"
    " anyway besides therefore meanwhile furthermore moreover otherwise regardless attached below"
    " following please note re fyi subject sent original message forwarded regards sincerely cheers"
    " dear hello hi yesterday tomorrow tonight morning evening afternoon night week weekend month year"
    " attention update meeting call agenda draft final question questions answer answers comments"
    " police government president minister army officials official troops forces war city state"
    " country world university school church court company bank news team group office"
    " north south east west northern southern eastern western central"
)
NATIONALITIES = _set(
    "American Americans British English French German Germans Danish Swedish Norwegian Finnish Dutch"
    " Italian Spanish Portuguese Greek Turkish Russian Russians Polish Chinese Japanese Korean Indian"
    " Pakistani Afghan Iraqi Iraqis Iranian Syrian Israeli Israelis Palestinian Palestinians Arab"
    " Arabs Arabic Egyptian Saudi Kurdish Kurds Shiite Shiites Sunni Sunnis Muslim Muslims Christian"
    " Christians Jewish Jews Catholic Catholics Protestant Islamic European Europeans African Asian"
    " Mexican Canadian Australian Irish Scottish Welsh Brazilian Argentine Argentinian Cuban Latin"
    " Hispanic Western Eastern Democrat Democrats Republican Republicans Democratic Liberal"
    " Conservative Internet God Christmas Easter Halloween Thanksgiving Ramadan English Spanish"
)
