def kmeans(points: list[list[float]], init: list[list[float]], iters: int) -> list[list[float]]:
    centroids = [list(map(float, c)) for c in init]
    k = len(centroids)
    for _ in range(iters):
        groups = [[] for _ in range(k)]
        for p in points:
            dists = [sum(abs(a - b) for a, b in zip(p, c)) for c in centroids]
            groups[dists.index(min(dists))].append(p)
        for j, g in enumerate(groups):
            if g:
                centroids[j] = [sum(col) / len(g) for col in zip(*g)]
    return centroids
