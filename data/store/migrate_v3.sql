-- sitrep event store: schema version 2 -> 3.
-- Applied by the store inside the same transaction as the user_version bump
-- (see docs/STORE.md); it must run on a version 2 database with data in it.
--
-- Summary tables for whole-store statistics (`sitrep stats`, /api/stats,
-- paging totals), and a covering index for the dashboard's map.
--
-- A million events take a full pass (0.3-1 s) to count or group; the
-- summaries hold one row per cell of
--
--   (country, admin1, event_type, plover, week_start, month)
--
-- with the live events' count, fatalities, number of undated events and the
-- oldest and newest date in the cell. A cell is one ISO week (Monday start)
-- cut at month ends, so that both weeks and months are sums of whole cells.
-- actor_summary has the same cells once more per actor (an event counts once
-- under each of its distinct, named actors).
--
-- Triggers on `events` keep both tables equal to a GROUP BY over the live
-- events: they run inside the writer's own transaction, so a crash, an
-- idempotent re-ingest, a superseded document (its events re-consolidated
-- or retired) and a merge all leave the summaries right without any code in
-- the writer. The reader (src/store/sqlite_reader_summary.cc) answers from
-- them when a filter uses only country, admin1, type and dates, and from the
-- events table otherwise; both give identical results
-- (tests/store/summary_tables_test.cc).
--
-- Keys are never NULL ('' stands for unknown) so that a cell is one row.
-- week_start and month are '' unless the first ten bytes of the date are a
-- real calendar day, exactly like WeekStart/MonthOf in
-- src/store/stats_calendar.cc: date(julianday(x)) = x only for a valid
-- YYYY-MM-DD (date(x) alone would let 2023-02-29 through).
-- first_date / last_date are the smallest and largest non-empty date text
-- (NULL when the cell has only undated events); undated counts events whose
-- date is NULL or ''.

CREATE TABLE event_summary (
  country     TEXT NOT NULL,
  admin1      TEXT NOT NULL,
  event_type  TEXT NOT NULL,
  plover      TEXT NOT NULL,
  week_start  TEXT NOT NULL,   -- Monday of the ISO week, '' when undated
  month       TEXT NOT NULL,   -- YYYY-MM, '' when undated
  events      INTEGER NOT NULL,
  fatalities  INTEGER NOT NULL,  -- sum of the known figures
  undated     INTEGER NOT NULL,
  first_date  TEXT,
  last_date   TEXT,
  PRIMARY KEY (country, admin1, event_type, plover, week_start, month)
) WITHOUT ROWID;

CREATE TABLE actor_summary (
  country     TEXT NOT NULL,
  admin1      TEXT NOT NULL,
  event_type  TEXT NOT NULL,
  plover      TEXT NOT NULL,
  week_start  TEXT NOT NULL,
  month       TEXT NOT NULL,
  actor       TEXT NOT NULL,
  events      INTEGER NOT NULL,
  fatalities  INTEGER NOT NULL,
  undated     INTEGER NOT NULL,
  first_date  TEXT,
  last_date   TEXT,
  PRIMARY KEY (country, admin1, event_type, plover, week_start, month, actor)
) WITHOUT ROWID;

-- The map (/api/points) reads these columns of every live event, newest
-- first: from this index it never touches the wide event rows.
CREATE INDEX events_q_map ON events(retired, date, id, lat, lon, fatalities, event_type, plover, country, admin1);

-- ------------------------------------------------------------ filled once

INSERT INTO event_summary
SELECT coalesce(country, ''), coalesce(admin1, ''), coalesce(event_type, ''), coalesce(plover, ''),
       CASE WHEN date(julianday(substr(date, 1, 10))) = substr(date, 1, 10)
            THEN date(substr(date, 1, 10), '-' || ((strftime('%w', substr(date, 1, 10)) + 6) % 7) || ' days')
            ELSE '' END,
       CASE WHEN date(julianday(substr(date, 1, 10))) = substr(date, 1, 10) THEN substr(date, 1, 7) ELSE '' END,
       count(*), sum(coalesce(fatalities, 0)), sum(date IS NULL OR date = ''),
       min(nullif(date, '')), max(nullif(date, ''))
FROM events WHERE retired = 0
GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO actor_summary
SELECT coalesce(country, ''), coalesce(admin1, ''), coalesce(event_type, ''), coalesce(plover, ''),
       CASE WHEN date(julianday(substr(date, 1, 10))) = substr(date, 1, 10)
            THEN date(substr(date, 1, 10), '-' || ((strftime('%w', substr(date, 1, 10)) + 6) % 7) || ' days')
            ELSE '' END,
       CASE WHEN date(julianday(substr(date, 1, 10))) = substr(date, 1, 10) THEN substr(date, 1, 7) ELSE '' END,
       actor, count(*), sum(coalesce(fatalities, 0)), sum(date IS NULL OR date = ''),
       min(nullif(date, '')), max(nullif(date, ''))
FROM (SELECT actor1_name AS actor, * FROM events WHERE retired = 0 AND actor1_name <> ''
      UNION ALL
      SELECT actor2_name AS actor, * FROM events
      WHERE retired = 0 AND actor2_name <> '' AND actor2_name IS NOT actor1_name)
GROUP BY 1, 2, 3, 4, 5, 6, 7;

-- ------------------------------------------------------------ event_summary

CREATE TRIGGER event_summary_insert AFTER INSERT ON events WHEN NEW.retired = 0
BEGIN
  INSERT INTO event_summary
  SELECT coalesce(NEW.country, ''), coalesce(NEW.admin1, ''), coalesce(NEW.event_type, ''), coalesce(NEW.plover, ''),
         CASE WHEN date(julianday(substr(NEW.date, 1, 10))) = substr(NEW.date, 1, 10)
              THEN date(substr(NEW.date, 1, 10), '-' || ((strftime('%w', substr(NEW.date, 1, 10)) + 6) % 7) || ' days')
              ELSE '' END,
         CASE WHEN date(julianday(substr(NEW.date, 1, 10))) = substr(NEW.date, 1, 10) THEN substr(NEW.date, 1, 7) ELSE '' END,
         1, coalesce(NEW.fatalities, 0), NEW.date IS NULL OR NEW.date = '', nullif(NEW.date, ''), nullif(NEW.date, '')
  WHERE true
  ON CONFLICT (country, admin1, event_type, plover, week_start, month) DO UPDATE SET
    events = events + 1,
    fatalities = fatalities + excluded.fatalities,
    undated = undated + excluded.undated,
    first_date = min(coalesce(first_date, excluded.first_date), coalesce(excluded.first_date, first_date)),
    last_date = max(coalesce(last_date, excluded.last_date), coalesce(excluded.last_date, last_date));
END;

-- A changed or retired event leaves its old cell (whose first/last date is
-- looked up again if the event held one of them) and joins its new one.
CREATE TRIGGER event_summary_update
AFTER UPDATE OF retired, date, country, admin1, event_type, plover, fatalities ON events
WHEN (OLD.retired = 0 OR NEW.retired = 0) AND (
  OLD.retired IS NOT NEW.retired OR OLD.date IS NOT NEW.date OR OLD.country IS NOT NEW.country OR
  OLD.admin1 IS NOT NEW.admin1 OR OLD.event_type IS NOT NEW.event_type OR OLD.plover IS NOT NEW.plover OR
  OLD.fatalities IS NOT NEW.fatalities)
BEGIN
  UPDATE event_summary SET
    events = events - 1,
    fatalities = fatalities - coalesce(OLD.fatalities, 0),
    undated = undated - (OLD.date IS NULL OR OLD.date = '')
  WHERE OLD.retired = 0
    AND country = coalesce(OLD.country, '') AND admin1 = coalesce(OLD.admin1, '')
    AND event_type = coalesce(OLD.event_type, '') AND plover = coalesce(OLD.plover, '')
    AND week_start = CASE WHEN date(julianday(substr(OLD.date, 1, 10))) = substr(OLD.date, 1, 10)
                          THEN date(substr(OLD.date, 1, 10), '-' || ((strftime('%w', substr(OLD.date, 1, 10)) + 6) % 7) || ' days')
                          ELSE '' END
    AND month = CASE WHEN date(julianday(substr(OLD.date, 1, 10))) = substr(OLD.date, 1, 10) THEN substr(OLD.date, 1, 7) ELSE '' END;
  DELETE FROM event_summary
  WHERE events <= 0 AND OLD.retired = 0
    AND country = coalesce(OLD.country, '') AND admin1 = coalesce(OLD.admin1, '')
    AND event_type = coalesce(OLD.event_type, '') AND plover = coalesce(OLD.plover, '');
  UPDATE event_summary SET (first_date, last_date) = (
    SELECT min(e.date), max(e.date) FROM events e
    WHERE e.retired = 0 AND e.date > '' AND e.date >= event_summary.week_start
      AND e.date < CASE WHEN event_summary.week_start = '' THEN x'ff' ELSE date(event_summary.week_start, '+7 days') END
      AND coalesce(e.country, '') = event_summary.country AND coalesce(e.admin1, '') = event_summary.admin1
      AND coalesce(e.event_type, '') = event_summary.event_type AND coalesce(e.plover, '') = event_summary.plover
      AND CASE WHEN date(julianday(substr(e.date, 1, 10))) = substr(e.date, 1, 10)
               THEN date(substr(e.date, 1, 10), '-' || ((strftime('%w', substr(e.date, 1, 10)) + 6) % 7) || ' days')
               ELSE '' END = event_summary.week_start
      AND CASE WHEN date(julianday(substr(e.date, 1, 10))) = substr(e.date, 1, 10) THEN substr(e.date, 1, 7) ELSE '' END
          = event_summary.month)
  WHERE OLD.retired = 0 AND OLD.date IN (first_date, last_date)
    AND (NEW.retired <> 0 OR NEW.date IS NOT OLD.date OR NEW.country IS NOT OLD.country OR
         NEW.admin1 IS NOT OLD.admin1 OR NEW.event_type IS NOT OLD.event_type OR NEW.plover IS NOT OLD.plover)
    AND country = coalesce(OLD.country, '') AND admin1 = coalesce(OLD.admin1, '')
    AND event_type = coalesce(OLD.event_type, '') AND plover = coalesce(OLD.plover, '')
    AND week_start = CASE WHEN date(julianday(substr(OLD.date, 1, 10))) = substr(OLD.date, 1, 10)
                          THEN date(substr(OLD.date, 1, 10), '-' || ((strftime('%w', substr(OLD.date, 1, 10)) + 6) % 7) || ' days')
                          ELSE '' END
    AND month = CASE WHEN date(julianday(substr(OLD.date, 1, 10))) = substr(OLD.date, 1, 10) THEN substr(OLD.date, 1, 7) ELSE '' END;
  INSERT INTO event_summary
  SELECT coalesce(NEW.country, ''), coalesce(NEW.admin1, ''), coalesce(NEW.event_type, ''), coalesce(NEW.plover, ''),
         CASE WHEN date(julianday(substr(NEW.date, 1, 10))) = substr(NEW.date, 1, 10)
              THEN date(substr(NEW.date, 1, 10), '-' || ((strftime('%w', substr(NEW.date, 1, 10)) + 6) % 7) || ' days')
              ELSE '' END,
         CASE WHEN date(julianday(substr(NEW.date, 1, 10))) = substr(NEW.date, 1, 10) THEN substr(NEW.date, 1, 7) ELSE '' END,
         1, coalesce(NEW.fatalities, 0), NEW.date IS NULL OR NEW.date = '', nullif(NEW.date, ''), nullif(NEW.date, '')
  WHERE NEW.retired = 0
  ON CONFLICT (country, admin1, event_type, plover, week_start, month) DO UPDATE SET
    events = events + 1,
    fatalities = fatalities + excluded.fatalities,
    undated = undated + excluded.undated,
    first_date = min(coalesce(first_date, excluded.first_date), coalesce(excluded.first_date, first_date)),
    last_date = max(coalesce(last_date, excluded.last_date), coalesce(excluded.last_date, last_date));
END;

-- The store never deletes events; this keeps the summary right if someone does.
CREATE TRIGGER event_summary_delete AFTER DELETE ON events WHEN OLD.retired = 0
BEGIN
  UPDATE event_summary SET
    events = events - 1,
    fatalities = fatalities - coalesce(OLD.fatalities, 0),
    undated = undated - (OLD.date IS NULL OR OLD.date = '')
  WHERE country = coalesce(OLD.country, '') AND admin1 = coalesce(OLD.admin1, '')
    AND event_type = coalesce(OLD.event_type, '') AND plover = coalesce(OLD.plover, '')
    AND week_start = CASE WHEN date(julianday(substr(OLD.date, 1, 10))) = substr(OLD.date, 1, 10)
                          THEN date(substr(OLD.date, 1, 10), '-' || ((strftime('%w', substr(OLD.date, 1, 10)) + 6) % 7) || ' days')
                          ELSE '' END
    AND month = CASE WHEN date(julianday(substr(OLD.date, 1, 10))) = substr(OLD.date, 1, 10) THEN substr(OLD.date, 1, 7) ELSE '' END;
  DELETE FROM event_summary
  WHERE events <= 0
    AND country = coalesce(OLD.country, '') AND admin1 = coalesce(OLD.admin1, '')
    AND event_type = coalesce(OLD.event_type, '') AND plover = coalesce(OLD.plover, '');
  UPDATE event_summary SET (first_date, last_date) = (
    SELECT min(e.date), max(e.date) FROM events e
    WHERE e.retired = 0 AND e.date > '' AND e.date >= event_summary.week_start
      AND e.date < CASE WHEN event_summary.week_start = '' THEN x'ff' ELSE date(event_summary.week_start, '+7 days') END
      AND coalesce(e.country, '') = event_summary.country AND coalesce(e.admin1, '') = event_summary.admin1
      AND coalesce(e.event_type, '') = event_summary.event_type AND coalesce(e.plover, '') = event_summary.plover
      AND CASE WHEN date(julianday(substr(e.date, 1, 10))) = substr(e.date, 1, 10)
               THEN date(substr(e.date, 1, 10), '-' || ((strftime('%w', substr(e.date, 1, 10)) + 6) % 7) || ' days')
               ELSE '' END = event_summary.week_start
      AND CASE WHEN date(julianday(substr(e.date, 1, 10))) = substr(e.date, 1, 10) THEN substr(e.date, 1, 7) ELSE '' END
          = event_summary.month)
  WHERE OLD.date IN (first_date, last_date)
    AND country = coalesce(OLD.country, '') AND admin1 = coalesce(OLD.admin1, '')
    AND event_type = coalesce(OLD.event_type, '') AND plover = coalesce(OLD.plover, '')
    AND week_start = CASE WHEN date(julianday(substr(OLD.date, 1, 10))) = substr(OLD.date, 1, 10)
                          THEN date(substr(OLD.date, 1, 10), '-' || ((strftime('%w', substr(OLD.date, 1, 10)) + 6) % 7) || ' days')
                          ELSE '' END
    AND month = CASE WHEN date(julianday(substr(OLD.date, 1, 10))) = substr(OLD.date, 1, 10) THEN substr(OLD.date, 1, 7) ELSE '' END;
END;

-- ------------------------------------------------------------ actor_summary
-- The same three steps, for the event's first actor and (when named and
-- different) its second.

CREATE TRIGGER actor_summary_insert AFTER INSERT ON events
WHEN NEW.retired = 0 AND (NEW.actor1_name <> '' OR NEW.actor2_name <> '')
BEGIN
  INSERT INTO actor_summary
  SELECT coalesce(NEW.country, ''), coalesce(NEW.admin1, ''), coalesce(NEW.event_type, ''), coalesce(NEW.plover, ''),
         CASE WHEN date(julianday(substr(NEW.date, 1, 10))) = substr(NEW.date, 1, 10)
              THEN date(substr(NEW.date, 1, 10), '-' || ((strftime('%w', substr(NEW.date, 1, 10)) + 6) % 7) || ' days')
              ELSE '' END,
         CASE WHEN date(julianday(substr(NEW.date, 1, 10))) = substr(NEW.date, 1, 10) THEN substr(NEW.date, 1, 7) ELSE '' END,
         a.actor, 1, coalesce(NEW.fatalities, 0), NEW.date IS NULL OR NEW.date = '', nullif(NEW.date, ''),
         nullif(NEW.date, '')
  FROM (SELECT NEW.actor1_name AS actor WHERE NEW.actor1_name <> ''
        UNION ALL
        SELECT NEW.actor2_name WHERE NEW.actor2_name <> '' AND NEW.actor2_name IS NOT NEW.actor1_name) AS a
  WHERE true
  ON CONFLICT (country, admin1, event_type, plover, week_start, month, actor) DO UPDATE SET
    events = events + 1,
    fatalities = fatalities + excluded.fatalities,
    undated = undated + excluded.undated,
    first_date = min(coalesce(first_date, excluded.first_date), coalesce(excluded.first_date, first_date)),
    last_date = max(coalesce(last_date, excluded.last_date), coalesce(excluded.last_date, last_date));
END;

CREATE TRIGGER actor_summary_update
AFTER UPDATE OF retired, date, country, admin1, event_type, plover, fatalities, actor1_name, actor2_name ON events
WHEN (OLD.retired = 0 OR NEW.retired = 0) AND (
  OLD.retired IS NOT NEW.retired OR OLD.date IS NOT NEW.date OR OLD.country IS NOT NEW.country OR
  OLD.admin1 IS NOT NEW.admin1 OR OLD.event_type IS NOT NEW.event_type OR OLD.plover IS NOT NEW.plover OR
  OLD.fatalities IS NOT NEW.fatalities OR OLD.actor1_name IS NOT NEW.actor1_name OR
  OLD.actor2_name IS NOT NEW.actor2_name)
BEGIN
  UPDATE actor_summary SET
    events = events - 1,
    fatalities = fatalities - coalesce(OLD.fatalities, 0),
    undated = undated - (OLD.date IS NULL OR OLD.date = '')
  WHERE OLD.retired = 0
    AND (actor = OLD.actor1_name OR (actor = OLD.actor2_name AND OLD.actor2_name IS NOT OLD.actor1_name))
    AND country = coalesce(OLD.country, '') AND admin1 = coalesce(OLD.admin1, '')
    AND event_type = coalesce(OLD.event_type, '') AND plover = coalesce(OLD.plover, '')
    AND week_start = CASE WHEN date(julianday(substr(OLD.date, 1, 10))) = substr(OLD.date, 1, 10)
                          THEN date(substr(OLD.date, 1, 10), '-' || ((strftime('%w', substr(OLD.date, 1, 10)) + 6) % 7) || ' days')
                          ELSE '' END
    AND month = CASE WHEN date(julianday(substr(OLD.date, 1, 10))) = substr(OLD.date, 1, 10) THEN substr(OLD.date, 1, 7) ELSE '' END;
  DELETE FROM actor_summary
  WHERE events <= 0 AND OLD.retired = 0
    AND country = coalesce(OLD.country, '') AND admin1 = coalesce(OLD.admin1, '')
    AND event_type = coalesce(OLD.event_type, '') AND plover = coalesce(OLD.plover, '');
  UPDATE actor_summary SET (first_date, last_date) = (
    SELECT min(e.date), max(e.date) FROM events e
    WHERE e.retired = 0 AND e.date > '' AND e.date >= actor_summary.week_start
      AND e.date < CASE WHEN actor_summary.week_start = '' THEN x'ff' ELSE date(actor_summary.week_start, '+7 days') END
      AND coalesce(e.country, '') = actor_summary.country AND coalesce(e.admin1, '') = actor_summary.admin1
      AND coalesce(e.event_type, '') = actor_summary.event_type AND coalesce(e.plover, '') = actor_summary.plover
      AND (e.actor1_name = actor_summary.actor
           OR (e.actor2_name = actor_summary.actor AND e.actor2_name IS NOT e.actor1_name))
      AND CASE WHEN date(julianday(substr(e.date, 1, 10))) = substr(e.date, 1, 10)
               THEN date(substr(e.date, 1, 10), '-' || ((strftime('%w', substr(e.date, 1, 10)) + 6) % 7) || ' days')
               ELSE '' END = actor_summary.week_start
      AND CASE WHEN date(julianday(substr(e.date, 1, 10))) = substr(e.date, 1, 10) THEN substr(e.date, 1, 7) ELSE '' END
          = actor_summary.month)
  WHERE OLD.retired = 0 AND OLD.date IN (first_date, last_date)
    AND (actor = OLD.actor1_name OR (actor = OLD.actor2_name AND OLD.actor2_name IS NOT OLD.actor1_name))
    AND (NEW.retired <> 0 OR NEW.date IS NOT OLD.date OR NEW.country IS NOT OLD.country OR
         NEW.admin1 IS NOT OLD.admin1 OR NEW.event_type IS NOT OLD.event_type OR NEW.plover IS NOT OLD.plover OR
         NEW.actor1_name IS NOT OLD.actor1_name OR NEW.actor2_name IS NOT OLD.actor2_name)
    AND country = coalesce(OLD.country, '') AND admin1 = coalesce(OLD.admin1, '')
    AND event_type = coalesce(OLD.event_type, '') AND plover = coalesce(OLD.plover, '')
    AND week_start = CASE WHEN date(julianday(substr(OLD.date, 1, 10))) = substr(OLD.date, 1, 10)
                          THEN date(substr(OLD.date, 1, 10), '-' || ((strftime('%w', substr(OLD.date, 1, 10)) + 6) % 7) || ' days')
                          ELSE '' END
    AND month = CASE WHEN date(julianday(substr(OLD.date, 1, 10))) = substr(OLD.date, 1, 10) THEN substr(OLD.date, 1, 7) ELSE '' END;
  INSERT INTO actor_summary
  SELECT coalesce(NEW.country, ''), coalesce(NEW.admin1, ''), coalesce(NEW.event_type, ''), coalesce(NEW.plover, ''),
         CASE WHEN date(julianday(substr(NEW.date, 1, 10))) = substr(NEW.date, 1, 10)
              THEN date(substr(NEW.date, 1, 10), '-' || ((strftime('%w', substr(NEW.date, 1, 10)) + 6) % 7) || ' days')
              ELSE '' END,
         CASE WHEN date(julianday(substr(NEW.date, 1, 10))) = substr(NEW.date, 1, 10) THEN substr(NEW.date, 1, 7) ELSE '' END,
         a.actor, 1, coalesce(NEW.fatalities, 0), NEW.date IS NULL OR NEW.date = '', nullif(NEW.date, ''),
         nullif(NEW.date, '')
  FROM (SELECT NEW.actor1_name AS actor WHERE NEW.actor1_name <> ''
        UNION ALL
        SELECT NEW.actor2_name WHERE NEW.actor2_name <> '' AND NEW.actor2_name IS NOT NEW.actor1_name) AS a
  WHERE NEW.retired = 0
  ON CONFLICT (country, admin1, event_type, plover, week_start, month, actor) DO UPDATE SET
    events = events + 1,
    fatalities = fatalities + excluded.fatalities,
    undated = undated + excluded.undated,
    first_date = min(coalesce(first_date, excluded.first_date), coalesce(excluded.first_date, first_date)),
    last_date = max(coalesce(last_date, excluded.last_date), coalesce(excluded.last_date, last_date));
END;

CREATE TRIGGER actor_summary_delete AFTER DELETE ON events WHEN OLD.retired = 0
BEGIN
  UPDATE actor_summary SET
    events = events - 1,
    fatalities = fatalities - coalesce(OLD.fatalities, 0),
    undated = undated - (OLD.date IS NULL OR OLD.date = '')
  WHERE (actor = OLD.actor1_name OR (actor = OLD.actor2_name AND OLD.actor2_name IS NOT OLD.actor1_name))
    AND country = coalesce(OLD.country, '') AND admin1 = coalesce(OLD.admin1, '')
    AND event_type = coalesce(OLD.event_type, '') AND plover = coalesce(OLD.plover, '')
    AND week_start = CASE WHEN date(julianday(substr(OLD.date, 1, 10))) = substr(OLD.date, 1, 10)
                          THEN date(substr(OLD.date, 1, 10), '-' || ((strftime('%w', substr(OLD.date, 1, 10)) + 6) % 7) || ' days')
                          ELSE '' END
    AND month = CASE WHEN date(julianday(substr(OLD.date, 1, 10))) = substr(OLD.date, 1, 10) THEN substr(OLD.date, 1, 7) ELSE '' END;
  DELETE FROM actor_summary
  WHERE events <= 0
    AND country = coalesce(OLD.country, '') AND admin1 = coalesce(OLD.admin1, '')
    AND event_type = coalesce(OLD.event_type, '') AND plover = coalesce(OLD.plover, '');
  UPDATE actor_summary SET (first_date, last_date) = (
    SELECT min(e.date), max(e.date) FROM events e
    WHERE e.retired = 0 AND e.date > '' AND e.date >= actor_summary.week_start
      AND e.date < CASE WHEN actor_summary.week_start = '' THEN x'ff' ELSE date(actor_summary.week_start, '+7 days') END
      AND coalesce(e.country, '') = actor_summary.country AND coalesce(e.admin1, '') = actor_summary.admin1
      AND coalesce(e.event_type, '') = actor_summary.event_type AND coalesce(e.plover, '') = actor_summary.plover
      AND (e.actor1_name = actor_summary.actor
           OR (e.actor2_name = actor_summary.actor AND e.actor2_name IS NOT e.actor1_name))
      AND CASE WHEN date(julianday(substr(e.date, 1, 10))) = substr(e.date, 1, 10)
               THEN date(substr(e.date, 1, 10), '-' || ((strftime('%w', substr(e.date, 1, 10)) + 6) % 7) || ' days')
               ELSE '' END = actor_summary.week_start
      AND CASE WHEN date(julianday(substr(e.date, 1, 10))) = substr(e.date, 1, 10) THEN substr(e.date, 1, 7) ELSE '' END
          = actor_summary.month)
  WHERE OLD.date IN (first_date, last_date)
    AND (actor = OLD.actor1_name OR (actor = OLD.actor2_name AND OLD.actor2_name IS NOT OLD.actor1_name))
    AND country = coalesce(OLD.country, '') AND admin1 = coalesce(OLD.admin1, '')
    AND event_type = coalesce(OLD.event_type, '') AND plover = coalesce(OLD.plover, '')
    AND week_start = CASE WHEN date(julianday(substr(OLD.date, 1, 10))) = substr(OLD.date, 1, 10)
                          THEN date(substr(OLD.date, 1, 10), '-' || ((strftime('%w', substr(OLD.date, 1, 10)) + 6) % 7) || ' days')
                          ELSE '' END
    AND month = CASE WHEN date(julianday(substr(OLD.date, 1, 10))) = substr(OLD.date, 1, 10) THEN substr(OLD.date, 1, 7) ELSE '' END;
END;

-- ------------------------------------------------------------ store_counts
-- Live and retired rows of the big tables (Reader::Counts: /api/summary,
-- `sitrep stats`), which a count(*) would read whole (a second and more on
-- a million events). Kept by triggers like the summaries; events are counted
-- by event_summary.

CREATE TABLE store_counts (
  name     TEXT PRIMARY KEY,      -- documents, mentions, statements
  live     INTEGER NOT NULL,      -- documents: retired_at IS NULL; others: retired = 0
  retired  INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO store_counts
SELECT 'documents', count(*) - count(retired_at), count(retired_at) FROM documents
UNION ALL SELECT 'mentions', coalesce(sum(retired = 0), 0), coalesce(sum(retired <> 0), 0) FROM mentions
UNION ALL SELECT 'statements', coalesce(sum(retired = 0), 0), coalesce(sum(retired <> 0), 0) FROM statements;

CREATE TRIGGER documents_count_insert AFTER INSERT ON documents BEGIN
  UPDATE store_counts SET live = live + (NEW.retired_at IS NULL), retired = retired + (NEW.retired_at IS NOT NULL)
  WHERE name = 'documents';
END;
CREATE TRIGGER documents_count_update AFTER UPDATE OF retired_at ON documents
WHEN (OLD.retired_at IS NULL) IS NOT (NEW.retired_at IS NULL) BEGIN
  UPDATE store_counts SET live = live + (NEW.retired_at IS NULL) - (OLD.retired_at IS NULL),
                          retired = retired + (NEW.retired_at IS NOT NULL) - (OLD.retired_at IS NOT NULL)
  WHERE name = 'documents';
END;
CREATE TRIGGER documents_count_delete AFTER DELETE ON documents BEGIN
  UPDATE store_counts SET live = live - (OLD.retired_at IS NULL), retired = retired - (OLD.retired_at IS NOT NULL)
  WHERE name = 'documents';
END;

CREATE TRIGGER mentions_count_insert AFTER INSERT ON mentions BEGIN
  UPDATE store_counts SET live = live + (NEW.retired = 0), retired = retired + (NEW.retired <> 0)
  WHERE name = 'mentions';
END;
CREATE TRIGGER mentions_count_update AFTER UPDATE OF retired ON mentions
WHEN (OLD.retired = 0) IS NOT (NEW.retired = 0) BEGIN
  UPDATE store_counts SET live = live + (NEW.retired = 0) - (OLD.retired = 0),
                          retired = retired + (NEW.retired <> 0) - (OLD.retired <> 0)
  WHERE name = 'mentions';
END;
CREATE TRIGGER mentions_count_delete AFTER DELETE ON mentions BEGIN
  UPDATE store_counts SET live = live - (OLD.retired = 0), retired = retired - (OLD.retired <> 0)
  WHERE name = 'mentions';
END;

CREATE TRIGGER statements_count_insert AFTER INSERT ON statements BEGIN
  UPDATE store_counts SET live = live + (NEW.retired = 0), retired = retired + (NEW.retired <> 0)
  WHERE name = 'statements';
END;
CREATE TRIGGER statements_count_update AFTER UPDATE OF retired ON statements
WHEN (OLD.retired = 0) IS NOT (NEW.retired = 0) BEGIN
  UPDATE store_counts SET live = live + (NEW.retired = 0) - (OLD.retired = 0),
                          retired = retired + (NEW.retired <> 0) - (OLD.retired <> 0)
  WHERE name = 'statements';
END;
CREATE TRIGGER statements_count_delete AFTER DELETE ON statements BEGIN
  UPDATE store_counts SET live = live - (OLD.retired = 0), retired = retired - (OLD.retired <> 0)
  WHERE name = 'statements';
END;
