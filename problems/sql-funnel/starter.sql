-- One SQLite query. Tables: events(user_id, ts, event, device). Parameter: :window
SELECT 1 AS step, 'view' AS name, 0 AS users;
