"""Reading English names from GUM-style CoNLL-U (a made-up snippet in its layout)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis.gum import read_conllu, read_gum

# id, form, lemma, upos, xpos, feats, head, deprel, deps, misc
ROWS = """\
# text = Mr. Tom Hale of the University of Bath met Ann and Bo in New York.
1	Mr.	Mr.	PROPN	NNP	_	2	flat	_	Entity=(1-person-new-x-cf1-1-coref
2	Tom	Tom	PROPN	NNP	_	9	nsubj	_	_
3	Hale	Hale	PROPN	NNP	_	2	flat	_	_
4	of	of	ADP	IN	_	6	case	_	_
5	the	the	DET	DT	_	6	det	_	Entity=(2-organization-new-x-cf2-1-sgl
6	University	University	PROPN	NNP	_	2	nmod	_	_
7	of	of	ADP	IN	_	8	case	_	_
8	Bath	Bath	PROPN	NNP	_	6	nmod	_	Entity=(3-place-new-x-cf3-1-sgl)2)1)
9	met	meet	VERB	VBD	_	0	root	_	_
10	Ann	Ann	PROPN	NNP	_	9	obj	_	Entity=(4-person-new-x-cf4-1-coref(5-person-new-x-cf5-1-sgl)
11	and	and	CCONJ	CC	_	12	cc	_	_
12	Bo	Bo	PROPN	NNP	_	10	conj	_	Entity=(6-person-new-x-cf6-1-sgl)4)
13	in	in	ADP	IN	_	15	case	_	_
14	New	New	PROPN	NNP	_	15	compound	_	Entity=(7-place-new-x-cf7-1-sgl
15	York	York	PROPN	NNP	_	9	obl	_	Entity=7)|SpaceAfter=No
16	.	.	PUNCT	.	_	9	punct	_	_

# text = The Sun Inn
1	The	the	DET	DT	_	3	det	_	Entity=(8-object-new-x-cf1-1-sgl
2	Sun	Sun	PROPN	NNP	_	3	compound	_	_
3	Inn	Inn	PROPN	NNP	_	0	root	_	Entity=8)
"""


def test_names_from_mentions(tmp_path: Path) -> None:
    path = tmp_path / "doc.conllu"
    path.write_text(ROWS, encoding="utf-8")
    first, second = read_conllu(path)
    assert first.text == "Mr. Tom Hale of the University of Bath met Ann and Bo in New York."
    found = [first.text[s:e] + "/" + label for s, e, label in first.spans]
    # The title and "the" are left out, the coordination is two names, a nested place inside an
    # organisation's name stays part of it.
    assert found == ["Tom Hale/PER", "University of Bath/ORG", "Ann/PER", "Bo/PER", "New York/LOC"]
    assert second.spans == ()  # an object's name is not PER/ORG/LOC
    assert read_gum(tmp_path)[0].doc == 1


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_gum(tmp_path / "nothing")


def test_non_commercial_genres_are_left_out_of_training(tmp_path) -> None:
    from reader.analysis.gum import genre_of

    row = "1\tByron\tByron\tPROPN\tNNP\t_\t0\troot\t_\tEntity=(1-person-1)\n\n"
    for name in ("GUM_bio_byron", "GUM_fiction_tale", "GUM_whow_cook", "GUM_academic_x"):
        (tmp_path / f"{name}.conllu").write_text(row, encoding="utf-8")
    assert genre_of(tmp_path / "GUM_fiction_tale.conllu") == "fiction"
    assert len(read_gum(tmp_path)) == 2  # bio and academic; fiction and how-to are CC BY-NC-SA
    assert len(read_gum(tmp_path, exclude=frozenset())) == 4


TITLES = """\
# text = President Biden thanked the Americans and the President.
1	President	President	PROPN	NNP	_	3	nsubj	_	Entity=(1-person-new-x-cf1-1-coref
2	Biden	Biden	PROPN	NNP	_	1	flat	_	Entity=1)
3	thanked	thank	VERB	VBD	_	0	root	_	_
4	the	the	DET	DT	_	5	det	_	Entity=(2-person-new-x-cf2-1-sgl
5	Americans	American	PROPN	NNPS	_	3	obj	_	Entity=2)
6	and	and	CCONJ	CC	_	8	cc	_	_
7	the	the	DET	DT	_	8	det	_	Entity=(3-person-new-x-cf3-1-sgl
8	President	President	PROPN	NNP	_	5	conj	_	Entity=3)|SpaceAfter=No
9	.	.	PUNCT	.	_	3	punct	_	_
"""


def test_titles_and_peoples_are_no_names(tmp_path: Path) -> None:
    path = tmp_path / "doc.conllu"
    path.write_text(TITLES, encoding="utf-8")
    (sent,) = read_conllu(path)
    # As UNER annotates: a title is no part of a name, a title alone and a people are no names.
    assert [sent.text[s:e] + "/" + label for s, e, label in sent.spans] == ["Biden/PER"]


OWNER = """\
# text = We saw Jean Cocteau 's La Machine.
1	We	we	PRON	PRP	_	2	nsubj	_	Entity=(1-person-new-x-cf1-1-sgl)
2	saw	see	VERB	VBD	_	0	root	_	_
3	Jean	Jean	PROPN	NNP	_	7	nmod:poss	_	Entity=(2-object-new-x-cf2-1-sgl(3-person-new-x-cf3-1-sgl
4	Cocteau	Cocteau	PROPN	NNP	_	3	flat	_	_
5	's	's	PART	POS	_	3	case	_	Entity=3)
6	La	La	PROPN	NNP	_	7	compound	_	_
7	Machine	Machine	PROPN	NNP	_	2	obj	_	Entity=2)|SpaceAfter=No
8	.	.	PUNCT	.	_	2	punct	_	_
"""


def test_the_owner_of_a_work_is_a_name(tmp_path: Path) -> None:
    path = tmp_path / "doc.conllu"
    path.write_text(OWNER, encoding="utf-8")
    (sent,) = read_conllu(path)
    assert [sent.text[s:e] + "/" + label for s, e, label in sent.spans] == ["Jean Cocteau/PER"]


NOUN_HEADED = """\
# text = Biologist Nick Bos left the state of Texas with an American.
1	Biologist	biologist	NOUN	NN	_	4	nsubj	_	Entity=(1-person-new-x-cf1-1-coref
2	Nick	Nick	PROPN	NNP	_	1	flat	_	_
3	Bos	Bos	PROPN	NNP	_	1	flat	_	Entity=1)
4	left	leave	VERB	VBD	_	0	root	_	_
5	the	the	DET	DT	_	6	det	_	Entity=(2-place-new-x-cf2-1-coref-Texas
6	state	state	NOUN	NN	_	4	obj	_	_
7	of	of	ADP	IN	_	8	case	_	_
8	Texas	Texas	PROPN	NNP	_	6	nmod	_	Entity=2)
9	with	with	ADP	IN	_	11	case	_	_
10	an	a	DET	DT	_	11	det	_	Entity=(3-person-new-x-cf3-1-sgl
11	American	American	PROPN	NNP	_	4	obl	_	Entity=3)|SpaceAfter=No
12	.	.	PUNCT	.	_	4	punct	_	_

# text = the god Kukulkan
1	the	the	DET	DT	_	2	det	_	Entity=(4-abstract-new-x-cf4-1-sgl
2	god	god	NOUN	NN	_	0	root	_	_
3	Kukulkan	Kukulkan	PROPN	NNP	_	2	flat	_	Entity=4)
"""


def test_a_name_after_the_noun_that_heads_its_mention(tmp_path: Path) -> None:
    """UD makes "Biologist" the head of "Biologist Nick Bos" and "state" that of "the state of Texas";
    the name is still a name (UNER marks it), typed by that mention; a nationality is none."""
    path = tmp_path / "doc.conllu"
    path.write_text(NOUN_HEADED, encoding="utf-8")
    first, second = read_conllu(path)
    assert [first.text[s:e] + "/" + label for s, e, label in first.spans] == ["Nick Bos/PER", "Texas/LOC"]
    assert second.spans == ()  # the mention is of another type
