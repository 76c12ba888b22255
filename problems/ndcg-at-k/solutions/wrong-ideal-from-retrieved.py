import math


def ndcg_at_k(ranked: list[int], judgments: list[list[int]], k: int) -> float:
    # Builds the ideal ranking by re-sorting only the retrieved items, so
    # relevant items the system never returned do not lower the score.
    grade = {item: g for item, g in judgments}
    grades = [grade.get(item, 0) for item in ranked[:k]]

    def dcg(gs):
        return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(gs))

    ideal = dcg(sorted(grades, reverse=True))
    return dcg(grades) / ideal if ideal > 0 else 0.0
