WITH ev AS (
  SELECT user_id, (ts - 1704067200) / 604800 AS week FROM events
),
cohort AS (
  SELECT user_id, MIN(week) AS cohort_week FROM ev GROUP BY user_id
)
SELECT c.cohort_week,
       COUNT(DISTINCT c.user_id) AS cohort_size,
       COUNT(e.user_id) AS retained
FROM cohort c
LEFT JOIN ev e ON e.user_id = c.user_id AND e.week = c.cohort_week + :k
GROUP BY c.cohort_week
ORDER BY c.cohort_week;
