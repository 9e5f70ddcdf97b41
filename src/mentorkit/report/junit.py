"""`mentorkit check --format junit`: the problems as a JUnit XML report, which GitLab shows in a
merge request's «Tests» tab. Each problem is a test case that fails if it fails the check (an
error; a warning too with --strict); a file without problems is a test case that passes."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from mentorkit.check import CheckResult
from mentorkit.problems import Severity

SUITE = "mentorkit check"


def to_junit(result: CheckResult, strict: bool = False) -> str:
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    cases: list[ET.Element] = []
    failures = 0
    with_problems = {p.location.path for p in result.problems}
    for problem in result.problems:
        path = problem.location.path
        case = ET.Element(
            "testcase",
            classname=path if path in result.files else "mentorkit",
            name=f"{problem.location} {problem.code}",
        )
        text = f"{problem.location}: {problem.severity.label} {problem.code} {problem.message}"
        if problem.severity in failing:
            failures += 1
            failure = ET.SubElement(case, "failure", type=problem.code, message=problem.message)
            failure.text = text
        else:
            ET.SubElement(case, "system-out").text = text
        cases.append(case)
    for path in result.files:
        if path not in with_problems:
            cases.append(ET.Element("testcase", classname=path, name=f"{path}: проблем нет"))
    counts = {"tests": str(len(cases)), "failures": str(failures), "errors": "0"}
    suites = ET.Element("testsuites", {"name": SUITE, **counts})
    suite = ET.SubElement(suites, "testsuite", {"name": SUITE, "skipped": "0", **counts})
    suite.extend(cases)
    ET.indent(suites)
    body = ET.tostring(suites, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'
