import math


def ndcg_at_k(ranked: list[int], judgments: list[list[int]], k: int) -> float:
    # Cuts the system's list at k but not the ideal list, so the ideal DCG
    # includes items that could never fit in k slots.
    grade = {item: g for item, g in judgments}

    def dcg(gs):
        return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(gs))

    actual = dcg([grade.get(item, 0) for item in ranked[:k]])
    ideal = dcg(sorted((g for _, g in judgments), reverse=True))
    return actual / ideal if ideal > 0 else 0.0
