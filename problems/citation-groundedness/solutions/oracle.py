import numpy as np


def citation_metrics(claim_citations: list[list[int]], supports: list[list[int]]) -> dict:
    # Oracle: vectorised set membership. Every (claim, source) pair is encoded as
    # one integer key claim * (M + 1) + source; citations are checked against the
    # support keys with np.isin (so duplicate support pairs cannot matter), and a
    # claim is grounded when np.bincount of its supported citations is positive.
    n = len(claim_citations)
    owner = np.array([i for i, cited in enumerate(claim_citations) for _ in cited], dtype=np.int64)
    source = np.array([s for cited in claim_citations for s in cited], dtype=np.int64)
    sup = np.array(supports, dtype=np.int64).reshape(-1, 2)
    m = int(max(source.max(initial=0), sup[:, 1].max(initial=0))) + 1
    cited_keys = owner * m + source
    support_keys = sup[:, 0] * m + sup[:, 1]
    good = np.isin(cited_keys, support_keys)
    good_per_claim = np.bincount(owner[good], minlength=n) if n else np.zeros(0, dtype=np.int64)
    grounded = good_per_claim > 0
    n_citations = len(cited_keys)
    n_good = int(good.sum())
    return {
        "grounded_rate": int(grounded.sum()) / n if n else 1.0,
        "citation_precision": n_good / n_citations if n_citations else 1.0,
        "unsupported": [int(i) for i in np.flatnonzero(~grounded)],
    }
