"""Reported-speech units of one parsed article (see eval/quotes/GUIDELINES.md).

Three passes over the parsed ``Doc``, all linear in its length:

1. **direct**: every pair of quotation marks (``marks.find_quotes``) is attributed by a cue
   right after it (« … », a-t-il ajouté / "…," he said), a cue before it ending in ":" or
   "que", or a "selon X," before it; a quote filling its paragraph with no cue inherits the
   previous speaker; anything else (scare quotes, labels) waits for pass 2 and is dropped if
   no speech verb claims it.
2. **indirect / mixed**: a cue verb and its "que"/"that" clause (or the clause before it:
   "La situation est grave, a estimé le maire"); content holding a quotation is *mixed*.
3. **selon / d'après / pour / according to X**: the rest of the clause.

French opinion pieces and quote lists add: quote-list items ("Nom, fonction, média : « … »",
"« … » ; « … »"), signed quotations ("« … » (Nom, fonction)"), and the author's own rhetoric,
which is no speech (negated cues, "Rappelons que", "si l'on peut soutenir que", infinitive
cues in questions or under "il faut", "ce qui sous-entend que"); see ``Extractor._listed``,
``_signed`` and ``_rhetoric``.

Speakers are resolved afterwards, in text order (``speakers.Speakers``), and the medium
(``via``) is read around the cue.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

import numpy
from spacy.attrs import IDX, IS_SPACE, LEMMA, LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from ..model import Quote
from . import english
from .lexicon import Lexicon
from .marks import FAMILIES, Marked, find_quotes
from .speakers import Speakers

#: A cue counts as the incise of a quote when it comes within this many tokens after the
#: closing mark ("», a déclaré", "», a-t-il ajouté", "» a également fait valoir le
#: responsable"). Set by hand on the seeds.
POST_CUE_WINDOW = 7
#: "que"/"that" must follow its cue verb within this many tokens ("a prévenu jeudi que",
#: "a déclaré à CNN qu'"). Set by hand on the seeds.
QUE_WINDOW = 10
#: Reported content shorter than this (in words) is dropped: "a-t-il dit que non".
MIN_CONTENT_WORDS = 3
#: An object complement is reported content from this many words on ("a annoncé le début du
#: transfert d'armes"); shorter ones are mostly not speech ("a ajouté un point"). Set by hand
#: on the French gold set.
MIN_OBJECT_WORDS = 4
#: A quotation with no cue next to it but a speech verb earlier in its sentence ("a qualifié
#: les propos de "…"") is speech from this length on; shorter ones are scare quotes ("“attaque”").
MIN_EMBEDDED_WORDS = 4
#: A paragraph of at most this many words between two quotes does not break the inheritance of
#: the speaker (photo captions left in the body). Set by hand on seed 001.
CAPTION_WORDS = 10

#: An inverted subject ("», a déclaré mardi soir le ministre") is looked for within this many
#: tokens after the cue verb. Set by hand on the French gold set.
INVERTED_WINDOW = 12

_END = frozenset(".!?;")
#: French pronouns taking a group after them ("l'un des lecteurs", "chacune d'entre elles")
_PARTITIVE_PRONOUNS = frozenset({"un", "une", "chacun", "chacune", "aucun", "aucune", "certains", "certaines"})
#: An acronym in parentheses right after a quotation ("» (CAB)").
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)")
_WORD = re.compile(r"\w+")
_NEWLINE = re.compile("\n")
_END_KEYS = numpy.array(sorted(hash_string(c) for c in _END), dtype="uint64")
#: Time words that sit between an incise's verb and its inverted subject ("a indiqué dimanche
#: l'organisation"), French and English; hand-written.
_TIME_WORDS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
                         "hier", "aujourd'hui", "aujourd’hui", "matin", "soir", "peu", "tôt", "tard",
                         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                         "yesterday", "today", "earlier", "later"})
_MONTHS = frozenset({"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                     "octobre", "novembre", "décembre", "soir", "matin", "après-midi"})
#: Prepositions a "+obj" cue governs before its content ("appeler à", "insister sur", "plaider
#: pour", "accuser X de"); hand-written.
_OBJECT_PREPS = frozenset({"à", "de", "d'", "d’", "au", "aux", "sur", "pour", "contre", "to"})
#: "+obj" cues whose content may start with "à" ("appeler à une trêve"); for the others a
#: phrase in "à" is the addressee ("a promis à son homologue"). Hand-written.
_TO_CONTENT = frozenset({"appeler", "inviter", "exhorter", "inciter", "encourager", "conclure"})
#: Cues whose addressee ("à X") comes before the content: "a demandé à X de …". Hand-written.
_ADDRESSEE_CUES = frozenset({"demander", "dire", "conseiller", "recommander", "ordonner", "suggérer",
                             "proposer", "promettre", "reprocher", "enjoindre", "interdire", "répéter"})
#: Advice cues without "+obj": their content is a "de" + infinitive ("recommandent de se préparer").
_ADVICE_CUES = frozenset({"conseiller", "recommander", "préconiser", "suggérer"})
#: Words that make "que" part of a conjunction, not a completive ("avant que", "alors que").
_QUE_LOCUTIONS = frozenset({"avant", "après", "pour", "sans", "bien", "parce", "afin", "dès",
                            "tandis", "pendant", "depuis", "sauf", "ainsi", "lors", "tant", "plutôt",
                            "moins", "sorte", "mesure", "peur", "crainte", "pourvu", "sitôt", "aussitôt"})
#: Nouns after "selon" that mean "depending on", not "according to" ("un prix de 15 à 20 euros
#: selon les périodes").
_SELON_VARIES = frozenset({"période", "cas", "saison", "moment", "jour", "heure", "année", "an", "mois", "âge",
                           "taille", "modèle", "région", "besoin", "circonstance", "situation", "type", "niveau",
                           "critère", "profil", "secteur", "catégorie", "tranche", "zone", "formule", "méthode",
                           "pays", "endroit", "lieu", "époque", "humeur", "goût", "envie", "usage", "option",
                           # "organisée exactement selon le même scénario": a manner, nobody's words
                           "scénario", "schéma", "principe", "procédure", "recette"})
#: Nouns of time that the parser takes for the antecedent of a completive "que" ("a admis il y
#: a un mois qu'…").
_DURATIONS = frozenset({"mois", "an", "année", "semaine", "jour", "heure", "minute", "temps", "fois", "siècle",
                        "décennie", "instant", "moment"})
#: Adverbs that negate a verb with "ne" ("n'ont pas nié que").
_NEGATIONS = frozenset({"pas", "jamais", "plus", "point", "guère", "nullement", "aucunement"})
#: Sentence-initial conjunctions of a subordinate clause ("Alors que X a annoncé Y, Z …").
_SUBORDINATORS = frozenset({"alors que", "alors qu'", "alors qu’", "tandis que", "tandis qu'", "tandis qu’",
                            "bien que", "bien qu'", "bien qu’", "si", "s'", "s’", "quand", "lorsque", "lorsqu'",
                            "lorsqu’", "même si", "puisque", "puisqu'", "puisqu’", "quoique", "depuis que",
                            "pendant que", "après que", "avant que"})
#: Cues that report speech only as the incise of a quotation ("», poursuit-il").
_INCISE_ONLY = frozenset({"poursuivre"})
#: Cues whose content can be an indirect question ("a expliqué pourquoi …", "raconte comment …").
_EXPLAIN_CUES = frozenset({"expliquer", "raconter", "détailler", "préciser", "révéler", "dire", "indiquer"})
#: Cues that report speech only with a "que" clause.
_QUE_ONLY = frozenset({"prétendre", "sous-entendre", "citer"})
#: Titles before a name in a quote list's header ("M. Corentin Malvaux : « … »").
_HONORIFICS = frozenset({"m.", "mme", "mlle", "dr", "dr.", "pr", "pr.", "me", "mgr"})
_SELON_RELATIVES = frozenset({"lequel", "laquelle", "lesquels", "lesquelles"})
#: English reflexives the parser takes for the subject of the verb they emphasise ("Harrington,
#: who …, has himself intimated that …").
_EMPHATIC_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves"})

#: English cue verb forms that are no noun, whatever the tagger says ('“…,” the 24-year-old
#: said': "said" tagged as a noun after an adjective).
_EN_VERB_ONLY = frozenset({"said", "says", "told", "added", "explained", "insisted", "warned", "claimed",
                           "stressed", "argued", "declared", "admitted", "tweeted", "wrote"})

#: Subjects that are no speaker: "cela réclamera des sacrifices".
_NON_SPEAKERS = frozenset({"cela", "ça", "ceci", "ce"})
#: Discourse phrases between a cue and its content ("a affirmé pour sa part avoir visé").
_DISCOURSE = tuple(tuple(p.split()) for p in (
    "pour sa part", "pour leur part", "de son côté", "de leur côté", "à son tour", "à leur tour",
    "quant à lui", "quant à elle", "quant à eux", "lui aussi", "elle aussi", "eux aussi",
    "depuis longtemps", "une nouvelle fois", "une fois de plus", "de nouveau", "à nouveau",
    "encore une fois", "par ailleurs", "en outre", "en effet", "elle-même", "lui-même", "d' ailleurs",
    "d’ ailleurs", "de plus en plus", "de moins en moins", "encore et toujours", "à plusieurs reprises",
    "à maintes reprises", "à de nombreuses reprises", "sans cesse", "en revanche", "une fois encore",
    # "exclut pour l'instant un voyage à Brenac", "annonce dès aujourd'hui une révision du plan",
    # "préconise entre autres une taxe", "accuse comme d'habitude Valpresse de tout"
    "pour l' instant", "pour l’ instant", "pour le moment", "dès aujourd'hui", "dès aujourd’hui",
    "dès à présent", "dès maintenant", "entre autres", "comme d' habitude", "comme d’ habitude",
    "pour la première fois"))
#: Cues that give a label ("a qualifié X de « boucher »"): content only with a quotation.
_LABEL_CUES = frozenset({"qualifier", "traiter", "call", "describe", "brand", "label"})
#: Nouns whose complement is "de" + an infinitive ("la décision de partir"): after a cue, the
#: infinitive belongs to the noun, not to the cue. Hand-written.
_INFINITIVE_NOUNS = frozenset({"décision", "volonté", "intention", "refus", "projet", "tentative", "choix",
                               "capacité", "façon", "manière", "possibilité", "droit", "obligation", "nécessité",
                               "besoin", "idée", "envie", "peur", "promesse", "habitude", "ambition", "plan"})
#: Participles of speech that name the speaker with "par" ("ces propos, tenus par X"), without
#: their agreement endings. Hand-written.
_AGENT_PARTICIPLES = frozenset({"énoncé", "prononcé", "tenu", "formulé", "écrit", "lancé", "déclaré",
                                "exprimé", "avancé", "martelé", "répété", "affirmé", "signé", "publié"})
#: Participles that give a label in the passive ("qualifié de « … » par X"). Hand-written.
_PASSIVE_LABELS = frozenset({"qualifier", "désigner", "décrire", "surnommer", "traiter", "baptiser", "présenter",
                             "juger"})
_OBJECT_CLITICS = frozenset({"nous", "vous", "me", "m'", "m’", "te", "t'", "t’", "se", "s'", "s’", "lui", "leur"})
_DASHES = frozenset({"—", "–"})
#: institutions that hold views: "Pour le syndicat des dockers, …" (like a person or a role)
_INSTITUTIONS = frozenset({"syndicat", "gouvernement", "ministère", "parti", "association", "préfecture", "mairie",
                           "opposition", "commission", "ong", "fédération", "patronat", "direction", "présidence",
                           "collectif", "exécutif", "majorité", "élysée", "kremlin", "conseil"})
#: "+obj" cues that also mean "to require": their object is a demand only with somebody as
#: subject ("Le syndicat exige le retrait du texte", not "La situation exige des mesures").
_REQUIRE_CUES = frozenset({"exiger", "encourager", "ordonner"})  # (a thing encourages, requires: "la baisse
# des taux encourage les ménages à emprunter" is no speech)
#: Words opening a fronted subordinate clause before "il a dit" (French): no reported content.
_FRONTED_SUBORDINATORS = frozenset({"quand", "lorsque", "lorsqu'", "lorsqu’", "si", "s'", "s’", "puisque",
                                    "puisqu'", "puisqu’", "dès", "depuis", "bien", "comme"})
#: cues that report speech only under a negation ("n'exclut pas de", "ne cache pas que")
_NEGATED_CUES = frozenset({"exclure", "cacher"})
#: impersonal verbs whose infinitive complement is the author's own move ("Il convient de rappeler
#: que …", "Il suffit de dire que …", "Il reste à préciser que …")
_IMPERSONAL_VERBS = frozenset({"convient", "conviendrait", "convenait", "importe", "importerait", "suffit",
                               "suffira", "suffirait", "suffisait", "reste", "restait"})
#: The reflexive pronoun of the third person.
_SE = ("se", "s'", "s’")
#: cue verbs that are not speech when pronominal: "les maires se réclament de la tradition",
#: "la saison s'annonce difficile", "la tendance se confirme" ("se déclarer favorable" stays
#: speech, like "se dire")
_PRONOMINAL_NOT_SPEECH = frozenset({"réclamer", "annoncer", "confirmer", "expliquer", "répéter",
                                    "vérifier", "révéler", "avérer"})
#: "+quote" cues whose object must open with its quotation ("évoque une « situation grave »")
_NEAR_QUOTE = frozenset({"évoquer", "parler"})
#: Verbs of opinion whose "X comme « Y »" attribute is a label, not quoted words.
_VIEW_AS = frozenset({"considérer", "regarder", "voir", "percevoir"})
#: Determiners before a quotation that ends their noun phrase: « … » is then a name or a label.
_NAME_DETERMINERS = frozenset({"le", "la", "les", "l'", "l’", "du", "des", "un", "une", "au", "aux"})
#: Verbs naming what their object quotation is ("ce que X appelle « … »").
_NAMING = frozenset({"appeler", "nommer", "surnommer", "baptiser"})
#: cue forms the French tagger takes for another word class ("dément" as an adjective or adverb)
_MISTAGGED = {"dément": "démentir", "démentent": "démentir"}
#: verbs of manner that only report speech as the incise of a quotation ("», tranche X"), whose
#: forms the tagger often takes for nouns or adjectives
_INCISE_VERBS = frozenset({"trancher", "résumer", "souffler", "analyser", "tempêter", "fulminer", "abonder",
                           "alarmer", "indigner", "ironiser", "étonner", "inquiéter", "rétorquer", "renchérir",
                           "nuancer", "relativiser", "agacer", "lâcher", "glisser", "enchaîner", "reprendre",
                           "insurger", "désoler", "féliciter", "réjouir", "emporter", "interroger", "sourire",
                           "plaisanter", "commenter", "détailler", "décrypter", "rappeler", "avancer", "pointer"})
#: Attributes of a reflexive "dire" that make it a cue with its attribute ("se dit convaincu"),
#: without their feminine/plural endings; hand-written.
_SE_DIRE_ATTRIBUTES = frozenset({"convaincu", "persuadé", "certain", "sûr", "prêt", "favorabl", "opposé",
                                 "confiant", "inquiet", "préoccupé", "satisfait", "déçu", "choqué", "surpri"})
#: Possessive determiners ("a exprimé son inquiétude").
POSSESSIVE_DETS = frozenset({"son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos"})
#: What introduces the content of "exprimer son inquiétude …"; hand-written.
_EXPRESSED_PREPS = (("quant", "à"), ("quant", "au"), ("quant", "aux"), ("face", "à"), ("face", "au"),
                    ("face", "aux"), ("concernant",), ("au", "sujet", "de"), ("au", "sujet", "du"),
                    ("sur",), ("devant",), ("à", "l'égard", "de"), ("à", "propos", "de"))
_CLITICS = ("-t", "-il", "-elle", "-ils", "-elles", "-on", "-t-il", "-t-elle")
#: verbs whose inverted form after a quotation is a hedge, not its incise ("», semble-t-il, …")
_INVERTED_NOT_SPEECH = frozenset({"semble", "semblait", "paraît", "paraissait", "faut", "fallait", "peut",
                                  "pouvait", "doit", "devait", "est", "était", "sera", "serait", "a", "avait"})


# what a speaker does besides saying, in a participle after the content ("…, hitting out at X")
_EN_ACT_PARTICIPLES = frozenset({"hit", "lash", "accuse", "blame", "slam", "criticise", "criticize", "attack",
                                 "urge", "vow", "pledge", "commit", "praise", "thank", "dismiss", "cite",
                                 "point", "rebuke", "condemn", "denounce", "chide", "berate", "castigate"})
# prepositions of a gerund whose speaker is the subject of the verb they hang on ("by suggesting")
_EN_GERUND_PREPS = frozenset({"by", "after", "before", "while", "when", "without", "in"})


def quoted_as(verb: Token) -> Token | None:
    """"quoted X as saying": the verb "quote" that the gerund ``verb`` hangs on through "as"."""
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "as" and \
            verb.head.head.lemma_.lower() == "quote" and verb.head.head.pos_ == "VERB":
        return verb.head.head
    return None


@dataclass(slots=True)
class Unit:
    kind: str
    start: int
    end: int
    cue: tuple[int, int] | None = None          # token span of the cue
    subject: list[Token] = field(default_factory=list)
    speaker: str | None = None                  # fixed speaker (a "selon X" medium)
    inherit: bool = False
    via: str | None = None
    anchor: int = 0                             # char offset where the speaker is named
    paragraph: int = 0
    last_paragraph: int = 0
    listed: bool = False                        # a quote list's item ("Nom, média : « … »")


_KEYS: dict[str, tuple[numpy.ndarray, numpy.ndarray]] = {}


@lru_cache(maxsize=4)
def _gerunds(cues: frozenset[str]) -> dict[str, str]:
    """French present participles of the one-word cue lemmas in -er / -ir ("affirmant",
    "avertissant", "soutenant"), each with its lemma."""
    forms: dict[str, str] = {}
    for w in cues:
        if w.endswith("er"):
            forms.setdefault(w[:-2] + ("eant" if w.endswith("ger") else "ant"), w)
        elif w.endswith("ir"):
            forms.setdefault(w[:-2] + "issant", w)
            forms.setdefault(w[:-2] + "ant", w)
    return forms


def _keys(lex: Lexicon) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Hashes of the cue lemmas (and of the forms the French lemmatizer leaves as they are,
    "estime") and of the words that open "selon X" phrases, computed once per language."""
    if lex.lang not in _KEYS:
        words = set(lex.cues) | set(lex.cue_pairs)
        if lex.lang == "fr":
            words |= {w[:-1] for w in lex.cues} | {w[:-2] for w in lex.cues} | {w[:-1] for w in lex.cue_pairs} | {
                w[:-2] + "é" for w in lex.cues if w.endswith("er")} | set(_MISTAGGED)  # participles tagged as nouns ("cité")
        opening = {"selon", "d'après", "d’après", "d'", "d’", "pour", "according"}
        _KEYS[lex.lang] = (numpy.array(sorted(hash_string(w) for w in words), dtype="uint64"),
                           numpy.array(sorted(hash_string(w) for w in opening), dtype="uint64"))
    return _KEYS[lex.lang]


class Extractor:
    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc, self.lex, self.text = doc, lex, doc.text
        self.starts = doc.to_array(IDX).tolist() if len(doc) else []
        self.marks = [m for m in find_quotes(self.text) if not m.single or lex.lang == "en"]
        if lex.lang == "en":
            self.marks = english.fix_marks(self.text, self.marks)
        self.in_quote = [-1] * len(doc)
        for k, m in enumerate(self.marks):
            for i in range(self.tok(m.open_at), self.tok(max(m.close_at - 1, m.open_at)) + 1):
                self.in_quote[i] = k
        self.line_starts = [0] + [m.end() for m in _NEWLINE.finditer(self.text)]
        self.used = bytearray(len(doc))  # tokens already part of a unit or attribution
        self._norm: str | None = None    # lower-cased words of the text, for pull quotes
        self.units: list[Unit] = []
        self.gerund_cues: dict[int, str] = {}  # gerunds taken for nouns, cues in nested reports only
        # candidate tokens found by vectorised hash look-ups, not by a Python loop over the doc
        keys = _keys(lex)
        lemmas = doc.to_array(LEMMA) if len(doc) else numpy.zeros(0, dtype="uint64")
        lowers = doc.to_array(LOWER) if len(doc) else numpy.zeros(0, dtype="uint64")
        # sentence-final punctuation and line breaks, for sentence_start / sentence_end
        spaces = doc.to_array(IS_SPACE) if len(doc) else numpy.zeros(0, dtype="uint64")
        self.end_marks = [e for e in numpy.flatnonzero(numpy.isin(lowers, _END_KEYS)).tolist()
                          if not self._bracketed_mark(int(e))]
        # (only line breaks: a no-break space, as in "«\u00a0incidents\u00a0»" or "a déclaré\u00a0:",
        # is a space token too but ends nothing: "souligne que ce type d'«\u00a0incidents\u00a0»
        # portuaires réduit …" goes on after the quotation)
        self.space_toks = [int(i) for i in numpy.flatnonzero(spaces) if "\n" in doc[int(i)].text]
        self.cue_candidates = numpy.flatnonzero(numpy.isin(lemmas, keys[0]) | numpy.isin(lowers, keys[0])).tolist()
        self.according_candidates = numpy.flatnonzero(numpy.isin(lowers, keys[1])).tolist()

    # ---- helpers ----------------------------------------------------------------------------
    def _bracketed_mark(self, e: int) -> bool:
        """"jusqu'à 1 500 (!) navires": an exclamation or question mark alone in parentheses is
        the writer's aside inside the sentence, not its end."""
        doc = self.doc
        a, b = e, e
        while a > 0 and doc[a - 1].text in ("!", "?"):
            a -= 1
        while b + 1 < len(doc) and doc[b + 1].text in ("!", "?"):
            b += 1
        return doc[e].text in ("!", "?") and a > 0 and doc[a - 1].text == "(" and b + 1 < len(doc) and \
            doc[b + 1].text == ")"

    def tok(self, char: int) -> int:
        return max(bisect_right(self.starts, char) - 1, 0)

    def para(self, char: int) -> int:
        return bisect_right(self.line_starts, char) - 1

    def para_bounds(self, char: int) -> tuple[int, int]:
        p = self.para(char)
        start = self.line_starts[p]
        end = self.line_starts[p + 1] - 1 if p + 1 < len(self.line_starts) else len(self.text)
        return start, end

    def para_tokens(self, char: int) -> tuple[int, int]:
        """Token bounds of the paragraph holding ``char``: its first token and one past its last."""
        pa, pb = self.para_bounds(char)
        return self.tok(pa), (self.tok(pb) + 1 if pb < len(self.text) else len(self.doc))

    def _ing_cue(self, word: str) -> bool:
        """"writing", "saying", "adding", "noting": the -ing form of an English cue verb."""
        stem = word[:-3]
        return any(b in self.lex.cues for b in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem))

    def is_cue(self, t: Token) -> tuple[int, int] | None:
        """The token span of the cue whose verb is ``t`` (auxiliaries and clitics included)."""
        if self.in_quote[t.i] >= 0 or self.used[t.i]:
            return None
        if t.i in self.gerund_cues:
            return t.i, t.i
        if self.lex.lang == "fr" and t.lower_ in _MISTAGGED and t.pos_ not in ("VERB", "AUX") and \
                t.i + 1 < len(self.doc) and self.doc[t.i + 1].pos_ not in ("NOUN", "PUNCT") and \
                (t.i == 0 or self.doc[t.i - 1].pos_ not in ("DET", "ADP")):
            return t.i, t.i  # "X dément avoir signé …"
        if t.pos_ not in ("VERB", "AUX"):
            # "L'Arcom note que …": a verb form the tagger took for a noun, before "que" and
            # after no determiner
            doc = self.doc
            if not (self.lex.lang == "fr" and t.pos_ == "NOUN" and t.i + 1 < len(doc) and
                    doc[t.i + 1].text.lower() in self.lex.complementisers and self.lemma(t) in self.lex.cues and
                    t.i > 0 and doc[t.i - 1].pos_ not in ("DET", "ADJ", "ADP", "NUM")) and not (
                    self.lex.lang == "fr" and t.pos_ == "NOUN" and t.i > 1 and self.lemma(t) in self.lex.cues and
                    doc[t.i - 1].lower_ in ("le", "l'", "l’") and doc[t.i - 2].lower_ == "comme"):
                if self.lex.lang == "en" and t.lower_ in _EN_VERB_ONLY and t.i > 0 and doc[t.i - 1].pos_ != "DET":
                    return t.i, t.i  # '“…,” the 24-year-old said': a verb form the tagger took for a noun
                if self.lex.lang == "en" and t.lower_.endswith("ing") and t.i > 0 and doc[t.i - 1].text == "," \
                        and t.i + 1 < len(doc) and (doc[t.i + 1].text == ":" or doc[t.i + 1].lower_ == "that") \
                        and self._ing_cue(t.lower_):
                    return t.i, t.i  # "… in a series of tweets, writing: “…”": a participle taken for a noun
                if self._comme_le_fait(t):
                    return t.i, t.i + 1  # "comme le fait valoir X": "fait" taken for the noun
                if not self._participle_noun(t):
                    return None  # (but "comme le recommande X": the verb the tagger took for a noun)
                left = t.i - 1
                while doc[left].pos_ == "ADV":
                    left -= 1
                return left, t.i  # "a spécifiquement cité": the participle the tagger took for a noun
            return t.i, t.i
        lemma = self.lemma(t)
        right = t.i
        if lemma not in self.lex.cues:
            seconds = self.lex.cue_pairs.get(lemma)
            if not seconds or t.i + 1 >= len(self.doc):
                return None
            k = t.i + 1
            while self.lex.lang == "fr" and k + 1 < len(self.doc) and k - t.i <= 2 and self.doc[k].pos_ == "ADV" and \
                    self.doc[k].lower_ not in ("ne", "n'", "n’") and self.in_quote[k] < 0:
                k += 1  # "On fait désormais valoir que": an adverb inside the light-verb cue
            nxt = self.doc[k]
            if nxt.lemma_.lower() in seconds or nxt.text.lower() in seconds:
                right = k
            elif k + 1 < len(self.doc) and f"{nxt.text.lower()} {self.doc[k + 1].text.lower()}" in seconds:
                right = k + 1  # "mettre en garde"
            elif self.lex.lang == "en" and nxt.lower_ == "it" and (m := next(
                    (j for j in range(t.i + 2, min(t.i + 5, len(self.doc))) if self.doc[j].pos_ != "ADV"),
                    None)) is not None and self.doc[m].lower_ in seconds and m + 1 < len(self.doc) and (
                    self.doc[m + 1].lower_ == "that" or self.doc[m + 1].pos_ in ("PRON", "DET", "NOUN", "PROPN")):
                right = m  # "made it (very) clear that …": the object "it" announces the clause
            else:
                return None
        elif t.pos_ == "AUX" and lemma != "dire":
            return None
        if self.lex.lang == "fr" and self._cest_idiom(t):
            return None
        if self.lex.lang == "fr" and lemma in _PRONOMINAL_NOT_SPEECH and self._reflexive_before(t.i):
            return None  # "Les maires se réclament de la tradition républicaine": not speech
        if self.lex.lang == "fr" and self._adjective_participle(t):
            return None  # "après les signaux répétés montrant que …": an adjective, not a cue
        left = t.i
        j = t.i - 1
        while j >= 0 and self.in_quote[j] < 0:
            if self.doc[j].pos_ in ("AUX", "ADV", "PART") or self.doc[j].text.lower() in _CLITICS:
                if self.doc[j].pos_ == "AUX" or self.doc[j].text.lower() in _CLITICS:
                    left = j
                j -= 1
                continue
            if self.lex.lang == "fr" and j >= 2:
                # "a de son côté assuré", "a pour sa part estimé": a discourse phrase inside the verb group
                phrase = next((p for p in _DISCOURSE if j - len(p) + 1 >= 1 and all(
                    self.doc[j - len(p) + 1 + x].lower_ == w for x, w in enumerate(p))), None)
                if phrase is not None and self.doc[j - len(phrase)].pos_ == "AUX":
                    j -= len(phrase)
                    continue
            break
        while left < t.i and self.doc[left].pos_ in ("ADV", "PART"):
            left += 1
        return left, right

    def _reflexive_before(self, i: int, pronouns: tuple[str, ...] = _SE, skip: int = 4) -> bool:
        """A reflexive pronoun before the verb at ``i``: "se réclament", "s'est déclaré", "se sont
        révélés", with at most ``skip`` auxiliaries, adverbs or "ne" between."""
        doc = self.doc
        j = i - 1
        while j >= 0 and i - j <= skip and (doc[j].pos_ in ("AUX", "ADV") or doc[j].lower_ in ("ne", "n'", "n’")):
            j -= 1
        return j >= 0 and doc[j].lower_ in pronouns

    def _thing(self, c: Token) -> bool:
        """``c`` is a singular common noun naming no person, role or institution ("la démocratie",
        "le barrage"): a subject that demands or promises nothing."""
        return c.pos_ == "NOUN" and not c.ent_type_ and "Plur" not in c.morph.get("Number") and \
            self.lemma(c) not in self.lex.roles | _INSTITUTIONS

    def _adjective_participle(self, t: Token) -> bool:
        """"les signaux répétés montrant que …": a past participle right after its noun, with no
        auxiliary, followed by another verb that carries the clause: the participle is an adjective."""
        doc = self.doc
        if "Part" not in t.morph.get("VerbForm") or "Past" not in t.morph.get("Tense") or t.i < 1 or \
                t.i + 1 >= len(doc):
            return False
        return doc[t.i - 1].pos_ == "NOUN" and doc[t.i + 1].pos_ == "VERB"

    def _comme_le_fait(self, t: Token) -> bool:
        """"comme le fait valoir Corentin Malvaux, « … »", "comme le font remarquer les élus"
        (French): "faire" + the second word of a light-verb cue after "comme le", its "fait" /
        "font" taken for a noun."""
        doc = self.doc
        if self.lex.lang != "fr" or t.lower_ not in ("fait", "font") or t.i < 2 or t.i + 1 >= len(doc):
            return False
        return doc[t.i - 1].lower_ in ("le", "l'", "l’") and doc[t.i - 2].lower_ == "comme" and \
            doc[t.i + 1].lower_ in self.lex.cue_pairs.get("faire", ()) and self.in_quote[t.i + 1] < 0

    def _participle_noun(self, t: Token) -> bool:
        """"Trump a spécifiquement cité le fait que": a past participle of a cue, tagged as a noun,
        after a form of "avoir" (adverbs between)."""
        doc = self.doc
        if self.lex.lang != "fr" or t.pos_ not in ("NOUN", "X") or not t.lower_.endswith("é") or \
                t.lower_[:-1] + "er" not in self.lex.cues:
            return False
        j = t.i - 1
        while j >= 0 and doc[j].pos_ == "ADV" and self.in_quote[j] < 0:
            j -= 1
        # (the tagger may take both for unknown words, X: "», a tweeté Corentin Malvaux")
        return j >= 0 and doc[j].lemma_ == "avoir" and (doc[j].pos_ == "AUX" or (doc[j].pos_ == "X" and t.pos_ == "X"))

    def _cest_idiom(self, t: Token) -> bool:
        """« c'est-à-dire », « c'est dire son niveau », « c'est donc avouer que »: « ce » + copula
        + infinitive is the author's comment, not somebody's speech."""
        doc = self.doc
        j, steps = t.i - 1, 0
        while j >= 0 and steps < 4 and doc[j].text.lower() in ("-", "à", "donc", "bien", "aussi", "là"):
            j, steps = j - 1, steps + 1
        return j >= 1 and doc[j].text.lower() in ("est", "était", "serait", "sera") and \
            doc[j - 1].text.lower() in ("c'", "c’", "ce", "c")

    def lemma(self, t: Token) -> str:
        """The lemma of a cue verb; the French lemmatizer leaves some forms as they are
        ("estime", "demande"): then the infinitive."""
        lemma = t.lemma_.lower()
        if t.i in self.gerund_cues:
            return self.gerund_cues[t.i]
        if self.lex.lang == "fr" and t.lower_ in _MISTAGGED:
            return _MISTAGGED[t.lower_]
        if lemma not in self.lex.cues and self.lex.lang == "fr" and t.pos_ in ("NOUN", "X") and lemma.endswith("é") and \
                lemma[:-1] + "er" in self.lex.cues:
            return lemma[:-1] + "er"  # "a cité" tagged as the noun "cité"
        if lemma not in self.lex.cues and self.lex.lang == "fr" and lemma[-2:] not in ("er", "ir", "re"):
            # (the first verb of a light-verb cue too: "Il laisse entendre que", lemma "laisse")
            lemma = next((c for c in (lemma + "r", lemma + "er") if c in self.lex.cues or
                          (c in self.lex.cue_pairs and t.pos_ == "VERB")), lemma)
        return lemma

    def span_text(self, a: int, b: int) -> str:
        """Text of tokens a..b inclusive."""
        return self.text[self.doc[a].idx:self.doc[b].idx + len(self.doc[b].text)]

    def subject(self, cue: tuple[int, int], stop: int | None = None) -> list[Token]:
        """The phrase naming the speaker of a cue verb (``_subject``); for "on", the source
        named by "auprès de" in the cue's clause: "a-t-on appris auprès de la mairie"."""
        if cue[1] in self.gerund_cues:
            return self._gerund_subject(cue[1])
        subj = self._subject(cue, stop)
        if self.lex.lang == "fr" and len(subj) == 1 and subj[0].lower_ in ("on", "-on"):
            doc = self.doc
            for k in range(cue[1] + 1, min(cue[1] + 8, len(doc) - 2)):
                if doc[k].is_space or doc[k].text in _END or self.in_quote[k] >= 0 or doc[k].lower_ in ("que", "qu'", "qu’"):
                    break
                if doc[k].lower_ == "de" and doc[k + 1].lower_ in ("source", "sources"):
                    np = self.np_forward(k + 1)  # "a-t-on appris de source policière"
                    return np if np and np[0].lower_.startswith("source") else subj
                if doc[k].lower_ == "auprès" and doc[k + 1].lower_ in self.lex.of_words:
                    np = self.np_forward(k + 1)
                    while np and np[0].lower_ in self.lex.of_words:
                        np = np[1:]  # "auprès du ministère": the ministry
                    if np and any(t.pos_ in ("NOUN", "PROPN") for t in np):
                        return np
                    break
        return subj

    def _subject(self, cue: tuple[int, int], stop: int | None = None) -> list[Token]:
        """The phrase naming the speaker of a cue verb. ``stop``: the first token of reported
        content that follows the cue; an inverted subject is only looked for before it (an
        object after "accusant", "invitant" is content, not the speaker)."""
        doc, lex = self.doc, self.lex
        left, right = cue
        for i in range(left, min(right + 3, len(doc))):
            if doc[i].text.lower() in _CLITICS[1:] and (i <= right or all(
                    doc[x].text.lower() in _CLITICS for x in range(right + 1, i))):
                return [doc[i]]  # "a-t-il dit", "martèle-t-il"
        if lex.lang == "fr" and doc[right].lower_ in _MISTAGGED and doc[right].pos_ not in ("VERB", "AUX"):
            # "Le maire dément …": the tagger hung nothing on the verb; the noun phrase before it
            k = left - 1
            while k >= 0 and doc[k].pos_ == "ADV":
                k -= 1
            if k >= 0 and doc[k].pos_ in ("NOUN", "PROPN", "PRON") and self.in_quote[k] < 0:
                a = k
                while a - 1 >= 0 and self.in_quote[a - 1] < 0 and k - a < 8 and (
                        doc[a - 1].pos_ in ("DET", "NOUN", "PROPN", "ADJ") or doc[a - 1].lower_ in lex.of_words):
                    a -= 1
                return list(doc[a:k + 1])
        if lex.lang == "en" and left == right and doc[right].tag_ == "VBG" and right >= 2 and \
                doc[right - 1].dep_ == "pobj" and doc[right - 1].head.lower_ in ("despite", "with", "after") and \
                self.in_quote[right - 1] < 0 and (doc[right - 1].lemma_.lower() in lex.roles or
                                                  doc[right - 1].ent_type_ == lex.person_label):
            # "… – despite the mayor insisting talks are ongoing", "with the minister saying …": the
            # noun before the gerund is its subject
            return list(doc[doc[right - 1].left_edge.i:right])
        if lex.lang == "en" and doc[right].lower_ in _EN_VERB_ONLY and not any(
                c.dep_.startswith("nsubj") for c in doc[right].children):
            # '“…,” the 24-year-old said': the tagger made a noun of the verb and of its subject a
            # modifier of it
            np = [x for x in doc[doc[right].left_edge.i:right] if self.in_quote[x.i] < 0]
            if np and np[0].pos_ == "DET" and any(x.pos_ in ("NOUN", "ADJ", "PROPN") for x in np):
                return np
        after = self._after_time_incise(right + 1)
        inv = after
        if lex.lang == "fr":
            # "…, a assuré mardi soir le ministre": a bare time phrase before the inverted subject
            while inv < len(doc) and inv - after < 4 and self.in_quote[inv] < 0 and (
                    doc[inv].lower_ in _TIME_WORDS or doc[inv].pos_ == "ADV"):
                inv += 1
        if lex.lang == "fr" and (relayed := self._relay_then_subject(inv, stop)):
            return relayed  # "…, a déclaré vendredi à Valpresse Corentin Malvaux"
        lp = left  # "», lui a demandé un journaliste": object clitics before the incise's verb
        while lex.lang == "fr" and lp - 1 > 0 and doc[lp - 1].lower_ in _OBJECT_CLITICS | {"l'", "l’", "le", "la", "les", "en", "y"} \
                and self.in_quote[lp - 1] < 0 and left - lp < 2:
            lp -= 1
        if lp < left and doc[lp - 1].text != ",":
            lp = left
        if lex.lang == "fr" and lp > 0 and doc[lp - 1].text == "," and inv < len(doc) and \
                self.in_quote[inv] < 0 and doc[inv].pos_ in ("DET", "PROPN") and (stop is None or inv < stop) and \
                not self._subject_before_incise(lp, right):
            # "…, jeudi, a confirmé le ministère de la défense.": an incise's subject is inverted,
            # whatever the parser hung on the verb before the comma
            np = self.np_forward(inv)
            end = np[-1].i + 1 if np else after
            if np and (end >= len(doc) or doc[end].is_punct or doc[end].is_space or self._gerund_at(end)):
                return np  # (", observe un diplomate en faisant référence à …": a gerund after it)
        verb = doc[right] if doc[right].lemma_.lower() in lex.cues else doc[left if left == right else right - 1]
        verb = next((doc[i] for i in range(left, right + 1) if doc[i].pos_ == "VERB"), verb)
        heads = [verb]
        h = verb
        if lex.lang == "fr" and verb.dep_ == "fixed":
            # "Il a en outre promis que": the parser made the participle part of "en outre" and
            # "a" the verb; the subject hangs on the nearest verb above
            up = verb.head
            for _ in range(3):
                if up.pos_ in ("VERB", "AUX") or up.head.i == up.i:
                    break
                up = up.head
            if up.pos_ in ("VERB", "AUX"):
                heads.append(up)
                h = up
        # "a promis de …", "…, accusant X de …", "… et a ajouté": the subject of the governing
        # verb (two steps at most: "a décidé de continuer à affirmer")
        for _ in range(2):
            gerund = "Part" in h.morph.get("VerbForm") and "Pres" in h.morph.get("Tense")
            if lex.lang == "en" and (quoted := quoted_as(h)) is not None:
                # "the Courier quoted a senior council official as saying that …": the quoted
                # person is the speaker (the outlet is the via)
                obj = next((c for c in quoted.children if c.dep_ == "dobj"), None)
                if obj is not None:
                    a = obj.left_edge.i  # (after an opening mark: 'a “senior official”')
                    a = max([a] + [k + 1 for k in range(a, obj.i) if doc[k].is_quote])
                    np = list(doc[a:obj.i + 1])
                    if np and any(t.pos_ in ("NOUN", "PROPN") for t in np):
                        return np
            if lex.lang == "en" and h.dep_ == "pcomp" and h.tag_ == "VBG" and h.head.dep_ == "prep" and \
                    h.head.lower_ in _EN_GERUND_PREPS and h.head.head.pos_ in ("VERB", "AUX"):
                # "Reyes broke ranks with his colleagues by suggesting the bridge could …": the
                # subject of the verb the gerund's preposition hangs on
                h = h.head.head
                heads.append(h)
                continue
            if (h.dep_ in ("xcomp", "conj") or (h.dep_ in ("advcl", "acl") and gerund) or (
                    lex.lang == "en" and h.dep_ == "advcl" and h.tag_ == "VBG")) and h.head.pos_ in ("VERB", "AUX"):
                conj = h.dep_ == "conj"
                participle = lex.lang == "en" and h.dep_ == "advcl" and h.tag_ == "VBG"
                h = h.head
                heads.append(h)
                if participle and h.dep_ == "ccomp" and h.head.pos_ == "VERB" and h.head.i < h.i and \
                        self.lemma(h.head) in lex.cues and self.in_quote[h.head.i] < 0:
                    # "Jane Holt said the council had started the review, adding: '…'": the parser
                    # hangs the participle on the reported clause; the one adding is the reporter
                    heads[-1] = h.head
                    break
                if conj and lex.lang == "fr" and h.dep_ == "ccomp" and h.head.pos_ == "VERB" and \
                        h.lemma_.lower() not in lex.cues:
                    # "avertissent que X se prépare … et affirment que": the parser hangs the second
                    # cue on the first one's content; the subject is the first cue's
                    heads[-1] = h.head
                    break
            else:
                break
        if lex.lang == "fr":
            # "Les maires ont fait savoir leur opposition": the parser may hang the subject on the light verb
            heads += [doc[i] for i in range(left, right) if self.lemma(doc[i]) in lex.cue_pairs and doc[i] not in heads]
        finite = [doc[i] for i in range(left, right + 1) if "Fin" in doc[i].morph.get("VerbForm")]
        number = set(finite[0].morph.get("Number")) if finite else set()
        person = set(finite[0].morph.get("Person")) if finite else set()
        for h in heads:
            for c in h.children:
                if number and c.morph.get("Number") and not number & set(c.morph.get("Number")) and \
                        lex.lang == "fr" and c.pos_ != "PRON":
                    continue  # "… et affirment qu'elle": a singular noun is not their subject
                if person and c.pos_ == "PRON" and c.morph.get("Person") and not person & set(c.morph.get("Person")) \
                        and c.lower_ != "on":  # ("on parle", tagged first person: "on" is the subject)
                    continue  # "Je voudrais voir … lorsque X déclare": "je" is not the subject of "déclare"
                if c.dep_ == "expl:subj" and lex.lang == "fr" and c.lower_ == "il" and h.pos_ == "VERB" and \
                        c.i + 2 < len(doc) and doc[c.i + 1].lower_ == "y" and doc[c.i + 2].lower_ == "a" and \
                        "Part" in h.morph.get("VerbForm") and self.in_quote[c.i] < 0 and c.i < left:
                    return [c]  # "Il y a annoncé … et promis …": "il y a" + participle is no existential
                if c.dep_.startswith("nsubj") and self.in_quote[c.i] < 0 and c.i < left and \
                        c.text.lower() not in _OBJECT_CLITICS and c.pos_ not in ("ADV", "PUNCT", "ADP") and \
                        not (c.pos_ == "PRON" and c.lower_ in ("l'", "l’", "le", "la", "les")) and \
                        c.lower_ not in _EMPHATIC_REFLEXIVES:  # "has himself intimated": the subject is elsewhere
                    if c.text.lower() in lex.relatives | {"qui", "who", "that"}:
                        if h.dep_ not in ("acl:relcl", "relcl") or h.head.pos_ not in ("NOUN", "PROPN"):
                            continue
                        c = h.head  # "Igor Dodon, qui a déclaré": the antecedent
                    if lex.lang == "en" and c.pos_ == "AUX" and c.text.istitle() and c.i > 0 and \
                            not doc[c.i - 1].is_space and doc[c.i - 1].text not in _END:
                        return [c]  # "when May reacted …": a surname the tagger took for a modal
                    np = self.np_around(c)
                    if np and np[0].pos_ != "ADP" and (any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in np) or (
                            lex.lang == "fr" and c.pos_ == "ADJ" and np[0].pos_ == "DET" and c in np)):
                        return np  # (or "Les faux modérés prétendent": an adjective used as a noun)
        before = doc[lp - 1] if lp > 0 else None
        if lex.lang == "fr" and before is not None and before.lower_ in ("y", "en") and lp - 2 >= 0 and \
                doc[lp - 2].lower_ in lex.pronouns | lex.plural_pronouns:
            before = doc[lp - 2]  # "Il y a annoncé …": the parser took "il y a" for "there is"
        if before is not None and self.in_quote[before.i] < 0 and (
                before.text.lower() in lex.pronouns | lex.plural_pronouns or before.pos_ == "PROPN"):
            return self.np_back(before.i)
        if before is not None and before.text == ",":
            np = self.np_before_apposition(before.i)
            if np:
                return np
        # inverted subject: "», a déclaré Loukachenko", "», poursuit le Biélorusse"
        end = min(len(doc), after + INVERTED_WINDOW, stop if stop is not None else len(doc))
        window = []
        for k in range(after, end):
            if self.in_quote[k] >= 0 or doc[k].is_space or doc[k].text in _END or doc[k].text in (",", ":"):
                break
            window.append(doc[k])
        # (a foreign name the tagger took for a determiner and an adjective: "Jarosław Kaczyński")
        person = [t for t in window if t.ent_type_ == lex.person_label and (
            t.pos_ == "PROPN" or lex.lang == "fr" and t.ent_iob_ == "B" and t.text[:1].isupper() and t.is_alpha
            and t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I" and doc[t.i + 1].text[:1].isupper())]
        to = next((t.i for t in window if t.lower_ in lex.to_preps and t.pos_ == "ADP"), None)
        if to is not None and not any(t.i < to for t in person):
            # "a averti dimanche Boris Johnson à Emmanuel Macron": the addressee comes after "à"
            j = right + 1
            while j < to and (doc[j].pos_ == "ADV" or doc[j].lower_ in _TIME_WORDS):
                j += 1
            if j < to and doc[j].pos_ == "PROPN" and self.in_quote[j] < 0:
                return self.np_forward(j)
        if person:  # "a déclaré un peu plus tôt dans la semaine John Kirby"
            a = person[0].i
            b = a
            while b + 1 < end and doc[b + 1].ent_type_ == lex.person_label and doc[b + 1].ent_iob_ != "B":
                b += 1
            return list(doc[a:b + 1])
        j = right + 1
        while j < end and (doc[j].pos_ == "ADV" or doc[j].lower_ in _TIME_WORDS or (
                doc[j].dep_ == "advmod" and doc[j].pos_ == "DET")):
            j += 1
        if j < end and self.in_quote[j] < 0 and (doc[j].pos_ in ("DET", "PROPN", "NOUN", "PRON") or (
                doc[j].text[:1].isupper() and doc[j].is_alpha)):
            return self.np_forward(j)
        if lex.lang == "fr" and j < end and doc[j].pos_ == "ADP" and window:
            # "», a assuré mardi à Brisval le ministre de la mer.": a place or an addressee before
            # the inverted subject, which runs to the end of the incise
            for k in range(j + 2, window[-1].i):
                if doc[k].pos_ == "DET" and doc[k - 1].pos_ in ("NOUN", "PROPN") and doc[k].lower_ in lex.definite:
                    np = self.np_forward(k)
                    if np and np[-1].i == window[-1].i and any(t.pos_ in ("NOUN", "PROPN") for t in np):
                        return np
                    break
        if lex.lang == "fr":
            # "lorsque Corentin Malvaux qui est l'avocat de … déclare que": a person, a relative
            # clause with no comma, then the cue; the parser often loses the person
            k = left - 1
            while k > 0 and left - k <= 30 and self.in_quote[k] < 0 and doc[k].text not in _END \
                    and doc[k].text not in (";", ":") and not doc[k].is_space:
                if doc[k].lower_ == "qui" and doc[k - 1].ent_type_ == lex.person_label and doc[k - 1].pos_ == "PROPN":
                    b = k - 1
                    a = b
                    while a - 1 >= 0 and doc[a - 1].ent_type_ == lex.person_label and doc[a].ent_iob_ != "B":
                        a -= 1
                    return list(doc[a:b + 1])
                k -= 1
        return []

    def _relay_then_subject(self, i: int, stop: int | None) -> list[Token]:
        """"a déclaré à Valpresse Corentin Malvaux", "au Courrier de Valdavie Corentin Malvaux",
        "à RIA Novosti Gao Zhikai": a medium's name after "à" glued to the inverted subject's
        name, up to the end of the incise (French); the person's name (from a known first name,
        else the last two names), or nothing."""
        from .speakers import _first_names, _norm

        doc = self.doc
        if i + 3 >= len(doc) or doc[i].lower_ not in ("à", "au") or self.in_quote[i] >= 0:
            return []
        k = i + 1
        if doc[k].lower_ in ("l'", "l’", "la", "le"):
            k += 1
        run: list[Token] = []
        end = len(doc) if stop is None else stop
        while k < end and self.in_quote[k] < 0 and (doc[k].pos_ == "PROPN" or (
                run and doc[k].lower_ in ("de", "du", "des") and k + 1 < end and doc[k + 1].pos_ == "PROPN")):
            run.append(doc[k])
            k += 1
        if len(run) < 3 or (k < len(doc) and not (doc[k].is_punct or doc[k].is_space or doc[k].lower_ in ("que", "qu'", "qu’"))):
            return []
        names = _first_names()
        p = next((x for x in range(1, len(run) - 1) if _norm(run[x].text) in names and run[x].pos_ == "PROPN"), None)
        if p is None and not any(t.pos_ != "PROPN" for t in run) and not _norm(run[0].text) in names:
            p = len(run) - 2
        return run[p:] if p is not None else []

    def _subject_before_incise(self, left: int, right: int) -> bool:
        """"Le maire de Brisval, hier soir, a confirmé la fermeture": the verb's subject comes
        before a comma-bounded time phrase, so the phrase after the verb is its object."""
        doc = self.doc
        if self.lex.lang != "fr" or left < 2 or doc[left - 1].text != ",":
            return False
        k = left - 2
        inner = []
        while k >= 0 and doc[k].text != "," and not doc[k].is_space and left - k < 8:
            inner.append(doc[k])
            k -= 1
        if k < 1 or doc[k].text != "," or not inner or not all(
                t.lower_ in _TIME_WORDS or t.lower_ in _MONTHS or t.pos_ in ("DET", "NUM", "ADV") for t in inner):
            return False
        return any(c.dep_.startswith("nsubj") and c.i < k and self.in_quote[c.i] < 0
                   for i in range(left, right + 1) for c in doc[i].children)

    def _after_time_incise(self, i: int) -> int:
        """"a indiqué, ce mercredi, la ministre": the token after a comma-bounded time phrase
        at ``i`` (French), else ``i``."""
        doc = self.doc
        if self.lex.lang != "fr" or i >= len(doc) or doc[i].text != ",":
            return i
        for k in range(i + 1, min(i + 6, len(doc))):
            if doc[k].text == ",":
                inner = doc[i + 1:k]
                if len(inner) and any(t.lower_ in _TIME_WORDS for t in inner) and all(
                        t.lower_ in _TIME_WORDS or t.pos_ in ("DET", "NUM", "ADV") or t.lower_ in _MONTHS for t in inner):
                    return k + 1
                return i
        return i

    def np_before_apposition(self, comma: int) -> list[Token]:
        """"Loukachenko, l'allié de …, a déclaré": the phrase before the apposition."""
        doc = self.doc
        c1 = comma - 1
        while c1 >= 0 and doc[c1].text != "," and not doc[c1].is_space and doc[c1].text not in _END \
                and comma - c1 < 16:
            c1 -= 1
        if c1 < 0 or doc[c1].text != ",":
            return []
        c0 = c1 - 1
        while c0 >= 0 and doc[c0].text not in (",", ":") and not doc[c0].is_space and doc[c0].text not in _END:
            c0 -= 1
        seg = [t for t in doc[c0 + 1:c1] if self.in_quote[t.i] < 0]
        if not seg or len(seg) > 6 or any(t.pos_ in ("VERB", "AUX", "ADP") for t in seg[:1]) or any(
                t.pos_ in ("VERB", "AUX") for t in seg):
            return []
        if seg[0].pos_ in ("PROPN", "DET", "NOUN"):
            return seg
        return []

    def np_back(self, i: int) -> list[Token]:
        doc = self.doc
        if doc[i].pos_ != "PROPN":
            return [doc[i]]
        a = i
        while a - 1 >= 0 and doc[a - 1].pos_ in ("PROPN",) and self.in_quote[a - 1] < 0:
            a -= 1
        if a - 1 >= 0 and doc[a - 1].pos_ == "DET":
            a -= 1
        return list(doc[a:i + 1])

    def np_around(self, t: Token) -> list[Token]:
        doc = self.doc
        a = t.i
        while a - 1 >= t.left_edge.i and not doc[a - 1].is_punct and doc[a - 1].pos_ not in ("VERB", "AUX") \
                and self.in_quote[a - 1] < 0:
            a -= 1
        b = t.i
        while b + 1 <= t.right_edge.i and not doc[b + 1].is_punct and doc[b + 1].pos_ not in ("VERB", "AUX") \
                and doc[b + 1].text.lower() not in ("qui", "que", "who", "which", "that", "lors") \
                and not (doc[b + 1].pos_ == "ADP" and doc[b + 1].text.lower() not in self.lex.of_words) \
                and self.in_quote[b + 1] < 0 and not doc[b + 1].is_space:
            b += 1
        return list(doc[a:b + 1])

    def np_forward(self, j: int) -> list[Token]:
        doc, lex = self.doc, self.lex
        out = []
        k = j
        while k < len(doc) and len(out) < 10 and self.in_quote[k] < 0:
            t = doc[k]
            low = t.text.lower()
            if t.is_punct or t.is_space or t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ"):
                break
            if (t.pos_ == "ADP" and low not in lex.of_words) or low == "lors":
                break
            # "l'un des lecteurs du Courrier de Valdavie": one of a group, named by it
            partitive = t.pos_ == "PRON" and lex.lang == "fr" and low in _PARTITIVE_PRONOUNS and \
                k + 1 < len(doc) and doc[k + 1].lower_ in ("des", "d'entre", "d’entre") and \
                all(x.pos_ == "DET" for x in out)
            if t.pos_ == "PRON" and out and not partitive:
                break
            out.append(t)
            if t.pos_ == "PRON" and not partitive:
                break
            k += 1
        while out and (out[-1].pos_ in ("ADP", "DET")):
            out.pop()
        return out

    def sentence_end(self, i: int, limit: int) -> int:
        """Index of the last token of the sentence holding token ``i`` (sentence-final
        punctuation outside quotes, or the paragraph end), not beyond ``limit``."""
        stop = limit
        k = bisect_right(self.space_toks, i)
        if k < len(self.space_toks):
            stop = min(stop, self.space_toks[k])
        english_ = self.lex.lang == "en"
        for e in self.end_marks[bisect_right(self.end_marks, i):]:
            if e >= stop:
                break
            if self.in_quote[e] < 0:
                stop = e
                break
            if english_ and english.ends_in_quote(self, e, limit):
                return e + 1  # '… relationships.” According to …': the quote closes the sentence
            if not english_ and self._closes_sentence(e, stop):
                return e + 1  # "que « … la liberté. » Le président …": the quotation closes the sentence
        if english_:
            stop = english.glued_end(self, i, stop)  # "… sue the EU.Asked if …"
        return max(i, stop - 1)

    def _closes_sentence(self, e: int, stop: int) -> bool:
        """French: the end mark ``e`` inside a quotation is its last word, and a capitalised word
        outside any quotation follows the closing mark: the sentence ends with the quotation."""
        doc = self.doc
        k = self.in_quote[e]
        if e + 2 >= stop or doc[e].text not in ".!?" or doc[e + 1].text not in FAMILIES or self.in_quote[e + 1] != k or \
                e + 1 != self.tok(max(self.marks[k].close_at - 1, self.marks[k].open_at)):
            return False
        nxt = doc[e + 2]
        return self.in_quote[nxt.i] < 0 and nxt.is_alpha and nxt.text[:1].isupper()

    def sentence_start(self, i: int, floor: int) -> int:
        start = floor - 1
        k = bisect_left(self.space_toks, i) - 1
        if k >= 0:
            start = max(start, self.space_toks[k])
        ends = self.end_marks
        for x in range(bisect_left(ends, i) - 1, -1, -1):
            if ends[x] <= start:
                break
            if self.in_quote[ends[x]] < 0:
                start = ends[x]
                break
        return min(i, start + 1)

    def short_quote(self, i: int) -> bool:
        """Token ``i`` belongs to a quoted name ("“DW News”"), not to a quotation."""
        k = self.in_quote[i]
        if k < 0:
            return False
        m = self.marks[k]
        return m.closed and len(self.text[m.start:m.end].split()) <= 4 and m.start > 0

    def words(self, a: int, b: int) -> int:
        return sum(1 for t in self.doc[a:b + 1] if not t.is_punct and not t.is_space)

    # ---- passes -----------------------------------------------------------------------------
    def run(self) -> list[Unit]:
        pending = self.direct()
        self.indirect()
        self.according()
        if self.lex.lang == "en":
            english.refine(self, pending)
        for k in pending:  # embedded quotes no indirect unit claimed
            m = self.marks[k]
            if self.used[self.tok(m.start)]:
                continue
            o = self.tok(m.open_at)
            pa, _ = self.para_bounds(m.open_at)
            s = self.sentence_start(o, self.tok(pa))
            cue = next((c for t in self.doc[s:o] if (c := self.is_cue(t))), None)
            if cue and self.lemma(self.doc[cue[1]]) in _INCISE_ONLY:
                cue = None  # "nommé pour poursuivre la « déconstruction du pays »": no speech
            if cue and self.lemma(self.doc[cue[1]]) in _NEAR_QUOTE and o - cue[1] > 4:
                cue = None  # "n'évoque une mesure qui présenterait X comme « … »": not its words
            if cue and self.lemma(self.doc[cue[1]]) in _VIEW_AS and any(
                    self.doc[x].lower_ == "comme" for x in range(cue[1] + 1, o)):
                cue = None  # "la mairie considère le port comme un lieu « tout à fait banal »": a view, a label
            if cue and m.closed and self._acronym_after(m):
                cue = None  # "a lancé la « Grande Consultation des Valdaviens » (GCV)": a name
            passive = self._passive_label(m, o) if self.lex.lang == "fr" and m.closed else None
            if cue and passive is not None and passive[0][0] <= cue[1] <= passive[0][1]:
                # "un pays qualifié de « paradis fiscal » par l'association Valtransparence": the
                # participle is the passive label's, its giver the agent after "par"
                self.add_direct(m, passive[0], subject=passive[1])
            elif cue and (len(self.text[m.start:m.end].split()) >= MIN_EMBEDDED_WORDS or (
                    self.lex.lang == "en" and m.closed and cue[1] == o - 1 and self._short_sentence(m)) or (
                    self.lex.lang == "fr" and cue[1] == o - 1 and self.lemma(self.doc[cue[1]]) in self.lex.object_cues
                    and len(self.text[m.start:m.end].split()) >= 2 and self.text[m.start:m.start + 1].islower())):
                # (or "a dénoncé « une catastrophe annoncée »": the quoted object of a "+quote" cue)
                self.add_direct(m, cue)
            elif cue and self._spoken_of(cue, m, o):
                self.add_direct(m, cue, subject=self._infinitive_agent(cue))
            elif self.lex.lang == "fr" and (label := self._clitic_label(o)) is not None:
                self.add_direct(m, label)
            elif passive is not None:
                self.add_direct(m, passive[0], subject=passive[1])
            elif self.lex.lang == "en" and m.closed and (passive := self._en_passive_label(m, o)) is not None:
                self.add_direct(m, passive[0], subject=passive[1])
            elif self.lex.lang == "fr" and cue is None and self._colon_sentence_quote(m, o, s, pa):
                self.add_direct(m, None, inherit=True)
        if self.lex.lang == "fr":
            self.nested()
            self.units = [u for u in self.units if not (u.kind == "direct" and self._quoted_name(u))]
        self.units.sort(key=lambda u: u.start)
        for u in self.units:
            u.last_paragraph = self.para(u.end)
        return self.units

    def _spoken_of(self, cue: tuple[int, int], m: Marked, o: int) -> bool:
        """"le ministre a parlé de « côte d'alerte »" (French): a short quoted fragment right after
        "parler de" / "évoquer de" is the words the speaker used (at least two words, lower-case:
        not a name)."""
        doc = self.doc
        return self.lex.lang == "fr" and self.lemma(doc[cue[1]]) in _NEAR_QUOTE and cue[1] == o - 2 and \
            doc[o - 1].lower_ in ("de", "d'", "d’") and len(self.text[m.start:m.end].split()) >= 2 and \
            self.text[m.start:m.start + 1].islower()

    def _infinitive_agent(self, cue: tuple[int, int]) -> list[Token] | None:
        """"nous entendons un ministre parler de « … »", "on a vu le maire évoquer …" (French): the
        speaker of an infinitive cue is the object of the verb it completes, right before it;
        None (the cue's own subject) otherwise."""
        v = self.doc[cue[1]]
        if v.dep_ != "xcomp" or "Inf" not in v.morph.get("VerbForm"):
            return None
        obj = next((c for c in v.head.children if c.dep_ == "obj" and v.head.i < c.i < v.i), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.right_edge.i != v.i - 1:
            return None
        return list(self.doc[obj.left_edge.i:obj.right_edge.i + 1])

    def _broken_quote(self, m: Marked) -> bool:
        """"« Il y a des raisons de fermer le port, parce que les condit" (French): a quotation
        opening its paragraph that is never closed and stops with no final punctuation is text
        cut off (a broken page), not somebody's words going on."""
        return not m.closed and m.paragraphs == 1 and self.text[m.start:m.end].rstrip()[-1:] not in ".!?…»\"”"

    def _colon_sentence_quote(self, m: Marked, o: int, s: int, pa: int) -> bool:
        """"Corentin Malvaux y voit une mission : « Nous devons rouvrir le port. »", "Il a mis en
        garde contre la crise. Les signes en seraient partout : « Nous allons vers la faillite. »"
        (French): whole sentences quoted after a colon, with no cue in their sentence, ending it,
        are the words of the person the sentence is about (its subject, a person) or of the
        speaker of a unit earlier in the paragraph."""
        doc = self.doc
        inner = self.text[m.start:m.end].strip()
        j = o - 1
        while j >= s and doc[j].is_space:
            j -= 1
        if not m.closed or j < s or doc[j].text != ":" or self.in_quote[j] >= 0 or not inner[:1].isupper() or \
                inner[-1:] not in (".", "!", "?", "…") or len(inner.split()) < MIN_EMBEDDED_WORDS:
            return False
        c = self.tok(m.close_at - 1)
        if c + 1 < len(doc) and not (doc[c + 1].is_space or doc[c + 1].text[:1].isupper() or doc[c + 1].text in _END):
            return False  # the sentence goes on after the quotation
        root = next((t for t in doc[s:j] if t.head.i == t.i or not s <= t.head.i < j), None)
        subj = [c for c in root.children if c.dep_.startswith("nsubj")] if root is not None else []
        if subj and (subj[0].ent_type_ == self.lex.person_label or subj[0].lower_ in ("il", "elle")):
            return True
        start = self.text.rfind("\n", 0, m.open_at) + 1
        return any(u.end <= m.open_at and u.start >= start and (u.cue or u.inherit) for u in self.units)

    def _short_sentence(self, m: Marked) -> bool:
        """Quotation ``m`` is a sentence of two words or more, capitalised and ended ("saying 'I
        love mess.'"): words said, however short, not a label."""
        inner = self.text[m.start:m.end].strip()
        return len(inner.split()) >= 2 and inner[:1].isupper() and inner[-1:] in ".!?"

    def _quoted_name(self, u: Unit) -> bool:
        """French: direct unit ``u`` is a quoted name or label, not somebody's words:
        - a determiner opens the noun phrase the quotation ends, and no cue governs that noun
          phrase ("les recommandations de la « Conférence sur l'avenir de Brenac »", "La « Grande
          Consultation » sert à …"); a cue right before it keeps its quoted object ("a dénoncé
          une « catastrophe annoncée »", "a évoqué des « attaques insensées »");
        - a naming verb governs the quotation as its object ("la fiction que la préfecture
          appelle « ordre territorial fondé sur des règles »"), unlike a call ("a appelé « à la
          retenue »") or a quotation after a colon ("a appelé : « Venez ! »")."""
        doc = self.doc
        before = self.text[:u.start].rstrip()
        if not before or before[-1] not in FAMILIES:
            return False
        o = self.tok(len(before) - 1)  # the opening mark
        j = o - 1
        while j >= 0 and doc[j].is_space:
            j -= 1
        if j < 0:
            return False
        w = doc[j].lower_
        if w in _NAME_DETERMINERS:
            return u.cue is None or not (j - 3 <= u.cue[1] < j)
        if u.cue is not None and u.cue[1] == j and self.lemma(doc[j]) in _NAMING:
            first = _WORD.match(self.text, u.start)
            return first is None or first.group(0).lower() not in ("à", "au", "aux")
        return False

    def _acronym_after(self, m: Marked) -> bool:
        """Quotation ``m`` is the name of a thing, spelled out before its acronym in parentheses:
        « Conférence sur l'avenir de Brenac » (CAB), “Eastbrook Bridge Fund” (EBF). The acronym's
        letters are initials of the quoted words, in order, some words skipped and at most one
        letter missing (an acronym kept from another language: « Conférence sur l'avenir de
        l'Europe » (CoFoE)); a short quotation before a source's acronym (« Faux » (AFP)) is
        not one."""
        after = _ACRONYM_AFTER.match(self.text, m.close_at)
        if after is None:
            return False
        letters = [ch for ch in after.group(1) if ch.isupper()]
        words = _WORD.findall(self.text[m.start:m.end])
        if len(letters) < 2 or len(words) < len(letters):
            return False
        initials, k, missing = [w[0].upper() for w in words], 0, 0
        for ch in letters:
            found = next((x for x in range(k, len(initials)) if initials[x] == ch), None)
            if found is None:
                missing += 1
            else:
                k = found + 1
        return missing <= 1 and initials[0] == letters[0]

    def mark_used(self, a: int, b: int) -> None:
        for i in range(max(a, 0), min(b + 1, len(self.doc))):
            self.used[i] = 1

    def add_direct(self, m: Marked, cue: tuple[int, int] | None, *, speaker: str | None = None,
                   subject: list[Token] | None = None, inherit: bool = False) -> Unit:
        u = Unit("direct", m.start, m.end, cue=cue, inherit=inherit, speaker=speaker,
                 paragraph=self.para(m.start))
        if cue and subject is not None and subject and self.used[subject[0].i]:
            u.subject, u.anchor = subject, self.doc[cue[0]].idx  # shared with the first part
        elif cue:
            u.subject = subject if subject is not None else self.subject(cue)
            self.mark_used(*cue)
            u.anchor = self.doc[cue[0]].idx
        else:
            u.anchor = m.start
        for t in u.subject:
            self.used[t.i] = 1
        self.mark_used(self.tok(m.open_at), self.tok(max(m.close_at - 1, m.open_at)))
        self.units.append(u)
        return u

    def _inner_incise(self, k: int, m: Marked) -> bool:
        """« Le port rouvrira lundi, a déclaré X. Les dockers seront payés. » (French): an incise
        inside the marks — a comma, a speech verb with an inverted subject, then a comma or a
        full stop — splits the quotation into two direct units, the first with the incise's cue,
        the second with no cue and the same speaker. True when the units were added."""
        doc = self.doc
        o, c = self.tok(m.open_at), self.tok(m.close_at - 1)
        if not m.closed or c - o < 6:
            return False
        for x in range(o + 3, c - 2):
            if doc[x].text != "," or self.in_quote[x] != k or self.words(o + 1, x - 1) < 2:
                continue
            y = x + 1
            window = range(x, min(x + POST_CUE_WINDOW + 2, c))
            if not any(doc[i].lemma_.lower() in self.lex.cues or self.lemma(doc[i]) in self.lex.cues or
                       doc[i].lower_ in _CLITICS or doc[i].lemma_.lower() in _INCISE_VERBS for i in window):
                continue
            saved = [self.in_quote[i] for i in window]
            for i in window:
                self.in_quote[i] = -1
            cue = self._post_cue(y, c)
            subj = self.subject(cue) if cue else []
            ok = bool(cue) and bool(subj) and subj[0].lower_ not in ("-on", "on") and (
                subj[0].i > cue[1] or subj[0].lower_ in _CLITICS)
            if ok and self.lex.lang == "fr" and any(doc[i].pos_ in ("CCONJ", "ADJ", "NOUN", "PROPN")
                                                    for i in range(y, cue[0])):
                # "une Valdavie primitive, vulgaire et rejetant la culture.": a coordination
                # goes on after the comma; an incise's verb group comes right after it
                ok = False
            e = max(cue[1], subj[-1].i) + 1 if ok else c
            while ok and e < c and doc[e].text not in (",", ".") and e - cue[1] < 14:
                if doc[e].pos_ in ("VERB", "AUX", "SCONJ", "CCONJ") or doc[e].text in FAMILIES:
                    ok = False
                e += 1
            if ok and e < c and doc[e].text == "," and subj[0].pos_ != "PROPN" and (g := self._apposed_name_end(e, c)) > e:
                subj = list(doc[e + 1:next(x for x in range(e + 1, g + 1) if doc[x].text in ("(", ","))])
                e = g  # "a déclaré le président de la commission, X (Parti vert),": the name is the speaker
            if not ok or e >= c or doc[e].text not in (",", ".") or self.words(e + 1, c - 1) < 2:
                for i, q in zip(window, saved):
                    self.in_quote[i] = q
                continue
            for i in range(x, e + 1):
                self.in_quote[i] = -1
            for i in window:
                if i > e:
                    self.in_quote[i] = k
            first = Marked(m.start, doc[x - 1].idx + len(doc[x - 1].text), m.open_at, doc[x].idx + 1, True,
                           1, m.single)
            u = self.add_direct(first, cue, subject=subj)
            self.mark_used(x, max(cue[1], subj[-1].i))
            f = e + 1
            while doc[f].is_space:
                f += 1
            second = Marked(doc[f].idx, m.end, doc[e].idx, m.close_at, m.closed, m.paragraphs, m.single)
            v = self.add_direct(second, None, inherit=True)
            v.anchor = u.anchor
            return True
        return False

    def _apposed_name_end(self, e: int, c: int) -> int:
        """The comma that ends a name apposed to an incise's role subject, before token ``c``:
        "…, a déclaré le président de la commission, Corentin Malvaux (Parti vert), …"; else ``e``."""
        doc = self.doc
        g = e + 1
        while g < c and doc[g].pos_ == "PROPN" and doc[g].text[:1].isupper():
            g += 1
        if g - e - 1 < 2 or g >= c:
            return e
        if doc[g].text == "(":
            g = next((x + 1 for x in range(g + 1, min(g + 8, c)) if doc[x].text == ")"), c)
        return g if g < c and doc[g].text == "," and self.words(g + 1, c - 1) >= 2 else e

    def _quote_as_subject(self, m: Marked, c: int, cue: tuple[int, int]) -> bool:
        """"Dans la crise actuelle aussi, « d'autres villes » auraient attisé la colère" (French):
        a quoted fragment (lower-case first word) followed with no comma by a verb that is no
        cue is the subject of that verb, not a quotation with its incise (which has its comma,
        or its own final punctuation inside the marks: "« … ! » s'exclame X")."""
        doc = self.doc
        if not self.text[m.start:m.start + 1].islower() or c + 1 >= len(doc) or doc[c + 1].is_punct:
            return False
        v = doc[cue[1]]
        return self.lemma(v) not in self.lex.cues and v.lemma_.lower() not in _INCISE_VERBS

    def _colon_after_incise(self, k: int, j: int) -> bool:
        """"« A », a déclaré X, maire de Brisval : « B »" (French): the colon at token ``j``, before
        quotation ``k``, ends the incise of the quotation before it, a direct unit whose cue comes
        after its closing mark; the second quotation goes on with the same speaker, no cue."""
        if k == 0 or not self.units:
            return False
        last, prev = self.units[-1], self.marks[k - 1]
        if last.kind != "direct" or last.end != prev.end or not last.cue or not prev.closed:
            return False
        c = self.tok(prev.close_at - 1)
        if not c < last.cue[0] < j or self.para(prev.start) != self.para(self.doc[j].idx):
            return False
        return all(self.in_quote[x] < 0 and not self.doc[x].is_space and self.doc[x].text not in _END
                   for x in range(c + 1, j))

    def direct(self) -> list[int]:
        doc, lex, text = self.doc, self.lex, self.text
        pending = []
        for k, m in enumerate(self.marks):
            if lex.lang == "fr" and self._inner_incise(k, m):
                continue
            _, limit = self.para_tokens(m.close_at - 1 if m.closed else m.open_at)
            o, c = self.tok(m.open_at), self.tok(m.close_at - 1)
            floor, _ = self.para_tokens(m.open_at)
            j = o - 1
            while j >= floor and doc[j].is_space:
                j -= 1
            at_start = j < floor or doc[j].text in _END or doc[j].text in (":", ",", "(", "–", "—")
            # 1. a cue right after the closing mark
            if m.closed and at_start:
                cue = self._post_cue(c + 1, limit)
                if cue and lex.lang == "fr" and self._quote_as_subject(m, c, cue):
                    cue = None
                if cue and lex.lang == "en" and english.own_report(self, m, cue):
                    cue = None  # '“… manner.” May revealed that Trump …': the next sentence's cue
                if cue:
                    self.add_direct(m, cue)
                    continue
            # 2. a cue before it: "X a déclaré :", "selon X,", "X a déclaré que « … »"
            after = c + 1
            while after < limit and (doc[after].is_punct and doc[after].text not in FAMILIES):
                after += 1
            ends_sentence = after >= limit or doc[after].is_space or self.in_quote[after] >= 0 \
                or not m.closed or (lex.lang == "fr" and any(doc[x].text in _END for x in range(c + 1, after))) \
                or (lex.lang == "fr" and self.text[m.start:m.end].rstrip()[-1:] in (".", "!", "?", "…") and
                    after == c + 1 and doc[after].text[:1].isupper() and j >= floor and doc[j].text == ":")
            # (French: "… : « La vente d'armes est une honte. » Le fait que …": the quotation's own
            # full stop ended the sentence the colon opened)
            own_stop = lex.lang == "fr" and m.closed and after == c + 1 and after < limit and \
                doc[after].text[:1].isupper() and self.text[m.start:m.end].rstrip()[-1:] in (".", "!", "?", "…")
            # (French: "« Votez pour Brenac. » Car : …", the quotation opening its paragraph: its own
            # full stop ends its sentence)
            if j >= floor and ends_sentence:
                prev = doc[j].text.lower()
                s = self.sentence_start(j, floor)
                if prev == ":" and lex.lang == "fr" and m.closed and self.text[m.start:m.start + 1].isupper() and \
                        (acc := self._according_before_colon(s, j, floor)) is not None:
                    # "Selon X, une grève pourrait éclater : « Toutes les réformes … »": the content
                    # before the colon is X's indirect unit, the quotation X's own words
                    self.add_direct(m, None, subject=acc.subject)
                    continue
                if prev in (":", ",") or prev in lex.complementisers:
                    found = self._pre_cue(s, j, colon=prev == ":")
                    if found and lex.lang == "fr" and prev == "," and found[1] is None and found[2] is None and \
                            self.text[m.start:m.start + 1].islower() and found[0][1] < j - 2 and \
                            self.lemma(doc[found[0][1]]) in lex.object_cues and \
                            self._object_content(found[0], j) is not None:
                        # "a promis un soutien aux pêcheurs, « jusqu'à ce que le port rouvre »": the
                        # quotation goes on with the cue's object; the indirect pass makes it mixed
                        found = None
                    if found:
                        cue, subject, speaker = found
                        u = self.add_direct(m, cue, subject=subject, speaker=speaker)
                        if prev == ":" and lex.lang == "fr" and not speaker and cue[1] < j:
                            self._object_before_colon(u, j)
                        continue
                if prev == ":" and lex.lang == "fr" and self._listed(m, s, j):
                    continue
            if lex.lang == "fr" and j >= floor and doc[j].text == ":" and self._colon_after_incise(k, j):
                self.add_direct(m, None, inherit=True)  # "« A », a déclaré X, maire de Brisval : « B »"
                continue
            # 2b. the next item of a list of quotes: « … » ; « … »
            if lex.lang == "fr" and j >= floor and doc[j].text == ";" and ends_sentence and self.units and \
                    self.units[-1].kind == "direct" and k > 0 and self.units[-1].end == self.marks[k - 1].end and \
                    all(self.in_quote[x] == k - 1 or doc[x].is_punct for x in range(self.tok(self.marks[k - 1].end), j)):
                last = self.units[-1]
                u = self.add_direct(m, None, inherit=True)
                if last.listed and not last.cue:
                    u.listed, u.via = True, last.via
                continue
            # 2b'. a list item after a quotation of the same paragraph that is no unit itself, in a
            # paragraph that follows a quote list's item: "M. X « se présente comme … » ; « … »"
            if lex.lang == "fr" and j >= floor and doc[j].text == ";" and ends_sentence and self.units and \
                    k > 0 and self.in_quote[j - 1] == k - 1 and self.para(self.marks[k - 1].start) == self.para(m.start):
                last = self.units[-1]
                gap = self.para(m.start) - self.para(last.end)
                if last.listed and 0 < gap <= 2:
                    self._list_fragment(self.marks[k - 1], floor, last)
                    u = self.add_direct(m, None, inherit=True)
                    u.listed = True
                    continue
            # 2b''. a quote list's item that is a fragment with a quotation, after the item before it:
            # "Nom, média : « … » ; S'il « … »."
            if lex.lang == "fr" and j >= floor and ends_sentence and m.closed and k > 0 and self.units and \
                    self.units[-1].listed and self.units[-1].end == self.marks[k - 1].end and \
                    self.para(self.marks[k - 1].start) == self.para(m.start):
                semi = next((x for x in range(j, max(floor, j - 8) - 1, -1) if doc[x].text == ";"), None)
                if semi is not None and self.in_quote[semi - 1] == k - 1 and all(
                        self.in_quote[x] < 0 and not doc[x].is_punct for x in range(semi + 1, j + 1)) and \
                        self._list_fragment(m, semi + 1, self.units[-1]):
                    continue
            # 2c'. "« … » Cet impératif, énoncé par X, …": a demonstrative noun and a participle name
            # the speaker in the next sentence
            if m.closed and lex.lang == "fr":
                agent = self._demonstrative_agent(c + 1, limit)
                if agent:
                    u = self.add_direct(m, agent[0], subject=agent[1])
                    continue
            # 2c. a signature after it: « … » (Nom Prénom, fonction) / « … » Nom Prénom, fonction « … »
            if m.closed and lex.lang == "fr" and len(text[m.start:m.end].split()) >= MIN_EMBEDDED_WORDS:
                name = self._signed(c + 1, limit)
                if name:
                    u = self.add_direct(m, None)
                    u.subject, u.anchor = name, name[0].idx
                    for t in name:
                        self.used[t.i] = 1
                    continue
            # 2d. a quote list's header with no colon, the quotation closing its paragraph:
            # "Nom Prénom, fonction, 2008 « … »."
            if lex.lang == "fr" and j >= floor and not doc[j].is_punct and m.closed and \
                    all(doc[x].is_punct or doc[x].is_space for x in range(c + 1, limit)) and \
                    any(doc[x].text == "," for x in range(floor, j)) and self._listed(m, floor, j + 1):
                continue
            # 3. alone in its paragraph: the previous speaker goes on, unless it is a pull quote
            # (an intertitle repeating words the article quotes elsewhere)
            if j < floor and (ends_sentence or (own_stop and self.units)):
                # (the quotation going on with a sentence of the author's only after a unit earlier
                # in the article: "« Nous ne céderons rien. » Ces mots ont choqué …" opening it names nobody)
                if lex.lang == "fr" and (self._repeated(m) or self._question_title(m) or self._broken_quote(m)):
                    continue
                self.add_direct(m, None, inherit=True)
                continue
            # 4. a sentence of its own right after the sentence whose incise named the speaker
            # of the quote before it: « … », poursuit X, qui … . « … »
            if lex.lang in ("fr", "en") and ends_sentence and m.closed and doc[j].text in _END and self.units:
                u = self.units[-1]
                prev_start = self.sentence_start(j - 1, floor) if j - 1 >= floor else j
                if u.kind == "direct" and u.cue and not u.inherit and prev_start <= u.cue[0] < j and \
                        self.tok(u.start if self.lex.lang == "en" else u.end - 1) >= prev_start:
                    # (French: the quote before may have begun paragraphs earlier, « … / … », dit X.)
                    self.add_direct(m, None, inherit=True)
                    continue
            # 5. a quoted sentence right after another one, nothing but a space between them, the
            # first one a unit: « Le port fermera. » « Nous le rouvrirons au printemps. » goes on
            # with the same speaker (French)
            if lex.lang == "fr" and m.closed and k > 0 and self.units and self._follows_quote(k):
                self.add_direct(m, None, inherit=True)
                continue
            pending.append(k)
        return pending

    def _follows_quote(self, k: int) -> bool:
        """Quotation ``k`` opens right after quotation ``k - 1`` (only spaces between them, same
        paragraph), which is the last direct unit and ends its sentence; ``k`` is a sentence of
        its own (capitalised, ended) of at least MIN_EMBEDDED_WORDS words."""
        m, pm, last = self.marks[k], self.marks[k - 1], self.units[-1]
        inner, before = self.text[m.start:m.end].strip(), self.text[pm.start:pm.end].rstrip()
        return pm.closed and last.kind == "direct" and last.start == pm.start and last.end == pm.end and \
            not self.text[pm.close_at:m.open_at].strip() and "\n" not in self.text[pm.close_at:m.open_at] and \
            before[-1:] in (".", "!", "?", "…") and inner[:1].isupper() and inner[-1:] in (".", "!", "?", "…") and \
            len(inner.split()) >= MIN_EMBEDDED_WORDS

    def _according_before_colon(self, s: int, j: int, floor: int) -> Unit | None:
        """"Selon X, C : « … »", "Pour X, C : « … »" (French): the sentence opens with the
        attribution and its content runs to the colon that introduces a quotation; that content is
        X's indirect unit (returned), ended at the colon."""
        doc = self.doc
        i = s
        while i < j and doc[i].pos_ in ("ADV", "CCONJ") and self.in_quote[i] < 0:
            i += 1  # "Mais selon X, …", "Ainsi, pour X, …"
        if i < j and doc[i].text == ",":
            i += 1
        if i >= j or self.used[i] or self.in_quote[i] >= 0 or (
                self._according_at(i) is None and doc[i].lower_ != "pour"):
            return None
        if doc[i].lower_ == "pour" and i > 0 and not (doc[i - 1].is_space or doc[i - 1].text in _END):
            return None  # (_according_one takes "pour X" only at a sentence's start)
        u = self._according_one(i, floor, j)
        if u is None or u.kind == "direct" or self.tok(u.start) <= i:
            return None
        return u

    def _object_before_colon(self, u: Unit, j: int) -> None:
        """"X a déclaré son soutien au maire : « … »", "appelait à tuer … en ces mots : « … »": the
        cue announcing a quotation after a colon also has reported content of its own between it
        and the colon; that object is an indirect unit of the same speaker."""
        doc = self.doc
        cue = u.cue
        if cue is None or any(self.in_quote[x] >= 0 or self.used[x] for x in range(cue[1] + 1, j)):
            return
        content = self._object_content(cue, j)
        if not content and self.lex.lang == "fr":
            # "a affirmé que la mairie s'était préparée à une pénurie : « … »": a que-clause (not one
            # holding a "selon X" incise, which names another speaker)
            content = self._que_content(cue, j)
            if content and any(self._according_at(x) is not None for x in range(content[0], j)):
                return
            if content and content[0] >= 2 and doc[content[0] - 1].lower_ in self.lex.complementisers and \
                    doc[content[0] - 2].lower_ == "ce":
                return  # "a déploré ce qu'il a décrit comme sa doctrine : « … »": the relative names the quotation
        if not content:
            return
        a, b = content
        b = self._cut(a, b)
        while b > a and (doc[b].is_punct or doc[b].is_space):
            b -= 1
        if b - 2 > a and doc[b].lower_ in ("mots", "termes") and doc[b - 1].lower_ in ("ces", "les") and \
                doc[b - 2].lower_ in ("en", "par", "avec", "dans"):
            b -= 3  # "… en ces termes :": the announcement of the quotation, not content
            while b > a and (doc[b].is_punct or doc[b].is_space):
                b -= 1
        if doc[a].lower_ in ("à", "de", "d'", "d’") and self._infinitive_at(a + 1, b + 1) is not None:
            a += 1  # "appelait à tuer …": the content is the infinitive
        if self.words(a, b) < MIN_OBJECT_WORDS:
            return
        v = Unit("indirect", doc[a].idx, doc[b].idx + len(doc[b].text), cue=cue, paragraph=self.para(doc[a].idx))
        v.subject, v.anchor = u.subject, u.anchor
        self.mark_used(a, b)
        self.units.append(v)

    def _passive_label(self, m: Marked, o: int) -> tuple[tuple[int, int], list[Token]] | None:
        """"Qualifié de « boucher » par le maire, …", "désigné comme « l'arme absolue » par X": a
        label given in the passive, its giver named by "par" right after the quotation; the
        cue is the participle with its "de"/"comme"."""
        doc = self.doc
        c = self.tok(m.close_at - 1)
        _, limit = self.para_tokens(m.open_at)
        j = c + 1
        while j < limit and self.in_quote[j] < 0 and doc[j].text in FAMILIES:
            j += 1
        if j + 1 >= limit or doc[j].lower_ != "par" or self.in_quote[j + 1] >= 0 or \
                doc[j + 1].pos_ not in ("DET", "PROPN"):
            return None
        v = o - 1
        if v >= 0 and doc[v].lower_ in ("de", "d'", "d’", "comme"):
            v -= 1
        if v < 0 or self.in_quote[v] >= 0 or self.used[v]:
            return None
        form = doc[v].lower_
        stem = form[:-1] if form.endswith(("és", "ée")) else form[:-2] if form.endswith("ées") else form
        if not stem.endswith("é") or stem[:-1] + "er" not in _PASSIVE_LABELS:
            return None
        agent = self.np_forward(j + 1)
        if not agent or not any(t.pos_ == "PROPN" or t.ent_type_ or t.lemma_.lower() in self.lex.roles for t in agent):
            return None
        return (v, o - 1 if o - 1 > v else v), agent

    def _en_passive_label(self, m: Marked, o: int) -> tuple[tuple[int, int], list[Token]] | None:
        """"Reyes was described as “far right” by most media outlets", "was called “reckless” by
        the Speaker" (NOTES_en: in the passive only the quoted words are kept, as a direct unit):
        a label participle right before the quotation (through "as"), its giver named by "by"
        right after it; the cue is the participle (with its auxiliary)."""
        doc = self.doc
        c = self.tok(m.close_at - 1)
        _, limit = self.para_tokens(m.open_at)
        j = c + 1
        while j < limit and self.in_quote[j] < 0 and (doc[j].text in FAMILIES or doc[j].text == ","):
            j += 1
        if j + 1 >= limit or doc[j].lower_ != "by" or self.in_quote[j + 1] >= 0 or \
                (doc[j + 1].pos_ not in ("DET", "PROPN", "ADJ", "NOUN") and doc[j + 1].tag_ != "PRP$"):
            return None
        v = o - 1
        if v >= 0 and doc[v].lower_ == "as":
            v -= 1
        if v < 0 or self.in_quote[v] >= 0 or self.used[v] or doc[v].tag_ != "VBN" or \
                doc[v].lemma_.lower() not in english.LABEL_LEMMAS:
            return None
        agent = self.np_forward(j + 1)
        if not agent or not any(t.pos_ in ("PROPN", "NOUN") for t in agent):
            return None
        a = v
        while a - 1 >= 0 and doc[a - 1].pos_ in ("AUX", "ADV") and self.in_quote[a - 1] < 0 and v - a < 3:
            a -= 1
        return (a, v), agent

    def _clitic_label(self, o: int) -> tuple[int, int] | None:
        """"… et la qualifie de « provocation »": a label cue whose object is a clitic pronoun,
        right before "de" and the quotation at token ``o``; the label alone is the quoted words,
        however short (NOTES_fr: qualifier / traiter)."""
        doc = self.doc
        j = o - 1
        if j < 2 or doc[j].lower_ not in ("de", "d'", "d’") or self.in_quote[j] >= 0:
            return None
        v = j - 1
        while v > 0 and doc[v].pos_ == "ADV" and self.in_quote[v] < 0:
            v -= 1  # "la qualifie maintenant de"
        if self.in_quote[v] >= 0 or self.used[v]:
            return None
        if doc[v].pos_ == "NOUN" and doc[v].lower_ + "r" in _LABEL_CUES:
            cue = (v, v)  # "la qualifie": the verb the tagger took for a noun after an article
        elif self.lemma(doc[v]) in _LABEL_CUES:
            cue = self.is_cue(doc[v])
        else:
            return None
        if cue is None:
            return None
        c = cue[0] - 1
        if c < 0 or doc[c].lower_ not in ("le", "la", "l'", "l’", "les") or doc[c].pos_ not in ("PRON", "DET"):
            return None
        return cue

    def _list_fragment(self, m: Marked, floor: int, last: Unit) -> Unit | None:
        """A quote list's item that is words of the author's then a quotation ("M. X « se présente
        comme … »"), the quote list's speaker going on: a mixed unit from ``floor`` (the paragraph
        start or the token after ";") to the end of quotation ``m``."""
        doc = self.doc
        o = self.tok(m.open_at)
        if self.used[o] or o <= floor:
            return None
        a = floor
        for x in range(floor, o):
            if doc[x].text in (";", ":") and self.in_quote[x] < 0:
                a = x + 1
        while a < o and doc[a].is_space:
            a += 1
        if a >= o or self.words(a, o - 1) > 8 or any(self.in_quote[x] >= 0 or self.used[x] for x in range(a, o)):
            return None
        u = Unit("mixed", doc[a].idx, m.close_at, inherit=True, paragraph=self.para(doc[a].idx))
        u.listed, u.anchor = True, doc[a].idx
        header = [t for t in doc[floor:a - 1] if not t.is_space] if a - 1 > floor and doc[a - 1].text == ":" else []
        if header and len(header) <= 16 and not any(
                self.in_quote[t.i] >= 0 or self.used[t.i] or "Fin" in t.morph.get("VerbForm") for t in header):
            # "Nom Prénom, juin 2018, Le Journal : le maire « … »": the header names the speaker
            name = []
            for t in header:
                if t.ent_type_ != self.lex.person_label or t.pos_ not in ("PROPN", "NOUN", "ADJ", "X") or (
                        name and t.ent_iob_ == "B"):
                    break
                name.append(t)
            if name:
                u.subject, u.inherit, u.anchor = name, False, name[0].idx
                u.via = self._header_via(header[len(name):])
                for t in name:
                    self.used[t.i] = 1
        self.mark_used(a, self.tok(max(m.close_at - 1, m.open_at)))
        self.units.append(u)
        return u

    def _demonstrative_agent(self, i: int, limit: int) -> tuple[tuple[int, int], list[Token]] | None:
        """"« … » Cet impératif, énoncé par Carole X, …" / "« … » Ces propos tenus par le maire …":
        right after a quotation, a demonstrative, a noun, a participle of speech and "par" + the
        speaker (the cue is the participle)."""
        doc = self.doc
        while i < limit and doc[i].text in ".!?" and self.in_quote[i] < 0:
            i += 1
        if i + 4 >= limit or doc[i].lower_ not in ("ce", "cet", "cette", "ces") or doc[i + 1].pos_ != "NOUN":
            return None
        k = i + 2
        if doc[k].text == ",":
            k += 1
        v = doc[k]
        if v.lower_.rstrip("es") not in _AGENT_PARTICIPLES or k + 2 >= limit or doc[k + 1].lower_ != "par":
            return None
        agent = self.np_forward(k + 2)
        if not agent or not any(t.pos_ == "PROPN" or t.ent_type_ or t.lemma_.lower() in self.lex.roles for t in agent):
            return None
        return (k, k + 1), agent

    def _signed(self, i: int, limit: int) -> list[Token]:
        """The name signing a quotation that ends at token ``i``, as under a blurb or an
        epigraph: "« … » (Pr Nom Prénom, fonction)", "« … » Nom Prénom, fonction « … »": a
        person's name right after the closing mark (stray marks, a dash or a bracket between),
        then the end of the paragraph, the next quotation, or a verbless apposition."""
        doc, lex = self.doc, self.lex
        while i < limit and self.in_quote[i] < 0 and doc[i].text in FAMILIES or (
                i < limit and doc[i].text in ("(", "–", "—")):
            i += 1
        while i < limit and doc[i].lower_ in _HONORIFICS | {"."}:
            i += 1
        name = []
        while i < limit and self.in_quote[i] < 0 and doc[i].ent_type_ == lex.person_label and \
                doc[i].pos_ in ("PROPN", "NOUN", "ADJ", "X") and not (name and doc[i].ent_iob_ == "B"):
            name.append(doc[i])
            i += 1
        if i < limit and doc[i].text == "." and (i + 1 >= limit or doc[i + 1].is_space):
            return name  # the last words of the paragraph
        if not name or (i < limit and not (doc[i].is_space or self.in_quote[i] >= 0 or doc[i].text in (",", ")"))):
            return []
        if i < limit and doc[i].text == ",":
            while i < limit and self.in_quote[i] < 0 and not doc[i].is_space and doc[i].text != ")":
                if doc[i].pos_ in ("VERB", "AUX") and "Fin" in doc[i].morph.get("VerbForm"):
                    return []  # "« … » Nom Prénom, le maire, a ajouté que …": a new sentence
                i += 1
        return name

    def _listed(self, m: Marked, s: int, j: int) -> bool:
        """A quote list's item: "Nom Prénom, fonction, 12 mai 2016 sur Radio X : « … »", a header
        with no verb before the colon that names a person first (the speaker) and may name the
        medium (the via); or a header of dates and media only ("Juillet 2016, Radio X : « … »")
        right after such an item, whose speaker goes on. Adds the unit."""
        doc, lex = self.doc, self.lex
        toks = [t for t in doc[s:j] if not t.is_space]
        if not toks or len(toks) > 24 or any(self.used[t.i] or (
                self.in_quote[t.i] >= 0 and not self.short_quote(t.i)) for t in toks):
            return False  # (a short quoted label may sit in the header: "X, le candidat des « forces » :")
        toks = [t for t in toks if self.in_quote[t.i] < 0]
        if self._repeated(m):
            return False  # an intertitle over the paragraph that quotes the words in full
        if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in toks):
            return False
        k = 0
        while k < len(toks) and toks[k].lower_ in _HONORIFICS:
            k += 1
        name = []
        while k < len(toks) and toks[k].ent_type_ == lex.person_label and toks[k].pos_ in ("PROPN", "NOUN", "ADJ", "X") \
                and not (name and toks[k].ent_iob_ == "B"):
            name.append(toks[k])
            k += 1
        if not name and k == 0 and len(toks) > 1 and toks[0].pos_ == "DET" and toks[0].lower_ in lex.definite and \
                toks[1].lemma_.lower() in lex.roles:
            # "Le porte-parole du gouvernement, hier soir : « … »": a role, with its complement
            k = 2
            while k < len(toks) and toks[k].text != "," and (toks[k].pos_ in ("PROPN", "NOUN", "ADJ", "DET") or
                                                              toks[k].lower_ in lex.of_words):
                k += 1
            name = toks[:k]
        via = self._header_via(toks[k:])
        if name:
            u = self.add_direct(m, None)
            u.subject, u.anchor, u.listed, u.via = name, name[0].idx, True, via
            for t in name:
                self.used[t.i] = 1
            return True
        last = self.units[-1] if self.units else None
        if len(toks) <= 10 and not any(t.ent_type_ == lex.person_label for t in toks) and \
                last is not None and last.listed and 0 < self.para(m.start) - self.para(last.end) <= 2 and \
                any(t.pos_ == "NUM" or t.lower_ in _MONTHS for t in toks):
            u = self.add_direct(m, None, inherit=True)
            u.listed, u.via = True, via
            return True
        return False

    def _header_via(self, toks: list[Token]) -> str | None:
        """The medium of a quote list's header: "sur Radio X", "dans Le Journal", "au micro de
        Radio X", or a comma-separated name that is an organisation or holds a medium noun."""
        lex = self.lex
        chunks: list[list[Token]] = [[]]
        for t in toks:
            if t.text == ",":
                chunks.append([])
            else:
                chunks[-1].append(t)
        for chunk in chunks:
            for x, t in enumerate(chunk):
                if t.lower_ in ("sur", "dans", "au", "à") and t.pos_ == "ADP":
                    y = x + 1
                    if chunk[y:y + 2] and chunk[y].lower_ == "micro" and len(chunk) > y + 2:
                        y += 2  # "au micro de Radio X"
                    z = y
                    while z < len(chunk) and (chunk[z].pos_ in ("PROPN", "DET", "NUM") or chunk[z].lemma_.lower() in lex.media or (
                            z > y and chunk[z].pos_ == "NOUN" and chunk[z].ent_type_ in ("ORG", "MISC"))) and \
                            chunk[z].lower_ not in _MONTHS:
                        z += 1
                    phrase = chunk[y:z]
                    while phrase and phrase[-1].pos_ in ("DET", "NUM") and not (len(phrase) > 1 and phrase[-1].ent_type_ == "ORG"):
                        phrase.pop()
                    if phrase and any(p.pos_ == "PROPN" or p.lemma_.lower() in lex.media for p in phrase) and not any(
                            p.ent_type_ in (lex.person_label, "LOC") for p in phrase):
                        return self.span_text(t.i, phrase[-1].i)
            if chunk and all(t.pos_ in ("PROPN", "DET", "NUM") for t in chunk) and any(
                    t.ent_type_ == "ORG" for t in chunk) and not any(t.lower_ in _MONTHS for t in chunk):
                return self.span_text(chunk[0].i, chunk[-1].i)
        return None

    def _question_title(self, m: Marked) -> bool:
        """French: quotation ``m`` is a paragraph of its own holding one short question and
        nothing else, after a paragraph that does not announce it with a colon: an intertitle
        («Sommes-nous prêts, à Brenac, à rouvrir le port ?» between two paragraphs of the author),
        not the words of the speaker before."""
        if not m.closed:
            return False
        inner = self.text[m.start:m.end].strip()
        if not inner.endswith("?") or any(ch in ".!?…" for ch in inner[:-1].rstrip(" ?")) or \
                len(inner.split()) > 20:
            return False
        pa, pb = self.para_bounds(m.open_at)
        if self.text[pa:m.open_at].strip() or self.text[m.close_at:pb].strip(" \t.»\u00a0\u202f"):
            return False
        before = self.text[:pa].rstrip()
        return not before.endswith(":")

    def _repeated(self, m: Marked) -> bool:
        """Quotation ``m`` has no final punctuation (a title, not a sentence) and its first
        words occur again in the article (« Plus lourdes et puissantes » over a paragraph quoting
        "encore plus lourdes et puissantes")."""
        inner = self.text[m.start:m.end].rstrip()
        if inner[-1:] in ".!?…":
            return False
        words = _WORD.findall(inner.lower())
        if len(words) < 3:
            return False
        if self._norm is None:
            self._norm = " " + " ".join(_WORD.findall(self.text.lower())) + " "
        if self._norm.count(" " + " ".join(words[:4]) + " ") >= 2:
            return True
        if self.lex.lang == "fr" and len(words) <= 8:
            # « La chloroquine est de retour » over a paragraph quoting « la chloroquine [soit] de
            # retour »: most of its words make another quotation of the article
            bag = set(words)
            return any(o is not m and len(bag & set(_WORD.findall(self.text[o.start:o.end].lower()))) >= 0.75 * len(bag)
                       for o in self.marks)
        return False

    def _post_cue(self, j: int, limit: int) -> tuple[int, int] | None:
        doc = self.doc
        skipped = 0
        while j < limit and doc[j].text in (",", "–", "—", "-") and skipped < 2:
            j += 1
            skipped += 1
        if self.lex.lang == "fr":
            # "« … » : c'est ce qu'écrivent les ambassadeurs" / "« … ». C'est ce qu'a déclaré X"
            k = j + (j < limit and doc[j].text in (":", "."))
            words = [doc[x].lower_ for x in range(k, min(k + 4, limit))]
            if len(words) == 4 and words[0] in ("c'", "c’", "ce") and words[1] in ("est", "était") and \
                    words[2] == "ce" and words[3] in ("que", "qu'", "qu’"):
                j = k + 4
        for i in range(j, min(j + POST_CUE_WINDOW, limit)):
            t = doc[i]
            if t.is_space or t.text in _END or t.text == ":" or self.in_quote[i] >= 0:
                return None
            cue = self.is_cue(t)
            if not cue and self.lex.lang == "fr" and i == j and t.lemma_ == "venir" and i + 3 < limit and \
                    doc[i + 1].lower_ in ("de", "d'", "d’") and doc[i + 2].pos_ == "VERB" and \
                    "Inf" in doc[i + 2].morph.get("VerbForm") and (self.lemma(doc[i + 2]) in self.lex.cues or
                                                                   doc[i + 2].lemma_.lower() in _INCISE_VERBS) and \
                    doc[i + 3].pos_ in ("DET", "PROPN"):
                cue = (i, i + 2)  # "», vient de lâcher le présentateur X": the recent past of the incise's verb
            if not cue and self.lex.lang == "fr" and all(
                    doc[x].pos_ in ("AUX", "ADV") or doc[x].lower_ in ("se", "s'", "s’") or doc[x].lower_ in _CLITICS
                    or self._untagged_aux(doc[x]) for x in range(j, i)) and not (
                    skipped == 0 and j >= 2 and doc[j - 1].text in FAMILIES and
                    doc[j - 2].text not in (".", "!", "?", "…", ",")):
                # (not "« d'autres États » auraient attisé la crise": no comma, no final stop, the
                # quoted words are the verb's subject)
                cue = self._incise_verb(i, j)  # not "» CNN a publié une analyse": a new sentence
            if cue:
                nxt = self.skip_adverbials(cue[1] + 1, limit)
                if self.lex.lang == "fr" and (nxt < limit and doc[nxt].text == ":" or any(
                        doc[x].lower_ == "qui" for x in range(j, i))):
                    return None  # "« titre » – qui tonnait : « … »": the cue announces the next quote
                if self.lex.lang == "fr" and cue[0] > j and j >= 2 and doc[j - 1].text in FAMILIES and \
                        doc[j - 2].text in (".", "!", "?", "…") and doc[j].text[:1].isupper() and \
                        self._que_content(cue, limit) is not None:
                    # "« Le port rouvrira. » Elle a rappelé qu'il …": the quotation closed its
                    # sentence; the next one, its subject first, is a report with its own content
                    return None
                return cue
            if t.pos_ in ("VERB", "SCONJ") or t.text == "," or (t.pos_ == "CCONJ" and self.lex.lang == "en"):
                return None  # ('“…,” and cautioned that …': a new predicate, not an incise)
        return None

    @staticmethod
    def _untagged_aux(t: Token) -> bool:
        """"», a tweeté X": the tagger, lost on a verb it does not know, may leave its auxiliary
        untagged (X) too; "a", "ont", "est" with the lemma of an auxiliary still are one."""
        return t.pos_ == "X" and t.lemma_ in ("avoir", "être")

    def _incise_verb(self, i: int, j: int) -> tuple[int, int] | None:
        """« … », se désole X / », a prêché le père Y / », note le Courrier: in French, a verb
        right after a closing quotation whose subject is inverted is the quotation's incise,
        whatever the verb (the lemmatizer may even take it for a noun: "note")."""
        doc, lex = self.doc, self.lex
        t = doc[i]
        if lex.lang != "fr" or self.used[i] or i + 1 >= len(doc):
            return None
        if t.pos_ in ("NOUN", "ADJ", "X"):  # "», note le Guardian", "», tranche X", "», s'indigne X"
            if not all(doc[x].lower_ in ("se", "s'", "s’") or doc[x].lower_ in _CLITICS or doc[x].pos_ == "AUX"
                       or self._untagged_aux(doc[x]) for x in range(j, i)) or not t.is_lower or (
                    self.lemma(t) not in lex.cues and not {t.lemma_.lower(), t.lower_ + "r", t.lower_ + "er",
                                                           t.lemma_.lower() + "r", t.lower_[:-1] + "er"} & _INCISE_VERBS
                    and not (t.lower_.endswith("é") and t.lower_[:-1] + "er" in lex.cues)):
                # (", a tweeté X": a cue's past participle the tagger left untagged, lemma "tweeté")
                return None
            if t.pos_ != "NOUN" and not (doc[i + 1].pos_ in ("DET", "PROPN") or doc[i + 1].lower_ in _CLITICS):
                return None
        elif t.pos_ != "VERB" and not (i == j and t.is_lower and t.is_alpha and t.lower_ not in _INVERTED_NOT_SPEECH
                                       and doc[i + 1].lower_ in _CLITICS):
            # (but "», persifle-t-il": a verb the tagger, lost on a rare word, took for another
            # class; the inverted subject pronoun right after it makes it the incise's verb)
            return None
        elif t.pos_ != "VERB":
            return i, i
        left = i
        while left - 1 >= j and (doc[left - 1].pos_ in ("AUX", "ADV") or doc[left - 1].lower_ in ("se", "s'", "s’") or
                                 doc[left - 1].lower_ in _CLITICS or self._untagged_aux(doc[left - 1])):
            left -= 1  # (", a-t-elle tranché", "», se sont timidement interrogés X")
        while left < i and doc[left].pos_ == "ADV":
            left += 1
        finite = any("Fin" in doc[k].morph.get("VerbForm") for k in range(left, i + 1))
        if t.pos_ == "VERB" and not finite:
            return None
        nxt = doc[i + 1]
        if nxt.text.lower() in _CLITICS[1:] or nxt.text.lower() in ("-t", "-t-il", "-t-elle") or any(
                doc[x].lower_ in _CLITICS[1:] for x in range(left, i)):
            return left, i  # "», martèle-t-il", "», a-t-elle tranché"
        k = self.skip_adverbials(i + 1, len(doc))
        if k < len(doc) and self.in_quote[k] < 0 and (doc[k].pos_ in ("DET", "PROPN") or (
                doc[k].text[:1].isupper() and doc[k].is_alpha)):
            np = self.np_forward(k)
            end = np[-1].i + 1 if np else k
            if np and (end >= len(doc) or doc[end].is_punct or doc[end].is_space or doc[end].pos_ in ("ADP", "ADV", "SCONJ")):
                while left < i and doc[left].lower_ in ("se", "s'", "s’"):
                    left += 1
                return left, i
        return None

    def _pre_cue(self, s: int, j: int, colon: bool):
        """A cue in tokens s..j-1 introducing a quote that starts after token j."""
        doc, lex = self.doc, self.lex
        # "Selon le Moscow Times, « … »"
        if doc[j].text == "," and self._according_at(s) is not None:
            a, np_start = self._according_at(s)
            np = [t for t in doc[np_start:j] if self.in_quote[t.i] < 0 or True]
            return (a, np_start - 1), np, None
        if doc[j].text == ",":  # « … », a-t-il ajouté, « … »: the second part of an incise
            for u in reversed(self.units):
                ends = [u.cue[1]] + [t.i for t in u.subject] if u.cue else []
                if ends and max(ends) == j - 1:
                    return u.cue, u.subject, None
        for i in range(j - 1, s - 1, -1):
            if self.in_quote[i] >= 0:
                continue
            cue = self.is_cue(doc[i])
            if cue:
                return cue, None, None
        if colon:
            for i in range(j - 1, s - 1, -1):
                t = doc[i]
                copula = lex.lang == "fr" and t.pos_ == "ADJ" and any(c.dep_ == "cop" for c in t.children)
                if (t.pos_ == "VERB" or copula) and self.in_quote[i] < 0 and not self.used[i]:
                    # (or "X a été très clair : « … »": a copula and its adjective)
                    if lex.lang == "fr" and i > s and any(
                            c.dep_.startswith("nsubj") and c.lower_ == "qui" and c.i < i for c in t.children):
                        # "Il a défendu Jan Oster, qui aurait fait trop de concessions : « … »": the
                        # relative clause describes the person spoken of; the main verb introduces
                        continue
                    subj = self.subject((i, i))
                    if subj and (subj[0].text.lower() in lex.pronouns or any(
                            u.ent_type_ == lex.person_label for u in subj) or any(
                            u.lemma_.lower() in lex.roles for u in subj)):
                        left = i
                        while left - 1 >= s and doc[left - 1].pos_ in ("AUX", "ADV"):
                            left -= 1
                        while doc[left].pos_ == "ADV" and left < i:
                            left += 1
                        return (left, i), subj, None
        return None

    def _according_at(self, i: int) -> tuple[int, int] | None:
        """(first token of the marker, first token of X) when "selon"/"d'après"/"according
        to" starts at token i."""
        doc, lex = self.doc, self.lex
        if i >= len(doc):
            return None
        low = doc[i].text.lower()
        if low == "selon":
            return i, i + 1
        if low in ("d'", "d’") and i + 1 < len(doc) and doc[i + 1].text.lower() == "après":
            return i, i + 2
        if low in ("d'après", "d’après"):
            return i, i + 1
        if low == "according" and i + 1 < len(doc) and doc[i + 1].text.lower() == "to" and lex.lang == "en":
            return i, i + 2
        return None

    def indirect(self) -> None:
        doc = self.doc
        for ti in self.cue_candidates:
            t = doc[ti]
            if self.in_quote[ti] >= 0 or self.used[ti]:
                continue
            self._indirect_at(ti, *self.para_tokens(t.idx))

    def _indirect_at(self, ti: int, floor: int, limit: int, nested: bool = False) -> Unit | None:
        """The unit whose cue verb is token ``ti``, its content within tokens floor..limit-1."""
        doc = self.doc
        cue = self.is_cue(doc[ti])
        if not cue or self._impersonal_infinitive(cue):
            return None
        cue = self._se_dire(cue)
        expressed = self._expressed(cue, limit)
        if expressed:
            cue = expressed[0]
        content = (expressed and expressed[1]) or (self._after_comme(cue, floor) and self._comme_content(cue, floor, limit)) or \
            self._cest_ce_que(cue, floor) or self._voici_ce_que(cue, floor, limit) or self._que_content(cue, limit) or self._before_content(cue, floor) or self._comme_content(cue, floor, limit)
        if not content:
            return None
        a, b = content
        if self.lex.lang == "fr" and a > cue[1]:
            b = self._outer_coordination(cue, a, b)
            b = self._same_aux_coordination(cue, a, b)
            b = self._after_gerund(cue, a, b)
            b = self._subordinate_end(cue, a, b, floor)
        if b > a and a > cue[1] and self._in_apposed_relative(cue):
            # "une étude, qui concluait à l'inutilité du traitement, a été retirée": the content
            # ends with the relative clause
            b = next((x - 1 for x in range(a + 1, b + 1) if doc[x].text == "," and self.in_quote[x] < 0), b)
        nests = None
        if (any(self.used[i] for i in range(a, b + 1)) and not (nests := self._nests_reports(cue, a, b))) or \
                self.words(a, b) < MIN_CONTENT_WORDS:
            return None
        start, end = doc[a].idx, doc[b].idx + len(doc[b].text)
        inner = [m for m in self.marks if start <= m.open_at and m.open_at < end]
        kind = "indirect"
        if inner:
            end = max(end, max(m.close_at for m in inner))
            kind = "mixed"
            if len(inner) == 1 and inner[0].open_at == start and inner[0].close_at >= end - 1:
                kind, start, end = "direct", inner[0].start, inner[0].end
            elif self.lex.lang == "fr" and not nested and inner[0].open_at == start:
                second = self._and_que_quote(inner, end)
                if second is not None:
                    # "de déclarer que « A » – entendons « B » – et que « C »": two quotations, each
                    # the whole of its clause; what lies between is the author's gloss
                    first = self.add_direct(inner[0], cue)
                    self.add_direct(second, cue, subject=first.subject)
                    self.mark_used(a, self.tok(end - 1))
                    return first
        # strip trailing punctuation and spaces
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in ",;:"):
            end -= 1
        u = Unit(kind, start, end, cue=cue, paragraph=self.para(start))
        u.subject = self.subject(cue, stop=a if a > cue[1] else None)
        if self.lex.lang == "fr" and self._rhetoric(cue, u.subject, floor, limit):
            return None
        if self.lex.lang == "en" and not nested and len(u.subject) == 1 and u.subject[0].lower_ in ("i", "we") and \
                self.in_quote[u.subject[0].i] < 0 and any(
                    self.is_cue(doc[x]) is not None for x in range(a, b + 1) if doc[x].pos_ in ("VERB", "AUX")):
            # "I should point out that Mr Johnson did say that …": the author's own words (no unit,
            # see __init__._first_person) leave the report they carry to be read
            return None
        if nested and u.subject and not floor <= u.subject[0].i < limit and floor > 0 and doc[floor - 1].text in FAMILIES:
            u.subject = []  # a subject outside the quotation is not the inner speaker
        if nested and (not self._third_person(u.subject) or any(
                p in ("1", "2") for t in doc[cue[0]:cue[1] + 1] for p in t.morph.get("Person"))):
            return None
        u.anchor = doc[cue[0]].idx
        if nests:  # the inner reports are found again by the nested pass, inside this unit
            self.units = [v for v in self.units if v not in nests]
        self.mark_used(*cue)
        self.mark_used(a, self.tok(end - 1))
        for s in u.subject:
            self.used[s.i] = 1
        self.units.append(u)
        return u

    def _expressed(self, cue: tuple[int, int], limit: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """"X a exprimé sa vive inquiétude quant à …", "ont exprimé leur soutien à …", "a fait part
        de son inquiétude face à …" (French): the cue runs through the possessive and its noun, the
        content is what the preposition after it introduces; else None."""
        doc = self.doc
        a, b = cue
        if self.lex.lang != "fr" or self.lemma(doc[b]) not in ("exprimer", "manifester", "réitérer"):
            return None
        k = self.skip_adverbials(b + 1, limit)
        if k >= limit or doc[k].lower_ not in POSSESSIVE_DETS:
            return None
        k += 1
        while k < limit and doc[k].pos_ == "ADJ":
            k += 1
        if k >= limit or doc[k].pos_ != "NOUN":
            return None
        n = k
        k += 1
        while k < limit and doc[k].pos_ == "ADJ":
            k += 1
        for prep in _EXPRESSED_PREPS:
            if all(k + x < limit and doc[k + x].lower_ == w for x, w in enumerate(prep)):
                c = k + len(prep)
                e = self.sentence_end(c, limit)
                while e > c and (doc[e].is_punct or doc[e].is_space) and doc[e].text not in FAMILIES:
                    e -= 1
                if e - c + 1 < 2 or any(self.in_quote[x] >= 0 for x in range(n, c)):
                    return None
                return (a, k - 1), (c, e)
        return None

    def _cest_ce_que(self, cue: tuple[int, int], floor: int) -> tuple[int, int] | None:
        """"Le port ne rouvrira pas avant l'été. C'est ce qu'a affirmé mardi Corentin Malvaux."
        (French): "C'est ce que" / "Voilà ce que" + cue opening its sentence points back at the
        sentence before (in this paragraph, or the last one of the paragraph before): that
        sentence is the content. None when it is already a unit or one quotation (pass 1)."""
        doc = self.doc
        a = cue[0]
        if self.lex.lang != "fr" or a < 3 or doc[a - 1].lower_ not in ("qu'", "qu’", "que") or doc[a - 2].lower_ != "ce":
            return None
        if doc[a - 3].lower_ == "voilà":
            k = a - 3
        elif a >= 4 and doc[a - 3].lower_ in ("est", "était") and doc[a - 4].lower_ in ("c'", "c’"):
            k = a - 4
        else:
            return None
        if self.sentence_start(k, floor) != k:
            return None
        e = k - 1
        while e >= 0 and doc[e].is_space:
            e -= 1
        if e < 1 or doc[e].text not in (".", "!", "…") or self.in_quote[e] >= 0:
            return None  # ("?": a question is nobody's statement; a closing mark: a quotation)
        pfloor = self.para_tokens(doc[e].idx)[0]
        if pfloor != floor and k != floor:
            return None
        s = self.sentence_start(e - 1, pfloor)
        b = e - 1
        for x in range(s + 2, b):
            if doc[x].lower_ in ("que", "qu'", "qu’") and self.lemma(doc[x - 1]) in self.lex.cues and any(
                    doc[y].lower_ == "on" for y in range(max(s, x - 5), x - 1)):
                s = x + 1  # "…, on peut dire que le port fermera. C'est ce qu'affirmait X": the clause after "que"
                break
        if b - s < 3 or any(self.used[x] for x in range(s, b + 1)) or (
                self.in_quote[s] >= 0 and self.in_quote[b] == self.in_quote[s]):
            return None
        if k == floor and pfloor != floor and s > pfloor and self.words(pfloor, b) <= 60 and not any(
                self.used[x] or self.in_quote[x] >= 0 for x in range(pfloor, s)) and \
                sum(doc[x].text in _END for x in range(pfloor, s)) <= 2:
            # "Les occupants tentent de lancer la saison. Pour convaincre, ils ont des fusils. ¶ C'est
            # ce que rapporte le Courrier de Valdavie": a short lede paragraph, all of it reported
            s = pfloor
        return s, b

    def _voici_ce_que(self, cue: tuple[int, int], floor: int, limit: int) -> tuple[int, int] | None:
        """"Voici ce que nous en dit Valpresse : Le port fermera en mai." (French): "Voici / Voilà
        ce que" + cue + subject + colon announces the content after the colon (the rest of the
        sentence, or the next paragraph when the colon ends this one). None when that is one
        quotation (pass 1)."""
        doc = self.doc
        k = cue[0] - 1
        while k > floor and cue[0] - k <= 3 and doc[k].lower_ in ("nous", "en", "y", "lui", "leur", "vous", "me", "m'", "m’"):
            k -= 1
        if self.lex.lang != "fr" or k < 2 or doc[k].lower_ not in ("qu'", "qu’", "que") or doc[k - 1].lower_ != "ce" or \
                doc[k - 2].lower_ not in ("voici", "voilà"):
            return None
        c = next((x for x in range(cue[1] + 1, min(cue[1] + 12, limit)) if doc[x].is_punct and doc[x].text != "-"), None)
        if c is None or doc[c].text != ":":
            return None
        a = c + 1
        while a < len(doc) and doc[a].is_space:
            a += 1
        if a >= len(doc):
            return None
        if a < limit:
            b = self._cut(a, self.sentence_end(a, limit))
        else:
            _, nlimit = self.para_tokens(doc[a].idx)
            b = nlimit - 1
            while b > a and (doc[b].is_space or (doc[b].is_punct and doc[b].text not in FAMILIES)):
                b -= 1
        if any(self.used[x] for x in range(a, b + 1)) or (self.in_quote[a] >= 0 and self.in_quote[b] == self.in_quote[a]):
            return None
        return (a, b) if self.words(a, b) >= MIN_CONTENT_WORDS else None

    def _se_dire(self, cue: tuple[int, int]) -> tuple[int, int]:
        """"se dit convaincu", "s'est dit persuadée", "se disent prêts" (French): the reflexive
        "dire" and its attribute are one cue, so that an inverted subject after the attribute is
        found ("Le port rouvrira, se dit convaincu X."); the cue unchanged otherwise."""
        doc = self.doc
        a, b = cue
        if self.lex.lang != "fr" or b + 1 >= len(doc) or self.lemma(doc[b]) != "dire" or \
                doc[b + 1].lower_.rstrip("es") not in _SE_DIRE_ATTRIBUTES or (
                b + 2 < len(doc) and doc[b + 2].lower_ in ("à", "de", "d'", "d’", "au", "aux", "pour", "quant")):
            return cue  # ("se dit prêt à …": the attribute opens the content)
        k = a - 1
        while k >= 0 and doc[k].lower_ in ("est", "sont", "était", "étaient", "sera", "seront") and k >= a - 1:
            k -= 1
        if k < 0 or doc[k].lower_ not in ("se", "s'", "s’"):
            return cue
        return k, b + 1

    def _nests_reports(self, cue: tuple[int, int], a: int, b: int) -> list[Unit]:
        """"La région réclame à l'État 40 millions, a indiqué X.": the content before an incise
        holds an earlier indirect report whole (cue, subject and content), a nested report that
        keeps its own unit (French); any other claimed token still blocks the content. The
        earlier reports, or nothing."""
        if self.lex.lang != "fr" or not b < cue[0] or self.lemma(self.doc[cue[1]]) in ("rapporter", "relater"):
            return []  # (", rapporte Valpresse": a medium relaying the report is its via, no outer unit)
        inside = [u for u in self.units if u.kind == "indirect" and u.cue and a <= u.cue[0] and u.cue[1] <= b
                  and a <= self.tok(u.start) and self.tok(u.end - 1) <= b]
        if not inside:
            return []
        covered: set[int] = set()
        for u in inside:
            covered.update(range(u.cue[0], u.cue[1] + 1))
            covered.update(range(self.tok(u.start), self.tok(u.end - 1) + 1))
            covered.update(t.i for t in u.subject)
        return inside if all(not self.used[i] or i in covered for i in range(a, b + 1)) else []

    def _rhetoric(self, cue: tuple[int, int], subject: list[Token], floor: int, limit: int) -> bool:
        """The author's rhetoric, not somebody's speech (French): a negated cue ("n'ont pas nié
        que", "ne l'admettent jamais"), an imperative in "-ons" opening its sentence ("Rappelons
        que"), "on" under a modal or a hypothesis ("si l'on peut soutenir que", "peut-on avancer
        pour dire que"), an infinitive cue in a question with nobody named as its subject ("qui
        sommes-nous pour lui dire que … ?"), or an infinitive cue after "pour" that depends on a
        noun ("il n'y a aucun argument pour dire que")."""
        doc = self.doc
        a, b = cue
        j = a - 1
        while j >= floor and a - j <= 4 and doc[j].lower_ in _OBJECT_CLITICS | {"l'", "l’", "le", "la", "les", "s'", "s’", "y", "en", "m'", "m’"}:
            j -= 1
        negated = j >= floor and doc[j].lower_ in ("ne", "n'", "n’") and any(
            doc[x].lower_ in _NEGATIONS for x in range(a, min(b + 2, limit)))
        if not negated and ("Inf" in doc[b].morph.get("VerbForm") or "Inf" in doc[a].morph.get("VerbForm")) and \
                j - 1 >= floor and doc[j].lower_ in _NEGATIONS and doc[j - 1].lower_ in ("ne", "n'", "n’"):
            negated = True  # "…, pour ne pas dire que …", "a choisi de ne jamais affirmer que …" ("pour ne
            # pas être accusés de …": a passive infinitive)
        if "Inf" in doc[a].morph.get("VerbForm") and (
                (j >= floor + 2 and doc[j].lower_ in ("de", "d'", "d’") and doc[j - 1].lower_ == "lieu" and
                 doc[j - 2].lower_ in ("au", "plutôt")) or (j >= floor and doc[j].lower_ == "sans") or (
                j >= floor + 2 and doc[j].lower_ in ("de", "d'", "d’") and doc[j - 1].lower_ in ("que", "qu'", "qu’") and
                doc[j - 2].lower_ == "plutôt")):
            return True  # "au lieu de demander des comptes à Brenac, …", "sans dire que": nothing said
        if self.lemma(doc[b]) in _NEGATED_CUES:
            return not negated  # "n'exclut pas de …", "n'a pas caché que": speech only when negated
        if negated:
            return True
        if j >= floor + 1 and doc[j].lower_ == "qui" and doc[j - 1].lower_ == "ce" or any(
                t.lower_ in ("quiconque", "cela", "ça", "ceci") for t in subject[:1]) or (
                len(subject) <= 1 and any(t.lower_ in ("tout", "rien") for t in subject or [
                    c for c in doc[b].children if c.dep_.startswith("nsubj") and c.i < a])):
            # "ce qui sous-entend que", "quiconque prétend que", "tout indique que": nobody's words
            return True
        s = self.sentence_start(a, floor)
        k = s
        while k < a and (doc[k].pos_ in ("CCONJ", "PUNCT") or doc[k].lower_ in ("enfin", "donc", "ainsi", "aussi")):
            k += 1
        if k == a == b and doc[a].lower_.endswith("ons") and self.in_quote[a] < 0 and not any(
                c.dep_.startswith("nsubj") for c in doc[a].children):
            return True
        infinitive = "Inf" in doc[b].morph.get("VerbForm")
        window = range(max(s, a - 8), a)
        ons = [x for x in window if doc[x].lower_ in ("on", "-on")]
        if ons and any(doc[x].pos_ in ("NOUN", "PROPN", "DET") for x in range(ons[0] + 1, a)):
            ons = []  # "on pouvait entendre le ministre affirmer que": the ministre speaks
        if any(doc[x].lower_ in ("me", "m'", "m’", "nous") for x in range(j + 1, a)) and \
                "Fut" in doc[a].morph.get("Tense") + doc[b].morph.get("Tense"):
            return True  # "les fâcheux me diront que …": an objection the author expects
        if ons and a - ons[-1] <= 4 and any(doc[x].lower_ in ("nous", "m'", "m’", "me") for x in range(ons[-1] + 1, a)):
            return True  # "aussitôt on nous accuse d'être …": the author's grievance about people unnamed
        if ons and (doc[ons[0] - 1].lower_ in ("si", "s'", "s’") or (
                ons[0] >= 2 and doc[ons[0] - 1].lower_ in ("l'", "l’") and doc[ons[0] - 2].lower_ == "si") or any(
                doc[x].lemma_ in ("pouvoir", "devoir") for x in range(ons[0] - 1, a))):
            return True
        if (subject and len(subject) == 1 and subject[0].lower_ in ("tout", "rien")) or (
                not subject and a - 1 >= floor and a - 1 == s and doc[a - 1].lower_ in ("tout", "rien")):
            return True  # "tout indique que …": nobody speaks
        if "Inf" in doc[b].morph.get("VerbForm") and a == b:
            k = s
            while k < a and (doc[k].pos_ in ("ADV", "CCONJ", "PUNCT")):
                k += 1
            if k == a and not subject:
                return True  # "Ainsi, dire que X revient à admettre Y": an infinitive as the sentence's subject
        if "Fut" in doc[b].morph.get("Tense") + doc[a].morph.get("Tense") and subject and subject[0].lower_ in (
                "certains", "d'aucuns", "d’aucuns", "aucuns", "beaucoup", "plusieurs", "on", "quelques-uns"):
            return True  # "Certains diront que …": an objection the author expects
        e = self.sentence_end(b, limit)
        if b + 1 < limit and doc[b + 1].lower_ in _CLITICS and "?" in (doc[e].text, doc[min(e + 1, len(doc) - 1)].text) \
                and a > floor and \
                doc[a - 1].text not in (",", "—", "–") and self.in_quote[a - 1] < 0:
            return True  # "Le maire affirme-t-il vraiment que … ?": the author's question
        if infinitive and a - 1 >= floor and doc[a - 1].lower_ == "pour":
            head = doc[b].head
            subj = [c for c in head.children if c.dep_.startswith("nsubj") or c.dep_ == "expl:subj"]
            for _ in range(3):
                if subj or head.dep_ not in ("xcomp", "conj") or head.head.i == head.i:
                    break
                head = head.head  # "peut-on avancer pour dire", "… et en a profité pour affirmer"
                subj = [c for c in head.children if c.dep_.startswith("nsubj") or c.dep_ == "expl:subj"]
            aside = head.pos_ in ("NOUN", "ADJ") and head.i < a and any(
                doc[x].text in ("–", "—", ")") for x in range(head.i + 1, a))
            # (not "s'est rendu à Brenac – le port le plus touché – pour expliquer que": the noun is
            # in a parenthesis the parser hung the infinitive on)
            if (head.pos_ in ("NOUN", "ADJ") and not aside) or (head.i != b and subj and any(
                    c.dep_ == "expl:subj" or c.lower_ in ("on", "-on", "nous", "je", "j'", "j’") for c in subj)):
                return True  # "il n'y a aucun argument pour dire que", "peut-on avancer pour dire que"
        if infinitive:
            head = doc[b].head
            for _ in range(2):  # "il faudrait interroger X et leur demander de …"
                if head.dep_ in ("conj", "xcomp") and head.head.i != head.i and head.lemma_ not in ("devoir", "falloir"):
                    head = head.head
            if head.i != b and head.i < a and (head.lemma_ in ("censé", "supposé") or (
                    head.lemma_ in ("devoir", "falloir") and "Fin" in head.morph.get("VerbForm") and (
                    "Cnd" in head.morph.get("Mood") or set(head.morph.get("Tense")) & {"Pres", "Fut"}))):
                return True  # "l'Amérique doit faire savoir que", "il faudrait leur demander de", "censés admettre"
        if infinitive or (subject and subject[0].lower_ in ("on", "-on", "nous", "vous")):
            e = self.sentence_end(b, limit)
            if e + 1 < len(doc) and doc[e + 1].text == "?" and self.in_quote[e + 1] < 0 and not any(
                    t.pos_ == "PROPN" or t.ent_type_ or t.lemma_.lower() in self.lex.roles for t in subject):
                return True
        return False

    def _impersonal_infinitive(self, cue: tuple[int, int]) -> bool:
        """"Il est à noter que", "il est intéressant de souligner que", "il convient de rappeler
        que": the author speaking; "les chiffres tendent à confirmer que": nobody speaking."""
        doc = self.doc
        i = cue[0]
        if self.lex.lang != "fr" or "Inf" not in doc[i].morph.get("VerbForm") or i < 2 or \
                doc[i - 1].lower_ not in ("à", "de", "d'", "d’"):
            return False
        window = doc[max(0, i - 6):i - 1]
        if i >= 3 and doc[i - 3].lower_ == "il" and doc[i - 2].lower_ in _IMPERSONAL_VERBS:
            return True  # "Il convient de rappeler que", "il suffit de dire que", "il reste à préciser que"
        if doc[i - 1].lower_ == "à" and doc[i - 2].lemma_ == "tendre":
            return True  # "beaucoup d'éléments tendent à rappeler que": evidence, not somebody's words
        return any(t.lemma_ == "être" for t in window) and any(t.lower_ in ("il", "c'", "c’", "ce") for t in window)

    def _comme_content(self, cue: tuple[int, int], floor: int, limit: int) -> tuple[int, int] | None:
        """"Comme l'expliquent les médias publics, X avait déjà …" / "X avait déjà …, comme l'a
        rappelé le maire.": "comme" + clitic + cue + inverted subject."""
        doc = self.doc
        if self.lex.lang != "fr":
            return None
        k = cue[0] - 1
        if k >= floor and doc[k].lower_ in ("l'", "l’", "le"):
            k -= 1
        if k < floor or doc[k].lower_ != "comme":
            return None
        if self.lemma(doc[cue[1]]) in _PASSIVE_LABELS | {"appeler", "nommer"}:
            return None  # "cette « réforme », comme l'appelle le gouvernement, …": a name, not a report
        j = self.skip_adverbials(cue[1] + 1, limit)
        if j + 2 < limit and doc[j].lower_ == "sans" and doc[j + 1].pos_ in ("NOUN", "VERB") and \
                doc[j + 2].pos_ in ("DET", "PROPN"):
            j += 2  # "comme l'a déclaré sans détour la ministre": a manner phrase before the subject
        j = self._comme_relay(j, limit)
        if j >= limit or doc[j].pos_ not in ("DET", "PROPN") or self.in_quote[j] >= 0:
            return None
        subj = self.np_forward(j)  # the inverted subject
        if not subj:
            return None
        e = self._comme_tail(subj[-1].i + 1, limit)
        if e < limit and doc[e].text == "(":
            # "Comme le rapporte Valpresse (lien externe), …": a parenthesis after the subject
            x = next((x for x in range(e + 1, min(e + 10, limit)) if doc[x].text in (")", "(")), None)
            if x is not None and doc[x].text == ")" and x + 1 < limit:
                e = self._comme_tail(x + 1, limit)
        if e < limit and doc[e].text != "," and doc[e].pos_ == "ADP":
            # "Comme le rappelle un rapport de l'Institut pour la Justice, …": the name goes on
            x = next((x for x in range(e, min(e + 8, limit)) if doc[x].is_punct or doc[x].pos_ in ("VERB", "AUX")), None)
            if x is not None and doc[x].text == ",":
                e = x
        s = self.sentence_start(k, floor)
        if e < limit and doc[e].text == "," and (k == s or (k - s <= 4 and doc[k - 1].text == ",")):
            end = self._cut(e + 1, self.sentence_end(e + 1, limit))
            if any(self.in_quote[x] >= 0 for x in range(e + 1, end + 1)):
                return None  # "Comme le souligne X, sur BFM TV, « … »": a direct quote (pass 4)
            return (e + 1, end) if end > e + 1 else None
        if k - 1 > s and doc[k - 1].text == "," and e + 1 < limit and doc[e].text == "," and \
                doc[e + 1].pos_ in ("AUX", "VERB") and "Fin" in doc[e + 1].morph.get("VerbForm"):
            # "Obama, comme l'a dit le Guardian, a embarqué …": the incise between the subject and
            # its verb stays inside the content (like "…, selon lui, …")
            a = k - 2
            while a > s and not (doc[a - 1].text == "," and (doc[a].pos_ in ("PROPN", "DET", "NOUN", "PRON") or doc[a].ent_type_)):
                a -= 1
            end = self._cut(e + 1, self.sentence_end(e + 1, limit))
            return (a, end) if end > e + 1 else None
        if k - 1 > s and doc[k - 1].text == "," and (e >= limit or doc[e].is_punct):
            if doc[s].pos_ == "ADP":
                # "À l'heure de la pandémie, la lecture de ce livre est vitale, comme le recommande X":
                # the content starts after the adverbial phrase
                a = next((x + 1 for x in range(s + 1, k - 2) if doc[x].text == "," and self.in_quote[x] < 0 and
                          doc[x + 1].pos_ in ("DET", "PROPN", "PRON")), s)
                return a, k - 2
            # "Les pêcheurs sont inquiets, car le barrage détruira la faune, comme l'attestent des
            # études": the incise bears on the clause after "car"
            s = max([x + 1 for x in range(s + 1, k - 3) if doc[x].lower_ == "car" and doc[x - 1].text == ","
                     and self.in_quote[x] < 0] or [s])
            return s, k - 2
        return None

    def _after_comme(self, cue: tuple[int, int], floor: int) -> bool:
        """"comme l'a annoncé X": the cue's object is the clitic, so what follows is no content."""
        doc, k = self.doc, cue[0] - 1
        return self.lex.lang == "fr" and k - 1 >= floor and doc[k].lower_ in ("l'", "l’") and doc[k - 1].lower_ == "comme"

    def _comme_relay(self, j: int, limit: int) -> int:
        """"comme l'a annoncé vendredi sur Twitter Corentin Malvaux": a medium phrase between the
        cue of a "comme" incise and its inverted subject; the token of the subject, else ``j``."""
        doc = self.doc
        if j >= limit or doc[j].pos_ != "ADP" or doc[j].lower_ not in ("sur", "dans", "à", "au"):
            return j
        for k in range(j + 1, min(j + 6, limit)):
            t = doc[k]
            if t.is_punct or t.is_space or self.in_quote[k] >= 0 or t.pos_ in ("VERB", "AUX"):
                return j
            if t.ent_type_ == self.lex.person_label and t.pos_ == "PROPN" and k > j + 1 and \
                    doc[k - 1].ent_type_ != self.lex.person_label:
                return k
        return j

    def _comme_tail(self, e: int, limit: int) -> int:
        """"…, comme l'a dit X hier à Brenac.": a time or place phrase after the inverted subject
        of a "comme" incise, up to the punctuation that ends the incise; that token, else ``e``."""
        doc = self.doc
        x = e
        while x < limit and x - e < 8 and not doc[x].is_punct and not doc[x].is_space and \
                self.in_quote[x] < 0 and doc[x].pos_ not in ("VERB", "AUX", "CCONJ", "SCONJ", "PRON"):
            x += 1
        if x > e and x < limit and doc[x].text in (",", ".", ";") and (
                doc[e].lower_ in _TIME_WORDS or doc[e].pos_ in ("ADP", "ADV")):
            return x
        return e

    def _in_apposed_relative(self, cue: tuple[int, int]) -> bool:
        """The cue verb is in a relative clause set off by a comma (", qui concluait …")."""
        doc = self.doc
        j = cue[0] - 1
        while j >= 0 and doc[j].pos_ in ("ADV", "PRON") and doc[j].lower_ not in ("qui",):
            j -= 1
        return self.lex.lang == "fr" and j >= 1 and doc[j].lower_ == "qui" and (
            doc[j - 1].text == "," or (doc[j - 1].pos_ == "PROPN" and self.in_quote[j - 1] < 0))
        # (a name's relative clause is set off even without its comma: "sa nièce Marion Maréchal qui
        # a dit pencher pour X, à l'égard de …")

    def _third_person(self, subject: list[Token]) -> bool:
        """A nested report needs somebody else as its speaker: not "je", "nous", "on", "vous"."""
        if not subject or any(p in ("1", "2") for t in subject for p in t.morph.get("Person")):
            return False
        first = subject[0].text.lower()
        if first in self.lex.pronouns or first in self.lex.plural_pronouns:
            return True
        # somebody: a name or a role ("le Premier ministre"), not "la précipitation"
        return subject[0].pos_ != "PRON" and any(
            t.pos_ == "PROPN" or t.ent_type_ or t.lemma_.lower() in self.lex.roles for t in subject)

    def nested(self) -> None:
        """Reports inside a quotation or inside indirect content (GUIDELINES: nested speech):
        « … Le Premier ministre a souligné que … », "X a assuré que Y lui avait expliqué que …".
        The outer unit keeps its span; the inner one gets its own speaker. Inside indirect
        content the inner speaker must be named (a pronoun there is mostly the outer speaker)."""
        doc = self.doc
        outer = list(self.units)
        for u in outer:
            if u.end - u.start < 20:
                continue
            a, b = self.tok(u.start), self.tok(u.end - 1)
            if u.kind == "direct":
                k = self.in_quote[a]
                if k < 0:
                    continue
                m = self.marks[k]
                if (m.start, m.end) != (u.start, u.end):
                    continue  # a quotation split by its incise (_inner_incise)
                a, b = self.tok(m.start), self.tok(max(m.end - 1, m.start))
            cues = self.cue_candidates[bisect_left(self.cue_candidates, a):bisect_right(self.cue_candidates, b)]
            if self.lex.lang == "fr" and u.kind != "direct":
                cues = cues + self._gerund_nouns(a, b)
            according = self.according_candidates[
                bisect_left(self.according_candidates, a):bisect_right(self.according_candidates, b)]
            if not cues and not according:
                continue
            cands = cues + according
            according_set = set(according)
            saved_q, saved_u = self.in_quote[a:b + 1], self.used[a:b + 1]
            for i in range(a, b + 1):
                if u.kind == "direct" or self.in_quote[i] < 0:
                    self.in_quote[i] = -1
                self.used[i] = 0
            n = len(self.units)
            for ti in sorted(set(cands)):
                if self.used[ti] or self.in_quote[ti] >= 0 or (u.cue and u.cue[0] <= ti <= u.cue[1]):
                    continue  # (the outer unit's own cue, inside its content: "X, comme l'a dit Y, a …")
                if u.kind != "direct" and all(doc[x].pos_ in ("ADP", "PART", "ADV") or doc[x].lower_ in (
                        "ne", "n'", "n’") for x in range(a, ti)):
                    continue  # "l'avait invitée à proposer des mesures": the infinitive the content is
                if ti in according_set and (ti == a or doc[ti - 1].text in _END or (
                        ti + 1 <= b and doc[ti + 1].lower_ in _SELON_RELATIVES) or (
                        self.lex.lang == "fr" and u.kind == "direct" and doc[ti - 1].text == "," and
                        self._according_at(ti) is not None and
                        all(not (doc[x].is_punct and doc[x].text not in ".!?…") for x in range(ti + 1, b + 1)))):
                    # (or "« …, selon les experts. »": a source named at the end of the quotation)
                    self._according_one(ti, a, b + 1)  # "Selon le document, …" opening a sentence
                if not self.used[ti]:
                    self._indirect_at(ti, a, b + 1, nested=True)
            if u.kind != "direct":  # inside indirect content only a named speaker
                keep = [v for v in self.units[n:] if v.speaker or (
                    v.subject and v.subject[0].pos_ in ("PROPN", "NOUN", "DET"))]
                self.units[n:] = keep
            elif self.lex.lang == "fr":
                self.units[n:] = [v for v in self.units[n:] if not self._thing_pronoun(v, a)]
            self.in_quote[a:b + 1], self.used[a:b + 1] = saved_q, saved_u

    def _gerund_nouns(self, a: int, b: int) -> list[int]:
        """"Selon elle, les policiers ont renvoyé les gardiens, en avertissant que « … »" (French):
        inside indirect content a..b, the present participles of cues after "en" that the tagger
        took for nouns or adjectives; they become cues (``gerund_cues``) for the nested pass.
        (Only there: at the top level the quotation after them would be taken from the outer
        report.)"""
        doc = self.doc
        forms = _gerunds(self.lex.cues)
        found = [x for x in range(a + 1, b + 1) if doc[x].pos_ in ("NOUN", "ADJ", "X") and
                 doc[x - 1].lower_ == "en" and doc[x].lower_ in forms and self.in_quote[x] < 0]
        self.gerund_cues.update((x, forms[doc[x].lower_]) for x in found)
        return found

    def _gerund_subject(self, i: int) -> list[Token]:
        """The subject of gerund ``i`` ("en avertissant"): that of the closest verb before it in
        its sentence that has one ("les policiers ont interdit …, en avertissant")."""
        doc = self.doc
        s = self.sentence_start(i, 0)
        for k in range(i - 2, s - 1, -1):
            if self.in_quote[k] >= 0 or doc[k].pos_ not in ("VERB", "AUX"):
                continue
            subj = next((c for c in doc[k].children if c.dep_.startswith("nsubj") and s <= c.i < k), None)
            if subj is not None:
                return list(doc[subj.left_edge.i:subj.right_edge.i + 1])
        return []

    def _thing_pronoun(self, v: Unit, floor: int) -> bool:
        """French: nested unit ``v``, inside a quotation, has for subject a third-person pronoun
        whose antecedent is the subject of an earlier clause of the same sentence, a common noun
        naming no role ("« L'étude était précieuse, car elle a confirmé une tendance … »",
        "« Quand les services du port ont voulu rouvrir, ils ont conclu qu'il était trop tôt »"):
        a thing's evidence or a group's reasoning the speaker recounts, no report of its own
        (but "« Il a dit que … »", "« Le maire est venu et il a dit que … »" are)."""
        if v.speaker or len(v.subject) != 1 or v.subject[0].lower_ not in ("il", "elle", "ils", "elles"):
            return False
        doc, p = self.doc, v.subject[0].i
        s = p
        while s - 1 >= floor and doc[s - 1].text not in _END and not doc[s - 1].is_space:
            s -= 1
        return any(t.dep_.startswith("nsubj") and t.pos_ == "NOUN" and not t.ent_type_ and
                   self.lemma(t) not in self.lex.roles and t.lemma_.lower() not in self.lex.roles
                   for t in doc[s:p])

    def _que_content(self, cue: tuple[int, int], limit: int) -> tuple[int, int] | None:
        doc, lex = self.doc, self.lex
        verb = doc[cue[1]]
        skip_to = -1
        first = cue[1] + 1
        while first < limit and doc[first].pos_ == "ADV" and doc[first].lower_ not in ("pourquoi", "comment"):
            first += 1
        if lex.lang == "fr" and first < limit and doc[first].lower_ in ("pourquoi", "comment") and \
                self.lemma(verb) in _EXPLAIN_CUES and self.in_quote[first] < 0:
            # "d'expliquer pourquoi toute association devrait …": an indirect question as content
            end = self._cut(first + 1, self.sentence_end(first, limit))
            return (first, end) if end > first + 1 else None
        window_end = cue[1] + 1 + QUE_WINDOW
        for i in range(cue[1] + 1, limit):
            if i >= window_end and i > skip_to:
                break
            t = doc[i]
            if i < skip_to:
                continue
            if lex.lang == "fr" and t.lower_ == "il" and i + 2 < limit and doc[i + 1].lower_ == "y" and \
                    doc[i + 2].lower_ == "a":
                skip_to = i + 3  # "a admis il y a un mois qu'…": a time phrase
                continue
            if lex.lang == "fr" and t.text == "," and self.in_quote[i] < 0:
                close = self._comma_incise(i, limit)
                if close is not None:
                    skip_to = close + 1  # "a estimé, dans une tribune publiée mardi, que …"
                    continue
            if t.text.lower() in lex.complementisers and self.in_quote[i] < 0 and not (
                    lex.lang == "en" and t.dep_ == "det"):  # (not "emphasized that point")
                if lex.lang == "fr" and doc[i - 1].lower_ in _QUE_LOCUTIONS:
                    break  # "les mettant en garde contre X avant que …": not a completive "que"
                if lex.lang == "fr" and doc[i - 1].lower_ == "ce" and i - 1 > cue[1]:
                    break  # "a déploré ce qu'il a décrit comme …": a free relative, no completive
                if lex.lang == "fr" and doc[i - 1].lower_ in ("pis", "plus", "moins", "mieux", "autant", "davantage"):
                    break  # "expliquait pis que pendre sur X": a comparison
                if lex.lang == "fr" and self._relative_que(t, cue):
                    break  # "dit tout en fonction de l'auditeur qu'il a en face": a relative "que"
                if lex.lang == "fr" and self._inverted_relative(t, cue):
                    break
                end = self._cut(i + 1, self.sentence_end(i, limit))
                a = i + 1
                while lex.lang == "fr" and a < end and doc[a].text == "," and self.in_quote[a] < 0:
                    a += 1  # "a averti que, si rien ne changeait, …"
                return (a, end) if end > i else None
            if lex.lang == "fr" and t.text == ":" and self.in_quote[i] < 0:
                colon = self._colon_content(cue, i, limit)
                if colon:
                    return colon
            if lex.lang == "fr" and t.pos_ == "VERB" and t.morph.get("VerbForm") == ["Part"] and \
                    "Past" in t.morph.get("Tense") and doc[i - 1].pos_ == "NOUN" and i > cue[1] + 2:
                if doc[cue[1] + 1].lower_ in lex.via_preps | lex.to_preps:
                    window_end = max(window_end, i + 8)  # "a déclaré dans un entretien publié dimanche par X que"
                continue  # (a participle qualifying the noun before it: no new clause)
            if t.is_space or t.text in _END or t.text == ":" or self.in_quote[i] >= 0 or (
                    t.pos_ in ("VERB", "AUX") and not (i == cue[1] + 1 and t.pos_ == "VERB")):
                break
        obj = self._object_content(cue, limit)
        if obj:
            return obj
        if lex.lang == "en":  # "said the plan was dead": the clausal complement
            kids = list(verb.children)
            if cue[0] < cue[1] and any(
                    doc[k].lower_ == "it" for k in range(cue[0], cue[1])):
                # "made it clear there is nothing …": the clause hangs on "made"
                kids += [c for k in range(cue[0], cue[1]) if doc[k].pos_ == "VERB" for c in doc[k].children]
            for c in kids:
                if c.dep_ == "ccomp" and c.i > verb.i and self.in_quote[c.left_edge.i] < 0 and any(
                        x.pos_ in ("VERB", "AUX") for x in c.subtree) and \
                        not (c.left_edge.i > verb.i and c.left_edge.lower_ in ("who", "whose", "whom", "which")):
                    # (not "declared the plan dead", not "someone, she said, whose background …")
                    a = c.left_edge.i
                    if verb.lemma_ != "tell":  # "warned the bridge … would": a misparsed subject
                        a = min([a] + [d.left_edge.i for d in verb.children if d.dep_ == "dobj" and d.i < c.i])
                    elif any(d.dep_ == "dative" and d.i < c.i for d in verb.children) and not any(
                            x.dep_.startswith("nsubj") or x.dep_ == "expl" for x in c.children):
                        # "told him such conduct was lawful": after the addressee, the object the
                        # parser found is the subject of the subjectless clause
                        a = min([a] + [d.left_edge.i for d in verb.children if d.dep_ == "dobj" and d.i < c.i])
                    if doc[a].text.lower() == "that":
                        a += 1
                    return a, self._cut(a, min(c.right_edge.i, limit - 1))
                if c.dep_ == "ccomp" and c.i > verb.i and self.in_quote[c.i] >= 0 and \
                        english.quote_opens_clause(self, verb, c, limit):
                    # "The council confirmed 'no further talks are planned' with the union because
                    # the offer has lapsed": a clause opening with a quotation and going on after
                    # it is mixed content, to the end of the sentence (the whole quote alone is
                    # a direct unit, left to the direct pass)
                    a = verb.i + 1  # the opening mark
                    return a, self._cut(a, self.sentence_end(a, limit))
        return None

    def _comma_incise(self, i: int, limit: int) -> int | None:
        """"a affirmé, lors d'une conférence de presse à Brisval, que …": the comma closing a
        comma-bounded phrase opened at token ``i`` with no finite verb, right before "que"
        (French), else None."""
        doc = self.doc
        for k in range(i + 1, min(i + 20, limit - 1)):
            t = doc[k]
            if t.text == "," and k > i + 1:
                return k if doc[k + 1].lower_ in self.lex.complementisers and self.in_quote[k + 1] < 0 else None
            if t.is_space or t.text in _END or t.text in (":", ";") or self.in_quote[k] >= 0 or \
                    t.lower_ in self.lex.complementisers or t.lower_ in ("qui", "dont") or (
                    t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")):
                return None
        return None

    def _colon_content(self, cue: tuple[int, int], i: int, limit: int) -> tuple[int, int] | None:
        """"Le président a lancé un avertissement clair : c'est jouer avec le feu.": a finite cue,
        nothing after it or a noun of speech ("un avertissement"), then a colon and a clause with
        no quotation marks, to the end of the sentence (French)."""
        doc, lex = self.doc, self.lex
        if not any("Fin" in doc[x].morph.get("VerbForm") for x in range(cue[0], cue[1] + 1)) or \
                self._reflexive(cue):
            return None
        between = [doc[x] for x in range(cue[1] + 1, i)]
        if between and not (len(between) <= 4 and between[0].pos_ == "DET" and any(
                x.pos_ == "NOUN" and x.lemma_.lower() in lex.speech_nouns | {"avertissement", "mise", "appel"}
                for x in between) and all(x.pos_ in ("DET", "NOUN", "ADJ") for x in between)):
            return None
        a = i + 1
        if a >= limit or doc[a].is_space or self.in_quote[a] >= 0 or doc[a].text in FAMILIES:
            return None
        end = self.sentence_end(a, limit)
        if any(self.in_quote[x] >= 0 or doc[x].text in FAMILIES for x in range(a, end + 1)):
            return None  # a quotation: pass 1
        if not any(doc[x].pos_ in ("VERB", "AUX") for x in range(a, end + 1)):
            return None  # "a annoncé trois mesures : la baisse des taxes, …": a list, no clause
        b = self._cut(a, end)
        return (a, b) if self.words(a, b) >= MIN_CONTENT_WORDS else None

    def _relative_que(self, t: Token, cue: tuple[int, int]) -> bool:
        """"que" at ``t`` is the relative pronoun of a noun after the cue ("dit tout en fonction de
        l'auditeur qu'il a en face", "exige l'acceptation de comportements que nous pourrions
        arrêter"), not the completive of the cue; a noun of time is no antecedent ("a admis il y a
        un mois qu'…", the parser's mistake)."""
        inverted = t.i + 1 < len(self.doc) and self.doc[t.i + 1].pos_ in ("AUX", "VERB")
        if t.pos_ != "PRON" or "Rel" not in t.morph.get("PronType") or t.head.dep_ != "acl:relcl" or (any(
                c.dep_ == "obj" and c.i != t.i for c in t.head.children) and not inverted):
            return False  # (a clause with an object of its own: "qu'il avait signé le décret")
            # (but "reconnaît le rôle qu'a joué la crise": the "object" is the inverted subject)
        def antecedent(noun: Token) -> bool:
            return cue[1] < noun.i < t.i and noun.pos_ in ("NOUN", "PROPN") and noun.lower_ != "fait" and \
                noun.lemma_.lower() not in _DURATIONS and any(c.dep_ == "det" for c in noun.children)

        noun = t.head.head
        while noun.pos_ == "ADJ" and noun.head.i < noun.i and noun.head.pos_ == "NOUN":
            noun = noun.head
        return antecedent(noun) or antecedent(self.doc[t.i - 1])

    def _inverted_relative(self, t: Token, cue: tuple[int, int]) -> bool:
        """"reconnaissent le rôle qu'a joué la crise dans le « déclin » de Brenac" (French): a
        relative "que" right after a noun phrase of the cue's object, its verb right after it
        and its subject inverted (the parser calls that subject an object, which
        ``_relative_que`` reads as a completive clause's own object)."""
        doc = self.doc
        if t.pos_ != "PRON" or "Rel" not in t.morph.get("PronType") or t.head.dep_ != "acl:relcl" or \
                t.i + 1 >= len(doc) or doc[t.i + 1].pos_ not in ("AUX", "VERB"):
            return False
        noun = t.head.head
        return cue[1] < noun.i < t.i and noun.pos_ == "NOUN" and noun.lemma_.lower() not in _DURATIONS and \
            any(c.dep_ == "det" for c in noun.children) and all(
                doc[x].pos_ in ("ADJ", "ADV") for x in range(noun.i + 1, t.i))

    def _object_content(self, cue: tuple[int, int], limit: int) -> tuple[int, int] | None:
        """"a annoncé le début du transfert", "a appelé à une trêve", "affirme avoir été
        informé", "a qualifié les propos de « … »": the object or infinitive after the cue."""
        doc, lex = self.doc, self.lex
        fr = lex.lang == "fr"
        i = self.skip_adverbials(cue[1] + 1, limit)
        if fr and i < limit and doc[i].text == "," and self.in_quote[i] < 0:
            # "n'a pas exclu, dans un entretien au Courrier de Valdavie, un recours à …": a
            # comma-bounded phrase with no verb between the cue and its object
            close = next((k for k in range(i + 2, min(i + 16, limit - 1)) if doc[k].text == ","), None)
            if close is not None and doc[close + 1].pos_ in ("DET", "NUM") and not any(
                    self.in_quote[k] >= 0 or doc[k].pos_ in ("VERB", "AUX") or doc[k].text in _END or
                    doc[k].lower_ in ("qui", "que", "qu'", "qu’", "selon", "après") for k in range(i + 1, close)):
                i = self.skip_adverbials(close + 1, limit)
        if i >= limit:
            return None
        # "assure ne pas vouloir …": the negation belongs to the infinitive content
        neg = next((k for k in range(cue[1] + 1, i) if fr and doc[k].lower_ in ("ne", "n'", "n’")), None)
        v = doc[cue[1]]
        if self.lemma(v) not in lex.cues:  # "mettre en garde", "faire part": the verb
            v = next((doc[k] for k in range(cue[0], cue[1] + 1) if doc[k].pos_ == "VERB"), v)
        verb = self.lemma(v)
        if verb not in lex.cues and cue[0] < cue[1]:
            # "ont fait savoir leur hostilité à cette idée": a light-verb cue listed "+obj" as a whole
            pair = next((f"{self.lemma(doc[k])} {doc[k + 1].lower_}" for k in range(cue[0], cue[1])
                         if self.lemma(doc[k]) in lex.cue_pairs), None)
            if pair in lex.object_cues:
                verb = pair
        if fr and verb in ("dire", "déclarer") and self._reflexive(cue):
            # "s'est dit « prêt » à …", "se déclare favorable à …": the attribute is the content
            t = doc[i]
            k = i + 1 if self.in_quote[i] >= 0 and t.is_punct else i
            if k < limit and (doc[k].pos_ == "ADJ" or (doc[k].pos_ == "VERB" and "Part" in doc[k].morph.get("VerbForm"))):
                return i, self._cut(i, self.sentence_end(i, limit))
            return None
        if self.in_quote[i] >= 0:
            return None
        t = doc[i]
        low = t.text.lower()
        if v.pos_ == "VERB" and "Part" in v.morph.get("VerbForm") and "Past" in v.morph.get("Tense") and not any(
                c.dep_.startswith("aux") for c in v.children) and cue[0] == cue[1] and not (
                fr and v.dep_ == "conj" and doc[v.i - 1].lower_ == "et" and any(
                    c.dep_ == "aux:tense" for c in v.head.children) and self.lemma(v.head) in lex.cues | lex.cue_pairs.keys()):
            # an adjectival participle: "invité à la grand-messe", "accusé de …" (not "a annoncé A
            # et promis B": a cue sharing its auxiliary with the cue before)
            return None
        if fr and any(c.dep_.startswith("nsubj") and c.lower_ in _NON_SPEAKERS for c in v.children):
            return None  # "cela réclamera des sacrifices": no speaker, no speech
        if fr and cue[0] > 0 and doc[cue[0] - 1].lower_ in ("quand", "lorsque", "lorsqu'", "lorsqu’", "où") and \
                "Fin" in v.morph.get("VerbForm") and not any(c.dep_.startswith("nsubj") and c.i < v.i for c in v.children):
            # "quand menace l'effondrement du port": a finite verb right after "quand" has its subject
            # after it; the noun phrase is that subject, not the object
            return None
        if fr and any(c.dep_ == "obj" and c.lower_ in ("que", "qu'", "qu’") and c.i < cue[0] for c in v.children) and \
                not (low in ("de", "d'", "d’", "à") and verb in _LABEL_CUES | _TO_CONTENT | {"accuser"}):
            # "les faiblesses qu'il a dévoilées pour …": the relative pronoun is the object (but "les
            # laboratoires qu'elle accuse de tricheries": the accusation is content)
            return None
        if fr and verb == "appeler" and any(c.dep_ == "aux:pass" for c in v.children) and not any(
                doc[k].lower_ == "par" for k in range(i, min(i + 12, limit))):
            return None  # "les personnels sont appelés à naviguer": destined to, nobody's call
        infinitive = t.pos_ in ("VERB", "AUX") and "Inf" in t.morph.get("VerbForm")
        if fr and verb in _QUE_ONLY:
            return None  # "prétendre être des femmes": pretend, not claim
        subjects = [c for c in v.children if c.dep_.startswith("nsubj")]
        if fr and not subjects and v.head.i < v.i and "Part" in v.head.morph.get("VerbForm") and \
                v.dep_ in ("advcl", "conj", "ccomp"):
            # "Un tel sacrifice jamais engagé par Brenac exige …": the tagger hung the subject on the
            # participle of its reduced relative
            subjects = [c for c in v.head.children if c.dep_.startswith("nsubj") and c.i < v.head.i]
        if fr and verb in _REQUIRE_CUES and not infinitive and any(self._thing(c) for c in subjects):
            return None  # "La démocratie exige l'acceptation de …": a thing requires, nobody demands
        if fr and verb == "promettre":
            subj = [c for c in v.children if c.dep_.startswith("nsubj")]
            if subj and subj[0].lower_ == "qui" and v.dep_.startswith("acl"):
                subj = [v.head]  # "une opération qui promet de …": the relative's antecedent
            if subj and self._thing(subj[0]) and subj[0].lemma_.lower() not in lex.roles and \
                    not any(c.pos_ == "PROPN" or c.ent_type_ for c in subj[0].children):
                return None  # "Le nouveau barrage promet de créer deux cents emplois": a prospect, nobody's promise
        if fr and verb == "conclure" and not infinitive and low not in ("à", "au", "aux"):
            return None  # "peuvent conclure des contrats de travail", "conclure un accord": an act ("conclure à …" is content)
        if fr and verb == "menacer" and any(c.dep_ == "aux:pass" for c in v.children):
            return None  # "la population est menacée de famine": a danger, nobody's threat
        if fr and verb == "lancer" and not infinitive:
            return self._call_object(i, limit)
        if fr and not infinitive and verb in _ADVICE_CUES and (verb not in lex.object_cues or low in (
                "de", "d'", "d’", "à", "au", "aux")):
            # "Les médecins recommandent de se préparer à …", "conseillent aux habitants de se
            # faire vacciner": advice reports its "de" + infinitive (the addressee kept, as "X de …")
            if low in ("de", "d'", "d’") and self._infinitive_at(i + 1, limit, reflexive=True) is not None:
                b = self._cut(i + 1, self.sentence_end(i, limit))
                return (i + 1, b) if self.words(i + 1, b) >= 2 else None
            if low in ("à", "au", "aux"):
                return self._after_addressee(v, i, limit)
        if fr and not infinitive and verb in lex.cues and verb not in lex.object_cues:
            return self._object_then_infinitive(v, i, limit)
        if verb not in lex.object_cues and not infinitive:
            return None
        if low in ("à", "au", "aux") and verb not in _TO_CONTENT:
            if fr and verb in _ADDRESSEE_CUES:
                return self._after_addressee(v, i, limit)
            k = self._object_after_addressee(v, i, limit) if fr else None
            if k is None:
                return None  # "a promis à son homologue …", "a demandé au ministre": the addressee
            # "a annoncé à Brenac l'approbation du plan", "a confirmé à Valpresse la fermeture du
            # port": a place or an addressee, then the object
            i, t, low, infinitive = k, doc[k], doc[k].lower_, False
        before = doc[cue[0] - 1] if cue[0] > 0 else None
        if fr and before is not None and before.lower_ in ("l'", "l’", "le", "la", "les") and before.pos_ == "PRON" and \
                not infinitive and low not in _OBJECT_PREPS:
            return None  # "comme l'appelle le gouvernement": the clitic is the object, the noun phrase the subject
        gerund = "Part" in v.morph.get("VerbForm") and "Pres" in v.morph.get("Tense")
        if before is not None and (before.text == "," or self.in_quote[before.i] >= 0) and not infinitive \
                and not (fr and low in _OBJECT_PREPS) and not (fr and self._relative_incise(cue)) and not (
                fr and before.text == "," and any(c.dep_ == "nsubj" and c.i < cue[0] and self.in_quote[c.i] < 0 and
                                                  c.pos_ in ("NOUN", "PROPN") for c in v.children)):
            # (not "La maire de Brisval, Léonie Varenne, a annoncé la fermeture": the subject is before)
            # "…, a annoncé le président ukrainien": an inverted subject, unless a verb follows
            # ("…, conclut le rapport établi par X": a participle does not do for a finite cue)
            end = self.sentence_end(i, limit)
            if not any(doc[k].pos_ in ("VERB", "AUX") and (
                    not fr or gerund or doc[k].morph.get("VerbForm") != ["Part"]) for k in range(i, end + 1)) and not (
                    fr and gerund and verb in _LABEL_CUES and any(self.in_quote[k] >= 0 for k in range(i, end + 1))):
                # (a participle has no inverted subject: "…, qualifiant ces rumeurs de « fantaisistes »")
                return None
        # the object: a determiner or number ("a annoncé le début"), a name followed by its
        # complement ("a qualifié Vladimir Poutine de « boucher »"), an infinitive, or a
        # preposition the cue governs ("a appelé à une trêve", "a insisté sur la nécessité",
        # "a promis de ne pas envoyer")
        nxt = doc[i + 1] if i + 1 < limit else None
        ok = t.pos_ in ("DET", "NUM") or infinitive or (
            t.pos_ == "PROPN" and fr and any(
                doc[k].lower_ in _OBJECT_PREPS for k in range(i + 1, min(i + 6, limit)))) or (
            low in _OBJECT_PREPS and nxt is not None and (nxt.pos_ in ("DET", "VERB", "NOUN", "PROPN", "NUM") or (
                fr and self._infinitive_at(i + 1, limit) is not None)))  # ("de ne pas …", "d'avoir rencontré")
        if not ok and fr and verb in _LABEL_CUES and low in ("de", "d'", "d’") and nxt is not None and \
                self.in_quote[nxt.i] >= 0 and not (before is not None and before.pos_ == "PRON"):
            ok = True  # "a qualifié de « désastre » la fermeture du port": the label before its object
        if not ok:
            return None
        end = self.sentence_end(i, limit)
        # (a quotation after a second cue does not count: "a critiqué la décision de X, déclarant
        # qu'il n'y avait « aucune logique »")
        quoted = any(self.in_quote[k] >= 0 for k in range(i, (self._cut(i, end) if fr else end) + 1))
        if verb in _LABEL_CUES and not quoted:
            return None  # "qualifier X de Y" reports speech only with Y quoted
        if verb in lex.quote_object_cues and not quoted and not infinitive and \
                not self._object_then_infinitive(v, i, limit):
            return None  # "a dénoncé la position de X": a topic, unless quoted or "X pour avoir …"
        if fr and verb in _NEAR_QUOTE and not any(self.in_quote[k] >= 0 for k in range(i, min(i + 4, end + 1))):
            return None  # "évoque une mesure qui présenterait X comme « … »": the quotation is not its object
        if fr and verb in lex.quote_object_cues and quoted and not any(
                self.text[m.start:m.start + 1].islower() or len(self.text[m.start:m.end].split()) >= 4
                for m in self.marks if doc[i].idx <= m.open_at <= doc[end].idx):
            return None  # "a évoqué le « Plan Marshall »": a quoted name, not the speaker's words
        if fr and low in ("de", "d'", "d’") and nxt is not None and self._infinitive_at(i + 1, limit) is not None:
            i += 1  # "a promis de ne pas envoyer": the content is the infinitive
        if self.lex.lang == "en" and not english.object_ok(self, i, end):
            return None  # "urged MPs to vote against the deal": clausal content only
        b = self._cut(i, end)
        via_cut = False
        if fr and verb in _LABEL_CUES:
            # "Le fait qu'il ait qualifié la crise de « guerre fratricide » lui a valu des critiques":
            # the label closes the content when the sentence's own verb follows it
            for k in range(i + 1, b):
                if doc[k].text in FAMILIES and self.in_quote[k] >= 0 and self.in_quote[k + 1] < 0 and (
                        doc[k + 1].pos_ in ("VERB", "AUX") or (doc[k + 1].lower_ in _OBJECT_CLITICS | {"l'", "l’", "le", "la", "les", "y", "en"}
                                                              and doc[k + 1].pos_ == "PRON" and k + 2 <= b and doc[k + 2].pos_ in ("VERB", "AUX"))):
                    b = k
                    break
        if fr:
            b = self._object_end(i, b)
            b = self._quote_then_predicate(i, b)
            for k in range(i + 2, b + 1):
                # "a annoncé sa démission dans un message publié sur Facebook", "a confirmé l'information
                # à l'agence X": the medium the words went through is no part of the object
                if doc[k].lower_ in ("dans", "sur", "à", "au") and self.in_quote[k] < 0 and \
                        doc[k - 1].pos_ in ("NOUN", "PROPN", "ADJ") and any(
                        doc[x].lemma_.lower() in lex.media or doc[x].lower_ in lex.media
                        for x in range(k + 1, min(k + 4, b + 1))):
                    if self.words(i, k - 1) >= MIN_CONTENT_WORDS:
                        b, via_cut = k - 1, True
                    break
        if fr and verb in _TO_CONTENT - {"conclure"} and not quoted and not any(
                doc[k].lower_ in ("à", "au", "aux") for k in range(i, b + 1)):
            return None  # "a appelé les pompiers", "a invité le maire": no call to anything
        if self.words(i, b) < (2 if fr and (self._infinitive_at(i, limit) is not None or via_cut or (
                quoted and verb in lex.quote_object_cues)) else MIN_OBJECT_WORDS):
            return None  # ("a dénoncé une situation « inacceptable »": the quoted words are the point)
        if neg is not None and infinitive:
            return neg, b
        return i, b

    def skip_adverbials(self, i: int, limit: int) -> int:
        """Past adverbs, time words and discourse phrases between a cue and its content ("a
        affirmé pour sa part avoir visé", "menace à son tour de quitter")."""
        doc = self.doc
        while i < limit and self.in_quote[i] < 0:
            if doc[i].pos_ == "ADV" or doc[i].lower_ in _TIME_WORDS:
                i += 1
                continue
            if self.lex.lang != "fr":
                break
            for phrase in _DISCOURSE:
                n = len(phrase)
                if i + n <= limit and all(doc[i + x].lower_ == w for x, w in enumerate(phrase)):
                    i += n
                    break
            else:
                break
        return i

    def _infinitive_at(self, i: int, limit: int, reflexive: bool = False) -> int | None:
        """Index of an infinitive at token ``i``, after "ne pas/plus/jamais" if any (and a
        reflexive "se" when ``reflexive``: "de se préparer")."""
        doc = self.doc
        j = i
        while j < min(limit, i + 3) and doc[j].lower_ in ("ne", "n'", "n’", "pas", "plus", "jamais", "point"):
            j += 1
        if reflexive and j + 1 < limit and doc[j].lower_ in ("se", "s'", "s’") and doc[j].pos_ == "PRON":
            j += 1  # "de se préparer", "de ne pas s'engager": a reflexive infinitive
        if j < limit and doc[j].pos_ in ("VERB", "AUX") and "Inf" in doc[j].morph.get("VerbForm"):
            return j
        return None

    def _reflexive(self, cue: tuple[int, int]) -> bool:
        """A cue in any person of the pronominal form, the pronoun right before it ("s'est dit",
        "je me déclare", "nous nous disons")."""
        return self._reflexive_before(cue[0], _SE + ("me", "m'", "m’", "nous", "vous"), skip=0)

    def _object_then_infinitive(self, v: Token, i: int, limit: int) -> tuple[int, int] | None:
        """"a averti les alliés de ne pas encourager …", "ont critiqué le gouvernement pour avoir
        accueilli …": an object then "de"/"pour" and an infinitive that depends on the cue verb;
        the object is part of the content (GUIDELINES: accuser / avertir X de Y)."""
        doc = self.doc
        if doc[i].pos_ not in ("DET", "PROPN", "NOUN", "NUM"):
            return None
        end = self.sentence_end(i, limit)
        for k in range(i + 1, min(end, i + 14)):
            if self.in_quote[k] >= 0 or doc[k].pos_ in ("VERB", "AUX") and "Inf" not in doc[k].morph.get("VerbForm"):
                return None
            if doc[k].lower_ in ("de", "d'", "d’", "pour"):
                inf = self._infinitive_at(k + 1, limit)
                if doc[k].lower_ == "pour" and (inf is None or doc[inf].lemma_ not in ("avoir", "être")):
                    continue  # "lance une collecte pour financer": a purpose, not a blame
                if inf is not None and doc[inf].head.i != v.i and doc[inf].head.lemma_.lower() in _INFINITIVE_NOUNS:
                    return None  # "a critiqué la décision de X de se rendre à …": the noun's complement, a topic
                if inf is not None and (doc[inf].head.i == v.i or doc[inf].head.head.i == v.i):
                    b = self._cut(i, end)
                    return (i, b) if self.words(i, b) >= MIN_OBJECT_WORDS else None
        return None

    def _object_after_addressee(self, v: Token, i: int, limit: int) -> int | None:
        """First token of the object of ``v`` after "à X" at token ``i`` (French "+obj" cues), when
        "à X" is a short noun phrase (a place, an addressee, a medium) and the object a noun
        phrase with a determiner; else None."""
        doc = self.doc
        end = self.sentence_end(i, limit)
        obj = next((c for c in v.children if c.dep_ == "obj" and i + 1 < c.i <= min(end, i + 9)), None)
        if obj is None:
            return None
        k = obj.left_edge.i
        if k <= i + 1 or doc[k].pos_ != "DET" or self.in_quote[k] >= 0:
            return None
        if not all(doc[x].pos_ in ("DET", "PROPN", "NOUN", "ADJ") or doc[x].lower_ in self.lex.of_words
                   for x in range(i + 1, k)):
            return None
        return k

    def _after_addressee(self, v: Token, i: int, limit: int) -> tuple[int, int] | None:
        """"a demandé à Léonie Varenne de rester", "demande au Parlement 30 millions": the
        request after its addressee (the addressee stays in the content, as "X de …")."""
        doc = self.doc
        end = self.sentence_end(i, limit)
        if self.lemma(v) == "reprocher" and (any(c.dep_ == "obj" and i < c.i <= end for c in v.children) or any(
                (doc[k].pos_ == "DET" or doc[k].lower_ in ("tous", "toutes")) and doc[k - 1].pos_ in ("NOUN", "PROPN")
                and self.in_quote[k] < 0
                for k in range(i + 2, min(i + 8, end)))):
            # "a reproché au maire de Brenac une gestion « désastreuse »": the blame, addressee included
            b = self._cut(i, end)
            return (i, b) if self.words(i, b) >= MIN_OBJECT_WORDS else None
        k = i + 1
        while k <= end and k < i + 8 and self.in_quote[k] < 0 and (doc[k].pos_ in ("DET", "PROPN", "NOUN", "ADJ") or (
                # "a ordonné au port de Brenac de fermer": the addressee's own complement
                k > i + 1 and doc[k].lower_ in ("de", "d'", "d’", "du", "des") and k + 1 <= end and
                doc[k + 1].pos_ in ("DET", "PROPN", "NOUN") and self._infinitive_at(k + 1, limit) is None)):
            k += 1
        if k > end or k == i + 1:
            return None
        if doc[k].lower_ in ("de", "d'", "d’") and self._infinitive_at(
                k + 1, limit, reflexive=self.lemma(v) in _ADVICE_CUES) is not None:
            b = self._cut(i + 1, end)
            return i + 1, b
        if doc[k].pos_ == "NUM" and self.lemma(v) == "demander":
            b = self._cut(k, end)
            return (k, b) if self.words(k, b) >= MIN_OBJECT_WORDS else None
        return None

    def _end_before(self, i: int, a: int, keep_marks: bool = True) -> int:
        """The last token of a content cut before token ``i``: back over punctuation (quotation
        marks kept when ``keep_marks``), not before ``a``."""
        doc = self.doc
        end = i - 1
        while end > a and doc[end].is_punct and not (keep_marks and doc[end].text in FAMILIES):
            end -= 1
        return end

    def _cut(self, a: int, b: int) -> int:
        """End the content before a trailing attribution (", selon X", ", précisant que")."""
        doc = self.doc
        if self.lex.lang == "en" and a < b and a > 0 and not doc[a - 1].is_punct:
            root = doc[a].sent.root
            if a + 2 < root.i <= b and root.pos_ == "VERB" and self.in_quote[root.i] < 0 and any(
                    c.dep_ == "nsubj" and c.left_edge.i <= a - 1 <= c.right_edge.i for c in root.children):
                # "Harrington, who … has intimated that he would quit … urged members to …": the
                # cue sits in a clause of the subject; the sentence's own verb ends the content
                b = root.i - 1
        for i in range(a + 1, b + 1):
            if doc[i - 1].text == "," and self.in_quote[i] < 0 and not self._gerund_incise(i, b) and \
                    not self._participle_series(i) and (
                    self._according_at(i) is not None or self.is_cue(doc[i]) is not None or self._direct_cue(i)
                    or (i + 1 <= b and doc[i].pos_ == "AUX" and self.is_cue(doc[i + 1]) is not None)
                    or self._second_cue(i, b)):
                b = i - 2
                break
            if self.lex.lang == "fr" and doc[i].lower_ == "et" and self.in_quote[i] < 0 and (
                    self._and_cue(i + 1, b) or (doc[i - 1].text == "," and self._and_cue(i + 1, b, bare=True))):
                b = i - 1  # "… avertissent que X et affirment que Y", "…, et demande Z": two units
                break
            if self.lex.lang == "en" and doc[i - 1].text == "," and doc[i].tag_ == "VBG" and self.in_quote[i] < 0 \
                    and doc[i].lemma_.lower() in _EN_ACT_PARTICIPLES and i - 1 > a:
                b = i - 2  # "Holt announced that she was quitting, hitting out at the party's leader": the
                break      # speaker's own act after the content, not what she said
            if self.lex.lang == "en" and doc[i].lower_ in ("and", "but", "while", "whereas") and \
                    self.in_quote[i] < 0 and i - 1 > a and self._en_clause_with_cue(i + 1, b):
                b = i - 1  # "Holt said the bridge would close, and Reyes said …": another report
                break
            if self.lex.lang == "en" and doc[i].lower_ in ("and", "but") and self.in_quote[i] < 0 and \
                    self._en_coordinated_cue(a, i + 1, b):
                b = i - 1  # "indicated that X and claimed Y": the speaker's second report, a unit of its own
                break
            if self.lex.lang == "fr" and doc[i - 1].text == "," and self.in_quote[i] < 0 and doc[i].lower_ in ("tout", "en"):
                g = i + 1 if doc[i].lower_ == "tout" else i
                if g + 1 <= b and doc[g].lower_ == "en" and self._gerund_at(g) and self.is_cue(doc[g + 1]) is not None:
                    b = i - 2  # "…, tout en reconnaissant que …": a second report of the same speaker
                    break
            if self.lex.lang == "fr" and doc[i - 1].text == "," and i + 1 <= b and self.in_quote[i] < 0 and (
                    (doc[i].lower_ == "même" and doc[i + 1].lower_ in ("si", "s'", "s’")) or (
                    doc[i].lower_ == "mais" and doc[i + 1].lower_ in self.lex.pronouns | self.lex.plural_pronouns)):
                b = i - 2  # "…, même s'il n'y en a pas", "…, mais ils ont été balayés": the author goes on
                break
            if self.lex.lang == "fr" and doc[i - 1].text == "," and doc[i].lower_ == "mais" and i + 2 <= b and \
                    self.in_quote[i] < 0 and (self._new_clause(i + 1, b) or self._fronted_clause(i + 1, b)):
                b = i - 2  # "…, mais la Commission a rejeté ses demandes": a clause of its own, no "que"
                break
            if self.lex.lang == "fr" and doc[i - 1].text == "," and doc[i].lower_ == "ce" and i + 1 <= b and \
                    doc[i + 1].lower_ in ("qui", "que", "qu'", "qu’") and self.in_quote[i] < 0:
                b = i - 2  # "…, ce qui signifie que …": the author's comment on the report
                break
            if self.lex.lang == "fr" and doc[i].lower_ in ("alors", "tandis") and i + 1 <= b and \
                    doc[i + 1].lower_ in self.lex.complementisers and self.in_quote[i] < 0 and not any(
                    self.in_quote[x] >= 0 for x in range(i + 2, b + 1)):
                # (but "a affirmé que X n'avait fait que « démanteler l'armée », alors que lui-même
                # était entré au gouvernement pour « renforcer la défense »": quoted words after
                # "alors que" are the speaker's, the contrast is part of the report)
                b = i - 1  # "ont exigé que X reste pur alors que Y …": the contrast is the author's
                break
        while b > a and ((doc[b].is_punct and doc[b].text not in FAMILIES and doc[b].text not in ")]") or (
                self.lex.lang == "en" and doc[b].pos_ == "CCONJ" and self.in_quote[b] < 0)):
            b -= 1  # (and a dangling "and": "… would close and the council said nothing")
        return b

    def _direct_cue(self, i: int) -> bool:
        """Token ``i`` is the cue of a quotation already found: "Jane Holt said the council had
        started the review, adding: 'We are not done.'" (the content of "said" ends before it)."""
        return bool(self.used[i]) and any(u.kind == "direct" and u.cue and u.cue[0] <= i <= u.cue[1]
                                          for u in self.units)

    def _fronted_clause(self, j: int, b: int) -> bool:
        """Tokens from ``j`` are a comma-bounded prepositional phrase, then a clause with a
        subject of its own: "…, mais pour la seconde affaire, c'est encore le flou" (French)."""
        doc = self.doc
        if j > b or doc[j].pos_ != "ADP" or self.in_quote[j] >= 0:
            return False
        close = next((y for y in range(j + 1, min(j + 8, b)) if doc[y].text == ","), None)
        if close is None or any(doc[y].pos_ in ("VERB", "AUX") or self.in_quote[y] >= 0 for y in range(j, close)):
            return False
        k = close + 1
        if k > b or doc[k].pos_ not in ("DET", "PROPN", "PRON") or self.in_quote[k] >= 0:
            return False
        for y in range(k + 1, min(k + 9, b + 1)):
            if doc[y].is_punct or self.in_quote[y] >= 0 or doc[y].lower_ in self.lex.complementisers:
                return False
            if doc[y].pos_ in ("VERB", "AUX"):  # (its subject from k on: "la crise ne fait que …")
                head = doc[y].head if doc[y].pos_ == "AUX" else doc[y]
                return any(c.dep_ in ("nsubj", "expl:subj") and k <= c.i < y for c in head.children)
        return False

    def _participle_series(self, i: int) -> bool:
        """"que le service avait battu, menacé et arrêté des habitants": a bare past participle
        after a comma that follows another past participle goes on a series of verbs sharing one
        auxiliary; it is no trailing cue ("…, menacé") (French)."""
        doc = self.doc
        def participle(t: Token) -> bool:
            return t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm") and "Past" in t.morph.get("Tense")
        return self.lex.lang == "fr" and i >= 2 and participle(doc[i]) and participle(doc[i - 2]) and \
            not any(c.dep_.startswith("aux") for c in doc[i].children)

    def _and_que_quote(self, inner: list[Marked], end: int) -> Marked | None:
        """The quotation after "et que" that ends a content opening with a quotation."""
        doc = self.doc
        for m in inner[1:]:
            o = self.tok(m.open_at)
            if m.close_at >= end - 1 and o >= 2 and doc[o - 1].lower_ in self.lex.complementisers and \
                    doc[o - 2].lower_ in ("et", "mais") and self.in_quote[o - 2] < 0:
                return m
            if m.close_at >= end - 1 and o >= 1 and doc[o - 1].lower_ in ("et", "mais") and \
                    self.in_quote[o - 1] < 0 and all(self.in_quote[x] >= 0 or doc[x].is_punct
                                                     for x in range(self.tok(inner[0].open_at), o - 1)):
                return m  # "se dit « défavorable à X », mais « s'autorise un jugement »": nothing else
        return None

    def _subordinate_end(self, cue: tuple[int, int], a: int, b: int, floor: int) -> int:
        """"Alors que le gouvernement vient d'annoncer sa volonté d'expulser X, cette vague …
        est …": a cue in a sentence-initial subordinate clause; its content ends at the comma
        where the main clause starts (a subject, then a finite verb before the next comma)."""
        doc = self.doc
        s = self.sentence_start(cue[0], floor)
        k = s
        while k < cue[0] and doc[k].pos_ in ("CCONJ", "PUNCT"):
            k += 1
        words = [doc[x].lower_ for x in range(k, min(k + 2, cue[0]))]
        v = doc[cue[1]]
        # "En invoquant la nécessité de fermer le port, la presse de Brenac menaçait …": a gerund
        # before the main clause, its content a noun phrase (not "en affirmant que si X, Y": a
        # clause may hold a comma and a subject)
        gerund = cue[0] > 0 and doc[cue[0] - 1].lower_ == "en" and "Part" in v.morph.get("VerbForm") and \
            "Pres" in v.morph.get("Tense") and doc[a - 1].lower_ not in self.lex.complementisers and \
            not any(doc[x].lower_ in self.lex.complementisers for x in range(cue[1] + 1, a))
        if not gerund and (not words or not (words[0] in _SUBORDINATORS or " ".join(words) in _SUBORDINATORS)):
            return b
        for i in range(a + 1, b):
            if doc[i].text != "," or self.in_quote[i] >= 0 or doc[i + 1].pos_ not in ("DET", "PRON", "PROPN"):
                continue
            for x in range(i + 2, min(i + 12, b + 1)):
                if doc[x].is_punct:
                    break
                if doc[x].pos_ in ("VERB", "AUX") and "Fin" in doc[x].morph.get("VerbForm"):
                    return i - 1
        return b

    def _outer_coordination(self, cue: tuple[int, int], a: int, b: int) -> int:
        """"ont déclaré que le voyage était reporté, mais n'ont pas nié qu'…": a verb coordinated
        with the cue (no subject of its own, the cue's number, not the content subject's) ends
        the content tokens a..b."""
        doc = self.doc
        finite = [doc[k] for k in range(cue[0], cue[1] + 1) if "Fin" in doc[k].morph.get("VerbForm")]
        subj = next((t for t in doc[a:b + 1] if t.dep_.startswith("nsubj") and self.in_quote[t.i] < 0), None)
        if not finite or subj is None:
            return b
        number = set(finite[0].morph.get("Number"))
        if not number or not subj.morph.get("Number") or number & set(subj.morph.get("Number")):
            return b
        for i in range(subj.i + 1, b):
            if doc[i].lower_ not in ("mais", "et") or self.in_quote[i] >= 0:
                continue
            k = i + 1
            while k <= b and (doc[k].lower_ in ("ne", "n'", "n’") or doc[k].pos_ == "ADV" or
                              doc[k].lower_ in _OBJECT_CLITICS | {"l'", "l’", "le", "la", "les", "y", "en"}):
                k += 1
            if k <= b and doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm") and \
                    set(doc[k].morph.get("Number")) == number:
                return self._end_before(i, a, keep_marks=False)
        return b

    def _same_aux_coordination(self, cue: tuple[int, int], a: int, b: int) -> int:
        """"La ministre a annoncé qu'elle voterait pour Corentin Malvaux, et a encouragé les autres
        à faire de même", "a justifié sa position en affirmant que X relevait d'un autre cas, et a
        présenté son soutien comme …": "et" + the auxiliary of the cue's own verb (or of the verb
        its gerund hangs on) + a participle, with no subject, is the speaker's next act, when the
        content before it never uses that auxiliary: the content tokens a..b end before "et"
        (French)."""
        doc = self.doc
        aux = [doc[k] for k in range(cue[0], cue[1] + 1) if doc[k].pos_ == "AUX" and "Fin" in doc[k].morph.get("VerbForm")]
        v = doc[cue[1]]
        if not aux and v.dep_ == "advcl" and cue[0] > 0 and doc[cue[0] - 1].lower_ == "en" and \
                "Part" in v.morph.get("VerbForm") and "Pres" in v.morph.get("Tense"):
            aux = [c for c in v.head.children if c.dep_ == "aux:tense" and c.i < v.head.i]
        if len(aux) != 1:
            return b
        form = aux[0].lower_
        for i in range(a + 1, b):
            if doc[i].lower_ != "et" or self.in_quote[i] >= 0:
                continue
            k = i + 1
            while k <= b and doc[k].pos_ == "ADV":
                k += 1
            if k + 1 > b or doc[k].lower_ != form or doc[k].pos_ != "AUX":
                continue
            k += 1
            while k <= b and doc[k].pos_ == "ADV":
                k += 1
            if k <= b and doc[k].pos_ == "VERB" and "Part" in doc[k].morph.get("VerbForm") and \
                    not any(doc[x].lower_ == form and doc[x].pos_ == "AUX" for x in range(a, i)) and \
                    self.words(a, i - 1) >= MIN_CONTENT_WORDS:
                return self._end_before(i, a, keep_marks=False)
        return b

    def _after_gerund(self, cue: tuple[int, int], a: int, b: int) -> int:
        """"Corentin Malvaux a défendu son projet en affirmant que la ville était « en retard »,
        et a présenté le chantier comme …" (French): the content a..b of a gerund cue ends before
        ", et" / ", mais" and a finite verb with no subject of its own. A gerund is coordinated
        with no finite verb: that verb goes on with the sentence's main clause."""
        doc = self.doc
        g = cue[0] - 1
        if not (g >= 0 and self._gerund_at(g) and doc[g + 1].i == cue[1]):
            return b
        for x in range(a + 1, b - 1):
            if doc[x].text != "," or self.in_quote[x] >= 0 or doc[x + 1].lower_ not in ("et", "mais"):
                continue
            k = x + 2
            while k <= b and (doc[k].lower_ in ("ne", "n'", "n’") or doc[k].pos_ == "ADV" or
                              doc[k].lower_ in _OBJECT_CLITICS):
                k += 1
            if k > b or self.in_quote[k] >= 0 or doc[k].pos_ not in ("VERB", "AUX") or \
                    "Fin" not in doc[k].morph.get("VerbForm"):
                continue
            head = doc[k].head if doc[k].pos_ == "AUX" else doc[k]
            if any(c.dep_.startswith("nsubj") for c in list(head.children) + list(doc[k].children)):
                continue
            return self._end_before(x, a)
        return b

    def _new_clause(self, j: int, b: int) -> bool:
        """Tokens from ``j`` open a clause with a subject of its own: a determiner or a name, then
        within a few words, before any punctuation, a finite verb whose subject it is (French)."""
        doc = self.doc
        if doc[j].pos_ not in ("DET", "PROPN") or self.in_quote[j] >= 0:
            return False
        for k in range(j + 1, min(j + 9, b + 1)):
            t = doc[k]
            if t.is_punct or self.in_quote[k] >= 0 or t.lower_ in self.lex.complementisers or t.lower_ == "qui":
                return False
            if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
                return any(c.dep_.startswith("nsubj") and j <= c.i < k for c in (t.head if t.pos_ == "AUX" else t).children) \
                    or any(c.dep_.startswith("nsubj") and j <= c.i < k for c in t.children)
        return False

    def _gerund_at(self, i: int) -> bool:
        """Tokens from ``i`` are a French gerund: "en" + present participle ("en faisant")."""
        doc = self.doc
        return self.lex.lang == "fr" and i + 1 < len(doc) and doc[i].lower_ == "en" and \
            "Part" in doc[i + 1].morph.get("VerbForm") and "Pres" in doc[i + 1].morph.get("Tense")

    def _gerund_incise(self, i: int, b: int) -> bool:
        """"informé par X, invoquant Y, que …": a gerund incise inside the content, which goes on
        with its "que" after the incise."""
        doc = self.doc
        t = doc[i]
        if self.lex.lang != "fr" or "Part" not in t.morph.get("VerbForm") or "Pres" not in t.morph.get("Tense"):
            return False
        return any(doc[x - 1].text == "," and doc[x].text.lower() in self.lex.complementisers
                   for x in range(i + 2, b + 1))

    def _and_cue(self, j: int, b: int, bare: bool = False) -> bool:
        """Tokens from ``j`` are a coordinated cue verb with its own "que" ("et affirment qu'");
        ``bare``: a finite cue verb (or a participle after its auxiliary) is enough, whatever
        follows it ("…, et demande une réforme": after a comma)."""
        doc, lex = self.doc, self.lex
        aux = False
        while j <= b and doc[j].pos_ in ("AUX", "ADV") and self.in_quote[j] < 0:
            aux = aux or doc[j].pos_ == "AUX"
            j += 1
        if bare and not aux and j <= b and self.in_quote[j] < 0 and doc[j].pos_ == "NOUN" and \
                doc[j].lower_ + "r" in lex.cues and (j + 1 > b or doc[j + 1].pos_ in ("PUNCT", "DET", "ADP")):
            return True  # "…, et demande, à sa manière, …": the verb the tagger took for a noun
        if not (j <= b and self.in_quote[j] < 0 and self.is_cue(doc[j]) is not None):
            return False
        if bare:
            form = doc[j].morph.get("VerbForm")
            return "Fin" in form or (aux and "Part" in form)
        return any(doc[x].text.lower() in lex.complementisers for x in range(j + 1, min(j + 5, b + 1)))

    def _en_clause_with_cue(self, j: int, b: int) -> bool:
        """English: tokens from ``j`` open a clause whose finite verb is a cue with its own
        subject, a name or a personal pronoun right before it ("…, and Reyes said …", "… but she
        told the Courier …")."""
        doc = self.doc
        for k in range(j, min(j + 6, b + 1)):
            t = doc[k]
            if self.in_quote[k] >= 0 or t.is_punct:
                return False
            if t.pos_ in ("VERB", "AUX"):
                if t.tag_ not in ("VBD", "VBZ", "VBP") or self.is_cue(t) is None:
                    return False
                subj = [c for c in t.children if c.dep_ == "nsubj" and j <= c.i < k]
                return bool(subj) and subj[0].left_edge.i == j and all(
                    c.pos_ == "PROPN" or c.lower_ in ("he", "she", "they") or c.ent_type_ in ("PERSON", "ORG")
                    for c in subj)
        return False

    def _en_coordinated_cue(self, a: int, j: int, b: int) -> bool:
        """English: tokens from ``j`` are a cue verb coordinated with the verb that governs the
        content a..b (the parser hangs it on that verb, outside the content), with no subject of
        its own: "indicated that Brexit could be delayed and claimed proposals will …"."""
        doc = self.doc
        while j <= b and doc[j].pos_ in ("AUX", "ADV", "PART") and self.in_quote[j] < 0:
            j += 1
        if j > b or self.in_quote[j] >= 0 or doc[j].pos_ != "VERB" or self.is_cue(doc[j]) is None:
            return False
        t = doc[j]
        if any(c.dep_.startswith("nsubj") for c in t.children):
            return False
        if t.dep_ != "conj":
            return False
        if t.head.i < a:
            return True
        # The parser often hangs it on the content's own verb instead; then it is the speaker's
        # when that verb's subject cannot speak ("Brexit could be delayed … and claimed …").
        if not a <= t.head.i < j:
            return False
        if t.tag_ == "VBD" and t.head.tag_ in ("VB", "VBN", "VBG") and any(
                c.dep_ in ("aux", "auxpass") for c in t.head.children):
            return True  # "could be delayed … and claimed": a past tense the modal cannot govern
        subj = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return bool(subj) and all(
            c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in ("PERSON", "ORG", "NORP")
            and c.lower_ not in self.lex.roles for c in subj)

    def _object_end(self, a: int, b: int) -> int:
        """The end of a noun-phrase or infinitive content a..b (French): a finite verb after "et" /
        "mais" is coordinated with the cue, not part of the object, unless a relative or a
        subordinate clause has started ("a qualifié X de « Y » et a demandé …")."""
        doc = self.doc
        for x in range(a + 1, b):
            if self.in_quote[x] >= 0:
                continue
            low = doc[x].lower_
            if low in ("qui", "que", "qu'", "qu’", "dont", "où", "si", "quand", "lorsque", "lorsqu'", "lorsqu’") or \
                    low in _SELON_RELATIVES:
                return b
            if doc[x - 1].text == "," and doc[x].pos_ == "VERB" and "Part" in doc[x].morph.get("VerbForm") and \
                    "Pres" in doc[x].morph.get("Tense") and not self._gerund_incise(x, b):
                # "a insisté sur la nécessité de X, évoquant notamment Y": a participle clause of the
                # speaker's, after the object
                return self._end_before(x, a)
            if low not in ("et", "mais"):
                continue
            k = x + 1
            if k + 1 <= b and doc[k].text == ",":
                # "… et, le lendemain, rejoint …": a comma-bounded phrase after "et"
                close = next((y for y in range(k + 1, min(k + 7, b)) if doc[y].text == ","), None)
                if close is not None and not any(doc[y].pos_ in ("VERB", "AUX") for y in range(k + 1, close)):
                    k = close + 1
            while k <= b and (doc[k].lower_ in ("ne", "n'", "n’") or doc[k].pos_ == "ADV" or
                              doc[k].lower_ in _OBJECT_CLITICS | {"l'", "l’", "le", "la", "les", "y", "en"}):
                k += 1
            if k <= b and self.in_quote[k] < 0 and doc[k].pos_ in ("VERB", "AUX") and (
                    "Fin" in doc[k].morph.get("VerbForm") or (k > x + 1 and doc[k].dep_ == "conj" and doc[k].head.i < a) or (
                    # "annonce une révision du plan, et convoque les maires": the present tagged as a
                    # participle, hung on a verb before the object, after a comma
                    doc[x - 1].text == "," and doc[k].dep_ == "conj" and doc[k].head.i < a) or (
                    doc[k].pos_ == "VERB" and doc[k].dep_ == "ROOT" and doc[k].head.i == k) or (
                    k > x + 1 and doc[k].pos_ == "VERB" and doc[k].dep_ == "conj" and
                    doc[k].head.pos_ not in ("VERB", "AUX")) or (
                    doc[k].dep_ == "conj" and doc[k].head.i < a and self.is_cue(doc[k]) is not None and
                    "Part" in doc[k].morph.get("VerbForm") and "Past" in doc[k].morph.get("Tense"))):
                # (or "et, le lendemain, rejoint …", the present tagged as a participle, hung on the
                # cue, made the sentence's root or hung on a noun (no object goes on with a verb); or "a annoncé
                # A et promis B": a second cue sharing the auxiliary)
                return self._end_before(x, a)
        return b

    def _quote_then_predicate(self, a: int, b: int) -> int:
        """"Le fait qu'il ait qualifié la grève de « lutte fratricide » lui a valu des critiques"
        (French): in a noun-phrase or infinitive content a..b, a finite verb right after a
        closing quotation mark (clitic pronouns between) is the predicate of another clause, not
        part of the object: the content ends with the quotation."""
        doc = self.doc
        for x in range(a + 1, b):
            if self.in_quote[x] < 0 or self.in_quote[x + 1] >= 0 or doc[x].text not in FAMILIES:
                continue
            k = x + 1
            while k <= b and (doc[k].lower_ in ("ne", "n'", "n’") or doc[k].lower_ in _OBJECT_CLITICS or
                              doc[k].lower_ in ("l'", "l’", "y", "en")):
                k += 1
            if k <= b and doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm"):
                return x
        return b

    def _second_cue(self, i: int, b: int) -> bool:
        """"…, il estime par ailleurs que …", "…, et le ministre a ajouté que": a second
        attribution starting at token ``i`` (a subject then a cue verb with its "que")."""
        doc, lex = self.doc, self.lex
        j = i
        if doc[j].pos_ == "CCONJ":
            j += 1
        if j > b or not (doc[j].text.lower() in lex.pronouns | lex.plural_pronouns or doc[j].dep_.startswith("nsubj") or (
                lex.lang == "en" and doc[j].head.dep_.startswith("nsubj") and doc[j].head.left_edge.i == j)):
            return False  # (English: "…, but Scotland Yard confirmed that": the subject's first word)
        for k in range(j + 1, min(j + 8, b + 1)):
            t = doc[k]
            if t.is_punct or self.in_quote[k] >= 0:
                return False
            if t.pos_ in ("VERB", "AUX") and t.lemma_ not in ("avoir", "être", "have", "be"):
                return self.is_cue(t) is not None and any(
                    doc[x].text.lower() in lex.complementisers for x in range(k + 1, min(k + 5, b + 1)))
        return False

    def _call_object(self, i: int, limit: int) -> tuple[int, int] | None:
        """"a lancé un appel officiel aux volontaires pour …", "ont lancé des appels à une
        « insurrection »": "lancer" reports speech only with an "appel" and what it calls for
        (not "un appel d'offres")."""
        doc = self.doc
        if doc[i].pos_ != "DET" or self.in_quote[i] >= 0:
            return None
        k = i + 1
        while k < limit and k < i + 4 and doc[k].pos_ == "ADJ" and self.in_quote[k] < 0:
            k += 1  # "un nouvel appel"
        if k >= limit or doc[k].lower_ not in ("appel", "appels"):
            return None
        k += 1
        while k < limit and k < i + 8 and (doc[k].pos_ in ("ADJ", "ADV") or doc[k].dep_ == "amod") and \
                self.in_quote[k] < 0:
            k += 1  # "un appel officiel", "des appels provocateurs"
        if k >= limit or doc[k].lower_ not in ("à", "au", "aux", "pour") or self.in_quote[k] >= 0:
            return None
        b = self._object_end(i, self._cut(i, self.sentence_end(i, limit)))
        return (i, b) if self.words(i, b) >= MIN_OBJECT_WORDS + 1 else None

    def _relative_incise(self, cue: tuple[int, int]) -> bool:
        """"des physiciens qui, en 1930, ont clamé leur opposition": the comma before the cue closes
        an adverbial set between a relative "qui" and its verb; the cue is no incise (French)."""
        doc = self.doc
        j = cue[0] - 1
        if j < 2 or doc[j].text != "," or self.in_quote[j] >= 0:
            return False
        for k in range(j - 1, max(j - 9, 0), -1):
            if doc[k].is_space or self.in_quote[k] >= 0 or doc[k].text in _END:
                return False
            if doc[k].text == ",":
                return doc[k - 1].lower_ == "qui" and k - 1 < j - 2
        return False

    def _before_content(self, cue: tuple[int, int], floor: int) -> tuple[int, int] | None:
        """"La situation est grave, a estimé le maire." / "The plan is dead, he said."."""
        doc = self.doc
        if self.lex.lang == "fr" and self._relative_incise(cue):
            return None
        left = cue[0]
        subj = self.subject(cue)
        if self.lex.lang == "fr" and len(subj) == 1 and subj[0].lower_ in ("-vous", "-nous", "-je", "-tu", "-moi"):
            return None  # "Elle était journaliste, me dites-vous ?": the author and the reader
        if subj and subj[-1].i < left:
            if self.lex.lang == "fr" and subj[-1].text.lower() not in self.lex.pronouns:
                return None  # French inverts the subject of an incise: "…, a estimé le maire"
            left = subj[0].i
        elif not subj:
            return None
        after = max(cue[1], subj[-1].i if subj else cue[1]) + 1
        if after < len(doc) and doc[after].text == "," and subj and subj[0].i > cue[1]:
            after = subj[-1].i + 1
        if self.lex.lang == "fr" and subj and subj[0].i > cue[1]:
            # "…, a annoncé Emmanuel Macron le jeudi 5 mai dernier dans une vidéo": a date after the subject
            x = after
            while x < len(doc) and x - after < 7 and (doc[x].lower_ in _TIME_WORDS or doc[x].lower_ in _MONTHS or
                                                      doc[x].lower_ in ("dernier", "prochain", "le", "ce") or doc[x].pos_ == "NUM"):
                x += 1
            if x > after and any(doc[y].lower_ in _TIME_WORDS or doc[y].lower_ in _MONTHS for y in range(after, x)):
                after = x
        if after < len(doc) and not (doc[after].is_punct or doc[after].is_space or doc[after].pos_ in ("ADP", "ADV") or (
                self.lex.lang == "fr" and subj and subj[0].i > cue[1] and doc[after].pos_ == "VERB" and
                doc[after].morph.get("VerbForm") == ["Part"] and "Past" in doc[after].morph.get("Tense"))):
            return None  # (", conclut le rapport établi par X": the participle qualifies the subject)
        fr = self.lex.lang == "fr"
        sep = left - 1
        while fr and sep > floor and left - sep < 3 and doc[sep].lower_ in _OBJECT_CLITICS and self.in_quote[sep] < 0:
            sep -= 1  # "…, lui a assuré le maire": an object clitic before the incise's verb
        if fr and sep - 1 >= floor and doc[sep].text in _DASHES:  # "…, — a déclaré l'ex-président"
            sep -= doc[sep - 1].text == ","
        if sep - 1 < floor or not (doc[sep].text == "," or (fr and doc[sep].text in _DASHES)):
            return None
        s = self.sentence_start(sep, floor)
        if any(self.in_quote[i] >= 0 for i in range(s, sep)):
            # a quotation inside the content makes it mixed ("Tenter de régler le conflit ne
            # ferait que provoquer « une instabilité durable », a averti X"); a content that is
            # one quotation is a direct unit (pass 1)
            if not fr or self.words_outside(s, sep - 1) < MIN_CONTENT_WORDS or (
                    self.in_quote[s] >= 0 and self.in_quote[sep - 1] == self.in_quote[s]):
                return None
        elif fr and self._subject_with_relative(s, sep - 1):
            return None
        if fr and (split := self._split_by_incise(cue, subj, s, sep, after)) is not None:
            return split
        if fr and doc[s].pos_ == "ADP" and not any(doc[x].pos_ in ("VERB", "AUX") for x in range(s, sep)):
            return None  # "Dans le même temps, il demande …": an adverbial, not reported content
        if not fr and not english.finite_clause(self, s, sep - 1):
            return None  # "Meanwhile, behind the scenes, she called …": no clause, no content
        if not fr and (after >= len(doc) or doc[after].text in (".", "!", "?") or doc[after].is_space) and \
                english.subordinate_only(self, s, sep - 1):
            return None  # "Even if the mayor's work is done, the work of the council continues."
        if fr and subj and subj[-1].i < cue[0] and (doc[s].lower_ in _FRONTED_SUBORDINATORS or (
                doc[s].lower_ == "tant" and s + 1 < sep and doc[s + 1].lower_ in ("que", "qu'", "qu’"))):
            return None  # "Tant qu'il l'a pu, il a tout nié", "Lorsque la mairie a fermé, il a raconté": a fronted clause of time or condition
        if fr and doc[s].lower_ in ("pour", "afin", "sans", "avant", "après") and any(
                "Inf" in doc[x].morph.get("VerbForm") for x in range(s + 1, min(s + 4, sep))):
            return None  # "Pour faire passer la pilule, il ajoutait …": a purpose, not reported content
        if fr and "Part" in doc[cue[1]].morph.get("VerbForm") and "Pres" in doc[cue[1]].morph.get("Tense"):
            return None  # "…, rappelant les conditions de 1914": a participle clause, not an incise
        if fr and s > floor and self._announced(floor) and not any(
                self.in_quote[x] >= 0 or self.used[x] for x in range(floor, s)):
            s = floor  # "X a donné des détails :\n A. B, a confirmé X.": the paragraph is the report
        if fr and subj and subj[0].i > cue[1] and after + 1 < len(doc) and doc[after].text == "," and \
                sep - 1 >= s and not any(doc[x].pos_ in ("VERB", "AUX") or self.in_quote[x] >= 0 for x in range(s, sep)):
            # "Le port, a assuré X, rouvrira lundi.": the incise splits the subject from its verb;
            # the content is the whole sentence, the incise inside it (like "…, selon lui, …")
            k = after + 1
            while k < len(doc) and doc[k].pos_ in ("ADV", "PRON") and k - after < 4 and not doc[k].is_space:
                k += 1
            if k < len(doc) and doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm"):
                _, limit = self.para_tokens(doc[k].idx)
                e = self.sentence_end(k, limit)
                while e > k and doc[e].is_punct and doc[e].text not in FAMILIES:
                    e -= 1
                return s, e
        return (s, sep - 1) if sep - 1 >= s else None

    def _split_by_incise(self, cue: tuple[int, int], subj: list[Token], s: int, sep: int,
                         after: int) -> tuple[int, int] | None:
        """An incise with an inverted subject inside the reported sentence (French): "Cette
        situation, ont-ils reconnu, constitue …" (a clitic subject; the content is the whole
        sentence, the incise inside it) and "À l'avenir, a indiqué l'analyste, tout dépendra de …"
        (an adverbial before the incise; the content is the clause after it)."""
        doc = self.doc
        clitic = len(subj) == 1 and subj[0].lower_ in _CLITICS and subj[0].i <= cue[1]
        adverbial = doc[s].pos_ in ("ADP", "ADV")
        if not subj or not (clitic or (adverbial and subj[0].i > cue[1])) or after + 2 >= len(doc) or \
                doc[after].text != "," or sep - s > 8 or sep <= s:
            return None
        if any(doc[x].pos_ in ("VERB", "AUX") or self.in_quote[x] >= 0 or doc[x].is_space for x in range(s, sep)):
            return None
        _, limit = self.para_tokens(doc[after].idx)
        k = after + 1
        # the subject of the clause after the incise may be long ("Sans ce traitement, a dit X, les
        # patients atteints de la grippe à l'hôpital n'ont à …"): up to 12 tokens, no punctuation
        while k < limit and k - after <= 12 and not (doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm")):
            if doc[k].is_punct or doc[k].is_space or self.in_quote[k] >= 0 or doc[k].pos_ == "SCONJ":
                return None
            k += 1
        if k >= limit or k - after > 12 or (not adverbial and k - after > 3):
            return None
        e = self.sentence_end(k, limit)
        while e > k and doc[e].is_punct and doc[e].text not in FAMILIES:
            e -= 1
        return (after + 1 if adverbial else s), e

    def _announced(self, floor: int) -> bool:
        """The paragraph starting at token ``floor`` follows one that ends with a colon."""
        doc = self.doc
        j = floor - 1
        while j >= 0 and doc[j].is_space:
            j -= 1
        return j >= 0 and doc[j].text == ":"

    def words_outside(self, a: int, b: int) -> int:
        """Words of tokens a..b that are not inside a quotation."""
        return sum(1 for t in self.doc[a:b + 1] if not t.is_punct and not t.is_space and self.in_quote[t.i] < 0)

    def _subject_with_relative(self, a: int, b: int) -> bool:
        """"Macer Gifford, qui a combattu en Syrie, lance …": tokens a..b are a name and its
        relative clause, the subject of the verb after them, not reported content."""
        doc = self.doc
        for k in range(a + 1, min(b, a + 6)):
            if doc[k].text == "," and doc[k + 1].lower_ in ("qui", "dont"):
                return not any(doc[x].pos_ in ("VERB", "AUX") and "Inf" not in doc[x].morph.get("VerbForm")
                               for x in range(a, k)) and not any(
                    doc[x].text == "," for x in range(k + 2, b + 1))
        return False

    def according(self) -> None:
        """"Selon X, …", "…, d'après X.", "Pour X, …", "According to X, …"."""
        doc = self.doc
        for i in self.according_candidates:
            if self.used[i] or self.in_quote[i] >= 0:
                continue
            self._according_one(i, *self.para_tokens(doc[i].idx))

    def _according_one(self, i: int, floor: int, limit: int) -> Unit | None:
        doc, lex = self.doc, self.lex
        fr = lex.lang == "fr"
        t = doc[i]
        low = t.text.lower()
        at = self._according_at(i)
        # "…, mais pour lui, la crise ne fait que commencer": a clause of its own after ", mais"
        after_but = fr and i >= 2 and doc[i - 1].lower_ == "mais" and doc[i - 2].text == "," and \
            self.in_quote[i - 1] < 0
        pour = low == "pour" and fr and (i == 0 or doc[i - 1].is_space or (
            doc[i - 1].text in _END and self.in_quote[i - 1] < 0) or after_but)  # (at a paragraph's or a sentence's start)
        if at is None and not pour:
            return None
        np_start = at[1] if at else i + 1
        if fr and np_start < limit and doc[np_start].lower_ in _SELON_RELATIVES:
            return self._selon_relative(i, np_start, floor, limit)
        if np_start >= len(doc) or doc[np_start].text.lower() in lex.relatives:
            return None
        k = np_start
        while k < limit and not doc[k].is_space and doc[k].text.lower() not in lex.complementisers and (
                (not doc[k].is_punct and self.in_quote[k] < 0) or self.short_quote(k) or (
                # "according to party vice-chairwoman Ann Lowe": a hyphen inside a word
                doc[k].text == "-" and k > np_start and not doc[k - 1].whitespace_ and not doc[k].whitespace_)):
            k += 1
            if fr and k < limit and doc[k].text == "(":  # "selon un rapport de l'Association (ACAI)"
                close = next((x for x in range(k + 1, min(k + 8, limit)) if doc[x].text == ")"), None)
                if close is not None:
                    k = close + 1
        np = list(doc[np_start:k])
        if not np or len(np) > (20 if fr else 12):
            return None
        if fr and np[0].lower_ in ("nos", "notre", "mes", "mon", "ma") and not any(
                u.ent_type_ == lex.person_label or u.lemma_.lower() in lex.roles for u in np):
            return None  # "Selon nos informations": the article's own reporting (not "Pour notre ex-ambassadeur X")
        finite = next((x for x, u in enumerate(np) if u.pos_ in ("VERB", "AUX") and "Fin" in u.morph.get("VerbForm")), None)
        if fr and ((finite is not None and not any(u.lower_ in ("qui", "dont", "que", "qu'", "qu’", "où") for u in np[:finite])) or (
                next((u for u in np if u.pos_ == "NOUN"), np[0]).lemma_.lower() in _SELON_VARIES and np[0].pos_ == "DET")):
            return None  # "selon la Constitution ont mis fin": no phrase; "selon les périodes": depending on
        if pour and not (any(u.ent_type_ == lex.person_label for u in np) or any(
                u.lemma_.lower() in _INSTITUTIONS and u.pos_ == "NOUN" for u in np[:3]) or any(
                u.lemma_.lower() in lex.roles and u.pos_ in ("NOUN", "PROPN") for u in np) or np[0].text.lower() in ("lui", "elle", "eux")):
            return None
        s = self.sentence_start(i, floor)
        e = self.sentence_end(i, limit)
        comma = k < limit and doc[k].text == ","
        if any(u.cue and u.cue[0] >= s and u.cue[1] <= e and not (after_but and comma and u.end <= t.idx)
               for u in self.units):
            return None  # attribution of another unit: a via at most
        incise = comma and i - 1 > s and doc[i - 1].text == ","
        if comma and (i == s or all(u.pos_ in ("ADV", "CCONJ", "PUNCT") for u in doc[s:i])):
            a, b = k + 1, e
        elif after_but and comma:
            a, b = k + 1, e  # ("…, mais selon lui, …" too)
        elif fr and incise and doc[i - 2].lower_ in ("qui", "dont") and len(np) <= 8:
            # "des fournitures qui, selon lui, sont destinées au front": the antecedent and its clause
            j = i - 3
            while j >= s and i - 3 - j < 6 and doc[j].pos_ in ("NOUN", "ADJ", "DET", "PROPN", "PRON", "NUM"):
                j -= 1
            if j + 1 > i - 3:
                return None
            a, b = j + 1, e
        elif fr and incise and len(np) <= 8 and self.words(k + 1, e) >= MIN_CONTENT_WORDS and (
                self.words(s, i - 2) <= 3 or doc[i - 2].pos_ in ("VERB", "AUX", "ADP")):
            # "… pour avoir, selon Valpresse, un dialogue « franc »" / "En cause, selon le
            # quotidien, le fait que …": the incise opens the content
            a, b = k + 1, e
        elif incise and len(np) <= 4 and not any(
                doc[x].text.lower() in lex.relatives | {"qui", "who"} for x in range(max(s, i - 2), i)):
            # "La politique du gouvernement, selon lui, peut coûter cher": the incise stays inside
            a, b = s, e
        elif fr and incise and len(np) <= 8 and not any(
                doc[x].text.lower() in lex.relatives | {"qui"} for x in range(max(s, i - 2), i)):
            a, b = s, e
        elif k >= e or doc[k].text in _END:
            a, b = s, i - 1
        elif not fr and incise and english.finite_clause(self, s, i - 2):
            # "The clerk joined the mayor at the bridge, according to a person familiar with the
            # matter, as did Reyes.": the clause before the incise is the content
            a, b = s, i - 1
        else:
            return None
        if not fr and a == s:
            # "There were signs: the clerk joined the mayor, according to …": after the colon
            colon = next((x for x in range(b - 1, a, -1) if doc[x].text == ":" and self.in_quote[x] < 0), None)
            if colon is not None and self.words(colon + 1, b) >= MIN_CONTENT_WORDS:
                a = colon + 1
        while b > a and doc[b].is_punct and doc[b].text not in FAMILIES:
            b -= 1
        if b < a or self.words(a, b) < MIN_CONTENT_WORDS or any(self.used[x] for x in range(a, b + 1)):
            return None
        start, end = doc[a].idx, doc[b].idx + len(doc[b].text)
        inner = [m for m in self.marks if start <= m.open_at < end]
        kind = "mixed" if inner else "indirect"
        if fr and len(inner) == 1 and inner[0].open_at == start and inner[0].close_at >= end:
            # "« … », selon X." / "Pour X, « … »": the whole content is the quotation
            kind, start, end = "direct", inner[0].start, inner[0].end
        u = Unit(kind, start, end, cue=(i, np_start - 1), paragraph=self.para(start))
        u.subject = np
        u.anchor = t.idx
        self.mark_used(i, k)
        self.mark_used(a, b)
        self.units.append(u)
        return u

    def _selon_relative(self, i: int, rel: int, floor: int, limit: int) -> Unit | None:
        """"les déclarations des dirigeants selon lesquelles X", "le discours de la Maison-Blanche
        selon lequel X": a noun of speech (``+noun`` in the cue list) and its content; the
        speaker is the noun's "de" complement, else the subject of the verb governing the noun."""
        doc, lex = self.doc, self.lex
        noun = None
        for k in range(i - 1, max(floor, i - 9) - 1, -1):
            if doc[k].is_punct or self.in_quote[k] >= 0 and doc[k].is_punct:
                break
            if doc[k].pos_ == "NOUN" and doc[k].lemma_.lower() in lex.speech_nouns:
                noun = doc[k]
                break
        if noun is None:
            return None
        a, e = rel + 1, self.sentence_end(rel, limit)
        while a < e and doc[a].text == "," and self.in_quote[a] < 0:
            a += 1  # "des études selon lesquelles, si Brenac renonçait au port, …"
        verb = doc[rel].head
        if verb.pos_ in ("VERB", "AUX") and a <= verb.i <= e and verb.right_edge.i < e:
            e = verb.right_edge.i
        # "Les déclarations … selon lesquelles X est Y sont des mensonges": the noun's own verb,
        # agreeing with the noun and not with X, ends the content
        number = set(noun.morph.get("Number"))
        first = next((doc[x] for x in range(a, e + 1) if "Fin" in doc[x].morph.get("VerbForm")), None)
        if first is not None and number and set(first.morph.get("Number")) != number:
            stop = next((x for x in range(first.i + 1, e + 1) if "Fin" in doc[x].morph.get("VerbForm")
                         and set(doc[x].morph.get("Number")) == number and self.in_quote[x] < 0), None)
            if stop is not None:
                e = stop - 1
        b = self._cut(a, e)
        while b > a and doc[b].is_punct and doc[b].text not in FAMILIES:
            b -= 1
        if b < a or self.words(a, b) < MIN_CONTENT_WORDS or any(self.used[x] for x in range(a, b + 1)):
            return None
        subject: list[Token] = []
        for c in noun.children:
            if c.i > noun.i and c.i < i and c.dep_ == "nmod" and any(
                    g.dep_ == "case" and g.lower_ in lex.of_words for g in c.children):
                subject = [t for t in doc[c.left_edge.i:c.right_edge.i + 1] if t.i < i]
                while subject and subject[0].pos_ == "ADP":
                    subject = subject[1:]
                break
        if not subject and noun.head.pos_ == "VERB" and noun.head.i < noun.i:
            subject = self.subject((noun.head.i, noun.head.i))
        start, end = doc[a].idx, doc[b].idx + len(doc[b].text)
        kind = "mixed" if any(start <= m.open_at < end for m in self.marks) else "indirect"
        u = Unit(kind, start, end, cue=(i, rel), paragraph=self.para(start))
        u.subject = subject
        u.anchor = doc[i].idx
        self.mark_used(i, rel)
        self.mark_used(a, b)
        self.units.append(u)
        return u
