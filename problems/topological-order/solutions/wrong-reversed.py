from collections import deque


def topo_order(n: int, edges: list[list[int]]) -> list[int]:
    indegree = [0] * n
    successors = [[] for _ in range(n)]
    for a, b in edges:
        successors[a].append(b)
        indegree[b] += 1
    ready = deque(v for v in range(n) if indegree[v] == 0)
    order = []
    while ready:
        v = ready.popleft()
        order.append(v)
        for w in successors[v]:
            indegree[w] -= 1
            if indegree[w] == 0:
                ready.append(w)
    return order[::-1]
