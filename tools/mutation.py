"""Mutation testing of the deadline reader or the checks (mutmut), on their own fast tests,
whole or sampled.

`mutmut run` (configured in pyproject.toml) mutates the checks and the deadline reader and runs,
for each mutant, every test of the suite that reaches the mutated function: hours for the 5,384
mutants of `deadlines/`, where the hostile harness and the CLI tests reach nearly every function.
This script runs mutmut with the same settings except these: one folder is mutated (`--target`),
only its in-process tests are collected, property tests get at most 25 examples, drawn the same
way each time, and the fastest tests run first; a mutant survives only if those tests miss it.

    python tools/mutation.py                    # every mutant of deadlines/
    python tools/mutation.py --sample 800       # a random sample (seed 1), with a 95 % interval
    python tools/mutation.py --recheck          # import-time survivors again, in fresh processes
    python tools/mutation.py --report           # the figures of the last run, no new run
    python tools/mutation.py --rerun            # the sample's survivors and timeouts again
    python tools/mutation.py --target checks --sample 600

The sample is drawn with a fixed seed from the sorted names, so the same code gives the same
sample; the interval is Wilson's score interval for the proportion killed.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

# every deadline test file (each round added one: a fixed list missed the red-team and later rounds)
DEADLINE_TESTS = [
    *sorted(
        f"tests/{p.name}"
        for p in (Path(__file__).parents[1] / "tests").glob("test_deadline*.py")
        # re-types and re-reads the whole corpus (about 40 s): too slow to run per mutant
        if p.name != "test_deadline_metamorphic.py"
    ),
    "tests/test_progress.py",
    # the lazy readings (a window of the occurrences): the only tests of `recur._repeat` with a
    # span (found by the sample of commit ae5d8cc)
    "tests/test_lazy_occurrences.py",
]
# the checks' tests that run in-process; test_polish_messages and most of the CLI tests start
# commands and would add minutes per mutant; the one render inside test_consent_agreement too
CHECK_TESTS = [
    "tests/test_check_messages.py",
    "tests/test_check_mutants.py",
    "tests/test_data_cases.py",
    "tests/test_deadline_check.py",
    "tests/test_consent_agreement.py",
    "tests/test_messages.py",
    "tests/test_reliability_findings.py",
    "tests/test_examples.py",
    "tests/test_could_name.py",
    "--deselect",
    "tests/test_consent_agreement.py::test_check_reports_every_sentence_render_refuses",
]
TARGETS = {
    "deadlines": (["src/mentorkit/deadlines/*"], DEADLINE_TESTS),
    "checks": (["src/mentorkit/checks/*"], CHECK_TESTS),
}
# property tests run with at most this many examples per mutant (300–500 in the suite): fewer
# examples can only let a mutant survive that more would kill, so the score errs low, not high
EXAMPLES_PER_MUTANT = int(os.environ.get("MENTORKIT_MUTATION_EXAMPLES", "25"))
# the target is passed on to the processes this script starts through the environment
TARGET = os.environ.get("MENTORKIT_MUTATION_TARGET", "deadlines")
SAMPLE_FILE = Path("mutants") / f"{TARGET}-sample.json"
FRESH_FILE = Path("mutants") / f"{TARGET}-fresh.json"
FRESH_TIMEOUT = 600


class CheaperRun:
    """A pytest plugin for every run mutmut starts: property tests with fewer examples, drawn
    the same way each time, and the fastest tests first (mutmut stops at the first failure)."""

    def pytest_collection_modifyitems(self, items: list[Any]) -> None:
        from hypothesis import settings
        from mutmut.state import state

        for item in items:
            test = getattr(item, "obj", None)
            current = getattr(test, "_hypothesis_internal_use_settings", None)
            if current is not None and not getattr(test, "_mutation_capped", False):
                # read by hypothesis when the test is called, so it can be replaced here; no
                # database (children share it) and derandomized: a mutant's verdict repeats
                test._hypothesis_internal_use_settings = settings(  # type: ignore[union-attr]
                    current,
                    max_examples=min(current.max_examples, EXAMPLES_PER_MUTANT),
                    database=None,
                    derandomize=True,
                )
                test._mutation_capped = True  # type: ignore[union-attr]
        durations = state().duration_by_test
        items.sort(key=lambda item: durations.get(item.nodeid, 0.0))


def configure() -> None:
    """Replace mutmut's configuration by the deadline-only one, before mutmut reads it."""
    from mutmut import configuration
    from mutmut.runners.harness import PytestRunner

    plain = PytestRunner.execute_pytest

    def execute_pytest(self: PytestRunner, params: list[str], **kwargs: Any) -> int:
        kwargs["plugins"] = [*kwargs.get("plugins", []), CheaperRun()]
        return plain(self, params, **kwargs)

    PytestRunner.execute_pytest = execute_pytest  # type: ignore[method-assign]

    base = configuration._load_config()
    configuration._config = dataclasses.replace(
        base,
        only_mutate=TARGETS[TARGET][0],
        pytest_add_cli_args_test_selection=list(TARGETS[TARGET][1]),
        # mutmut passes the ids of the tests that reach a mutant back to pytest; ids of Russian
        # deadline texts are escaped (\\u0441…) and then not found, so they are kept as they are
        pytest_add_cli_args=[
            *base.pytest_add_cli_args,
            "-o",
            "disable_test_id_escaping_and_forfeit_all_rights_to_community_support=true",
        ],
    )


def all_mutant_names() -> list[str]:
    """Generate the mutants (as `mutmut run` does first) and list their names."""
    from mutmut import __main__ as mm

    os.makedirs("mutants", exist_ok=True)
    mm.set_mutant_under_test("mutant_generation")
    mm.copy_src_dir()
    mm.copy_also_copy_files()
    mm.setup_source_paths()
    mm.store_lines_covered_by_tests()
    mm.create_mutants(os.cpu_count() or 2)
    mutants, _ = mm.collect_source_file_mutation_data(mutant_names=())
    return sorted(name.replace("__init__.", "") for _, name, _ in mutants)


def wilson(killed: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson's score interval for killed/total (95 % by default)."""
    if total == 0:
        return 0.0, 1.0
    p = killed / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return max(0.0, centre - half), min(1.0, centre + half)


def results() -> dict[str, str]:
    """The status of every mutant of the target (``not checked`` before it is run)."""
    from mutmut import __main__ as mm

    mutants, _ = mm.collect_source_file_mutation_data(mutant_names=())
    return {
        name.replace("__init__.", ""): mm.status_by_exit_code[code] for _, name, code in mutants
    }


def import_time_functions() -> set[str]:
    """The mutated functions that run while the code and the tests are imported and collected.

    mutmut imports everything once and forks a child per mutant, so such a function has already
    run, unmutated, when the child picks its mutant: its mutants can only survive there (the
    vocabulary tables of `deadlines/` are built so). They are rechecked in a fresh process.
    """
    probe = f"""
import json, sys
sys.path[:0] = ["src", "."]
from mutmut.mutation import trampoline
hits = set()
def spy():
    found = sys._getframe(1).f_locals.get("orig_func")
    if found is not None:
        hits.add(found.__module__ + "." + found.__name__.removesuffix("__mutmut_orig"))
    return ""
trampoline.get_mutant_under_test = spy
import pytest
pytest.main(["-qq", "--collect-only", "-p", "no:cacheprovider", *{TARGETS[TARGET][1]!r}])
open("import-time.json", "w").write(json.dumps(sorted(hits)))
"""
    subprocess.run([sys.executable, "-c", probe], cwd="mutants", check=True, capture_output=True)
    path = Path("mutants") / "import-time.json"
    return set(json.loads(path.read_text()))


def recheck(names: list[str]) -> None:
    """Run the survivors among `names` whose function runs at import again, each in a fresh
    process with the mutant chosen before anything is imported; keep the verdicts apart."""
    status = results()
    early = import_time_functions()
    fresh: dict[str, str] = json.loads(FRESH_FILE.read_text()) if FRESH_FILE.exists() else {}
    for name in names:
        if status[name] != "survived" or name.rpartition("__mutmut_")[0] not in early:
            continue
        if fresh.get(name) in ("killed", "timeout"):
            continue  # already rechecked on this code
        env = dict(os.environ, MUTANT_UNDER_TEST=name, PYTHONPATH=os.pathsep.join(["src", "."]))
        command = [sys.executable, "tools/mutation.py", "--fresh-pytest"]
        try:
            code = subprocess.run(
                command, cwd="mutants", env=env, capture_output=True, timeout=FRESH_TIMEOUT
            ).returncode
            # 1: a test failed; 2: collection failed (the mutant breaks an import)
            verdict = {0: "survived", 1: "killed", 2: "killed"}.get(code, f"exit {code}")
        except subprocess.TimeoutExpired:
            verdict = "timeout"
        fresh[name] = verdict
        print(f"    {name}: {verdict} in a fresh process", flush=True)
        FRESH_FILE.write_text(json.dumps(fresh, indent=1, ensure_ascii=False))


def fresh_pytest() -> int:
    """The target's tests in this process (the mutant is chosen by the environment)."""
    import pytest

    arguments = ["-x", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", *TARGETS[TARGET][1]]
    escaping = "disable_test_id_escaping_and_forfeit_all_rights_to_community_support=true"
    return int(pytest.main([*arguments, "-o", escaping], plugins=[CheaperRun()]))


def report(chunks: list[list[str]] | None, population: int | None) -> None:
    """Print the status counts, the score and its interval, and the survivors.

    With a sample, only the chunks run to the end count: mutmut runs the fast mutants of a chunk
    first, so half a chunk would favour the quickly killed ones.
    """
    status = results()
    fresh: dict[str, str] = json.loads(FRESH_FILE.read_text()) if FRESH_FILE.exists() else {}
    for name, verdict in fresh.items():
        if status.get(name) == "survived" and verdict in ("killed", "timeout"):
            status[name] = f"{verdict} (fresh process)"
    if chunks is None:
        names = list(status)
    else:
        names = []
        for chunk in chunks:
            if any(status[name] == "not checked" for name in chunk):
                break
            names += chunk
    counts: dict[str, int] = {}
    for name in names:
        counts[status[name]] = counts.get(status[name], 0) + 1
    tried = sum(n for s, n in counts.items() if s != "not checked")
    killed = sum(n for s, n in counts.items() if s.startswith(("killed", "timeout")))
    print(json.dumps(counts, ensure_ascii=False, sort_keys=True))
    if population is not None:
        print(f"a random sample of {len(names)} mutants out of {population}")
    if tried:
        low, high = wilson(killed, tried)
        print(
            f"killed {killed} of {tried}: {100 * killed / tried:.1f} % "
            f"(95 % interval {100 * low:.1f}–{100 * high:.1f} %)"
        )
    for name in sorted(names):
        if not status[name].startswith(("killed", "timeout", "not checked")):
            print(f"    {name}: {status[name]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=0, help="mutants drawn at random (0: all)")
    parser.add_argument("--chunk", type=int, default=50, help="mutants of a sample run at once")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-children", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--report", action="store_true", help="only print the last run's figures")
    parser.add_argument(
        "--recheck",
        action="store_true",
        help="survivors whose function runs at import: again, each in a fresh process",
    )
    parser.add_argument(
        "--rerun",
        action="store_true",
        help="the sample's survivors and timeouts again (after new tests), with mutmut as before",
    )
    parser.add_argument("--target", choices=sorted(TARGETS), default=TARGET)
    parser.add_argument("--run-chunk", type=int, default=-1, help=argparse.SUPPRESS)
    parser.add_argument("--fresh-pytest", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.target != TARGET:
        # this script again, with the target in the environment its constants are read from
        env = dict(os.environ, MENTORKIT_MUTATION_TARGET=args.target)
        command = [sys.executable, __file__, *(a for a in sys.argv[1:] if a != args.target)]
        command = [a for a in command if not a.startswith("--target")]
        return subprocess.run(command, env=env, check=False).returncode
    if args.fresh_pytest:
        return fresh_pytest()
    configure()
    from mutmut import __main__ as mm

    if args.run_chunk >= 0:
        stored = json.loads(SAMPLE_FILE.read_text())
        mm._run(stored["chunks"][args.run_chunk], args.max_children)
        return 0
    if args.rerun:
        stored = json.loads(SAMPLE_FILE.read_text())
        status = results()
        drawn = [name for chunk in stored["chunks"] for name in chunk]
        # timeouts too: on a loaded machine a slow survivor can run out of its time
        again = [name for name in drawn if status[name] in ("survived", "no tests", "timeout")]
        mm._run(again, args.max_children)
        args.recheck = True  # the import-time ones are only honest in a fresh process
    if args.report or args.recheck:
        stored = json.loads(SAMPLE_FILE.read_text()) if SAMPLE_FILE.exists() else None
        if args.recheck:
            drawn = [name for chunk in stored["chunks"] for name in chunk] if stored else None
            recheck(sorted(results()) if drawn is None else drawn)
        report(stored and stored["chunks"], stored and stored["population"])
        return 0
    names = all_mutant_names()
    population = len(names)
    if not args.sample or args.sample >= population:
        SAMPLE_FILE.unlink(missing_ok=True)
        print(f"{population} mutants of {TARGET}/", flush=True)
        mm._run([], args.max_children)
        report(None, None)
        return 0
    # a random order, cut in chunks: each chunk run whole is itself a random sample, so the run
    # can stop after any chunk and still measure honestly
    drawn = random.Random(args.seed).sample(names, args.sample)
    chunks = [drawn[i : i + args.chunk] for i in range(0, len(drawn), args.chunk)]
    SAMPLE_FILE.write_text(json.dumps({"population": population, "chunks": chunks}))
    FRESH_FILE.unlink(missing_ok=True)  # verdicts of another sample or another code
    for index in range(len(chunks)):
        print(f"chunk {index + 1} of {len(chunks)} ({population} mutants in all)", flush=True)
        subprocess.run(
            [
                sys.executable,
                __file__,
                "--run-chunk",
                str(index),
                "--max-children",
                str(args.max_children),
            ],
            check=True,
        )
    report(chunks, population)
    return 0


if __name__ == "__main__":
    sys.exit(main())
