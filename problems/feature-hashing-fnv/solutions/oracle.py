# Independent oracle: FNV-1a vectorised over all tokens at once with numpy (uint64 state masked
# to 32 bits, one byte position at a time across the padded byte matrix); the signed counts are
# summed with np.bincount. Returns whole numbers (ints) so the stored expected stays compact.
import numpy as np

MASK = np.uint64(0xFFFFFFFF)


def hash_features(tokens, n_buckets):
    n = len(tokens)
    if n == 0:
        return [0] * n_buckets
    raw = [t.encode("ascii") for t in tokens]
    lens = np.array([len(r) for r in raw], dtype=np.int64)
    width = int(lens.max()) if n else 0
    mat = np.zeros((n, max(width, 1)), dtype=np.uint64)
    for i, r in enumerate(raw):
        if r:
            mat[i, : len(r)] = np.frombuffer(r, dtype=np.uint8)
    h = np.full(n, 0x811C9DC5, dtype=np.uint64)
    for j in range(width):
        live = lens > j
        x = (h[live] ^ mat[live, j]) & MASK
        h[live] = (x * np.uint64(0x01000193)) & MASK   # < 2^57: exact in uint64
    bucket = (h % np.uint64(n_buckets)).astype(np.int64)
    sign = np.where(h >= np.uint64(1 << 31), -1, 1)
    counts = np.bincount(bucket, weights=sign, minlength=n_buckets)
    return [int(v) for v in counts]
