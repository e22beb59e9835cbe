"""The transliteration key and the alias table (no spaCy model needed)."""

from __future__ import annotations

import pytest

from recoupe.entities import canonical_name, load_aliases, translit_key
from recoupe.errors import ConfigError


@pytest.mark.parametrize(
    "spellings",
    [
        ("Loukachenko", "Lukashenko", "Lukaschenko"),
        ("Choïgou", "Shoigu", "Schoigu", "Shoygu"),
        ("Zelensky", "Zelenski", "Selenskyj", "Zelenskyy"),
        ("Peskov", "Peskow"),
        ("Sergueï", "Sergei", "Sergey", "Sergej"),
        ("Alexandre", "Aleksandr", "Alexander"),
        ("Dmitri", "Dmitry", "Dmitrij"),
        ("Evgueni", "Yevgeny", "Jewgeni"),
        ("Khrenin", "Chrenin"),
        ("Poutine", "Putin"),
        ("Vrakovitch", "Vrakovich", "Wrakowitsch"),
        ("Smirnoff", "Smirnov"),
    ],
)
def test_entities_translit_key_folds_romanisations(spellings):
    keys = {translit_key(s) for s in spellings}
    assert len(keys) == 1, keys


@pytest.mark.parametrize(
    "a, b",
    [("Viktor", "Alexandre"), ("Peskov", "Lavrov"), ("Ivanov", "Ivanova"), ("Boris", "Igor")],
)
def test_entities_translit_key_keeps_different_names_apart(a, b):
    assert translit_key(a) != translit_key(b)


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Biélorussie", ("Belarus", "LOC", "country")),
        ("Bélarus", ("Belarus", "LOC", "country")),
        ("Belarus", ("Belarus", "LOC", "country")),
        ("biélorusse", ("Belarus", "LOC", "demonym")),
        ("Russes", ("Russia", "LOC", "demonym")),
        ("OTAN", ("NATO", "ORG", "igo")),
        ("NATO", ("NATO", "ORG", "igo")),
        ("Belta", ("BelTA", "ORG", "media")),
        ("Zero Hedge", ("Zero Hedge", "ORG", "media")),
        ("Kremlin", ("Kremlin", "ORG", "government")),
        ("Aleksandr Lukashenko", ("Alexander Lukashenko", "PER", None)),
        ("Alexandre Loukachenko", ("Alexander Lukashenko", "PER", None)),
    ],
)
def test_entities_canonical_name_knows_exonyms_and_media(name, expected):
    assert canonical_name(name) == expected


@pytest.mark.parametrize("word", ["Hollande", "Vrakovitch", "malaise"])
def test_entities_canonical_name_unknown_words_are_none(word):
    assert canonical_name(word) is None


def test_entities_user_alias_file_overrides_the_table(tmp_path):
    user = tmp_path / "aliases.tsv"
    user.write_text(
        "# a fictional outlet and a rename\n"
        "Courrier de Valdoria\tORG\tmedia\tCourrier de Valdoria|Valdoria Courier\n"
        "Bélarus (state)\tLOC\tcountry\tBiélorussie|Belarus\tbiélorusse\n",
        encoding="utf-8",
    )
    table = load_aliases(user)
    record, demonym = table.lookup("Valdoria Courier")
    assert (record.canonical, record.type, record.kind, demonym) == ("Courrier de Valdoria", "ORG", "media", False)
    assert table.lookup("Biélorussie")[0].canonical == "Bélarus (state)"
    assert table.lookup("biélorusses")[0].canonical == "Bélarus (state)"
    assert load_aliases().lookup("Valdoria Courier") is None  # the shipped table is untouched


def test_entities_user_alias_file_bad_line_is_a_config_error(tmp_path):
    user = tmp_path / "bad.tsv"
    user.write_text("Somewhere\tPLACE\t\tSomewhere\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="bad.tsv:1"):
        load_aliases(user)


def test_entities_alias_table_covers_un_members():
    table = load_aliases()
    countries = [r for r in table.records.values() if r.kind == "country"]
    assert len(countries) >= 193
