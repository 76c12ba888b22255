import math


def _log(p):
    return math.log(p) if p > 0 else float('-inf')


def viterbi(start, trans, emit, obs):
    S = len(start)
    lt = [[_log(p) for p in row] for row in trans]
    le = [[_log(p) for p in row] for row in emit]
    delta = [_log(start[s]) + le[s][obs[0]] for s in range(S)]
    back = []
    for t in range(1, len(obs)):
        o = obs[t]
        nd = [0.0] * S
        bp = [0] * S
        for s in range(S):
            best = float('-inf')
            arg = 0
            for p in range(S):
                c = delta[p] + lt[p][s]
                if c > best:
                    best = c
                    arg = p
            nd[s] = best + le[s][o]
            bp[s] = arg
        back.append(bp)
        delta = nd
    last = 0
    for s in range(1, S):
        if delta[s] > delta[last]:
            last = s
    path = [last]
    for bp in reversed(back):
        path.append(bp[path[-1]])
    path.reverse()
    return [path, delta[last]]
