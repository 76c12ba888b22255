def matured_metrics(pred_times: list[int], preds: list[int], chargeback_times: list[int],
                    eval_time: int, maturity: int) -> list[float]:
    tp = fp = fn = matured = 0
    for t, flagged, cb in zip(pred_times, preds, chargeback_times):
        if t + maturity > eval_time:
            continue
        matured += 1
        y = cb != -1
        if flagged == 1 and y:
            tp += 1
        elif flagged == 1:
            fp += 1
        elif y:
            fn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return [precision, recall, matured]
