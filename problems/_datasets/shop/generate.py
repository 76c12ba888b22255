"""Generates the "shop" datasets of the live data problems: a small online shop's users, orders,
click events, deliveries, churn labels and plan changes, with the faults real exports have
(re-sent rows, late records, mixed time zones, units and spellings, missing values, outliers).

Usage: python3 generate.py OUTDIR
Standard library only; every value comes from random.Random with a fixed seed and is written with
explicit formatting, so the bytes (checked against SHA-256 in problem.json) are the same on every
Python 3 and platform.
"""
import csv
import os
import random
import sys
from datetime import datetime, timedelta, timezone

T0 = 1704067200  # 2024-01-01T00:00:00Z
DAY = 86400
OFFSETS = [0, 0, 0, 60, 120, -300, -480, 330, 540]  # minutes east of UTC
COUNTRIES = ['DE', 'FR', 'US', 'NL', 'ES', 'IN', 'JP']


def iso(ts, offset_min):
    tz = timezone(timedelta(minutes=offset_min))
    return datetime.fromtimestamp(ts, tz).strftime('%Y-%m-%dT%H:%M:%S%z')[:-2] + ':' + datetime.fromtimestamp(ts, tz).strftime('%z')[-2:]


def uid(n):
    return 'U%05d' % n


def messy_uid(rng, n):
    r = rng.random()
    if r < 0.06:
        return uid(n).lower()
    if r < 0.09:
        return ' ' + uid(n) + ' '
    return uid(n)


def write(out, name, header, rows):
    with open(os.path.join(out, name), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(header)
        w.writerows(rows)


def users(rng, n_users):
    rows = []
    for n in range(1, n_users + 1):
        ts = T0 + rng.randrange(0, 120 * DAY)
        c = rng.choice(COUNTRIES)
        r = rng.random()
        country = '' if r < 0.05 else 'N/A' if r < 0.07 else c.lower() if r < 0.12 else c + ' ' if r < 0.14 else c
        plan = rng.choice(['free', 'free', 'free', 'plus', 'pro'])
        rows.append([messy_uid(rng, n), iso(ts, rng.choice(OFFSETS)), country, plan])
        if rng.random() < 0.03:  # the same user exported again later, with a later (wrong) signup time
            rows.append([messy_uid(rng, n), iso(ts + rng.randrange(DAY, 20 * DAY), rng.choice(OFFSETS)), country, plan])
    rng.shuffle(rows)
    return rows


def orders(rng, n_users, n_orders):
    rows = []
    for k in range(1, n_orders + 1):
        user = rng.randrange(1, n_users + 1)
        created = T0 + rng.randrange(0, 150 * DAY)
        ingested = created + rng.randrange(30, 3600) if rng.random() > 0.06 else created + rng.randrange(2 * DAY, 9 * DAY)
        cents = int(rng.lognormvariate(7.6, 0.8))
        if rng.random() < 0.002:
            cents = rng.choice([1, 9999999])  # test orders and a fat finger
        cur = 'EUR' if rng.random() < 0.7 else 'USD'
        cur_text = rng.choice([cur, cur, cur, cur.lower(), ' ' + cur])
        amount = '%d.%02d' % (cents // 100, cents % 100)
        if rng.random() < 0.1:
            amount = '%d cents' % cents
        status = rng.choice(['completed'] * 8 + ['cancelled', 'refunded'])
        oid = 'O%06d' % k
        rows.append([oid, messy_uid(rng, user), iso(created, rng.choice(OFFSETS)), iso(ingested, 0), amount, cur_text, status])
        if rng.random() < 0.05:  # re-sent later, sometimes with the final status
            later = ingested + rng.randrange(60, 5 * DAY)
            st = 'refunded' if status == 'completed' and rng.random() < 0.5 else status
            rows.append([oid, messy_uid(rng, user), iso(created, rng.choice(OFFSETS)), iso(later, 0), amount, cur_text, st])
    rng.shuffle(rows)
    return rows


def events(rng, n_users, n_sessions):
    rows = []
    for _ in range(n_sessions):
        user = uid(rng.randrange(1, n_users + 1))
        t = T0 + rng.randrange(0, 84 * DAY)
        device = rng.choice(['web', 'ios', 'android'])
        steps = ['view'] * rng.randrange(1, 6)
        if rng.random() < 0.35:
            steps.append('cart')
            if rng.random() < 0.5:
                steps.append('checkout')
                if rng.random() < 0.7:
                    steps.append('purchase')
        for s in steps:
            rows.append([user, t, s, device])
            t += rng.randrange(5, 900) if rng.random() > 0.04 else rng.randrange(1800, 4000)
    rng.shuffle(rows)
    return rows


def deliveries(rng, n):
    rows = []
    for k in range(1, n + 1):
        city = rng.choice(['Berlin', 'Paris', 'Lyon', 'Austin', 'Pune', 'Osaka'])
        km = rng.uniform(0.4, 18.0)
        minutes = max(3, int(km / rng.uniform(12, 35) * 60 + rng.randrange(2, 12)))
        r = rng.random()
        if r < 0.4:
            dist = '%.1f km' % km
        elif r < 0.6:
            dist = '%d m' % int(km * 1000)
        elif r < 0.8:
            dist = '%.2f mi' % (km / 1.609344)
        elif r < 0.95:
            dist = '%.1f' % km
        else:
            dist = ''
        q = rng.random()
        dur = '' if q < 0.03 else str(-minutes) if q < 0.04 else '0' if q < 0.05 else str(minutes * 100) if q < 0.06 else str(minutes)
        rows.append(['D%06d' % k, city, dist, dur])
    return rows


def labels(rng, n_users, n):
    rows = []
    for k in range(1, n + 1):
        user = rng.randrange(1, n_users + 1)
        rows.append([k, uid(user), T0 + rng.randrange(20 * DAY, 160 * DAY), 1 if rng.random() < 0.27 else 0])
    return rows


def plan_changes(rng, n_users, n):
    rows = []
    for k in range(1, n + 1):
        user = rng.randrange(1, n_users + 1)
        rows.append([k, uid(user), T0 + rng.randrange(0, 160 * DAY), rng.choice(['free', 'plus', 'pro', 'team'])])
    rng.shuffle(rows)
    return rows


def build(out, suffix, seed, n_users, n_orders, n_sessions, n_deliveries, n_labels, n_changes):
    write(out, 'users%s.csv' % suffix, ['user_id', 'signup_at', 'country', 'plan'], users(random.Random(seed + 1), n_users))
    write(out, 'orders%s.csv' % suffix, ['order_id', 'user_id', 'created_at', 'ingested_at', 'amount', 'currency', 'status'], orders(random.Random(seed + 2), n_users, n_orders))
    write(out, 'events%s.csv' % suffix, ['user_id', 'ts', 'event', 'device'], events(random.Random(seed + 3), n_users, n_sessions))
    write(out, 'deliveries%s.csv' % suffix, ['delivery_id', 'city', 'distance', 'duration_min'], deliveries(random.Random(seed + 4), n_deliveries))
    write(out, 'labels%s.csv' % suffix, ['label_id', 'user_id', 'label_ts', 'churned'], labels(random.Random(seed + 5), n_users, n_labels))
    write(out, 'plan_changes%s.csv' % suffix, ['change_id', 'user_id', 'changed_ts', 'plan'], plan_changes(random.Random(seed + 6), n_users, n_changes))


def audit_edge():
    return [
        ['a', 'b', 'c'],
        ['1', ' ', 'x'],
        ['-', 'NA', 'Null'],
        ['?', 'none', 'n/a'],
        ['NaN', '0', ''],
        ['ok', 'na ', ' NULL'],
    ]


def main(out):
    os.makedirs(out, exist_ok=True)
    edge = audit_edge()
    write(out, 'audit_edge.csv', edge[0], edge[1:])
    write(out, 'gap_edge_events.csv', ['user_id', 'ts', 'event', 'device'], [['U00001', 200, 'view', 'web'], ['U00001', 0, 'view', 'web'], ['U00001', 100, 'cart', 'web'], ['U00002', 5, 'view', 'ios'], ['U00002', 5, 'purchase', 'ios'], ['U00003', 0, 'view', 'web'], ['U00003', 101, 'view', 'web']])
    write(out, 'pit_edge_labels.csv', ['label_id', 'user_id', 'label_ts', 'churned'], [[1, 'U00001', 100, 0], [2, 'U00001', 40, 0], [3, 'U00002', 200, 1], [4, 'U00003', 300, 0]])
    write(out, 'pit_edge_changes.csv', ['change_id', 'user_id', 'changed_ts', 'plan'], [[5, 'U00001', 50, 'free'], [6, 'U00001', 100, 'pro'], [9, 'U00002', 150, 'team'], [7, 'U00002', 150, 'plus'], [8, 'U00002', 250, 'free']])
    build(out, '', 20240101, 6000, 25000, 14000, 8000, 5000, 9000)
    build(out, '_sample', 7, 40, 150, 80, 60, 40, 60)


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else '.')
