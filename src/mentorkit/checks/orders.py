"""Orders: one number per year, and no order dated after today."""

from __future__ import annotations

from mentorkit.checks.base import Context
from mentorkit.problems import ORDER_IN_FUTURE, ORDER_NUMBER_TWICE, Problem


def check_orders(ctx: Context) -> list[Problem]:
    problems: list[Problem] = []
    first: dict[tuple[str, int], str] = {}
    for doc in ctx.repo.orders:
        order = doc.model
        key = (order.number.strip().lower(), order.date.year)
        if key in first:
            problems.append(
                ORDER_NUMBER_TWICE.at(
                    doc.at("number"),
                    f"приказ № {order.number} за {order.date.year} год уже есть ({first[key]}): "
                    "у приказов одного года номера не повторяются",
                )
            )
        else:
            first[key] = doc.path
        if order.date > ctx.today:
            problems.append(
                ORDER_IN_FUTURE.at(
                    doc.at("date"),
                    f"приказ № {order.number} датирован {order.date:%d.%m.%Y}, это позже "
                    f"сегодняшнего дня ({ctx.today:%d.%m.%Y}) — проверьте дату или проверяйте "
                    "с --today",
                )
            )
    return problems
