SELECT 1 AS step, 'view' AS name, COUNT(DISTINCT user_id) AS users FROM events WHERE event = 'view'
UNION ALL SELECT 2, 'cart', COUNT(DISTINCT user_id) FROM events WHERE event = 'cart' AND user_id IN (SELECT user_id FROM events WHERE event = 'view')
UNION ALL SELECT 3, 'checkout', COUNT(DISTINCT user_id) FROM events WHERE event = 'checkout' AND user_id IN (SELECT user_id FROM events WHERE event = 'view')
UNION ALL SELECT 4, 'purchase', COUNT(DISTINCT user_id) FROM events WHERE event = 'purchase' AND user_id IN (SELECT user_id FROM events WHERE event = 'view')
ORDER BY step;
