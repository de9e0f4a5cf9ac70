-- sdk-stats schema: plain SQL understood by SQLite 3.24+, H2 2.x and PostgreSQL 12+. Run on first use;
-- every statement is idempotent. Times are epoch milliseconds (UTC); days are dates in Asia/Ho_Chi_Minh
-- (SQL DATE on H2 and PostgreSQL, ISO text yyyy-MM-dd on SQLite, which has no date type).

CREATE TABLE IF NOT EXISTS egov_stats_counter (
  counter_name VARCHAR(32) PRIMARY KEY,
  amount BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS egov_stats_page (
  path VARCHAR(512) PRIMARY KEY,
  views BIGINT NOT NULL
);

-- Presence: a visitor's last page view, kept while it matters for "online" and for visits.
CREATE TABLE IF NOT EXISTS egov_stats_visitor (
  visitor_id VARCHAR(128) PRIMARY KEY,
  last_seen BIGINT NOT NULL,
  is_member BOOLEAN NOT NULL
);

-- Covers the "online" count: a range over last_seen that never reads the table.
CREATE INDEX IF NOT EXISTS egov_stats_visitor_seen ON egov_stats_visitor (last_seen, is_member);

-- Per day: visits begun, and distinct visitors (kept up to date as egov_stats_daily_visitor grows,
-- so that reading today's figure does not count rows).
CREATE TABLE IF NOT EXISTS egov_stats_daily (
  visit_day DATE PRIMARY KEY,
  visits BIGINT NOT NULL DEFAULT 0,
  visitors BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS egov_stats_daily_visitor (
  visit_day DATE NOT NULL,
  visitor_id VARCHAR(128) NOT NULL,
  PRIMARY KEY (visit_day, visitor_id)
);

-- Batches already applied (a batch retried after a lost acknowledgement counts once); batch_time is
-- the batch's forget-before time, by which ids older than a day are deleted.
CREATE TABLE IF NOT EXISTS egov_stats_batch (
  batch_id VARCHAR(64) PRIMARY KEY,
  batch_time BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS egov_stats_poll (
  id VARCHAR(64) PRIMARY KEY,
  question VARCHAR(1000) NOT NULL,
  max_choices INT NOT NULL,
  opens_at BIGINT,
  closes_at BIGINT,
  is_sample BOOLEAN NOT NULL,
  created_at BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS egov_stats_poll_option (
  poll_id VARCHAR(64) NOT NULL,
  pos INT NOT NULL,
  option_id VARCHAR(32) NOT NULL,
  label VARCHAR(1000) NOT NULL,
  PRIMARY KEY (poll_id, option_id)
);

-- One row per voter and poll: the primary key is what makes a second ballot impossible.
CREATE TABLE IF NOT EXISTS egov_stats_ballot (
  poll_id VARCHAR(64) NOT NULL,
  voter_id VARCHAR(128) NOT NULL,
  cast_at BIGINT NOT NULL,
  PRIMARY KEY (poll_id, voter_id)
);

CREATE TABLE IF NOT EXISTS egov_stats_choice (
  poll_id VARCHAR(64) NOT NULL,
  voter_id VARCHAR(128) NOT NULL,
  option_id VARCHAR(32) NOT NULL,
  PRIMARY KEY (poll_id, voter_id, option_id)
);
