"""French mixed and direct units (session 6): span boundaries of indirect content embedding a
quoted fragment, and quotations whose cue the tagger misreads. Fictional people and places only
(the Valdavie world)."""

from __future__ import annotations

import pytest

from quotekit import absent as _absent
from quotekit import find as _find
from quotekit import quotes as _quotes
from recoupe import nlp


@pytest.fixture(scope="module")
def fr():
    return nlp.load("fr", stages=("quotes",))


def test_fr_gerund_content_ends_before_a_finite_verb_of_the_main_clause(fr):
    quotes = _quotes(fr, "Corentin Malvaux a justifié sa position en affirmant que les choix de la mairie "
                         "relevaient d'une « situation différente » de la crise actuelle, et a présenté son "
                         "projet comme le reflet de ses ambitions pour une ville « ouverte ».")
    q = _find(quotes, "les choix de la mairie")
    assert q.kind == "mixed" and q.text.endswith("crise actuelle")
    _absent(quotes, "a présenté")


def test_fr_label_content_ends_with_its_quotation_before_another_predicate(fr):
    q = _find(_quotes(fr, "Le fait qu'il ait récemment qualifié la grève de « lutte fratricide » lui a valu "
                          "de nombreuses critiques à Brenac."), "lutte fratricide")
    assert q.kind == "mixed" and q.text.endswith("»") and "valu" not in q.text


def test_fr_comme_le_fait_valoir_introduces_a_quotation(fr):
    q = _find(_quotes(fr, "Les agents pourraient faire autre chose ; c'est pourquoi, comme le fait valoir "
                          "Corentin Malvaux, de Valpresse, « c'est traiter à la légère les habitants de "
                          "Brenac »."), "traiter à la légère")
    assert q.kind == "direct" and q.speaker == "Corentin Malvaux"


def test_fr_quoted_fragment_as_subject_of_a_verb_is_no_incise(fr):
    _absent(_quotes(fr, "Dans la crise actuelle à Brenac aussi, « d'autres villes » auraient attisé "
                        "la colère."), "autres villes")


def test_fr_incise_verb_tagged_as_unknown_word(fr):
    q = _find(_quotes(fr, "« Nous partirons demain matin vers Brenac », a tweeté Corentin Malvaux."),
              "Nous partirons")
    assert q.kind == "direct" and q.speaker == "Corentin Malvaux"


def test_fr_quotation_closed_by_its_own_full_stop_ends_the_sentence(fr):
    quotes = _quotes(fr, "La chose serait démontrable. Pour Corentin Malvaux, la grève est une impasse : « La "
                         "fermeture du port est une honte. Mais rares sont ceux qui s'y opposent. » Le maire "
                         "de Brenac a quitté la salle.")
    assert _find(quotes, "la grève est une impasse").kind == "indirect"
    q = _find(quotes, "La fermeture du port")
    assert q.kind == "direct" and q.speaker == "Corentin Malvaux"


def test_fr_colon_quotation_after_a_report_of_the_sentence_before(fr):
    quotes = _quotes(fr, "Corentin Malvaux a mis en garde contre le déclenchement d'une grève générale. Les "
                         "signes avant-coureurs s'en trouveraient aussi ailleurs : « Nous nous dirigeons vers "
                         "une crise. À Brenac, à Valpresse, les conflits s'enchaînent. »")
    q = _find(quotes, "Nous nous dirigeons")
    assert q.kind == "direct" and q.speaker == "Corentin Malvaux"


def test_fr_colon_quotation_without_a_report_before_stays_unattributed(fr):
    _absent(_quotes(fr, "La grève a commencé lundi à Brenac. Les signes avant-coureurs s'en trouvaient "
                        "aussi ailleurs : « Nous nous dirigeons vers une crise. »"), "Nous nous dirigeons")


def test_fr_relative_ce_que_before_a_colon_is_no_content(fr):
    quotes = _quotes(fr, "L'ancien maire de Brenac, Corentin Malvaux, a déploré ce qu'il a décrit comme la "
                         "vision du monde d'Elise Garnier : « Si vous achetez nos terrains, alors vous pouvez "
                         "construire autant que vous le voulez. » Le Courrier de Valdavie a publié une analyse.")
    _absent(quotes, "a décrit comme")
    assert _find(quotes, "Si vous achetez").kind == "direct"


def test_fr_relative_que_with_an_inverted_subject_is_no_content(fr):
    _absent(_quotes(fr, "Que le mot figure dans le rapport signifie que des élus de Brenac reconnaissent le "
                        "rôle important qu'a joué la crise dans le « déclin » de notre ville et la fermeture "
                        "du port."), "déclin")


def test_fr_quoted_words_after_parler_de_with_the_speaker_of_the_infinitive(fr):
    q = _find(_quotes(fr, "La maire Elise Garnier est arrivée. Et nous entendons un adjoint aux Finances "
                          "parler de « côte d'alerte » avec une dette record à Brenac."), "côte d'alerte")
    assert q.kind == "direct" and q.speaker == "un adjoint aux Finances"


def test_fr_quoted_name_after_parler_de_is_no_unit(fr):
    _absent(_quotes(fr, "Le maire a parlé de « Brenac Nord » pendant une heure."), "Brenac Nord")


def test_fr_reaffirmer_is_a_cue(fr):
    q = _find(_quotes(fr, "Le maire de Brenac, depuis son bureau, a réaffirmé qu'il était bien décidé « à "
                          "reconstruire le port de Valpresse »."), "reconstruire le port")
    assert q.kind == "mixed" and q.text.startswith("il était")


def test_fr_gerund_taken_for_a_noun_reports_inside_selon_content(fr):
    quotes = _quotes(fr, "Selon elle, les policiers ont interdit aux gardiens de laisser entrer des gens, en "
                         "avertissant sur un ton menaçant que « très prochainement ces terrains deviendront "
                         "propriété de la ville de Brenac ».")
    assert _find(quotes, "les policiers ont interdit").cue == "Selon"
    inner = [q for q in quotes if q.cue == "avertissant"]
    assert len(inner) == 1 and inner[0].speaker == "les policiers" and inner[0].text.startswith("très")


def test_fr_unclosed_quotation_cut_off_mid_word_is_no_unit(fr):
    quotes = _quotes(fr, "Corentin Malvaux a parlé lundi à Brenac.\n« Il y a des raisons de fermer le port, "
                         "parce que les conditUn jalon contre le vent\nLa suite est connue.")
    _absent(quotes, "raisons de fermer")
