"""Relative dates resolved against the published date (recoupe.stories.dates)."""

from __future__ import annotations

import pytest

from recoupe.stories import resolve_dates, statement_date

PUBLISHED = "2031-04-10"  # a Thursday


@pytest.mark.parametrize(
    ("text", "lang", "expected", "granularity"),
    [
        ("Il a prévenu jeudi que", "fr", "2031-04-10", "day"),
        ("a déclaré samedi", "fr", "2031-04-05", "day"),
        ("diffusée dimanche soir par la télévision", "fr", "2031-04-06", "day"),
        ("Il l'a dit hier.", "fr", "2031-04-09", "day"),
        ("la semaine dernière", "fr", "2031-03-31", "week"),
        ("le 10 avril 2023", "fr", "2023-04-10", "day"),
        ("le 31 mars", "fr", "2031-03-31", "day"),
        ("le 31 décembre", "fr", "2030-12-31", "day"),
        ("en février de l'année dernière", "fr", "2030-02-01", "month"),
        ("le mois dernier", "fr", "2031-03-01", "month"),
        ("He spoke on Tuesday night.", "en", "2031-04-08", "day"),
        ("last Thursday", "en", "2031-04-03", "day"),
        ("yesterday", "en", "2031-04-09", "day"),
        ("on March 3", "en", "2031-03-03", "day"),
        ("in February last year", "en", "2030-02-01", "month"),
    ],
)
def test_dates_resolved(text, lang, expected, granularity):
    found = resolve_dates(text, PUBLISHED, lang)
    assert [(d.date, d.granularity) for d in found] == [(expected, granularity)]
    assert text[found[0].start : found[0].end] == found[0].text


@pytest.mark.parametrize(("text", "expected"), [("jeudi", None), ("le 10 avril 2023", "2023-04-10"), ("hier", None)])
def test_dates_without_published_date_kept_unresolved(text, expected):
    found = resolve_dates(text, None, "fr")
    assert len(found) == 1 and found[0].date == expected


def test_dates_statement_date_prefers_date_near_quote():
    text = "Intro.\nSamedi, lors d'un meeting, il a dit : « nous gagnerons ».\nAutre paragraphe jeudi."
    start = text.index("nous")
    assert statement_date(text, start, start + 13, PUBLISHED, "fr") == "2031-04-05"
    assert statement_date("« rien » dit-il.", 1, 7, PUBLISHED, "fr") == PUBLISHED
