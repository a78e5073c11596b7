"""A KPI engine's whole state as bytes and back: the checkpoints the live console stores in the session file.

Replay and the report start from the nearest stored checkpoint instead of re-applying millions of events
(docs/performance.md). Pure: no Qt, no I/O.

Safe by construction: a session file may come from someone else, so this is not pickle. The format is msgpack
(zlib-compressed) of plain values, numpy arrays as bytes, and objects of the engine's own classes only (those
defined in `console.kpi.engine`, `.snapshot` and `.unique_counts`), rebuilt without running any code of theirs.
The plan is never stored: the engine's references to it (and to its products) are restored from the plan the
reader passes in. A checkpoint written by an engine whose attributes differ from this one's (another
console version) is refused with StateError, and the reader falls back to applying the events.
"""

from __future__ import annotations

import sys
import zlib
from array import array
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Final

import msgspec
import numpy as np

from console.kpi.engine import KpiEngine
from console.plan.model import Plan, Product

STATE_VERSION: Final = 1
# The name a checkpoint stores for each module whose classes it may hold. These are the modules' names from before the
# package layout (console/kpi.py, kpi_types.py, unique_counts.py): the file format names them, not the source tree,
# so files written before and after a move read alike. A module that moves gets its old stored name here.
_STORED_NAME: Final = {"console.kpi.engine": "console.kpi", "console.kpi.snapshot": "console.kpi_types",
                       "console.kpi.unique_counts": "console.unique_counts"}
_MODULE_OF: Final = {stored: module for module, stored in _STORED_NAME.items()}
_OWN_MODULES: Final = frozenset(_STORED_NAME)
_TRANSIENT: Final = frozenset({"plan", "_handlers"})  # rebuilt by KpiEngine(plan), never stored
# Attributes the engine gained after checkpoints were first stored, with the value an older checkpoint stands for:
# such a checkpoint is still used (a live recorded before `hello.provides` had every event type).
_ADDED_SINCE: Final = {"available": None, "_featured": None, "_viewers_known": True}
_FACTORIES: Final = {"int": int, "float": float, "list": list, "set": set, "dict": dict}


@dataclass(slots=True)
class CheckpointPolicy:
    """When the live console stores a checkpoint: every `every_events` events, but not more often than every
    `min_interval_s` (a burst of 100k ev/s must not spend its time encoding state). A replay seek then applies at
    most about max(every_events, min_interval_s x rate) events after the checkpoint it starts from."""

    every_events: int = 10_000  # applying 10k events takes ~100-150 ms: a seek stays under 200 ms
    min_interval_s: float = 5.0
    _last_events: int = 0
    _last_at: float = float("-inf")

    def due(self, events: int, now: float) -> bool:
        if events - self._last_events >= self.every_events and now - self._last_at >= self.min_interval_s:
            self._last_events, self._last_at = events, now
            return True
        return False


class StateError(Exception):
    """Bytes that are not a checkpoint this engine can use; the message says why."""


def engine_to_bytes(engine: KpiEngine) -> bytes:
    state = {k: v for k, v in vars(engine).items() if k not in _TRANSIENT}
    tree = {"v": STATE_VERSION, "engine": _Encoder().encode(state)}
    return zlib.compress(msgspec.msgpack.encode(tree), 1)


def engine_from_bytes(data: bytes, plan: Plan | None) -> KpiEngine:
    """A new engine in the stored state, holding `plan` (the session's plan, as the live console had it)."""
    try:
        tree = msgspec.msgpack.decode(zlib.decompress(data))
    except (zlib.error, msgspec.DecodeError) as exc:
        raise StateError(f"not a checkpoint ({exc})") from None
    if not isinstance(tree, dict) or tree.get("v") != STATE_VERSION:
        raise StateError(f"checkpoint format {tree.get('v') if isinstance(tree, dict) else '?'}; "
                         f"this console reads format {STATE_VERSION}")
    engine = KpiEngine(plan)
    state = _Decoder(plan).decode(tree["engine"])
    expected = set(vars(engine)) - _TRANSIENT
    if isinstance(state, dict):
        state = {**{k: v for k, v in _ADDED_SINCE.items() if k not in state}, **state}
    if not isinstance(state, dict) or set(state) != expected:
        got = set(state) if isinstance(state, dict) else set()
        raise StateError(f"checkpoint of another engine version (differs in {sorted(got ^ expected)[:5]})")
    for name, value in state.items():
        setattr(engine, name, value)
    return engine


# ---------------------------------------------------------------------------------------------- encoding
# Every container becomes a one-key map naming its kind, so that the decoder never guesses: {"d": pairs} for
# a dict (keys of any type), {"dd": [factory, pairs]}, {"l": items}, {"t": items}, {"s": items}, {"fs": items} for
# a frozenset, {"nd": [dtype, shape, bytes]}, {"a": [typecode, bytes]}, {"o": [module, class, ref, fields]} for
# an own object (its first appearance), {"r": ref} for the same object again, {"plan": 0} and {"product": sku}
# for references to the plan.

class _Encoder:
    def __init__(self) -> None:
        self._refs: dict[int, int] = {}

    def encode(self, v: Any) -> Any:
        if v is None or isinstance(v, bool | int | float | str | bytes):
            return v
        if isinstance(v, np.ndarray):
            # a view of the array's memory, not a copy: a late-live state holds MBs of bins, encoded every 10k events
            return {"nd": [v.dtype.str, list(v.shape), memoryview(np.ascontiguousarray(v).data).cast("B")]}
        if isinstance(v, np.generic):
            return v.item()
        if isinstance(v, defaultdict):
            name = getattr(v.default_factory, "__name__", "")
            module = getattr(v.default_factory, "__module__", "")
            factory = _FACTORIES.get(name) or _own_class(_STORED_NAME.get(module, module), name)
            if factory is not v.default_factory:
                raise StateError(f"cannot store a defaultdict of {v.default_factory!r}")
            module = v.default_factory.__module__
            return {"dd": [f"{_STORED_NAME.get(module, module)}:{name}", self._pairs(v)]}
        if isinstance(v, dict):
            return {"d": self._pairs(v)}
        if isinstance(v, list):
            return {"l": [self.encode(x) for x in v]}
        if isinstance(v, tuple):
            return {"t": [self.encode(x) for x in v]}
        if isinstance(v, frozenset):  # its own kind: it must come back hashable and immutable
            return {"fs": [self.encode(x) for x in v]}
        if isinstance(v, set):
            return {"s": [self.encode(x) for x in v]}
        if isinstance(v, array):
            return {"a": [v.typecode, v.tobytes()]}
        if isinstance(v, Plan):
            return {"plan": 0}
        if isinstance(v, Product):
            return {"product": v.sku}
        cls = type(v)
        if cls.__module__ in _OWN_MODULES:
            ref = self._refs.get(id(v))
            if ref is not None:
                return {"r": ref}
            ref = self._refs[id(v)] = len(self._refs)
            return {"o": [_STORED_NAME[cls.__module__], cls.__qualname__, ref, self._pairs(_fields(v))]}
        raise StateError(f"cannot store a {cls.__module__}.{cls.__qualname__} in a checkpoint")

    def _pairs(self, d: dict[Any, Any]) -> list[list[Any]]:
        return [[self.encode(k), self.encode(x)] for k, x in d.items()]


def _fields(obj: Any) -> dict[str, Any]:
    names = [n for c in type(obj).__mro__ for n in getattr(c, "__slots__", ())]
    out = {n: getattr(obj, n) for n in names if n != "__weakref__" and hasattr(obj, n)}
    out.update(getattr(obj, "__dict__", {}))
    return out


def _own_class(stored_module: str, name: str) -> type | None:
    """The engine's class a checkpoint names by its stored module name (see _STORED_NAME)."""
    module = _MODULE_OF.get(stored_module)
    if module is None:
        return None
    cls = getattr(sys.modules.get(module), name, None)
    return cls if isinstance(cls, type) and cls.__module__ == module else None


class _Decoder:
    def __init__(self, plan: Plan | None) -> None:
        self._plan = plan
        self._products = {p.sku: p for p in plan.products} if plan is not None else {}
        self._refs: dict[int, Any] = {}

    def decode(self, v: Any) -> Any:
        if not isinstance(v, dict):
            return v
        if len(v) != 1:
            raise StateError("malformed checkpoint (a map with more than one key)")
        ((kind, body),) = v.items()
        match kind:
            case "d":
                return {self.decode(k): self.decode(x) for k, x in body}
            case "dd":
                module, _, name = body[0].partition(":")
                factory = _FACTORIES.get(name) if module == "builtins" else _own_class(module, name)
                if factory is None:
                    raise StateError(f"checkpoint names an unknown factory {body[0]!r}")
                out: defaultdict[Any, Any] = defaultdict(factory)
                out.update((self.decode(k), self.decode(x)) for k, x in body[1])
                return out
            case "l":
                return [self.decode(x) for x in body]
            case "t":
                return tuple(self.decode(x) for x in body)
            case "s":
                return {self.decode(x) for x in body}
            case "fs":
                return frozenset(self.decode(x) for x in body)
            case "nd":
                return np.frombuffer(body[2], dtype=np.dtype(body[0])).reshape(body[1]).copy()
            case "a":
                return array(body[0], body[1])
            case "plan":
                return self._plan
            case "product":
                if body not in self._products:
                    raise StateError(f"checkpoint refers to product {body!r}, which the plan does not have")
                return self._products[body]
            case "r":
                return self._refs[body]
            case "o":
                return self._object(*body)
        raise StateError(f"malformed checkpoint (unknown kind {kind!r})")

    def _object(self, module: str, name: str, ref: int, pairs: list[list[Any]]) -> Any:
        cls = _own_class(module, name)
        if cls is None:
            raise StateError(f"checkpoint holds a {module}.{name}, which is not one of the engine's classes")
        obj: Any = object.__new__(cls)  # no __init__: the fields below are the whole state
        self._refs[ref] = obj
        for key, value in pairs:
            object.__setattr__(obj, key, self.decode(value))  # also for frozen dataclasses
        return obj
