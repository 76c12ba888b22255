# Oracle (not shipped): sort-based instead of hashing. For each row length, stack train and test
# rows into one float array, label identical rows with np.unique(axis=0) (a lexicographic sort),
# and report the test rows whose label also occurs among the training rows.
import numpy as np


def leaked_test_rows(train: list[list[float]], test: list[list[float]]) -> list[int]:
    leaked: list[int] = []
    for d in {len(r) for r in test}:
        tr = [r for r in train if len(r) == d]
        te_idx = [j for j, r in enumerate(test) if len(r) == d]
        if not tr:
            continue
        te = [test[j] for j in te_idx]
        # + 0.0 turns -0.0 into 0.0, so the byte-wise row comparison of np.unique treats them alike
        rows = np.array(tr + te, dtype=np.float64).reshape(len(tr) + len(te), d) + 0.0
        _, label = np.unique(rows, axis=0, return_inverse=True)
        label = label.ravel()
        in_train = np.isin(label[len(tr):], label[: len(tr)])
        leaked.extend(j for j, hit in zip(te_idx, in_train) if hit)
    return sorted(leaked)
