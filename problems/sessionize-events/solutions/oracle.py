import numpy as np


def sessionize(csv_text: str, gap: int) -> list[int]:
    # Oracle: vectorised with numpy. Parse the rows, encode user ids as integer
    # codes, lexsort all valid events by (user, ts, row), mark a new session
    # wherever the user changes or the ts difference to the previous sorted event
    # exceeds gap, and number sessions as (running count of session starts) minus
    # (that count at the user's first event).
    lines = []
    for line in csv_text.split("\n"):
        if line.endswith("\r"):
            line = line[:-1]
        if line.strip(" \t") != "":
            lines.append(line)
    if not lines:
        return []
    header = [h.strip() for h in lines[0].split(",")]
    ucol, tcol = header.index("user_id"), header.index("ts")
    parsed = [[f.strip() for f in line.split(",")] for line in lines[1:]]
    n = len(parsed)
    out = np.full(n, -1, dtype=np.int64)
    valid = [i for i, f in enumerate(parsed) if f[ucol] != "" and f[tcol] != ""]
    if not valid:
        return out.tolist()
    rows = np.array(valid, dtype=np.int64)
    _, codes = np.unique(np.array([parsed[i][ucol] for i in valid], dtype=object), return_inverse=True)
    codes = codes.astype(np.int64)
    ts = np.array([int(parsed[i][tcol]) for i in valid], dtype=np.int64)
    order = np.lexsort((rows, ts, codes))          # last key is the primary one
    u, t, r = codes[order], ts[order], rows[order]
    first = np.ones(len(u), dtype=bool)
    first[1:] = u[1:] != u[:-1]
    new_session = np.zeros(len(u), dtype=np.int64)
    new_session[1:] = (~first[1:]) & (t[1:] - t[:-1] > gap)
    running = np.cumsum(new_session)
    # running count at each user's first event, carried forward over the user's block
    base = np.maximum.accumulate(np.where(first, np.arange(len(u)), 0))
    out[r] = running - running[base]
    return [int(v) for v in out]
