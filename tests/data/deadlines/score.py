"""Score the deadline reader on a file in the corpus notation (by default heldout2.txt, the blind
set): how many texts it reads as the curator does, and every miss, split into "not understood"
(an acceptable miss: the reader says so) and "read wrongly" (a confident wrong answer).

Run from the repository root: .venv/bin/python tests/data/deadlines/score.py [file]
Not a test: the blind set is measured, not gated."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from deadline_corpus import cases, matches, shown
from mentorkit.deadlines import ScheduleKind, read_deadline


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "heldout2.txt"
    found = cases(path)
    right, unread, wrong = 0, [], []
    for case in found:
        schedule = read_deadline(case.text, case.period)
        if matches(schedule, case.expected):
            right += 1
        elif schedule.kind == ScheduleKind.NOT_UNDERSTOOD:
            unread.append((case, shown(schedule)))
        else:
            wrong.append((case, shown(schedule)))
    print(f"{path.name}: {right} / {len(found)} read as the curator reads them")
    for title, misses in (("not understood", unread), ("read WRONGLY", wrong)):
        print(f"\n{title}: {len(misses)}")
        for case, got in misses:
            print(f"  line {case.line}: {case.text!r} ({case.period})")
            print(f"      expected: {case.expected}")
            print(f"      reader:   {got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
