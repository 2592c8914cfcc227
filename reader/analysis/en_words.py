"""Ordinary English words (written for this project): a capitalised one is seldom a name by itself.

Used to tell "Section", "Thanks" or "Modern" at the start of a line or in a title from a name.
"""

from __future__ import annotations

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

# English-only gazetteers (written for this project from general knowledge; the Danish tagger never
# reads them). Multi-word names use "_" for the space; all compared in lower case.


def _names(text: str) -> frozenset[str]:
    return frozenset(w.replace("_", " ").lower() for w in text.split())


# Common given names of the English-speaking world (and frequent ones from elsewhere).
EN_GIVEN_NAMES = _names(
    "Aaron Abby Abe Abel Abraham Ada Adam Adele Adrian Adrienne Agnes Aidan Aileen Aimee Al Alan"
    " Alana Albert Alberto Alec Alejandro Alex Alexa Alexander Alexandra Alexis Alfie Alfred Ali"
    " Alice Alicia Alisha Alison Allan Allen Allie Allison Alma Alvin Alyssa Amanda Amber Amelia Amir"
    " Amos Amy Ana Andre Andrea Andres Andrew Andy Angel Angela Angelica Angelina Angie Anita Ann"
    " Anna Annabel Anne Annette Annie Anthony Antoine Antonio April Archie Ariel Arlene Arnold"
    " Arthur Ashley Ashton Audrey Austin Autumn Ava Avery Bailey Barb Barbara Barney Barry Bart"
    " Beatrice Becky Belinda Bella Ben Benjamin Bernadette Bernard Bernice Bert Beth Bethany"
    " Betsy Betty Beverly Bianca Bill Billy Blake Bob Bobbie Bobby Bonnie Brad Bradley Brady"
    " Brandi Brandon Brandy Brenda Brendan Brent Brett Brian Briana Bridget Britney Brittany Brock"
    " Brooke Bruce Bryan Bryce Buck Bud Byron Caleb Calvin Cameron Camille Candace Candice Candy"
    " Cara Carina Carl Carla Carlos Carlton Carly Carmen Carol Carole Caroline Carolyn Carrie"
    " Carter Casey Cassandra Cassie Catherine Cathy  Cecil Cecilia Cedric Celeste Celia"
    " Chad Chandler Charity Charlene Charles Charley Charlie Charlotte Chase Chelsea Cheryl Chester"
    " Chloe Chris Chrissy Christa Christian Christie Christina Christine Christopher Christy Chuck"
    " Cindy Claire Clara Clarence Clark Claude Claudia Clay Clayton Clement Cliff Clifford Clint"
    " Clinton Clyde Cody Cole Colin Colleen Connie Connor Conrad Constance Cora Corey Cory Courtney"
    " Craig Cristina Crystal Curt Curtis Cynthia Daisy Dale Dallas Dalton Damian Damon Dan Dana"
    " Daniel Daniela Danielle Danny Daphne Darcy  Darla Darlene Darrell Darren Darryl Daryl"
    " Dave Davey David Dawn Dean Deana Deanna Debbie Debby Deborah Debra Dee Deirdre Delia Della"
    " Denis Denise Dennis Derek Derrick Desiree Destiny Devin Devon Dewey Diana Diane Dianne Dick"
    " Dolly Dolores Dominic Dominique Don Donald Donna Donnie Donovan Dora Doreen Doris Dorothy Doug"
    " Douglas Drew Duane Dustin Dwayne Dwight Dylan Earl Ed Eddie Eddy Edgar Edith Edmund Edna"
    " Eduardo Edward Edwin Eileen Elaine Eleanor Elena Eli Elijah Elisa Elise Eliza Elizabeth"
    " Ella Ellen Ellie Elliot Elliott Ellis Elmer Eloise Elsa Elsie Elvis  Emily Emma Emmett"
    " Enrique Eric Erica Erik Erika Erin Ernest Ernie Esther Ethan Ethel Eugene Eunice Eva Evan"
    " Evelyn Everett Faith Fay Felicia Felix Fernando Fiona Flora Florence Floyd Forrest Fran"
    " Frances Francesca Francis Frank Frankie Franklin Fred Freda Freddie Freddy Frederick Gabe"
    " Gabriel Gabriella Gail Garrett Gary Gavin Gayle Gene Geneva Geoff Geoffrey George Georgia"
    " Gerald Geraldine Gerard Gerry Gertrude Gilbert Gina Ginger Ginny Gladys Glen Glenda Glenn"
    " Gloria Gordon Grace Grady Graham Grant Greg Gregg Gregory Greta Gretchen Guadalupe Gus"
    " Gustavo Gwen Gwendolyn Hailey Hal Haley Hank Hannah  Harley Harold Harriet Harrison"
    " Harry Harvey Hattie Hazel Heath Heather Hector Heidi Helen Helena Henry Herb Herbert Herman"
    " Hilda Holly Homer Hope Horace Howard Hubert Hugh Hugo Ian Ida Imogen Ingrid Ira Irene Iris"
    " Irma Irving Isaac Isabel Isabella Isabelle Isaiah Ivan Ivy Jack Jackie Jacob Jacqueline Jade"
    " Jaime Jake Jamal James Jamie Jan Jane Janet Janice Janie Janine Jared Jasmine Jason Jasper"
    " Javier Jay Jayne Jean Jeanette Jeanne Jeannie Jeff Jeffery Jeffrey Jen Jenna Jennie Jennifer"
    " Jenny Jeremiah Jeremy Jerome Jerry Jesse Jessica Jessie Jesus Jill Jim Jimmie Jimmy Jo Joan"
    " Joann Joanna Joanne Jocelyn Jodi Jodie Jody Joe Joel Joey Johanna John Johnnie Johnny Jon"
    " Jonathan Jordan Jorge Jose Joseph Josephine Josh Joshua Josie Joy Joyce Juan Juanita Judith"
    " Judy Julia Julian Juliana Julie Julius Justin Justine Kara Karen Kari Karl Karla Kate"
    " Katelyn Katherine Kathleen Kathryn Kathy Katie Katrina Kay Kayla Keith Kelley Kelli Kellie"
    " Kelly Kelvin Ken Kendall Kendra Kenneth Kenny Kent Kerri Kerry Kevin Kim Kimberly Kirk"
    " Kirsten Kitty Kris Krista Kristen Kristi Kristin Kristina Kristy Kurt Kyle Kylie Lacey Lana"
    " Lance Lane Larry Latoya Laura Lauren Laurie Lawrence Lea Leah Lee Leigh Lena Leo Leon Leona"
    " Leonard Leroy Les Lesley Leslie Lester Lewis Liam Lila Lillian Lily Linda Lindsay Lindsey"
    " Lionel Lisa Liz Liza Lloyd Logan Lois Lola Lonnie Lora Loren Lorena Lorenzo Loretta Lori"
    " Lorraine Louie Louis Louise Lucas Lucia Lucille Lucy Luis Luke Lydia Lyle Lynda Lynn Lynne"
    " Mabel Mackenzie Madeline Madison Mae Maggie Malcolm Mandy Manuel Marc Marcia Marco Marcus"
    " Margaret Margie Margo Maria Marian Marianne Marie Marilyn Marina Mario Marion Marissa"
    " Marjorie Marla Marlene Marlon Marsha Marshall Martha Martin Marty Marvin Mary Mason Mathew"
    " Matt Matthew Maude Maureen Maurice Mavis Max Maxine Maya Megan Meghan Mel Melanie Melinda"
    " Melissa Melody Melvin Mercedes Meredith Mia Micah Michael Michele Michelle Mick Mickey Miguel"
    " Mike Mildred Miles Millie Milton Mindy Miranda Miriam Misty Mitch Mitchell Molly Mona Monica"
    " Monique Morgan Morris Moses Myra Myron Nadia Nadine Nancy Naomi Natalie Natasha Nate Nathan"
    " Nathaniel Neal Ned Neil Nell Nellie Nelson Nick Nicki Nicola Nicolas Nicole Nigel Nikki Nina"
    " Noah Noel Nora Norma Norman Olive Oliver Olivia Ollie Omar Opal Oscar Otis Owen Paige Pam"
    " Pamela Pat Patrice Patricia Patrick Patsy Patti Patty Paul Paula Pauline Pearl Pedro Peggy"
    " Penelope Penny Percy Perry Pete Peter Phil Philip Phillip Phoebe Phyllis Preston Priscilla"
    " Quentin Quinn Rachael Rachel Rafael Ralph Ramon Ramona Randall Randy Raquel Ray Raymond"
    " Reba Rebecca Regina Reginald Rene Renee Rex Rhonda Ricardo Rich Richard Rick Rickey Ricky"
    " Riley Rita Rob Robbie Robert Roberta Roberto Robin Robyn Rocky Rod Roderick Rodney Rodolfo"
    " Roger Roland Rolando Ron Ronald Ronda Ronnie Rosa Rosalie Rose Rosemary Ross Rowena Roxanne"
    " Roy Ruben Ruby Rudolph Rudy Rufus Russ Russell Ruth Ryan Sabrina Sadie Sal Sally Salvador"
    " Sam Samantha Sammy Samuel Sandra Sandy Sara Sarah Sasha Saul Savannah Scott Sean Sebastian"
    " Selena Serena Seth Shana Shane  Shannon Shari Sharon Shaun Shauna Shawn Shawna Sheila"
    " Shelby Shelia Shelley Shelly Sheri Sherri Sherry Sheryl Shirley Sidney Silvia Simon Simone"
    " Sofia Sonia Sonja Sonya Sophia Sophie Spencer Stacey Staci Stacy Stan Stanley Stella"
    " Stephanie Stephen Steve Steven Stewart Stu Stuart Sue Summer Susan Susanne Susie Suzanne"
    " Sydney Sylvester Sylvia Tabitha Tamara Tami Tammy Tania Tanya Tara Tasha Ted Teddy Terence"
    " Teresa Teri Terrance Terrence Terri Terry Tess Tessa Thelma Theo Theodore Theresa Thomas"
    " Tiffany Tim Timmy Timothy Tina Toby Todd Tom Tommy Toni Tony Tonya Tracey Traci Tracy"
    " Travis Trent Trevor Tricia Trina Trisha Tristan Troy Trudy Tyler Tyrone Ursula Valerie"
    " Vanessa Vaughn Velma Vera Vern Verna Vernon Veronica Vic Vicki Vickie Vicky Victor Victoria"
    " Vince Vincent Viola Violet Virgil Virginia Vivian Wade Wallace Wally Walt Walter Wanda"
    " Warren Wayne Wendell Wendy Wes Wesley Whitney Wilbur Wilfred Will Willard William Willie"
    " Willis Wilma Winifred Winston Wyatt Yolanda Yvette Yvonne Zach Zachary Zack Zoe Zoey"
    # shortened forms and nicknames common in mail
    " Abe Barb Bev Cathie Deb Dottie Gabby Jeb Jess Jules Kat Kate Kenny Liv Lou Maddie Manny Mo"
    " Nat Nicky Ollie Pam Rosie Sandy Shel Sid Stevie Suzy Tad Tish Trish Val Vi Vinny Zeke"
    # frequent names from elsewhere in English text
    " Abdul Abdullah Ahmad Ahmed Aisha Akbar Ali Amit Anil Arjun Ashok Asif Ayesha Bilal Deepak"
    " Farid Fatima Gaurav Hamid Hassan Hussein Imran Iqbal Jamal Karim Khalid Mahmoud Majid"
    " Mohamed Mohammad Mohammed Muhammad Mustafa Nabil Nasser Omar Pradeep Priya Rahul Raj Rajesh"
    " Ramesh Ravi Rashid Salim Sanjay Sunil Suresh Tariq Usman Vijay Yasser Yusuf Zaid"
    " Akira Hiroshi Kenji Takeshi Yuki Wei Li Ming Jun Chen Hui Jin Sung Min Ji Hyun"
    " Alejandra Alfonso Alvaro Beatriz Camila Carmen Diego Enrique Esteban Felipe Fernanda"
    " Gonzalo Guillermo Ignacio Joaquin Lucia Luz Marcela Mariana Mateo Pablo Ramiro Raul Rodrigo"
    " Santiago Sergio Valentina Ximena Andrei Boris Dmitri Igor Ivan Mikhail Nikolai Oleg Olga"
    " Sergei Svetlana Tatiana Vladimir Yuri Anatoly Pavel Alexei Giovanni Giuseppe Luca Marco"
    " Matteo Paolo Pietro Francesca Giulia Hans Jurgen Klaus Stefan Wolfgang Dieter Heinz Helga"
    " Pierre Jacques Jean Michel Philippe Francois Claude Sylvie Isabelle Nathalie Sean Seamus"
    " Siobhan Niamh Aoife Ciaran Declan Eamon Liam Padraig  Fergus Angus Alasdair Hamish"
    " Morag Ewan Rhys Gareth Dafydd Bronwen Sian"
)
# Well-known family names that name a person when they stand alone ("Bush said", "ask Clinton").
EN_FAMOUS_SURNAMES = _names(
    "Obama Clinton Bush Trump Biden Reagan Nixon Carter Kennedy Roosevelt Lincoln Jefferson"
    " Eisenhower Truman Johnson Gore Cheney Rumsfeld Wolfowitz Powell Condoleezza Kerry Edwards"
    " McCain Palin Romney Pelosi Schwarzenegger Giuliani Bloomberg Gingrich Ashcroft Gonzales"
    " Blair Cameron Thatcher Churchill Merkel Schroeder Chirac Sarkozy Putin Yeltsin"
    " Gorbachev Stalin Lenin Hitler Mussolini Mao Castro Chavez Arafat Abbas Sharon Netanyahu"
    " Rabin Peres Olmert Barak Mubarak Sadat Nasser Gaddafi Qaddafi Khomeini Khamenei Ahmadinejad"
    " Saddam Hussein Allawi Sistani Sadr Nasrallah Zarqawi Musharraf Bhutto Karzai Mandela Annan"
    " Gandhi Nehru Lula Kim Zelensky Erdogan Assad Bin_Laden Osama Zawahiri"
    " Einstein Newton Darwin Freud Marx Shakespeare Dickens Picasso Rembrandt Mozart Beethoven"
    " Bach Tolkien Hemingway Twain Orwell Dante Galileo Napoleon Caesar Jesus Buddha Muhammad"
    " Buffett Zuckerberg Musk Bezos Oprah Madonna Elvis Sinatra Beckham"
    " Greenspan Bernanke Skilling Fastow"
)
# Places: cities and towns of the US and the world, states and provinces, regions, landmarks.
EN_PLACES = _names(
    # US cities and towns
    "Akron Albany Alexandria Allentown Anaheim Anchorage Ann_Arbor Arlington Asheville Athens"
    " Atlanta Atlantic_City Austin Bakersfield Baltimore Bangor Baton_Rouge"
    " Beaumont Bellevue Berkeley Beverly_Hills Billings Biloxi Birmingham Bismarck Bloomington"
    " Boca_Raton Boise Boston Boulder Bridgeport Brownsville Buffalo Burbank Burlington Cambridge"
    " Canton Carson_City Cedar_Rapids Chapel_Hill Charleston Charlotte"
    " Chattanooga Chesapeake Cheyenne Chicago Chico  Chula_Vista Cincinnati Clearwater"
    " Cleveland Colorado_Springs Columbus Corpus_Christi Cupertino Dallas Dayton"
    " Daytona Daytona_Beach Dearborn Denton Denver Des_Moines Detroit Duluth El_Paso"
    "  Erie Evanston Fairbanks Fargo Fayetteville Flagstaff Flint"
    " Fort_Collins Fort_Lauderdale Fort_Myers  Fort_Wayne Fort_Worth Fremont Fresno"
    " Gainesville Galveston Garland Glendale Grand_Rapids Green_Bay Greensboro Greenville"
    " Hartford Hialeah Hoboken Hollywood Honolulu Houston Huntsville Indianapolis"
    " Irvine Ithaca Jacksonville Jersey_City Joliet Juneau Kalamazoo Kansas_City"
    " Key_West Killeen Knoxville Lake_Tahoe Lakeland Lancaster Lansing Laredo Las_Cruces"
    " Las_Vegas Lexington Little_Rock Long_Beach Long_Island Los_Angeles Louisville"
    " Lubbock Malibu Memphis Mesa Miami Miami_Beach Milwaukee Minneapolis Modesto"
    " Monterey Myrtle_Beach Napa Naperville Nashville New_Haven New_Orleans Newark"
    " Newport Norfolk Oakland Ocala Odessa Ogden Oklahoma_City Omaha Orlando"
    " Oxnard Palm_Beach Palm_Springs Palo_Alto Pasadena Paterson Pensacola Peoria Philadelphia"
    " Phoenix Pittsburgh Plano Pomona Portland Providence Provo Pueblo Raleigh Reno"
    " Richmond Riverside Roanoke Rochester Rockford Sacramento  Salinas Salt_Lake_City"
    " San_Antonio San_Bernardino San_Diego San_Francisco San_Jose San_Mateo San_Rafael Santa_Ana"
    " Santa_Barbara Santa_Clara Santa_Cruz Santa_Fe Santa_Monica Sarasota Savannah Scottsdale"
    " Scranton Seattle Shreveport Sioux_Falls South_Bend Spokane Springfield St._Louis St._Paul"
    " St._Petersburg St_Louis Stamford Stockton Sunnyvale Syracuse Tacoma Tallahassee Tampa"
    " Tampa_Bay Tempe Toledo Topeka Trenton Tucson Tulsa Tuscaloosa Vallejo Ventura Waco"
    " Washington_DC Washington_D.C. Wichita Wilmington Winston-Salem Worcester Yonkers Yuma"
    " Aspen Branson Cape_Cod Martha's_Vineyard Nantucket  Bethesda Harlem"
    " Manhattan Brooklyn Queens Bronx Staten_Island Chinatown Soho Tribeca Midtown "
    " Haight-Ashbury Alcatraz Sausalito Marin Napa_Valley Sonoma Silicon_Valley Mountain_View"
    " Redmond Menlo_Park Fort_Bragg Fort_Hood Quantico  Galveston Houston  "
    "   Pasadena    Dallas-Fort_Worth"
    # US regions and nicknames
    " Bay_Area East_Coast West_Coast Midwest New_England Deep_South Pacific_Northwest Southwest"
    " Northeast Southeast Great_Lakes Great_Plains Appalachia Rockies Florida_Keys Gulf_Coast"
    " the_States Stateside Puerto_Rico Guam Virgin_Islands"
    # Canada, Australia, New Zealand
    " Alberta British_Columbia Manitoba New_Brunswick Newfoundland Nova_Scotia "
    " Prince_Edward_Island Quebec Saskatchewan Yukon Nunavut Toronto Montreal Vancouver Ottawa"
    " Calgary Edmonton Winnipeg Halifax Saskatoon Kitchener "
    " New_South_Wales Queensland Tasmania Western_Australia South_Australia Northern_Territory"
    " Sydney Melbourne Brisbane Perth Adelaide Canberra Hobart Gold_Coast Cairns"
    " Auckland Wellington Christchurch Queenstown Dunedin"
    # UK and Ireland
    " London Manchester Liverpool Birmingham Leeds Sheffield Bristol Newcastle Nottingham"
    " Leicester Coventry Bradford Southampton Portsmouth Plymouth Brighton Oxford Cambridge "
    " York Norwich Exeter Canterbury Luton Swindon Milton_Keynes Blackpool"
    " Bournemouth Sunderland Wolverhampton Glasgow Edinburgh Aberdeen Dundee Inverness"
    " Cardiff Swansea Belfast Derry Dublin Cork Galway Limerick Kilkenny Waterford"
    " Yorkshire Lancashire Cheshire Derbyshire Devon Cornwall Essex Surrey Sussex Norfolk"
    " Suffolk Somerset Dorset Hampshire Wiltshire Oxfordshire Berkshire Buckinghamshire"
    " Hertfordshire Cambridgeshire Lincolnshire Shropshire Staffordshire Warwickshire"
    " Worcestershire Gloucestershire Herefordshire Leicestershire Northamptonshire"
    " Nottinghamshire Cumbria Northumberland Merseyside Midlands West_Midlands"
    " East_Anglia Cotswolds Lake_District Peak_District Ulster Munster"
    " Leinster Connacht Donegal Wicklow Heathrow Gatwick Soho Westminster"
    " Kensington Chelsea Notting_Hill Wimbledon Greenwich Hackney Brixton Islington Croydon"
    # India, Pakistan, South and East Asia
    " Kerala Goa Punjab Haryana Gujarat Rajasthan Maharashtra Karnataka Tamil_Nadu Andhra_Pradesh"
    " Telangana Uttar_Pradesh Madhya_Pradesh Bihar Bengal West_Bengal Orissa Odisha Assam"
    " Kashmir Jammu Himachal_Pradesh Uttarakhand Jharkhand Chhattisgarh Sikkim Delhi New_Delhi"
    " Mumbai Bombay Kolkata Calcutta Chennai Madras Bangalore Bengaluru Hyderabad Pune Ahmedabad"
    " Jaipur Lucknow Kanpur Nagpur Indore Bhopal Patna Agra Varanasi Amritsar Chandigarh Noida"
    " Gurgaon Gurugram Ghaziabad Faridabad Kochi Cochin Trivandrum Thiruvananthapuram "
    " Mysore Coimbatore Madurai Visakhapatnam Surat Vadodara Shimla Darjeeling Lahore Karachi"
    " Islamabad Rawalpindi Peshawar Quetta Multan Faisalabad Dhaka Chittagong Kathmandu Colombo"
    "  Cebu Davao Manila Quezon_City Makati Kuala_Lumpur Penang Singapore Jakarta Bali"
    " Bangkok Phuket Chiang_Mai Hanoi Ho_Chi_Minh_City Saigon Phnom_Penh Yangon Beijing Shanghai"
    " Guangzhou Shenzhen Hong_Kong Macau Taipei Tokyo Osaka Kyoto Seoul Busan Pyongyang"
    # Middle East and Africa
    " Baghdad Basra Mosul Kirkuk Erbil Fallujah Falluja Ramadi Tikrit Najaf Karbala Samarra"
    "  Kut Nasiriyah Tehran Isfahan Shiraz Mashhad Kabul Kandahar Herat Damascus Aleppo"
    " Homs Beirut Tyre Sidon Amman Jerusalem Tel_Aviv Haifa Gaza Gaza_Strip West_Bank Ramallah"
    " Hebron Nablus Jenin Bethlehem Cairo Alexandria Riyadh Jeddah Mecca Medina Dubai Abu_Dhabi"
    " Doha Kuwait_City Muscat Sanaa Istanbul Ankara Nairobi Mombasa Lagos Abuja Accra Addis_Ababa"
    " Khartoum Darfur Kampala Kigali Johannesburg Cape_Town Durban Pretoria Harare Casablanca"
    " Marrakesh Tunis Algiers Tripoli Benghazi Mogadishu"
    # Europe and Latin America
    " Paris Lyon Marseille Nice Bordeaux Toulouse Lourdes Normandy Provence Brittany Berlin Munich"
    " Hamburg Frankfurt Cologne Stuttgart Amsterdam Rotterdam Brussels Antwerp Geneva Zurich"
    " Vienna Rome Milan Naples Venice Florence Turin Sicily Tuscany Madrid Barcelona Seville"
    " Valencia Ibiza Lisbon Porto Athens Crete Prague Budapest Warsaw Krakow Moscow Kiev Kyiv"
    " Stockholm Oslo Copenhagen Helsinki Reykjavik Mexico_City Cancun Tijuana Guadalajara Acapulco"
    " Havana Bogota Lima Santiago Caracas Quito Buenos_Aires Rio Rio_de_Janeiro Sao_Paulo"
    " Brasilia Montevideo  Patagonia Andes Caribbean Bahamas Jamaica Fiji Tahiti"
    # continents, seas, landmarks
    " North_America South_America Central_America Latin_America Europe Asia Africa Oceania"
    " Antarctica Arctic Middle_East Far_East Southeast_Asia Eastern_Europe Western_Europe"
    " Atlantic Pacific Mediterranean Gulf_of_Mexico Persian_Gulf Red_Sea Dead_Sea Black_Sea"
    " Mississippi Missouri Colorado_River Rio_Grande Potomac Thames Nile Danube Rhine"
    " Grand_Canyon Yellowstone Yosemite Niagara_Falls Mount_Everest Everest Kilimanjaro Alps"
    " Himalayas Rocky_Mountains Sierra_Nevada Appalachians Golden_Gate Golden_Gate_Bridge"
    " Central_Park Times_Square Wall_Street Hollywood Las_Vegas_Strip Disneyland"
    " Disney_World Eiffel_Tower Big_Ben Stonehenge Taj_Mahal Great_Wall Statue_of_Liberty"
    " Oval_Office Capitol_Hill Ground_Zero Mount_Rushmore"
    " Holy_Land "
)
# Organisations: companies and brands, media, universities, public bodies, sports teams, parties.
EN_ORGS = _names(
    # technology, internet, telecoms
    "Google Microsoft Apple IBM Intel AMD Nvidia Oracle Cisco Dell HP Hewlett-Packard Compaq Xerox"
    " Motorola Qualcomm Yahoo Yahoo! AOL eBay PayPal Amazon Amazon.com Netflix Twitter Facebook"
    " YouTube MySpace LinkedIn Instagram WhatsApp Skype Wikipedia Mozilla Firefox Netscape Napster"
    " iTunes Blogger Flickr Craigslist Expedia Priceline Travelocity Orbitz TripAdvisor Yelp"
    " Groupon Uber Lyft Airbnb Tesla SpaceX Adobe Symantec McAfee Norton Sun_Microsystems Novell"
    " Lotus Borland Intuit Salesforce SAP Siemens Philips Sony Samsung LG Nokia Ericsson"
    " BlackBerry RIM Nintendo Sega Atari Electronic_Arts Toshiba Panasonic Canon Nikon Kodak"
    " Fujitsu Hitachi Lenovo Huawei Acer Asus Garmin Logitech AT&T Verizon Sprint T-Mobile"
    " Comcast Vodafone BT Orange Cingular Nextel Qwest Bell_Atlantic Earthlink Time_Warner Viacom"
    " Dish_Network DirecTV"
    # energy, finance, consulting, industry
    " Enron  Accenture Andersen Arthur_Andersen Deloitte KPMG PwC PricewaterhouseCoopers"
    " Ernst_&_Young McKinsey Bain BCG Booz_Allen Exxon ExxonMobil Mobil Chevron Texaco Shell BP"
    " ConocoPhillips Conoco Phillips_Petroleum Marathon_Oil Valero Halliburton Schlumberger Dynegy"
    "  Williams_Companies Reliant Duke_Energy Calpine Mirant PG&E Edison"
    " Southern_California_Edison Sempra Constellation_Energy Goldman_Sachs Morgan_Stanley"
    " JPMorgan JP_Morgan Chase Citibank Citigroup Bank_of_America Wells_Fargo Wachovia Merrill_Lynch"
    " Lehman_Brothers Bear_Stearns Fannie_Mae Freddie_Mac AIG Prudential MetLife Allstate"
    " State_Farm Geico Progressive Aetna Cigna Humana Fidelity Vanguard Schwab Charles_Schwab"
    " American_Express Visa MasterCard Discover Western_Union HSBC Barclays UBS Credit_Suisse"
    " Deutsche_Bank Moody's Standard_&_Poor's Nasdaq NYSE Dow_Jones Bloomberg Reuters"
    " General_Electric GE General_Motors GM Ford Chrysler Toyota Honda Nissan Hyundai Kia"
    " Volkswagen BMW Mercedes Audi Porsche Ferrari Volvo Saab Subaru Mazda Mitsubishi Boeing"
    " Airbus Lockheed_Martin Raytheon Northrop_Grumman Caterpillar 3M DuPont Dow_Chemical Monsanto"
    " Pfizer Merck Johnson_&_Johnson Bayer Novartis GlaxoSmithKline AstraZeneca Eli_Lilly"
    " Procter_&_Gamble Unilever Nestle Kraft Coca-Cola Coke Pepsi PepsiCo Anheuser-Busch Budweiser"
    " Heineken Nike Adidas Reebok Levi's Gap Disney Walt_Disney Warner_Bros Paramount Pixar"
    " DreamWorks Universal_Studios Sony_Pictures MGM Random_House Penguin HarperCollins"
    " Simon_&_Schuster  Scholastic"
    # retail, travel, hotels
    " Walmart Wal-Mart Target Costco Kmart Sears JCPenney Macy's Nordstrom Kohl's Walgreens CVS"
    " Safeway Kroger Whole_Foods Trader_Joe's Best_Buy Circuit_City RadioShack Staples"
    " Office_Depot OfficeMax Home_Depot Lowe's IKEA Toys_R_Us Barnes_&_Noble Borders Blockbuster"
    "  Michaels PetSmart Petco AutoZone FedEx UPS DHL USPS Greyhound Amtrak Eurostar"
    " Hertz Avis Enterprise_Rent-A-Car Delta United_Airlines American_Airlines Southwest_Airlines"
    " Continental_Airlines Northwest_Airlines US_Airways JetBlue AirTran Alaska_Airlines"
    " British_Airways Virgin Virgin_Atlantic Air_Canada Air_France Lufthansa KLM Emirates Qantas"
    " Ryanair easyJet AirAsia Air_Asia Singapore_Airlines Cathay_Pacific Hilton Marriott Hyatt"
    " Sheraton Westin Holiday_Inn Best_Western Ramada Motel_6 Super_8 Days_Inn Four_Seasons"
    " Ritz-Carlton Wyndham Radisson Comfort_Inn Hampton_Inn"
    # media
    " CNN BBC NBC CBS ABC Fox Fox_News MSNBC CNBC PBS NPR HBO ESPN MTV VH1 AP Associated_Press"
    " AFP UPI Xinhua Al_Jazeera Al-Jazeera New_York_Times Washington_Post Wall_Street_Journal"
    " USA_Today Los_Angeles_Times LA_Times Chicago_Tribune Boston_Globe Houston_Chronicle"
    " Newsweek Time_Magazine Newsday Guardian Financial_Times Economist Forbes Fortune"
    " Rolling_Stone Slate Salon Drudge_Report Huffington_Post BusinessWeek "
    # universities and schools
    " Harvard Yale Princeton Stanford MIT Caltech Berkeley UCLA USC NYU Columbia_University"
    " Cornell Duke Georgetown Johns_Hopkins Notre_Dame Georgia_Tech Virginia_Tech Texas_A&M"
    " Rice_University Oxford_University Cambridge_University Oxford_Brookes_University Brookings"
    " Brookings_Institution Heritage_Foundation RAND Cato_Institute"
    # public bodies, international organisations, armed forces
    " FBI CIA NSA NASA FDA EPA IRS FEMA SEC FCC FTC FAA DEA ATF DHS INS TSA FERC CPUC DOE DOJ"
    " Pentagon Congress Senate House_of_Representatives Supreme_Court White_House State_Department"
    " Department_of_State Department_of_Defense Defense_Department Justice_Department"
    " Department_of_Justice Homeland_Security Department_of_Homeland_Security Federal_Reserve"
    " Census_Bureau Social_Security Medicare Medicaid Peace_Corps National_Guard Coast_Guard"
    " Army Navy Air_Force Marines Marine_Corps US_Army US_Navy US_Air_Force US_Marines"
    "  IDF Red_Army KGB MI5 MI6 Scotland_Yard Interpol Europol Mossad"
    " United_Nations UN UNICEF UNESCO WHO WTO IMF World_Bank NATO EU European_Union OPEC OECD"
    " Red_Cross Red_Crescent Amnesty_International Greenpeace Human_Rights_Watch Oxfam"
    " Salvation_Army United_Way Habitat_for_Humanity Peace_Corps YMCA Boy_Scouts Girl_Scouts"
    " Rotary ACLU NAACP NRA AARP AFL-CIO Teamsters Sierra_Club Wikimedia"
    "  Iraqi_Governing_Council Baath Ba'ath Baath_Party"
    " Hamas Hezbollah Hizbollah Fatah PLO Taliban al-Qaeda al-Qaida Al_Qaeda Qaeda Muslim_Brotherhood"
    " Third_Reich Nazi_Party Gestapo"
    " Democratic_Party Republican_Party GOP Labour Labour_Party Tories Conservative_Party"
    " Liberal_Democrats Green_Party"
    # sports
    " NFL NBA MLB NHL NCAA FIFA UEFA IOC PGA NASCAR WWE All_Blacks Yankees Red_Sox Mets Dodgers"
    " Giants Cubs White_Sox Braves Cardinals Astros Rangers Mariners Orioles Phillies Pirates"
    " Lakers Celtics Bulls Knicks Rockets Spurs Mavericks Heat Pistons Cowboys Patriots Packers"
    " Steelers Eagles Redskins Broncos Raiders Dolphins Jets Texans Saints Bears Vikings"
    " Manchester_United Man_United Arsenal Chelsea_FC Liverpool_FC Real_Madrid Barcelona_FC"
)
# Restaurant chains: the annotation this is scored against reads a visited restaurant as a place.
EN_RESTAURANTS = _names(
    "McDonald's McDonalds McDonald Burger_King Taco_Bell Wendy's Wendys KFC Kentucky_Fried_Chicken"
    " Subway Pizza_Hut Domino's Dominos Papa_John's Little_Caesars Starbucks Dunkin_Donuts Dunkin'"
    " Chipotle Denny's Dennys IHOP Olive_Garden Red_Lobster Outback Outback_Steakhouse Chili's"
    " Applebee's Applebees TGI_Friday's Friday's Arby's Sonic Dairy_Queen Jack_in_the_Box"
    " Carl's_Jr Hardee's Popeyes Panera Panera_Bread Cracker_Barrel In-N-Out White_Castle"
    " Krispy_Kreme Quiznos Jimmy_John's Five_Guys Shake_Shack Panda_Express Buffalo_Wild_Wings"
    " Hooters Ruby_Tuesday Cheesecake_Factory P.F._Chang's Long_John_Silver's Boston_Market"
    " Golden_Corral Waffle_House Bob_Evans Perkins Steak_'n_Shake Nando's Pret_a_Manger"
)
# More family names of the English-speaking world (Irish, British, American).
EN_SURNAMES = _names(
    "O'Neill O'Connell O'Sullivan O'Donnell O'Hara O'Reilly O'Neal Byrne Doherty Brennan Kavanagh"
    " Lynch Nolan Regan Sheehan Fitzpatrick Flanagan Hennessy Keane Keegan Mahoney Moloney Donnelly"
    " Boyle Connolly Daly Dunne Farrell Healy Kearney Kenny Maguire McDermott McGrath McKenna"
    " McMahon Mulligan Nugent Reilly Shea Sweeney Tierney Whelan Ashworth Atkinson Barlow Bentley"
    " Booth Bradshaw Buckley Chadwick Clayton Crossley Dickinson Eaton Fairclough Farrow Fenwick"
    " Gould Hargreaves Hartley Haworth Holden Holloway Howarth Hutchinson Kershaw Lister Marsden"
    " Naylor Oldham Pickering Pilkington Platt Pollard Pugh Ramsden Rowley Schofield Sharples"
    " Slater Stott Sutcliffe Tomlinson Walmsley Whitehead Whittaker Wilkinson Ainsworth Bellamy"
    " Blackburn Bowden Bray Briggs Bullock Burrows Cartwright Chamberlain Clegg Coates Davey"
    " Dennison Eastwood Emerson Faulkner Finch Forbes Forster Gibbons Goddard Godfrey Hancock"
    " Harding Hobbs Hooper Humphries Jarvis Kemp Knowles Lawton Leach Metcalfe Middleton Nash"
    " Parkinson Pearce Pickett Preston Randall Sanderson Stafford Stanton Stubbs Talbot Thorpe"
    " Vaughan Whitaker Wilkins Woodward Wyatt Abbott Acevedo Albright Ayers Bartlett Beasley Benton"
    " Blackwell Blankenship Bolton Booker Boone Boyer Bradford Buckner Burch Burris Calhoun"
    " Callahan Carey Carney Carson Carver Childers Clements Cline Coffey Collier Combs Compton"
    " Conley Conrad Conway Cooke Copeland Crosby Crowley Dalton Davenport Decker Donovan Dorsey"
    " Dotson Duffy Dillon Dyer Emery Ewing Farley Finley Foley Gaines Galloway Garrison Gentry"
    " Gillespie Griffith Guthrie Hanna Harrell Hatfield Hayden Hendrix Hensley Herring Hewitt"
    " Hickman Hinton Hodge Holder Holman Hoover Howe Huff Humphrey Hurst Hyde Irwin Kaufman Kendall"
    " Kerr Kidd Kirkland Knapp Landry Leblanc Lester Levy Livingston Lowery Madden Maddox Mathis"
    " Maynard McCall McClain McConnell McCullough McFarland McIntosh McIntyre McKee McLean McMillan"
    " McNeil Melton Mercer Merritt Monroe Montague Morrow Morse Mosley Odom Osborn Pate Pittman"
    " Poole Potts Pruitt Randolph Ratliff Roach Rollins Rowland Russo Sampson Sargent Schmitt"
    " Sellers Sexton Shields Sloan Sosa Spears Stark Stein Stout Talley Tanner Vance Waller Ware"
    " Whitfield Whitley Wiley Wilcox Wilder Wilkerson Woodard Workman Wynn Zimmerman Goldberg"
    " Goldstein Rosenberg Silverman Friedman Katz Kaplan Shapiro Weiss Horowitz Levine Bernstein"
    " Rubin Feldman Greenberg Rossi Russo Esposito Romano Colombo Ricci Marino Greco Bruno Gallo"
    " Conti DeLuca Mancini Costa Giordano Rizzo Lombardi Moretti Nguyen Tran Pham Le Vu Hoang"
    " Huynh Phan Kumar Sharma Singh Gupta Mehta Shah Reddy Rao Iyer Nair Menon Das Bose Chatterjee"
    " Banerjee Mukherjee Joshi Desai Patil Malik Qureshi Chaudhry Siddiqui Hussain Rahman Ahmed"
    " Tanaka Suzuki Takahashi Watanabe Yamamoto Nakamura Kobayashi Sato Ito Kato Yoshida Yamada"
    " Sasaki Park Choi Jung Kang Cho Yoon Jang Lim Han Kwon Zhao Zhou Xu Sun Ma Zhu Hu Guo He"
    " Gao Luo Zheng Liang Xie Song Tang Deng Feng Cheng Cai Yuan Pan Du Dai Fan Wei Lu Ye Jiang"
)
