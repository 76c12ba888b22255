# Independent check: the same rules written as an explicit comparator over (score, sequence) pairs
# and a step loop that keeps per-step lists of finished and alive hypotheses.
from functools import cmp_to_key


def _rank(a, b):
    if a[1] != b[1]:
        return -1 if a[1] > b[1] else 1
    return -1 if a[0] < b[0] else (1 if a[0] > b[0] else 0)


def _final(a, b):
    na = a[1] / (len(a[0]) ** _final.alpha)
    nb = b[1] / (len(b[0]) ** _final.alpha)
    if na != nb:
        return -1 if na > nb else 1
    if len(a[0]) != len(b[0]):
        return -1 if len(a[0]) < len(b[0]) else 1
    return -1 if a[0] < b[0] else (1 if a[0] > b[0] else 0)


def beam_search(start, trans, end, beam, max_len, alpha):
    step = [([t], start[t]) for t in range(len(start))]
    done = []
    while step:
        kept = sorted(step, key=cmp_to_key(_rank))[:beam]
        live = []
        for seq, score in kept:
            (done if (seq[-1] == end or len(seq) == max_len) else live).append((seq, score))
        step = []
        for seq, score in live:
            for t in range(len(start)):
                step.append((seq + [t], score + trans[seq[-1]][t]))
    _final.alpha = alpha
    return sorted(done, key=cmp_to_key(_final))[0][0]
