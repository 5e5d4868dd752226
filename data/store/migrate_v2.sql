-- sitrep event store: schema version 1 -> 2.
-- Applied by the store inside the same transaction as the user_version bump
-- (see docs/STORE.md); it must run on a version 1 database with data in it.
--
-- Adds the run log: one row per `sitrep ingest` (or any Writer), so that a
-- user can see when data arrived, from which sitrep, and whether a run was
-- interrupted (ended_at stays NULL when the process died or was killed).

CREATE TABLE ingest_runs (
  id                  INTEGER PRIMARY KEY,
  started_at          TEXT NOT NULL,             -- UTC ISO 8601
  ended_at            TEXT,                      -- NULL: interrupted (or still running)
  sitrep_version      TEXT NOT NULL DEFAULT '',
  documents_added     INTEGER NOT NULL DEFAULT 0,
  documents_unchanged INTEGER NOT NULL DEFAULT 0,
  documents_versioned INTEGER NOT NULL DEFAULT 0,  -- new versions of known URLs
  mentions_added      INTEGER NOT NULL DEFAULT 0,
  statements_added    INTEGER NOT NULL DEFAULT 0,
  input_errors        INTEGER NOT NULL DEFAULT 0   -- inputs or records that could not be read
);

-- Which run stored each document; NULL for documents stored before version 2.
ALTER TABLE documents ADD COLUMN ingest_run INTEGER REFERENCES ingest_runs(id);

-- Candidate events for merging a new mention: same country, dates in a
-- window (src/store/incident_merger.cc). events_by_place has admin1 between
-- country and date, so without this index the lookup reads every live event
-- of the country.
CREATE INDEX events_for_merge ON events(country, date) WHERE retired = 0;
