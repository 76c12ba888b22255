# Independent check of the expected values. Small models: every state path is enumerated, its
# log-probability summed in the statement's order, and among the best ones the path that the
# back-pointer rule returns is chosen (compare paths from the last state backwards, smaller first).
# Long sequences: a dynamic programme over log-probabilities kept as dictionaries of paths' tails.
import itertools
import math


def _log(p):
    return math.log(p) if p > 0 else float('-inf')


def viterbi(start, trans, emit, obs):
    S, T = len(start), len(obs)
    if S ** T <= 300_000:
        best = None
        for path in itertools.product(range(S), repeat=T):
            v = _log(start[path[0]]) + _log(emit[path[0]][obs[0]])
            for t in range(1, T):
                v = (v + _log(trans[path[t - 1]][path[t]])) + _log(emit[path[t]][obs[t]])
            key = (v, tuple(-s for s in reversed(path)))
            if best is None or key > best[0]:
                best = (key, list(path))
        return [best[1], best[0][0]]
    # Long: keep for every state the best score and the reversed-order tie key of its best path.
    score = {s: _log(start[s]) + _log(emit[s][obs[0]]) for s in range(S)}
    paths = {s: [s] for s in range(S)}
    for t in range(1, T):
        ns, np_ = {}, {}
        for s in range(S):
            cands = [(score[p] + _log(trans[p][s]), -p) for p in range(S)]
            c, negp = max(cands)
            ns[s] = c + _log(emit[s][obs[t]])
            np_[s] = paths[-negp] + [s]
        score, paths = ns, np_
    v, negs = max((score[s], -s) for s in range(S))
    return [paths[-negs], v]
