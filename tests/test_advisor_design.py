"""The CUSUM design: the statistic by hand, the three ARL calculations against each other, the thresholds."""

from __future__ import annotations

import math

import numpy as np
import pytest

from console.advisor.cusum import CLEAR_ARL_S, CusumBank, boundary_threshold, safety, shared_threshold
from console.advisor.design import (
    markov_arl,
    poisson_step,
    siegmund_arl,
    simulate_run_lengths,
    threshold_for,
    tilt,
)


def test_the_statistic_by_hand() -> None:
    # A Poisson rate with baseline 10 a second, ordinary's edge 0.75 of it, the pattern 0.5 (a drop):
    # z = x ln(0.5/0.75) - (0.5 - 0.75) 10 = -0.4054651 x + 2.5
    #   x = 10: z = -1.554651 -> S = 0           (since: this second)
    #   x = 4:  z =  0.878140 -> S = 0.878140
    #   x = 3:  z =  1.283605 -> S = 2.161745
    #   x = 12: z = -2.365581 -> S = 0           (since: this second)
    #   x = 2:  z =  1.689070 -> S = 1.689070
    #   x = 2:  z =  1.689070 -> S = 3.378139 >= h = 3: alarm, since the 4th second
    bank = CusumBank(1)
    bank.h[:] = 3.0
    armed = np.array([True])
    expected = [0.0, 0.878140, 2.161745, 0.0, 1.689070, 3.378139]
    for second, (x, s) in enumerate(zip([10, 4, 3, 12, 2, 2], expected, strict=True), start=1):
        z = np.array([x * math.log(0.5 / 0.75) + 2.5])
        fired = bank.step(z, -z, armed, float(second))
        assert bank.stat[0] == pytest.approx(s, abs=1e-6)
        assert list(fired) == ([0] if second == 6 else [])
    assert bank.since[0] == 4.0
    assert bool(bank.alarmed[0]) and bank.alarmed_at[0] == 6.0


def test_an_alarmed_stream_tests_for_its_end_then_is_released() -> None:
    bank = CusumBank(2)
    bank.h[:] = 2.0
    bank.h_back[:] = 3.0
    armed = np.array([True, True])
    bank.step(np.array([2.5, -1.0]), np.zeros(2), armed, 0.0)
    assert list(bank.alarmed) == [True, False]
    for t in range(1, 70):  # the way back gives 0.1 a second: 3.0 is reached at 30 s, but not before 60 s
        bank.step(np.array([-5.0, -1.0]), np.array([0.1, 0.0]), armed, float(t))
        assert bool(bank.cleared[0]) == (t >= 60)
    assert bank.stat[0] == 2.5  # its statistic stays as it was when it alarmed
    bank.release(0, 70.0)
    assert not bank.alarmed[0] and not bank.cleared[0] and bank.stat[0] == 0.0 and bank.since[0] == 70.0


def test_a_stream_that_cannot_be_judged_starts_afresh() -> None:
    bank = CusumBank(1)
    bank.h[:] = 10.0
    bank.step(np.array([4.0]), np.zeros(1), np.array([True]), 1.0)
    bank.step(np.array([4.0]), np.zeros(1), np.array([False]), 2.0)  # on offer: not judged
    assert bank.stat[0] == 0.0 and bank.since[0] == 2.0


def test_markov_chain_and_simulation_agree() -> None:
    # 2 a second at ordinary's edge of a drop test: the no-change ARL of a small threshold, where simulation is cheap
    step = poisson_step(2.0 / 0.75, 0.75, 0.5, 0.75)
    arl = markov_arl(3.0, step)
    runs = simulate_run_lengths(3.0, step, runs=3000, max_steps=100_000, seed=3)
    assert runs.max() < 100_000
    assert runs.mean() == pytest.approx(arl, rel=0.06)  # sd/sqrt(3000) is about 2 %


def test_a_hand_computable_markov_chain() -> None:
    # Every event jumps past h and the drift is down: S is 0 until the first second with an event, so the ARL is
    # that of a geometric law: 1 / (1 - e^-lambda)
    step = poisson_step(0.01, 1.0, math.exp(5.0), 30.0)  # 0.3 events a second; a = 5, c = (e^5 - 1) 0.01 = 1.474
    assert step.weights[0] - step.const > 3.0  # one event from 0 passes h = 3
    assert markov_arl(3.0, step) == pytest.approx(1.0 / (1.0 - math.exp(-0.3)), rel=1e-3)


def test_siegmund_at_the_edge_tracks_the_markov_chain() -> None:
    # at ordinary's edge an LLR's tilt is 1 (what the thresholds rely on); Siegmund within the safety factor
    for rate in (0.05, 0.5, 2.0, 20.0):
        step = poisson_step(rate / 0.75, 0.75, 0.5, 0.75)
        assert tilt(step) == pytest.approx(1.0, abs=1e-6)
        exact, approx = markov_arl(8.0, step), siegmund_arl(8.0, step)
        assert approx / exact < float(safety(np.array([step.var]))[0])
        assert approx / exact > 0.7


def test_threshold_for_reaches_its_arl() -> None:
    step = poisson_step(4.0, 0.75, 0.5, 0.75)
    h = threshold_for(1e6, step)
    assert siegmund_arl(h, step) == pytest.approx(1e6, rel=1e-3)


def test_boundary_threshold_is_siegmund_with_its_safety() -> None:
    step = poisson_step(4.0, 0.75, 0.5, 0.75)
    kl0, var0 = -step.mean, step.var
    h = float(boundary_threshold(1e6, kl0, var0)[0])
    assert siegmund_arl(h, step) == pytest.approx(float(safety(np.array([var0]))[0]) * 1e6, rel=0.01)
    assert float(boundary_threshold(1e6, 0.0, 0.0)[0]) == 4.0  # a stream with nothing to say: the floor


def test_a_shared_threshold_spends_the_budget_where_the_information_is() -> None:
    busy, quiet = poisson_step(4.0, 0.75, 0.5, 0.75), poisson_step(0.01, 0.75, 0.5, 0.75)
    alone = shared_threshold(1e6, np.array([-busy.mean]), np.array([busy.var]))
    with_quiet = shared_threshold(1e6, np.array([-busy.mean] + [-quiet.mean] * 9),
                                  np.array([busy.var] + [quiet.var] * 9))
    bonferroni = float(boundary_threshold(1e7, -busy.mean, busy.var)[0])  # 1/10 of the budget each
    assert alone < with_quiet < alone + 0.1 < bonferroni
    assert alone == pytest.approx(float(boundary_threshold(1e6, -busy.mean, busy.var)[0]), abs=1e-3)


def test_the_clear_test_is_designed_for_an_hour_per_false_end() -> None:
    assert CLEAR_ARL_S == 3600.0
