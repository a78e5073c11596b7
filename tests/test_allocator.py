"""The console's allocator setting (console/services/allocator.py): big blocks no longer grow glibc's heap."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from console.services.allocator import tune_allocator

_WITH_LIBC = """
import ctypes, os, sys
libc = ctypes.CDLL(None)
libc.malloc.restype, libc.malloc.argtypes = ctypes.c_void_p, [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]
"""

_BIG_BLOCK_AFTER_A_BIGGER_ONE_FREED = """
from console.services.allocator import MMAP_THRESHOLD_BYTES, tune_allocator

if sys.argv[1] == "tuned":
    assert tune_allocator()
libc.free(libc.malloc(4 * 1024 * 1024))  # glibc's own rule raises its line to a freed block's size
block = libc.malloc(MMAP_THRESHOLD_BYTES * 4)  # 1 MiB, more than the young heap has free
# glibc's chunk header, the word before the block: its size, with bit 1 set for a block of its own mmap
print(bool(ctypes.c_size_t.from_address(block - ctypes.sizeof(ctypes.c_size_t)).value & 2))
"""


def _run(script: str, *args: str) -> list[str]:
    """In a fresh interpreter, whose heap holds nothing else: the blocks are then where the script says."""
    out = subprocess.run([sys.executable, "-c", _WITH_LIBC + script, *args], capture_output=True, text=True, check=True,
                         timeout=60, env={k: v for k, v in os.environ.items() if k != "MALLOC_MMAP_THRESHOLD_"})
    return out.stdout.split()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_a_big_block_freed_does_not_make_later_big_blocks_grow_the_heap() -> None:
    assert _run(_BIG_BLOCK_AFTER_A_BIGGER_ONE_FREED, "default") == ["False"]  # glibc's rule: from the heap
    assert _run(_BIG_BLOCK_AFTER_A_BIGGER_ONE_FREED, "tuned") == ["True"]  # its own mmap, given back when freed


def test_an_operators_own_setting_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MALLOC_MMAP_THRESHOLD_", "131072")
    assert tune_allocator() is False


_FREED_INSIDE_THE_HEAP = """
from console.services.allocator import release_free_memory

def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6

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
    released, given_back_mb = _run(_FREED_INSIDE_THE_HEAP)
    assert released == "True" and float(given_back_mb) > 30
