WITH active AS (
  SELECT DISTINCT user_id, (ts - 1704067200) / 604800 AS week FROM events
),
cohort AS (
  SELECT user_id, MIN(week) AS cohort_week FROM active GROUP BY user_id
)
SELECT c.cohort_week,
       COUNT(DISTINCT c.user_id) AS cohort_size,
       COUNT(DISTINCT a.user_id) AS retained
FROM cohort c
LEFT JOIN active a ON a.user_id = c.user_id AND a.week >= c.cohort_week + :k
GROUP BY c.cohort_week
ORDER BY c.cohort_week;
