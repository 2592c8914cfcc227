"""The search language in a few lines, for the help screen of the library and of the search."""

QUERY_HELP = """\
  bidrag            the word and its forms (bidraget, bidrager)
                    in the text, headline, notes, labels and tags
  "fair deal"       the exact phrase
  bidr*             words that start with bidr
  person:Hansen     a name the analysis found (also org: place:)
  speaker:Hansen    who is quoted
  tag:budget        your tags and the file's; label:verify notes
  source:ritzau     the agency; lang:da or lang:en the language
  date:2018-08..2018-12   a range; date:2018, date:..2019-06 too
  has:notes has:quotes    articles with notes / with quotes
  -word -tag:done   leave out what matches
Terms combine, best matches first; æ, ø and å are letters of their own."""

HELP_SECTIONS = (("Search: the query language", QUERY_HELP),)
