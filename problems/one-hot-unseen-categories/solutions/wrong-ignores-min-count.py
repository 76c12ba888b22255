def _vals(csv_text, column):
    lines = [l.rstrip("\r") for l in csv_text.split("\n")]
    lines = [l for l in lines if l != ""]
    header = [h.strip() for h in lines[0].split(",")]
    j = header.index(column)
    return [l.split(",")[j].strip() for l in lines[1:]]


def one_hot_encode(train_csv: str, serve_csv: str, column: str, min_count: int) -> list[list[int]]:
    # Gives every training value its own column, however rare.
    vocab = sorted({v for v in _vals(train_csv, column) if v})
    out = []
    for v in _vals(serve_csv, column):
        row = [0] * (len(vocab) + 1)
        if v:
            row[vocab.index(v) if v in vocab else len(vocab)] = 1
        out.append(row)
    return out
