"""The logistic regression the line classifier (and any fitted ranking) is built on."""

import json

import numpy as np
import pytest

from pipeline.text.logistic import LogisticModel, fit_logistic


def test_logistic_regression_fits_and_round_trips():
    rng = np.random.default_rng(3)
    features = rng.normal(size=(400, 2))
    labels = (features[:, 0] - features[:, 1] > 0).astype(float)
    model = fit_logistic(("a", "b"), features, labels, np.ones(400), l2=0.01)
    assert ((model.probabilities(("a", "b"), features) > 0.5) == labels.astype(bool)).mean() > 0.97
    again = LogisticModel.from_json(json.loads(json.dumps(model.to_json())))
    assert np.allclose(again.probabilities(("a", "b"), features), model.probabilities(("a", "b"), features), atol=1e-4)
    with pytest.raises(ValueError, match="refit"):
        model.probabilities(("b", "a"), features)
