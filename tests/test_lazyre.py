"""`mentorkit.lazyre.lazy` answers as `re.compile` does, and compiles only when first used."""

from __future__ import annotations

import re

from mentorkit.deadlines import events
from mentorkit.lazyre import lazy


def test_lazy_answers_as_compiled() -> None:
    source = r"(?P<day>\d{1,2})\.(\d{2})"
    pattern, compiled = lazy(source), re.compile(source)
    assert pattern._compiled is None
    for text in ("до 15.03 и 01.09", "нет", "7.12"):
        found, expected = pattern.search(text), compiled.search(text)
        assert (found and found.groupdict()) == (expected and expected.groupdict())
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in compiled.finditer(text)
        ]
        assert pattern.findall(text) == compiled.findall(text)
        assert pattern.sub("*", text) == compiled.sub("*", text)
        assert pattern.split(text) == compiled.split(text)
        assert bool(pattern.match(text)) == bool(compiled.match(text))
        assert bool(pattern.fullmatch(text)) == bool(compiled.fullmatch(text))
    assert pattern.flags == compiled.flags
    assert pattern.pattern == source


def test_event_patterns_wait_for_a_text_the_grammar_does_not_read() -> None:
    # Imported by every check; compiled only where a deadline needs them.
    assert events.EVENT.search("по мере необходимости")
    assert events.HOUR.match("ч + 0,25 ч")  # read lower-cased
    assert events.DURATION.match("сроком на 1 год")
