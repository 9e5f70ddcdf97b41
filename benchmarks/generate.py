"""Deterministic workloads for the benchmarks: repositories of a given size, made from a fixed seed.

Every repository this writes passes `mentorkit check` apart from warnings (overdue items, pairs
without a final meeting): the benchmarks time the real work of a clean repository, not the
reporting of thousands of errors. Run it alone to look at a workload:

    python benchmarks/generate.py large /tmp/large
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


SURNAMES = _words(
    "Иванов Петров Сидоров Смирнов Кузнецов Попов Васильев Соколов Михайлов Новиков Фёдоров "
    "Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов "
    "Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов "
    "Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин "
    "Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов "
    "Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоренко Матвеев Титов Марков "
    "Миронов Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков Афанасьев "
    "Данилов Савельев Тимофеев Фомин Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров "
    "Калинин Исаев Чернышёв Быков Маслов Родионов Коновалов Лазарев Воронин Климов Филатов "
    "Пономарёв Голубев Кудрявцев Прохоров Наумов Потапов Журавлёв Овчинников Трофимов Леонов "
    "Соболев Ермаков Колесников Гончаров Емельянов Никифоров Грачёв Котов Гришин Ефремов "
    "Архипов Громов Кириллов Малышев Панов Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов"
)
MALE_NAMES = _words(
    "Александр Алексей Андрей Антон Артём Борис Вадим Валентин Василий Виктор Владимир "
    "Вячеслав Геннадий Георгий Денис Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин "
    "Леонид Максим Михаил Никита Николай Олег Павел Роман Сергей Степан Тимофей Фёдор Юрий"
)
FEMALE_NAMES = _words(
    "Александра Алина Алла Анастасия Анна Антонина Валентина Валерия Вера Виктория Галина "
    "Дарья Евгения Екатерина Елена Елизавета Жанна Зинаида Инна Ирина Кира Ксения Лариса "
    "Лидия Любовь Людмила Маргарита Марина Мария Надежда Наталья Нина Оксана Ольга Полина "
    "Светлана София Тамара Татьяна Ульяна Юлия"
)
PATRONYMIC_STEMS = _words(
    "Александров Алексеев Андреев Антонов Борисов Вадимов Васильев Викторов Владимиров "
    "Геннадьев Георгиев Денисов Дмитриев Евгеньев Егоров Иванов Игорев Кириллов "
    "Константинов Леонидов Максимов Михайлов Николаев Олегов Павлов Романов Сергеев "
    "Степанов Фёдоров Юрьев"
)
POSITIONS = (
    "учитель математики",
    "учитель русского языка и литературы",
    "учитель физики",
    "учитель начальных классов",
    "учитель истории и обществознания",
    "учитель английского языка",
    "учитель информатики",
    "учитель биологии",
    "педагог-психолог",
    "социальный педагог",
)
DEADLINES = (
    "до 15.{m:02d}.{y}",
    "Октябрь {y}г.",
    "в течение года",
    "ежеквартально",
    "Август – сентябрь {y}г.",
    "IV квартал {y}",
    "По отдельному графику",
    "в течение всего периода",
    "ежемесячно",
    "до 1 октября {y} г.",
    "Март {y1} г., Май {y1} г.",
    "2 раза в год",
    "I полугодие {y1} года",
    "в конце учебного года",
    "по итогам четверти",
)
BODIES = ("Наставники", "Руководители МО", "Классные руководители", "Педагог-психолог")
STAGES = ("знакомство", "пробная", "планирование", "работа", "работа", "итоговая")


@dataclass(frozen=True)
class Size:
    items: int
    pairs: int
    people: int
    orders: int = 4


SIZES = {
    "tiny": Size(items=12, pairs=4, people=12, orders=2),
    "small": Size(items=60, pairs=20, people=80),
    "large": Size(items=10_000, pairs=2_000, people=3_200),
    "huge": Size(items=30_000, pairs=6_000, people=9_500),
}


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class _People:
    """Unique people: a surname, a first name and a patronymic that no one else shares."""

    def __init__(self, rng: random.Random, count: int) -> None:
        self.full: list[str] = []
        self.short: list[str] = []
        self.female: list[bool] = []
        seen: set[str] = set()
        while len(self.full) < count:
            female = rng.random() < 0.7
            surname = rng.choice(SURNAMES)
            stem = rng.choice(PATRONYMIC_STEMS)
            if female:
                surname += "а"
                first, patronymic = rng.choice(FEMALE_NAMES), stem + "на"
            else:
                first, patronymic = rng.choice(MALE_NAMES), stem + "ич"
            short = f"{surname} {first[0]}.{patronymic[0]}."
            if short in seen:
                continue
            seen.add(short)
            self.full.append(f"{surname} {first} {patronymic}")
            self.short.append(short)
            self.female.append(female)


def write_repository(root: Path, size: Size, seed: int = 1, name: str = "школа") -> None:
    """One organisation's repository of `size`, made from `seed` (the same seed, the same bytes)."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    for folder in ("roadmaps", "pairs", "orders"):
        (root / folder).mkdir(exist_ok=True)
    people = _People(rng, max(size.people, 4))
    head = people.short[0]
    (root / "mentorkit.yaml").write_text(
        "organization:\n"
        f"  name: Муниципальное бюджетное общеобразовательное учреждение «{name}» № {seed}\n"
        f"  short_name: МБОУ «{name}» № {seed}\n"
        "  place: г. Тимашевск\n"
        f"  head: {head}\n",
        encoding="utf-8",
    )
    lines = ["people:"]
    for i, full in enumerate(people.full):
        lines.append(f"  - name: {full}")
        lines.append(f"    position: {'директор' if i == 0 else rng.choice(POSITIONS)}")
        lines.append(f"    experience: {rng.randint(0, 30)}")
        lines.append(f"    consent: 2023-08-{rng.randint(1, 28):02d}")
    (root / "people.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    lines = [
        "title: Дорожная карта целевой модели наставничества"
        f" школы № {seed} на 2023-2024 учебный год",
        "period: 2023-2024",
        "columns: [title, deadline, result, responsible]",
        "sections:",
    ]
    per_section = 25
    for start in range(0, size.items, per_section):
        lines.append(f"  - title: Раздел {start // per_section + 1} плана мероприятий")
        lines.append("    items:")
        for i in range(start, min(start + per_section, size.items)):
            text = rng.choice(DEADLINES).format(m=rng.randint(9, 12), y=2023, y1=2024)
            who = people.short[rng.randrange(len(people.short))]
            lines.append(f"      - title: Мероприятие {i + 1}. Методическая поддержка наставников")
            lines.append(f"        deadline: {_quote(text)}")
            lines.append("        result: Проведено, информация размещена на сайте ОО")
            lines.append(f"        responsible: {_quote(f'Куратор {who}, {rng.choice(BODIES)}')}")
            if rng.random() < 0.3:
                lines.append(
                    f"        done: 2023-{rng.randint(9, 12):02d}-{rng.randint(1, 28):02d}"
                )
    (root / "roadmaps" / "2023-2024.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    lines = ["form: Учитель – учитель", "period: 2023-2024", "pairs:"]
    mentors = max(1, len(people.short) // 4)
    mentees = list(range(mentors, len(people.short)))
    for p in range(size.pairs):
        mentor = people.short[p % max(1, mentors - 1) + 1]
        mentee = people.short[mentees[p % len(mentees)]]
        lines.append(f"  - mentor: {mentor}")
        lines.append(f"    mentees: [{mentee}]")
        lines.append('    order: "150"')
        lines.append("    meetings:")
        day = date(2023, 9, 20) + timedelta(days=rng.randint(0, 6))
        for stage in STAGES:
            done = ", done: true" if day < date(2023, 12, 1) else ""
            lines.append(f"      - {{stage: {stage}, date: {day.isoformat()}{done}}}")
            day += timedelta(days=rng.randint(7, 40))
    (root / "pairs" / "2023-2024.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    orders = [
        (
            "2023-145-roadmap.yaml",
            "roadmap",
            "145",
            "2023-08-30",
            "roadmap: roadmaps/2023-2024.yaml",
        ),
        ("2023-150-pairs.yaml", "pairs", "150", "2023-09-25", "pairs: pairs/2023-2024.yaml"),
        ("2023-142-curator.yaml", "curator", "142", "2023-08-28", f"curator: {people.short[1]}"),
        ("2023-162-plans.yaml", "plans", "162", "2023-10-16", "pairs: pairs/2023-2024.yaml"),
    ]
    for file, kind, number, day_text, extra in orders[: size.orders]:
        (root / "orders" / file).write_text(
            f'type: {kind}\nnumber: "{number}"\ndate: {day_text}\n{extra}\n'
            "points:\n  - Контроль за исполнением настоящего приказа оставляю за собой.\n",
            encoding="utf-8",
        )


def write_region(root: Path, organisations: int, size: Size) -> None:
    """A folder of `organisations` repositories, each of `size`, with seeds 1…N."""
    for n in range(1, organisations + 1):
        write_repository(root / f"school-{n:03d}", size, seed=n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", choices=[*SIZES, "region"])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--organisations", type=int, default=500)
    args = parser.parse_args()
    if args.size == "region":
        write_region(args.folder, args.organisations, SIZES["small"])
    else:
        write_repository(args.folder, SIZES[args.size])


if __name__ == "__main__":
    main()
