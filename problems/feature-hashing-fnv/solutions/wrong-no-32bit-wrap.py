def hash_features(tokens: list[str], n_buckets: int) -> list[float]:
    # Forgets to reduce modulo 2^32 after each multiplication: h grows without bound.
    vec = [0.0] * n_buckets
    for tok in tokens:
        h = 2166136261
        for b in tok.encode("utf-8"):
            h ^= b
            h = h * 16777619
        vec[h % n_buckets] += -1.0 if (h >> 31) & 1 else 1.0
    return vec
