-- One SQLite query. Tables: labels(label_id, user_id, label_ts, churned), plan_changes(change_id, user_id, changed_ts, plan)
SELECT label_id, NULL AS plan FROM labels;
