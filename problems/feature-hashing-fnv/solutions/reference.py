FNV_OFFSET = 2166136261
FNV_PRIME = 16777619


def fnv1a32(text: str) -> int:
    h = FNV_OFFSET
    for b in text.encode("utf-8"):
        h ^= b
        h = (h * FNV_PRIME) & 0xFFFFFFFF
    return h


def hash_features(tokens: list[str], n_buckets: int) -> list[float]:
    vec = [0.0] * n_buckets
    for tok in tokens:
        h = fnv1a32(tok)
        vec[h % n_buckets] += -1.0 if h >> 31 else 1.0
    return vec
