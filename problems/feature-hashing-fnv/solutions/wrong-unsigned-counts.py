def hash_features(tokens: list[str], n_buckets: int) -> list[float]:
    # Correct hash and bucket, but ignores the sign bit: every token adds +1.
    vec = [0.0] * n_buckets
    for tok in tokens:
        h = 2166136261
        for b in tok.encode("utf-8"):
            h ^= b
            h = (h * 16777619) & 0xFFFFFFFF
        vec[h % n_buckets] += 1.0
    return vec
