"""Boilerplate removal, titles and kept lines on fixture pages written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from recoupe import clean as clean_mod
from recoupe.clean import clean
from recoupe.errors import InputError
from recoupe.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "clean"


def _txt(name: str) -> Article:
    path = FIXTURES / name
    return Article(path=str(path), source=str(path), format="txt", text=path.read_text("utf-8"))


@pytest.fixture(scope="module")
def web_fr():
    return clean(_txt("web_fr.txt"))


@pytest.fixture(scope="module")
def web_en():
    return clean(_txt("web_en.txt"))


def test_clean_title_after_breadcrumb(web_fr, web_en):
    assert web_fr.title == "Le maire de Valmare promet un nouveau port de pêche avant l’hiver"
    assert web_fr.removed[0].startswith("Accueil » RÉGIONS »")
    assert web_en.title == "Harbour talks resume in Port Ellery"
    assert web_en.removed[0] == "Home > World > Harbour talks resume in Port Ellery"
    assert web_fr.title not in web_fr.text.split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "par",
        "186",
        "0",
        "Lire aussi : La saison des sardines s’annonce exceptionnelle sur la côte de Brenmor",
        "Bertrand Quillet et Mireille Castagnède",
        "Bertrand Quillet et Mireille Castagnède.",
        "Photo de Jules Armand Wiki Commons",
        "Reportage supplémentaire de Noémie Lartigue.",
        "Article précédentLa foire aux huîtres de Valmare bat son record",
        "Article suivantUne nouvelle ligne de bus relie Valmare à Brenmor",
        "28 ans et depuis 4 ans dans le journalisme local, je rédige sur tout ce qui bouge à Valmare !",
        "Suivez les sujets qui vous intéressent",
        "Related Articles",
        "Ce site utilise des cookies pour améliorer votre expérience. Accepter Refuser",
    ],
)
def test_clean_removes_french_boilerplate(web_fr, line):
    assert line in web_fr.removed
    assert line not in web_fr.text.split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "By",
        "Share this",
        "Advertisement",
        "Read more: Port Ellery ferry fares to rise in spring",
        "Amara Nkemelu and Tobias Wren",
        "Sign up for our newsletter to get the latest from Port Ellery",
        "Click here to read our coverage of the harbour dispute",
        "Copyright 2024 Ellery Gazette. All rights reserved.",
    ],
)
def test_clean_removes_english_boilerplate(web_en, line):
    assert line in web_en.removed


@pytest.mark.parametrize(
    ("fixture", "line"),
    [
        ("web_fr", "“Le port sera prêt.”"),
        ("web_fr", "un chantier à douze millions"),
        ("web_fr", "« Nous ne pouvons plus attendre, les pêcheurs de Valmare travaillent dans des "
         "conditions indignes », a déclaré Bertrand Quillet devant les élus."),
        ("web_en", "Dockers Demand Guarantees"),
        ("web_en", "“We are close,” said council leader Amara Nkemelu, who chaired the session."),
    ],
)
def test_clean_keeps_article_lines(request, fixture, line):
    document = request.getfixturevalue(fixture)
    assert line in document.text.split("\n")
    assert line not in document.removed


def test_clean_text_is_lines_unchanged(web_fr):
    source = (FIXTURES / "web_fr.txt").read_text("utf-8").split("\n")
    kept = web_fr.text.split("\n")
    assert "" not in kept
    assert all(line in source for line in kept)
    # nothing lost: title + kept + removed is every non-blank line of the page
    assert sorted([web_fr.title, *kept, *web_fr.removed]) == sorted(s for s in source if s)


def test_clean_crlf_and_spaces_do_not_change_text():
    article = _txt("web_fr.txt")
    crlf = Article(path="a", source="a", format="txt",
                   text="\r\n".join("  " + line + " " for line in article.text.split("\n")))
    assert clean(crlf).text == clean(article).text


def test_clean_unrelated_headline_is_removed():
    body = (
        "Le conseil de Valmare a voté mardi le budget du nouveau port de pêche, après un long "
        "débat sur le coût des quais, des pontons et de la criée municipale.\n"
        "Les élus de l’opposition ont demandé un audit du budget du port avant le début des travaux "
        "sur les quais et les pontons, estimant que la criée coûtera plus que prévu.\n"
        "Une célèbre chanteuse lyrique annule sa tournée estivale après une blessure au genou\n"
        "Le maire a répondu que le budget du port avait été vérifié par la région et que les "
        "travaux sur les quais commenceraient en septembre, comme prévu par la criée.\n"
        "La criée restera ouverte pendant les travaux, et les pontons seront remplacés un par un "
        "pour que les pêcheurs du port puissent continuer à débarquer leurs prises.\n"
        "Le port accueillera quarante chalutiers à la fin des travaux, selon le budget voté."
    )
    document = clean(Article(path="a", source="a", format="txt", text="Titre\n" + body))
    assert document.removed == [
        "Une célèbre chanteuse lyrique annule sa tournée estivale après une blessure au genou"
    ]


@pytest.mark.parametrize(
    "text",
    ["", "\n \n", "Un titre seul", "Un titre\nSuivez les sujets qui vous intéressent\n186"],
)
def test_clean_rejects_articles_without_body(text):
    with pytest.raises(InputError) as info:
        clean(Article(path="empty.txt", source="empty.txt", format="txt", text=text))
    assert info.value.path == "empty.txt"


def test_clean_boilerplate_files_have_every_kind():
    kinds = {p.kind for p in clean_mod.boilerplate_patterns()}
    assert {"navigation", "related-links", "cookie", "share-counters", "prev-next", "bios",
            "follow-prompts", "captions-credits", "foreign-headlines", "source-credits"} <= kinds
