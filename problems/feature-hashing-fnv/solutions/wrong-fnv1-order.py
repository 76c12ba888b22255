def hash_features(tokens: list[str], n_buckets: int) -> list[float]:
    # FNV-1 (multiply, then XOR) instead of FNV-1a (XOR, then multiply).
    vec = [0.0] * n_buckets
    for tok in tokens:
        h = 2166136261
        for b in tok.encode("utf-8"):
            h = (h * 16777619) & 0xFFFFFFFF
            h ^= b
        vec[h % n_buckets] += -1.0 if h >> 31 else 1.0
    return vec
