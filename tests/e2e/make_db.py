#!/usr/bin/env python3
"""Writes a synthetic sitrep event store for the dashboard's browser tests.

The events are invented (places are real provinces, everything else is
made up) and deterministic for a given --seed, so a test can know exactly
what the map and the tables must show. The database follows the store's
schema (data/store/schema_v*.sql, applied in order) and is what
`sitrep ingest` would leave: documents, mentions, merged events, statements.

  make_db.py OUT.db [--events N] [--seed S]

Prints one JSON line with the expected figures (events, with coordinates,
per country, statements) on stdout.
"""
import argparse
import datetime
import json
import os
import random
import sqlite3
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
APPLICATION_ID = 0x53495452  # "SITR": the store's PRAGMA application_id

# country code, country name, [(province, lat, lon)], share of events
COUNTRIES = [
    ("AF", "Afghanistan", [("Kabul", 34.53, 69.17), ("Helmand", 31.36, 64.36), ("Kandahar", 31.61, 65.71),
                           ("Nangarhar", 34.17, 70.62), ("Kunduz", 36.73, 68.86), ("Ghazni", 33.55, 68.42)], 0.30),
    ("NG", "Nigeria", [("Borno", 11.85, 13.16), ("Zamfara", 12.17, 6.25), ("Kaduna", 10.52, 7.44),
                       ("Benue", 7.34, 8.74), ("Plateau", 9.22, 9.52)], 0.25),
    ("ML", "Mali", [("Mopti", 14.49, -4.18), ("Gao", 16.27, -0.04), ("Timbuktu", 16.77, -3.01),
                    ("Segou", 13.43, -6.26)], 0.15),
    ("SO", "Somalia", [("Banaadir", 2.05, 45.32), ("Lower Shabelle", 1.87, 44.25), ("Bay", 2.48, 43.48),
                       ("Hiraan", 4.32, 45.30)], 0.15),
    ("SY", "Syria", [("Idlib", 35.93, 36.63), ("Aleppo", 36.20, 37.16), ("Deir ez-Zor", 35.33, 40.14),
                     ("Daraa", 32.62, 36.10)], 0.15),
]

TYPES = [  # ACLED type, sub-event type, PLOVER, mode, share
    ("Battles", "Armed clash", "FIGHT", "firearms", 0.35),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", "explosives", 0.25),
    ("Explosions/Remote violence", "Air/drone strike", "FIGHT", "aerial", 0.10),
    ("Violence against civilians", "Attack", "ASSAULT", "firearms", 0.20),
    ("Riots", "Violent demonstration", "PROTEST", "", 0.05),
    ("Strategic developments", "Arrests", "COERCE", "", 0.05),
]

ACTORS = {  # country: [(name, sector, inter)]
    "AF": [("Military Forces of Afghanistan", "military", 1), ("Taliban", "rebels", 2),
           ("Police Forces of Afghanistan", "police", 1), ("Islamic State (Afghanistan)", "rebels", 2)],
    "NG": [("Military Forces of Nigeria", "military", 1), ("Boko Haram", "rebels", 2),
           ("Unidentified Armed Group (Nigeria)", "militia", 3), ("Police Forces of Nigeria", "police", 1)],
    "ML": [("Military Forces of Mali", "military", 1), ("JNIM", "rebels", 2),
           ("Dozo Communal Militia (Mali)", "militia", 4)],
    "SO": [("Military Forces of Somalia", "military", 1), ("Al Shabaab", "rebels", 2),
           ("AMISOM", "igo", 8)],
    "SY": [("Military Forces of Syria", "military", 1), ("HTS", "rebels", 2),
           ("Military Forces of Russia", "military", 8)],
}

OUTLETS = ["Daily Ledger", "Frontline Wire", "Coastal Tribune", "Morning Dispatch", "Regional Herald"]
SPEAKERS = [("Amina Yusuf", "army spokeswoman", "Military"), ("Karim Haidari", "provincial governor", "Government"),
            ("Lena Moreau", "UN humanitarian coordinator", "United Nations"),
            ("Tomas Berg", "ICRC head of delegation", "ICRC"), ("", "police spokesman", "Police")]


def pick(rng, items, weight_index):
    r = rng.random() * sum(i[weight_index] for i in items)
    for item in items:
        r -= item[weight_index]
        if r <= 0:
            return item
    return items[-1]


def apply_schema(db):
    store = os.path.join(ROOT, "data", "store")
    db.executescript(open(os.path.join(store, "schema_v1.sql"), encoding="utf-8").read())
    version = 1
    while os.path.exists(os.path.join(store, "migrate_v%d.sql" % (version + 1))):
        version += 1
        db.executescript(open(os.path.join(store, "migrate_v%d.sql" % version), encoding="utf-8").read())
    db.execute("PRAGMA user_version = %d" % version)
    db.execute("PRAGMA application_id = %d" % APPLICATION_ID)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--events", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(args.out + suffix):
            os.remove(args.out + suffix)
    db = sqlite3.connect(args.out)
    db.execute("PRAGMA journal_mode = WAL")
    apply_schema(db)
    now = "2024-07-01T00:00:00Z"
    start = datetime.date(2024, 1, 1)
    expected = {"events": 0, "with_coordinates": 0, "by_country": {}, "fatalities": 0, "statements": 0}
    doc_id = 0
    mention_id = 0
    for event_id in range(1, args.events + 1):
        code, cname, provinces, _ = pick(rng, COUNTRIES, 3)
        province, plat, plon = rng.choice(provinces)
        etype, sub, plover, mode, _ = pick(rng, TYPES, 4)
        day = start + datetime.timedelta(days=int(rng.random() ** 0.8 * 180))
        a1 = rng.choice(ACTORS[code])
        a2 = rng.choice([a for a in ACTORS[code] if a != a1] + [("Civilians (%s)" % cname, "civilians", 7)])
        precise = rng.random() < 0.9
        lat = round(plat + rng.uniform(-0.6, 0.6), 4) if precise else plat
        lon = round(plon + rng.uniform(-0.6, 0.6), 4) if precise else plon
        has_point = rng.random() < 0.97
        town = "%s district %d" % (province, rng.randint(1, 9)) if precise else province
        fatalities = 0 if etype in ("Riots", "Strategic developments") else int(rng.expovariate(1 / 6.0))
        wounded = int(fatalities * rng.uniform(0, 2))
        trigger = {"Battles": "clashed with", "Riots": "rioted against",
                   "Strategic developments": "arrested"}.get(etype, "attacked")
        evidence = ("%s %s %s near %s in %s province on %s, killing %d people and wounding %d, officials said."
                    % (a1[0], trigger, a2[0], town, province, day.strftime("%d %B %Y"), fatalities, wounded))
        sources = rng.choice([1, 1, 1, 2, 3])
        outlets = rng.sample(OUTLETS, sources)
        db.execute(
            "INSERT INTO events (id, date, date_precision, event_type, sub_event_type, plover, plover_mode, "
            "actor1_name, actor1_country, actor1_sector, actor1_inter, actor2_name, actor2_country, actor2_sector, "
            "actor2_inter, location_name, admin2, admin1, country, country_name, lat, lon, geo_precision, "
            "fatalities, wounded, notes, source_count, sources, first_seen, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (event_id, day.isoformat(), "day", etype, sub, plover, mode, a1[0], code, a1[1], a1[2], a2[0], code,
             a2[1], a2[2], town, "", province, code, cname, lat if has_point else None,
             lon if has_point else None, 1 if precise else 3, fatalities, wounded, evidence, sources,
             "; ".join(outlets), now, now))
        for k, outlet in enumerate(outlets):
            doc_id += 1
            mention_id += 1
            title = "%s: %s violence in %s" % (outlet, etype.split("/")[0], province)
            body_prefix = "%s, %s (%s) - " % (province.upper(), cname, outlet)
            own = max(0, fatalities + (0 if k == 0 else rng.randint(0, 3)))
            text = evidence if k == 0 else evidence.replace("killing %d" % fatalities, "killing %d" % own)
            db.execute(
                "INSERT INTO documents (id, content_hash, doc_key, input_id, url, outlet, title, published, "
                "body_bytes, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (doc_id, "%064x" % doc_id, "https://news.example/%d" % doc_id, "doc-%d" % doc_id,
                 "https://news.example/%d" % doc_id, outlet, title,
                 (day + datetime.timedelta(days=k)).isoformat(), 400, now))
            db.execute(
                "INSERT INTO mentions (id, document_id, ordinal, event_id, date, date_precision, event_type, "
                "sub_event_type, plover, plover_mode, plover_contexts, actor1_name, actor1_country, actor1_sector, "
                "actor1_inter, actor2_name, actor2_country, actor2_sector, actor2_inter, location_name, admin2, "
                "admin1, country, country_name, lat, lon, geo_precision, fatalities, wounded, victims, evidence, "
                "evidence_start, evidence_end, confidence) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (mention_id, doc_id, 0, event_id, day.isoformat(), "day", etype, sub, plover, mode, "[]", a1[0],
                 code, a1[1], a1[2], a2[0], code, a2[1], a2[2], town, "", province, code, cname,
                 lat if has_point else None, lon if has_point else None, 1 if precise else 3, own, wounded,
                 "people", text, len(body_prefix.encode()), len(body_prefix.encode()) + len(text.encode()),
                 round(rng.uniform(0.5, 0.95), 3)))
            if rng.random() < 0.3:
                speaker, role, org = rng.choice(SPEAKERS)
                quote = "The situation in %s remains extremely tense and we call for restraint" % province
                db.execute(
                    "INSERT INTO statements (document_id, ordinal, date, speaker, role, organization, via, quote, "
                    "quote_start, quote_end) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (doc_id, 0, (day + datetime.timedelta(days=k)).isoformat(), speaker, role, org, outlet, quote,
                     10, 10 + len(quote)))
                expected["statements"] += 1
        expected["events"] += 1
        expected["fatalities"] += fatalities
        expected["with_coordinates"] += 1 if has_point else 0
        expected["by_country"][code] = expected["by_country"].get(code, 0) + 1
    db.commit()
    db.close()
    json.dump(expected, sys.stdout, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
