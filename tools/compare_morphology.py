"""Compare morphological dictionaries on the table of real names, positions and titles
(tests/data/declension/cases.tsv): the same phrase rules (mentorkit.render.inflect) over
pymorphy3 and over ruMorph. (The hand-written rules mentorkit had before, 45 of 83 on positions
alone, are gone; see the commit that replaced them.)

    python tools/compare_morphology.py       needs pymorphy3 and rumorph installed

Not part of mentorkit: it is how the dictionary was chosen, kept so that the choice can be redone.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from mentorkit.model.people import Case
from mentorkit.render import inflect
from mentorkit.render.inflect import Reading

TABLE = Path(__file__).resolve().parent.parent / "tests" / "data" / "declension" / "cases.tsv"
UD = {
    "nominative": "Nom",
    "genitive": "Gen",
    "dative": "Dat",
    "accusative": "Acc",
    "instrumental": "Ins",
    "prepositional": "Loc",
}
GENDERS = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}


class RuMorph:
    """ruMorph behind the same protocol as mentorkit's pymorphy3 adapter."""

    def __init__(self) -> None:
        import rumorph

        self._morph = rumorph.Analyzer()
        self._error = rumorph.FormNotFoundError

    def readings(self, word: str) -> Sequence[Reading]:
        result = []
        for analysis in self._morph.analyze(word):
            feats = analysis.feats
            if feats.get("Case") != "Nom" or analysis.pos not in ("NOUN", "ADJ", "VERB"):
                continue
            if analysis.pos == "VERB" and feats.get("VerbForm") != "Part":
                continue
            plural = feats.get("Number") == "Plur"
            gender = "plur" if plural else GENDERS.get(feats.get("Gender", ""), "masc")
            result.append(
                Reading(
                    adjective=analysis.pos != "NOUN",
                    gender=gender,
                    animate=feats.get("Animacy") == "Anim",
                    inflect=self._inflector(analysis, plural, gender),
                )
            )
        return result

    def _inflector(
        self, analysis: Any, plural: bool, gender: str
    ) -> Callable[[Case, bool], str | None]:
        def inflect_(case: Case, animate: bool) -> str | None:
            wanted = {"Case": UD[case], "Number": "Plur" if plural else "Sing"}
            if analysis.pos != "NOUN" and case == "accusative" and gender in ("masc", "plur"):
                wanted["Animacy"] = "Anim" if animate else "Inan"
            try:
                return str(analysis.inflect(**wanted))
            except (self._error, ValueError):
                return None

        return inflect_

    def nominative_only(self, word: str) -> bool:
        found = self._morph.analyze(word)
        return bool(found) and all(
            a.feats.get("Case") == "Nom"
            or (a.feats.get("Case") == "Acc" and a.feats.get("Animacy") != "Anim")
            for a in found
        )


def rows() -> list[tuple[str, Case, str, str]]:
    result = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        kind, case, nominative, expected = line.split("\t")
        result.append((kind, case, nominative, expected))  # type: ignore[arg-type]
    return result


def run(name: str, decline: Callable[[str, str, Case], str]) -> None:
    table = rows()
    started = time.perf_counter()
    wrong = []
    for kind, case, nominative, expected in table:
        got = decline(kind, nominative, case)
        if got != expected:
            wrong.append((kind, case, nominative, got, expected))
    spent = time.perf_counter() - started
    print(f"{name}: {len(table) - len(wrong)} of {len(table)} right ({spent:.2f} s)")
    for kind, case, nominative, got, expected in wrong:
        print(f"  {kind} {case}: {nominative!r}\n     got {got!r}\n    want {expected!r}")


def with_analyzer(morph: inflect.Analyzer) -> Callable[[str, str, Case], str]:
    def decline(kind: str, text: str, case: Case) -> str:
        if kind == "title":
            text = text[0].lower() + text[1:] if text[1:2].islower() else text
        return inflect.decline(text, case, animate=kind == "position", morph=morph)

    return decline


def main() -> int:
    started = time.perf_counter()
    pymorphy = inflect.Pymorphy()
    print(f"pymorphy3 loads in {time.perf_counter() - started:.2f} s")
    run("pymorphy3", with_analyzer(pymorphy))
    started = time.perf_counter()
    rumorph = RuMorph()
    print(f"rumorph loads in {time.perf_counter() - started:.2f} s")
    run("rumorph", with_analyzer(rumorph))
    return 0


if __name__ == "__main__":
    sys.exit(main())
