"""The console's allocator setting (console/services/allocator.py): big blocks stay out of glibc's heap."""

from __future__ import annotations

import ctypes
import subprocess
import sys

import pytest

from console.services.allocator import MMAP_THRESHOLD_BYTES, tune_allocator


def _libc() -> ctypes.CDLL:
    libc = ctypes.CDLL(None)
    libc.malloc.restype, libc.malloc.argtypes = ctypes.c_void_p, [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    return libc


def _is_mmapped(block: int) -> bool:
    """glibc's chunk header, the word before the block: its size, with bit 1 set for a block of its own mmap."""
    return bool(ctypes.c_size_t.from_address(block - ctypes.sizeof(ctypes.c_size_t)).value & 2)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_a_big_block_freed_does_not_pull_later_big_blocks_into_the_heap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MALLOC_MMAP_THRESHOLD_", raising=False)
    assert tune_allocator()
    libc = _libc()
    libc.free(libc.malloc(4 * 1024 * 1024))  # glibc's own rule raises its line to a freed block's size
    block = libc.malloc(MMAP_THRESHOLD_BYTES * 4)  # 1 MiB: from the heap under glibc's own rule
    try:
        assert _is_mmapped(block)
    finally:
        libc.free(block)


def test_an_operators_own_setting_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MALLOC_MMAP_THRESHOLD_", "131072")
    assert tune_allocator() is False


_FREED_INSIDE_THE_HEAP = """
import ctypes, os
from console.services.allocator import release_free_memory

def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6

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
before = rss_mb()
released = release_free_memory()
print(released, before - rss_mb())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_memory_freed_inside_the_heap_goes_back_to_the_system() -> None:
    # in a fresh interpreter, whose heap holds nothing else: the test's blocks are then where the script says
    out = subprocess.run([sys.executable, "-c", _FREED_INSIDE_THE_HEAP], capture_output=True, text=True,
                         check=True, timeout=60)
    released, given_back_mb = out.stdout.split()
    assert released == "True" and float(given_back_mb) > 30
