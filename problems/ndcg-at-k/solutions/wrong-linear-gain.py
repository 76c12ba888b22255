import math


def ndcg_at_k(ranked: list[int], judgments: list[list[int]], k: int) -> float:
    # Uses the grade itself as the gain instead of 2^grade - 1.
    grade = {item: g for item, g in judgments}

    def dcg(gs):
        return sum(g / math.log2(i + 2) for i, g in enumerate(gs))

    actual = dcg([grade.get(item, 0) for item in ranked[:k]])
    ideal = dcg(sorted((g for _, g in judgments), reverse=True)[:k])
    return actual / ideal if ideal > 0 else 0.0
