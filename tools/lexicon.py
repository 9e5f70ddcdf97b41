"""Write src/mentorkit/render/lexicon.json: what pymorphy3 says of every word that declining the
usual positions, organisations and titles looks up (see mentorkit/render/lexicon.py).

    python tools/lexicon.py          with the pymorphy3 and pymorphy3-dicts-ru mentorkit is to use

The phrases: the table of real ones (tests/data/declension/cases.tsv), the positions, names and
titles of the example repositories and of the benchmarks' generator, and the list of usual
positions below, each declined in every case, as a person and as a thing, written from a small
and from a capital letter. Every word the phrase rules look up on the way is written to the
table; run it again after upgrading pymorphy3 or its dictionary (the table is not used with other
versions than its own, and tests/test_lexicon.py says when it is stale).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from mentorkit.render import inflect, lexicon
from mentorkit.render.inflect import Reading

ROOT = Path(__file__).resolve().parent.parent
CASES_TABLE = ROOT / "tests" / "data" / "declension" / "cases.tsv"

SUBJECTS = (
    "математики",
    "алгебры и геометрии",
    "физики",
    "химии",
    "биологии",
    "химии и биологии",
    "географии",
    "истории",
    "обществознания",
    "истории и обществознания",
    "информатики",
    "информатики и ИКТ",
    "русского языка",
    "литературы",
    "русского языка и литературы",
    "родного языка и литературы",
    "английского языка",
    "немецкого языка",
    "французского языка",
    "иностранного языка",
    "начальных классов",
    "физической культуры",
    "физкультуры",
    "музыки",
    "изобразительного искусства",
    "ИЗО",
    "технологии",
    "труда",
    "ОБЖ",
    "основ безопасности жизнедеятельности",
    "астрономии",
    "экономики",
    "права",
    "черчения",
    "МХК",
)
POSITIONS = (
    "учитель",
    "педагог",
    "директор",
    "директор школы",
    "заместитель директора",
    "заместитель директора по УВР",
    "заместитель директора по ВР",
    "заместитель директора по НМР",
    "заместитель директора по учебной работе",
    "заместитель директора по учебно-воспитательной работе",
    "заместитель директора по воспитательной работе",
    "заместитель директора по научно-методической работе",
    "заместитель директора по методической работе",
    "заместитель директора по административно-хозяйственной работе",
    "заместитель директора по безопасности",
    "советник директора по воспитанию",
    "советник директора по воспитанию и взаимодействию с детскими общественными объединениями",
    "педагог-психолог",
    "психолог",
    "социальный педагог",
    "педагог-организатор",
    "педагог дополнительного образования",
    "учитель-логопед",
    "учитель-дефектолог",
    "логопед",
    "дефектолог",
    "тьютор",
    "методист",
    "старший методист",
    "воспитатель",
    "старший воспитатель",
    "вожатый",
    "старший вожатый",
    "старшая вожатая",
    "классный руководитель",
    "библиотекарь",
    "педагог-библиотекарь",
    "заведующий библиотекой",
    "заведующая библиотекой",
    "преподаватель",
    "преподаватель-организатор ОБЖ",
    "преподаватель-организатор основ безопасности жизнедеятельности",
    "мастер производственного обучения",
    "инструктор по физической культуре",
    "музыкальный руководитель",
    "концертмейстер",
    "руководитель методического объединения",
    "руководитель школьного методического объединения",
    "руководитель структурного подразделения",
    "секретарь",
    "секретарь руководителя",
    "делопроизводитель",
    "заведующий хозяйством",
    "главный бухгалтер",
    "лаборант",
    "специалист по кадрам",
    "начальник управления образования",
    "начальник отдела образования",
    "заместитель начальника управления образования",
    "главный специалист",
    "ведущий специалист",
    "председатель профсоюзного комитета",
    "заведующий",
    "заведующая",
    "заведующий детским садом",
    "молодой специалист",
    "наставник",
    "куратор",
    "студент",
    "учитель высшей категории",
    *(f"учитель {subject}" for subject in SUBJECTS),
    *(f"преподаватель {subject}" for subject in SUBJECTS),
)
NAMES = (
    "Средняя общеобразовательная школа № 1",
    "Основная общеобразовательная школа № 1",
    "Начальная общеобразовательная школа",
    "Школа № 1",
    "Гимназия № 1",
    "Лицей № 1",
    "Детский сад № 1",
    "Центр образования № 1",
    "Управление образования",
    "Управление образованием",
    "Отдел образования",
    "Комитет образования",
    "Департамент образования",
    "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 1»",
    "Муниципальное автономное общеобразовательное учреждение «Гимназия № 1»",
    "Муниципальное казённое общеобразовательное учреждение «Лицей № 1»",
    "Государственное бюджетное общеобразовательное учреждение",
    "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 1»",
    "Муниципальное бюджетное учреждение дополнительного образования «Центр детского творчества»",
)
TITLES = (
    "Дорожная карта",
    "План мероприятий (дорожная карта)",
    "Дорожная карта реализации целевой модели наставничества",
    "План мероприятий (дорожная карта) по внедрению целевой модели наставничества",
    "Программа наставничества",
    "Положение о наставничестве",
    "Положение о системе наставничества педагогических работников",
    "Индивидуальный план развития",
    "Индивидуальный план развития под руководством наставника",
    "Список наставнических пар",
)


def _files() -> Iterator[Path]:
    for folder in (ROOT / "roadmaps", ROOT / "tests" / "data" / "valid"):
        yield from sorted(folder.rglob("*.yaml"))


_FIELDS = re.compile(r"^\s*-?\s*(position|head_position|name|short_name|title):\s*(.+?)\s*$", re.M)
_ORGANISATION = ("name", "short_name", "head_position")
"""Read from mentorkit.yaml only: elsewhere «name» is a person's."""


def phrases(scan: bool = True) -> list[str]:
    """Every phrase declined to make the table: the lists here and the benchmarks' positions,
    and with `scan` the table of real ones and what the examples and test cases hold."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import generate

    found: list[str] = [*POSITIONS, *NAMES, *TITLES, *generate.POSITIONS]
    if not scan:
        return list(dict.fromkeys(found))
    for line in CASES_TABLE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            found.append(line.split("\t")[2])
    for path in _files():
        for match in _FIELDS.finditer(path.read_text(encoding="utf-8")):
            field = match.group(1)
            if field == "title" and path.parent.name != "orders":
                continue  # the titles of orders are declined, those of roadmaps' items not
            if (field in _ORGANISATION) == (path.name == "mentorkit.yaml"):
                found.append(match.group(2).strip("'\""))
    return list(dict.fromkeys(found))


class Recording:
    """pymorphy3, noting every word the phrase rules look up."""

    def __init__(self) -> None:
        self.morph = inflect.Pymorphy()
        self.words: set[str] = set()

    def readings(self, word: str) -> Sequence[Reading]:
        self.words.add(word)
        return self.morph.readings(word)

    def nominative_only(self, word: str) -> bool:
        self.words.add(word)
        return self.morph.nominative_only(word)


def table(scan: bool = True) -> dict[str, Any]:
    """The table of the words `phrases(scan)` looks up."""
    recording = Recording()
    for phrase in phrases(scan):
        for written in {phrase, phrase[:1].lower() + phrase[1:], phrase[:1].upper() + phrase[1:]}:
            for case in lexicon.CASES[1:]:
                for animate in (False, True):
                    inflect.decline(written, case, animate=animate, morph=recording)
    found = lexicon.versions()
    assert found is not None, "pymorphy3 and pymorphy3-dicts-ru must be installed"
    morph = recording.morph
    words = {
        word: lexicon.raw_entry(morph.nominative_only(word), morph.readings(word))
        for word in sorted(recording.words)
    }
    return {"pymorphy3": found[0], "dictionary": found[1], "words": words}


def main() -> None:
    text = json.dumps(table(), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    lexicon.TABLE.write_text(text + "\n", encoding="utf-8")
    print(f"{lexicon.TABLE}: {len(text)} байт", file=sys.stderr)


if __name__ == "__main__":
    main()
