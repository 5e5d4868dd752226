-- sitrep event store: schema version 3 -> 4.
-- Applied by the store inside the same transaction as the user_version bump
-- (see docs/STORE.md); it must run on a version 3 database with data in it.
--
-- Filters that version 3 still answered by reading every event row
-- (docs/PERFORMANCE.md, "Event store and dashboard"):
--
--   actor_names         the distinct names of live events' actors, with how
--                       many live events name each: an actor filter (a
--                       substring, LIKE '%x%') is matched against these few
--                       hundred names, not against a million rows; the
--                       events of the matching names are then found through
--   events_by_actor1/2  partial covering indexes on each actor column (with
--                       the date and the columns counts, groupings and the
--                       map read), so an actor filter reads index entries of
--                       its own events only;
--   events_fts          an FTS5 index of the notes of live events (external
--                       content, the view live_event_notes: the text stays
--                       in `events`): the text filter matches words through
--                       it (docs/QUERY.md), and a text-only count is a count
--                       of index entries;
--   events_by_id        a covering index of the events by id with
--                       what counts, groupings, the map and a page's order
--                       read, so that the events the FTS finds are looked up
--                       in it rather than in the wide event rows;
--   day_summary,        the summaries of version 3 per day instead of per
--   day_actor_summary   week: alerts group by day, and a date range that cuts
--                       a week is completed from the days of that week;
--   events_by_admin1    the province compared without case (COLLATE NOCASE),
--                       which events_by_place (binary collation) cannot serve.
--
-- As in version 3, triggers on `events` keep every derived table right inside
-- the transaction that changes the events (ingest, re-ingest, new versions,
-- merges, a crash), with no code in the writer. Day cells use the same
-- conventions as week cells (migrate_v3.sql): keys are never NULL, `day` is
-- the first ten bytes of the date when they are a real calendar day and ''
-- otherwise (undated and malformed dates), first_date / last_date are the
-- smallest and largest non-empty date text of the cell.

CREATE TABLE actor_names (
  name    TEXT PRIMARY KEY,    -- never '' or NULL
  events  INTEGER NOT NULL     -- live events naming it (once per event)
) WITHOUT ROWID;

CREATE TABLE day_summary (
  country     TEXT NOT NULL,
  admin1      TEXT NOT NULL,
  event_type  TEXT NOT NULL,
  plover      TEXT NOT NULL,
  day         TEXT NOT NULL,   -- YYYY-MM-DD, '' when undated or not a date
  events      INTEGER NOT NULL,
  fatalities  INTEGER NOT NULL,
  undated     INTEGER NOT NULL,
  first_date  TEXT,
  last_date   TEXT,
  PRIMARY KEY (country, admin1, event_type, plover, day)
) WITHOUT ROWID;

CREATE TABLE day_actor_summary (
  country     TEXT NOT NULL,
  admin1      TEXT NOT NULL,
  event_type  TEXT NOT NULL,
  plover      TEXT NOT NULL,
  day         TEXT NOT NULL,
  actor       TEXT NOT NULL,
  events      INTEGER NOT NULL,
  fatalities  INTEGER NOT NULL,
  undated     INTEGER NOT NULL,
  first_date  TEXT,
  last_date   TEXT,
  PRIMARY KEY (country, admin1, event_type, plover, day, actor)
) WITHOUT ROWID;

-- Alerts and cut weeks read a range of days: by day first.
CREATE INDEX day_summary_by_day ON day_summary(day);
CREATE INDEX day_actor_summary_by_day ON day_actor_summary(day, actor);
-- One actor's cells (an actor filter matching one name).
CREATE INDEX actor_summary_by_actor ON actor_summary(actor);

CREATE INDEX events_by_actor1 ON events(actor1_name, date, actor2_name, country, admin1, event_type, plover,
                                        fatalities, lat, lon) WHERE retired = 0;
CREATE INDEX events_by_actor2 ON events(actor2_name, date, actor1_name, country, admin1, event_type, plover,
                                        fatalities, lat, lon) WHERE retired = 0;
CREATE INDEX events_by_admin1 ON events(admin1 COLLATE NOCASE, date) WHERE retired = 0;

-- The notes of live events only, so that a text filter's matches are the
-- events it finds with no row to read back (a count is a count of index
-- entries). The content table is a view of the live events rather than
-- `events` itself: FTS5's 'integrity-check' (with rank 1, which compares with
-- the content) then verifies that the index holds exactly the live events'
-- notes, while against `events` it would report every retired row missing.
-- Live rows whose notes are NULL are indexed as empty ('rebuild' does the
-- same). Nothing reads the notes through the FTS table.
CREATE VIEW live_event_notes AS SELECT id, notes FROM events WHERE retired = 0;
CREATE VIRTUAL TABLE events_fts USING fts5(
  notes, content = 'live_event_notes', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

-- The events a text filter finds, by id, with every column the reader's
-- counts, groupings (actors included), map points and page order read: the
-- FTS hands over ascending ids, and looking each up here reads about a
-- quarter of the pages the event rows fill (docs/PERFORMANCE.md); the reader
-- names it, since the planner may otherwise walk a whole covering index
-- testing each id. `retired` is a column rather than a partial-index WHERE:
-- SQLite 3.40 did not use the partial form as covering for these queries
-- (they test `retired = 0`), as schema_v1.sql notes for events_q_date.
CREATE INDEX events_by_id ON events(id, retired, date, country, admin1, event_type, plover, fatalities,
                                    actor1_name, actor2_name, lat, lon);

-- ------------------------------------------------------------ filled once

INSERT INTO events_fts(events_fts) VALUES ('rebuild');  -- reads the view: live events

INSERT INTO actor_names
SELECT actor, count(*)
FROM (SELECT actor1_name AS actor FROM events WHERE retired = 0 AND actor1_name <> ''
      UNION ALL
      SELECT actor2_name FROM events WHERE retired = 0 AND actor2_name <> '' AND actor2_name IS NOT actor1_name)
GROUP BY actor;

-- ------------------------------------------------------------ events_fts

-- An event enters the index when it is written live or comes back to life,
-- and leaves it when it is retired or deleted; a 'delete' must be given the
-- text that was indexed (external content), which OLD holds.

CREATE TRIGGER events_fts_insert AFTER INSERT ON events WHEN NEW.retired = 0
BEGIN
  INSERT INTO events_fts(rowid, notes) VALUES (NEW.id, NEW.notes);
END;

CREATE TRIGGER events_fts_update AFTER UPDATE OF id, notes, retired ON events
WHEN (OLD.retired = 0 OR NEW.retired = 0)
  AND (OLD.id IS NOT NEW.id OR OLD.notes IS NOT NEW.notes OR OLD.retired IS NOT NEW.retired)
BEGIN
  INSERT INTO events_fts(events_fts, rowid, notes) SELECT 'delete', OLD.id, OLD.notes WHERE OLD.retired = 0;
  INSERT INTO events_fts(rowid, notes) SELECT NEW.id, NEW.notes WHERE NEW.retired = 0;
END;

CREATE TRIGGER events_fts_delete AFTER DELETE ON events WHEN OLD.retired = 0
BEGIN
  INSERT INTO events_fts(events_fts, rowid, notes) VALUES ('delete', OLD.id, OLD.notes);
END;

-- ------------------------------------------------------------ actor_names

CREATE TRIGGER actor_names_insert AFTER INSERT ON events
WHEN NEW.retired = 0 AND (NEW.actor1_name <> '' OR NEW.actor2_name <> '')
BEGIN
  INSERT INTO actor_names
  SELECT a.actor, 1
  FROM (SELECT NEW.actor1_name AS actor WHERE NEW.actor1_name <> ''
        UNION ALL
        SELECT NEW.actor2_name WHERE NEW.actor2_name <> '' AND NEW.actor2_name IS NOT NEW.actor1_name) AS a
  WHERE true
  ON CONFLICT (name) DO UPDATE SET events = events + 1;
END;

CREATE TRIGGER actor_names_update AFTER UPDATE OF retired, actor1_name, actor2_name ON events
WHEN (OLD.retired = 0 OR NEW.retired = 0) AND (
  OLD.retired IS NOT NEW.retired OR OLD.actor1_name IS NOT NEW.actor1_name OR OLD.actor2_name IS NOT NEW.actor2_name)
BEGIN
  UPDATE actor_names SET events = events - 1
  WHERE OLD.retired = 0
    AND (name = OLD.actor1_name OR (name = OLD.actor2_name AND OLD.actor2_name IS NOT OLD.actor1_name));
  DELETE FROM actor_names WHERE events <= 0 AND name IN (OLD.actor1_name, OLD.actor2_name);
  INSERT INTO actor_names
  SELECT a.actor, 1
  FROM (SELECT NEW.actor1_name AS actor WHERE NEW.actor1_name <> ''
        UNION ALL
        SELECT NEW.actor2_name WHERE NEW.actor2_name <> '' AND NEW.actor2_name IS NOT NEW.actor1_name) AS a
  WHERE NEW.retired = 0
  ON CONFLICT (name) DO UPDATE SET events = events + 1;
END;

CREATE TRIGGER actor_names_delete AFTER DELETE ON events WHEN OLD.retired = 0
BEGIN
  UPDATE actor_names SET events = events - 1
  WHERE name = OLD.actor1_name OR (name = OLD.actor2_name AND OLD.actor2_name IS NOT OLD.actor1_name);
  DELETE FROM actor_names WHERE events <= 0 AND name IN (OLD.actor1_name, OLD.actor2_name);
END;

-- ------------------------------------------------------------ day_summary

INSERT INTO day_summary
SELECT coalesce(country, ''), coalesce(admin1, ''), coalesce(event_type, ''), coalesce(plover, ''),
       CASE WHEN date(julianday(substr(date, 1, 10))) = substr(date, 1, 10) THEN substr(date, 1, 10) ELSE '' END,
       count(*), sum(coalesce(fatalities, 0)), sum(date IS NULL OR date = ''),
       min(nullif(date, '')), max(nullif(date, ''))
FROM events WHERE retired = 0
GROUP BY 1, 2, 3, 4, 5;

CREATE TRIGGER day_summary_insert AFTER INSERT ON events WHEN NEW.retired = 0
BEGIN
  INSERT INTO day_summary
  SELECT coalesce(NEW.country, ''), coalesce(NEW.admin1, ''), coalesce(NEW.event_type, ''), coalesce(NEW.plover, ''),
         CASE WHEN date(julianday(substr(NEW.date, 1, 10))) = substr(NEW.date, 1, 10) THEN substr(NEW.date, 1, 10) ELSE '' END,
         1, coalesce(NEW.fatalities, 0), NEW.date IS NULL OR NEW.date = '', nullif(NEW.date, ''), nullif(NEW.date, '')
  WHERE true
  ON CONFLICT (country, admin1, event_type, plover, day) DO UPDATE SET
    events = events + 1,
    fatalities = fatalities + excluded.fatalities,
    undated = undated + excluded.undated,
    first_date = min(coalesce(first_date, excluded.first_date), coalesce(excluded.first_date, first_date)),
    last_date = max(coalesce(last_date, excluded.last_date), coalesce(excluded.last_date, last_date));
END;

CREATE TRIGGER day_summary_update
AFTER UPDATE OF retired, date, country, admin1, event_type, plover, fatalities ON events
WHEN (OLD.retired = 0 OR NEW.retired = 0) AND (
  OLD.retired IS NOT NEW.retired OR OLD.date IS NOT NEW.date OR OLD.country IS NOT NEW.country OR OLD.admin1 IS NOT NEW.admin1 OR OLD.event_type IS NOT NEW.event_type OR OLD.plover IS NOT NEW.plover OR OLD.fatalities IS NOT NEW.fatalities)
BEGIN
  UPDATE day_summary SET
    events = events - 1,
    fatalities = fatalities - coalesce(OLD.fatalities, 0),
    undated = undated - (OLD.date IS NULL OR OLD.date = '')
  WHERE OLD.retired = 0
    AND country = coalesce(OLD.country, '') AND admin1 = coalesce(OLD.admin1, '')
    AND event_type = coalesce(OLD.event_type, '') AND plover = coalesce(OLD.plover, '')
    AND day = CASE WHEN date(julianday(substr(OLD.date, 1, 10))) = substr(OLD.date, 1, 10) THEN substr(OLD.date, 1, 10) ELSE '' END;
  DELETE FROM day_summary
  WHERE events <= 0 AND OLD.retired = 0
    AND country = coalesce(OLD.country, '') AND admin1 = coalesce(OLD.admin1, '')
    AND event_type = coalesce(OLD.event_type, '') AND plover = coalesce(OLD.plover, '');
  -- Only a cell holding different date texts (date-times, malformed dates)
  -- or undated events can change its first or last date by losing one event:
  -- the dates of one day are otherwise equal.
  UPDATE day_summary SET (first_date, last_date) = (
    SELECT min(e.date), max(e.date) FROM events e
    WHERE e.retired = 0 AND e.date > '' AND e.date >= day_summary.day
      AND e.date < CASE WHEN day_summary.day = '' THEN x'ff' ELSE date(day_summary.day, '+1 day') END
      AND coalesce(e.country, '') = day_summary.country AND coalesce(e.admin1, '') = day_summary.admin1
      AND coalesce(e.event_type, '') = day_summary.event_type AND coalesce(e.plover, '') = day_summary.plover
      AND CASE WHEN date(julianday(substr(e.date, 1, 10))) = substr(e.date, 1, 10) THEN substr(e.date, 1, 10) ELSE '' END = day_summary.day)
  WHERE OLD.retired = 0 AND OLD.date IN (first_date, last_date) AND (first_date <> last_date OR undated > 0)
    AND (NEW.retired <> 0 OR NEW.date IS NOT OLD.date OR NEW.country IS NOT OLD.country OR NEW.admin1 IS NOT OLD.admin1 OR NEW.event_type IS NOT OLD.event_type OR NEW.plover IS NOT OLD.plover)
    AND country = coalesce(OLD.country, '') AND admin1 = coalesce(OLD.admin1, '')
    AND event_type = coalesce(OLD.event_type, '') AND plover = coalesce(OLD.plover, '')
    AND day = CASE WHEN date(julianday(substr(OLD.date, 1, 10))) = substr(OLD.date, 1, 10) THEN substr(OLD.date, 1, 10) ELSE '' END;
  INSERT INTO day_summary
  SELECT coalesce(NEW.country, ''), coalesce(NEW.admin1, ''), coalesce(NEW.event_type, ''), coalesce(NEW.plover, ''),
         CASE WHEN date(julianday(substr(NEW.date, 1, 10))) = substr(NEW.date, 1, 10) THEN substr(NEW.date, 1, 10) ELSE '' END,
         1, coalesce(NEW.fatalities, 0), NEW.date IS NULL OR NEW.date = '', nullif(NEW.date, ''), nullif(NEW.date, '')
  WHERE NEW.retired = 0
  ON CONFLICT (country, admin1, event_type, plover, day) DO UPDATE SET
    events = events + 1,
    fatalities = fatalities + excluded.fatalities,
    undated = undated + excluded.undated,
    first_date = min(coalesce(first_date, excluded.first_date), coalesce(excluded.first_date, first_date)),
    last_date = max(coalesce(last_date, excluded.last_date), coalesce(excluded.last_date, last_date));
END;

CREATE TRIGGER day_summary_delete AFTER DELETE ON events WHEN OLD.retired = 0
BEGIN
  UPDATE day_summary SET
    events = events - 1,
    fatalities = fatalities - coalesce(OLD.fatalities, 0),
    undated = undated - (OLD.date IS NULL OR OLD.date = '')
  WHERE true
    AND country = coalesce(OLD.country, '') AND admin1 = coalesce(OLD.admin1, '')
    AND event_type = coalesce(OLD.event_type, '') AND plover = coalesce(OLD.plover, '')
    AND day = CASE WHEN date(julianday(substr(OLD.date, 1, 10))) = substr(OLD.date, 1, 10) THEN substr(OLD.date, 1, 10) ELSE '' END;
  DELETE FROM day_summary
  WHERE events <= 0 AND true
    AND country = coalesce(OLD.country, '') AND admin1 = coalesce(OLD.admin1, '')
    AND event_type = coalesce(OLD.event_type, '') AND plover = coalesce(OLD.plover, '');
  -- Only a cell holding different date texts (date-times, malformed dates)
  -- or undated events can change its first or last date by losing one event:
  -- the dates of one day are otherwise equal.
  UPDATE day_summary SET (first_date, last_date) = (
    SELECT min(e.date), max(e.date) FROM events e
    WHERE e.retired = 0 AND e.date > '' AND e.date >= day_summary.day
      AND e.date < CASE WHEN day_summary.day = '' THEN x'ff' ELSE date(day_summary.day, '+1 day') END
      AND coalesce(e.country, '') = day_summary.country AND coalesce(e.admin1, '') = day_summary.admin1
      AND coalesce(e.event_type, '') = day_summary.event_type AND coalesce(e.plover, '') = day_summary.plover
      AND CASE WHEN date(julianday(substr(e.date, 1, 10))) = substr(e.date, 1, 10) THEN substr(e.date, 1, 10) ELSE '' END = day_summary.day)
  WHERE true AND OLD.date IN (first_date, last_date) AND (first_date <> last_date OR undated > 0)
    AND country = coalesce(OLD.country, '') AND admin1 = coalesce(OLD.admin1, '')
    AND event_type = coalesce(OLD.event_type, '') AND plover = coalesce(OLD.plover, '')
    AND day = CASE WHEN date(julianday(substr(OLD.date, 1, 10))) = substr(OLD.date, 1, 10) THEN substr(OLD.date, 1, 10) ELSE '' END;
END;

-- ------------------------------------------------------------ day_actor_summary
-- The same three steps, for the event's first actor and (when named and
-- different) its second.

INSERT INTO day_actor_summary
SELECT coalesce(country, ''), coalesce(admin1, ''), coalesce(event_type, ''), coalesce(plover, ''),
       CASE WHEN date(julianday(substr(date, 1, 10))) = substr(date, 1, 10) THEN substr(date, 1, 10) ELSE '' END,
       actor, count(*), sum(coalesce(fatalities, 0)), sum(date IS NULL OR date = ''),
       min(nullif(date, '')), max(nullif(date, ''))
FROM (SELECT actor1_name AS actor, date, country, admin1, event_type, plover, fatalities
      FROM events WHERE retired = 0 AND actor1_name <> ''
      UNION ALL
      SELECT actor2_name, date, country, admin1, event_type, plover, fatalities FROM events
      WHERE retired = 0 AND actor2_name <> '' AND actor2_name IS NOT actor1_name)
GROUP BY 1, 2, 3, 4, 5, 6;

CREATE TRIGGER day_actor_summary_insert AFTER INSERT ON events WHEN NEW.retired = 0 AND (NEW.actor1_name <> '' OR NEW.actor2_name <> '')
BEGIN
  INSERT INTO day_actor_summary
  SELECT coalesce(NEW.country, ''), coalesce(NEW.admin1, ''), coalesce(NEW.event_type, ''), coalesce(NEW.plover, ''),
         CASE WHEN date(julianday(substr(NEW.date, 1, 10))) = substr(NEW.date, 1, 10) THEN substr(NEW.date, 1, 10) ELSE '' END,
         a.actor, 1, coalesce(NEW.fatalities, 0), NEW.date IS NULL OR NEW.date = '', nullif(NEW.date, ''), nullif(NEW.date, '')
  FROM (SELECT NEW.actor1_name AS actor WHERE NEW.actor1_name <> ''
        UNION ALL
        SELECT NEW.actor2_name WHERE NEW.actor2_name <> '' AND NEW.actor2_name IS NOT NEW.actor1_name) AS a
  WHERE true
  ON CONFLICT (country, admin1, event_type, plover, day, actor) DO UPDATE SET
    events = events + 1,
    fatalities = fatalities + excluded.fatalities,
    undated = undated + excluded.undated,
    first_date = min(coalesce(first_date, excluded.first_date), coalesce(excluded.first_date, first_date)),
    last_date = max(coalesce(last_date, excluded.last_date), coalesce(excluded.last_date, last_date));
END;

CREATE TRIGGER day_actor_summary_update
AFTER UPDATE OF retired, date, country, admin1, event_type, plover, fatalities, actor1_name, actor2_name ON events
WHEN (OLD.retired = 0 OR NEW.retired = 0) AND (
  OLD.retired IS NOT NEW.retired OR OLD.date IS NOT NEW.date OR OLD.country IS NOT NEW.country OR OLD.admin1 IS NOT NEW.admin1 OR OLD.event_type IS NOT NEW.event_type OR OLD.plover IS NOT NEW.plover OR OLD.fatalities IS NOT NEW.fatalities OR OLD.actor1_name IS NOT NEW.actor1_name OR OLD.actor2_name IS NOT NEW.actor2_name)
BEGIN
  UPDATE day_actor_summary SET
    events = events - 1,
    fatalities = fatalities - coalesce(OLD.fatalities, 0),
    undated = undated - (OLD.date IS NULL OR OLD.date = '')
  WHERE OLD.retired = 0
    AND (actor = OLD.actor1_name OR (actor = OLD.actor2_name AND OLD.actor2_name IS NOT OLD.actor1_name))
    AND country = coalesce(OLD.country, '') AND admin1 = coalesce(OLD.admin1, '')
    AND event_type = coalesce(OLD.event_type, '') AND plover = coalesce(OLD.plover, '')
    AND day = CASE WHEN date(julianday(substr(OLD.date, 1, 10))) = substr(OLD.date, 1, 10) THEN substr(OLD.date, 1, 10) ELSE '' END;
  DELETE FROM day_actor_summary
  WHERE events <= 0 AND OLD.retired = 0
    AND country = coalesce(OLD.country, '') AND admin1 = coalesce(OLD.admin1, '')
    AND event_type = coalesce(OLD.event_type, '') AND plover = coalesce(OLD.plover, '');
  -- Only a cell holding different date texts (date-times, malformed dates)
  -- or undated events can change its first or last date by losing one event:
  -- the dates of one day are otherwise equal.
  UPDATE day_actor_summary SET (first_date, last_date) = (
    SELECT min(e.date), max(e.date) FROM events e
    WHERE e.retired = 0 AND e.date > '' AND e.date >= day_actor_summary.day
      AND e.date < CASE WHEN day_actor_summary.day = '' THEN x'ff' ELSE date(day_actor_summary.day, '+1 day') END
      AND coalesce(e.country, '') = day_actor_summary.country AND coalesce(e.admin1, '') = day_actor_summary.admin1
      AND coalesce(e.event_type, '') = day_actor_summary.event_type AND coalesce(e.plover, '') = day_actor_summary.plover
      AND (e.actor1_name = day_actor_summary.actor
           OR (e.actor2_name = day_actor_summary.actor AND e.actor2_name IS NOT e.actor1_name))
      AND CASE WHEN date(julianday(substr(e.date, 1, 10))) = substr(e.date, 1, 10) THEN substr(e.date, 1, 10) ELSE '' END = day_actor_summary.day)
  WHERE OLD.retired = 0 AND OLD.date IN (first_date, last_date) AND (first_date <> last_date OR undated > 0)
    AND (NEW.retired <> 0 OR NEW.date IS NOT OLD.date OR NEW.country IS NOT OLD.country OR NEW.admin1 IS NOT OLD.admin1 OR NEW.event_type IS NOT OLD.event_type OR NEW.plover IS NOT OLD.plover OR NEW.actor1_name IS NOT OLD.actor1_name OR NEW.actor2_name IS NOT OLD.actor2_name)
    AND (actor = OLD.actor1_name OR (actor = OLD.actor2_name AND OLD.actor2_name IS NOT OLD.actor1_name))
    AND country = coalesce(OLD.country, '') AND admin1 = coalesce(OLD.admin1, '')
    AND event_type = coalesce(OLD.event_type, '') AND plover = coalesce(OLD.plover, '')
    AND day = CASE WHEN date(julianday(substr(OLD.date, 1, 10))) = substr(OLD.date, 1, 10) THEN substr(OLD.date, 1, 10) ELSE '' END;
  INSERT INTO day_actor_summary
  SELECT coalesce(NEW.country, ''), coalesce(NEW.admin1, ''), coalesce(NEW.event_type, ''), coalesce(NEW.plover, ''),
         CASE WHEN date(julianday(substr(NEW.date, 1, 10))) = substr(NEW.date, 1, 10) THEN substr(NEW.date, 1, 10) ELSE '' END,
         a.actor, 1, coalesce(NEW.fatalities, 0), NEW.date IS NULL OR NEW.date = '', nullif(NEW.date, ''), nullif(NEW.date, '')
  FROM (SELECT NEW.actor1_name AS actor WHERE NEW.actor1_name <> ''
        UNION ALL
        SELECT NEW.actor2_name WHERE NEW.actor2_name <> '' AND NEW.actor2_name IS NOT NEW.actor1_name) AS a
  WHERE NEW.retired = 0
  ON CONFLICT (country, admin1, event_type, plover, day, actor) DO UPDATE SET
    events = events + 1,
    fatalities = fatalities + excluded.fatalities,
    undated = undated + excluded.undated,
    first_date = min(coalesce(first_date, excluded.first_date), coalesce(excluded.first_date, first_date)),
    last_date = max(coalesce(last_date, excluded.last_date), coalesce(excluded.last_date, last_date));
END;

CREATE TRIGGER day_actor_summary_delete AFTER DELETE ON events WHEN OLD.retired = 0
BEGIN
  UPDATE day_actor_summary SET
    events = events - 1,
    fatalities = fatalities - coalesce(OLD.fatalities, 0),
    undated = undated - (OLD.date IS NULL OR OLD.date = '')
  WHERE true
    AND (actor = OLD.actor1_name OR (actor = OLD.actor2_name AND OLD.actor2_name IS NOT OLD.actor1_name))
    AND country = coalesce(OLD.country, '') AND admin1 = coalesce(OLD.admin1, '')
    AND event_type = coalesce(OLD.event_type, '') AND plover = coalesce(OLD.plover, '')
    AND day = CASE WHEN date(julianday(substr(OLD.date, 1, 10))) = substr(OLD.date, 1, 10) THEN substr(OLD.date, 1, 10) ELSE '' END;
  DELETE FROM day_actor_summary
  WHERE events <= 0 AND true
    AND country = coalesce(OLD.country, '') AND admin1 = coalesce(OLD.admin1, '')
    AND event_type = coalesce(OLD.event_type, '') AND plover = coalesce(OLD.plover, '');
  -- Only a cell holding different date texts (date-times, malformed dates)
  -- or undated events can change its first or last date by losing one event:
  -- the dates of one day are otherwise equal.
  UPDATE day_actor_summary SET (first_date, last_date) = (
    SELECT min(e.date), max(e.date) FROM events e
    WHERE e.retired = 0 AND e.date > '' AND e.date >= day_actor_summary.day
      AND e.date < CASE WHEN day_actor_summary.day = '' THEN x'ff' ELSE date(day_actor_summary.day, '+1 day') END
      AND coalesce(e.country, '') = day_actor_summary.country AND coalesce(e.admin1, '') = day_actor_summary.admin1
      AND coalesce(e.event_type, '') = day_actor_summary.event_type AND coalesce(e.plover, '') = day_actor_summary.plover
      AND (e.actor1_name = day_actor_summary.actor
           OR (e.actor2_name = day_actor_summary.actor AND e.actor2_name IS NOT e.actor1_name))
      AND CASE WHEN date(julianday(substr(e.date, 1, 10))) = substr(e.date, 1, 10) THEN substr(e.date, 1, 10) ELSE '' END = day_actor_summary.day)
  WHERE true AND OLD.date IN (first_date, last_date) AND (first_date <> last_date OR undated > 0)
    AND (actor = OLD.actor1_name OR (actor = OLD.actor2_name AND OLD.actor2_name IS NOT OLD.actor1_name))
    AND country = coalesce(OLD.country, '') AND admin1 = coalesce(OLD.admin1, '')
    AND event_type = coalesce(OLD.event_type, '') AND plover = coalesce(OLD.plover, '')
    AND day = CASE WHEN date(julianday(substr(OLD.date, 1, 10))) = substr(OLD.date, 1, 10) THEN substr(OLD.date, 1, 10) ELSE '' END;
END;

