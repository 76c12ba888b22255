from collections import OrderedDict


def feature_cache(capacity: int, ttl: int, ops: list[list[int]]) -> list[int]:
    # Recency order: key -> value, least recently used first.
    lru: "OrderedDict[int, int]" = OrderedDict()
    # Expiry order: key -> expiry. The TTL is the same for every entry and time never goes back,
    # so ordering by last write time is also ordering by expiry: the oldest write expires first.
    expiry: "OrderedDict[int, int]" = OrderedDict()
    out: list[int] = []
    for op in ops:
        t, key = op[0], op[1]
        while expiry:
            oldest, exp = next(iter(expiry.items()))
            if exp > t:
                break
            expiry.popitem(last=False)
            del lru[oldest]
        if len(op) == 2:  # get
            if key in lru:
                out.append(lru[key])  # a read does not refresh recency: eviction is FIFO
            else:
                out.append(-1)
        else:  # put
            value = op[2]
            if key in lru:
                lru[key] = value
                lru.move_to_end(key)
                expiry[key] = t + ttl
                expiry.move_to_end(key)
            else:
                if len(lru) >= capacity:
                    victim, _ = lru.popitem(last=False)
                    del expiry[victim]
                lru[key] = value
                expiry[key] = t + ttl
    return out
