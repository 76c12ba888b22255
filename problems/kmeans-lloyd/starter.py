def kmeans(points: list[list[float]], init: list[list[float]], iters: int) -> list[list[float]]:
    """Run `iters` Lloyd iterations from the centroids `init` and return the centroids.

    Euclidean distance; a tie goes to the lower centroid index; an empty cluster
    keeps its previous centroid.
    """
    raise NotImplementedError
