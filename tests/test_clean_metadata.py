"""Language, dates, outlets, hashes and cited sources."""

from __future__ import annotations

import pytest

from recoupe import clean as clean_mod
from recoupe.clean import clean, content_hash, detect_language, find_cited_sources
from recoupe.model import Article

PARAGRAPHS = {
    "fr": "La mairie de Valmare a annoncé hier que la bibliothèque municipale resterait ouverte "
          "tout l’été, malgré les travaux prévus dans le bâtiment voisin.",
    "en": "The council of Port Ellery said on Monday that the old library would stay open all "
          "summer, despite the building work planned next door.",
    "it": "Il comune di Valmare ha annunciato ieri che la biblioteca resterà aperta per tutta "
          "l’estate, nonostante i lavori previsti nell’edificio accanto.",
    "de": "Die Stadt Valmare hat gestern mitgeteilt, dass die Bibliothek den ganzen Sommer über "
          "geöffnet bleibt, trotz der Bauarbeiten im Nachbargebäude.",
    "pl": "Władze miasta Valmare poinformowały wczoraj, że biblioteka będzie otwarta przez całe "
          "lato, mimo prac budowlanych w sąsiednim budynku.",
    "ru": "Власти города Вальмаре сообщили вчера, что библиотека будет открыта всё лето, "
          "несмотря на строительные работы в соседнем здании.",
}


@pytest.mark.parametrize(("lang", "paragraph"), PARAGRAPHS.items())
def test_clean_detects_language(lang, paragraph):
    assert detect_language(paragraph)[0] == lang
    document = clean(Article(path="a", source="a", format="txt", text="Titre\n" + paragraph))
    assert document.language == lang


def test_clean_uses_input_language():
    article = Article(path="a", source="a:1", format="jsonl", text=PARAGRAPHS["en"], title="T",
                      language="fr-FR")
    assert clean(article).language == "fr"


@pytest.mark.parametrize(
    "variant",
    [
        "Le port  de Valmare\nrouvre lundi.",
        "LE PORT DE VALMARE ROUVRE LUNDI.",
        "Le port de Valmare rouvre lundi.",
        "Le port de Valmare\u00a0rouvre lundi.",
        "Le port de Valmare rouvre lundi.".replace("é", "e\u0301"),
    ],
)
def test_clean_content_hash_ignores_case_and_spacing(variant):
    assert content_hash(variant) == content_hash("le port de valmare rouvre lundi.")


def test_clean_content_hash_differs_for_other_text():
    assert content_hash("Le port rouvre lundi.") != content_hash("Le port rouvre mardi.")


def test_clean_jsonl_metadata_and_repeated_title():
    article = Article(
        path="in.jsonl", source="in.jsonl:3", format="jsonl",
        text="Le port rouvre\nLe port de Valmare rouvre lundi après trois semaines de travaux.",
        title="Le port rouvre", outlet="La Gazette du Nord", published="2023-04-10T09:30:00+02:00",
        url="https://gazette.example/ports/valmare",
    )
    document = clean(article)
    assert document.title == "Le port rouvre"
    assert document.text == "Le port de Valmare rouvre lundi après trois semaines de travaux."
    assert document.removed == ["Le port rouvre"]
    assert (document.outlet, document.published) == ("La Gazette du Nord", "2023-04-10")
    assert document.path == "in.jsonl" and document.url == article.url


@pytest.mark.parametrize(
    ("url", "outlet", "published"),
    [
        ("https://www.gazette.example/2023/04/10/port-rouvre/", "gazette.example", "2023-04-10"),
        ("https://news.example.org/monde/port-rouvre-2022-11-03.html", "news.example.org", "2022-11-03"),
        ("https://news.example.org/monde/port", "news.example.org", None),
        (None, None, None),
    ],
)
def test_clean_url_gives_outlet_and_date(url, outlet, published):
    article = Article(path="a", source="a", format="jsonl", url=url, title="T",
                      text="Le port de Valmare rouvre lundi après trois semaines de travaux.")
    document = clean(article)
    assert (document.outlet, document.published) == (outlet, published)


def test_clean_html_article():
    html = (
        "<html><head><title>Le port rouvre</title></head><body><article><h1>Le port rouvre</h1>"
        "<p>Le port de Valmare a rouvert lundi après trois semaines de travaux, a annoncé la "
        "mairie dans un communiqué publié dimanche soir.</p><p>Les travaux ont coûté près de "
        "deux millions d'euros, financés par la région de Brenmor et par la commune.</p>"
        "</article></body></html>"
    )
    document = clean(Article(path="p.html", source="p.html", format="html", html=html,
                             url="https://gazette.example/2023/04/10/port"))
    assert document.language == "fr"
    assert "Le port de Valmare a rouvert lundi" in document.text
    assert document.published == "2023-04-10"


@pytest.fixture
def fictional_media(monkeypatch):
    rows = (
        clean_mod.Media("Northwind Ledger", ("Northwind",), "online", "US", "en"),
        clean_mod.Media("Agence Brenmor Presse", ("ABP",), "agency", "FR", "fr"),
        clean_mod.Media("Kanal Vostok", (), "broadcaster", "RU", "ru"),
    )
    monkeypatch.setattr(clean_mod, "media", lambda: rows)
    clean_mod._media_index.cache_clear()
    yield rows
    clean_mod._media_index.cache_clear()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le maire a confirmé la date, selon l'agence de presse étatique ABP.", ["ABP"]),
        ("« Nous sommes prêts », a déclaré le maire à Kanal Vostok.", ["Kanal Vostok"]),
        ("La date a été confirmée, selon un rapport de l'agence de presse \"Brenmor Info\".",
         ["Brenmor Info"]),
        ("Selon le journal en ligne “Le Courrier de Valmare”, le port rouvrira.",
         ["Le Courrier de Valmare"]),
        ("Le port rouvrira lundi, a annoncé la mairie.", []),
    ],
)
def test_clean_finds_cited_sources(fictional_media, text, expected):
    assert find_cited_sources(text) == expected


def test_clean_media_file_has_the_major_outlets():
    names = {m.name for m in clean_mod.media()}
    assert {"Agence France-Presse", "Reuters", "Belta", "TASS", "CNN", "BBC", "Zero Hedge",
            "Le Monde", "Ukrainska Pravda", "Deutsche Welle"} <= names
    assert all(m.kind in {"agency", "newspaper", "broadcaster", "online"} for m in clean_mod.media())
    assert clean_mod.find_media("DW News").name == "Deutsche Welle"
