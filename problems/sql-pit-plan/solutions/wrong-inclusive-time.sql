WITH candidates AS (
  SELECT l.label_id, c.plan,
         ROW_NUMBER() OVER (PARTITION BY l.label_id ORDER BY c.changed_ts DESC, c.change_id DESC) AS rn
  FROM labels l
  JOIN plan_changes c ON c.user_id = l.user_id AND c.changed_ts <= l.label_ts
)
SELECT l.label_id, k.plan
FROM labels l
LEFT JOIN candidates k ON k.label_id = l.label_id AND k.rn = 1;
