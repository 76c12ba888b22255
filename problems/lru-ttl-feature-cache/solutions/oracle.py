"""Oracle (tests only, not shipped): a literal, vectorised brute force of the statement.

The cache is `capacity` slots held in numpy arrays (key, value, expiry, last-use stamp,
occupied). Every operation first clears all slots whose expiry is <= t (a full scan), then
finds the key by scanning the slots, and a put into a full cache evicts the slot with the
smallest last-use stamp (argmin). No linked list, no ordered map, no expiry queue.
"""
import numpy as np


def feature_cache(capacity: int, ttl: int, ops: list[list[int]]) -> list[int]:
    keys = np.full(capacity, -1, dtype=np.int64)
    vals = np.zeros(capacity, dtype=np.int64)
    exps = np.zeros(capacity, dtype=np.int64)
    used = np.zeros(capacity, dtype=np.int64)   # stamp of the last put or successful get
    live = np.zeros(capacity, dtype=bool)
    out: list[int] = []
    for stamp, op in enumerate(ops, start=1):
        t, key = int(op[0]), int(op[1])
        # 1. expire: every entry whose expiry <= t is gone
        live &= exps > t
        keys[~live] = -1
        hit = np.flatnonzero(keys == key)
        if len(op) == 2:  # get: value if cached, refresh recency only
            if hit.size:
                s = hit[0]
                used[s] = stamp
                out.append(int(vals[s]))
            else:
                out.append(-1)
            continue
        # put
        if hit.size:
            s = hit[0]
        elif live.all():
            s = int(np.argmin(used))          # least recently used slot (all are live)
        else:
            s = int(np.flatnonzero(~live)[0])  # any free slot
        keys[s], vals[s], exps[s], used[s], live[s] = key, int(op[2]), t + ttl, stamp, True
    return out
