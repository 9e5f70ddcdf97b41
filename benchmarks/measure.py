"""Run one command and print its wall time and peak memory as JSON: `measure.py CMD…`.

The runner does not start the command itself: a child's peak memory on Linux includes the memory
of the process it was forked from, and the runner is several times larger than a small command.
This process is as small as Python gets (it runs with -S), so its share is below any figure
measured.
"""

import json
import os
import subprocess
import sys
import time


def main() -> None:
    start = time.perf_counter()
    process = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime  # with the workers of a process pool, waited for
    figures = {"seconds": seconds, "cpu": cpu, "peak_kb": usage.ru_maxrss}
    print(json.dumps({**figures, "exit": process.returncode}))


if __name__ == "__main__":
    main()
