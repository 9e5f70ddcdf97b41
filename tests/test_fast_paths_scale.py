"""The fast paths give the same answers as the slow ones, on every example repository and every
test case: the YAML reader on PyYAML's C composer (`fastyaml`) and ruamel's composer with the
fast resolver against ruamel's composer with its own resolver, and status/report over many
organisations on a process pool against one organisation after another in this process.

Not timed: what is compared is the result, to the last problem and figure.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from mentorkit.check import check
from mentorkit.load import fastyaml, yamlfile
from mentorkit.load.yamlfile import decode, line_col, parse_yaml
from mentorkit.report.status import print_table, status_json, to_markdown
from mentorkit.status import StatusResult, pool, status, summary_of
from mentorkit.status.monitoring import Span, report
from tests.conftest import DATA, EXAMPLES, overlay, text_console
from tests.test_hostile import CASES, build

TODAY = date(2024, 1, 20)


@pytest.fixture(autouse=True)
def _pyyaml_loaded() -> None:
    """PyYAML's composer reads small files too once it is loaded (by a region's status, or
    here): every file below is then read by both."""
    assert fastyaml.warm()


def test_a_small_file_alone_stays_on_ruamel(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fastyaml, "_tried", False)
    monkeypatch.setattr(fastyaml, "_composer", None)
    assert not fastyaml.available("a: 1\n")
    assert fastyaml.available("a: 1\n" * (fastyaml.FAST_FROM // 5 + 1))


def _slow_composer() -> YAML:
    """The loader as it was: ruamel's resolver, making a tag for every scalar."""
    return YAML(typ="safe", pure=False)


def _cases() -> list[Path]:
    return sorted(p for kind in ("valid", "invalid") for p in (DATA / kind).iterdir() if p.is_dir())


def _hostile() -> list[Any]:
    return [c for c in CASES if not (c.heavy or c.fifos or c.sockets)]


def _repositories(into: Path) -> list[Path]:
    """Every example repository, the base one, and every data case laid over it, as copies."""
    repos = []
    for example in sorted(p for p in EXAMPLES.iterdir() if (p / "mentorkit.yaml").exists()):
        repos.append(Path(shutil.copytree(example, into / f"example-{example.name}")))
    repos.append(Path(shutil.copytree(DATA / "base", into / "base")))
    for case in _cases():
        repos.append(overlay(case, into / f"{case.parent.name}-{case.name}"))
    return repos


def _problems(repo: Path) -> list[tuple[str, str, str]]:
    return [(p.code, str(p.location), p.message) for p in check([repo], TODAY).problems]


def _both(repo: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    fast = _problems(repo)
    with monkeypatch.context() as slow:
        slow.setattr(yamlfile, "composer", _slow_composer)
        slow.setattr(yamlfile, "fast_reader", lambda: False)
        return fast, _problems(repo)


def test_the_slow_loader_is_really_the_other_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """The comparison means something only if the two loaders differ in how they work."""
    assert yamlfile.composer().Resolver is not YAML(typ="safe", pure=False).Resolver
    text = "a: yes\nb: 0o17\nc: 2024-01-20\n"
    assert fastyaml.available(text) and yamlfile.fast_reader()
    node = fastyaml.compose(text)
    assert type(node).__module__ == "yaml.nodes"  # PyYAML's, not ruamel's
    monkeypatch.setattr(yamlfile, "composer", _slow_composer)
    monkeypatch.setattr(yamlfile, "fast_reader", lambda: False)
    parsed, _ = parse_yaml(text, "x.yaml")
    assert parsed is not None and parsed.data == {"a": "yes", "b": 15, "c": "2024-01-20"}


def test_a_directive_is_read_by_ruamel() -> None:
    """`%YAML 1.1` means nothing to ruamel with its C parser (it reads 1.2): the fast reader
    leaves such a file to it rather than to a libyaml of another version."""
    text = "%YAML 1.1\n---\na: yes\n"
    assert not fastyaml.available(text)
    parsed, problems = parse_yaml(text, "x.yaml")
    assert parsed is not None and parsed.data == {"a": "yes"} and not problems


def test_examples_and_data_cases_same_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repos = _repositories(tmp_path)
    assert len(repos) > 50
    for repo in repos:
        fast, slow = _both(repo, monkeypatch)
        assert fast == slow, repo.name


@pytest.mark.parametrize("case", _hostile(), ids=lambda c: c.name)
def test_hostile_cases_same_problems(
    case: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    place = build(case, tmp_path)
    fast, slow = _both(place.repo, monkeypatch)
    assert fast == slow


def _yaml_files() -> list[Path]:
    roots = (DATA, EXAMPLES)
    return sorted(p for root in roots for p in root.rglob("*") if p.suffix in (".yaml", ".yml"))


def test_every_yaml_file_reads_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """Data, the position of every key and value, and the problems, of every YAML file of the
    tests and the examples (the hostile ones written by hand among them)."""
    files = _yaml_files()
    assert len(files) > 100
    compared = 0
    for path in files:
        text, _ = decode(path.read_bytes(), path.name)
        if text is None:
            continue
        fast = parse_yaml(text, path.name)
        with monkeypatch.context() as ruamel:
            ruamel.setattr(yamlfile, "fast_reader", lambda: False)
            on_ruamel = parse_yaml(text, path.name)
            ruamel.setattr(yamlfile, "composer", _slow_composer)
            slow_result = parse_yaml(text, path.name)
        assert _read(fast) == _read(slow_result), path
        assert _read(on_ruamel) == _read(slow_result), path
        compared += 1
    assert compared > 100


TRICKY = (
    "a: &x {b: 1, c: [2, 3]}\nd: *x\ne:\n  <<: *x\n  b: 9\n",
    "e:\n  b: 9\n  <<: [{b: 1, f: 2}, {g: 3}]\n",
    "a: 1\na: 2\n? [x, y]\n: 3\n~: 4\nnull: 5\n1_000: 6\n0x1f: 7\n",
    "a: !!str 5\nb: !!int x\nc: ! 5\nd: !custom [1]\ne: !!null ''\nf: !!bool no\n",
    "a: yes\nb: NO\nc: .inf\nd: -1.5e3\ne: 0o17\nf: 017\ng: 1:20\nh: ''\ni:\n",
    "\ufeffa: б\r\nb: 'в'\r\n",
    "- a\n- b: 1\n  c: [x, {d: e}]\n- - 1\n  - 2\n",
    "a: &a [*a]\n",
    "a: *nope\n",
    "a: &x 1\nb: &x 2\n",
    "a: 'б\n",
    "a: b: c\n",
    "a:\n\t- b\n",
    "a: \x07\n",
    "--- a\n--- b\n",
    "a: [1, 2\n",
    "key\nb: 1\n",
    'a: "x" y\n',
    "# только комментарий\n",
    "a: |\n  строка\n  ещё\nb: >-\n  сложено\n",
)


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_texts_read_the_same(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Anchors, merges (before and after the keys they fill), duplicate and odd keys, tags,
    1.1-only scalars, a BOM and CRLF, self-reference and every kind of syntax error."""
    assert fastyaml.available(text)
    fast = parse_yaml(text, "x.yaml")
    monkeypatch.setattr(yamlfile, "fast_reader", lambda: False)
    monkeypatch.setattr(yamlfile, "composer", _slow_composer)
    assert _read(fast) == _read(parse_yaml(text, "x.yaml"))


def test_an_alias_bomb_stops_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 7)]
    text = "\n".join(lines) + "\n"
    fast = parse_yaml(text, "x.yaml")
    assert fast[0] is None and fast[1][0].code == "MK007"
    monkeypatch.setattr(yamlfile, "fast_reader", lambda: False)
    assert _read(fast) == _read(parse_yaml(text, "x.yaml"))


def _read(result: tuple[yamlfile.YamlFile | None, list[Any]]) -> Any:
    parsed, problems = result
    if parsed is None:
        return None, problems
    positions = parsed.positions
    keys = {path: line_col(place) for path, place in positions.keys.items()}
    values = {path: line_col(place) for path, place in positions.values.items()}
    return parsed.data, keys, values, problems


def test_status_and_report_on_a_pool_same_as_one_by_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    region = tmp_path / "region"
    region.mkdir()
    _repositories(region)
    span = Span(date(2023, 9, 1), TODAY)
    told: list[tuple[int, int]] = []

    monkeypatch.setattr(pool, "workers", lambda count: 2)
    on_pool = status([region], TODAY, progress=lambda done, total: told.append((done, total)))
    pool_report = report(region, span, TODAY)

    monkeypatch.setattr(pool, "workers", lambda count: 1)
    one_by_one = status([region], TODAY)
    serial_report = report(region, span, TODAY)

    assert len(on_pool.organizations) > 50
    assert on_pool == one_by_one
    assert pool_report == serial_report
    total = len(on_pool.organizations)
    assert told == [(n, total) for n in range(1, total + 1)]

    # The district's table and Markdown count only the rows (`detail=False`): the same rows,
    # totals, attention and text as from every organisation's whole figures.
    monkeypatch.setattr(pool, "workers", lambda count: 2)
    rows = status([region], TODAY, detail=False)
    assert rows.organizations == () and not rows.detailed
    assert rows.summaries == tuple(summary_of(org) for org in on_pool.organizations)
    assert rows == replace(on_pool, organizations=())
    assert to_markdown(rows) == to_markdown(on_pool)
    assert _table(rows) == _table(on_pool)
    with pytest.raises(ValueError):
        status_json(rows)


def _table(result: StatusResult) -> str:
    console, out = text_console()
    print_table(result, console)
    return out.getvalue()


def test_workers_one_per_core_and_serial_for_few(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(pool.WORKERS_VARIABLE, raising=False)
    assert pool.workers(1) == 1
    assert pool.workers(pool.MIN_PARALLEL - 1) == 1
    assert 1 <= pool.workers(500) <= 500
    monkeypatch.setenv(pool.WORKERS_VARIABLE, "1")
    assert pool.workers(500) == 1
    monkeypatch.setenv(pool.WORKERS_VARIABLE, "нет")
    assert pool.workers(500) >= 1


def test_an_error_in_a_worker_reaches_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool, "workers", lambda count: 2)
    with pytest.raises(ZeroDivisionError):
        pool.each(_reciprocal, [1, 2, 0, 4, 5])
    assert pool.each(_reciprocal, [1, 2, 4, 5]) == [1.0, 0.5, 0.25, 0.2]


def _reciprocal(n: int) -> float:
    return 1 / n
