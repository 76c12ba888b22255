MASK = 0xFFFFFFFF


def _fnv1a32(text: str) -> int:
    h = 2166136261
    for b in text.encode("ascii"):
        h = ((h ^ b) * 16777619) & MASK
    return h


def _words(doc: str) -> list[str]:
    # Splits on whitespace only: "days," and "days" become different words.
    return doc.lower().split()


def _shingle_hashes(doc: str) -> list[int]:
    w = _words(doc)
    if not w:
        return []
    if len(w) < 3:
        grams = {" ".join(w)}
    else:
        grams = {" ".join(w[i:i + 3]) for i in range(len(w) - 2)}
    return [_fnv1a32(g) for g in grams]


def near_duplicates(docs: list[str], bands: int, rows: int, threshold: float) -> list[list[int]]:
    n_hashes = bands * rows
    seeds = [((i + 1) * 0x9E3779B9) & MASK for i in range(n_hashes)]
    sigs: list[list[int] | None] = []
    for doc in docs:
        xs = _shingle_hashes(doc)
        if not xs:
            sigs.append(None)
            continue
        sig = []
        for s in seeds:
            best = MASK + 1
            for x in xs:
                h = ((x ^ s) * 0x85EBCA6B) & MASK
                h ^= h >> 16
                if h < best:
                    best = h
            sig.append(best)
        sigs.append(sig)
    # LSH: documents whose signatures agree on a whole band land in the same bucket.
    candidates: set[tuple[int, int]] = set()
    for b in range(bands):
        buckets: dict[tuple[int, ...], list[int]] = {}
        for d, sig in enumerate(sigs):
            if sig is not None:
                buckets.setdefault(tuple(sig[b * rows:(b + 1) * rows]), []).append(d)
        for members in buckets.values():
            for i in range(len(members)):
                for j in range(i + 1, len(members)):
                    candidates.add((members[i], members[j]))
    out = []
    for i, j in sorted(candidates):
        si, sj = sigs[i], sigs[j]
        matches = sum(1 for a, c in zip(si, sj) if a == c)
        if matches / n_hashes >= threshold:
            out.append([i, j])
    return out
