"""An exclusive lock on a folder or file, so that writers in different processes (two runs at once) take turns."""

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def exclusive_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive flock on path (a folder, or a file created if missing) for the block; wait while another
    process holds it.

    The kernel releases the lock when its holder exits, however it exits (SIGKILL too), so a lock is never stale.
    Locking a folder itself leaves no lock file behind. Not re-entrant: locking the same path twice in one
    process waits for itself.
    """
    flags = os.O_RDONLY if path.is_dir() else os.O_RDONLY | os.O_CREAT
    descriptor = os.open(path, flags, 0o644)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # releases the lock
