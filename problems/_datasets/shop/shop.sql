-- SQLite schema of the "shop" tables used by the SQL problems. Each table is filled from the CSV
-- file a test case names; an empty field is NULL.
CREATE TABLE events (user_id TEXT NOT NULL, ts INTEGER NOT NULL, event TEXT NOT NULL, device TEXT);
CREATE TABLE labels (label_id INTEGER PRIMARY KEY, user_id TEXT NOT NULL, label_ts INTEGER NOT NULL, churned INTEGER NOT NULL);
CREATE TABLE plan_changes (change_id INTEGER PRIMARY KEY, user_id TEXT NOT NULL, changed_ts INTEGER NOT NULL, plan TEXT NOT NULL);
