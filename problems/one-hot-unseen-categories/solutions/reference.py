def _column_values(csv_text: str, column: str) -> list[str]:
    lines = [line[:-1] if line.endswith("\r") else line for line in csv_text.split("\n")]
    lines = [line for line in lines if line.strip() != ""]
    header = [h.strip() for h in lines[0].split(",")]
    j = header.index(column)
    return [line.split(",")[j].strip() for line in lines[1:]]


def one_hot_encode(train_csv: str, serve_csv: str, column: str, min_count: int) -> list[list[int]]:
    counts: dict[str, int] = {}
    for v in _column_values(train_csv, column):
        if v != "":
            counts[v] = counts.get(v, 0) + 1
    vocab = sorted(v for v, c in counts.items() if c >= min_count)
    position = {v: i for i, v in enumerate(vocab)}
    width = len(vocab) + 1
    out = []
    for v in _column_values(serve_csv, column):
        row = [0] * width
        if v != "":
            row[position.get(v, width - 1)] = 1
        out.append(row)
    return out
