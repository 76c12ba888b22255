# Independent oracle (never shipped): numpy. Words by regex, FNV-1a per shingle, then every
# signature at once as a (H x shingles) uint64 matrix reduced with min. Candidates are found
# WITHOUT buckets: each document is compared with every later one (vectorised), a pair is a
# candidate when some band's rows are all equal, and J-hat is the count of equal positions / H.
import re

import numpy as np

M32 = np.uint64(0xFFFFFFFF)


def _fnv(text):
    h = 0x811C9DC5
    for ch in text.encode("ascii"):
        h = ((h ^ ch) * 0x01000193) % (1 << 32)
    return h


def _shingles(doc):
    w = re.findall(r"[a-z0-9]+", doc.lower())
    if not w:
        return set()
    if len(w) <= 2:
        return {" ".join(w)}
    return {f"{a} {b} {c}" for a, b, c in zip(w, w[1:], w[2:])}


def near_duplicates(docs, bands, rows, threshold):
    H = bands * rows
    seeds = (np.arange(1, H + 1, dtype=np.uint64) * np.uint64(0x9E3779B9)) & M32
    ids, sigs = [], []
    for d, doc in enumerate(docs):
        sh = _shingles(doc)
        if not sh:
            continue
        x = np.array(sorted(_fnv(s) for s in sh), dtype=np.uint64)
        y = ((x[None, :] ^ seeds[:, None]) * np.uint64(0x85EBCA6B)) & M32
        y ^= y >> np.uint64(16)
        ids.append(d)
        sigs.append(y.min(axis=1))
    out = []
    if not sigs:
        return out
    S = np.stack(sigs)
    for a in range(len(ids) - 1):
        eq = S[a + 1:] == S[a]
        share_band = eq.reshape(len(eq), bands, rows).all(axis=2).any(axis=1)
        est = eq.sum(axis=1) / H
        for k in np.nonzero(share_band & (est >= threshold))[0].tolist():
            out.append([ids[a], ids[a + 1 + k]])
    out.sort()
    return out
