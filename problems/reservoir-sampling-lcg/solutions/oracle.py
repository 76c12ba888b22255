# Independent oracle: the whole LCG sequence is computed vectorised with numpy by doubling
# (states t+1..t+m are the m-step affine map applied to states 1..m, all in uint64 modulo 2^31),
# every slot index j_i = floor(draw_i*(i+1)/2^31) is computed at once, and each slot ends with
# the LAST position that wrote to it ("last writer wins"), else its initial item.
import numpy as np

M = 1 << 31
A = 1103515245
C = 12345


def _states(seed, count):
    """draws 1..count of the generator started at seed (uint64 array)."""
    out = np.zeros(count, dtype=np.uint64)
    if count == 0:
        return out
    out[0] = (A * seed + C) % M
    filled, a_m, c_m = 1, A, C  # (a_m, c_m): the affine map of `filled` steps
    while filled < count:
        take = min(filled, count - filled)
        out[filled:filled + take] = (np.uint64(a_m) * out[:take] + np.uint64(c_m)) % np.uint64(M)
        a_m, c_m = (a_m * a_m) % M, (a_m * c_m + c_m) % M
        filled += take
    return out


def reservoir_sample(stream, k, seed):
    if k <= 0:
        return []
    n = len(stream)
    if n <= k:
        return list(stream)
    draws = _states(seed, n - k)
    pos = np.arange(k, n, dtype=np.uint64)
    j = (draws * (pos + np.uint64(1))) >> np.uint64(31)  # < 2^48, exact
    result = list(stream[:k])
    hit = np.nonzero(j < np.uint64(k))[0]
    last = {}
    for h in hit.tolist():
        last[int(j[h])] = h + k
    for slot, i in last.items():
        result[slot] = stream[i]
    return result
