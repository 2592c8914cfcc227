"""Gazetteers written for this project from general knowledge: places, first names, organisations."""

from __future__ import annotations

from reader.analysis import gaz_da, gaz_foreign_given, gaz_orgs, gaz_people, gaz_places


def _set(text: str) -> frozenset[str]:
    return frozenset(w.replace("_", " ").lower() for w in text.split())


COUNTRIES = _set(
    # Danish names
    "Danmark Sverige Norge Finland Island Grønland Færøerne Tyskland Frankrig England Skotland Wales"
    " Irland Nordirland Storbritannien Holland Nederlandene Belgien Luxembourg Schweiz Østrig Italien"
    " Spanien Portugal Grækenland Tyrkiet Cypern Malta Polen Tjekkiet Slovakiet Ungarn Rumænien"
    " Bulgarien Serbien Kroatien Slovenien Bosnien Bosnien-Hercegovina Montenegro Albanien Makedonien"
    " Nordmakedonien Kosovo Estland Letland Litauen Rusland Hviderusland Ukraine Moldova Georgien"
    " Armenien Aserbajdsjan Kasakhstan Usbekistan Turkmenistan Kirgisistan Tadsjikistan Afghanistan"
    " Pakistan Indien Nepal Bangladesh Sri_Lanka Kina Japan Sydkorea Nordkorea Korea Mongoliet Taiwan"
    " Vietnam Thailand Cambodja Laos Burma Myanmar Malaysia Singapore Indonesien Filippinerne"
    " Australien New_Zealand Iran Irak Syrien Libanon Israel Palæstina Jordan Saudi-Arabien Yemen"
    " Oman Qatar Kuwait Bahrain Emiraterne Egypten Libyen Tunesien Algeriet Marokko Sudan Sydsudan"
    " Etiopien Eritrea Somalia Kenya Uganda Tanzania Rwanda Burundi Congo Nigeria Ghana Senegal Mali"
    " Niger Tchad Cameroun Angola Zambia Zimbabwe Mozambique Namibia Botswana Sydafrika Madagaskar"
    " USA Amerika Canada Mexico Cuba Haiti Jamaica Guatemala Honduras Nicaragua Panama Colombia"
    " Venezuela Ecuador Peru Bolivia Brasilien Chile Argentina Uruguay Paraguay Sovjetunionen"
    " Jugoslavien Tjekkoslovakiet Østtyskland Vesttyskland Vietnam Tibet Grønland Europa Asien Afrika"
    " Sydamerika Nordamerika Mellemøsten Skandinavien Norden Arktis Antarktis Balkan Kaukasus"
    # English names
    " Denmark Sweden Norway Iceland Greenland Germany France Scotland Ireland Britain Great_Britain"
    " United_Kingdom UK U.K. Netherlands Belgium Switzerland Austria Italy Spain Greece Turkey Cyprus"
    " Poland Czechia Czech_Republic Slovakia Hungary Romania Bulgaria Serbia Croatia Slovenia Bosnia"
    " Albania Macedonia Estonia Latvia Lithuania Russia Belarus Moldova Georgia Armenia Azerbaijan"
    " Kazakhstan India China Japan South_Korea North_Korea Mongolia Cambodia Malaysia Indonesia"
    " Philippines Australia Iraq Syria Lebanon Palestine Saudi_Arabia Egypt Libya Tunisia Algeria"
    " Morocco Ethiopia Somalia Cameroon South_Africa US U.S. U.S.A. United_States America Brazil"
    " Colombia Argentina Chile Peru Venezuela Cuba Mexico Canada Europe Asia Africa Antarctica"
    " Middle_East Scandinavia Vietnam Thailand Afghanistan Pakistan Iran Israel Jordan Yemen Kuwait"
    " Nigeria Kenya Uganda Sudan Ukraine England Wales Soviet_Union Yugoslavia"
)
CITIES = _set(
    "København Aarhus Århus Odense Aalborg Ålborg Esbjerg Randers Kolding Horsens Vejle Roskilde"
    " Herning Silkeborg Næstved Fredericia Viborg Køge Holstebro Taastrup Slagelse Hillerød Sønderborg"
    " Svendborg Hjørring Holbæk Frederikshavn Nørresundby Ringsted Haderslev Skive Nykøbing Aabenraa"
    " Thisted Kalundborg Nakskov Nyborg Middelfart Grenaa Skagen Ribe Tønder Varde Ikast Lemvig Struer"
    " Hobro Helsingør Frederiksberg Gentofte Lyngby Ballerup Glostrup Hvidovre Rødovre Brøndby Ishøj"
    " Greve Albertslund Herlev Gladsaxe Tårnby Amager Valby Vesterbro Nørrebro Østerbro Christianshavn"
    " Christiania Bornholm Rønne Sjælland Fyn Jylland Lolland Falster Møn Langeland Ærø Samsø Læsø"
    " Anholt Nordsjælland Sydjylland Nordjylland Midtjylland Vestjylland Østjylland Sønderjylland"
    " Thy Mors Djursland Himmerland Vendsyssel Nuuk Tórshavn"
    " Stockholm Göteborg Malmö Lund Uppsala Oslo Bergen Trondheim Stavanger Helsinki Helsingfors"
    " Reykjavik Berlin Hamborg Hamburg München Munich Frankfurt Köln Cologne Bonn Kiel Flensborg"
    " Flensburg Lübeck Bremen Hannover Dresden Leipzig Stuttgart Düsseldorf Paris Lyon Marseille"
    " Nice Bordeaux Toulouse Strasbourg London Manchester Liverpool Birmingham Leeds Glasgow Edinburgh"
    " Dublin Belfast Cardiff Amsterdam Rotterdam Haag Hague Bruxelles Brussels Antwerpen Genève Geneva"
    " Zürich Zurich Bern Basel Wien Vienna Rom Rome Milano Milan Napoli Naples Venedig Venice Firenze"
    " Florence Madrid Barcelona Sevilla Valencia Lissabon Lisbon Porto Athen Athens Istanbul Ankara"
    " Warszawa Warsaw Krakow Prag Prague Budapest Bukarest Bucharest Sofia Beograd Belgrade Zagreb"
    " Sarajevo Ljubljana Tallinn Riga Vilnius Moskva Moscow Skt._Petersborg St._Petersburg Kiev Kyiv"
    " Minsk Tbilisi Jerusalem Tel_Aviv Gaza Beirut Damaskus Damascus Aleppo Bagdad Baghdad Mosul Basra"
    " Teheran Tehran Kabul Islamabad Karachi Delhi New_Delhi Mumbai Bombay Kolkata Beijing Peking"
    " Shanghai Hongkong Hong_Kong Tokyo Tokio Osaka Seoul Pyongyang Bangkok Hanoi Saigon Manila"
    " Jakarta Sydney Melbourne Canberra Auckland Kairo Cairo Alexandria Tripoli Tunis Algier"
    " Casablanca Rabat Nairobi Mogadishu Addis_Abeba Lagos Johannesburg Kapstaden Cape_Town"
    " Washington New_York Los_Angeles Chicago Boston Houston Dallas Miami Atlanta Seattle Denver"
    " Philadelphia Detroit San_Francisco San_Diego Las_Vegas Phoenix Portland Austin Toronto Montreal"
    " Vancouver Ottawa Havana Havanna Mexico_City Bogota Lima Santiago Caracas Rio Rio_de_Janeiro"
    " São_Paulo Sao_Paulo Buenos_Aires Montevideo Brasilia Texas California Florida Alaska Hawaii"
    " Arizona Nevada Oregon Virginia Ohio Michigan Illinois Massachusetts Pennsylvania Georgia"
    " Carolina North_Carolina South_Carolina Tennessee Kentucky Alabama Louisiana Mississippi"
    " Missouri Minnesota Wisconsin Iowa Kansas Nebraska Oklahoma Colorado Utah Idaho Montana"
    " Wyoming Maine Vermont New_Jersey New_Hampshire Connecticut Maryland Indiana Arkansas"
    " New_Mexico Manhattan Brooklyn Queens Bronx Hollywood Silicon_Valley Bavaria Bayern"
    " Ontario Quebec Catalonien Catalonia Kurdistan Krim Crimea Donbas Sibirien Siberia Sahara"
    " Østersøen Nordsøen Atlanten Stillehavet Middelhavet Rhinen Donau Themsen Thames Alperne Alps"
)
FIRST_NAMES = _set(
    # Danish and Nordic
    "Anders Anne Anna Ane Bent Birgit Birgitte Bo Camilla Carsten Charlotte Christian Christina"
    " Christine Claus Dorte Dorthe Erik Eva Finn Flemming Frank Frederik Gitte Hanne Hans Helle"
    " Helena Henning Henrik Inge Ingrid Jacob Jakob Jan Jane Jens Jesper Jette Johan Johannes John"
    " Jonas Jørgen Jørn Kaj Karen Karin Kasper Katrine Kirsten Kim Kristian Kristine Lars Lasse Leif"
    " Lene Lis Lise Lisbeth Lone Louise Mads Maja Malene Marianne Maria Marie Mette Michael Mikael"
    " Mikkel Morten Niels Nils Ole Peter Per Pernille Pia Poul Rasmus Rikke Rune Sanne Simon Sofie"
    " Susanne Svend Søren Thomas Tina Tine Tom Torben Troels Uffe Ulla Vibeke Villy Kjeld Knud Erling"
    " Steen Sten Preben Palle Ib Aage Arne Bjarne Brian Dan Ebbe Egon Ejner Elsebeth Ellen Else"
    " Emil Esben Gert Grethe Gunnar Hakon Hardy Harald Holger Ida Ivan Jimmy Jytte Karsten Kenneth"
    " Kurt Lotte Magnus Margrethe Martin Max Naser Nikolaj Oluf Oscar Otto Pelle Pernille Ritt"
    " Rolf Ruth Signe Sigurd Stig Sven Tage Tove Trine Ulrik Valdemar Viggo Vagn Yvonne Åse Mogens"
    " Birthe Bodil Connie Dorit Hella Jeppe Kristoffer Lauge Line Mie Nanna Naja Oliver Noah Lucas"
    " Victor William Alfred Astrid Freja Clara Laura Emma Julie Mathilde Cecilie Josefine Frida"
    # English and international
    " James Robert David Richard Joseph Charles Christopher Daniel Matthew Anthony Mark Donald"
    " Steven Paul Andrew Joshua Kenneth Kevin George Timothy Ronald Edward Jason Jeffrey Ryan"
    " Gary Nicholas Eric Stephen Jonathan Larry Justin Scott Brandon Benjamin Samuel Gregory"
    " Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Henry Nathan Douglas Zachary Kyle"
    " Walter Ethan Jeremy Harold Keith Christian Roger Noah Gerald Carl Terry Sean Austin Arthur"
    " Lawrence Jesse Dylan Bryan Joe Jordan Billy Bruce Albert Willie Gabriel Logan Alan Juan"
    " Wayne Roy Ralph Randy Eugene Vincent Russell Elijah Louis Bobby Philip Johnny Bill Mike"
    " Tony Barack Hillary Bernie Boris Vladimir Angela Emmanuel Theresa Gordon Tony Margaret"
    " Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty"
    " Sandra Ashley Kimberly Donna Emily Michelle Carol Amanda Dorothy Melissa Deborah Stephanie"
    " Rebecca Sharon Cynthia Kathleen Amy Shirley Angela Helen Brenda Pamela Nicole Samantha"
    " Katherine Christine Debra Rachel Carolyn Janet Catherine Heather Diane Julie Joyce Victoria"
    " Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Jacqueline Martha"
    " Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Grace"
    " Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany"
    " Charlotte Marie Kayla Alexis Lori Jim Tom Bob Dave Steve Chris Matt Dan Nick Jeff Ben Sam"
    " Kate Jenny Liz Sue Meg Jeb Ted Newt Rick Al Vince Ken Phil Greg Pete Andy Tim Fred Ed Jon"
    " Mohammed Muhammad Ahmed Ali Hassan Hussein Omar Abdullah Ibrahim Mustafa Yasser Bashar Saddam"
    " Osama Recep Xi Shinzo Kim Nelson Fidel Hugo Luis Carlos Pedro Miguel Antonio Francisco"
    " Manuel Javier Jorge Pablo Diego Maria Ana Juan Giuseppe Silvio Mario Matteo Nicolas Jacques"
    " Francois Pierre Jean-Pierre Jean-Claude Helmut Gerhard Angela Olaf Wolfgang Hans-Dietrich"
    " Dmitrij Dmitry Mikhail Sergej Sergey Igor Ivan Olga Tatiana Natasha Aleksandr Alexander"
    " Boutros Kofi Ban Antonio Jens Lech Vaclav Slobodan Radovan Franjo Alija"
)
ORG_WORDS = _set(
    "A/S ApS I/S Inc Inc. Ltd Ltd. Corp Corp. Co. Company Corporation Group Holding Bank Banken"
    " Sparekasse Forsikring Partiet Parti Party Venstre Socialdemokratiet Socialdemokraterne"
    " Konservative Radikale Enhedslisten SF Dansk_Folkeparti Liberal_Alliance Alternativet"
    " Kristendemokraterne Fremskridtspartiet Centrum-Demokraterne Nye_Borgerlige Moderaterne"
    " Folketinget Folketing Regeringen Ministeriet Styrelsen Kommune Kommunen Region Regionen"
    " Universitet Universitetet University College Institute Institut Instituttet Skole Skolen"
    " Gymnasium Hospital Hospitalet Sygehus Rigshospitalet Politi Politiet Forsvaret Hæren"
    " Søværnet Flyvevåbnet Domstol Højesteret Landsret Byret Retten Rådet Council Commission"
    " Kommissionen Parlamentet Parliament Congress Senate Senatet Kongressen Agency Ministry"
    " Department Forening Foreningen Forbund Forbundet Fagforening Klub Klubben Club FC BK IF"
    " United City Rovers Association Union Unionen Federation Foundation Fond Fonden Fondet"
    " Avis Avisen Radio TV Television Network News Times Post Journal Tidende Posten Politiken"
    " Berlingske Ekstra_Bladet B.T. Jyllands-Posten Information Weekendavisen DR TV2 Ritzau"
    " Reuters AP AFP BBC CNN NATO Nato FN EU EF UN WHO IMF OECD OPEC Interpol Europol Unicef"
    " Unesco Microsoft Apple Google Facebook Amazon IBM Intel Maersk Mærsk Carlsberg Novo"
    " Lego Danske_Bank Nordea Tryg Ørsted Vestas SAS DSB Post_Danmark Arla Coop Salling Netto"
    " Toyota Volvo Ford Boeing Airbus Shell BP Exxon Enron Siemens Nokia Ericsson Samsung Sony"
    " Hamas Hizbollah Hezbollah Taleban Taliban al-Qaeda al-Qaida Isil ISIL ISIS Daesh Labour"
    " Islamisk_Stat Islamic_State Røde_Kors Red_Cross Amnesty_International Greenpeace"
    " Tories Demokraterne Republikanerne Democrats Republicans Kreml Kremlin Pentagon"
)
ORG_SUFFIXES = (
    "partiet", "ministeriet", "styrelsen", "rådet", "udvalget", "nævnet", "forbundet", "foreningen",
    "selskabet", "banken", "kassen", "fonden", "instituttet", "universitet", "tinget", "kommune",
    "gruppen", "akademi", "akademiet", "centret", "centeret", "tilsynet", "kontoret", "ombudsmanden",
)

# The lists are joined with a space: "+" alone glued the last word of one to the first of the
# next ("Kokoomus" + "NHS" gave "kokoomusnhs", and NHS, FN, Karolinska Institutet, Stockholm,
# Kurt, Agnes ... were in no set; namesen33).
COUNTRIES = COUNTRIES | _set(" ".join((gaz_places.WORLD_COUNTRIES, gaz_places.DA_COUNTRIES)))
CITIES = CITIES | _set(" ".join((
    gaz_places.DA_TOWNS, gaz_places.WORLD_CITIES, gaz_places.US_STATES, gaz_places.REGIONS,
    gaz_places.OCEANS_RIVERS, gaz_da.DA_PLACES)))
US_STATES = _set(gaz_places.US_STATES)
FIRST_NAMES = FIRST_NAMES | _set(" ".join((gaz_people.MALE, gaz_people.FEMALE)))
FIRST_NAMES = FIRST_NAMES | _set(gaz_foreign_given.MALE + " " + gaz_foreign_given.FEMALE)  # probe32
SURNAMES = _set(gaz_people.SURNAMES)
ORG_WORDS = ORG_WORDS | _set(" ".join((
    gaz_orgs.DA_BODIES, gaz_orgs.DA_COMPANIES, gaz_orgs.WORLD_ORGS, gaz_orgs.CLUBS, gaz_da.DA_ORGS,
    gaz_orgs.NEWS_BODIES)))
PLACE_HEADS = _set(gaz_places.PLACE_HEADS)
ORG_HEADS = _set(gaz_orgs.ORG_HEADS)

# Compound endings (Danish writes "Finansdepartementet", "Zagreb-området" as one word).
_ORG_ENDINGS = ORG_SUFFIXES + tuple(w for w in ORG_HEADS if len(w) >= 6 and w.isalpha() and w[-2:] in ("et", "en"))
_PLACE_ENDINGS = tuple(w for w in PLACE_HEADS if len(w) >= 5 and w.isalpha() and w[-2:] in ("et", "en"))

GAZETTEERS: dict[str, frozenset[str]] = {
    "LOC": COUNTRIES | CITIES,
    "PER": FIRST_NAMES,
    "SUR": SURNAMES,
    "ORG": ORG_WORDS,
}


_CACHE: dict[str, str] = {}


def lookup(low: str) -> str:
    """Gazetteer classes of a lower-cased word ("" when none), e.g. ``"LOC"`` or ``"ORG+PER"``."""
    known = _CACHE.get(low)
    if known is not None:
        return known
    if len(_CACHE) > 200_000:
        _CACHE.clear()
    _CACHE[low] = result = _lookup(low)
    return result


def clear_cache() -> None:
    """Forget the cached gazetteer classes."""
    _CACHE.clear()


def _lookup(low: str) -> str:
    hits = [label for label, words in GAZETTEERS.items() if low in words]
    if not hits and len(low) > 5:
        tail = low.rpartition("-")[2]
        if tail in ORG_HEADS:
            hits.append("ORGSUF")
        elif tail in PLACE_HEADS or low.endswith(_PLACE_ENDINGS):
            hits.append("LOCSUF")
        elif low.endswith(_ORG_ENDINGS):
            hits.append("ORGSUF")
    return "+".join(hits)

FEMALE_NAMES = _set(
    "Anne Anna Ane Birgit Birgitte Camilla Charlotte Christina Christine Dorte Dorthe Eva Gitte Hanne"
    " Helle Helena Inge Ingrid Jane Jette Karen Karin Katrine Kirsten Kristine Lene Lis Lise Lisbeth"
    " Lone Louise Maja Malene Marianne Maria Marie Mette Pernille Pia Rikke Sanne Sofie Susanne Tina"
    " Tine Ulla Vibeke Elsebeth Ellen Else Grethe Ida Jytte Lotte Margrethe Ritt Ruth Signe Tove Trine"
    " Yvonne Åse Birthe Bodil Connie Dorit Hella Line Mie Nanna Naja Astrid Freja Clara Laura Emma"
    " Julie Mathilde Cecilie Josefine Frida Hillary Angela Theresa Margaret Mary Patricia Jennifer"
    " Linda Elizabeth Barbara Susan Jessica Sarah Nancy Lisa Betty Sandra Ashley Kimberly Donna Emily"
    " Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Cynthia Kathleen Amy"
    " Shirley Helen Brenda Pamela Nicole Samantha Katherine Debra Rachel Carolyn Janet Catherine"
    " Heather Diane Joyce Victoria Kelly Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah"
    " Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail Alice Judy"
    " Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Diana Natalie Brittany Kayla"
    " Alexis Lori Kate Jenny Liz Sue Meg Olga Tatiana Natasha Ana"
) | _set(gaz_people.FEMALE) | _set(gaz_foreign_given.FEMALE)
# First names either sex carries ("Kim", "Jan", "Jean"): given in both lists, "han" and "hun" both fit.
UNISEX_NAMES = FEMALE_NAMES & _set(gaz_people.MALE)
