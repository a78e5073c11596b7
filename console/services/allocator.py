"""How the console's process asks the C allocator for big blocks, set once at start-up (glibc; elsewhere nothing).

glibc serves a block of 128 KiB or more with its own mmap, given back to the system when freed, but it raises that
line to the size of each such block freed (up to 32 MiB). In a long live the console's big blocks are transient and
grow with the live: engine clones for checkpoints (the per-second bins, 0.6-1.3 MB each), their encodings (~3 MB),
backlogs of frames. After the first were freed, later ones came from the heap instead and left holes there that
bigger ones could not reuse: RSS crept up 2-3 MB per live hour while the memory in use stayed flat (4-hour live,
mallinfo2: in use 12 -> 15 MB, free holes in the heap 5 -> 18 MB). With a fixed line a block above it never grows
the heap: it reuses a free chunk there if one fits, else it gets its own mmap (docs/performance.md, Long live).
What is freed inside the heap stays in RSS until glibc gives it back: `release_free_memory()` does so, after each
checkpoint (every >= 5 s in a busy live; ~1 ms).
"""

from __future__ import annotations

import ctypes
import functools
import os
import sys
from typing import Any, Final

MMAP_THRESHOLD_BYTES: Final = 256 * 1024  # the frames of a busy feed (~75 KB) stay below it, in the heap's reuse
_M_MMAP_THRESHOLD: Final = -3  # mallopt's parameter number (malloc.h)


@functools.cache
def _glibc(name: str) -> Any:
    """A glibc function, or None (not Linux, or a libc without it: musl has neither; its allocator manages alone)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        fn = getattr(ctypes.CDLL(None), name)
    except (OSError, AttributeError):
        return None
    fn.restype = ctypes.c_int
    return fn


def tune_allocator() -> bool:
    """Fix glibc's mmap threshold; True when it took. An operator's own MALLOC_MMAP_THRESHOLD_ is left to win."""
    mallopt = _glibc("mallopt")
    if mallopt is None or "MALLOC_MMAP_THRESHOLD_" in os.environ:
        return False
    return bool(mallopt(ctypes.c_int(_M_MMAP_THRESHOLD), ctypes.c_int(MMAP_THRESHOLD_BYTES)))


def release_free_memory() -> bool:
    """Give the free pages inside glibc's heaps back to the system; True when some were (call off busy threads)."""
    malloc_trim = _glibc("malloc_trim")
    return malloc_trim is not None and bool(malloc_trim(ctypes.c_size_t(0)))
