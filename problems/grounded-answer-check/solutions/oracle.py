# Independent oracle: tokens by character filtering (every char outside a-z0-9 of the lower-cased
# text becomes a space, then split), a shared vocabulary index, 0/1 incidence matrices for claim
# content tokens and passage tokens, and one integer matrix product giving every |C ∩ T_j| at
# once; support = count / |C| as float64, masked to usable passages, max per claim, >= test.
import numpy as np

STOP = frozenset("a an and are as at be by for from in is it of on or that the to was were with".split())
KEEP = set("abcdefghijklmnopqrstuvwxyz0123456789")


def _toks(text):
    return "".join(ch if ch in KEEP else " " for ch in text.lower()).split()


def grounding_check(claims, passages, scores, min_score, min_overlap):
    usable = np.array([s >= min_score for s in scores], dtype=bool)
    any_usable = bool(usable.any())
    contents = [sorted(set(_toks(c)) - STOP) for c in claims]
    ptoks = [set(_toks(p)) for p in passages]
    vocab = {}
    for c in contents:
        for t in c:
            vocab.setdefault(t, len(vocab))
    Cm = np.zeros((len(claims), max(len(vocab), 1)), dtype=np.int64)
    for i, c in enumerate(contents):
        for t in c:
            Cm[i, vocab[t]] = 1
    Tm = np.zeros((len(passages), max(len(vocab), 1)), dtype=np.int64)
    for j, p in enumerate(ptoks):
        for t in p:
            if t in vocab:
                Tm[j, vocab[t]] = 1
    sizes = Cm.sum(axis=1)
    inter = Cm @ Tm.T  # claims x passages
    unsupported = []
    for i in range(len(claims)):
        if sizes[i] == 0:
            continue
        support = inter[i][usable].astype(np.float64) / np.float64(sizes[i])
        best = support.max() if support.size else 0.0
        if not best >= min_overlap:
            unsupported.append(i)
    return {"answer": any_usable and not unsupported, "unsupported": unsupported}
