"""The seventh round, second part: classes the blind sets heldout25–heldout30 and the fourth red
team left not understood — look-alike Greek letters, weekdays beside days, a dot before the
year, years said relative to the period, an adverb before a verb of the end, a start with its
length — each with variants of its own, including the variants that must stay not understood."""

from __future__ import annotations

import pytest

from mentorkit.deadlines import Period, read_deadline
from tests.deadline_corpus import shown, unread

Y2014 = Period.parse("2014")
Y2024 = Period.parse("2024")
Y2425 = Period.parse("2024-2025")


@pytest.mark.parametrize(
    ("text", "expected", "ignored"),
    [
        # Greek omicron «ο» in «срοк» and «гοда».
        ("В срοк до 31 марта 2014 гοда", "до 31.03.2014", ["срοк", "гοда"]),
        # A Greek capital, looked up as the small letter it becomes («Μ» → «μ»).
        ("до 15 ΜАЯ 2014", "до 15.05.2014", ["ΜАЯ"]),
        ("ΟКТЯБРЬ 2014", "01.10.2014–31.10.2014", ["ΟКТЯБРЬ"]),
        ("ВΤΟРОЕ полугодие 2014 г.", "01.07.2014–31.12.2014", ["ВΤΟРОЕ"]),
        ("до 1 сентябρя 2014 г.", "до 01.09.2014", ["сентябρя"]),
        # Greek and Latin look-alikes in one word.
        ("до 1 οктябpя 2014", "до 01.10.2014", ["οктябpя"]),
        # The preposition alone, a Greek «κ» for «к».
        ("κ 1 сентября 2014", "до 01.09.2014", ["κ"]),
        # A Greek capital iota for the Roman numeral I, as a Ukrainian «і» is read.
        ("Ι квартал 2014", "01.01.2014–31.03.2014", ["Ι"]),
    ],
)
def test_greek_letters_that_look_cyrillic_are_read_as_cyrillic_and_named(
    text: str, expected: str, ignored: list[str]
) -> None:
    schedule = read_deadline(text, Y2014)
    assert shown(schedule) == expected, schedule.reason
    assert list(schedule.ignored) == ignored


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("δо 15 мая 2014", "δо"),  # «δ» looks like no Cyrillic letter
        ("Μάιος 2014", "Μάιος"),  # a Greek word, not a slip in a Russian one
        ("ΒΤΟΡΟΕ полугодие 2014", "ΒΤΟΡΟΕ полугодие"),  # all in Greek: no Russian word to mend
        ("сентяβря 2014", "сентяβря"),  # «β» is no «б»: the word stays unknown
    ],
)
def test_greek_letters_that_make_no_russian_word_stay_not_understood(text: str, part: str) -> None:
    reason, unparsed = unread(text, Y2014)
    assert unparsed == part, reason
