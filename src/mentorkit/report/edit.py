"""What an edit command prints: the sentence saying what was done and the lines it changed."""

from __future__ import annotations

import difflib

from rich.console import Console

from mentorkit.edit.ops import Edited
from mentorkit.refs import PeopleIndex
from mentorkit.report.safe import markup as escape
from mentorkit.shown import text_shown


def changed_lines(before: str, after: str) -> list[tuple[str, int, str]]:
    """The lines an edit removed ("-", old line number) and added ("+", new line number)."""
    old, new = before.splitlines(), after.splitlines()
    # The lines the edit did not reach, before and after it, are left out of the comparison:
    # comparing every line of a file of 40,000 lines took minutes.
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    old_part, new_part = old[head : len(old) - tail], new[head : len(new) - tail]
    result: list[tuple[str, int, str]] = []
    matcher = difflib.SequenceMatcher(a=old_part, b=new_part, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        result += [("-", head + i + 1, old_part[i]) for i in range(i1, i2)]
        result += [("+", head + j + 1, new_part[j]) for j in range(j1, j2)]
    return result


def print_edit(edited: Edited, console: Console) -> None:
    sentence = edited.message[:1].upper() + edited.message[1:]
    if not edited.changed:
        console.print(f"{escape(sentence)}: {escape(edited.path)} не изменён.", soft_wrap=True)
        return
    end = "" if sentence.endswith(".") else "."
    console.print(f"{escape(sentence)}{end}", soft_wrap=True)
    for sign, line, text in changed_lines(edited.before, edited.after):
        style = "green" if sign == "+" else "red"
        console.print(
            f"  [{style}]{sign} {escape(edited.path)}:{line}: "
            f"{escape(_line_shown(text, edited.people))}[/{style}]",
            soft_wrap=True,
        )


def _line_shown(text: str, people: PeopleIndex | None) -> str:
    """A line of the file as it is, unless it names somebody: then with each person shown as
    messages show them (a minor by initials and class), its indentation kept."""
    if people is None or not people.find(text):
        return text
    indent = text[: len(text) - len(text.lstrip())]
    return indent + text_shown(text, people)
