"""Problems as data: every finding of the loader and the checks, with a stable code and a place."""

from __future__ import annotations

from enum import StrEnum

from mentorkit.records import dataclass


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def label(self) -> str:
        return _SEVERITY_LABELS[self]


_SEVERITY_LABELS = {
    Severity.ERROR: "ошибка",
    Severity.WARNING: "предупреждение",
    Severity.INFO: "сведение",
}


@dataclass(frozen=True, order=True)
class Location:
    """A place in a user's repository: a path relative to its root, 1-based line and column."""

    path: str
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        if not self.line:
            return self.path
        return f"{self.path}:{self.line}:{self.col or 1}"


@dataclass(frozen=True)
class Problem:
    code: str
    severity: Severity
    location: Location
    message: str

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        loc = self.location
        return (loc.path, loc.line, loc.col, self.code)


@dataclass(frozen=True)
class Code:
    code: str
    severity: Severity
    title: str

    def at(self, location: Location, message: str) -> Problem:
        return Problem(self.code, self.severity, location, message)


CODES: dict[str, Code] = {}


def _code(code: str, severity: Severity, title: str) -> Code:
    entry = Code(code, severity, title)
    CODES[code] = entry
    return entry


E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO  # noqa: E741

# Files and YAML
YAML_SYNTAX = _code("MK001", E, "ошибка синтаксиса YAML")
DUPLICATE_KEY = _code("MK002", E, "ключ повторяется в одном словаре")
NOT_UTF8 = _code("MK003", E, "файл не в кодировке UTF-8")
EMPTY_FILE = _code("MK004", E, "файл пуст")
BINARY_FILE = _code("MK005", E, "файл не текстовый")
FILE_TOO_LARGE = _code("MK006", E, "файл слишком большой")
ALIAS_BOMB = _code("MK007", E, "слишком много повторов через ссылки YAML (&якорь/*ссылка)")
TAB_INDENT = _code("MK008", E, "табуляция в отступе")
UNREADABLE = _code("MK009", E, "файл не читается")
STRAY_FILE = _code("MK010", W, "файл или папка, которые mentorkit не читает")
MISSING_PEOPLE = _code("MK011", E, "нет файла people.yaml")
LINK_OUTSIDE = _code("MK012", E, "символическая ссылка ведёт за пределы репозитория")
LINK_BROKEN = _code("MK013", E, "символическая ссылка никуда не ведёт или ведёт по кругу")
NOT_REGULAR = _code("MK014", E, "не обычный файл: устройство, канал (FIFO) или сокет")

# Schema
UNKNOWN_FIELD = _code("MK101", E, "неизвестное поле")
MISSING_FIELD = _code("MK102", E, "нет обязательного поля")
WRONG_VALUE = _code("MK103", E, "значение неверного типа или вида")
BAD_DATE = _code("MK104", E, "неверная дата")
BAD_PERIOD = _code("MK105", E, "неверный период")
UNKNOWN_ROLE = _code("MK106", W, "роль в программе, которой mentorkit не знает")

# References
UNKNOWN_PERSON = _code("MK201", E, "ссылка на человека, которого нет в people.yaml")
AMBIGUOUS_PERSON = _code("MK202", E, "ссылка подходит нескольким людям")
UNKNOWN_ORDER = _code("MK203", E, "ссылка на несуществующий приказ")
UNKNOWN_FILE = _code("MK204", E, "ссылка на несуществующий файл")
DUPLICATE_PERSON = _code("MK205", E, "человек или id указан дважды")
NO_HEAD = _code("MK206", W, "не указан руководитель, подписывающий приказы")

# Pairs
TOO_MANY_MENTEES = _code("MK301", E, "у наставника больше наставляемых, чем rules.max_mentees")
MENTEE_TWICE = _code("MK302", E, "наставляемый в двух парах одной формы и периода")
STAGE_ORDER = _code("MK303", E, "встречи не в порядке этапов")
DATE_ORDER = _code("MK304", E, "встречи не в порядке дат")
MEETING_OUTSIDE = _code("MK305", E, "встреча вне периода пары")
NO_FINAL_MEETING = _code("MK306", W, "нет итоговой встречи")
SELF_MENTOR = _code("MK307", E, "наставник указан среди своих наставляемых")

# Consent (152-ФЗ)
NO_CONSENT_ORDER = _code("MK401", E, "в приказе человек без согласия на обработку данных")
NO_CONSENT_PAIR = _code("MK402", W, "в паре человек без согласия на обработку данных")
MINOR_NO_REPRESENTATIVE = _code("MK403", E, "согласие несовершеннолетнего без представителя")
CONSENT_IN_FUTURE = _code("MK404", E, "дата согласия позже сегодняшней")
CONSENT_WITHDRAWN = _code("MK405", W, "назван человек, отозвавший согласие")
WITHDRAWN_IN_ORDER = _code("MK406", E, "приказ после отзыва согласия называет этого человека")
WITHDRAWN_BEFORE_GIVEN = _code("MK407", E, "согласие отозвано раньше, чем дано")
MINOR_SIGNS = _code("MK408", E, "несовершеннолетний подписывает приказ или руководит")
NO_MENTORING_CONSENT = _code(
    "MK409", E, "наставник без согласия на наставничество (ст. 351.8 ТК РФ)"
)
MINOR_IN_GIT = _code("MK410", W, "файл под контролем git называет несовершеннолетнего")
PEOPLE_FILE_OUTSIDE = _code("MK411", E, "файл людей вне репозитория не найден или не прочитан")
NO_CONSENT_PLAN = _code(
    "MK412", W, "дорожная карта без утверждающего приказа называет человека без согласия"
)
NAMED_IN_REPORT_FORM = _code(
    "MK414", E, "форма отчёта называет несовершеннолетнего или человека без согласия"
)
PEOPLE_FILE_REFUSED = _code(
    "MK413", E, "файл людей вне репозитория не .yaml, не обычный файл или слишком большой"
)

# Coverage
YOUNG_NOT_COVERED = _code("MK501", W, "молодой специалист не закреплён ни за одной парой")

# Orders
ORDER_NUMBER_TWICE = _code("MK601", E, "два приказа с одним номером в одном году")
ORDER_IN_FUTURE = _code("MK602", E, "приказ датирован позже сегодняшнего дня")
ORDER_TARGET_MISSING = _code("MK603", E, "приказу не хватает данных для его вида")
APPROVAL_MISMATCH = _code("MK604", W, "дата утверждения не совпадает с датой приказа")
NO_CONSENT_IMPORTED = _code(
    "MK605", W, "в перенесённом (уже изданном) приказе человек без согласия"
)

# Deadlines
DEADLINE_NOT_UNDERSTOOD = _code("MK701", E, "срок не понят")
DEADLINE_OUTSIDE_PERIOD = _code("MK702", W, "срок вне периода дорожной карты")
NO_DEADLINE = _code("MK703", W, "срок не указан")
OVERDUE = _code("MK704", W, "срок прошёл, мероприятие не выполнено")
DUE_SOON = _code("MK705", I, "срок скоро наступит")
UNSCHEDULED = _code("MK706", I, "срок задаётся другим документом")
DONE_IN_FUTURE = _code("MK707", E, "дата выполнения позже сегодняшней")
DONE_TOO_MANY = _code("MK708", E, "дат выполнения больше, чем сроков")
MEETING_OVERDUE = _code("MK709", W, "встреча не отмечена проведённой, хотя её дата прошла")
MEETING_DUE_SOON = _code("MK710", I, "встреча скоро")
MEETING_DONE_IN_FUTURE = _code(
    "MK711", E, "встреча отмечена проведённой, но её дата ещё не наступила"
)
DEADLINE_NOISE = _code("MK712", I, "в сроке пропущены знаки, не влияющие на дату")
CALENDAR_OVERLAP = _code("MK713", E, "в календаре учебного года части года перекрываются")
CALENDAR_GAP = _code("MK714", E, "в календаре между частями года дни не учтены")
CALENDAR_BAD_SPAN = _code("MK715", E, "в календаре часть года вне своего учебного года")

# The document package and the pairs' pace
MISSING_ACT = _code("MK801", W, "в пакете документов на текущий период нет обязательного акта")
STALE_PAIR = _code("MK802", W, "пара давно без проведённых встреч (rules.stale_days)")
ACT_FILE_MISSING = _code("MK803", W, "файла акта из acts: нет в репозитории")
BAD_IGNORE = _code("MK901", W, "в списке игнорируемых неизвестный код")
