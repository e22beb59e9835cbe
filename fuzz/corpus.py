"""A small fictional corpus written on the fly for the fault, load and size tests.

Every person, outlet and place is invented (Valdavie, Kessin, Nord Presse, ...). Articles come in
a few stories so that the cross-document stage has events, relays and corroboration to build.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

PEOPLE = [
    ("Maëlle Dorvan", "la maire de Valdavie"),
    ("Ilan Kessor", "le ministre des Transports"),
    ("Sofia Brandt", "la porte-parole du syndicat des dockers"),
    ("Hugo Varenne", "le préfet de la région"),
    ("Nora Castel", "la directrice du port de Kessin"),
]
OUTLETS = ["Nord Presse", "Le Courrier de Valdavie", "La Gazette de Kessin", "Radio Brume"]
TOPICS = [
    ("le pont de Valdavie", "Le chantier du pont de Valdavie prendra du retard", ["le pont", "les travaux", "le chantier"]),
    ("la grève des dockers de Kessin", "Les dockers de Kessin reconduisent la grève", ["la grève", "le port", "les dockers"]),
    ("le festival des Brumes", "Le festival des Brumes change de date", ["le festival", "les concerts", "la billetterie"]),
    ("la ligne de tram de Valdavie", "La future ligne de tram fait débat", ["le tram", "la ligne", "les riverains"]),
]
SAYINGS = [
    "nous ne laisserons pas {thing} sans solution",
    "{thing} sera terminé avant l'hiver",
    "personne ne peut dire aujourd'hui combien coûtera {thing}",
    "il faut écouter ceux qui vivent autour de {thing}",
    "{thing} n'est pas une priorité pour l'État",
    "nous avons reçu les premières propositions sur {thing}",
]
DAYS = ["jeudi", "mardi soir", "hier", "le 3 mars", "la semaine dernière", "lundi"]


def article(rng: random.Random, topic: int, n: int) -> tuple[str, str]:
    """(headline, body) of one fictional article on ``TOPICS[topic]``."""
    name, title = TOPICS[topic][0], TOPICS[topic][1]
    things = TOPICS[topic][2]
    paragraphs = [f"{title.split(' ', 1)[1][0].upper()}{title.split(' ', 1)[1][1:]} : {name} occupe les esprits depuis {rng.choice(DAYS)} (article {n})."]
    for _ in range(rng.randint(3, 6)):
        person, role = rng.choice(PEOPLE)
        saying = rng.choice(SAYINGS).format(thing=rng.choice(things))
        form = rng.randint(0, 3)
        if form == 0:
            paragraphs.append(f"« {saying[0].upper()}{saying[1:]} », a déclaré {rng.choice(DAYS)} {person}, {role}.")
        elif form == 1:
            paragraphs.append(f"{person}, {role}, a affirmé {rng.choice(DAYS)} que {saying}.")
        elif form == 2:
            paragraphs.append(f"Selon {rng.choice(OUTLETS)}, {person} estime que {saying}.")
        else:
            paragraphs.append(f"« {saying[0].upper()}{saying[1:]} », a ajouté {role}, citée par {rng.choice(OUTLETS)}.")
    paragraphs.append(f"Les habitants attendent des réponses sur {rng.choice(things)} d'ici le 10 avril 2024.")
    return title, "\n\n".join(paragraphs)


def write_corpus(folder: Path, n_txt: int = 24, n_jsonl: int = 12, seed: int = 7) -> Path:
    """``n_txt`` .txt articles and one .jsonl file of ``n_jsonl`` records (some of them relays:
    the same text under another outlet), in ``folder``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n_txt):
        headline, body = article(rng, i % len(TOPICS), i)
        (folder / f"article-{i:03d}.txt").write_text(f"{headline}\n\n{body}\n", encoding="utf-8")
    records = []
    for i in range(n_jsonl):
        headline, body = article(rng, i % len(TOPICS), 1000 + i)
        day = 1 + i % 27
        records.append({"id": f"j{i}", "title": headline, "text": body, "outlet": OUTLETS[i % len(OUTLETS)],
                        "url": f"https://nord-presse.invalid/2024/03/{day:02d}/a{i}", "published": f"2024-03-{day:02d}", "language": "fr"})
        if i % 4 == 0:  # a relay: the same text by another outlet, crediting the first
            records.append({**records[-1], "id": f"j{i}r", "outlet": OUTLETS[(i + 1) % len(OUTLETS)],
                            "text": body + f"\n\nSource : {OUTLETS[i % len(OUTLETS)]}"})
    with (folder / "wire.jsonl").open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return folder


#: Sentence parts of the size corpus, per language. German has no spaCy model in recoupe: its
#: articles are cleaned, deduplicated, fingerprinted, stored and indexed, not parsed.
SIZE_WORDS = {
    "fr": {
        "who": [p for p, _ in PEOPLE] + ["la préfecture", "le conseil municipal", "Nord Presse"],
        "verb": ["a déclaré", "a affirmé", "a rappelé", "estime", "a expliqué", "a annoncé"],
        "thing": ["le chantier du pont", "la grève des dockers", "le festival des Brumes", "la ligne de tram",
                  "le budget du port", "la rénovation de la gare", "le marché couvert", "la digue de Kessin"],
        "how": ["avancera vite", "prendra du retard", "coûtera plus cher", "sera revu", "attendra l'été", "reste incertain"],
        "when": DAYS + ["mercredi matin", "vendredi", "dimanche soir"],
        "frame": "{who} {verb} {when} que {thing} {how}.",
    },
    "de": {
        "who": [p for p, _ in PEOPLE] + ["die Präfektur von Valdavie", "der Stadtrat von Kessin", "Nord Presse"],
        "verb": ["sagte", "erklärte", "betonte", "versicherte", "bestätigte", "warnte"],
        "thing": ["die Brücke von Valdavie", "der Streik der Hafenarbeiter", "das Nebelfestival", "die neue Straßenbahn",
                  "der Hafenhaushalt", "der Umbau des Bahnhofs", "die Markthalle", "der Deich von Kessin"],
        "how": ["schneller fertig werden", "sich verzögern", "teurer werden", "überarbeitet werden", "bis zum Sommer warten", "unsicher bleiben"],
        "when": ["am Donnerstag", "am Dienstagabend", "gestern", "am 3. März", "letzte Woche", "am Montag", "am Freitag"],
        "frame": "{who} {verb} {when}, {thing} werde {how}.",
    },
}


def size_article(rng: random.Random, n: int, language: str = "fr", words: int = 400) -> tuple[str, str]:
    """(headline, body) of about ``words`` words of fictional news in ``language``: sentences
    drawn at random, so that two articles share almost no 5-word shingle (no near-duplicates)."""
    parts = SIZE_WORDS[language]
    paragraphs, count = [], 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            sentence = parts["frame"].format(**{k: rng.choice(v) for k, v in parts.items() if k != "frame"})
            sentence = f"{sentence[0].upper()}{sentence[1:]}"
            sentences.append(f"{sentence[:-1]} ({rng.randint(1, 99_999)})." if rng.random() < 0.3 else sentence)
            count += len(sentence.split())
        paragraphs.append(" ".join(sentences))
    thing = rng.choice(parts["thing"])
    return f"{thing[0].upper()}{thing[1:]} ({n})", "\n\n".join(paragraphs)


def write_jsonl(path: Path, megabytes: float, seed: int = 11, words: int = 400, language: str = "fr", duplicates: int = 0) -> int:
    """A JSONL file of about ``megabytes`` MB of distinct fictional articles of about ``words``
    words in ``language`` (``SIZE_WORDS``), for size tests; with ``duplicates`` = k, every k-th
    record repeats an earlier record's text under a new id and outlet (an exact duplicate).
    Returns the number of records."""
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    written = n = 0
    recent: list[tuple[str, str]] = []
    with path.open("w", encoding="utf-8") as handle:
        while written < target:
            if duplicates and n % duplicates == duplicates - 1 and recent:
                title, text = rng.choice(recent)
            else:
                title, text = size_article(rng, n, language, words)
                recent = [*recent[-49:], (title, text)]
            day = 1 + n % 28
            line = json.dumps({"id": f"s{n}", "title": title, "text": text, "language": language, "outlet": OUTLETS[n % 4],
                               "url": f"https://nord-presse.invalid/2024/03/{day:02d}/s{n}", "published": f"2024-03-{day:02d}"},
                              ensure_ascii=False) + "\n"
            handle.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    return n
