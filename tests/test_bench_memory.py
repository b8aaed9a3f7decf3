"""benchmarks/memory.py: the memory a process tree holds at once, sampled (Linux)."""
import subprocess
import sys
import os

import pytest

from benchmarks.memory import TreeMemory, tree_pss_kib

pytestmark = pytest.mark.skipif(not os.path.exists("/proc/self/smaps_rollup"), reason="Linux /proc only")

# A parent and its forked child each fill 80 MB of their own, then both wait.
HOLD_IN_TWO = """
import os, time
block = bytearray(80 * 1024 * 1024)
block[::4096] = b"x" * len(block[::4096])
if os.fork() == 0:
    own = bytearray(80 * 1024 * 1024)
    own[::4096] = b"y" * len(own[::4096])
    time.sleep(1.5)
    os._exit(0)
time.sleep(1.5)
os.wait()
"""


def test_the_tree_counts_a_forked_child_and_its_shared_pages_once():
    process = subprocess.Popen([sys.executable, "-c", HOLD_IN_TWO])
    with TreeMemory(process.pid, interval=0.1) as seen:
        process.wait()
    # 80 MB shared by the fork (counted once) + 80 MB the child filled: about 160, not 240.
    assert 150 <= seen.peak_mb < 220


def test_a_process_that_is_gone_holds_nothing():
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    assert tree_pss_kib(process.pid) == 0
