"""`mentorkit done`, `mentorkit meeting` and `mentorkit add person|item|pair`: routine changes
of the files without opening them; everything else in the file stays as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from mentorkit.cli.app import TodayOption, app, console, parse_today
from mentorkit.cli.edge import parse_date
from mentorkit.errors import UsageError

RepoOption = Annotated[
    Path | None,
    typer.Option(
        "--repo",
        metavar="ПАПКА",
        help="Репозиторий (по умолчанию — вокруг текущей папки).",
        show_default=False,
    ),
]


def _root(repo: Path | None) -> Path:
    from mentorkit.load.repository import find_root

    return find_root(repo or Path.cwd())


def _show(edited: Any) -> None:
    from mentorkit.report.edit import print_edit

    print_edit(edited, console())


@app.command("done")
def done_command(
    item: Annotated[
        str,
        typer.Argument(
            metavar="ПУНКТ",
            help="Номер пункта («1.2») или часть его названия («базы наставников»).",
        ),
    ],
    on: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="ДАТА",
            help="Когда выполнено, ГГГГ-ММ-ДД или ДД.ММ.ГГГГ (по умолчанию — сегодня).",
            show_default=False,
        ),
    ] = None,
    evidence: Annotated[
        str | None,
        typer.Option(
            "--evidence",
            metavar="ТЕКСТ",
            help="Подтверждение: «Приказ от 25.09.2023 № 150».",
            show_default=False,
        ),
    ] = None,
    roadmap: Annotated[
        str | None,
        typer.Option(
            "--roadmap",
            metavar="ФАЙЛ",
            help="Дорожная карта, если их несколько: roadmaps/2023-2024.yaml.",
            show_default=False,
        ),
    ] = None,
    repo: RepoOption = None,
    today: TodayOption = None,
) -> None:
    """Отметить пункт дорожной карты выполненным (поле done, и evidence с --evidence).

    Пример: mentorkit done 1.2 --date 2023-09-25 --evidence "Приказ от 25.09.2023 № 150"
    """
    from mentorkit.edit.ops import mark_done

    now = parse_today(today)
    day = parse_date("--date", on) if on else now
    _show(mark_done(_root(repo), item, day, now, evidence, roadmap))


@app.command("meeting")
def meeting_command(
    pair: Annotated[
        str,
        typer.Argument(
            metavar="ПАРА",
            help="Номер пары в файле («2») или фамилия наставника или наставляемого.",
        ),
    ],
    stage: Annotated[
        str,
        typer.Argument(
            metavar="ЭТАП", help="знакомство, пробная, планирование, работа или итоговая."
        ),
    ],
    on: Annotated[
        str,
        typer.Option(
            "--date",
            metavar="ДАТА",
            help="Дата встречи, ГГГГ-ММ-ДД или ДД.ММ.ГГГГ.",
            show_default=False,
        ),
    ],
    held: Annotated[
        bool, typer.Option("--done", help="Встреча проведена (без него — запланирована).")
    ] = False,
    topic: Annotated[
        str | None,
        typer.Option("--topic", metavar="ТЕКСТ", help="Тема встречи.", show_default=False),
    ] = None,
    pairs: Annotated[
        str | None,
        typer.Option(
            "--pairs",
            metavar="ФАЙЛ",
            help="Файл пар, если их несколько: pairs/2023-2024.yaml.",
            show_default=False,
        ),
    ] = None,
    repo: RepoOption = None,
    today: TodayOption = None,
) -> None:
    """Запланировать встречу пары или отметить её проведённой.

    Встреча этого этапа в этот день обновляется; встреча этапа, который бывает один раз
    (все, кроме «работа»), переносится на новую дату; иначе добавляется новая — на своё
    место по этапу и дате.

    Пример: mentorkit meeting Петрова итоговая --date 2024-05-22 --done
    """
    from mentorkit.edit.ops import record_meeting

    now = parse_today(today)
    _show(
        record_meeting(_root(repo), pair, stage, parse_date("--date", on), now, held, topic, pairs)
    )


add_app = typer.Typer(
    name="add",
    help="Добавить человека, пункт дорожной карты или пару.\n\n"
    'Пример: mentorkit add person --name "Иванова Мария Петровна" --position "учитель"',
    no_args_is_help=True,
)
app.add_typer(add_app)


def _without_none(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value not in (None, [], ())}


@add_app.command("person")
def add_person_command(
    name: Annotated[
        str,
        typer.Option("--name", metavar="ФИО", help="Фамилия Имя Отчество в именительном падеже."),
    ],
    position: Annotated[
        str | None,
        typer.Option("--position", metavar="ТЕКСТ", help="Должность.", show_default=False),
    ] = None,
    role: Annotated[
        str | None,
        typer.Option(
            "--role",
            metavar="ТЕКСТ",
            help="Роль: куратор, наставник, наставляемый или руководитель (о женщине — "
            "наставница, наставляемая).",
            show_default=False,
        ),
    ] = None,
    experience: Annotated[
        float | None,
        typer.Option(
            "--experience", metavar="ЛЕТ", help="Педагогический стаж, лет.", show_default=False
        ),
    ] = None,
    group: Annotated[
        str | None,
        typer.Option(
            "--group", metavar="КЛАСС", help="Класс обучающегося: 7Б.", show_default=False
        ),
    ] = None,
    minor: Annotated[bool, typer.Option("--minor", help="Несовершеннолетний.")] = False,
    consent: Annotated[
        str | None,
        typer.Option(
            "--consent",
            metavar="ДАТА",
            help="Дата письменного согласия на обработку персональных данных.",
            show_default=False,
        ),
    ] = None,
    consent_by: Annotated[
        str | None,
        typer.Option(
            "--consent-by",
            metavar="ТЕКСТ",
            help="Кто подписал согласие за несовершеннолетнего: «Соколова А.П. (мать)».",
            show_default=False,
        ),
    ] = None,
    ident: Annotated[
        str | None,
        typer.Option(
            "--id",
            metavar="ИДЕНТИФИКАТОР",
            help="Идентификатор, если ФИО совпадают.",
            show_default=False,
        ),
    ] = None,
    repo: RepoOption = None,
    today: TodayOption = None,
) -> None:
    """Добавить человека в people.yaml.

    Пример: mentorkit add person --name "Иванова Мария Петровна" --position "учитель
    математики" --experience 1 --consent 2023-09-04
    """
    from mentorkit.edit.ops import add_person

    if len(name.split()) < 2:
        raise UsageError(f"--name: «{name}» — нужны фамилия, имя и отчество (если есть)")
    consent_day = parse_date("--consent", consent) if consent else None
    if consent_day and consent_day > parse_today(today):
        raise UsageError(f"--consent: {consent_day:%d.%m.%Y} — позже сегодняшнего дня")
    if consent_by and not consent_day:
        raise UsageError("--consent-by указывается вместе с --consent (датой согласия)")
    if minor and consent_day and not consent_by:
        raise UsageError(
            "за несовершеннолетнего согласие подписывает родитель или законный представитель: "
            'укажите --consent-by "Фамилия И.О. (мать)"'
        )
    record: Any = None
    if consent_day:
        record = {"date": consent_day, "by": consent_by} if consent_by else consent_day
    person = _without_none(
        {
            "name": " ".join(name.split()),
            "id": ident,
            "position": position,
            "role": role,
            "experience": int(experience)
            if experience is not None and experience.is_integer()
            else experience,
            "group": group,
            "minor": True if minor else None,
            "consent": record,
        }
    )
    _show(add_person(_root(repo), person))


@add_app.command("item")
def add_item_command(
    title: Annotated[
        str, typer.Option("--title", metavar="ТЕКСТ", help="Наименование мероприятия.")
    ],
    deadline: Annotated[
        str | None,
        typer.Option(
            "--deadline", metavar="СРОК", help="Срок, как в документе.", show_default=False
        ),
    ] = None,
    responsible: Annotated[
        list[str] | None,
        typer.Option(
            "--responsible",
            metavar="КТО",
            help="Ответственный (можно повторять).",
            show_default=False,
        ),
    ] = None,
    result: Annotated[
        str | None,
        typer.Option("--result", metavar="ТЕКСТ", help="Ожидаемый результат.", show_default=False),
    ] = None,
    indicators: Annotated[
        str | None,
        typer.Option(
            "--indicators", metavar="ТЕКСТ", help="Показатели эффективности.", show_default=False
        ),
    ] = None,
    document: Annotated[
        str | None,
        typer.Option(
            "--document", metavar="ТЕКСТ", help="Вид документа: «Приказ ОО».", show_default=False
        ),
    ] = None,
    section: Annotated[
        str | None,
        typer.Option(
            "--section",
            metavar="РАЗДЕЛ",
            help="Номер раздела («2») или часть его названия.",
            show_default=False,
        ),
    ] = None,
    roadmap: Annotated[
        str | None,
        typer.Option(
            "--roadmap",
            metavar="ФАЙЛ",
            help="Дорожная карта, если их несколько.",
            show_default=False,
        ),
    ] = None,
    repo: RepoOption = None,
) -> None:
    """Добавить пункт в конец раздела дорожной карты.

    Пример: mentorkit add item --section 2 --title "Методический семинар" --deadline "Март
    2024 г." --responsible "Ставницкая Е.Е."
    """
    from mentorkit.edit.ops import add_item

    who = list(responsible or [])
    item = _without_none(
        {
            "title": " ".join(title.split()),
            "deadline": deadline,
            "responsible": who[0] if len(who) == 1 else who,
            "document": document,
            "result": result,
            "indicators": indicators,
        }
    )
    _show(add_item(_root(repo), item, section, roadmap))


@add_app.command("pair")
def add_pair_command(
    mentor: Annotated[
        str, typer.Option("--mentor", metavar="КТО", help="Наставник: «Петрова А.А.».")
    ],
    mentees: Annotated[
        list[str],
        typer.Option("--mentee", metavar="КТО", help="Наставляемый (можно повторять)."),
    ],
    form: Annotated[
        str | None,
        typer.Option(
            "--form",
            metavar="ФОРМА",
            help="Форма наставничества, если не та, что у файла.",
            show_default=False,
        ),
    ] = None,
    order: Annotated[
        str | None,
        typer.Option(
            "--order",
            metavar="НОМЕР",
            help="Номер приказа, закрепившего пару.",
            show_default=False,
        ),
    ] = None,
    goal: Annotated[
        str | None,
        typer.Option("--goal", metavar="ТЕКСТ", help="Цель наставничества.", show_default=False),
    ] = None,
    pairs: Annotated[
        str | None,
        typer.Option(
            "--pairs", metavar="ФАЙЛ", help="Файл пар, если их несколько.", show_default=False
        ),
    ] = None,
    repo: RepoOption = None,
) -> None:
    """Добавить наставническую пару или группу в файл пар.

    Пример: mentorkit add pair --mentor "Петрова А.А." --mentee "Иванова М.П." --goal
    "Адаптация молодого специалиста"
    """
    from mentorkit.edit.ops import add_pair

    pair = _without_none(
        {
            "mentor": mentor.strip(),
            "mentees": [m.strip() for m in mentees],
            "form": form,
            "order": order,
            "goal": goal,
        }
    )
    _show(add_pair(_root(repo), pair, pairs))
