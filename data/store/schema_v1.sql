-- sitrep event store, schema version 1 (PRAGMA user_version = 1).
-- Migrations live beside this file as migrate_vN.sql (N-1 -> N); the store
-- applies them in order in one transaction and refuses a database whose
-- user_version is newer than it knows. See docs/STORE.md.
--
-- Identity: a document is its normalised body (content_hash). The same URL
-- with another body is a new version; the old one is retired, with its
-- mentions, and never deleted (provenance is kept).

CREATE TABLE documents (
  id            INTEGER PRIMARY KEY,
  content_hash  TEXT NOT NULL UNIQUE,      -- hex hash of the normalised body text
  doc_key       TEXT NOT NULL,             -- URL when known, else the input id: what "the same article" means
  version       INTEGER NOT NULL DEFAULT 1,
  input_id      TEXT NOT NULL DEFAULT '',  -- RawDocument::id
  source        TEXT NOT NULL DEFAULT '',  -- the input path
  source_line   INTEGER NOT NULL DEFAULT 0,
  url           TEXT NOT NULL DEFAULT '',
  outlet        TEXT NOT NULL DEFAULT '',
  title         TEXT NOT NULL DEFAULT '',
  published     TEXT NOT NULL DEFAULT '',  -- YYYY-MM-DD or ISO date-time
  body_bytes    INTEGER NOT NULL DEFAULT 0,
  ingested_at   TEXT NOT NULL,             -- UTC ISO 8601
  retired_at    TEXT,                      -- set when a newer version of doc_key arrived
  superseded_by INTEGER REFERENCES documents(id)
);
CREATE INDEX documents_by_key ON documents(doc_key, version);

-- One row per event an article reports (what `extract` prints for a document).
CREATE TABLE mentions (
  id              INTEGER PRIMARY KEY,
  document_id     INTEGER NOT NULL REFERENCES documents(id),
  ordinal         INTEGER NOT NULL,         -- index of the event in the document
  event_id        INTEGER REFERENCES events(id),  -- the merged event; NULL until merged
  retired         INTEGER NOT NULL DEFAULT 0,
  date            TEXT, date_precision TEXT,
  event_type      TEXT, sub_event_type TEXT, plover TEXT, plover_mode TEXT, plover_contexts TEXT,
  actor1_name TEXT, actor1_country TEXT, actor1_sector TEXT, actor1_inter INTEGER,
  actor2_name TEXT, actor2_country TEXT, actor2_sector TEXT, actor2_inter INTEGER,
  location_name TEXT, admin2 TEXT, admin1 TEXT, country TEXT, country_name TEXT,
  lat REAL, lon REAL, geo_precision INTEGER,
  fatalities INTEGER, wounded INTEGER, victims TEXT,
  evidence TEXT NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
  confidence REAL,
  UNIQUE (document_id, ordinal)
);
CREATE INDEX mentions_by_event ON mentions(event_id);
CREATE INDEX mentions_for_merge ON mentions(date, country, admin1) WHERE retired = 0;

-- One row per real-world incident: the consolidated view of its mentions
-- (rule in docs/DEDUP.md). Columns mirror mentions; sources = live mentions.
CREATE TABLE events (
  id              INTEGER PRIMARY KEY,
  retired         INTEGER NOT NULL DEFAULT 0,  -- every mention retired
  date            TEXT, date_precision TEXT,
  event_type      TEXT, sub_event_type TEXT, plover TEXT, plover_mode TEXT,
  actor1_name TEXT, actor1_country TEXT, actor1_sector TEXT, actor1_inter INTEGER,
  actor2_name TEXT, actor2_country TEXT, actor2_sector TEXT, actor2_inter INTEGER,
  location_name TEXT, admin2 TEXT, admin1 TEXT, country TEXT, country_name TEXT,
  lat REAL, lon REAL, geo_precision INTEGER,
  fatalities INTEGER, wounded INTEGER,
  notes TEXT,                                  -- the evidence of the best mention
  source_count INTEGER NOT NULL DEFAULT 0,
  sources TEXT,                                -- outlets, "; "-joined, ACLED's `source`
  first_seen TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX events_by_date ON events(date) WHERE retired = 0;
CREATE INDEX events_by_place ON events(country, admin1, date) WHERE retired = 0;
CREATE INDEX events_by_type ON events(event_type, date) WHERE retired = 0;

CREATE TABLE statements (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents(id),
  ordinal      INTEGER NOT NULL,
  retired      INTEGER NOT NULL DEFAULT 0,
  date         TEXT,                   -- the document's publication date
  speaker TEXT, role TEXT, organization TEXT, via TEXT,
  quote TEXT NOT NULL, quote_start INTEGER NOT NULL, quote_end INTEGER NOT NULL,
  UNIQUE (document_id, ordinal)
);
CREATE INDEX statements_by_speaker ON statements(speaker);
CREATE INDEX statements_by_org ON statements(organization);

-- Read-side indexes (query layer)
-- Covering indexes for counts and aggregates (sitrep stats, alerts,
-- /api/stats, paging counts): every column those queries read is in the
-- index, so they never touch the wide event rows. `retired` leads instead of
-- a partial-index WHERE because SQLite (3.40) does not treat a partial index
-- as covering for a query that tests its WHERE column. The reader names the
-- index to use (INDEXED BY) when present, since the planner's row-size model
-- otherwise prefers the narrow indexes above plus table lookups; see
-- docs/QUERY.md and src/store/sqlite_reader.cc.
CREATE INDEX events_q_date ON events(retired, date, event_type, plover, country, admin1, fatalities);
CREATE INDEX events_q_country ON events(retired, country, date, event_type, plover, admin1, fatalities);
