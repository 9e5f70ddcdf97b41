"""`check --format junit` and `--format sarif`, validated against the published schemas."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from lxml import etree

from tests.conftest import DATA, run

SCHEMAS = DATA / "schemas"


def _break(repo: Path) -> None:
    path = repo / "roadmaps/2023-2024.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("        deadline: Октябрь", "        dedline: Октябрь"), "utf-8")


def _junit(text: str) -> etree._Element:
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "junit-10.xsd")))
    document = etree.fromstring(text.encode("utf-8"))
    schema.assertValid(document)
    return document


def test_junit_failures_are_errors(base_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _break(base_repo)
    code, out, _ = run(
        capsys, "check", str(base_repo), "--today", "2024-06-10", "--format", "junit"
    )
    assert code == 1
    root = _junit(out)
    suite = root.find("testsuite")
    assert suite is not None
    failures = suite.findall("testcase/failure")
    assert [(f.get("type"), f.getparent().get("classname")) for f in failures] == [
        ("MK101", "roadmaps/2023-2024.yaml")
    ]
    assert failures[0].get("message") == "неизвестное поле «dedline» — возможно, «deadline»?"
    assert suite.get("failures") == "1"
    cases = suite.findall("testcase")
    assert suite.get("tests") == str(len(cases))
    # A warning is shown but passes; with --strict it fails.
    warning = [c for c in cases if "MK709" in c.get("name", "")]
    assert warning and warning[0].find("failure") is None
    assert "MK709" in (warning[0].findtext("system-out") or "")
    code, out, _ = run(
        capsys, "check", str(base_repo), "--today", "2024-06-10", "--format", "junit", "--strict"
    )
    # Every warning fails with --strict (the other items of the roadmap are still checked).
    warnings = [c for c in cases if c.find("failure") is None and "MK7" in c.get("name", "")]
    failed = _junit(out).find("testsuite").get("failures")  # type: ignore[union-attr]
    assert int(failed or 0) >= 1 + len(warning) and int(failed or 0) <= 1 + len(warnings)


def test_junit_of_a_clean_repository(base_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "check", str(base_repo), "--today", "2024-01-20", "--format", "junit"
    )
    assert code == 0
    names = [c.get("name") for c in _junit(out).iter("testcase")]
    assert names == [
        "mentorkit.yaml: проблем нет",
        "people.yaml: проблем нет",
        "roadmaps/2023-2024.yaml: проблем нет",
        "pairs/2023-2024.yaml: проблем нет",
        "orders/10.yaml: проблем нет",
        "orders/11.yaml: проблем нет",
    ]


def _sarif(text: str) -> dict[str, object]:
    schema = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    data = json.loads(text)
    jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(data)
    return data  # type: ignore[no-any-return]


def test_sarif(
    base_repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _break(base_repo)
    monkeypatch.chdir(base_repo.parent)
    code, out, _ = run(
        capsys, "check", "repo", "--today", "2024-06-10", "--format", "sarif", "--ignore", "MK99"
    )
    assert code == 1
    log = _sarif(out)
    run_ = log["runs"][0]  # type: ignore[index]
    rules = run_["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted({r["id"] for r in rules})
    results = run_["results"]
    first = next(r for r in results if r["ruleId"] == "MK101")
    assert first["level"] == "error"
    assert first["message"]["text"] == "неизвестное поле «dedline» — возможно, «deadline»?"
    assert first["locations"] == [
        {
            "physicalLocation": {
                "artifactLocation": {"uri": "repo/roadmaps/2023-2024.yaml"},
                "region": {"startLine": 17, "startColumn": 9},
            }
        }
    ]
    assert rules[first["ruleIndex"]]["id"] == "MK101"
    # A problem of the command line, not of a file, has no location.
    bad_ignore = next(r for r in results if r["ruleId"] == "MK901")
    assert "locations" not in bad_ignore
    assert {r["level"] for r in results} >= {"error", "warning"}


def test_sarif_of_a_clean_repository(base_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "check", str(base_repo), "--today", "2024-01-20", "--format", "sarif"
    )
    assert code == 0
    assert _sarif(out)["runs"][0]["results"] == []  # type: ignore[index]


def test_a_broken_report_fails_the_schemas() -> None:
    with pytest.raises(etree.DocumentInvalid):
        _junit('<testsuites><testsuite name="x"/></testsuites>')
    with pytest.raises(jsonschema.ValidationError):
        _sarif('{"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]}')
