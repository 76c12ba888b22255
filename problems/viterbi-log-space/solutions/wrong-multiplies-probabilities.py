import math


def viterbi(start, trans, emit, obs):
    # Products of probabilities, logarithm only at the end.
    S = len(start)
    delta = [start[s] * emit[s][obs[0]] for s in range(S)]
    back = []
    for t in range(1, len(obs)):
        o = obs[t]
        nd = [0.0] * S
        bp = [0] * S
        for s in range(S):
            best = -1.0
            arg = 0
            for p in range(S):
                c = delta[p] * trans[p][s]
                if c > best:
                    best = c
                    arg = p
            nd[s] = best * emit[s][o]
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
    return [path, math.log(delta[last]) if delta[last] > 0 else float('-inf')]
