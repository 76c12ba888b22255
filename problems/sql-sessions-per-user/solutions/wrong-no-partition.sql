WITH ordered AS (
  SELECT user_id, ts, LAG(ts) OVER (ORDER BY ts) AS prev_ts FROM events
)
SELECT user_id, SUM(CASE WHEN prev_ts IS NULL OR ts - prev_ts > :gap THEN 1 ELSE 0 END) AS sessions
FROM ordered
GROUP BY user_id;
