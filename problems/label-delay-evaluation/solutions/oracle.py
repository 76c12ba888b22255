# Independent oracle: numpy boolean masks (matured, label, flagged) summed into TP/FP/FN, and the
# ratios taken as exact fractions (Fraction -> float).
from fractions import Fraction
import numpy as np


def matured_metrics(pred_times, preds, chargeback_times, eval_time, maturity):
    t = np.asarray(pred_times, dtype=np.int64)
    flag = np.asarray(preds, dtype=np.int64) == 1
    cb = np.asarray(chargeback_times, dtype=np.int64)
    deadline = t + int(maturity)
    matured = deadline <= int(eval_time)
    y = (cb != -1) & (cb <= deadline)
    tp = int(np.sum(matured & flag & y))
    fp = int(np.sum(matured & flag & ~y))
    fn = int(np.sum(matured & ~flag & y))
    precision = float(Fraction(tp, tp + fp)) if tp + fp else 0.0
    recall = float(Fraction(tp, tp + fn)) if tp + fn else 0.0
    return [precision, recall, int(np.sum(matured))]
