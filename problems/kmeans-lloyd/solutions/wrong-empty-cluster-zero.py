def kmeans(points: list[list[float]], init: list[list[float]], iters: int) -> list[list[float]]:
    centroids = [list(map(float, c)) for c in init]
    k = len(centroids)
    d = len(centroids[0]) if k else 0
    for _ in range(iters):
        sums = [[0.0] * d for _ in range(k)]
        counts = [0] * k
        for p in points:
            dists = [sum((a - b) ** 2 for a, b in zip(p, c)) for c in centroids]
            best = dists.index(min(dists))
            counts[best] += 1
            for t in range(d):
                sums[best][t] += p[t]
        centroids = [[s / max(counts[j], 1) for s in sums[j]] for j in range(k)]
    return centroids
