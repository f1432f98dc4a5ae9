"""Confidences are fitted on two newsrooms together: the low end of each class's interval over both."""
import math

from benchmarks.calibration import fitted_confidences, wilson_low


def judged(method: str, right: int, total: int) -> list[tuple[str, float | None, bool]]:
    return [(method, None, n < right) for n in range(total)]


def test_a_class_is_fitted_on_both_sets_counted_together():
    train = judged("named", 90, 100) + judged("description", 80, 100)
    newsroom = judged("named", 10, 10) + judged("description", 5, 10)
    fitted = fitted_confidences(train, newsroom)
    assert fitted["named"] == math.floor(wilson_low(100, 110) * 100) / 100
    assert fitted["description"] == math.floor(wilson_low(85, 110) * 100) / 100


def test_a_class_the_newsroom_set_gets_wrong_more_often_is_fitted_lower_than_on_train_alone():
    train = judged("description", 80, 100)
    assert fitted_confidences(train, judged("description", 5, 20))["description"] < wilson_low(80, 100)


def test_a_class_only_one_set_meets_is_fitted_on_that_set():
    assert fitted_confidences([], judged("guess", 3, 4))["guess"] == math.floor(wilson_low(3, 4) * 100) / 100
