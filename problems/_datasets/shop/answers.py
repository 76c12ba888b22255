"""Expected answers of the live data problems built on the "shop" datasets, computed with the
standard library only (csv, integer arithmetic), independently of the problems' reference
solutions (pandas / SQL). Writes each problem's tests.json.

Usage: python3 answers.py DATADIR PACKDIR   (DATADIR: output of generate.py)
"""
import csv
import json
import os
import sys
from datetime import datetime, timezone

DATA = sys.argv[1]
PACK = sys.argv[2]
T0 = 1704067200
SENTINELS = {'na', 'n/a', 'null', 'none', 'nan', '-', '?'}


def rows(name):
    with open(os.path.join(DATA, name), newline='', encoding='utf-8') as f:
        return list(csv.DictReader(f))


def epoch(text):
    return int(datetime.fromisoformat(text).timestamp())


def utc(ts, fmt):
    return datetime.fromtimestamp(ts, timezone.utc).strftime(fmt)


def norm_uid(u):
    return u.strip().upper()


def cents(amount):
    a = amount.strip()
    if a.endswith('cents'):
        return int(a.split()[0])
    whole, frac = a.split('.')
    return int(whole) * 100 + int(frac)


def eur(c, currency):
    return c if currency.strip().upper() == 'EUR' else (c * 92 + 50) // 100


def latest_versions(orders, visible_before=None):
    best = {}
    for i, r in enumerate(orders):
        ing = epoch(r['ingested_at'])
        if visible_before is not None and not ing < visible_before:
            continue
        key = (ing, i)
        if r['order_id'] not in best or key > best[r['order_id']][0]:
            best[r['order_id']] = (key, r)
    return [r for _, r in best.values()]


def monthly_revenue(orders_file, month):
    total = 0
    for r in latest_versions(rows(orders_file)):
        if r['status'].strip().lower() == 'completed' and utc(epoch(r['created_at']), '%Y-%m') == month:
            total += eur(cents(r['amount']), r['currency'])
    return total


def users_by_id(users_file):
    best = {}
    for i, r in enumerate(rows(users_file)):
        u = norm_uid(r['user_id'])
        key = (epoch(r['signup_at']), i)
        if u not in best or key < best[u][0]:
            best[u] = (key, r)
    return {u: r for u, (_, r) in best.items()}


def country(r):
    c = r['country'].strip().upper() if r is not None else ''
    return 'UNKNOWN' if c in ('', 'N/A') else c


def signup_days(users_file, start, end):
    out = {}
    for r in users_by_id(users_file).values():
        d = utc(epoch(r['signup_at']), '%Y-%m-%d')
        if start <= d <= end:
            out[d] = out.get(d, 0) + 1
    return dict(sorted(out.items()))


def country_revenue(orders_file, users_file, month):
    users = users_by_id(users_file)
    out = {}
    for r in latest_versions(rows(orders_file)):
        if r['status'].strip().lower() == 'completed' and utc(epoch(r['created_at']), '%Y-%m') == month:
            c = country(users.get(norm_uid(r['user_id'])))
            out[c] = out.get(c, 0) + eur(cents(r['amount']), r['currency'])
    return dict(sorted(out.items()))


def km(text):
    t = text.strip()
    if not t:
        return None
    parts = t.split()
    v = float(parts[0])
    unit = parts[1] if len(parts) > 1 else 'km'
    return v / 1000 if unit == 'm' else v * 1.609344 if unit == 'mi' else v


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2


def delivery_speed(file, max_kmh):
    by = {}
    for r in rows(file):
        d = km(r['distance'])
        m = r['duration_min'].strip()
        if d is None or not m or int(m) <= 0:
            continue
        v = d / (int(m) / 60)
        if v > max_kmh:
            continue
        by.setdefault(r['city'].strip(), []).append(v)
    return {c: median(v) for c, v in sorted(by.items())}


def audit(file):
    with open(os.path.join(DATA, file), newline='', encoding='utf-8') as f:
        rd = csv.reader(f)
        header = next(rd)
        counts = [0] * len(header)
        for row in rd:
            for j, v in enumerate(row):
                if v.strip() == '' or v.strip().lower() in SENTINELS:
                    counts[j] += 1
    return dict(zip(header, counts))


def pit_features(labels_file, orders_file, window_days):
    orders = rows(orders_file)
    by_user = {}
    for i, r in enumerate(orders):
        by_user.setdefault(norm_uid(r['user_id']), []).append((i, r))
    out = []
    for lab in rows(labels_file):
        t = int(lab['label_ts'])
        mine = [r for _, r in by_user.get(norm_uid(lab['user_id']), [])]
        n = spend = 0
        for r in latest_versions(mine, visible_before=t):
            c = epoch(r['created_at'])
            if r['status'].strip().lower() == 'completed' and t - window_days * 86400 <= c < t:
                n += 1
                spend += eur(cents(r['amount']), r['currency'])
        out.append([n, spend])
    return out


def target_encoding(labels_file, users_file, cutoff, m):
    users = users_by_id(users_file)
    labs = [(int(r['label_ts']), int(r['churned']), country(users.get(norm_uid(r['user_id'])))) for r in rows(labels_file)]
    train = [(y, c) for t, y, c in labs if t < cutoff]
    prior = sum(y for y, _ in train) / len(train)
    stats = {}
    for y, c in train:
        s = stats.setdefault(c, [0, 0])
        s[0] += y
        s[1] += 1
    enc = {c: (s + m * prior) / (n + m) for c, (s, n) in stats.items()}
    return [enc.get(c, prior) for t, y, c in labs if t >= cutoff]


def sessions(events_file, gap):
    by = {}
    for i, r in enumerate(rows(events_file)):
        by.setdefault(r['user_id'], []).append((int(r['ts']), i, r['event']))
    n = with_purchase = 0
    for evs in by.values():
        evs.sort()
        prev = None
        bought = False
        for ts, _, ev in evs:
            if prev is None or ts - prev > gap:
                if prev is not None:
                    n += 1
                    with_purchase += bought
                bought = False
            bought = bought or ev == 'purchase'
            prev = ts
        n += 1
        with_purchase += bought
    return [n, int(with_purchase)]


def sessions_per_user(events_file, gap):
    by = {}
    for r in rows(events_file):
        by.setdefault(r['user_id'], []).append(int(r['ts']))
    out = []
    for u, ts in by.items():
        ts.sort()
        out.append([u, 1 + sum(1 for a, b in zip(ts, ts[1:]) if b - a > gap)])
    return sorted(out)


def retention(events_file, k):
    weeks = {}
    for r in rows(events_file):
        weeks.setdefault(r['user_id'], set()).add((int(r['ts']) - T0) // 604800)
    cohorts = {}
    for u, ws in weeks.items():
        c = min(ws)
        s = cohorts.setdefault(c, [0, 0])
        s[0] += 1
        s[1] += (c + k) in ws
    return [[c, s[0], s[1]] for c, s in sorted(cohorts.items())]


def pit_plan(labels_file, changes_file):
    by = {}
    for r in rows(changes_file):
        by.setdefault(r['user_id'], []).append((int(r['changed_ts']), int(r['change_id']), r['plan']))
    out = []
    for lab in rows(labels_file):
        t = int(lab['label_ts'])
        before = [c for c in by.get(lab['user_id'], []) if c[0] < t]
        out.append([int(lab['label_id']), max(before)[2] if before else None])
    return sorted(out, key=lambda r: r[0])


def funnel(events_file, window):
    by = {}
    for r in rows(events_file):
        by.setdefault(r['user_id'], []).append((int(r['ts']), r['event']))
    steps = ['view', 'cart', 'checkout', 'purchase']
    counts = [0, 0, 0, 0]
    for evs in by.values():
        views = [t for t, e in evs if e == 'view']
        if not views:
            continue
        start = min(views)
        counts[0] += 1
        at = start
        for j in range(1, 4):
            nxt = [t for t, e in evs if e == steps[j] and at <= t <= start + window]
            if not nxt:
                break
            at = min(nxt)
            counts[j] += 1
    return [[j + 1, steps[j], counts[j]] for j in range(4)]


def case(name, args, expected, hidden, nuance=None):
    c = {'name': name, 'args': args, 'expected': expected, 'hidden': hidden}
    if nuance:
        c['nuance'] = nuance
    return c


def save(problem, cases):
    if not os.path.isdir(os.path.join(PACK, problem)):
        print('skipped %s: no such problem folder' % problem)
        return
    with open(os.path.join(PACK, problem, 'tests.json'), 'w', encoding='utf-8') as f:
        json.dump({'cases': cases}, f, indent=1)
        f.write('\n')


def main():
    cs = [case('sample, March', ['orders_sample.csv', '2024-03'], monthly_revenue('orders_sample.csv', '2024-03'), False),
          case('sample, January', ['orders_sample.csv', '2024-01'], monthly_revenue('orders_sample.csv', '2024-01'), False)]
    for mth in ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2023-12']:
        cs.append(case('full export, ' + mth, ['orders.csv', mth], monthly_revenue('orders.csv', mth), True))
    save('orders-monthly-revenue', cs)

    cs = [case('sample, February', ['users_sample.csv', '2024-02-01', '2024-02-29'], signup_days('users_sample.csv', '2024-02-01', '2024-02-29'), False),
          case('sample, one week', ['users_sample.csv', '2024-03-01', '2024-03-07'], signup_days('users_sample.csv', '2024-03-01', '2024-03-07'), False)]
    for a, b in [('2024-01-01', '2024-01-31'), ('2024-02-28', '2024-03-02'), ('2024-04-01', '2024-04-30'), ('2023-12-31', '2024-01-01'), ('2024-01-01', '2024-12-31'), ('2025-01-01', '2025-01-31')]:
        cs.append(case('full export, %s to %s' % (a, b), ['users.csv', a, b], signup_days('users.csv', a, b), True))
    save('signup-day-counts', cs)

    cs = [case('sample, March', ['orders_sample.csv', 'users_sample.csv', '2024-03'], country_revenue('orders_sample.csv', 'users_sample.csv', '2024-03'), False),
          case('sample, April', ['orders_sample.csv', 'users_sample.csv', '2024-04'], country_revenue('orders_sample.csv', 'users_sample.csv', '2024-04'), False)]
    for mth in ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2023-12']:
        cs.append(case('full export, ' + mth, ['orders.csv', 'users.csv', mth], country_revenue('orders.csv', 'users.csv', mth), True))
    save('country-revenue-join', cs)

    cs = [case('sample, 60 km/h cap', ['deliveries_sample.csv', 60], delivery_speed('deliveries_sample.csv', 60), False),
          case('sample, 30 km/h cap', ['deliveries_sample.csv', 30], delivery_speed('deliveries_sample.csv', 30), False)]
    for cap in [80, 40, 120, 25, 1000]:
        cs.append(case('full log, %d km/h cap' % cap, ['deliveries.csv', cap], delivery_speed('deliveries.csv', cap), True))
    save('delivery-speed-by-city', cs)

    cs = [case('sample users', ['users_sample.csv'], audit('users_sample.csv'), False),
          case('sample deliveries', ['deliveries_sample.csv'], audit('deliveries_sample.csv'), False),
          case('sentinel spellings', ['audit_edge.csv'], audit('audit_edge.csv'), True),
          case('full users export', ['users.csv'], audit('users.csv'), True),
          case('full deliveries log', ['deliveries.csv'], audit('deliveries.csv'), True),
          case('full orders export', ['orders.csv'], audit('orders.csv'), True),
          case('full events log', ['events.csv'], audit('events.csv'), True)]
    save('missing-value-audit', cs)

    cs = [case('sample, 30-day window', ['labels_sample.csv', 'orders_sample.csv', 30], pit_features('labels_sample.csv', 'orders_sample.csv', 30), False),
          case('sample, 90-day window', ['labels_sample.csv', 'orders_sample.csv', 90], pit_features('labels_sample.csv', 'orders_sample.csv', 90), False)]
    for w in [30, 7, 60, 120]:
        cs.append(case('full export, %d-day window' % w, ['labels.csv', 'orders.csv', w], pit_features('labels.csv', 'orders.csv', w), True, 'leakage'))
    cs.append(case('full export, 1-day window', ['labels.csv', 'orders.csv', 1], pit_features('labels.csv', 'orders.csv', 1), True))
    save('pit-order-features', cs)

    cut = T0 + 100 * 86400
    cs = [case('sample, cutoff day 90, m = 5', ['labels_sample.csv', 'users_sample.csv', T0 + 90 * 86400, 5], target_encoding('labels_sample.csv', 'users_sample.csv', T0 + 90 * 86400, 5), False),
          case('sample, cutoff day 120, m = 1', ['labels_sample.csv', 'users_sample.csv', T0 + 120 * 86400, 1], target_encoding('labels_sample.csv', 'users_sample.csv', T0 + 120 * 86400, 1), False)]
    for d, m in [(100, 10), (60, 0), (140, 20), (30, 3), (150, 50)]:
        c = T0 + d * 86400
        cs.append(case('full, cutoff day %d, m = %d' % (d, m), ['labels.csv', 'users.csv', c, m], target_encoding('labels.csv', 'users.csv', c, m), True, 'leakage'))
    save('target-encoding-time-split', cs)

    cs = [case('sample, 30-minute gap', ['events_sample.csv', 1800], sessions('events_sample.csv', 1800), False),
          case('sample, 5-minute gap', ['events_sample.csv', 300], sessions('events_sample.csv', 300), False)]
    for g in [1800, 600, 3600, 60, 0, 86400]:
        cs.append(case('full log, gap %d s' % g, ['events.csv', g], sessions('events.csv', g), True))
    save('session-purchase-rate', cs)

    tables = {'events': 'events_sample.csv'}
    full = {'events': 'events.csv'}
    cs = [case('sample, week 1', [tables, {'k': 1}], retention('events_sample.csv', 1), False),
          case('sample, week 0', [tables, {'k': 0}], retention('events_sample.csv', 0), False)]
    for k in [1, 2, 4, 0, 20]:
        cs.append(case('full log, week %d' % k, [full, {'k': k}], retention('events.csv', k), True))
    save('sql-weekly-retention', cs)

    cs = [case('sample, 30-minute gap', [tables, {'gap': 1800}], sessions_per_user('events_sample.csv', 1800), False),
          case('sample, 1-minute gap', [tables, {'gap': 60}], sessions_per_user('events_sample.csv', 60), False)]
    for g in [1800, 900, 0, 3600]:
        cs.append(case('full log, gap %d s' % g, [full, {'gap': g}], sessions_per_user('events.csv', g), True))
    cs.append(case('gaps equal to the threshold stay in the session', [{'events': 'gap_edge_events.csv'}, {'gap': 100}], sessions_per_user('gap_edge_events.csv', 100), True))
    save('sql-sessions-per-user', cs)

    cs = [case('sample labels', [{'labels': 'labels_sample.csv', 'plan_changes': 'plan_changes_sample.csv'}], pit_plan('labels_sample.csv', 'plan_changes_sample.csv'), False),
          case('sample labels, full change log', [{'labels': 'labels_sample.csv', 'plan_changes': 'plan_changes.csv'}], pit_plan('labels_sample.csv', 'plan_changes.csv'), False),
          case('full labels', [{'labels': 'labels.csv', 'plan_changes': 'plan_changes.csv'}], pit_plan('labels.csv', 'plan_changes.csv'), True, 'leakage'),
          case('full labels, sample change log', [{'labels': 'labels.csv', 'plan_changes': 'plan_changes_sample.csv'}], pit_plan('labels.csv', 'plan_changes_sample.csv'), True),
          case('change at the label time, equal change times, no change yet', [{'labels': 'pit_edge_labels.csv', 'plan_changes': 'pit_edge_changes.csv'}], pit_plan('pit_edge_labels.csv', 'pit_edge_changes.csv'), True, 'leakage'),
          case('sample labels, full change log (hidden copy)', [{'labels': 'labels.csv', 'plan_changes': 'plan_changes_sample.csv'}], pit_plan('labels.csv', 'plan_changes_sample.csv'), True),
          case('full change log, sample labels', [{'labels': 'labels_sample.csv', 'plan_changes': 'plan_changes.csv'}], pit_plan('labels_sample.csv', 'plan_changes.csv'), True)]
    save('sql-pit-plan', cs)

    cs = [case('sample, one-hour window', [tables, {'window': 3600}], funnel('events_sample.csv', 3600), False),
          case('sample, unlimited window', [tables, {'window': 10 ** 9}], funnel('events_sample.csv', 10 ** 9), False)]
    for w in [3600, 600, 86400, 0, 10 ** 9]:
        cs.append(case('full log, window %d s' % w, [full, {'window': w}], funnel('events.csv', w), True))
    save('sql-funnel', cs)


if __name__ == '__main__':
    main()
