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


def write_jsonl(path: Path, megabytes: float, seed: int = 11, words: int = 120) -> int:
    """A JSONL file of about ``megabytes`` MB of short distinct articles (for size tests);
    returns the number of records."""
    rng = random.Random(seed)
    vocabulary = ("le maire a dit que le chantier du pont avance vite mais les riverains de Valdavie "
                  "attendent encore des réponses sur le coût du tram et la grève des dockers de Kessin "
                  "selon Nord Presse qui cite la préfecture jeudi soir").split()
    target = int(megabytes * 1_000_000)
    written = n = 0
    with path.open("w", encoding="utf-8") as handle:
        while written < target:
            text = " ".join(rng.choice(vocabulary) for _ in range(words))
            line = json.dumps({"id": f"s{n}", "title": f"Dépêche {n}", "text": f"{text}.\n{text[::-1]}.", "language": "fr",
                               "outlet": OUTLETS[n % 4], "published": "2024-03-07"}, ensure_ascii=False) + "\n"
            handle.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    return n
