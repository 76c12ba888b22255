# Oracle (not shipped): numpy. Each CSV is parsed into a float matrix with NaN for missing
# fields; the bounds come from numpy.nanquantile (default 'linear' method, the formula of the
# statement) column by column, and the serving matrix is clipped with numpy.clip, which keeps NaN.
import numpy as np


def _matrix(text):
    lines = []
    for line in text.split("\n"):
        if line.endswith("\r"):
            line = line[:-1]
        if line != "":
            lines.append(line)
    n_cols = len(lines[0].split(","))
    data = np.full((len(lines) - 1, n_cols), np.nan)
    for r, line in enumerate(lines[1:]):
        for c, field in enumerate(line.split(",")):
            field = field.strip()
            if field != "":
                data[r, c] = float(field)
    return data, n_cols


def clip_with_train_quantiles(train_csv, serve_csv, lower_q, upper_q):
    train, n_cols = _matrix(train_csv)
    serve, _ = _matrix(serve_csv)
    lo = np.full(n_cols, -np.inf)
    hi = np.full(n_cols, np.inf)
    for c in range(n_cols):
        col = train[:, c]
        if np.any(~np.isnan(col)):
            lo[c], hi[c] = np.nanquantile(col, [lower_q, upper_q])
    return np.clip(serve, lo, hi).tolist()
