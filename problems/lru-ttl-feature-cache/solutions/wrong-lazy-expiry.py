from collections import OrderedDict


def feature_cache(capacity: int, ttl: int, ops: list[list[int]]) -> list[int]:
    # Checks expiry only when a key is read: expired entries keep occupying capacity and
    # push out live entries when the cache is full.
    lru: "OrderedDict[int, int]" = OrderedDict()
    expiry: dict[int, int] = {}
    out: list[int] = []
    for op in ops:
        t, key = op[0], op[1]
        if len(op) == 2:
            if key in lru and expiry[key] <= t:
                del lru[key]
                del expiry[key]
            if key in lru:
                lru.move_to_end(key)
                out.append(lru[key])
            else:
                out.append(-1)
        else:
            if key in lru:
                lru.move_to_end(key)
            elif len(lru) >= capacity:
                victim, _ = lru.popitem(last=False)
                del expiry[victim]
            lru[key] = op[2]
            expiry[key] = t + ttl
    return out
