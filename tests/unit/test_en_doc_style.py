"""The typer reads how chatty the text is (en_doc's style: web posts and talk against prose)."""

from reader.analysis import en_doc

CHATTY = "I told you we 'd go , but you know I ca n't , um , so yeah .".split()
PROSE = "The committee published its annual report on the river basin in the spring .".split()


def test_a_chatty_text_and_prose_differ_in_style() -> None:
    chatty = en_doc.doc_table(CHATTY + ["Anna", "left", "."], {0})
    prose = en_doc.doc_table(PROSE + ["Anna", "left", "."], {0})
    assert chatty[en_doc.STYLE_KEY] != prose[en_doc.STYLE_KEY]


def test_every_name_reads_the_style() -> None:
    words = PROSE + ["Anna", "left", "."]
    table = en_doc.doc_table(words, {0})
    k = words.index("Anna")
    feats = en_doc.doc_features(words, k, k + 1, False, table)
    assert any(f.startswith(en_doc.PREFIX + "y") for f in feats)
    assert en_doc.run_key(words, [k], table) != en_doc.run_key(words, [k], {})
