import re

STOPWORDS = set("a an and are as at be by for from in is it of on or that the to was were with".split())


def grounding_check(claims: list[str], passages: list[str], scores: list[float],
                    min_score: float, min_overlap: float) -> dict:
    docs = [set(re.findall(r"[a-z0-9]+", p.lower())) for p in passages]  # every retrieved passage
    unsupported = []
    for i, claim in enumerate(claims):
        content = {t for t in re.findall(r"[a-z0-9]+", claim.lower()) if t not in STOPWORDS}
        if not content:
            continue
        best = max((len(content & d) / len(content) for d in docs), default=0.0)
        if best < min_overlap:
            unsupported.append(i)
    return {"answer": not unsupported, "unsupported": unsupported}
