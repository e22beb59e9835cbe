"""Who speaks and through which medium (speakers.py, via.py), on short fictional articles.

Every sentence is invented (the Valdavie world: minister Corentin Malvaux, outlet « Le Courrier
de Valdavie », agency Valpresse); each test names the rule it guards.
"""

from __future__ import annotations

import pytest

from quotekit import find, quotes
from recoupe import nlp


@pytest.fixture(scope="module")
def fr():
    return nlp.load("fr", stages=("quotes",))


@pytest.fixture(scope="module")
def en():
    return nlp.load("en", stages=("quotes",))


def _unit(pipe, text, words):
    return find(quotes(pipe, text), words)


# ---- pronouns and roles --------------------------------------------------------------------------

def test_pronoun_after_an_anonymous_source_is_that_source(fr):
    text = ("Corentin Malvaux a visité lundi l'usine de Brenac.\n"
            "Un porte-parole du ministère valdavien a estimé mardi que la baisse s'expliquait par les "
            "sanctions. « Sans ces restrictions, tout aurait été livré dans les délais », a-t-il dit.")
    q = _unit(fr, text, "tout aurait été livré")
    assert q.speaker == "Un porte-parole du ministère valdavien"


def test_pronoun_in_a_new_paragraph_takes_the_person_it_named(fr):
    # the last speaker spoke in another paragraph; this one names somebody (not as a subject)
    # before its "il": that person is the antecedent
    text = ("Titre\n\nCorentin Malvaux a déclaré mardi que le port de Brenac rouvrirait en mai.\n\n"
            "La visite de Paul Verdier à Valpresse a surpris les habitants. Il a affirmé que les fonds "
            "arriveraient avant l'été.\n")
    assert _unit(fr, text, "les fonds arriveraient").speaker == "Paul Verdier"
    # (within the paragraph of the last speaker, the last speaker stays the antecedent)
    text = ("Titre\n\nCorentin Malvaux a déclaré mardi que le port rouvrirait. La visite de Paul Verdier "
            "a surpris les habitants. Il a affirmé que les fonds arriveraient avant l'été.\n")
    assert _unit(fr, text, "les fonds arriveraient").speaker == "Corentin Malvaux"


def test_definite_generic_role_without_anonymous_source_is_the_person(fr):
    text = ("Corentin Malvaux, le président de la Valdavie, est connu pour ses longs discours. "
            "Bien que le responsable régional affirme qu'il ne participera pas au sommet, il prépare le terrain.")
    q = _unit(fr, text, "ne participera pas au sommet")
    assert q.speaker == "Corentin Malvaux"


def test_role_shared_by_two_people_goes_to_the_last_speaker(en):
    text = ("A delay will be refused if Prime Minister Ilaria Brenn cannot provide guarantees, Valdavian "
            "Foreign Minister Corentin Malvaux said on Wednesday.\n"
            "The minister told parliament that Brenn would need to make her case at the next summit.")
    q = _unit(en, text, "would need to make her case")
    assert q.speaker == "Corentin Malvaux"


def test_the_is_not_plural_for_a_role(en):
    text = ("Valdavian President Corentin Malvaux visited the harbour of Brenac on Monday.\n"
            "\"I don't talk about it,\" the president said.")
    q = _unit(en, text, "talk about it")
    assert q.speaker == "Corentin Malvaux"


# ---- the phrase naming the speaker ------------------------------------------------------------------

def test_sentence_adverb_is_not_the_speaker(fr):
    text = ("Auparavant, Malvaux avait déclaré l'état catastrophique de la Valdavie, notant que le pays "
            "était à peine en équilibre au bord de la crise.")
    q = _unit(fr, text, "à peine en équilibre")
    assert q.speaker == "Malvaux"


def test_nearest_subject_of_the_verb_wins(fr):
    text = ("Un avertissement auquel Corentin Malvaux a répondu en soulignant que la position de la "
            "Valdavie n'avait « pas changé ».")
    q = _unit(fr, text, "la position de la")
    assert q.speaker == "Corentin Malvaux"


def test_inverted_subject_after_a_prepositional_phrase_and_its_apposed_name(fr):
    text = ("« Ils bombardent littéralement tout, tout le temps », a écrit sur sa chaîne Telegram le "
            "gouverneur de la région de Brenac, Ilario Ventrosa, appelant la population à partir.")
    q = _unit(fr, text, "Ils bombardent")
    assert q.speaker == "Ilario Ventrosa"
    assert q.via == "sur sa chaîne Telegram"


def test_time_phrase_before_an_inverted_anonymous_subject(fr):
    text = ("« Cela s'inscrit dans une approche inhumaine du régime », a déclaré à l'époque un "
            "porte-parole de la Commission.")
    q = _unit(fr, text, "approche inhumaine")
    assert q.speaker == "un porte-parole de la Commission"
    assert q.via is None


def test_relative_antecedent_is_the_speaker(fr):
    text = ("Malvaux a débattu à la radio avec le dirigeant du collectif Brenac Libre, Ilario Ventrosa, "
            "qui a qualifié l'appel aux volontaires de « ridicule » et de dangereux.")
    q = _unit(fr, text, "appel aux volontaires")
    assert q.speaker == "Ilario Ventrosa"


def test_quoted_name_before_the_verb_and_the_medium_of_its_clause(fr):
    text = ("Si dans un éditorial publié ce vendredi le « Courrier de Valdavie » reconnaît que les propos "
            "du ministre sont « relativement positifs », il estime par ailleurs que les relations entre "
            "les deux pays se sont détériorées.")
    first = _unit(fr, text, "les propos du ministre")
    second = _unit(fr, text, "se sont détériorées")
    assert "Courrier de Valdavie" in first.speaker
    assert first.via == "dans un éditorial publié ce vendredi"
    assert second.speaker == first.speaker
    assert second.via is None  # the editorial belongs to the first clause


def test_name_keeps_its_particle(fr):
    text = "Pour notre ex-ambassadeur Henri Malvaux de l'Estrel, la diplomatie repose sur quatre piliers."
    q = _unit(fr, text, "quatre piliers")
    assert q.speaker == "Henri Malvaux de l'Estrel"


def test_titled_name_is_the_speaker(fr):
    text = "La Valdavie a déjà fourni pour deux milliards d'aide au port, a précisé son Premier ministre Corentin Malvaux."
    q = _unit(fr, text, "deux milliards")
    assert q.speaker == "Corentin Malvaux"


def test_possessive_medium_is_the_via_of_the_person(fr):
    text = ("Corentin Malvaux lève des fonds pour les volontaires de Brenac.\n"
            "« Le peuple de Brenac a besoin de notre soutien maintenant », déclare sa page d'appel.")
    q = _unit(fr, text, "besoin de notre soutien")
    assert q.speaker == "Corentin Malvaux"
    assert q.via == "sa page d'appel"


# ---- via ------------------------------------------------------------------------------------------

def test_relay_incise_is_the_via_and_carries_over_a_colon(fr):
    text = ("Le gouvernement valdavien a accusé jeudi la Brenavie de favoriser une atmosphère hostile aux "
            "pêcheurs, rapporte Valpresse :\n"
            "Le ministère valdavien des Affaires étrangères a déclaré que des inconnus avaient endommagé "
            "des bateaux dans plusieurs ports.")
    first = _unit(fr, text, "atmosphère hostile")
    second = _unit(fr, text, "des inconnus avaient")
    assert first.via == "rapporte Valpresse"
    assert second.via == "rapporte Valpresse"


def test_acronym_after_the_cue_is_the_via_not_the_speaker(fr):
    text = ("« Si vous aidez un réfugié à la frontière, vous êtes un héros », a déclaré à la VPA Ilaria "
            "Brenn, fondatrice d'une association de Brenac.")
    q = _unit(fr, text, "vous êtes un héros")
    assert q.via == "à la VPA"
    assert q.speaker == "Ilaria Brenn"


def test_told_reporters_on_a_day_is_no_via(en):
    text = "\"So we'll see what happens,\" Corentin Malvaux told reporters on Friday."
    q = _unit(en, text, "see what happens")
    assert q.via is None


def test_statement_is_the_speech_not_a_medium(en):
    text = ("\"The next steps are up to the harbour council,\" Corentin Malvaux said in a statement.")
    q = _unit(en, text, "next steps")
    assert q.via is None


def test_role_of_another_nationality_is_not_that_person(fr):
    text = ("Il y a une semaine, Ilario Ventrosa annonçait que la Brenavie quittait l'organisation. "
            "Ce samedi, c'est Corentin Malvaux qui menace à son tour de la quitter.\n"
            "Comme son homologue brenavien Ilario Ventrosa, le président valdavien accuse l'organisation "
            "de « parti pris idéologique ».")
    q = _unit(fr, text, "parti pris")
    assert q.speaker == "Corentin Malvaux"


def test_possessor_and_post_nominal_letters_are_not_the_name(en):
    text = "\"Our amendment would block the new powers,\" Labour's Ilaria Brenn MP said."
    q = _unit(en, text, "amendment would block")
    assert q.speaker == "Ilaria Brenn"


def test_bare_descriptor_before_a_name_is_dropped(en):
    text = "Valdavian airline Aerovald said it was canceling an order for forty jets in Brenac."
    q = _unit(en, text, "canceling an order")
    assert q.speaker == "Aerovald"


# ---- session 4: attribution rules (first names, homonyms, time phrases, frames) -------------------

def test_feminine_role_is_the_woman_named_not_the_last_subject(fr):
    # the first name gives the gender: "la candidate" cannot be Bernard Malvaux
    text = ("Bernard Malvaux inaugure le port de Brenac ce samedi. Mais le projet est contesté notamment "
            "par Sophie Ventrosa.\n"
            "Invitée vendredi sur Radio Brenac, la candidate du Parti valdavien a rappelé que « nous "
            "contestons ce projet depuis longtemps ». « Les pêcheurs ont été oubliés », a-t-elle affirmé.")
    first = _unit(fr, text, "nous contestons ce projet")
    second = _unit(fr, text, "pêcheurs ont été oubliés")
    assert second.speaker == "Sophie Ventrosa"
    assert first.via is not None and "Radio Brenac" in first.via


def test_same_surname_with_first_names_of_two_genders_is_two_people(en):
    text = ("Senator Bernard Holt criticised the harbour plan on Monday.\n"
            "\"The next steps are up to the council,\" spokeswoman Sarah Holt said in a statement.")
    q = _unit(en, text, "next steps")
    assert q.speaker == "Sarah Holt"


def test_hyphenated_surname_is_whole(fr):
    text = ("Les stocks de Brenac sont remplis à 75 %, a indiqué la ministre de l'Énergie, "
            "Agnès Malvaux-Ventrosa.")
    q = _unit(fr, text, "stocks de Brenac")
    assert q.speaker == "Agnès Malvaux-Ventrosa"


def test_he_is_not_a_survey(en):
    text = ("Former harbour master Bernard Holt said the new polling was clear.\n"
            "A new survey reveals that most members oppose the harbour deal.\n"
            "\"The pressure is to kill off this deal,\" he said.")
    q = _unit(en, text, "kill off this deal")
    assert q.speaker == "Bernard Holt"


def test_role_of_a_country_with_no_holder_named_stays_as_written(en):
    text = ("Prime Minister Sarah Holt met harbour owners in Brenac on Monday.\n"
            "Valdavia's fisheries minister said a closed border would cripple the sector.\n"
            "He said the fishermen had already been hit by the fall of the crown.")
    first = _unit(en, text, "cripple the sector")
    second = _unit(en, text, "already been hit")
    assert first.speaker == "Valdavia's fisheries minister"
    assert second.speaker == "Valdavia's fisheries minister"


def test_name_then_apposition_then_verb(fr):
    text = ("La perspective est sérieuse puisque Bernard Malvaux, président de la commission des "
            "Affaires étrangères, expliquait, ce lundi matin, sur Radio Brenac, que cela risquait de "
            "poser des problèmes structurels.")
    q = _unit(fr, text, "problèmes structurels")
    assert q.speaker == "Bernard Malvaux"
    assert q.via is not None and "Radio Brenac" in q.via


def test_time_phrase_is_not_the_speaker(fr):
    text = ("La semaine dernière, le Courrier de Valdavie a rapporté que Malvaux « a décidé de se rendre "
            "à Brenac ce mois-ci ».\n"
            "« L'aide a triplé en deux ans », a rapporté Valpresse fin 2016, quelques mois avant le sommet.")
    first = _unit(fr, text, "décidé de se rendre")
    second = _unit(fr, text, "aide a triplé")
    assert "Courrier de Valdavie" in first.speaker and "semaine" not in first.speaker
    assert second.speaker == "Valpresse"


def test_emphatic_pronoun_is_not_the_subject(fr):
    text = "Le gouvernement valdavien lui-même estime que cent milliards de couronnes sont entrés dans le pays."
    q = _unit(fr, text, "cent milliards")
    assert q.speaker == "Le gouvernement valdavien"


def test_impersonal_on_at_a_place_is_that_place(fr):
    text = ("« Chacun décidera et l'Union soutiendra les États », insiste-t-on à Brenac.")
    q = _unit(fr, text, "Chacun décidera")
    assert q.speaker == "Brenac"


def test_ex_role_and_nationality_noun_stand_for_the_person(fr):
    text = ("Bernard Malvaux, ancien président de la Valdavie, a publié une longue déclaration.\n"
            "Le cours actuel des autorités est dangereux, a déclaré l'ex-président.\n"
            "« Tout est prêt pour la négociation », poursuit le Valdavien.")
    first = _unit(fr, text, "cours actuel")
    second = _unit(fr, text, "Tout est prêt")
    assert first.speaker == "Bernard Malvaux"
    assert second.speaker == "Bernard Malvaux"


def test_office_of_a_person_is_the_office(fr):
    text = ("Bernard Malvaux a reçu dimanche Sophie Ventrosa à Brenac.\n"
            "Mais le bureau de Bernard Malvaux a ajouté que toute concession serait une erreur.")
    q = _unit(fr, text, "toute concession")
    assert q.speaker == "le bureau de Bernard Malvaux"


def test_speaking_to_a_medium_frame_is_the_via(en):
    text = ("Bernard Holt spent the night at the harbour.\n"
            "Speaking to Radio Brenac on Monday, he said: \"The tone of the debate upset many people.\"")
    q = _unit(en, text, "tone of the debate")
    assert q.speaker == "Bernard Holt"
    assert q.via is not None and "Radio Brenac" in q.via


def test_told_media_is_the_via(en):
    text = "A senior harbour official told Valdavian media on Friday that no further closures were planned."
    q = _unit(en, text, "no further closures")
    assert q.via is not None and "media" in q.via


def test_ally_or_lawyer_of_a_person_is_not_that_person(en):
    text = ("Sarah Holt lost the harbour vote on Tuesday.\n"
            "\"She wants to make sure the story is told the right way,\" a Holt ally told the book's authors.\n"
            "Sarah Holt's lawyer said the appeal would be filed on Monday.")
    first = _unit(en, text, "story is told")
    second = _unit(en, text, "appeal would be filed")
    assert first.speaker == "a Holt ally"
    assert first.via is None  # the authors are the addressees, not a medium
    assert second.speaker == "Sarah Holt's lawyer"


def test_definite_organisation_noun_is_the_organisation_named_before(en):
    text = ("Valdavian Harbour Police said about 20,000 people had joined the march in Brenac.\n"
            "\"This is not our estimate, as we have not recorded a figure for the march,\" the police force added.")
    q = _unit(en, text, "not our estimate")
    assert q.speaker == "Valdavian Harbour Police"


def test_definite_organisation_noun_with_no_organisation_before_stays(en):
    text = "\"We have not recorded a figure for the march,\" the police force added."
    q = _unit(en, text, "not recorded a figure")
    assert q.speaker == "the police force"


def test_plural_role_with_a_party_name_stays_as_written(en):
    text = ("Special counsel Bernard Holt delivered his report on Friday.\n"
            "Democrat presidential candidates in Valdavia reacted to the delivery of the report, demanding "
            "that its findings be released immediately.")
    q = _unit(en, text, "findings be released")
    assert q.speaker is not None and "candidates" in q.speaker


def test_first_name_alone_is_the_one_person_who_has_it(en):
    text = ("Airline spokesman Ikhsan Rosanto said the jets would be returned.\n"
            "\"It has sent a letter to the maker,\" Ikhsan said.")
    q = _unit(en, text, "sent a letter")
    assert q.speaker == "Ikhsan Rosanto"


def test_subject_inside_another_units_words_is_not_the_speaker(en):
    text = ("Harbour committee chairman Bernard Holt has said that dockers have not gone soft over the "
            "holidays and still oppose the agreement, saying that more than 100 members are expected to "
            "vote it down.")
    q = _unit(en, text, "more than 100 members")
    assert q.speaker == "Bernard Holt"


def test_listed_first_name_makes_a_subject_the_tagger_missed(fr):
    # the recogniser's miss is forced: "Sophie Ventrosa" is left untagged; her listed first name
    # still makes her the subject "-elle" refers back to, not the woman in her apposition
    from recoupe.quotes import extract_quotes

    text = ("Sophie Ventrosa, l'attachée de presse de Carole Brenn, a vivement critiqué le député "
            "Bernard Malvaux pour son attitude. « Il y a des limites à l'hypocrisie », a-t-elle raconté.")
    doc = fr(text)
    doc.ents = [e for e in doc.ents if "Ventrosa" not in e.text]
    q = find(extract_quotes(doc), "des limites")
    assert q.speaker == "Sophie Ventrosa"


@pytest.mark.parametrize("subject", ["Jane Holt associate Tom Reyes", "Former Jane Holt aide Tom Reyes",
                                     "Holt's lawyer Tom Reyes"])
def test_en_a_name_before_a_role_noun_qualifies_the_second_name(en, subject):
    q = find(quotes(en, f"{subject} has said that the bridge is a disaster."), "the bridge is a disaster")
    assert q.speaker == "Tom Reyes"


def test_en_a_bare_surname_shared_by_two_people_is_the_one_named_first(en):
    found = quotes(en, "President Donald Reyes arrived at the club on Friday.\n"
                       "He had planned to spend the night with First Lady Melania Reyes and their son.\n"
                       "\"If Tom is speaking, I want to come,\" Reyes said.")
    assert find(found, "I want to come").speaker == "Donald Reyes"


def test_en_a_bare_surname_right_after_the_second_homonym_is_that_one(en):
    found = quotes(en, "Senator Bernard Dale spoke first on Friday.\n"
                       "Later, councillor Sarah Dale took the floor and Dale said that the bridge would close.")
    assert find(found, "the bridge would close").speaker == "Sarah Dale"


def test_name_gender_from_a_title():
    from recoupe.quotes.speakers import name_gender
    assert name_gender("Lady Melania Reyes") == "F" and name_gender("Sir Tom Reyes") == "M"


def test_en_brexit_tagged_as_a_person_is_no_speaker(en):
    found = quotes(en, "Brexit was the only subject on Monday. Brexit dominated the week. Brexit was everywhere.\n"
                       "The councillors met in Eastbrook.\n"
                       "She said the changes meant the bridge could not close.")
    assert find(found, "the bridge could not close").speaker != "Brexit"


def test_en_a_role_named_after_a_party_bracket_finds_its_holder(en):
    found = quotes(en, "Sen. Tom Reyes (R-EB), Senate Finance Committee chairman, declared the bridge plan dead "
                       "on Friday, after Inspector Jane Holt turned over her report to the mayor.\n"
                       "\"Attempts to keep the plan alive will only harm our town,\" the former chairman of the "
                       "Transport Committee said in a statement.")
    assert find(found, "Attempts to keep the plan alive").speaker == "Tom Reyes"


def test_en_singular_they_after_an_anonymous_source(en):
    found = quotes(en, "The survey of the councillors suggests that many are unhappy.\n"
                       "Another senior Tory MP told the Courier: 'Nothing has changed, as someone once said.'\n"
                       "They added: 'I think there was optimism over Christmas, but it is wishful thinking.'")
    assert find(found, "Nothing has changed").speaker == "Another senior Tory MP"
    assert find(found, "wishful thinking").speaker == "Another senior Tory MP"


def test_en_the_letters_after_a_role_phrase_stay(en):
    found = quotes(en, "The Westfield MP added: 'The bridge must close now.'")
    assert find(found, "The bridge must close").speaker == "The Westfield MP"


def test_en_a_relative_clause_closing_the_apposition_hides_no_subject(en):
    found = quotes(en, "Ann Dale, a Westfield councillor who has been a frequent target of anti-Semites in the "
                       "party, said that she had come to the “sickening conclusion” that the party was lost.")
    assert find(found, "sickening conclusion").speaker == "Ann Dale"


def test_en_one_or_another_role_holder_is_anonymous(en):
    found = quotes(en, "Councillor Tom Reyes, a Tory MP, spoke on Monday.\n"
                       "“It’s a mess,” one Conservative MP told the Eastbrook Courier.")
    assert find(found, "It’s a mess").speaker == "one Conservative MP"


def test_en_a_role_with_one_word_in_common_stays_with_the_last_speaker(en):
    found = quotes(en, "Senator Ann Dale, a Democrat, spoke first.\n"
                       "Tom Reyes has said he believes the inquiry will go on.\n"
                       "'If necessary, we will call the inspector,' the Eastbrook Democrat said on Friday.")
    assert find(found, "we will call the inspector").speaker == "Tom Reyes"


def test_en_a_name_then_an_apposition_with_a_possessive_place(en):
    found = quotes(en, "\"I don't see how the plan passes at the moment,\" Ann Dale, a professor of European "
                       "politics at King's College Westfield, told the Eastbrook Courier.")
    assert find(found, "I don't see how the plan passes").speaker == "Ann Dale"


def test_fr_an_object_clitic_the_parser_calls_a_subject_is_not_the_speaker(fr):
    # the parser hangs both "maire" and "m'" / "nous" on "dit" as subjects
    for clitic in ("m'a", "nous a"):
        found = quotes(fr, f"Le maire de Brenau est passé au marché. Le maire {clitic} dit que la place serait refaite en mai.")
        assert find(found, "la place serait refaite").speaker_mention == "Le maire"
    # a lone clitic subject is still nobody's name
    found = quotes(fr, "Il m'a dit que la place serait refaite en mai.")
    assert find(found, "la place serait refaite").speaker != "m'"


@pytest.mark.parametrize("text, expected", [
    # the tagger may call a town a person: the mayor is still not the town
    ("Le maire de Brenau a dit que la place serait refaite en mai.", "Le maire de Brenau"),
    ("Le porte-parole de Jan Oster a déclaré que le maire ne se représenterait pas.",
     "Le porte-parole de Jan Oster"),
    ("Jan Oster, maire de Brenau, a inauguré le marché. Le maire de Brenau a dit que la place "
     "serait refaite en mai.", "Jan Oster"),
])
def test_a_person_named_after_de_is_not_the_roles_holder(fr, text, expected):
    assert _unit(fr, text, "serait refaite" if "place" in text else "représenterait").speaker == expected


@pytest.mark.parametrize("text, words, expected", [
    ("La commission des finances a rejeté ses demandes et confirmé samedi que le budget sera voté en mai.",
     "le budget sera", "La commission des finances"),
    ("Il y a deux semaines, Lise Marchal et d'autres militants ont exigé que la Valdavie ne finance "
     "rien, mais la Commission a rejeté ses demandes et confirmé samedi que le gaz sera jugé durable.",
     "le gaz sera", "la Commission"),
])
def test_a_coordinated_cue_shares_the_subject_of_the_verb_before_et(fr, text, words, expected):
    assert _unit(fr, text, words).speaker == expected


def test_a_quote_standing_alone_is_the_person_just_introduced(fr):
    text = ("Jean Orsat, le ministre valdavien, a la solution radicale : tout arrêter !\n\n"
            "« L'arrêt total de la production, comme la seule solution pour sauver le climat »\n\n"
            "Il a tort.")
    assert _unit(fr, text, "L'arrêt total").speaker == "Jean Orsat"


@pytest.mark.parametrize("intro", [
    # the parser hangs the name on the fronted clause: no subject for it
    "Alors que les espoirs de toute la région sont d'obtenir un accord, Corentin Malvaux, le maire "
    "valdavien, a la solution radicale : fermer le port !",
    # the parser takes "formule" for a noun after the clitic "le"
    "La ministre a parlé longtemps. Corentin Malvaux, le maire de Brenac, le formule ainsi :",
])
def test_a_quote_standing_alone_after_a_name_then_an_apposition(fr, intro):
    text = intro + "\n« La fermeture du port de Brenac a été notre victoire commune, obtenue par le dialogue. »"
    assert _unit(fr, text, "La fermeture du port").speaker == "Corentin Malvaux"


def test_a_quote_standing_alone_after_a_unit_with_nobody_is_the_person_introduced(fr):
    text = ("Le port de Brenac est fermé depuis mardi, apprend-on. Corentin Malvaux, maire de Brenac, "
            "a une solution radicale : tout rouvrir !\n"
            "« La réouverture du port de Brenac, comme la seule solution pour sauver la ville »")
    assert _unit(fr, text, "La réouverture du port").speaker == "Corentin Malvaux"


def test_a_quote_standing_alone_far_from_any_name_keeps_no_speaker(fr):
    text = ("Jean Orsat est ministre depuis 2019.\n\nLe marché a baissé. Les prix aussi.\n\n"
            "« Rien ne va plus »")
    assert _unit(fr, text, "Rien ne va plus").speaker is None


@pytest.mark.parametrize("text, words, expected", [
    ("The bill passed, with Senator Tom Reyes claiming it was a victory.", "it was a victory", "Tom Reyes"),
    ("The group abstained on the vote, with its deputy chairman, Tom Reyes, a former minister, "
     "claiming they could not back it.", "could not back", "Tom Reyes"),
    ("The strike went on, with unions warning that the port would stay closed.", "the port", "unions"),
])
def test_the_noun_phrase_of_an_absolute_with_speaks_its_participle(en, text, words, expected):
    assert _unit(en, text, words).speaker == expected


def test_those_keeps_its_modifiers(en):
    text = ("Those on the right of the Valdavian Party have downplayed the risks, noting that "
            "trade would revert to normal terms.")
    assert _unit(en, text, "trade would revert").speaker == "Those on the right of the Valdavian Party"


def test_a_participle_cue_after_a_relative_clause_speaks_for_the_antecedent(fr):
    text = ("Le ministère a publié le calendrier lundi. Un calendrier dénoncé par Lise Marchal, qui a "
            "critiqué la décision de M. Orsat, déclarant qu'il n'y avait aucune logique dans cet ordre.")
    assert _unit(fr, text, "aucune logique").speaker == "Lise Marchal"


def test_a_participle_cue_after_a_relative_clause_speaks_for_the_antecedent_en(en):
    text = "A timeline denounced by Lise Marchal, who criticised the decision, saying there was no logic in it."
    assert _unit(en, text, "no logic").speaker == "Lise Marchal"


def test_the_noun_phrase_after_a_fronted_phrase_is_the_subject(fr):
    text = ("Dans un éditorial indigné, le Courrier de Valdavie s'est exclamé que le ministre rendait "
            "le pays « plus dangereux ».")
    q = _unit(fr, text, "plus dangereux")
    assert q.speaker == "le Courrier de Valdavie"
    assert q.via == "Dans un éditorial indigné"


@pytest.mark.parametrize("text, via", [
    ("Lise Marchal told a packed House of Commons that the vote was a duty.", None),
    ("Lise Marchal told reporters that the deal was dead.", None),
    ("Lise Marchal told the Valdavia Courier that the deal was dead.", "told the Valdavia Courier"),
])
def test_an_audience_is_no_via_en(en, text, via):
    assert quotes(en, text)[0].via == via


@pytest.mark.parametrize("text, via", [
    ("Lise Marchal a déclaré à l'Assemblée nationale que le budget serait voté.", None),
    ("Lise Marchal a déclaré aux députés que le budget serait voté.", None),
    ("Lise Marchal a déclaré à l'agence Valpresse que le budget serait voté.", "à l'agence Valpresse"),
])
def test_an_audience_is_no_via_fr(fr, text, via):
    assert quotes(fr, text)[0].via == via


def test_a_medium_glued_to_a_name_is_the_via_not_part_of_the_name(fr):
    text = ("« J'ai été très surprise par cette découverte », a déclaré à DW Briana Pobel, "
            "paléontologue au musée de Brenac.")
    q = _unit(fr, text, "très surprise")
    assert (q.speaker, q.via) == ("Briana Pobel", "à DW")


def test_a_hyphenated_name_keeps_its_hyphen_when_a_word_is_dropped(fr):
    text = ("Sur TVN24 Joanna Marek-Wielgus a présenté le projet. Elle a dit que le projet était "
            "nouveau.")
    assert _unit(fr, text, "le projet était").speaker == "Joanna Marek-Wielgus"


@pytest.mark.parametrize("noun", ["le dictateur", "le parlementaire"])
def test_more_person_nouns_stand_for_the_person_named_before(fr, noun):
    text = (f"Ivan Petrov a reçu les journalistes lundi à Brenac. « Le marché est ouvert, il faut se "
            f"remuer », a déclaré {noun}.")
    assert _unit(fr, text, "Le marché est ouvert").speaker == "Ivan Petrov"


def test_monsieur_is_no_name(fr):
    text = "Un certain Monsieur Gregor Valdas nous informe qu'aucun secret ne doit être livré."
    assert _unit(fr, text, "aucun secret").speaker == "Gregor Valdas"


def test_a_subject_inside_a_relative_clause_is_not_the_speaker(fr):
    text = ("Lise Marchal, dont les propos sont cités sur le site du ministère, a souligné que la "
            "Valdavie avait voté la résolution.")
    assert _unit(fr, text, "la Valdavie avait").speaker == "Lise Marchal"


def test_impersonal_on_after_an_inversion_is_nobody(fr):
    text = "En Valdavie, 7 % des jeunes sont végétariens, a-t-on constaté."
    assert _unit(fr, text, "végétariens").speaker is None


@pytest.mark.parametrize("text, words, expected", [
    ("Les évêques de Valdavie ont publié un texte. « Nous portons un jugement négatif sur ces "
     "normes », indique la déclaration des évêques.", "jugement négatif", "les évêques"),
    ("Selon une analyse de l'Institut économique valdavien, les prix vont baisser.", "les prix",
     "l'Institut économique valdavien"),
    ("Selon le rapport de lundi, les prix vont baisser.", "les prix", "le rapport de lundi"),
])
def test_a_document_speaks_for_its_author(fr, text, words, expected):
    assert _unit(fr, text, words).speaker == expected


def test_le_representant_stands_for_the_person_named_before(fr):
    text = ("Jan Oster, représentant de l'opposition, a pris la parole mardi. Le représentant de "
            "l'opposition a appelé à voter contre le texte.")
    assert _unit(fr, text, "voter contre").speaker == "Jan Oster"


def test_a_plural_role_stands_for_the_group_that_spoke_last(fr):
    text = ("« Ce texte est une faute », indique la déclaration des évêques de Valdavie.\n\n"
            "« Nous considérons ce texte comme grave », soulignent les prélats.")
    assert _unit(fr, text, "comme grave").speaker == "les évêques de Valdavie"


def test_the_role_of_an_anonymous_source_just_quoted_is_that_source_en(en):
    text = ("Prime Minister Lise Marchal lost the vote on Thursday.\n"
            "A Valdavian government minister told the Brenac Courier that the prime minister would now "
            "begin a bribery campaign.\n"
            "\u201cI suspect the big chequebook is about to be dusted off,\u201d said the minister.")
    assert _unit(en, text, "chequebook").speaker == "A Valdavian government minister"


def test_the_role_of_an_anonymous_source_just_quoted_is_that_source_fr(fr):
    text = ("Jan Oster est ministre depuis 2019. Un ministre valdavien a confié au Courrier de Valdavie "
            "que le budget serait revu. « Le chéquier va ressortir », a ajouté le ministre.")
    assert _unit(fr, text, "chéquier").speaker == "Un ministre valdavien"


def test_a_participle_cue_speaks_for_the_subject_named_earlier_in_its_sentence(fr):
    text = ("Jan Oster a parlé lundi. Lise Marchal a de même épinglé Oster pour sa relation avec les "
            "industriels, se plaignant sur Twitter en octobre que « Oster n'a pas encore tenu les "
            "industriels responsables », ajoutant : « Inacceptable : la Valdavie doit être claire. »")
    found = quotes(fr, text)
    assert [q.speaker for q in found] == ["Lise Marchal", "Lise Marchal"]


def test_a_relational_role_is_the_person_introduced_with_it(fr):
    text = ("Jan Oster et son compagnon, Durmaz Yavin, ont été arrêtés sur l'autoroute. « Aucun motif "
            "ne nous a été donné », a déclaré le compagnon de Jan Oster.")
    assert _unit(fr, text, "Aucun motif").speaker == "Durmaz Yavin"


def test_french_age_noun_stands_for_the_person_just_named(fr):
    q = find(quotes(fr, "Le retraité Corentin Malvaux vit à Brenac depuis trente ans.\n\n"
                          "« Je ne partirai pas », assure le sexagénaire."), "Je ne partirai pas")
    assert q.speaker == "Corentin Malvaux"


def test_french_epicene_apposition_tells_no_gender(fr):
    text = ("« Cette affaire cache des vérités » (Pr Luc Brenier, à propos de ce livre).\n\n"
            "Le Dr. Léonie Varenne, virologue, se bat depuis des années contre les laboratoires. Dans ce livre, "
            "elle dénonce la collusion des médecins qu'elle accuse de tricheries pour mieux vendre leurs vaccins.")
    q = find(quotes(fr, text), "tricheries")
    assert q.speaker == "Léonie Varenne"


def test_a_capitalised_particle_the_recogniser_ends_on_keeps_the_surname(fr):
    # "Luigi Di" tagged as the person, "Maio" left out: the name runs on past the particle
    text = ("Titre\n\n« Disons la vérité, insiste Marco Di Brenna, le parti de Malvaux a déjà décidé de ne pas "
            "voter la confiance. »\n\nMarco Di Brenna a quitté la salle.")
    found = quotes(fr, text)
    assert find(found, "Disons la vérité").speaker == "Marco Di Brenna"


def test_a_medium_noun_with_its_name_in_quotation_marks_is_that_name(fr):
    text = ("Titre\n\nLes experts préviennent : la crise n'est pas finie. « La crise ne prend pas fin tant "
            "qu'elle n'a pas pris fin partout », souligne le quotidien « Le Courrier de Valdavie ».\n\n"
            "Selon l’hebdomadaire « Valdavie Matin », la mairie de Brenac a perdu trois millions.")
    found = quotes(fr, text)
    assert find(found, "La crise ne prend pas fin").speaker == "Le Courrier de Valdavie"
    assert find(found, "la mairie de Brenac").speaker == "Valdavie Matin"


def test_the_organisation_is_the_acronym_named_before_the_person_in_its_sentence(fr):
    text = ("Titre\n\nMardi, le secrétaire général de l’OVC Corentin Malvaux ira à Brenac, avant de se rendre "
            "à Lormes, a indiqué dimanche l’organisation.")
    assert find(quotes(fr, text), "Brenac").speaker == "OVC"


_DEFENDED = ("Titre\n\n« Disons la vérité, insiste Corentin Malvaux, le parti de Darcourt a déjà décidé. »\n\n"
             "Il a ensuite défendu Jan Oster, qui, de son point de vue, aurait même fait trop de concessions au "
             "parti : « Oster a donné des garanties. Une table a été ouverte. »\n\n"
             "« Je regrette, a-t-il ajouté, la chasse aux sorcières. »")


def test_a_colon_quote_after_a_relative_clause_is_the_main_subjects(fr):
    # the verb of "qui aurait fait …" describes Jan Oster; "Il a défendu" introduces the quote
    q = find(quotes(fr, _DEFENDED), "Oster a donné")
    assert q.speaker == "Corentin Malvaux" and q.cue == "a ensuite défendu"


def test_an_object_described_by_a_relative_clause_is_no_antecedent(fr):
    # "a-t-il ajouté" takes up the speaker, not Jan Oster (object of "défendu", subject of "qui aurait fait")
    assert find(quotes(fr, _DEFENDED), "Je regrette").speaker == "Corentin Malvaux"


def test_a_capitalised_article_after_the_cue_opens_a_title_not_a_pronoun(fr):
    text = ("Titre\n\nCorentin Malvaux a parlé lundi à Brenac. « On ne sait pas combien », écrit Il Valdese. "
            "Il a ajouté : « Nous verrons. »")
    found = quotes(fr, text)
    assert find(found, "On ne sait pas").speaker == "Il Valdese"
    assert find(found, "Nous verrons").speaker == "Corentin Malvaux"


def test_a_plural_role_does_not_take_up_a_title_with_an_article(fr):
    text = ("Titre\n\n« La crise ne prend pas fin », souligne le quotidien « The Valdavie Times ». "
            "Les spécialistes ne cessent de rappeler que les vaccins sont la meilleure arme.")
    found = quotes(fr, text)
    assert find(found, "La crise").speaker == "The Valdavie Times"
    assert find(found, "les vaccins").speaker != "The Valdavie Times"


def test_a_passive_label_cue_takes_its_agent_after_par(fr):
    text = ("Titre\n\nMais le réveil est tardif dans un pays qualifié de « paradis pour le blanchiment » par "
            "l’association Valtransparence, où même le parti reçoit des fonds.")
    assert "Valtransparence" in (find(quotes(fr, text), "paradis").speaker or "")


def test_an_adjective_used_as_a_noun_is_a_subject(fr):
    text = "Titre\n\nLes faux modérés prétendent que le côté qui a tort a des mérites."
    assert find(quotes(fr, text), "le côté qui a tort").speaker == "Les faux modérés"


def test_a_person_then_a_relative_clause_without_comma_speaks(fr):
    text = ("Titre\n\nIl faut voir la tête de ces gens lorsque Corentin Malvaux qui est l'avocat de l'Association "
            "des amis de Brenac et coqueluche des plateaux déclare clairement que la corruption est installée "
            "en Valdavie.")
    assert find(quotes(fr, text), "la corruption").speaker == "Corentin Malvaux"


def test_il_y_a_with_a_participle_is_a_subject_not_an_existential(fr):
    text = ("Titre\n\nCorentin Malvaux a tenu un discours de confrontation au conseil le 22 juin. Il y a annoncé "
            "un nouveau changement d'époque et promis un soutien financier à Brenac, \"jusqu'à ce que Darcourt "
            "reconnaisse enfin sa colossale erreur d'appréciation.\"")
    assert find(quotes(fr, text), "colossale erreur").speaker == "Corentin Malvaux"


def test_a_cue_the_parser_fixed_into_an_adverbial_takes_the_subject_above(fr):
    text = ("Titre\n\nCorentin Malvaux a parlé au conseil de Brenac.\n\nIl a en outre promis que la Valdavie "
            "jouerait à l'avenir un rôle particulier dans la sécurité régionale.")
    assert find(quotes(fr, text), "rôle particulier").speaker == "Corentin Malvaux"


def test_a_fronted_prepositional_phrase_is_no_speaker(fr):
    text = ("Titre\n\nDans le même temps est annoncée la construction d'une nouvelle digue censée protéger toute "
            "la ville : la sécurité, avec en même temps une promenade.")
    assert find(quotes(fr, text), "nouvelle digue").speaker != "le même temps"


def test_a_medium_noun_with_a_complement_then_its_quoted_name_is_that_name(fr):
    text = ("Titre\n\nSelon l’agence de presse « Valpresse », la mairie de Brenac a perdu trois millions. "
            "« Nous verrons », écrit le journal valdavien « Brenac Soir ».")
    found = quotes(fr, text)
    assert find(found, "la mairie de Brenac").speaker == "Valpresse"
    assert find(found, "Nous verrons").speaker == "Brenac Soir"


def test_a_full_stop_glued_to_an_acronym_is_no_part_of_the_speaker(fr):
    found = quotes(fr, "Titre\n\n« Nous gagnerons », a déclaré l'homme politique du PdV. Il est parti ensuite.")
    assert find(found, "Nous gagnerons").speaker == "l'homme politique du PdV"


def test_a_coordinated_participle_inside_a_quote_is_no_incise(fr):
    text = ("Titre\n\n\"Aujourd'hui, il a opté pour la brutalité\", a déclaré Corentin Malvaux lors de son entretien "
            "avec Jan Oster. \"Je l'inscris dans une certaine tradition. Nos ennemis ont toujours voulu une Valdavie "
            "primitive, vulgaire et rejetant la culture. C'est ce que construit Darcourt sur commande\", a-t-il affirmé.")
    found = quotes(fr, text)
    q = find(found, "Je l'inscris")
    assert q.speaker == "Corentin Malvaux" and "C'est ce que construit" in q.text


def test_an_inverted_name_the_tagger_did_not_call_a_proper_noun_is_the_speaker(fr):
    # "Radosław Wyszyński" is tagged ADJ ADJ (a person all the same): not the person after "avec"
    text = ("Titre\n\n\"Nous avons gagné\", a déclaré Radosław Wyszyński lors de son entretien avec Corentin "
            "Malvaux. \"Je le pense.\"")
    assert find(quotes(fr, text), "Nous avons gagné").speaker == "Radosław Wyszyński"


def test_an_epithet_then_an_apposition_naming_the_person_is_that_person(fr):
    text = ("Titre\n\nLe Valdavien de toujours, l’ancien Premier ministre valdavien Corentin Malvaux, a déploré ce "
            "qu’il a décrit comme la vision du monde de Darcourt : « Si vous achetez des armes et si vous êtes "
            "contre Brenac, alors vous pouvez tout faire. »")
    assert find(quotes(fr, text), "Si vous achetez").speaker == "Corentin Malvaux"


# ---- session 6: speakers on the translated French dev set ----------------------------------------

def test_an_elided_article_tells_no_gender_of_the_person(fr):
    # "L'analyste" says nothing of the analyst's gender: "Il" after it is still him
    text = ("Titre\n\nL'analyste militaire Corentin Malvaux n'a pas exclu, dans un entretien avec Jean Brenac, un "
            "conflit à la frontière. Il a déclaré qu'une attaque contre Valpresse contraindrait la Valdavie à réagir.")
    assert find(quotes(fr, text), "une attaque contre Valpresse").speaker == "Corentin Malvaux"


def test_a_web_domain_name_is_an_outlet_not_a_person(fr):
    # the recogniser tags "Valdavia.ru" as a person: the inventory of people leaves it out
    from recoupe.quotes.lexicon import lexicon
    from recoupe.quotes.speakers import Speakers

    doc = fr("Titre\n\nL'expert Corentin Malvaux n'a pas exclu, dans un entretien avec Valdavia.ru, un conflit "
             "armé. Il a estimé que la digue céderait avant l'hiver.")
    names = [p.name for p in Speakers.of(doc, lexicon("fr")).people]
    assert "Corentin Malvaux" in names and not any(".ru" in n for n in names)


def test_a_role_then_an_apposed_name_before_the_verb_is_that_person(fr):
    text = ("Titre\n\nJan Oster a annoncé lundi que le pont serait fermé. Auparavant, le directeur du département "
            "de la sécurité et du contrôle des digues du ministère valdavien de l'Intérieur, Corentin Malvaux, avait "
            "appelé les habitants à la prudence. Le porte-parole de la commission des finances de l'Assemblée, "
            "Elise Garnier, a ajouté que les travaux coûteraient cher.")
    found = quotes(fr, text)
    assert find(found, "les habitants à la prudence").speaker == "Corentin Malvaux"
    assert find(found, "coûteraient cher").speaker == "Elise Garnier"


def test_a_coordinated_cue_shares_a_pronoun_subject(fr):
    text = ("Titre\n\nElise Garnier a déclaré que l'usine fermerait. Dans un entretien au Courrier de Valdavie, "
            "Corentin Malvaux a critiqué pour la première fois la direction. Il veut sauver le site – et estime "
            "donc qu'il faudrait d'abord parler aux ouvriers.")
    assert find(quotes(fr, text), "parler aux ouvriers").speaker == "Corentin Malvaux"


def test_a_pronoun_after_an_institution_subject_is_the_institution(fr):
    text = ("Titre\n\nCorentin Malvaux a remplacé Jan Oster à la tête du parti. Selon le Courrier de Valdavie, "
            "l'opposition a tenté de savoir combien coûte sa protection. Le ministère de l'Intérieur se retranche "
            "derrière le secret défense. Il a toutefois souligné que cette protection ne coûtait rien.")
    assert find(quotes(fr, text), "ne coûtait rien").speaker == "Le ministère de l'Intérieur"


def test_an_impersonal_earlier_report_is_nobody_s(fr):
    # "il a été rapporté que" goes on with the last speaker, but a report dated before the
    # article ("il avait été rapporté précédemment") is nobody's
    text = ("Titre\n\nSelon l'agence Valpresse, deux personnes ont été blessées à Brenac. Il avait été rapporté "
            "précédemment que la digue avait cédé pendant la nuit.")
    q = find(quotes(fr, text), "la digue avait cédé")
    assert q.speaker is None


def test_an_organisation_noun_is_the_organisation_named_with_that_noun(fr):
    # "l'organisation" takes up "l'organisation Valdavie Solaire", not the union named since
    text = ("Titre\n\nDans le classement de l'organisation Valdavie Solaire, Brenac figure pour la première fois "
            "parmi les leaders du marché, à la troisième place dans l'Union européenne.\n"
            "« C'est une surprise positive, que peu d'analystes attendaient », estime l'organisation.")
    assert find(quotes(fr, text), "surprise positive").speaker == "Valdavie Solaire"


def test_the_same_document_takes_up_the_earlier_one(fr):
    # "La même étude" names nobody: it takes up the document named before; "la même source" the
    # last speaker
    text = ("Titre\n\nDes chercheurs de Brenac ont publié les données de plusieurs enquêtes menées en Valdavie. La "
            "même étude indique que la moitié des digues devraient être rénovées.\n"
            "Selon l'agence Valpresse, les travaux commenceront en mai. Selon la même source, ils dureront deux ans.")
    found = quotes(fr, text)
    assert find(found, "la moitié des digues").speaker == "plusieurs enquêtes"
    assert find(found, "ils dureront deux ans").speaker == "l'agence Valpresse"


def test_a_title_after_the_subject_document_is_no_subject(fr):
    text = ("Titre\n\nLa célèbre étude « La digue oubliée » de la géologue Elise Garnier constatait, en 2013, que "
            "les digues de Brenac cédaient trois fois plus souvent que les autres.")
    assert find(quotes(fr, text), "les digues de Brenac cédaient").speaker == "Elise Garnier"


def test_a_misparsed_fragment_is_no_speaker(fr):
    # the parser may hang the subject of "ont révélé" on the relative before it ("et contre tous
    # ceux qu'ils …"): such a fragment names nobody, the noun phrase before the verb group does
    from recoupe.quotes.extract import Extractor
    from recoupe.quotes.lexicon import lexicon
    from recoupe.quotes.speakers import refine_subject

    doc = fr("Titre\n\nAu-delà des armes livrées à Valdavie contre ses voisins et contre tous ceux qu'ils visaient, "
             "les archives de Valpresse ont révélé que Brenac avait aussi fourni des renseignements.")
    ex = Extractor(doc, lexicon("fr"))
    u = next(u for u in ex.run() if "renseignements" in ex.text[u.start:u.end])
    a = next(t.i for t in doc if t.text == "et")
    u.subject = list(doc[a:a + 6])  # "et contre tous ceux qu'ils", as a misparse gives it
    refine_subject(ex, u, [])
    assert "archives" in [t.text for t in u.subject]


def test_a_relative_subject_across_an_incise(fr):
    text = ("Titre\n\nLe consensus ne vaut rien, pas plus que les manifestes des 30 physiciens valdaviens qui, en "
            "1930, ont clamé leur opposition à la théorie des digues.")
    assert find(quotes(fr, text), "leur opposition").speaker == "30 physiciens valdaviens"


def test_an_object_control_verb_gives_its_clitic_as_the_infinitive_s_speaker(fr):
    text = ("Titre\n\nCorentin Malvaux a inscrit ses enfants dans une école privée de Brenac. Ce qui ne l'empêche pas "
            "de déclarer que « l'école publique valdavienne se porte très bien ».")
    assert find(quotes(fr, text), "se porte très bien").speaker == "Corentin Malvaux"


def test_an_infinitive_of_purpose_speaks_for_the_subject_of_its_verb(fr):
    text = ("Titre\n\nSelon un rapport de l'agence Valpresse, les digues de Brenac sont fragiles. Des riverains "
            "inquiets ont manifesté mardi devant la mairie pour dénoncer une « négligence » des autorités.")
    assert find(quotes(fr, text), "négligence").speaker == "Des riverains inquiets"


def test_an_incise_before_the_quotation_has_its_subject_inverted(fr):
    text = ("Titre\n\nUn rapport longtemps secret affirmait que les digues sont fragiles. Quelques semaines plus tard, "
            "le Sénat valdavien, rapporte Politika, « a accordé un vote de confiance à la rénovation des digues ».")
    assert find(quotes(fr, text), "vote de confiance").speaker == "Politika"


def test_a_document_made_by_somebody_speaks_for_its_author(fr):
    text = ("Titre\n\nL'Observatoire valdavien des digues a publié lundi ses chiffres.\n"
            "« Les digues de Brenac n'ont guère progressé », conclut le rapport annuel établi par "
            "l'Observatoire valdavien des digues.")
    assert find(quotes(fr, text), "guère progressé").speaker == "l'Observatoire valdavien des digues"


# ---- pronoun salience (session 6) ------------------------------------------------------------------

def test_pronoun_after_a_sentence_takes_its_main_subject_not_the_subordinate_one(fr, en):
    # the subject of "après que …" / "after …" is not the topic the next "il" / "he" takes up
    text = ("Titre\n\nCorentin Malvaux a quitté la salle après que Paul Duret a pris la parole. "
            "« Je ne resterai pas une minute de plus », a-t-il lancé.\n")
    assert _unit(fr, text, "une minute de plus").speaker == "Corentin Malvaux"
    text = ("Title\n\nTom Reyes left the room after Paul Dunn began to speak. "
            "“I will not stay a minute longer,” he said.\n")
    assert _unit(en, text, "a minute longer").speaker == "Tom Reyes"
    # (a subordinate subject with no person as the main subject still counts)
    text = ("Titre\n\nLa séance a été suspendue après que Paul Duret a pris la parole. "
            "« Je ne me tairai pas », a-t-il lancé.\n")
    assert _unit(fr, text, "ne me tairai pas").speaker == "Paul Duret"


def test_pronoun_gender_of_common_english_first_names(en):
    # "Tom" is a man's name: "she" after "Tom Reyes met Jane Holt" is Jane Holt
    text = "Title\n\nTom Reyes met Jane Holt on Tuesday. “We talked about the port,” she said.\n"
    assert _unit(en, text, "talked about the port").speaker == "Jane Holt"
    text = "Title\n\nTom Reyes met Jane Holt on Tuesday. “We talked about the port,” he said.\n"
    assert _unit(en, text, "talked about the port").speaker == "Tom Reyes"


@pytest.mark.parametrize("text, words, speaker", [
    # the last speaker goes on
    ("Titre\n\n« Le port rouvrira », a assuré Corentin Malvaux. « Nous y veillerons », a-t-il ajouté.\n",
     "Nous y veillerons", "Corentin Malvaux"),
    # a person named as the subject in between takes over …
    ("Titre\n\n« Le port rouvrira », a assuré Corentin Malvaux. Paul Duret n'y croit pas. "
     "« Ce sont des promesses », a-t-il répondu.\n", "des promesses", "Paul Duret"),
    # … unless the pronoun's gender says otherwise
    ("Titre\n\n« Le port rouvrira », a assuré la ministre Elise Garnier. Paul Duret n'y croit pas. "
     "« Ce sont des promesses », a-t-elle répondu.\n", "des promesses", "Elise Garnier"),
    # an object of the sentence before is not its subject …
    ("Titre\n\nCorentin Malvaux a rencontré la ministre Elise Garnier mardi. « Nous avons parlé du port », "
     "a-t-il déclaré.\n", "parlé du port", "Corentin Malvaux"),
    ("Titre\n\nCorentin Malvaux a rencontré la ministre Elise Garnier mardi. « Nous avons parlé du port », "
     "a-t-elle déclaré.\n", "parlé du port", "Elise Garnier"),
    # … nor the subject of what a speaker reports
    ("Titre\n\nCorentin Malvaux a affirmé que Paul Duret avait menti. « C'est inacceptable », a-t-il ajouté.\n",
     "inacceptable", "Corentin Malvaux"),
    # a passive subject is the topic, not the agent
    ("Titre\n\nCorentin Malvaux a été reçu par Paul Duret mardi. « L'accueil a été chaleureux », a-t-il raconté.\n",
     "chaleureux", "Corentin Malvaux"),
    # a new paragraph introducing somebody without a verb of theirs
    ("Titre\n\n« Le port rouvrira », a assuré Corentin Malvaux.\n\nC'est le cas de Paul Duret, pêcheur à Brenac. "
     "« Je n'y crois plus », explique-t-il.\n", "n'y crois plus", "Paul Duret"),
    ("Titre\n\n« Nous ne céderons pas », a déclaré Corentin Malvaux lundi.\n\nLe Courrier de Valdavie a interrogé "
     "Paul Duret, maire de Brenac. « Le port restera ouvert », a-t-il expliqué.\n", "restera ouvert", "Paul Duret"),
    ("Titre\n\n« Le port rouvrira », a assuré Corentin Malvaux.\n\nInterrogé par le Courrier de Valdavie, Paul Duret "
     "reste sceptique. « Ce sont des promesses », dit-il.\n", "des promesses", "Paul Duret"),
    # a name in the speaker's own words is no antecedent
    ("Titre\n\n« Le port rouvrira », a assuré Corentin Malvaux, en réponse à Paul Duret. « Nous tiendrons parole », "
     "a-t-il ajouté.\n", "tiendrons parole", "Corentin Malvaux"),
])
def test_pronoun_incise_after_a_quote_fr(fr, text, words, speaker):
    """« … », a-t-il ajouté: the guards of the French salience order (speaker, subject, gender)."""
    assert _unit(fr, text, words).speaker == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("Title\n\n“The port will reopen,” Tom Reyes said. “We will make sure of it,” he added.\n",
     "make sure of it", "Tom Reyes"),
    ("Title\n\n“The port will reopen,” Tom Reyes said. Paul Dunn is not convinced. “These are promises,” he replied.\n",
     "These are promises", "Paul Dunn"),
    ("Title\n\n“The port will reopen,” Jane Holt said. Paul Dunn is not convinced. “These are promises,” she replied.\n",
     "These are promises", "Jane Holt"),
    ("Title\n\nTom Reyes said Paul Dunn had lied. “It is unacceptable,” he added.\n", "unacceptable", "Tom Reyes"),
    ("Title\n\nTom Reyes was welcomed by Paul Dunn on Tuesday. “The welcome was warm,” he said.\n",
     "welcome was warm", "Tom Reyes"),
    ("Title\n\n“The port will reopen,” Tom Reyes said.\n\nAsked by the Eastbrook Courier, Paul Dunn was sceptical. "
     "“These are promises,” he said.\n", "These are promises", "Paul Dunn"),
    ("Title\n\nTom Reyes, who succeeded Paul Dunn last year, defended the plan. “It is the right choice,” he said.\n",
     "right choice", "Tom Reyes"),
])
def test_pronoun_incise_after_a_quote_en(en, text, words, speaker):
    """“…,” he said: the guards of the English salience order."""
    assert _unit(en, text, words).speaker == speaker


def test_english_subject_name_the_recogniser_missed_is_an_antecedent(en):
    # "Jane Holt, who …, defended": a listed first name compounded to the subject, no person
    # tagged; without it "she" fell back to the only person named (a man, in the relative clause)
    text = ("Title\n\nJane Holt, who succeeded Paul Dunn last year, defended the plan. "
            "“It is the right choice,” she said.\n")
    assert _unit(en, text, "right choice").speaker == "Jane Holt"


def test_gendered_pronoun_with_no_antecedent_prefers_a_person_of_its_gender(en):
    # nobody of the pronoun's gender spoke or was a subject: the person known to be a woman,
    # not the first name-like word of unknown gender the recogniser tagged
    text = ("Title\n\nTom Reyes met the leaders of the region in Eastbrook on Friday.\n"
            "The guests included Governor Amadi Okoro and Jane Holt, the mayor's wife.\n"
            "“Enjoyed hosting the leaders,” she posted on Twitter.\n")
    assert _unit(en, text, "Enjoyed hosting").speaker == "Jane Holt"
    text = text.replace("hosting", "meeting").replace("she posted", "he posted")
    assert _unit(en, text, "Enjoyed meeting").speaker == "Tom Reyes"
