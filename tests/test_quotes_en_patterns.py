"""English reported-speech patterns (recoupe.quotes.english), on fictional sentences.

People, places and outlets are invented (the Eastbrook world: mayor Jane Holt, councillor Tom
Reyes, the "Eastbrook Courier", the agency "Valpresse")."""

from __future__ import annotations

import pytest

from quotekit import find as _find
from quotekit import quotes as _quotes
from recoupe import nlp
from recoupe.quotes.english import fix_marks
from recoupe.quotes.marks import find_quotes


@pytest.fixture(scope="module")
def en():
    return nlp.load("en", stages=("quotes",))


def _inner(text):
    return [text[m.start:m.end] for m in fix_marks(text, find_quotes(text))]


# ---- quotation marks (no model) ----------------------------------------------------------------

def test_marks_run_on_closed_with_attribution_is_one_quote():
    text = ('“We hope the bridge will reopen in May.\n'
            'We must however be ready for a long winter,” said Mayor Jane Holt.')
    assert _inner(text) == ["We hope the bridge will reopen in May.\n"
                            "We must however be ready for a long winter,"]


def test_marks_run_on_over_several_unmarked_paragraphs():
    text = ('"Is the bridge safe?\nYes, it is.\nIs it cheap?\nYes, it is," Holt explained.\n'
            'The council met later.')
    assert _inner(text) == ["Is the bridge safe?\nYes, it is.\nIs it cheap?\nYes, it is,"]


def test_marks_lost_opening_mark_starts_with_the_paragraph():
    text = ("The council met on Monday.\n"
            "The first duty of the town is the safety of its people,” the report says.")
    assert _inner(text) == ["The first duty of the town is the safety of its people,"]


def test_marks_fragment_does_not_run_into_next_paragraph_quote():
    text = ('Holt said the danger was "in plain sight.\n'
            '"Tom Reyes must have another word for it," Holt told the Eastbrook Courier.')
    assert _inner(text) == ["in plain sight.", "Tom Reyes must have another word for it,"]


def test_marks_paragraph_reopened_after_an_unmarked_one():
    text = ("“The only way is to close the bridge.\n"
            "And then in March we will rebuild it.\n"
            "“There was no question about a toll.”")
    assert len(_inner(text)) == 1


# ---- units ---------------------------------------------------------------------------------------

def test_run_on_quote_gets_its_speaker(en):
    text = ('“We hope the bridge will reopen in May.\n'
            'We must however be ready for a long winter,” said Mayor Jane Holt.')
    qs = _quotes(en, text)
    assert len(qs) == 1
    assert qs[0].kind == "direct" and qs[0].speaker == "Jane Holt" and "long winter" in qs[0].text


def test_scare_quoted_show_title_is_not_a_unit(en):
    text = ('Mayor Jane Holt said the danger was "in plain sight.\n'
            '"Tom Reyes must have another word for it," Holt told host Amy Reed on "Morning Desk," '
            "pointing to the cracks in the bridge.")
    qs = _quotes(en, text)
    assert not [q for q in qs if q.text.startswith("Morning Desk")]
    q = _find(qs, "another word for it")
    assert q.kind == "direct" and q.cue == "told" and "in plain sight" not in q.text


@pytest.mark.parametrize("text", [
    "Tom Reyes is vowing to continue the investigation into the bridge contracts.",
    "Mayor Jane Holt urged the council to vote against the new toll on the bridge.",
    "Mayor Jane Holt announced a ban on heavy trucks on the old bridge of Eastbrook.",
    "Eastbrook was the first town to say it would close the old bridge to trucks.",
    "It was announced that no new tolls would be charged on the bridge this year.",
    "The mayor is believed to have left Eastbrook on Monday night after the vote.",
    "Mayor Jane Holt asked the council to approve the budget for the bridge.",
    'The council approved the "Bridge for All" plan of Eastbrook on Monday.',
])
def test_non_speech_is_not_a_unit(en, text):
    assert _quotes(en, text) == []


def test_gloss_after_the_content_is_left_out(en):
    qs = _quotes(en, 'Mayor Jane Holt said the bridge will "definitely" reopen next week, even as a new '
                     "survey shows most residents doubt it.")
    q = _find(qs, "definitely")
    assert q.kind == "mixed" and "survey" not in q.text


def test_days_before_gloss_is_left_out(en):
    qs = _quotes(en, "The council of Eastbrook said Wednesday there has been no progress in the talks "
                     "with the builders, just days before the vote on the budget.")
    q = _find(qs, "no progress")
    assert "vote" not in q.text


def test_trailing_agency_attribution_is_cut(en):
    qs = _quotes(en, "The minister told the council that the bridge would reopen in May, Valpresse reports.")
    q = _find(qs, "the bridge would reopen")
    assert not q.text.rstrip().endswith("reports") and "Valpresse" not in q.text


def test_dateline_is_not_content(en):
    qs = _quotes(en, "EASTBROOK — The old bridge will reopen on Monday, according to the Eastbrook Courier.")
    q = _find(qs, "old bridge")
    assert q.text.startswith("The old bridge") and q.speaker == "the Eastbrook Courier"


def test_long_subject_after_the_quote(en):
    qs = _quotes(en, '"The budget of the bridge must be published in full," Mayor Jane Holt and council '
                     "leader Tom Reyes said in a joint statement.")
    q = _find(qs, "must be published")
    assert q.kind == "direct" and q.cue == "said" and q.speaker in ("Jane Holt", "Tom Reyes")


def test_quoted_fragment_then_cue_is_mixed(en):
    qs = _quotes(en, 'What happens to the bridge next is "up to the council," said Mayor Jane Holt.')
    q = _find(qs, "What happens")
    assert q.kind == "mixed" and q.speaker == "Jane Holt" and "up to the council" in q.text


@pytest.mark.parametrize("text, words, speaker", [
    ("Those who delayed the bridge for two years need to be held accountable, the Courier editor "
     "Jane Holt argued Friday.", "Those who delayed", "Jane Holt"),
    ("The report on the bridge was delivered to the council on Friday, Jane Holt told lawmakers in a letter.",
     "The report on the bridge", "Jane Holt"),
])
def test_sentence_then_subject_and_cue(en, text, words, speaker):
    q = _find(_quotes(en, text), words)
    assert q.kind == "indirect" and q.speaker == speaker


def test_participle_inside_the_sentence_is_one_unit(en):
    qs = _quotes(en, "The town has sent a letter to the builders saying it no longer wants the new "
                     "bridge, Tom Reyes said.")
    assert len(qs) == 1 and qs[0].text.startswith("The town has sent") and qs[0].speaker == "Tom Reyes"


@pytest.mark.parametrize("text, words", [
    ('Mayor Jane Holt called Reyes "a coward" for his vote against the bridge and left the room.',
     'Reyes "a coward" for his vote'),
    ('Mayor Jane Holt accused him of hiding the report on the bridge for "purely electoral reasons."',
     "him of hiding the report"),
])
def test_label_with_quoted_fragment_is_mixed(en, text, words):
    q = _find(_quotes(en, text), words)
    assert q.kind == "mixed" and q.speaker == "Jane Holt"
    assert "left the room" not in q.text


def test_block_quote_after_colon(en):
    text = ("Mayor Jane Holt visited the bridge on Monday.\n"
            "Holt continued:\n"
            "At the end of the day, the council is under an obligation to repair the bridge.\n"
            "And it is hard to imagine anything more urgent than the safety of our children.\n"
            "The mayor left the hall after the speech.")
    q = _find(_quotes(en, text), "At the end of the day")
    assert q.kind == "direct" and q.speaker == "Jane Holt"
    assert "more urgent" in q.text and "left the hall" not in q.text


def test_line_broken_sentence_is_one_unit(en):
    text = ("Councillor Tom Reyes said in his resignation letter that the plan would give the U.K.\n"
            "“a veto over our river.”")
    qs = _quotes(en, text)
    assert len(qs) == 1 and qs[0].kind == "mixed" and "a veto over our river" in qs[0].text


def test_quote_ending_a_sentence_ends_the_unit(en):
    text = ('Holt and Reyes say that the plan "threatens our river and our town." According to the '
            'Eastbrook Courier, the report also says that the plan is "a disgrace" for the town.')
    qs = _quotes(en, text)
    first = _find(qs, "threatens our river")
    assert "According" not in first.text
    assert _find(qs, "a disgrace").cue == "says"


def test_signed_pull_quote_is_not_a_unit(en):
    text = ('"The bridge will reopen," Mayor Jane Holt said.\n'
            '"The people who delayed the bridge need to be held accountable."\n'
            "— Jane Holt, mayor of Eastbrook")
    qs = _quotes(en, text)
    assert len(qs) == 1 and "will reopen" in qs[0].text


def test_capitalised_modal_after_quote_is_the_speaker(en):
    text = ('Prime Minister Anna May visited Eastbrook on Monday.\n'
            '"Do not let the perfect become the enemy of the good," May said.')
    q = _find(_quotes(en, text), "Do not let")
    assert q.cue == "said" and q.speaker == "Anna May"


def test_agent_of_passive_cue_is_the_speaker(en):
    text = ("Mayor Jane Holt spoke to the council for an hour.\n"
            'Her speech was described by councillors as "ninety minutes of nothing."')
    q = _find(_quotes(en, text), "ninety minutes")
    assert q.speaker == "councillors"


def test_marks_fragment_closed_later_keeps_its_words():
    text = 'Holt said it was "a disgrace.\nWe will fight it all the way," she said.'
    assert all(not t.startswith("e will") for t in _inner(text))


def test_transcript_lines_are_direct_units(en):
    text = ("The Eastbrook Courier spoke to Mayor Jane Holt on Monday.\n"
            "HOLT: We will reopen the bridge before the winter.\n"
            "COURIER: And the toll?\n"
            "HOLT: There will be no toll on the bridge this year.\n"
            "Read more: The old bridge of Eastbrook and its history.")
    qs = _quotes(en, text)
    assert [q.text for q in qs] == ["We will reopen the bridge before the winter.",
                                    "There will be no toll on the bridge this year."]
    assert {q.speaker for q in qs} == {"Jane Holt"} and {q.kind for q in qs} == {"direct"}


def test_described_as_quoted_label_is_mixed(en):
    q = _find(_quotes(en, 'Mayor Jane Holt described the new toll as "a tax on the poor" during the meeting.'),
              "a tax on the poor")
    assert q.kind == "mixed" and q.cue == "described" and q.text.startswith("the new toll as")


def test_told_agency_that_keeps_the_clause(en):
    q = _find(_quotes(en, "Tom Reyes told Valpresse that the bridge would reopen in May."), "the bridge")
    assert (q.kind, q.speaker, q.text) == ("indirect", "Tom Reyes", "the bridge would reopen in May")


def test_as_x_told_incise(en):
    qs = _quotes(en, "While the council has been pushing for a new toll, the old bridge will not reopen "
                     "before May, as Mayor Jane Holt told the Eastbrook Courier on Sunday.")
    q = _find(qs, "reopen before May")
    assert q.kind == "indirect" and q.speaker == "Jane Holt" and q.cue == "told"
    assert q.text.startswith("the old bridge")


def test_first_person_cue_outside_quotes_is_the_author(en):
    quotes = [q.text for q in en("I cannot believe that the Eastbrook council has voted for the bridge.")._.quotes]
    assert not [t for t in quotes if "council has voted" in t], quotes
    quotes = [q.text for q in en("Mayor Dana Whitlock said that the Eastbrook council has voted for the bridge.")._.quotes]
    assert [t for t in quotes if "council has voted" in t], quotes
