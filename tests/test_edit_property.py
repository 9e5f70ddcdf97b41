"""Property: whatever the style of a valid file, an edit changes only the lines it means to."""

from __future__ import annotations

import difflib
import tempfile
from datetime import date, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from mentorkit.edit.ops import add_person, record_meeting
from mentorkit.load.repository import load_repository
from mentorkit.model import STAGES
from tests.conftest import write_tree

TODAY = date(2024, 1, 20)
CONFIG = "organization:\n  name: Школа\n"

comments = st.sampled_from(["", "  # комментарий", "   # «так» и: так", "  #"])
blank = st.sampled_from(["", "\n", "# строка-комментарий\n", "\n  # отступ\n"])
quoting = st.sampled_from(["plain", "single", "double"])
days = st.integers(min_value=0, max_value=300).map(lambda n: date(2023, 9, 5) + timedelta(n))


def _q(text: str, style: str) -> str:
    return {"plain": text, "single": f"'{text}'", "double": f'"{text}"'}[style]


@st.composite
def meetings(draw: st.DrawFn) -> list[tuple[str, date, bool]]:
    stages = sorted(draw(st.lists(st.sampled_from(STAGES), max_size=5)), key=STAGES.index)
    start = draw(days)
    return [(s, start + timedelta(7 * i), draw(st.booleans())) for i, s in enumerate(stages)]


@st.composite
def pairs_file(draw: st.DrawFn) -> str:
    lines = [f"form: Учитель – учитель{draw(comments)}", "period: 2023-2024", ""]
    lines[-1] = draw(blank).rstrip("\n")
    lines.append(f"pairs:{draw(comments)}")
    for index in range(draw(st.integers(min_value=1, max_value=3))):
        gap = draw(blank)
        if index and gap:
            lines.extend(gap.rstrip("\n").split("\n"))
        lines.append(f"  - mentor: {_q('Опытова А.А.', draw(quoting))}{draw(comments)}")
        if draw(st.booleans()):
            lines.append(f"    mentees: [{_q('Новикова М.П.', draw(quoting))}]")
        else:
            lines += ["    mentees:", f"      - {_q('Новикова М.П.', draw(quoting))}"]
        planned = draw(meetings())
        style = draw(st.sampled_from(["flow", "block", "none"]))
        if style == "none" or not planned:
            continue
        lines.append(f"    meetings:{draw(comments)}")
        for stage, day, done in planned:
            extra = ", done: true" if done and day <= TODAY else ""
            if style == "flow":
                lines.append(f"      - {{stage: {stage}, date: {day}{extra}}}{draw(comments)}")
            else:
                lines += [f"      - stage: {_q(stage, draw(quoting))}", f"        date: {day}"]
                if extra:
                    lines.append("        done: true")
    return "\n".join(lines) + "\n"


def _removed_added(before: str, after: str) -> tuple[list[str], list[str]]:
    old, new = before.splitlines(), after.splitlines()
    removed: list[str] = []
    added: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new).get_opcodes():
        if tag != "equal":
            removed += old[i1:i2]
            added += new[j1:j2]
    return removed, added


@settings(max_examples=60, deadline=None)
@given(
    text=pairs_file(),
    pair=st.integers(min_value=0, max_value=2),
    stage=st.sampled_from(STAGES),
    day=days,
    done=st.booleans(),
)
def test_a_meeting_changes_only_meeting_lines(
    text: str, pair: int, stage: str, day: date, done: bool
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = write_tree(
            Path(folder),
            {"mentorkit.yaml": CONFIG, "people.yaml": "people: []\n", "pairs/p.yaml": text},
        )
        repo, problems = load_repository(root)
        assert not [p for p in problems if p.location.path == "pairs/p.yaml"], text
        count = len(repo.pairs[0].model.pairs)
        number = pair % count
        edited = record_meeting(root, str(number + 1), stage, day, TODAY, done and day <= TODAY)
        after = (root / "pairs/p.yaml").read_text(encoding="utf-8")
        assert after == edited.after
        removed, added = _removed_added(text, after)
        # Lines removed are lines of meetings; lines added are meetings or the new key.
        meeting_lines = [
            line
            for line in text.splitlines()
            if line.lstrip().startswith(("- {stage:", "- stage:", "date:", "done:"))
        ]
        for line in removed:
            assert line in meeting_lines, (text, after)
        for line in added:
            stripped = line.lstrip()
            assert stripped.startswith(("- {stage", "- stage", "date:", "done:", "meetings:")) or (
                stripped == "" and not removed
            ), (text, after)
        reloaded, _ = load_repository(root)
        held = reloaded.pairs[0].model.pairs[number].meetings
        assert any(m.stage == stage and m.date == day for m in held)
        others = [
            (p.mentor, p.mentees, p.meetings)
            for i, p in enumerate(reloaded.pairs[0].model.pairs)
            if i != number
        ]
        assert others == [
            (p.mentor, p.mentees, p.meetings)
            for i, p in enumerate(repo.pairs[0].model.pairs)
            if i != number
        ]


people_files = st.builds(
    lambda head, first, second, gap, tail, q1, q2: (
        f"{head}people:{first}\n"
        f"  - name: {_q('Директоров Иван Иванович', q1)}\n"
        f"    position: {_q('директор', q2)}{second}\n"
        f"{gap}"
        f"  - {{name: Кураторова Елена Петровна, consent: 2023-08-01}}\n"
        f"{tail}"
    ),
    blank,
    comments,
    comments,
    blank,
    st.sampled_from(["", "# конец\n", "\n\n"]),
    quoting,
    quoting,
)


@settings(max_examples=40, deadline=None)
@given(text=people_files, name=st.sampled_from(["Малов Пётр Ильич", "Ёлкина Анна-Мария Ильинична"]))
def test_a_person_is_only_added(text: str, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = write_tree(Path(folder), {"mentorkit.yaml": CONFIG, "people.yaml": text})
        add_person(root, {"name": name, "position": "учитель, «новый»"})
        after = (root / "people.yaml").read_text(encoding="utf-8")
        removed, added = _removed_added(text, after)
        assert removed == []
        assert [line for line in added if line.strip()] == [
            f"  - name: {name}",
            "    position: учитель, «новый»",
        ]
