"""The console's allocator setting (console/services/allocator.py): big blocks stay out of glibc's heap."""

from __future__ import annotations

import ctypes
import os
import sys

import pytest

from console.services.allocator import MMAP_THRESHOLD_BYTES, release_free_memory, tune_allocator


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]


def _mmapped_bytes() -> int:
    libc = ctypes.CDLL(None)
    if not hasattr(libc, "mallinfo2"):
        pytest.skip("needs glibc 2.33+ (mallinfo2)")
    libc.mallinfo2.restype = _MallInfo2
    return int(libc.mallinfo2().hblkhd)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_a_big_block_freed_does_not_pull_later_big_blocks_into_the_heap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MALLOC_MMAP_THRESHOLD_", raising=False)
    assert tune_allocator()
    big = ctypes.create_string_buffer(4 * 1024 * 1024)  # glibc's own rule raises its line to this block's size
    del big  # ... when it is freed
    before = _mmapped_bytes()
    block = ctypes.create_string_buffer(MMAP_THRESHOLD_BYTES * 4)  # 1 MiB: from the heap under glibc's own rule
    assert _mmapped_bytes() - before >= MMAP_THRESHOLD_BYTES * 4
    del block


def test_an_operators_own_setting_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MALLOC_MMAP_THRESHOLD_", "131072")
    assert tune_allocator() is False


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_memory_freed_inside_the_heap_goes_back_to_the_system() -> None:
    libc = ctypes.CDLL(None)
    libc.malloc.restype, libc.malloc.argtypes = ctypes.c_void_p, [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    size = 64 * 1024  # below the mmap threshold: from the heap
    blocks = [libc.malloc(size) for _ in range(800)]  # ~52 MB
    for b in blocks:
        ctypes.memset(b, 1, size)  # touched: in RSS
    pin = libc.malloc(size)  # above them all: free() alone cannot give the heap's top back
    for b in blocks:
        libc.free(b)
    before = _rss_mb()
    assert release_free_memory()
    after = _rss_mb()
    libc.free(pin)
    assert before - after > 30
