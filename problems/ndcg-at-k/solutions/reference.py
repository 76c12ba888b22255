import math


def ndcg_at_k(ranked: list[int], judgments: list[list[int]], k: int) -> float:
    grade = {item: g for item, g in judgments}

    def dcg(grades):
        return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(grades))

    actual = dcg([grade.get(item, 0) for item in ranked[:k]])
    ideal = dcg(sorted((g for _, g in judgments), reverse=True)[:k])
    return actual / ideal if ideal > 0 else 0.0
