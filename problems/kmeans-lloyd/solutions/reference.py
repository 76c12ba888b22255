def kmeans(points: list[list[float]], init: list[list[float]], iters: int) -> list[list[float]]:
    centroids = [list(map(float, c)) for c in init]
    k = len(centroids)
    if k == 0:
        return []
    d = len(centroids[0])
    for _ in range(iters):
        sums = [[0.0] * d for _ in range(k)]
        counts = [0] * k
        for p in points:
            best, best_dist = 0, None
            for j, c in enumerate(centroids):
                dist = 0.0
                for a, b in zip(p, c):
                    diff = a - b
                    dist += diff * diff
                if best_dist is None or dist < best_dist:
                    best, best_dist = j, dist
            counts[best] += 1
            s = sums[best]
            for t in range(d):
                s[t] += p[t]
        for j in range(k):
            if counts[j] > 0:
                centroids[j] = [s / counts[j] for s in sums[j]]
    return centroids
