"""What in quotation marks is not a quote: a scare-quoted word, a short phrase, a title or a
name ('titled "..."', 'known as "..."'), a term ('what economists call "stagflation"'), a cited
title, a phrase two clauses after the reporting verb; and what still is one (a one-word answer
with its own reporting clause, a short sentence alone in its paragraph, reported speech)."""

from __future__ import annotations

import re

from reader.analysis.attribution import Context, sentence_begin
from reader.analysis.quote_factbox30 import fact_heading
from reader.analysis.sentences import end_before

_FUNCTION = frozenset("of the a an and to in on for with at by from og i på med til af for fra en et den det de".split())
NAMED = re.compile(
    r"\b(?:titled|entitled|headlined|named|nicknamed|dubbed|known\s+as|so-called|(?:proclaim|style)[a-z]*\s+(?:him|her|them)sel(?:f|ves)|[(,.;:]\s*see(?:\s+also)?)\s*$", re.IGNORECASE
)
TERM = re.compile(
    r"\b(?:(?:called|termed|calls|call)\s+(?:a|an|the)|[Ww]hat\s+(?:[\w'’-]+\s+){1,3}(?:call|calls|called|termed|dubbed)"
    r"|(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:words?|phrases?|terms?|expressions?)"  # 'the phrase "mother tongue"' (quotesen28)
    r")\s*$"
)
CITED = re.compile(r"\((?:[A-Z][a-z]+\.?\s+)?\d{4}[a-z]?\)\.?\s*$")  # 'Reed, A. (June 2007). "Title".'
_BRACKET_TAIL = re.compile(r"(?:,[^()\n\"“”»«]{1,40})?\)")  # '", 4 March)', '", Berlingske, 2. maj)', ")"


def bracketed_title(text: str, before: int, after: int, inner: str) -> bool:
    """A headline or title cited in brackets: '(\"Council to close two libraries\", 3 May)', a
    quotation that fills the bracket but for a date or source, not ending like a said sentence."""
    return before > 0 and text[before - 1] == "(" and inner.rstrip()[-1:] not in ".,!?;:…" and bool(
        _BRACKET_TAIL.match(text, after)
    )


TITLE_BY = re.compile(r",?\s+(?:by|af(?!\s+at\s))\s+\S")  # (not Danish "af at": 'for "..." af at sidde', quotesda33)
# Words as words: '"Come back later" meant never', '»hygge« betyder'.
MEANT = re.compile(r"\s+(?:meant|means|stands\s+for|refers\s+to|betyder|betød|står\s+for"
                   r"|(?:is|was)\s+(?:a|an|the)\s+(?:word|phrase|expression|term)s?)\b")


def far_from_verb(ctx: Context, s: int, before: int) -> bool:
    """Whether a short quoted phrase stands in another clause than the sentence's last reporting
    verb (more than six words on, past an "and", "but" or a comma), or very far from it: the
    phrase is then no part of what was said ('said the plan was "a disgrace"' and 'told the radio
    that the owners had been "dishonest"' are; 'asked about ... and then criticised the council
    for its "rainy day fund"' is a term)."""
    start = sentence_begin(ctx.text, s, before)
    verb = None
    for verb in ctx.partial.finditer(ctx.text, start, before):
        pass
    if verb is None:
        return False
    between = re.sub(r"[\"“].*?[\"”]", " ", ctx.text[verb.end():before])  # earlier quotes of the sentence
    words = len(between.split())
    if words <= 14 and _COPULA_LAST.search(between):
        return False  # 'said her client ... and was "deeply ashamed"': the reported clause's predicate (probe8)
    return words > 14 or words > 6 and re.search(r"\b(?:and|but)\s|,\s", between) is not None


# A copula or a verb of feeling right before a quoted phrase: the phrase is what the speaker said
# someone was ('and was "deeply ashamed"', 'felt "let down"').
_COPULA_LAST = re.compile(r"\b(?:was|were|is|are|been|felt|feels|feel|seemed|remained)\s*$")


def whole_paragraph_sentence(text: str, unit: tuple[int, int], pair, inner: str, language: str) -> bool:
    """A short sentence in quotation marks that is a paragraph of its own ('"We are finished."',
    '»Aldrig igen!«'), a quote however short (not a title: it ends like a sentence)."""
    words = inner.split()
    ends = inner.rstrip()[-1:] in ".!?" or inner.rstrip().endswith(("--", "—", "…"))  # broken off: '"But your client--"'
    # One word is enough for a quotation's start or end cut off by the paragraph ('"Næh.', 'Definitivt!"':
    # a sentence cut from its quotation, as DDT gives them; quotesda23).
    cut = pair.open_ended or pair.close_only
    return (len(words) >= 2 or cut and len(words) == 1) and words[0][:1].isupper() and ends and (
        not text[unit[0]:pair.before].strip() and not text[pair.after:unit[1]].strip(" .,")
    )


def own_sentence(text: str, unit: tuple[int, int], pair, inner: str, language: str) -> bool:
    """English: a quotation that is a sentence of its own among the sentences of its paragraph
    ('Reed was blunt. "No."', '"Why?" Lee asked.'): capitalised and ending like a sentence, after
    the paragraph start or a sentence end, before the paragraph end or a new sentence; not a title
    ('Ann Lee. "Needed: A New Mindset." Business Weekly.')."""
    words = inner.split()
    if language != "en" or not words or not words[0][:1].isupper() or inner.rstrip()[-1:] not in ".!?":
        return False
    letters = [w for w in words if w[:1].isalpha() and w.lower() not in _FUNCTION]
    if len(letters) >= 2 and all(w[0].isupper() for w in letters):
        return False
    before = text[unit[0]:pair.before].rstrip()
    after = text[pair.after:unit[1]].lstrip()
    opens = not before or before[-1] in ".!?:" or before[-1] in "\"”’" and before[-2:-1] in ".!?,"
    return opens and (not after or after[0] in "\"“‘" or after[0].isupper())


def tagged(ctx: Context, unit: tuple[int, int], pair, inner: str) -> bool:
    """English: a capitalised quotation opening its sentence with a reporting clause of its own whose
    speaker is nobody to name ('"Excuse me," someone said.', '"Stop," came a voice.')."""
    if ctx.language != "en" or not inner[:1].isupper() or inner.rstrip()[-1:] not in ",!?…—":
        return False
    before = ctx.text[unit[0]:pair.before].rstrip()
    if before and before[-1] not in ".!?:":
        return False
    return bool(ctx.en_subject.match(ctx.text, pair.after, unit[1]) or _CAME.match(ctx.text, pair.after, unit[1]))


_CAME = re.compile(r"\s*came\s+(?:a|an|the)\s+(?:\w+\s+)?(?:voice|reply|answer|response|shout|cry|call)\b")


def one_word_reply(text: str, s: int, before: int, inner: str) -> bool:
    """A one-word quotation that is a sentence of its own, with a reporting clause: '"Never," said
    Liam Byrne.', 'Lee whispered, "Stay."' (not a scare-quoted word inside a sentence)."""
    words = inner.split()
    if not (len(words) == 1 and inner.rstrip()[-1:] in ",.!?…" and words[0][:1].isupper()):
        return False
    k = before  # read back from the mark, not the whole paragraph (one 200 KB line would be quadratic)
    while k > s and text[k - 1].isspace():
        k -= 1
    if k == s:
        return True  # nothing before it in the paragraph
    if text[k - 1] in "\"”’":
        k -= 1
    return k > s and text[k - 1] in ".!?:,"


_SAID_BEFORE = re.compile(r"\b(?:say|says|said|saying|told|wrote|asked|asking)(?:\s+to\s+be)?[\s,:]*$", re.IGNORECASE)


def reported(text: str, s: int, before: int) -> bool:
    """Whether an unattributed lower-case phrase is still reported speech: it follows a reporting
    verb ('saying, "yeah, we used it"', 'was said to be "legendary for its acuity"'). (A full stop
    inside the marks tells nothing: American style puts it there after any phrase.)"""
    return bool(_SAID_BEFORE.search(text, max(s, before - 40), before))


def is_scare(inner: str, attributed: bool, opens: bool, language: str = "da") -> bool:
    """A single quoted word, a short phrase or a title in quotation marks is not a quote (in Danish
    also an unattributed phrase of under eight words without a full stop inside a sentence)."""
    words = inner.split()
    letters = [w for w in words if w[:1].isalpha() and w.lower() not in _FUNCTION]
    titled = sum(1 for w in letters if w[0].isupper())
    end = inner.rstrip()[-1:]
    title = bool(letters) and titled >= len(letters) - (1 if len(letters) >= 5 else 0) and (
        end not in ".!?," or (end == "." and len(letters) >= 3 and titled == len(letters) and len(words) <= 9)
    )
    title = title and (len(letters) >= 2 or words[0][:1].isupper() and len(words) >= 2) and not (
        re.search(r"[.!?]\s+[A-Z]", inner)  # two sentences ("Stay, Rex. Stay.") make no title
    )
    if attributed:
        return len(words) < 2 or (title and not opens)
    if len(words) < 4 or title:
        return True
    return language == "da" and not opens and len(words) < 8 and inner.rstrip()[-1:] not in ".!?…"


_COPULA_BEFORE = re.compile(
    r"\b(?:was|were|is|are|be|been|being|felt|feel|feels|seemed|seems|looked|remained|remains|become|becomes|became|becoming)\s+(?:(?:very|so|really|absolutely|utterly|totally|simply|just|deeply|quite|still)\s+)?$"
)
# Danish: the predicate of reported speech ('mener, at forslaget er »symbolpolitik«').
_DA_COPULA_BEFORE = re.compile(
    r"\b(?:er|var|blev|bliver|være|været|virker|virkede|føler\s+sig|følte\s+sig)\s+"
    r"(?:(?:helt|meget|så|dybt|direkte|decideret|simpelthen|bare|alt\s+for|for)\s+)?$"
)
# Naming what something is, the word after being the speaker's: 'called it "shameful"', 'described
# it as "unworkable"', 'kalder forslaget for »symbolpolitik«', 'betegner det som »uhørt«'. English
# takes a pronoun only: 'called the plan "reform"' names a term (tests/unit/test_analysis_quotes.py).
_CALLED_BEFORE = re.compile(
    r"\b(?:(?:call|calls|called|calling|describe|describes|described|describing|branded|brands|labelled|labeled|deemed|declared|declares|pronounced|pronounces)"
    r"\s+(?:it|them|this|that)(?:\s+as)?"  # not 'calls these cases "enlace"', 'called the plan "reform"'
    r"|(?:kalder|kaldte|kalde|kaldt|betegner|betegnede|betegne|betegnet|beskriver|beskrev|beskrive)"
    r"\s+(?!(?:ham|hende|dem|sig|mig|os)\b)"  # not a nickname: 'kalder ham »smeden«'
    r"(?:(?:det|den|de|dette|denne|hans|hendes|sin|sit|sine)\s+)?(?:[\wæøå-]+\s+)?(?!(?:en|et)\s)[\wæøå-]+(?:\s+(?:for|som))?"
    r"|(?:afviser|afviste|afvise|afvist)\s+(?:[\wæøå-]+\s+){1,4}som"  # 'afviste kritikken som »valgflæsk«' (quotesda28)
    r")\s*$",
    re.IGNORECASE,
)


def reported_word(text: str, s: int, before: int, inner: str, language: str = "en") -> bool:
    """One quoted word that completes attributed reported speech after a copula or a verb of
    naming: 'said her staff were "devastated"', 'said he felt "betrayed"', 'said care had become
    "normal"', 'called it "shameful"' (not 'called the plan "dreadful"'), 'mener, at forslaget er »symbolpolitik«', 'kalder forslaget
    »symbolpolitik«' (what the speaker said, not a scare-quoted term)."""
    words = inner.split()
    if not (len(words) == 1 and words[0].strip(".,!?").isalpha() and words[0][:1].islower()):
        return False
    copula = _COPULA_BEFORE if language == "en" else _DA_COPULA_BEFORE
    lo = max(s, before - 40)
    return bool(copula.search(text, lo, before) or _CALLED_BEFORE.search(text, max(s, before - 60), before))


_DASH_LINE = re.compile(r"[ \t]*[-–•][ \t]+\S")


def listed_line(ctx: Context, s: int) -> bool:
    """A dash line in a run of two or more dash lines with no blank line between them, under a
    heading that ends with a colon and names no speech ("Sådan kører du uden om:", "Det skal du
    vide:"), none of them attributed: a list of points, not dash quotes (probe9)."""
    text = ctx.text
    first = s
    while first > 0 and text[first - 1] == "\n":  # the run's first line
        above = text.rfind("\n", 0, first - 1) + 1
        if not _DASH_LINE.match(text, above, first - 1):
            break
        first = above
    lines = []
    at = first
    while at < len(text) and _DASH_LINE.match(text, at):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        lines.append(text[at:end])
        at = end + 1
    if len(lines) < 2 or any(ctx.dash_after.search(line) for line in lines):
        return False
    end = end_before(text, first)
    heading = text[text.rfind("\n", 0, end) + 1:end]
    return (heading.endswith(":") or fact_heading(heading)) and not ctx.before.search(heading)  # "FAKTA: X" (probe30)


# A verb of shouting or asking right before a quotation: 'shouted "Zombie!" over his shoulder'.
_SHOUTED_BEFORE = re.compile(
    r"\b(?:shouted|shouts|yelled|yells|screamed|screams|cried|cries|called|calls|asked|asks|whispered|whispers)\s*,?\s*$"
)


# A verb of saying and a comma or colon right before a quotation: 'When someone comes in, say, "I've got this,"'.
_SAY_COMMA_BEFORE = re.compile(r"\b(?:say|says|said|saying|ask|asks|asked|asking|reply|replies|replied)\s*[,:]\s*$", re.IGNORECASE)


def shouted(text: str, unit: tuple[int, int], pair, inner: str, language: str) -> bool:
    """English (quotes11): a capitalised exclamation or question of two words or more right after a
    verb of shouting or asking is a quote however short ('shouted "Get out!" over his shoulder'),
    and so is a capitalised quotation ending like a sentence right after "say," ('say, "I've got this,"')."""
    words = inner.split()
    if language != "en" or len(words) < 2 or not words[0][:1].isupper():
        return False
    lo = max(unit[0], pair.before - 30)
    end = inner.rstrip()[-1:]
    return end in "!?" and bool(_SHOUTED_BEFORE.search(text, lo, pair.before)) or end in ",.!?" and bool(
        _SAY_COMMA_BEFORE.search(text, lo, pair.before)
    )


def continues(text: str, end: int, before: int) -> bool:
    """Whether only the attribution sentence stands between a quote and the next quotation:
    '"We will rebuild the bridge," Delgado said. "It will take two years."'."""
    between = text[end:before].rstrip()
    return len(between) < 120 and not re.search(r"[.!?]\s+\S", between) and not between.endswith(":")


def after_colon(text: str, s: int, qs: int) -> bool:
    """Whether the quotation at ``qs`` follows a colon or a dash in its paragraph starting at ``s``."""
    return text[s:qs - 1].rstrip().endswith((":", "—", "–"))
