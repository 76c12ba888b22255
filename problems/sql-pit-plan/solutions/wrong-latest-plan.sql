WITH latest AS (
  SELECT user_id, plan,
         ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY changed_ts DESC, change_id DESC) AS rn
  FROM plan_changes
)
SELECT l.label_id, k.plan
FROM labels l
LEFT JOIN latest k ON k.user_id = l.user_id AND k.rn = 1;
