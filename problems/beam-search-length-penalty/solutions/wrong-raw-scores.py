def beam_search(start, trans, end, beam, max_len, alpha):
    V = len(start)
    alive = [((t,), start[t]) for t in range(V)]
    first = True
    finished = []
    while True:
        if first:
            cands = alive
            first = False
        else:
            cands = [(seq + (t,), score + trans[seq[-1]][t]) for seq, score in alive for t in range(V)]
        cands.sort(key=lambda c: (-c[1], c[0]))
        alive = []
        for seq, score in cands[:beam]:
            if seq[-1] == end or len(seq) == max_len:
                finished.append((seq, score))
            else:
                alive.append((seq, score))
        if not alive:
            break
    best = min(finished, key=lambda f: (-f[1], len(f[0]), f[0]))
    return list(best[0])
