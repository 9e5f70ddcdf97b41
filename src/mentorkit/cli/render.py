"""`mentorkit render order|plan|pair` and `mentorkit templates list|copy`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from mentorkit.cli.app import app, console, parse_today
from mentorkit.cli.lean import report_written, run_render, shown_path, stoppable
from mentorkit.errors import RepositoryNotFound
from mentorkit.report.safe import markup as escape

render_app = typer.Typer(
    name="render",
    help="Сформировать документы Word (.docx, по желанию и PDF): приказы, дорожные карты, "
    "индивидуальные планы.\n\n"
    "Пример: mentorkit render order orders/146.yaml --pdf",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
templates_app = typer.Typer(
    name="templates",
    help="Шаблоны документов: какие есть и как начать свой.\n\n"
    "Пример: mentorkit templates list; mentorkit templates copy order",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(render_app, name="render")
app.add_typer(templates_app, name="templates")

OutputOption = Annotated[
    Path | None,
    typer.Option(
        "-o",
        "--output",
        help="Куда записать: файл .docx или папка (по умолчанию — папка documents/ репозитория).",
        show_default=False,
    ),
]
PdfOption = Annotated[
    bool,
    typer.Option("--pdf", help="Сделать рядом и PDF (нужен LibreOffice)."),
]
PublicOption = Annotated[
    bool,
    typer.Option(
        "--public",
        help="Копия для сайта: взрослые — фамилия и инициалы, несовершеннолетние — только класс.",
    ),
]


_shown = shown_path
_stoppable = stoppable
_report = report_written


@render_app.command("order")
def order_command(
    files: Annotated[
        list[Path], typer.Argument(help="Файлы приказов: orders/146.yaml (можно несколько).")
    ],
    output: OutputOption = None,
    pdf: PdfOption = False,
    public: PublicOption = False,
) -> None:
    """Приказ с приложениями (дорожная карта, список пар, индивидуальные планы).

    Примеры: mentorkit render order orders/146.yaml; mentorkit render order orders/*.yaml --pdf
    """
    run_render("order", files, output, pdf, public)


@render_app.command("plan")
def plan_command(
    files: Annotated[
        list[Path],
        typer.Argument(help="Файлы дорожных карт: roadmaps/2023-2024.yaml (можно несколько)."),
    ],
    output: OutputOption = None,
    pdf: PdfOption = False,
    public: PublicOption = False,
) -> None:
    """Дорожная карта отдельным документом, с грифом «УТВЕРЖДЕНА», если она утверждена.

    Пример: mentorkit render plan roadmaps/2023-2024.yaml --public
    """
    run_render("plan", files, output, pdf, public)


@render_app.command("pair")
def pair_command(
    file: Annotated[Path, typer.Argument(help="Файл пар: pairs/2023-2024.yaml.")],
    who: Annotated[
        str | None,
        typer.Argument(
            metavar="ПАРА",
            help="Номер пары в файле (1, 2, …) или наставник/наставляемый «Фамилия И.О.» "
            "(по умолчанию — все пары файла).",
            show_default=False,
        ),
    ] = None,
    output: OutputOption = None,
    pdf: PdfOption = False,
    public: PublicOption = False,
) -> None:
    """Индивидуальный план наставнической пары: встречи, даты, этапы, отметки о выполнении.

    Примеры: mentorkit render pair pairs/2023-2024.yaml; mentorkit render pair
    pairs/2023-2024.yaml "Петрова А.А."
    """
    from mentorkit.render import render

    with _stoppable():
        result = render(
            "pair", [file], who=who, output=output, public=public, pdf=pdf, today=parse_today(None)
        )
    _report(result.written, console())


RepoOption = Annotated[
    Path | None,
    typer.Option(
        "--repo",
        help="Папка репозитория (по умолчанию — репозиторий вокруг текущей папки).",
        show_default=False,
    ),
]


@templates_app.command("list")
def list_command(repo: RepoOption = None) -> None:
    """Перечислить шаблоны: по умолчанию и свои (из папки templates/ репозитория).

    Пример: mentorkit templates list
    """
    from mentorkit.load.repository import find_root
    from mentorkit.render.templates import list_templates

    try:
        root: Path | None = find_root(repo or Path.cwd())
    except RepositoryNotFound:
        if repo is not None:
            raise
        root = None
    out = console()
    for info in list_templates(root):
        if info.own:
            where = f"свой: {info.own}" if not info.packaged else f"заменён своим: {info.own}"
        else:
            where = "по умолчанию"
        out.print(f"{info.name:<18} {escape(info.description)} — {escape(where)}", soft_wrap=True)


@templates_app.command("copy")
def copy_command(
    name: Annotated[str, typer.Argument(help="Шаблон по умолчанию: order, plan или pair.")],
    target: Annotated[
        str | None,
        typer.Option(
            "--as",
            help="Под каким именем сохранить, например order-pairs — шаблон только для приказов "
            "о закреплении пар.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Заменить уже существующий свой шаблон.")
    ] = False,
    repo: RepoOption = None,
) -> None:
    """Скопировать шаблон по умолчанию в templates/ репозитория, чтобы сделать из него свой.

    Примеры: mentorkit templates copy order; mentorkit templates copy order --as order-pairs
    """
    from mentorkit.load.repository import find_root
    from mentorkit.render.templates import copy_template

    root = find_root(repo or Path.cwd())
    destination = copy_template(root, name, target, force)
    console().print(
        f"Записан {escape(_shown(destination))}: откройте его в Word или LibreOffice, поправьте "
        "бланк и оформление, сохраните как .docx — mentorkit возьмёт его вместо шаблона по "
        "умолчанию.",
        soft_wrap=True,
    )
