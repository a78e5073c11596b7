"""Bounded-memory distinct counting for the KPI engine: a stable 64-bit id hash, a HyperLogLog-backed counter
that is exact up to a threshold, and a fingerprint table for "seen before?" questions. Pure: numpy only.

Why: a 4-hour live at 1,000 ev/s brings millions of viewer ids; keeping each id string in a set cost
~100 bytes per id (docs/performance.md, long live). The figures and error bounds are in docs/metrics.md.
"""

from __future__ import annotations

import math
import struct
from array import array
from collections.abc import Sequence
from hashlib import blake2b
from typing import Final, NamedTuple

import numpy as np
import numpy.typing as npt

U64Array = npt.NDArray[np.uint64]

_MASK64: Final = (1 << 64) - 1
_SEED: Final = 0x243F6A8885A308D3  # pi's first hex digits: any fixed constant; changing it changes every count
_MUL: Final = 0x9E3779B97F4A7C15  # 2^64 / golden ratio, odd
_F1: Final = 0xFF51AFD7ED558CCD  # MurmurHash3's fmix64 constants
_F2: Final = 0xC4CEB9FE1A85EC53

# HyperLogLog with 2^14 one-byte registers: 16 KiB per counter, standard error 1.04 / sqrt(2^14) = 0.81 %.
HLL_P: Final = 14
HLL_M: Final = 1 << HLL_P
_Q: Final = 64 - HLL_P  # hash bits left for the rank; register values run 0 .. _Q + 1
_ALPHA_INF: Final = 1 / (2 * math.log(2))
HLL_STD_ERROR: Final = 1.04 / math.sqrt(HLL_M)
_WORDS: Final = struct.Struct("<Q")

# Distinct ids kept exactly (a set of the id strings) before switching to the sketch. At this size the set
# costs ~1.5 MB against the sketch's 16 KiB, and every small live (and every hand-computed test) stays exact.
EXACT_LIMIT: Final = 16_384


# ------------------------------------------------------------------------------------------------ hashing
# One function, two implementations: hash_ids (numpy, for batches of thousands of viewer ids) and hash_id (pure
# Python, its readable reference, checked against it by the tests). Not Python's hash(): that is salted per process,
# and a replay in another process must count exactly what the live console counted. The function reads the
# id's Unicode code points two at a time as 64-bit words (little end first), multiply-xorshift per word, and
# MurmurHash3's fmix64 to finish. The length goes in first, as a word of its own, so that "a" and "a\0" (same
# words after padding) differ.


def hash_id(s: str) -> int:
    """The stable 64-bit hash of one id (equal to hash_ids([s])[0])."""
    cps = s.encode("utf-32-le")
    if len(s) % 2:
        cps += b"\0\0\0\0"
    h = ((_SEED ^ len(s)) * _MUL) & _MASK64
    h ^= h >> 32
    for (w,) in _WORDS.iter_unpack(cps):
        h = ((h ^ w) * _MUL) & _MASK64
        h ^= h >> 32
    return _fmix(h)


def _fmix(h: int) -> int:
    h ^= h >> 33
    h = (h * _F1) & _MASK64
    h ^= h >> 33
    h = (h * _F2) & _MASK64
    return h ^ (h >> 33)


def hash_ids(ids: Sequence[str]) -> U64Array:
    """hash_id of each id, vectorised: ~10x cheaper per id than hashlib in a Python loop (docs/metrics.md)."""
    n = len(ids)
    if n == 0:
        return np.zeros(0, np.uint64)
    u64 = np.uint64
    lens = np.fromiter(map(len, ids), np.int64, n)
    cps = np.frombuffer("".join(ids).encode("utf-32-le"), "<u4")  # every code point, ids end to end
    shortest, longest = int(lens.min()), int(lens.max())
    width = longest + (longest & 1)  # whole words
    if shortest == longest == width:  # the usual batch (one id format): the ids are the rows already
        mat = cps.reshape(n, width)
    else:  # zero-padded rows; the padding never enters the hash (masked below)
        mat = np.zeros((n, width), np.uint32)
        starts = np.cumsum(lens) - lens
        mat[np.repeat(np.arange(n), lens), np.arange(cps.size) - np.repeat(starts, lens)] = cps
    words = mat[:, 0::2].astype(u64) | (mat[:, 1::2].astype(u64) << u64(32))
    mul, s32 = u64(_MUL), u64(32)
    h = (u64(_SEED) ^ lens.astype(u64)) * mul  # uint64 arrays wrap modulo 2^64, as the & _MASK64 above
    h ^= h >> s32
    n_words = (lens + 1) // 2
    for j in range(words.shape[1]):
        x = (h ^ words[:, j]) * mul
        x ^= x >> s32
        # words past an id's own length are padding, not part of it; every id has the first ones
        h = x if j < (shortest + 1) // 2 else np.where(n_words > j, x, h)
    s33 = u64(33)
    h ^= h >> s33
    h *= u64(_F1)
    h ^= h >> s33
    h *= u64(_F2)
    h ^= h >> s33
    return h


# ------------------------------------------------------------------------------------------ distinct count


class UniqueCount:
    """How many distinct ids were added: exact up to `exact_limit`, then a HyperLogLog estimate.

    Past the limit the id strings are dropped and each id costs nothing: the 2^14 registers stay 16 KiB. The
    estimate is a pure function of the set of ids added (not of their order or batching), so a replay shows
    what the live showed.
    """

    __slots__ = ("_estimate", "_exact", "_limit", "_registers")

    def __init__(self, exact_limit: int = EXACT_LIMIT) -> None:
        self._limit = exact_limit
        self._exact: set[str] | None = set()
        self._registers: npt.NDArray[np.uint8] | None = None
        self._estimate: int | None = None  # cached between updates: the snapshot asks 10 times a second

    @property
    def exact(self) -> bool:
        return self._exact is not None

    def update(self, ids: Sequence[str], cells: Cells | None = None) -> None:
        """Add ids. `cells` (Cells.of the same ids), if given, saves hashing a batch that counters share."""
        if self._exact is not None:
            self._exact.update(ids)
            if len(self._exact) > self._limit:  # every member goes into the sketch, the strings are let go
                members, self._exact = list(self._exact), None
                self._registers = np.zeros(HLL_M, np.uint8)
                self.update(members)
            return
        c = Cells.of(ids) if cells is None else cells
        np.maximum.at(self._registers, c.register, c.rank)  # type: ignore[arg-type]  # set above
        self._estimate = None

    def __len__(self) -> int:
        if self._exact is not None:
            return len(self._exact)
        if self._estimate is None:
            assert self._registers is not None
            self._estimate = round(hll_estimate(self._registers))
        return self._estimate

    def copy(self) -> UniqueCount:
        twin = UniqueCount.__new__(UniqueCount)
        twin._limit, twin._estimate = self._limit, self._estimate
        twin._exact = None if self._exact is None else set(self._exact)  # strings are immutable: shared
        twin._registers = None if self._registers is None else self._registers.copy()
        return twin

    def __deepcopy__(self, memo: dict[int, object]) -> UniqueCount:
        return self.copy()  # a set of 16k strings deep-copied one by one took ~100x longer

    def __repr__(self) -> str:
        return f"UniqueCount({len(self)}, {'exact' if self.exact else 'estimated'})"


class Cells(NamedTuple):
    """Where a batch of ids lands in a sketch: register index and rank of each id's hash. Computed once for a
    batch that several counters take (the room and a channel), sliced with part()."""

    register: npt.NDArray[np.intp]  # not `index`: a NamedTuple field of that name hides tuple.index
    rank: npt.NDArray[np.uint8]

    @staticmethod
    def of(ids: Sequence[str]) -> Cells:
        h = hash_ids(ids)
        # the top p bits pick the register; the rank is the leading zeros of the remaining q bits + 1, and the
        # sentinel bit just below them caps it at q + 1 when they are all zero
        w = (h << np.uint64(HLL_P)) | np.uint64(1 << (HLL_P - 1))
        return Cells((h >> np.uint64(_Q)).astype(np.intp), (65 - _bit_length(w)).astype(np.uint8))

    def part(self, start: int, stop: int) -> Cells:
        return Cells(self.register[start:stop], self.rank[start:stop])


def _bit_length(w: U64Array) -> npt.NDArray[np.int64]:
    """Bit length of each uint64, exactly: each 32-bit half converts to float64 without rounding, and
    frexp's exponent is its bit length (0 for 0)."""
    hi = np.frexp((w >> np.uint64(32)).astype(np.float64))[1].astype(np.int64)
    lo = np.frexp((w & np.uint64(0xFFFFFFFF)).astype(np.float64))[1].astype(np.int64)
    return np.where(hi > 0, hi + 32, lo)


def hll_estimate(registers: npt.NDArray[np.uint8]) -> float:
    """Ertl's improved HyperLogLog estimator ("New cardinality estimation algorithms for HyperLogLog
    sketches", 2017, algorithm 6): nearly unbiased from 0 to billions with no empirical bias tables, so the
    switch from the exact count at EXACT_LIMIT needs no special range."""
    m = registers.size
    c = np.bincount(registers, minlength=_Q + 2).tolist()
    if c[0] == m:
        return 0.0
    z = m * _tau(1.0 - c[_Q + 1] / m)
    for k in range(_Q, 0, -1):
        z = 0.5 * (z + c[k])
    z += m * _sigma(c[0] / m)
    return _ALPHA_INF * m * m / z


def _sigma(x: float) -> float:
    if x == 1.0:
        return math.inf
    y, z = 1.0, x
    while True:
        x *= x
        z_old, z = z, z + x * y
        y += y
        if z == z_old:
            return z


def _tau(x: float) -> float:
    if x in (0.0, 1.0):
        return 0.0
    y, z = 1.0, 1.0 - x
    while True:
        x = math.sqrt(x)
        z_old = z
        y *= 0.5
        z -= (1.0 - x) ** 2 * y
        if z == z_old:
            return z / 3.0


# ------------------------------------------------------------------------------------ seen-before table


def customer_key(s: str) -> int:
    """A stable 64-bit key of one id for FingerprintTable: BLAKE2b with an 8-byte digest, the fastest stable
    hash of a single string at hand (~1 us, against ~4 us for hash_id in pure Python); orders are rare enough
    that this costs nothing measurable."""
    return int.from_bytes(blake2b(s.encode(), digest_size=8).digest(), "little")



class FingerprintTable:
    """Keys seen, each with a 1-bit flag, stored as 63-bit fingerprints of hash_id: 8 bytes a slot, at most
    half the slots used (16-32 bytes per key, against ~110 for a dict of id strings).

    Exact unless two different ids share a 63-bit fingerprint: for n keys the chance that any pair does is
    about n^2 / 2^64 (5e-8 for a million customers). Open addressing with linear probing in an array('Q'),
    which copies and pickles as one block (KpiEngine.clone()). Used for orders, which are rare next to
    viewer events, so a Python-level probe per order costs little.
    """

    __slots__ = ("_n", "_slots")

    def __init__(self, capacity: int = 256) -> None:
        self._slots = array("Q", bytes(8 * max(8, 1 << (capacity - 1).bit_length())))
        self._n = 0

    def add(self, h: int, flag: int = 0) -> int:
        """Store hash `h` with `flag` (0 or 1) if it is new and return -1; else return the flag stored."""
        slots = self._slots
        mask = len(slots) - 1
        fp = (h >> 1) or 1  # 0 marks an empty slot; bit 0 of a slot holds the flag
        i = fp & mask  # home slot from the fingerprint, so _grow() can re-place a key without its hash
        while True:
            v = slots[i]
            if v == 0:
                break
            if v >> 1 == fp:
                return v & 1
            i = (i + 1) & mask
        slots[i] = fp << 1 | flag
        self._n += 1
        if 2 * self._n > len(slots):
            self._grow()
        return -1

    def _grow(self) -> None:
        old = self._slots
        self._slots = new = array("Q", bytes(16 * len(old)))
        mask = len(new) - 1
        for v in old:
            if v:
                i = (v >> 1) & mask
                while new[i]:
                    i = (i + 1) & mask
                new[i] = v

    def __len__(self) -> int:
        return self._n

    def __deepcopy__(self, memo: dict[int, object]) -> FingerprintTable:
        twin = FingerprintTable.__new__(FingerprintTable)
        twin._slots, twin._n = array("Q", self._slots), self._n
        return twin


