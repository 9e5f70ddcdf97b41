"""The benchmark runner: builds the workloads, times whole processes of mentorkit and of their
baselines in the same run, alternating, and prints every target as a ratio with PASS or FAIL.

    python benchmarks/run.py                 every target, 5 runs each
    python benchmarks/run.py --runs 9 --only check-large,status-region
    python benchmarks/run.py --markdown      the table for the README
    python benchmarks/run.py --tiny --runs 1 the same targets on tiny workloads (the test suite's)

Needs the bench extra (`pip install -e ".[bench]"`): PyYAML for the bare-load baseline and
check-jsonschema for the small-repository one. A target whose command or baseline is missing is
reported as SKIP with the reason. Exit status: 0 when nothing failed, 1 when a target failed.

Before measuring, mentorkit's modules are compiled to bytecode and every mentorkit command is run
once unmeasured, to warm its cache of compiled code (mentorkit.codecache: regular expressions,
data class methods, annotations), as an installed copy has both from its second run on. The cache
is kept in the work folder (`<work>/code-cache`), not in the home of whoever runs the benchmarks,
unless MENTORKIT_CACHE is set (`MENTORKIT_CACHE=off` measures without it).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

TODAY = "2024-01-20"


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float
    cpu: float = 0.0
    """User and system time of the process and of the children it waited for."""


@dataclass
class Target:
    name: str
    title: str
    command: list[str]
    baseline: list[str]
    limit: float
    baseline_title: str
    memory_mb: float | None = None
    before_each: Callable[[], None] | None = None
    skip: str | None = None
    runs: list[Run] = field(default_factory=list)
    baseline_runs: list[Run] = field(default_factory=list)
    error: str | None = None

    @property
    def ratio(self) -> float:
        return _median(self.runs) / _median(self.baseline_runs)

    @property
    def peak_mb(self) -> float:
        return max(run.peak_mb for run in self.runs)

    @property
    def result(self) -> str:
        if self.skip:
            return "SKIP"
        if self.error:
            return "ERROR"
        if self.ratio > self.limit:
            return "FAIL"
        if self.memory_mb is not None and self.peak_mb > self.memory_mb:
            return "FAIL"
        return "PASS"


def _median(runs: Sequence[Run]) -> float:
    return statistics.median(run.seconds for run in runs)


def _mentorkit() -> list[str]:
    script = Path(sys.executable).with_name("mentorkit")
    return [str(script)] if script.exists() else [sys.executable, "-m", "mentorkit"]


def _measure(command: list[str], cwd: Path) -> Run:
    """One whole process: wall time from start to exit, and its peak resident memory."""
    env = {**os.environ, "NO_COLOR": "1"}
    probe = [sys.executable, "-S", str(HERE / "measure.py"), *command]
    done = subprocess.run(probe, cwd=cwd, capture_output=True, text=True, env=env)
    try:
        figures = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        figures = {"exit": done.returncode}
    if done.returncode != 0 or figures["exit"] not in (0, 1):
        tail = done.stderr.strip().splitlines()[-3:]
        raise RuntimeError(f"exit {figures['exit']}: {' '.join(command)}: {' / '.join(tail)}")
    return Run(figures["seconds"], figures["peak_kb"] / 1024, figures.get("cpu", 0.0))


def _available(command: list[str]) -> bool:
    try:
        done = subprocess.run(command, capture_output=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def _yaml_files(*roots: Path) -> list[str]:
    return sorted(str(p) for root in roots for p in root.rglob("*.yaml"))


def _sizes(tiny: bool) -> dict[str, generate.Size]:
    if tiny:
        t = generate.SIZES["tiny"]
        return {
            "small": t,
            "large": t,
            "huge": generate.Size(24, 8, 24, 2),
            "region": t,
            "render": generate.Size(10, 4, 12, 1),
            "pairs": generate.Size(4, 5, 12, 2),
        }
    return {
        "small": generate.SIZES["small"],
        "large": generate.SIZES["large"],
        "huge": generate.SIZES["huge"],
        "region": generate.SIZES["small"],
        "render": generate.Size(300, 20, 80, 1),
        "pairs": generate.Size(60, 100, 250, 2),
    }


def build(work: Path, tiny: bool) -> list[Target]:
    """Write every workload under `work` and return the targets over them."""
    sizes = _sizes(tiny)
    for name in ("small", "large", "huge", "render", "pairs"):
        if not (work / name / "mentorkit.yaml").exists():
            generate.write_repository(work / name, sizes[name])
    region = work / "region"
    if not region.exists():
        generate.write_region(region, 3 if tiny else 500, sizes["region"])
    largest_example = _largest_example()
    py = sys.executable
    mk = _mentorkit()
    base = [py, str(HERE / "baselines.py")]
    schema = work / "object.schema.json"
    schema.write_text('{"type": "object"}', encoding="utf-8")
    out = work / "out"
    out.mkdir(exist_ok=True)

    cols_plan, cols_pairs = 4, 5
    plan_template, pairs_template = work / "plan-template.docx", work / "pairs-template.docx"
    if not plan_template.exists():
        subprocess.run([*base, "template", str(plan_template), str(cols_plan)], check=True)
        subprocess.run([*base, "template", str(pairs_template), str(cols_pairs)], check=True)

    check_jsonschema = Path(py).with_name("check-jsonschema")
    has_pyyaml = _available([py, "-c", "import yaml; yaml.CSafeLoader"])
    no_pyyaml = None if has_pyyaml else 'нет PyYAML с C-загрузчиком: pip install -e ".[bench]"'

    edit_roadmap = work / "large" / "roadmaps" / "2023-2024.yaml"
    pristine = work / "large-roadmap.yaml"
    if not pristine.exists():
        shutil.copyfile(edit_roadmap, pristine)

    def restore() -> None:
        shutil.copyfile(pristine, edit_roadmap)

    has_done = _available([*mk, "done", "--help"])
    has_meeting = _available([*mk, "meeting", "--help"])
    render_items = sizes["render"].items
    pair_count = sizes["pairs"].pairs
    targets = [
        Target(
            "startup-version",
            "mentorkit --version",
            [*mk, "--version"],
            [py, "-c", "pass"],
            6.0,
            "python -c pass",
        ),
        Target(
            "startup-help",
            "mentorkit --help",
            [*mk, "--help"],
            [py, "-c", "pass"],
            6.0,
            "python -c pass",
        ),
        Target(
            "check-small",
            f"check {largest_example.name}",
            [*mk, "check", str(largest_example), "--today", TODAY],
            [str(check_jsonschema), "--schemafile", str(schema), *_yaml_files(largest_example)],
            0.8,
            "check-jsonschema {type: object}",
            skip=None
            if check_jsonschema.exists()
            else 'нет check-jsonschema: pip install -e ".[bench]"',
        ),
        Target(
            "check-large",
            f"check of {sizes['large'].items} items",
            [*mk, "check", str(work / "large"), "--today", TODAY, "--format", "json"],
            [*base, "load", *_yaml_files(work / "large")],
            2.0,
            "bare C load",
            skip=no_pyyaml,
        ),
        Target(
            "check-linear",
            f"check of {sizes['huge'].items} / {sizes['large'].items} items",
            [*mk, "check", str(work / "huge"), "--today", TODAY, "--format", "json"],
            [*mk, "check", str(work / "large"), "--today", TODAY, "--format", "json"],
            3.3,
            f"check of {sizes['large'].items} items",
        ),
        Target(
            "status-region",
            f"status of {3 if tiny else 500} organisations",
            [*mk, "status", str(region), "--today", TODAY],
            [*base, "load", *_yaml_files(region)],
            1.5,
            "bare C load, one process",
            memory_mb=1024,
            skip=no_pyyaml,
        ),
        Target(
            "render-plan",
            f"render plan of {render_items} items",
            [
                *mk,
                "render",
                "plan",
                str(work / "render" / "roadmaps" / "2023-2024.yaml"),
                "-o",
                str(out / "plan.docx"),
            ],
            [
                *base,
                "docx",
                str(plan_template),
                str(render_items),
                str(cols_plan),
                str(out / "plan-baseline.docx"),
            ],
            2.0,
            f"bare docxtpl, {render_items} rows",
        ),
        Target(
            "render-order",
            f"render order of {pair_count} pairs",
            [
                *mk,
                "render",
                "order",
                str(work / "pairs" / "orders" / "2023-150-pairs.yaml"),
                "-o",
                str(out / "order.docx"),
            ],
            [
                *base,
                "docx",
                str(pairs_template),
                str(pair_count),
                str(cols_pairs),
                str(out / "order-baseline.docx"),
            ],
            2.0,
            f"bare docxtpl, {pair_count} rows",
        ),
        Target(
            "edit-done",
            "done on the large roadmap",
            [
                *mk,
                "done",
                "1.1",
                "--date",
                TODAY,
                "--roadmap",
                str(edit_roadmap),
                "--repo",
                str(work / "large"),
            ],
            [*base, "roundtrip", str(edit_roadmap)],
            2.0,
            "round-trip load",
            before_each=restore,
            skip=None if has_done else "нет команды mentorkit done",
        ),
        Target(
            "edit-meeting",
            "meeting on the large pairs file",
            [*mk, "meeting", "1", "работа", "--date", TODAY, "--repo", str(work / "large")],
            [*base, "roundtrip", str(work / "large" / "pairs" / "2023-2024.yaml")],
            2.0,
            "round-trip load",
            skip=None if has_meeting else "нет команды mentorkit meeting",
        ),
    ]
    return targets


def _largest_example() -> Path:
    examples = [p for p in (HERE.parent / "roadmaps").iterdir() if p.is_dir()]
    return max(examples, key=lambda p: sum(f.stat().st_size for f in p.rglob("*.yaml")))


def compile_mentorkit() -> None:
    """Compile mentorkit's modules to bytecode, as installing a wheel does. An editable install
    has none until Python writes it, and under PYTHONDONTWRITEBYTECODE it never does: every run
    would compile the whole program again, a cost no installed copy has (the baselines'
    packages, installed from wheels, have their bytecode)."""
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import compileall, mentorkit, pathlib; "
            "compileall.compile_dir(pathlib.Path(mentorkit.__file__).parent, quiet=1)",
        ],
        check=False,
        capture_output=True,
    )


def warm_cache(targets: list[Target], work: Path) -> None:
    """Run every mentorkit command once, unmeasured: what it compiles goes to its cache of
    compiled code, as on any run after a user's first (mentorkit.codecache)."""
    env = {**os.environ, "NO_COLOR": "1"}
    for target in targets:
        if target.skip:
            continue
        if target.before_each:
            target.before_each()
        subprocess.run(target.command, cwd=work, capture_output=True, env=env, check=False)


def measure(targets: list[Target], runs: int, work: Path) -> None:
    for target in targets:
        if target.skip:
            continue
        try:
            for i in range(runs):
                pair = [(target.command, target.runs), (target.baseline, target.baseline_runs)]
                for command, into in pair if i % 2 == 0 else reversed(pair):
                    if target.before_each:
                        target.before_each()
                    into.append(_measure(command, work))
        except (RuntimeError, OSError) as error:
            target.error = str(error)
        print(f"  {target.name}: {target.result}", file=sys.stderr, flush=True)


def _spread(runs: list[Run]) -> str:
    seconds = sorted(run.seconds for run in runs)
    return f"{seconds[0]:.3f} / {statistics.median(seconds):.3f} / {seconds[-1]:.3f}"


def _cpu(runs: list[Run]) -> str:
    """The median CPU time: a second signal on a machine other programs load."""
    return f"{statistics.median(run.cpu for run in runs):.3f}"


def machine() -> str:
    return (
        f"{date.today().isoformat()}, {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}"
    )


def text_table(targets: list[Target], runs: int) -> str:
    lines = [f"mentorkit benchmarks: {machine()}, {runs} runs each, seconds min / median / max", ""]
    for t in targets:
        lines.append(f"{t.name:16} {t.result:5} {t.title}")
        if t.skip or t.error:
            lines.append(f"{'':16}       {t.skip or t.error}")
            continue
        lines.append(
            f"{'':16}       mentorkit {_spread(t.runs)}  peak {t.peak_mb:.0f} MB"
            f"  cpu {_cpu(t.runs)}"
        )
        lines.append(
            f"{'':16}       baseline  {_spread(t.baseline_runs)}  cpu {_cpu(t.baseline_runs)}"
            f"  ({t.baseline_title})"
        )
        memory = f", memory ≤ {t.memory_mb:.0f} MB" if t.memory_mb else ""
        lines.append(f"{'':16}       ratio {t.ratio:.2f} (limit {t.limit:g}{memory})")
    return "\n".join(lines)


def markdown_table(targets: list[Target], runs: int) -> str:
    lines = [
        f"Последний прогон: {machine()}, по {runs} запусков, медианы.",
        "",
        "| цель | mentorkit, с | база | база, с | отношение | предел | итог |",
        "|---|---|---|---|---|---|---|",
    ]
    for t in targets:
        if t.skip or t.error:
            lines.append(
                f"| {t.title} | — | {t.baseline_title} | — | — | {t.limit:g} | "
                f"{t.result}: {t.skip or t.error} |"
            )
            continue
        memory = f", пик {t.peak_mb:.0f} МБ" if t.memory_mb else ""
        lines.append(
            f"| {t.title} | {_median(t.runs):.3f}{memory} | {t.baseline_title} | "
            f"{_median(t.baseline_runs):.3f} | {t.ratio:.2f} | {t.limit:g} | {t.result} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", help="comma-separated target names")
    parser.add_argument("--tiny", action="store_true", help="tiny workloads (for the tests)")
    parser.add_argument("--work", type=Path, help="keep the workloads here (reused if present)")
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="mentorkit-bench-") as temporary:
        work = args.work or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        # every mentorkit run from here on, the probes of build() too, keeps its cache here
        os.environ.setdefault("MENTORKIT_CACHE", str((work / "code-cache").resolve()))
        print(f"building workloads in {work}", file=sys.stderr, flush=True)
        targets = build(work, args.tiny)
        if args.only:
            wanted = set(args.only.split(","))
            targets = [t for t in targets if t.name in wanted]
        compile_mentorkit()
        warm_cache(targets, work)
        measure(targets, max(1, args.runs), work)
    print(markdown_table(targets, args.runs) if args.markdown else text_table(targets, args.runs))
    if args.json:
        args.json.write_text(
            json.dumps(
                [
                    {
                        "name": t.name,
                        "result": t.result,
                        "skip": t.skip,
                        "error": t.error,
                        "limit": t.limit,
                        "seconds": [r.seconds for r in t.runs],
                        "baseline_seconds": [r.seconds for r in t.baseline_runs],
                        "peak_mb": [r.peak_mb for r in t.runs],
                    }
                    for t in targets
                ],
                ensure_ascii=False,
                indent=1,
            ),
            encoding="utf-8",
        )
    return 1 if any(t.result in ("FAIL", "ERROR") for t in targets) else 0


if __name__ == "__main__":
    sys.exit(main())
