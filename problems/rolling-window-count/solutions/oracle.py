# Independent oracle (never shipped): per card, rows sorted by time are swept with two pointers
# one block of equal timestamps at a time; the window sum is kept EXACTLY with decimal.Decimal
# (added when a block enters, subtracted when a row falls out), then converted to float.
from decimal import Decimal


def _parse(csv_text):
    lines = []
    for raw in csv_text.split("\n"):
        if raw.endswith("\r"):
            raw = raw[:-1]
        if raw.strip(" \t\r\n\v\f") != "":
            lines.append(raw)
    names = [h.strip() for h in lines[0].split(",")]
    col = {name: k for k, name in enumerate(names)}
    rows = []
    for raw in lines[1:]:
        f = [x.strip() for x in raw.split(",")]
        rows.append((f[col["card_id"]], f[col["ts"]], f[col["amount"]]))
    return rows


def rolling_features(csv_text, window):
    rows = _parse(csv_text)
    result = [[0, 0.0] for _ in rows]
    cards = {}
    for i, (card, ts, amount) in enumerate(rows):
        if card == "" or ts == "":
            continue
        cards.setdefault(card, []).append((int(ts), Decimal(amount) if amount != "" else Decimal(0), i))
    for events in cards.values():
        events.sort(key=lambda e: e[0])
        start = 0            # first event still inside the window
        end = 0              # events[:end] are strictly earlier than the current block
        count, total = 0, Decimal(0)
        pos = 0
        while pos < len(events):
            t = events[pos][0]
            block_end = pos
            while block_end < len(events) and events[block_end][0] == t:
                block_end += 1
            while end < pos:                        # earlier blocks enter the window
                count += 1
                total += events[end][1]
                end += 1
            while start < end and events[start][0] < t - window:   # too old: leave
                count -= 1
                total -= events[start][1]
                start += 1
            for k in range(pos, block_end):
                result[events[k][2]] = [count, float(total)]
            pos = block_end
    return result
