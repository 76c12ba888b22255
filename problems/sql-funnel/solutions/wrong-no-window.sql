WITH v AS (
  SELECT user_id, MIN(ts) AS t FROM events WHERE event = 'view' GROUP BY user_id
),
c AS (
  SELECT v.user_id, MIN(e.ts) AS t
  FROM v JOIN events e ON e.user_id = v.user_id AND e.event = 'cart' AND e.ts >= v.t
  GROUP BY v.user_id
),
k AS (
  SELECT c.user_id, MIN(e.ts) AS t
  FROM c JOIN events e ON e.user_id = c.user_id AND e.event = 'checkout' AND e.ts >= c.t
  GROUP BY c.user_id
),
p AS (
  SELECT k.user_id, MIN(e.ts) AS t
  FROM k JOIN events e ON e.user_id = k.user_id AND e.event = 'purchase' AND e.ts >= k.t
  GROUP BY k.user_id
)
SELECT 1 AS step, 'view' AS name, COUNT(*) AS users FROM v
UNION ALL SELECT 2, 'cart', COUNT(*) FROM c
UNION ALL SELECT 3, 'checkout', COUNT(*) FROM k
UNION ALL SELECT 4, 'purchase', COUNT(*) FROM p
ORDER BY step;
