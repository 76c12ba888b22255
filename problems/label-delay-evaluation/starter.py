def matured_metrics(pred_times: list[int], preds: list[int], chargeback_times: list[int],
                    eval_time: int, maturity: int) -> list[float]:
    """[precision, recall, n_matured] over transactions with t + maturity <= eval_time;
    label = chargeback recorded (not -1) at a time <= t + maturity."""
    raise NotImplementedError
