def kmeans(points: list[list[float]], init: list[list[float]], iters: int) -> list[list[float]]:
    centroids = [list(map(float, c)) for c in init]
    k = len(centroids)
    for _ in range(iters):
        groups = [[] for _ in range(k)]
        for p in points:
            best, best_dist = 0, float("inf")
            for j, c in enumerate(centroids):
                dist = sum((a - b) ** 2 for a, b in zip(p, c))
                if dist <= best_dist:
                    best, best_dist = j, dist
            groups[best].append(p)
        for j, g in enumerate(groups):
            if g:
                centroids[j] = [sum(col) / len(g) for col in zip(*g)]
    return centroids
