-- One SQLite query. Tables: events(user_id, ts, event, device). Parameter: :k
SELECT 0 AS cohort_week, 0 AS cohort_size, 0 AS retained;
