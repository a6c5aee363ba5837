"""A weighted, L2-regularised logistic regression: fitted by Newton's method (deterministic, so a refit on the same
data writes the same file), stored as JSON with the names of the features its weights belong to."""

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class LogisticModel:
    names: tuple[str, ...]  # the features the weights belong to, in column order
    weights: np.ndarray
    bias: float

    def probabilities(self, names: tuple[str, ...], features: np.ndarray) -> np.ndarray:
        if names != self.names:
            raise ValueError(f"weights fitted on features {self.names} do not fit the features {names}: refit them "
                             "with the command that wrote the weights file")
        return 1 / (1 + np.exp(-(features @ self.weights + self.bias)))

    def to_json(self) -> dict:
        return {"bias": _rounded(self.bias),
                "weights": {name: _rounded(weight) for name, weight in zip(self.names, self.weights, strict=True)}}

    @classmethod
    def from_json(cls, data: dict) -> "LogisticModel":
        return cls(tuple(data["weights"]), np.array(list(data["weights"].values()), dtype=float), float(data["bias"]))


def _rounded(value: float) -> float:
    return float(f"{value:.6g}")  # a stable, readable file; the sixth digit changes no verdict


def fit_logistic(names: tuple[str, ...], features: np.ndarray, labels: np.ndarray, sample_weights: np.ndarray,
                 l2: float) -> LogisticModel:
    """Weighted L2-regularised logistic regression by Newton's method on standardised features (deterministic,
    converges in a few steps); the standardisation is folded into the returned weights."""
    mean = features.mean(axis=0)
    scale = features.std(axis=0) + 1e-6
    design = np.hstack([(features - mean) / scale, np.ones((len(features), 1))])
    penalty = np.diag(np.r_[np.full(features.shape[1], l2), 0.0])
    coefficients = np.zeros(design.shape[1])
    for _ in range(100):
        predicted = 1 / (1 + np.exp(-(design @ coefficients)))
        gradient = design.T @ (sample_weights * (predicted - labels)) + penalty @ coefficients
        hessian = (design * (sample_weights * predicted * (1 - predicted))[:, None]).T @ design + penalty
        step = np.linalg.solve(hessian, gradient)
        coefficients -= step
        if np.abs(step).max() < 1e-8:
            break
    weights = coefficients[:-1] / scale
    return LogisticModel(names, weights, float(coefficients[-1] - weights @ mean))
