import re

STOPWORDS = set("a an and are as at be by for from in is it of on or that the to was were with".split())


def grounding_check(claims: list[str], passages: list[str], scores: list[float],
                    min_score: float, min_overlap: float) -> dict:
    usable = [p for p, s in zip(passages, scores) if s >= min_score]
    pool = set()
    for p in usable:
        pool |= set(re.findall(r"[a-z0-9]+", p.lower()))
    unsupported = []
    for i, claim in enumerate(claims):
        content = {t for t in re.findall(r"[a-z0-9]+", claim.lower()) if t not in STOPWORDS}
        if not content:
            continue
        if len(content & pool) / len(content) < min_overlap:
            unsupported.append(i)
    return {"answer": bool(usable) and not unsupported, "unsupported": unsupported}
