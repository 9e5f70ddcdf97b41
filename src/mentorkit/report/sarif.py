"""`mentorkit check --format sarif`: the problems as SARIF 2.1.0, for GitHub code scanning
(`github/codeql-action/upload-sarif`) and other tools that read static-analysis results."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from mentorkit import __version__
from mentorkit.check import CheckResult
from mentorkit.problems import CODES, Severity

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def to_sarif(result: CheckResult, cwd: Path | None = None) -> str:
    """One run of mentorkit; paths relative to the working directory, as in a CI job."""
    base = cwd or Path.cwd()
    codes = sorted({p.code for p in result.problems})
    rules = [
        {
            "id": code,
            "shortDescription": {"text": CODES[code].title},
            "defaultConfiguration": {"level": _LEVELS[CODES[code].severity]},
        }
        for code in codes
    ]
    results: list[dict[str, Any]] = []
    for problem in result.problems:
        entry: dict[str, Any] = {
            "ruleId": problem.code,
            "ruleIndex": codes.index(problem.code),
            "level": _LEVELS[problem.severity],
            "message": {"text": problem.message},
        }
        if problem.location.path in result.files:
            path = Path(os.path.relpath(result.root / problem.location.path, base)).as_posix()
            physical: dict[str, Any] = {"artifactLocation": {"uri": quote(path)}}
            if problem.location.line:
                physical["region"] = {
                    "startLine": problem.location.line,
                    "startColumn": problem.location.col or 1,
                }
            entry["locations"] = [{"physicalLocation": physical}]
        results.append(entry)
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "mentorkit", "version": __version__, "rules": rules}},
                "results": results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2)
