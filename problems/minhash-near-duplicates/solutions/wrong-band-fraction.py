MASK = 0xFFFFFFFF


def _fnv1a32(text: str) -> int:
    h = 2166136261
    for b in text.encode("ascii"):
        h = ((h ^ b) * 16777619) & MASK
    return h


def _words(doc: str) -> list[str]:
    out, cur = [], []
    for ch in doc.lower():
        if "a" <= ch <= "z" or "0" <= ch <= "9":
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


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
        # Estimates similarity as the fraction of identical bands instead of identical values.
        same_bands = sum(1 for b in range(bands) if si[b * rows:(b + 1) * rows] == sj[b * rows:(b + 1) * rows])
        if same_bands / bands >= threshold:
            out.append([i, j])
    return out
