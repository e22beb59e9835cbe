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


# ---- session 4: patterns from gold_en_b ----------------------------------------------------------

def test_marks_plural_possessive_is_not_a_closing_mark():
    text = "He said: 'The toll would make that look like a teddy bears' picnic.'"
    assert _inner(text) == ["The toll would make that look like a teddy bears' picnic."]


def test_marks_single_quote_closing_after_an_ending_word_ending_in_s():
    text = "Holt said the council had 'started the process' on the bridge, and left."
    assert _inner(text) == ["started the process"]


def test_marks_single_quote_runs_on_to_the_next_paragraph():
    text = ("Tom Reyes added: 'We are looking at millions here.\n"
            "Between the bridge and the ferry we are talking big money.'\n"
            "The council met later.")
    assert _inner(text) == ["We are looking at millions here.\n"
                            "Between the bridge and the ferry we are talking big money."]


@pytest.mark.parametrize("text", [
    "A new survey of Eastbrook residents reveals that most of them want the old bridge reopened.",
    "More than half of residents polled (57 per cent) said their first choice was a new bridge.",
    "The poll found that 40 per cent of voters said they would back the toll on the bridge.",
    "Residents want the old bridge reopened, according to a new survey by the Eastbrook Courier.",
])
def test_polls_and_their_respondents_are_not_speakers(en, text):
    assert _quotes(en, text) == []


def test_majority_leader_is_still_a_speaker(en):
    qs = _quotes(en, "Council Majority Leader Tom Reyes said the bridge would reopen in May next year.")
    assert _find(qs, "the bridge would reopen").speaker == "Tom Reyes"


@pytest.mark.parametrize("text", [
    "Mayor Jane Holt should have announced that the bridge would stay closed all winter.",
    "It is worth adding that the residents of Eastbrook seem to cope with the closure quite well.",
    "Tolls rose by a third last year, suggesting that drivers had accepted the new bridge fees.",
    "Meanwhile, behind the scenes, Mayor Jane Holt called in her deputy Tom Reyes on Monday.",
    "Councillor Tom Reyes declared the old bridge plan dead on Friday after the vote.",
    "That caused a crisis as the opposition in the council called a vote of no confidence in Holt.",
])
def test_more_non_speech_is_not_a_unit(en, text):
    assert _quotes(en, text) == []


def test_residents_believing_is_not_speech(en):
    qs = _quotes(en, "Most residents also believed the bridge would never reopen before the winter.")
    assert qs == []


def test_coordinated_cue_starts_its_own_unit(en):
    qs = _quotes(en, "Mayor Jane Holt vowed that Eastbrook would stay open after the vote, and said the "
                     "fireworks were about showing the world a friendly town.")
    first = _find(qs, "Eastbrook would stay open")
    assert "fireworks" not in first.text
    second = _find(qs, "fireworks were about")
    assert second.cue == "said" and second.speaker == "Jane Holt"


def test_coordinated_cue_after_but(en):
    qs = _quotes(en, "Mayor Jane Holt denied she wanted to close the bridge for good but said she "
                     "admired the plan of the builders.")
    first = _find(qs, "close the bridge")
    assert "admired" not in first.text and first.cue == "denied"
    assert _find(qs, "admired the plan").cue == "said"


def test_second_cue_with_a_compound_subject_starts_a_new_unit(en):
    qs = _quotes(en, "The group claimed that 7,000 people marched on Eastbrook on Monday, but Eastbrook "
                     "Police confirmed to the Courier that the figure is closer to 2,500.")
    first = _find(qs, "7,000 people")
    assert "confirmed" not in first.text and "2,500" not in first.text
    assert _find(qs, "closer to 2,500").cue == "confirmed"


def test_incise_after_a_fronted_adverbial(en):
    qs = _quotes(en, "But after waiting for months, Tom Reyes said, the mayor is now under pressure to "
                     "close the bridge.")
    q = _find(qs, "under pressure")
    assert q.text.startswith("the mayor") and "waiting" not in q.text and q.speaker == "Tom Reyes"


def test_dash_despite_gloss_is_left_out(en):
    qs = _quotes(en, "Holt added that the plan could allow the town to rebuild the bridge next year — "
                     "despite there being less than three months of budget left.")
    q = _find(qs, "rebuild the bridge")
    assert "despite" not in q.text


def test_absolute_with_clause_is_left_out(en):
    qs = _quotes(en, "The vote was postponed after council whips warned she faced a crushing defeat, "
                     "with more than ten councillors threatening to vote against.")
    q = _find(qs, "crushing defeat")
    assert "threatening" not in q.text


def test_with_phrase_without_participle_is_kept(en):
    qs = _quotes(en, "Tom Reyes said the inquiry had cost millions of dollars, with still no evidence of "
                     "fraud in the bridge contracts.")
    assert "no evidence of fraud" in _find(qs, "cost millions").text


def test_embedded_posts_are_not_units(en):
    text = ("Read below the reactions of the councillors:\n"
            "Reopen the bridge to the people of Eastbrook.\n"
            "— Tom Reyes (@tomreyes) March 22, 2019\n"
            "As the mayor said, “Let the people decide.\"\n"
            "No one is above the law in this town.\n"
            "— Amy Reed (@amyreed) March 22, 2019\n"
            "“We will reopen the bridge in May,” Mayor Jane Holt said on Friday.")
    qs = _quotes(en, text)
    assert [q.text for q in qs] == ["We will reopen the bridge in May,"]


def test_quote_right_above_a_post_far_from_a_boundary_is_kept(en):
    text = ("The mayor met the builders on Monday.\n"
            "The talks went on for hours.\n"
            "“We will reopen the bridge in May,” Mayor Jane Holt said on Friday.\n"
            "The works will cost three million dollars.\n"
            "Reopen the bridge to the people of Eastbrook.\n"
            "— Tom Reyes (@tomreyes) March 22, 2019")
    qs = _quotes(en, text)
    assert _find(qs, "reopen the bridge in May").speaker == "Jane Holt"
    assert not [q for q in qs if "people of Eastbrook" in q.text]


def test_hailed_with_a_quote_is_mixed(en):
    qs = _quotes(en, "Mayor Jane Holt, who spoke at the opening, hailed it a “historic moment for our town,” "
                     "and left early.")
    q = _find(qs, "historic moment")
    assert q.kind == "mixed" and q.speaker == "Jane Holt"


def test_slammed_with_a_quote_is_mixed_without_is_not(en):
    qs = _quotes(en, "Tom Reyes also slammed the “millions” in taxpayer dollars spent on the bridge.")
    assert _find(qs, "millions").kind == "mixed"
    assert _quotes(en, "Tom Reyes also slammed the millions in taxpayer dollars spent on the bridge.") == []


def test_zero_that_clause_read_as_object(en):
    qs = _quotes(en, "I expect a lot of folks who insisted Holt was a dishonest mayor to change their minds.")
    q = _find(qs, "Holt was a dishonest mayor")
    assert q.kind == "indirect" and q.cue == "insisted"


def test_transcript_turns_run_on_and_recurring_labels_speak(en):
    text = ("Here is what Mayor Jane Holt said:\n"
            "Holt: Well, the answer is simple, and I can save everybody a lot of time here.\n"
            "Host: Oh, do!\n"
            "Because it has been two years of talks on that bridge.\n"
            "Holt: The short answer is no.\n"
            "And that is why the only option now is to close the bridge.\n"
            "Host: So to close it for good then.\n"
            "Holt: Yes, absolutely, because that is the law (Drowned out by applause from the hall.)]\n"
            "Just listen to that audience!")
    qs = _quotes(en, text)
    first = _find(qs, "the answer is simple")
    assert first.speaker == "Jane Holt" and "Oh, do" not in first.text
    host = _find(qs, "Oh, do!")
    assert host.speaker == "Host" and "two years of talks" in host.text
    turn = _find(qs, "The short answer is no.")
    assert "the only option now" in turn.text and "So to close" not in turn.text
    last = _find(qs, "Yes, absolutely")
    assert "Drowned" not in last.text and "listen" not in last.text


def test_single_label_is_not_a_speaker_without_a_name(en):
    text = ("Residents gathered at the old bridge of Eastbrook on Monday.\n"
            "Update: The council will meet again on Friday to vote on the bridge.\n"
            "Update: The vote on the bridge has been postponed to next month.")
    assert _quotes(en, text) == []


def test_transcript_questions_are_not_units_and_captions_end_a_turn(en):
    text = ("The Courier spoke with councillor Tom Reyes about the bridge.\n"
            "Courier: Does the mayor have any chance of passing her bridge plan?\n"
            "Tom Reyes: The plan is dead; we will keep the old bridge and that is fine.\n"
            "We have kept old bridges before in this town, and they work well.\n"
            "© Eastbrook Photo / Amy Reed The old bridge at night\n"
            "Courier: And what about the toll on the bridge next year?\n"
            "Tom Reyes: There will be no toll on the bridge next year or after.")
    qs = _quotes(en, text)
    assert not [q for q in qs if q.text.endswith("?")]
    q = _find(qs, "The plan is dead")
    assert q.speaker == "Tom Reyes" and "kept old bridges" in q.text and "©" not in q.text


def test_quote_closed_by_a_full_stop_is_not_the_next_sentences_cue(en):
    text = ("Tom Reyes criticised the mayor, commenting: “It could have been built in a different manner.” "
            "Holt revealed in July that Reyes told her the best way forward would be to sue the builders.")
    qs = _quotes(en, text)
    assert _find(qs, "different manner").cue == "commenting"
    q = _find(qs, "the best way forward")
    assert q.cue == "revealed"


def test_glued_sentences_end_the_content(en):
    text = ("Mayor Jane Holt said the bridge would reopen after the works in the EU.Asked about the toll, "
            "Holt said: “There will be none.”")
    qs = _quotes(en, text)
    q = _find(qs, "the bridge would reopen")
    assert q.text.endswith("in the EU") and "Asked" not in q.text
    assert _find(qs, "There will be none").kind == "direct"


def test_passive_label_keeps_only_the_quoted_words(en):
    text = ("Councillor Tom Reyes spoke on Monday.\n"
            "Dubbed “the worst bridge in history” by Mr Reyes, the plan will be put to a vote in May.")
    q = _find(_quotes(en, text), "the worst bridge in history")
    assert q.kind == "direct" and q.text.startswith("the worst") and "Reyes" not in q.text
    assert q.cue == "Dubbed" and q.speaker and "Reyes" in q.speaker


def test_branded_with_a_quote_is_mixed(en):
    q = _find(_quotes(en, "Tom Reyes, who caused an outcry when he branded Mayor Jane Holt a “traitor”, "
                          "has resigned."), "traitor")
    assert q.kind == "mixed" and q.cue == "branded"


def test_long_subject_after_a_quote_over_two_paragraphs(en):
    text = ("“We are pretty much where we were before the winter.\n"
            "I do not see how the plan passes at the moment,” Tom Reyes, a professor of politics and "
            "history at Eastbrook College, told the Eastbrook Courier.")
    q = _find(_quotes(en, text), "pretty much where we were")
    assert q.cue == "told" and "plan passes" in q.text


@pytest.mark.parametrize("text", [
    "All told, the council of Eastbrook charged 34 builders over the collapse of the bridge.",
    "Twenty-five builders were indicted on charges related to the bridge, accused either of stealing steel "
    "or of forging the safety reports.",
    "Only time will tell whether the mayor of Eastbrook will be blamed for the bridge.",
    "Five builders were indicted on charges related to the bridge, accused of stealing steel from the site.",
])
def test_idioms_and_bare_participles_are_not_cues(en, text):
    assert _quotes(en, text) == []


def test_participle_modifying_a_noun_is_no_cue(en):
    text = ("The council agreed to the plan after a highly charged debate over the bridge, with claims "
            "that the toll could be raised.")
    assert not [q for q in _quotes(en, text) if q.cue == "charged"]


def test_content_whose_verb_is_quoted_is_mixed(en):
    q = _find(_quotes(en, "Councillor Tom Reyes says the new group “does not think every problem in "
                          "Eastbrook has been created by the mayor.”"), "does not think")
    assert q.kind == "mixed" and q.text.startswith("the new group")


def test_incise_after_a_fronted_subordinate_clause(en):
    text = ("Tom Reyes, a teacher, spoke on Monday.\n"
            "While the council argues over the toll, he said, most residents just want to cross the bridge.")
    q = _find(_quotes(en, text), "most residents")
    assert q.text.startswith("most residents") and "council argues" not in q.text


def test_relative_clause_after_an_incise_is_not_the_content(en):
    text = ("Amy Reed is a teacher in Eastbrook.\n"
            "The town should never have elected someone, she said, whose background raises such questions.")
    qs = _quotes(en, text)
    assert not [q for q in qs if q.text.startswith("whose")]
    assert _find(qs, "should never have elected").cue == "said"


def test_relative_before_the_cue_still_gives_the_content(en):
    q = _find(_quotes(en, "The mayor published her report, which a council official says indicates she "
                          "will not raise the toll."), "will not raise the toll")
    assert q.cue == "says" and not q.text.startswith("which")


def test_marks_british_quote_reopened_at_each_paragraph():
    text = ("'We have a clear plan for the bridge,' Holt said.\n"
            "'It has most of what people wanted, not absolutely everything.\n"
            "'The question is, can we turn this into something better, and I believe we can.\n"
            "'There will be some tough talks with the builders ahead.'\n"
            "The council met later.")
    inner = _inner(text)
    assert inner[0] == "We have a clear plan for the bridge,"
    assert inner[1].startswith("It has most of what") and inner[1].endswith("with the builders ahead.")
    assert len(inner) == 2


def test_marks_british_quote_closed_in_an_unmarked_last_paragraph():
    text = ("Tom Reyes said: 'My resolution - not to vote for the toll this year.\n"
            "'The council exists to make our laws.\n"
            "This toll lets the builders impose fees on us as never before.'\n"
            "The vote is on Monday.")
    assert _inner(text) == ["My resolution - not to vote for the toll this year.\n'The council exists to make our "
                            "laws.\nThis toll lets the builders impose fees on us as never before."]


def test_marks_british_quote_never_closed_ends_with_its_last_reopened_paragraph():
    text = ("Speaking in Eastbrook, he said: 'The toll was of course one of the options.\n"
            "'We have not yet had a vote and the council should be ashamed of itself.\n"
            "Jane Holt, the mayor, left the hall.")
    inner = _inner(text)
    assert len(inner) == 1 and inner[0].endswith("ashamed of itself.") and "Holt" not in inner[0]


def test_british_quote_over_paragraphs_is_one_direct_unit(en):
    text = ("Tom Reyes said: 'We do not want to copy the bridge of Westfield.\n"
            "'I was a builder for six years, so those things are very different.\n"
            "'But in terms of their toll, there are some things we can learn.'")
    qs = _quotes(en, text)
    assert len(qs) == 1 and qs[0].kind == "direct" and qs[0].speaker == "Tom Reyes"
    assert "things we can learn" in qs[0].text


def test_according_to_incise_after_a_clause_ends_the_content(en):
    q = _find(_quotes(en, "The council still has not eased those fears, according to insiders, particularly "
                          "for the ten councillors of the north."), "eased those fears")
    assert q.text.startswith("The council") and "particularly" not in q.text and q.speaker == "insiders"


def test_according_to_incise_inside_the_clause_keeps_it_whole(en):
    q = _find(_quotes(en, "The policy of the council, according to Holt, could cost the town dearly next year."),
              "cost the town")
    assert q.text.startswith("The policy of the council")


def test_and_then_a_verb_after_a_quote_is_no_incise(en):
    text = ('Tom Reyes added: "We are spending the weekend waiting for the mayor," and cautioned that '
            'councillors were "concerned the toll could be raised" before the vote.')
    qs = _quotes(en, text)
    assert _find(qs, "spending the weekend").cue == "added"
    assert _find(qs, "concerned the toll").cue == "cautioned"


def test_determiner_that_is_no_complementiser(en):
    qs = _quotes(en, "Councillor Tom Reyes repeatedly emphasized that point, and condemned the builders "
                     "for delaying the bridge.")
    assert not [q for q in qs if q.text.startswith("point")]


def test_capitalised_link_line_is_not_a_unit(en):
    text = ("The council met on Monday.\n"
            "TOM REYES CELEBRATES END OF BRIDGE PROBE, SAYS HE IS VINDICATED BY THE COUNCIL\n"
            "The vote is on Friday.")
    assert _quotes(en, text) == []


def test_as_clause_with_its_own_quote_is_no_incise(en):
    qs = _quotes(en, "Mayor Holt's comments came as the council confirmed 'no further meetings are foreseen' "
                     "with the builders.")
    assert not [q for q in qs if "comments came" in q.text]
    assert _find(qs, "no further meetings").cue == "confirmed"


def test_content_does_not_start_with_a_comma(en):
    q = _find(_quotes(en, "Tom Reyes said that, while much will depend on the vote, the bridge will reopen in May."),
              "the bridge will reopen")
    assert q.text.startswith("while")


def test_quote_after_an_infinitive_cue_is_a_label(en):
    qs = _quotes(en, "The councillors criticised the Courier for using loaded phrases to describe the closure "
                     "of the bridge as “falling off a cliff edge” all week.")
    assert not [q for q in qs if "cliff edge" in q.text and q.cue == "describe"]


def test_expressed_concern_that_is_a_cue(en):
    q = _find(_quotes(en, "Councillors also expressed concern that the mayor would try to get a “sneak preview” "
                          "of the report."), "sneak preview")
    assert q.kind == "mixed" and q.cue == "expressed concern" and q.text.startswith("the mayor")


def test_paragraph_broken_inside_a_sentence_continues_the_content(en):
    text = ("Tom Reyes, an expert, said this week the plan has been to wait while the council – which has "
            "pro- and anti-E.U.\nwings – has torn itself apart over the bridge.\nThe vote is on Friday.")
    q = _find(_quotes(en, text), "the plan has been")
    assert q.text.endswith("torn itself apart over the bridge") and "vote is" not in q.text


def test_content_ending_a_sentence_does_not_run_into_the_next_paragraph(en):
    text = ("Tom Reyes said the plan has been to wait for the council.\n"
            "mayor Holt, who rarely speaks, left the hall early on Monday.")
    q = _find(_quotes(en, text), "the plan has been")
    assert "Holt" not in q.text


def test_quote_glued_to_boilerplate_keeps_its_own_incise(en):
    text = ("Story Continued Below“He seems to be able to deal with most of the trouble in town,” said "
            "Amy Reed, a member of the Eastbrook council.")
    q = _find(_quotes(en, text), "deal with most of the trouble")
    assert q.cue == "said" and q.speaker == "Amy Reed"


def test_quoted_title_before_an_incise_is_not_a_unit(en):
    qs = _quotes(en, 'Jane Holt told host Amy Reed on "Morning in Eastbrook," pointing to the cracks in the bridge.')
    assert not [q for q in qs if q.text.startswith("Morning in Eastbrook")]


def test_content_stops_before_the_clause_governing_its_cue(en):
    qs = _quotes(en, "With Mayor Jane Holt vowing to rush out the report's 'principal conclusions' this week, "
                     "councillors were insisting they see both the full report and the evidence.")
    first = _find(qs, "principal conclusions")
    assert "councillors" not in first.text
    assert _find(qs, "they see both the full report").cue == "were insisting"


def test_trailing_agency_report_with_a_time_is_cut(en):
    q = _find(_quotes(en, "Tom Reyes told councillors that the vote will be tight and he does not know which way "
                          "it will go, Valpresse reported on Tuesday."), "the vote will be tight")
    assert "Valpresse" not in q.text and q.cue == "told"


def test_fronted_as_clause_gives_the_main_clause(en):
    text = "Tom Reyes spoke on Monday.\nAs Mayor Jane Holt told the council on Thursday, the bridge will reopen in May."
    q = _find(_quotes(en, text), "the bridge will reopen")
    assert q.text.startswith("the bridge") and q.cue == "told"


def test_incise_inside_a_clause_keeps_the_subject(en):
    q = _find(_quotes(en, "The bridge, Mayor Jane Holt insisted, will reopen in May next year."), "reopen in May")
    assert q.text.startswith("The bridge") and q.cue == "insisted"


def test_negated_cue_with_an_indirect_question_is_not_a_unit(en):
    assert _quotes(en, "Mayor Jane Holt did not say when the bridge would reopen to the trucks.") == []
    assert _quotes(en, "Tom Reyes would not say whether the council would raise the toll next year.") == []


def test_quote_after_an_attributed_quote_in_the_same_paragraph(en):
    qs = _quotes(en, "“It is a disgrace,” Tom Reyes told reporters. “We deserve better than this bridge.”")
    q = _find(qs, "We deserve better")
    assert q.kind == "direct" and q.speaker == "Tom Reyes"


@pytest.mark.parametrize("text", [
    "Mayor Jane Holt went on to say that the toll would stay in place next year.",
    "Mayor Jane Holt used her speech to warn that the toll would stay in place next year.",
    "Mayor Jane Holt continued to insist that the toll would stay in place next year.",
])
def test_infinitive_cue_governed_by_a_verb_of_continuing_is_speech(en, text):
    assert _find(_quotes(en, text), "the toll would stay").speaker == "Jane Holt"


def test_infinitive_cue_of_an_expected_speech_is_not(en):
    assert _quotes(en, "Mayor Jane Holt is expected to say that the toll will stay in place next year.") == []


# ---- round 2: single quotes run on to an attribution, a glued "said:'" ----------------------------

def test_marks_single_quote_runs_on_to_a_closing_mark_before_its_attribution():
    text = ("'I feel vindicated.\n"
            "They offered me a deal which I thought was unfair,' Holt said in a statement.")
    assert _inner(text) == ["I feel vindicated.\nThey offered me a deal which I thought was unfair,"]


def test_single_quote_over_two_paragraphs_closed_before_said(en):
    found = _quotes(en, "Councillor Tom Reyes joined the call.\n"
                        "'After two years, the council has finished its inquiry.\n"
                        "I fully expect the mayor to publish the report without delay,' Reyes said.\n"
                        "'We want the full report.\n"
                        "We want it now,' said councillor Ann Dale of Westfield")
    q = _find(found, "I fully expect the mayor")
    assert "After two years" in q.text and q.speaker == "Tom Reyes" and q.cue == "said"
    q = _find(found, "We want it now")
    assert "We want the full report" in q.text and q.speaker == "Ann Dale"


def test_quote_glued_to_its_colon(en):
    found = _quotes(en, "Mayor Jane Holt, a Democrat, said:'Our survey clearly shows that the bridge "
                        "is unsafe.'")
    q = _find(found, "Our survey clearly shows")
    assert q.kind == "direct" and q.cue == "said" and q.speaker == "Jane Holt"


@pytest.mark.parametrize("sentence, cue", [
    ("Reyes called for patience, reminding them that the inspector had already charged six people.", "reminding"),
    ("Holt joked that the bridge was older than the council.", "joked"),
    ("Reyes assured councillors that the toll would stay.", "assured"),
    ("The mayor recalled that the bridge had closed twice before.", "recalled"),
])
def test_more_speech_verbs(en, sentence, cue):
    q = _find(_quotes(en, sentence), "the")
    assert q.cue == cue and q.kind == "indirect"


@pytest.mark.parametrize("sentence, via", [
    ("In a letter published in the Mail on Sunday, Holt warned that critics were risking the town's future.",
     "in the Mail on Sunday"),
    ("Holt wrote in the Sunday Express that the bridge would close.", "in the Sunday Express"),
])
def test_british_sunday_papers_are_vias(en, sentence, via):
    q = _find(_quotes(en, sentence), "the")
    assert q.via == via


def test_concludes_before_a_quotation(en):
    q = _find(_quotes(en, "Holt concludes: “If the council brings back the same plan, it will be defeated.”"),
              "it will be defeated")
    assert q.cue == "concludes" and q.speaker == "Holt"


# ---- session 5: constructions from the dev files ------------------------------------------------

def test_marks_quote_over_a_blank_line_closed_before_its_incise():
    text = ('"The road was really dangerous in previous years.\n\n'
            'A shell could have fallen on the market at any moment," the 24-year-old said.')
    assert _inner(text) == ["The road was really dangerous in previous years.\n\n"
                            "A shell could have fallen on the market at any moment,"]


def test_quote_over_two_paragraphs_said_tagged_as_noun_and_age_for_the_person(en):
    text = ("Among them was university student Laura Brennan, who had decided to leave home for the night.\n\n"
            '"The road was really dangerous in previous years.\n\n'
            'A shell could have fallen on the market at any moment," the 24-year-old said.')
    q = _find(_quotes(en, text), "A shell could have fallen")
    assert q.kind == "direct" and q.text.startswith("The road") and q.cue == "said"
    assert q.speaker == "Laura Brennan"


def test_indicate_is_a_cue_and_a_coordinated_cue_is_a_unit_of_its_own(en):
    qs = _quotes(en, "Foreign Secretary Tom Reyes, indicated on Thursday that the vote could be delayed to "
                     "secure a deal and claimed proposals to fix the bridge will be devised over the coming days.")
    first, second = _find(qs, "could be delayed"), _find(qs, "will be devised")
    assert first is not second and "claimed" not in first.text
    assert first.cue == "indicated" and second.cue == "claimed"
    assert first.speaker == second.speaker == "Tom Reyes"


def test_indicate_with_no_speaker_is_evidence(en):
    assert _quotes(en, "The number of councillors backing the plan indicates it is unlikely to pass.") == []


def test_emphatic_reflexive_is_no_speaker_and_the_main_verb_ends_the_content(en):
    q = _find(_quotes(en, "Reyes, who voted against the toll in 2016, and has himself intimated that he would be "
                          "willing to quit the council if the toll became city policy urged members to join a new party."),
              "willing to quit")
    assert q.speaker == "Reyes" and q.cue == "intimated"
    assert q.text.endswith("city policy")


def test_colon_after_an_infinitive_takes_the_finite_verb_as_cue(en):
    q = _find(_quotes(en, "Mayor Jane Holt gave a long speech, in which she defended the budget and sought to counter "
                          "arguments against it: “It is what the people voted for and we can give it to them.”"),
              "what the people voted for")
    assert q.kind == "direct" and q.speaker == "Jane Holt" and q.cue == "sought"


# ---- session 5 (s5-en): gerunds after a preposition, "quoted X as saying", a speaker's act
# after the content, a fronted adverbial clause --------------------------------------------------

def test_gerund_after_by_takes_the_subject_of_its_verb(en):
    text = ("Headline\n\nCouncillor Tom Reyes broke ranks with his colleagues Monday by suggesting "
            "the bridge could be rebuilt in five years.")
    q = _find(_quotes(en, text), "rebuilt in five years")
    assert q.speaker == "Tom Reyes" and q.cue == "suggesting"


def test_quoted_as_saying_speaker_is_the_quoted_person_via_the_outlet(en):
    text = ("Headline\n\nThe Eastbrook Courier quoted a senior council official as saying the bridge "
            "would close in May.")
    q = _find(_quotes(en, text), "close in May")
    assert q.speaker == "a senior council official" and q.via == "The Eastbrook Courier"


def test_quoted_as_saying_with_a_quoted_role_and_a_relative(en):
    text = ("Headline\n\nReyes seized on news reported in outlets including the Eastbrook Courier that "
            "quoted a “senior council official” as saying that the bridge report recommended no closures.")
    qs = _quotes(en, text)
    q = _find(qs, "recommended no closures")
    assert q.speaker == "senior council official" and q.via and "Eastbrook Courier" in q.via
    assert not [x for x in qs if x.text.strip() == "senior council official"]


def test_act_participle_ends_the_content_and_is_a_mixed_unit_with_a_quote(en):
    text = ('Headline\n\nMayor Jane Holt announced that she was quitting the party, hitting out at its '
            'leader for presiding over a "broken" party.')
    qs = _quotes(en, text)
    q = _find(qs, "quitting the party")
    assert q.kind == "indirect" and "hitting" not in q.text
    m = _find(qs, "broken")
    assert m.kind == "mixed" and m.cue == "hitting out at" and m.speaker == "Jane Holt"
    assert m.text.startswith("its leader")


def test_act_participle_without_quote_is_no_unit(en):
    text = "Headline\n\nHolt said the bridge would reopen in May, citing the engineers' report."
    qs = _quotes(en, text)
    assert _find(qs, "reopen in May").text.endswith("in May")
    assert len(qs) == 1


def test_fronted_adverbial_clause_is_no_content(en):
    text = "Headline\n\nEven if the mayor's work is done, the work of the council continues."
    assert _quotes(en, text) == []


@pytest.mark.parametrize("text", [
    "Headline\n\nThis language suggests that the work of the council is far from over.",
    "Headline\n\nThe revelation that there will be no new toll suggests that the bridge plan is a bust.",
])
def test_inference_subject_is_no_speaker(en, text):
    assert _quotes(en, text) == []


def test_document_subject_of_suggest_still_speaks(en):
    text = ("Headline\n\nThe Eastbrook Courier published a story on Monday suggesting that the mayor's "
            "aides had been paid off by the builders.")
    q = _find(_quotes(en, text), "paid off")
    assert q.speaker == "The Eastbrook Courier"


def test_according_to_incise_before_a_tail(en):
    text = ("Headline\n\nThe town clerk joined the mayor at the bridge, according to a person familiar "
            "with the matter, as did Reyes.")
    q = _find(_quotes(en, text), "joined the mayor")
    assert q.speaker == "a person familiar with the matter" and q.text.endswith("at the bridge")


def test_according_to_content_starts_after_a_colon(en):
    text = ("Headline\n\nBut there were signs of trouble: the town clerk joined the mayor at the bridge, "
            "according to a person familiar with the matter.")
    q = _find(_quotes(en, text), "joined the mayor")
    assert q.text.startswith("the town clerk")


def test_long_fragment_goes_on_in_an_unattributed_next_paragraph(en):
    text = ('Headline\n\nMayor Jane Holt told the council that she would be "talking further this week to '
            'colleagues to consider how we might meet our obligations to the people of Eastbrook.\n'
            '"And I will then take the conclusions of those discussions back to the county."\n'
            "The county insists that it won't pay.")
    qs = _quotes(en, text)
    q = _find(qs, "talking further")
    assert q.kind == "mixed" and "back to the county" in q.text
    assert len([x for x in qs if "back to the county" in x.text]) == 1


@pytest.mark.parametrize("text,words", [
    ("Headline\n\nAbsent any direct evidence of fraud, Holt has argued for months that the evidence is "
     "“hiding in plain sight.” Holt has also tried to fundraise off of the plan.", "evidence is"),
    ("Headline\n\nCouncillor Tom Reyes has argued for months that the toll is “a scandal.” Holt has also "
     "tried to raise money for the bridge.", "toll is"),
])
def test_name_subject_after_a_closed_quote_starts_a_new_sentence(en, text, words):
    q = _find(_quotes(en, text), words)
    assert "also tried" not in q.text and q.kind == "mixed"


def test_quote_closed_before_its_attribution_keeps_it(en):
    text = "Headline\n\n“The bridge will reopen in May.” Holt said on Monday."
    q = _find(_quotes(en, text), "reopen in May")
    assert q.speaker == "Holt"


def test_participle_opening_its_sentence_speaks_for_the_last_subject(en):
    text = ('Headline\n\nMayor Jane Holt has given a blunt reaction to the vote.\n'
            'Simply remarking, "Whatever."')
    q = _find(_quotes(en, text), "Whatever")
    assert q.speaker == "Jane Holt" and q.cue == "remarking"


def test_fronted_participle_tagged_as_noun_is_no_speaker(en):
    text = ("Headline\n\nWriting in a paper published Monday, councillor Tom Reyes and economist Amy Reed "
            "said that the bridge should be rebuilt.")
    q = _find(_quotes(en, text), "should be rebuilt")
    assert q.speaker in ("Tom Reyes", "Amy Reed", "Tom Reyes and Amy Reed")


def test_second_report_in_the_sentence_keeps_the_interview_via(en):
    text = ('Headline\n\nIn an interview with the Eastbrook Courier, Mayor Jane Holt called Reyes "reckless" '
            'for his vote against the toll and accused him of leaking the report to the county for '
            '"very evil purposes."')
    q = _find(_quotes(en, text), "evil purposes")
    assert q.speaker == "Jane Holt" and q.via == "In an interview with the Eastbrook Courier"


def test_participle_report_keeps_the_told_via(en):
    text = ("Headline\n\nCouncillor Tom Reyes has told Valpresse that the bridge is ready to close, "
            "insisting the only way to avoid such a scenario is for the council to vote for the toll.")
    q = _find(_quotes(en, text), "only way")
    assert q.cue == "insisting" and q.via == "told Valpresse"


def test_new_said_with_its_own_subject_does_not_take_the_via(en):
    text = ('Headline\n\n“The bridge will close,” he said on Eastbrook Radio, “and then we will rebuild it in '
            'a year,” Holt said.')
    q = _find(_quotes(en, text), "rebuild it")
    assert q.via is None


def test_bare_plural_reports_is_no_via(en):
    text = ("Headline\n\nMayor Jane Holt commented on reports that the county did not recommend any new toll, "
            "claiming that it proves there was no deal.")
    for q in _quotes(en, text):
        assert q.via is None


def test_coordinated_clause_with_its_own_cue_and_subject_is_another_report(en):
    text = ("Headline\n\nHolt told the Eastbrook Courier that the bridge would close, and Reyes said the "
            "toll was unfair.")
    qs = _quotes(en, text)
    first = _find(qs, "would close")
    assert "Reyes" not in first.text and first.speaker == "Holt"
    second = _find(qs, "toll was unfair")
    assert second.speaker == "Reyes" and second.cue == "said"


def test_content_does_not_end_with_a_dangling_and(en):
    text = "Headline\n\nHolt said the bridge would close and the council said nothing."
    assert _find(_quotes(en, text), "would close").text == "the bridge would close"


def test_signal_reports_a_clause_but_not_an_event_subject(en):
    qs = _quotes(en, "Headline\n\nHolt has signaled that she is ready to compromise on the toll.")
    assert _find(qs, "ready to compromise").speaker == "Holt"
    assert _quotes(en, "Headline\n\nThe vote signals that the council is tired of the toll.") == []


def test_the_authors_are_the_pair_just_named(en):
    text = ("Headline\n\nCouncillor Tom Reyes and economist Amy Reed said that the bridge should be rebuilt.\n"
            "“The town talks of chaos,” the authors wrote.")
    q = _find(_quotes(en, text), "talks of chaos")
    assert q.speaker in ("Tom Reyes", "Amy Reed")


@pytest.mark.parametrize("text,words,speaker", [
    ("Headline\n\nReyes was described as “far right” by the Speaker.", "far right", "the Speaker"),
    ("Headline\n\nReyes was called “reckless” by the Speaker.", "reckless", "the Speaker"),
    ("Headline\n\nThe consequences were swift for the councillor — described as “far right” by most media "
     "outlets — with his pages taken down within hours.", "far right", "most media outlets"),
])
def test_passive_label_with_its_agent_is_a_direct_unit(en, text, words, speaker):
    q = _find(_quotes(en, text), words)
    assert q.kind == "direct" and q.speaker == speaker and q.text == words


def test_opening_mark_glued_to_a_full_stop_starts_a_new_sentence(en):
    text = ("Headline\n\nHolt then predicted that he would target the county after indicting his son Tom "
            "Reyes Jr.“The next step is going to be the county itself,” Holt continued.")
    qs = _quotes(en, text)
    assert "next step" not in _find(qs, "would target").text
    q = _find(qs, "next step")
    assert q.kind == "direct" and q.cue == "continued" and q.speaker == "Holt"


# ---- session 5 (s5-en2) --------------------------------------------------------------------------

def test_he_is_no_department_named_before(en):
    # a source whose name ends in its kind ("… Transport Department") is "it", not "he"
    text = ("Headline\n\nCouncillor Tom Reyes prepared the findings. The Eastbrook Transport Department said "
            "the report was delivered on Friday to the mayor's office. The next step is up to Reyes, who "
            "must write his own account.\nIn a letter to councillors, he declared he was committed to speed.")
    q = _find(_quotes(en, text), "committed to speed")
    assert q.speaker == "Tom Reyes"


def test_another_then_the_apposed_name_is_the_speaker(en):
    text = ("Headline\n\nTom Reyes said: “The bridge is closed.” Another, Sir Mark Dunn, said: "
            "“It’s reached the stage where we don’t know what will happen.”")
    q = _find(_quotes(en, text), "reached the stage")
    assert q.speaker is not None and "Dunn" in q.speaker


@pytest.mark.parametrize("mark", ["'", '"'])
def test_second_that_clause_opening_a_quotation_is_one_mixed_unit(en, mark):
    text = (f"Headline\n\nCouncillor Dan Okoro said in a statement that the mayor's offer is insufficient "
            f"and that {mark}the council requires the full report.{mark}")
    qs = _quotes(en, text)
    assert len(qs) == 1
    q = _find(qs, "offer is insufficient")
    assert q.kind == "mixed" and "full report" in q.text and q.speaker == "Dan Okoro"


def test_according_to_a_hyphenated_title_and_a_relative_clause(en):
    text = ("Headline\n\nThe mayor appeared on a balcony to wave at the crowd, according to party "
            "vice-chairwoman Ann Lowe, who attended the event.")
    q = _find(_quotes(en, text), "wave at the crowd")
    assert q.kind == "indirect" and q.speaker == "Ann Lowe" and "attended" not in q.text


def test_caption_line_without_full_stop_is_not_a_unit(en):
    text = ("Headline\n\nMayor Jane Holt has said that the end of the inquiry is a personal vindication.\n"
            "“I feel vindicated,” Holt said in a statement to the Eastbrook Courier.\n"
            "Mayor Jane Holt said that she was vindicated by the end of the inquiry into the bridge\n"
            "In November, Holt said she had refused to resign because she had done nothing wrong.\n"
            "The council will meet again on Monday to vote on the new bridge budget.")
    qs = _quotes(en, text)
    assert not [q for q in qs if "by the end of the inquiry" in q.text]
    _find(qs, "personal vindication")
    _find(qs, "refused to resign")


@pytest.mark.parametrize("mark", ["'", '"'])
def test_writing_colon_after_a_plural_noun_is_a_cue(en, mark):
    # the tagger reads "writing" after "tweets," as a noun
    text = (f"Headline\n\nMayor Jane Holt resigned on Monday. Tom Reyes celebrated the news in a series of triumphant tweets, writing: {mark}It's over "
            f"but it has been the worst month of my life.{mark}")
    q = _find(_quotes(en, text), "worst month")
    assert q.kind == "direct" and q.cue == "writing" and q.speaker == "Tom Reyes"


def test_single_quote_reopened_with_a_quoted_word_inside(en):
    text = ("Headline\n\nCouncillor Tom Reyes said in a statement: 'It is imperative for Mr. Okoro to make the "
            "full report public.\n'Mayor Holt must not give the contractors any 'sneak preview' of the "
            "findings, and the council must not be allowed to interfere.'")
    qs = _quotes(en, text)
    q = _find(qs, "imperative")
    assert q.kind == "direct" and "must not be allowed to interfere" in q.text and q.speaker == "Tom Reyes"


@pytest.mark.parametrize("text,speaker", [
    ("Headline\n\nCourt documents indicate that Reyes sought to use him as an intermediary during the vote.",
     "Court documents"),
    ("Headline\n\nReports have indicated that Ann Lowe, the treasurer of the council, has received immunity.",
     "Reports"),
])
def test_documents_indicate_that_is_reported_speech(en, text, speaker):
    qs = _quotes(en, text)
    assert len(qs) == 1 and qs[0].kind == "indirect" and qs[0].speaker == speaker


def test_figures_indicate_that_is_no_speech(en):
    assert _quotes(en, "Headline\n\nThe figures indicate that the town is growing faster than expected.") == []


@pytest.mark.parametrize("text,speaker", [
    ("Headline\n\nThe staunchly anti-toll wing of Holt’s Eastbrook party, the Bridge Research Group, announced "
     "they couldn’t back it.", "Bridge Research Group"),
    ("Headline\n\nThe biggest union in the town, Unite Eastbrook, said the toll was unfair.", "Unite Eastbrook"),
])
def test_body_named_in_apposition_before_the_verb_is_the_speaker(en, text, speaker):
    q = _quotes(en, text)[0]
    assert q.speaker is not None and speaker in q.speaker


def test_participle_after_the_object_speaks_for_the_clause_subject(en):
    # the parser makes "treasurer" the subject of "saying"
    text = ("Headline\n\nBut one week before the inquiry began, Okoro sacked treasurer Dan Marsh, later saying he "
            "was thinking of “this bridge thing” at the time.")
    q = _find(_quotes(en, text), "bridge thing")
    assert q.speaker == "Okoro" and q.cue == "saying"


def test_captions_closing_the_article_are_not_units(en):
    text = ("Headline\n\nMayor Jane Holt said she was confident about the inquiry into the bridge.\n"
            "“We have nothing to hide,” Holt told the Eastbrook Courier.\n"
            "The council will meet again on Monday to vote on the new bridge budget.\n"
            "Mayor Jane Holt arrives at the town hall in Eastbrook on Friday evening\n"
            "But Holt's team said they were confident the findings would show there was no wrongdoing")
    qs = _quotes(en, text)
    assert not [q for q in qs if "no wrongdoing" in q.text]
    _find(qs, "confident about the inquiry")


def test_truncated_last_sentence_is_still_a_unit(en):
    text = ("Headline\n\nMayor Jane Holt said she was confident about the inquiry into the bridge.\n"
            "“We have nothing to hide,” Holt told the Eastbrook Courier.\n"
            "The council will meet again on Monday to vote on the new bridge budget.\n"
            "Councillor Tom Reyes said the findings would show there was no wrongdoing at the town hall")
    _find(_quotes(en, text), "no wrongdoing")


@pytest.mark.parametrize("gloss", ["—that means the council does not even have a policy on the bridge",
                                   "—which would be the first in a decade"])
def test_unspaced_dash_gloss_is_left_out(en, gloss):
    text = ("Headline\n\nThe vote is likely to fail after Mayor Jane Holt reacted to her defeat by declaring that "
            f"there would be a “free vote” on the toll{gloss}.")
    q = _find(_quotes(en, text), "free vote")
    assert q.speaker == "Jane Holt" and gloss[1:8] not in q.text


def test_unspaced_dash_parenthesis_stays_in_the_content(en):
    text = ("Headline\n\nMayor Jane Holt said the toll—which the council opposes—could not “become permanent” "
            "as residents had feared.")
    q = _find(_quotes(en, text), "become permanent")
    assert "could not" in q.text


def test_surname_may_taken_for_a_modal_is_the_subject(en):
    text = ("Headline\n\nCouncillor Ann May flew back from Westford late on Monday night.\n"
            "The prospect increased when May reacted to her defeat by declaring that there would be a “free "
            "vote” on the bridge.")
    q = _find(_quotes(en, text), "free vote")
    assert q.speaker is not None and "May" in q.speaker  # ("Ann May" or "May")


def test_place_after_a_quoted_label_is_left_out(en):
    text = ("Headline\n\nThe row even led to veteran councillor Ann Dale allegedly calling Reyes a “coward” in the "
            "council chamber.")
    q = _find(_quotes(en, text), "coward")
    assert q.kind == "mixed" and "chamber" not in q.text and "Reyes" in q.text


# ---- criticise / compare through a quoted object (NOTES_en: a quoted fragment in a nominal
# complement makes a mixed unit) -------------------------------------------------------------------

def test_criticised_for_a_quoted_fragment_is_mixed(en):
    text = ("Headline\n\nCouncillor Tom Reyes and Mayor Jane Holt also criticised the Eastbrook Courier for "
            "“casting aside its duty to balance” by using loaded phrases.")
    q = _find(_quotes(en, text), "casting aside")
    assert q.kind == "mixed" and q.cue == "criticised"
    assert q.text.startswith("the Eastbrook Courier for “casting aside")


def test_compared_a_quoted_phrase_after_a_second_verb_is_mixed(en):
    text = ("Headline\n\n“Bypass opponents talk of chaos,” the two aldermen wrote, and compared the “apocalyptic "
            "fears about closing the old bridge” to the panic which surrounded the 1998 floods.")
    q = _find(_quotes(en, text), "apocalyptic")
    assert q.kind == "mixed" and q.cue == "compared" and "to the panic" in q.text


def test_criticised_without_a_quotation_is_no_speech(en):
    text = ("Headline\n\nMayor Jane Holt told the council that the toll would stay.\n"
            "She also criticised Eastbrook Labour calls for a new ballot.")
    found = _quotes(en, text)
    assert not [q for q in found if q.cue and "critici" in q.cue]
    assert not [q for q in found if "calls for a new ballot" in q.text]


# ---- a cue inside a relative clause, its content's subject relativised away ----------------------

def test_claim_in_a_relative_clause_reports_the_clause_after_it(en):
    text = ("Headline\n\nCouncillor Tom Reyes was furious after the vote.\n"
            "He promised a reckoning with the aldermen he claimed were guilty of a rush to judgment, and his "
            "first target was Jane Holt.")
    found = _quotes(en, text)
    q = _find(found, "guilty")
    assert q.text == "were guilty of a rush to judgment" and q.cue == "claimed" and q.speaker == "Tom Reyes"
    assert not [x for x in found if x.text.startswith("a reckoning")]  # "promised" + a noun: no unit


def test_relative_claim_pronoun_is_the_person_named_in_its_sentence(en):
    text = ("Headline\n\nMayor Jane Holt opened the inquiry last spring.\n"
            "Its chair, Peter Lang, was not told to question the builders.\n"
            "A threat was made against the builder Tom Reyes unless he signed a \"confession\" he claims was "
            "untrue.")
    q = _find(_quotes(en, text), "untrue")
    assert q.text == "was untrue" and q.cue == "claims" and q.speaker == "Tom Reyes"


# ---- pictures and numbers are no speakers ---------------------------------------------------------

@pytest.mark.parametrize("source", ["according to a video of her remarks obtained by the Eastbrook Courier",
                                    "according to photographs taken by reporters",
                                    "according to data from the Eastbrook council"])
def test_according_to_a_picture_or_data_is_no_speech(en, source):
    text = f"Headline\n\nMayor Jane Holt spoke to the crowd for about two minutes, {source}."
    found = _quotes(en, text)
    assert not [q for q in found if "two minutes" in q.text], [q.text for q in found]


def test_according_to_a_newspaper_is_still_speech(en):
    q = _find(_quotes(en, "Headline\n\nAccording to the Eastbrook Courier, the mayor will resign."), "resign")
    assert q.speaker == "the Eastbrook Courier"


# ---- "…, Reyes said, and <clause>": the speaker's second unit -------------------------------------

def test_modal_clause_coordinated_after_an_incise_is_a_second_unit(en):
    text = ("Headline\n\nThe mayor's business and her charity remain under investigation, Reyes said, and council "
            "members would keep looking into her activities.")
    q = _find(_quotes(en, text), "keep looking")
    assert q.text == "council members would keep looking into her activities"
    assert q.speaker == "Reyes" and q.cue == "said" and q.kind == "indirect"


@pytest.mark.parametrize("tail", ["residents cheered loudly in the square", "she would not stand again"])
def test_narration_coordinated_after_an_incise_is_no_unit(en, tail):
    text = f"Headline\n\nThe bridge will reopen in May, Holt said, and {tail}."
    _find(_quotes(en, text), "reopen in May")
    assert not [q for q in _quotes(en, text) if tail[:12] in q.text]


# ---- a quotation given as somebody's words ---------------------------------------------------------

def test_quote_in_a_named_persons_own_words_is_theirs(en):
    text = ("Headline\n\nAt the time, the report remained “flawed and unverified,” in then-mayor Jane Holt’s own "
            "words.")
    q = _find(_quotes(en, text), "flawed")
    assert q.kind == "direct" and q.speaker == "Jane Holt" and q.cue == "words"


def test_quote_after_in_the_words_of_is_theirs(en):
    text = "Headline\n\nThe bypass was, in the words of Councillor Tom Reyes, “a monument to waste.”"
    q = _find(_quotes(en, text), "monument")
    assert q.kind == "direct" and q.speaker == "Tom Reyes" and q.cue == "words"


# ---- "called for" a phrase carrying a quoted fragment ------------------------------------------------

def test_call_for_a_phrase_with_a_quoted_fragment_is_mixed(en):
    text = "Headline\n\nReyes once called for a pause in the “entire bypass agenda” until an inquiry was completed."
    q = _find(_quotes(en, text), "entire bypass agenda")
    assert q.kind == "mixed" and q.cue == "called" and q.speaker == "Reyes"
    assert q.text.startswith("a pause in the “entire")


def test_call_for_without_a_quotation_is_no_unit(en):
    found = _quotes(en, "Headline\n\nReyes called for a new ballot on the bypass next spring.")
    assert not [q for q in found if "new ballot" in q.text]


# ---- "rushed to Twitter to accuse …": an infinitive cue after going to a medium -------------------

def test_rushed_to_a_medium_to_accuse_speaks_for_the_subject(en):
    text = ("Headline\n\nHowever, a host of Eastbrook residents rushed to Twitter to accuse their mayor of "
            "\"politicising\" the harvest fair.")
    q = _find(_quotes(en, text), "politicising")
    assert q.kind == "mixed" and q.cue == "accuse" and q.speaker == "a host of Eastbrook residents"
    assert q.via == "to Twitter"


def test_took_to_a_medium_to_say_speaks_for_the_subject_not_the_medium(en):
    text = "Headline\n\nCouncillor Tom Reyes took to Twitter to say that the bridge would never reopen."
    q = _find(_quotes(en, text), "never reopen")
    assert q.speaker == "Tom Reyes" and q.via == "took to Twitter"


def test_going_somewhere_to_do_something_else_is_no_unit(en):
    assert not _quotes(en, "Headline\n\nCouncillor Tom Reyes went to the shop to buy bread for the fair.")


# ---- "said X …, adding: '…'": the participle hung on the reported clause -----------------------

@pytest.mark.parametrize("text", [
    "Headline\n\nJane Holt said the council had started the review of the bridge contract, adding: "
    "'We are not done with it yet.'",
    "Headline\n\nJane Holt said the council had 'started the review' of the bridge contract, adding: "
    "'We are not done with it yet.'",
])
def test_adding_a_quote_after_reported_content_is_the_reporter(en, text):
    found = _quotes(en, text)
    q = _find(found, "not done with it yet")
    assert q.kind == "direct" and q.cue == "adding" and q.speaker == "Jane Holt"
    r = _find(found, "the review")
    assert r.kind != "direct" and r.speaker == "Jane Holt" and r.text.startswith("the council")
    assert "adding" not in r.text


# ---- "confirmed 'no further talks are planned' with the union because …": mixed ----------------

def test_quote_opening_a_clause_that_goes_on_is_mixed(en):
    text = ("Headline\n\nMs Holt's remarks came as the council confirmed 'no further meetings are foreseen' "
            "with the union on updating the pay deal because talks have ended.")
    q = _find(_quotes(en, text), "no further meetings")
    assert q.kind == "mixed" and q.speaker == "the council"
    assert q.text.endswith("because talks have ended")


def test_quote_then_a_date_stays_direct(en):
    text = "Headline\n\nJane Holt said 'we will win this vote in the end' on Monday."
    q = _find(_quotes(en, text), "we will win")
    assert q.kind == "direct" and q.text == "we will win this vote in the end"


# ---- nobody speaks: a negative or demonstrative subject, a cue inside a condition ---------------

@pytest.mark.parametrize("text", [
    "Headline\n\nNo one has ever suggested the Eastbrook bridge won't reopen when the works end.",
    "Headline\n\nThis must explain why Tom Reyes has no idea how the council works.",
    "Headline\n\nIf the council had called the union's bluff and announced that the depot would close, "
    "the strike would have ended.",
    "Headline\n\nUnless Jane Holt says that the bridge is safe, nobody will cross it.",
])
def test_nobody_speaks_is_no_unit(en, text):
    assert not [q for q in _quotes(en, text) if q.kind != "direct"]


def test_condition_inside_reported_content_stays(en):
    text = "Headline\n\nJane Holt said that if the council voted no, the bridge would close."
    q = _find(_quotes(en, text), "the bridge would close")
    assert q.speaker == "Jane Holt" and q.text.startswith("if the council")


# ---- a caption repeating a quotation of the body without its full stop ---------------------------

def test_caption_repeating_a_body_quotation_is_dropped(en):
    text = ("Headline\n\nCouncillor Tom Reyes wrote, 'The Eastbrook bridge will never reopen while I sit on this council'\n"
            "The council met on Monday to discuss the bridge.\n"
            "Councillor Tom Reyes wrote, 'The Eastbrook bridge will never reopen while I sit on this council.'\n"
            "The vote is due in May.")
    found = [q for q in _quotes(en, text) if "never reopen" in q.text]
    assert len(found) == 1 and found[0].text.endswith("council.")


# ---- "Senior editor at the Eastbrook Courier Jane Holt tweeted": the name closing a title ---------

def test_name_closing_a_long_title_is_the_speaker(en):
    text = ("Headline\n\nSenior editor at the Eastbrook Courier Jane Holt joked in a tweet, "
            "'The bridge will outlive us all, and the council too.'")
    q = _find(_quotes(en, text), "outlive us all")
    assert q.speaker == "Jane Holt"


def test_name_closing_a_long_title_is_the_antecedent_of_a_pronoun(en):
    text = ("Headline\n\nCouncillor Tom Reyes said, 'The vote will be close on the bridge.'\n"
            "Senior editor at the Eastbrook Courier Jane Holt tweeted about the vote.\n"
            "'The bridge will outlive us all, and the council too,' she wrote.")
    q = _find(_quotes(en, text), "outlive us all")
    assert q.speaker == "Jane Holt"


# ---- "As reported in the Eastbrook Courier, …": the medium is the speaker ------------------------

@pytest.mark.parametrize("text", [
    "Headline\n\nAs reported in the Eastbrook Courier, the council has given most of the budget to the bridge.",
    "Headline\n\nAs reported by the Eastbrook Courier, the council has given most of the budget to the bridge.",
    "Headline\n\nThe council has given most of the budget to the bridge, as reported in the Eastbrook Courier.",
])
def test_as_reported_in_a_medium_makes_it_the_speaker(en, text):
    q = _find(_quotes(en, text), "most of the budget")
    assert q.speaker == "the Eastbrook Courier" and q.via is None


# ---- "made it clear that …": the object "it" inside a light-verb cue -----------------------------

@pytest.mark.parametrize("text, content", [
    ("Headline\n\nThe mayor made it clear that she would not resign over the bridge.", "she would not resign"),
    ("Headline\n\nMr. Reyes made it clear there is nothing better on offer for the depot.", "there is nothing better"),
    ("Headline\n\nThe council has made it very clear that the bridge will stay shut.", "the bridge will stay shut"),
])
def test_made_it_clear_is_a_cue(en, text, content):
    q = _find(_quotes(en, text), content)
    assert q.kind == "indirect" and q.text.startswith(content) and "clear" in q.cue


# ---- roles that are somebody new or somebody else -------------------------------------------------

def test_role_tied_to_something_indefinite_is_somebody_new(en):
    text = ("Headline\n\nCouncillor Tom Reyes visited Eastbrook on Monday.\n"
            "The manager of a local garage said he had called the police to a crowd fighting outside.")
    q = _find(_quotes(en, text), "called the police")
    assert q.speaker == "The manager of a local garage"


def test_titled_persons_aide_is_not_that_person(en):
    text = ("Headline\n\nMayor Jane Holt’s chief whip told the council on Tuesday he is not confident "
            "he has the numbers to pass the budget.")
    q = _find(_quotes(en, text), "not confident")
    assert q.speaker != "Jane Holt" and "whip" in q.speaker


def test_told_him_then_a_clause_without_that(en):
    text = "Headline\n\nTom Reyes had relied on lawyers who told him such spending was lawful."
    q = _find(_quotes(en, text), "was lawful")
    assert q.text == "such spending was lawful" and q.cue == "told"


def test_short_quoted_sentence_right_after_its_participle_cue(en):
    text = "Headline\n\nJane Holt often says she gets excited about the bridge, saying \"I love bridges.\""
    q = _find(_quotes(en, text), "I love bridges")
    assert q.kind == "direct" and q.cue == "saying" and q.speaker == "Jane Holt"


def test_short_quoted_label_after_a_verb_stays_out(en):
    text = "Headline\n\nJane Holt often says she gets excited about the bridge, calling it \"a marvel\""
    assert not [q for q in _quotes(en, text) if q.text == "a marvel"]


def test_transcript_label_named_only_in_labels_is_no_speaker(en):
    text = ("Headline\n\nThe council met on Monday to discuss the Eastbrook bridge.\n"
            "Bridge Stories: How th... Jane Holt Best Price: $5.19 Buy New $8.24 (as of 12:00 EDT - Details)\n"
            "The vote is due in May.")
    assert not [q for q in _quotes(en, text) if "Best Price" in q.text]


def test_scare_quoted_phrase_after_a_preposition_is_no_via(en):
    text = ("Headline\n\nThe council got promises the union will act in 'good faith' during the future pay talks "
            "and use its 'best endeavours' to reach a deal - promises it says can be enforced in court.")
    q = _find(_quotes(en, text), "enforced in court")
    assert q.via is None


def test_quoted_show_title_after_a_preposition_is_a_via(en):
    text = "Headline\n\nJane Holt said on \"Eastbrook Tonight\" that the bridge would reopen."
    assert _find(_quotes(en, text), "the bridge would reopen").via == 'on "Eastbrook Tonight"'


def test_name_before_an_apposed_role_is_the_antecedent_of_a_pronoun(en):
    text = ("Headline\n\nCouncillor Tom Reyes said the vote would be close.\n"
            "At a press conference in Eastbrook, Jane Holt, deputy chief spokeswoman for the council, "
            "was asked what talks would be held.\n"
            "She said: 'We have said many times the deal on the table is the best.'")
    assert _find(_quotes(en, text), "the deal on the table").speaker == "Jane Holt"


def test_despite_after_a_spaced_hyphen_ends_the_content_and_its_gerund_speaks_for_its_noun(en):
    text = "Headline\n\nThe council said there were no plans for any talks - despite the mayor insisting talks are ongoing."
    found = _quotes(en, text)
    assert _find(found, "no plans").text == "there were no plans for any talks"
    q = _find(found, "talks are ongoing")
    assert q.cue == "insisting" and q.speaker == "the mayor"


def test_report_inside_the_authors_own_words_is_read(en):
    text = "Headline\n\nI should point out that Tom Reyes did say that the bridge’s future was ‘extremely bright’."
    found = _quotes(en, text)
    q = _find(found, "extremely bright")
    assert q.speaker == "Tom Reyes" and q.cue == "did say" and q.text.startswith("the bridge")
    assert not [x for x in found if "Tom Reyes" in x.text]


def test_en_infinitive_of_purpose_speaks_for_the_sentence_subject(en):
    # "X, role, has …, taking to social media to claim: “…”": no subject for "claim" of its own
    text = ("However, trade and transport minister, Tom Reyes, has lambasted such suggestions, "
            "taking to social media to claim: “We are not leaving without a deal,”")
    q = _find(_quotes(en, text), "We are not leaving")
    assert q.speaker == "Tom Reyes"
