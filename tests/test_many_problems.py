"""A file with a hundred thousand slips: every one is still a problem with its place, but the work
that only makes a message nicer (a close field name) is done for as many as a report can show."""

from __future__ import annotations

from mentorkit.load.validate import SUGGESTED, validate
from mentorkit.load.yamlfile import parse_yaml
from mentorkit.model import Item


def test_the_close_name_is_looked_for_only_as_far_as_reports_show() -> None:
    keys = "".join(f"titl{i}: x\n" for i in range(SUGGESTED + 3))
    parsed, problems = parse_yaml("title: Мероприятие\n" + keys, "roadmaps/r.yaml")
    assert parsed is not None and not problems
    model, problems = validate(Item, parsed.data, parsed.positions)
    assert model is None
    assert len(problems) == SUGGESTED + 3
    assert all(p.code == problems[0].code for p in problems)
    first, last = problems[0], problems[-1]
    assert first.message == "неизвестное поле «titl0» — возможно, «title»?"
    assert first.location.line == 2
    assert last.message == f"неизвестное поле «titl{SUGGESTED + 2}»"
    assert last.location.line == SUGGESTED + 4
    # the suggestions stop at the SUGGESTED-th slip, not before
    assert "возможно" in problems[SUGGESTED - 1].message
    assert "возможно" not in problems[SUGGESTED].message
