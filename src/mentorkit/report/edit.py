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
    result: list[tuple[str, int, str]] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        result += [("-", i + 1, old[i]) for i in range(i1, i2)]
        result += [("+", j + 1, new[j]) for j in range(j1, j2)]
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
