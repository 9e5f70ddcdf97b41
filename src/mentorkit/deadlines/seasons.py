"""The grammar of seasons and school holidays: «весной», «осень 2024 г.», «в летний период»,
«в каникулы», «в период осенних каникул», «осенние и весенние каникулы»."""

from __future__ import annotations

from mentorkit.deadlines.named import NamedDayReader
from mentorkit.deadlines.phrases import Point, PointKind, Window
from mentorkit.deadlines.vocabulary import SEASON_MONTHS, Cat


class SeasonReader(NamedDayReader):
    def holidays(self) -> Window | None:
        """«в каникулы», «в каникулярное время», «в период осенних каникул», «летние каникулы»."""
        token = self.tok()
        season = (
            str(token.entry.value) if token and token.entry and token.cat == Cat.SEASON else None
        )
        if season is not None:
            self.i += 1
        if not self.take(Cat.HOLIDAYS):
            return None
        self.take(Cat.TIME)
        return self.with_year(Window(Point(PointKind.HOLIDAYS, season=season)))

    def holiday_list(self) -> list[Window] | None:
        """«осенние и весенние каникулы», «в осенние, зимние каникулы»: several holidays."""
        seasons: list[str] = []
        while (token := self.tok()) is not None and token.cat == Cat.SEASON and token.entry:
            seasons.append(str(token.entry.value))
            self.i += 1
            if not (self.punct(",") or self.cat() == Cat.JOIN):
                break
            self.i += 1
        if len(seasons) < 2 or not self.take(Cat.HOLIDAYS):
            return None
        year = self.with_year(Window(Point(PointKind.HOLIDAYS))).year
        return [Window(Point(PointKind.HOLIDAYS, season=season), year) for season in seasons]

    def season(self) -> Window | None:
        """«весной», «осень 2024 г.», «в летний период»: the season's months (winter: December
        to February). A winter with one year («зима 2025») is left unread: people mean by it
        either the winter that year starts or the one it ends."""
        token = self.tok()
        if token is None or token.entry is None or token.cat != Cat.SEASON:
            return None
        months = SEASON_MONTHS.get(str(token.entry.value))
        if months is None:
            return None
        self.i += 1
        if self.cat() == Cat.PERIOD or self.word() == "период":
            self.i += 1
        elif token.text.endswith(("ие", "их", "ий", "его", "ем", "яя")):
            return None  # «осенние» alone: of the holidays, or of the season? not said
        first, last = months
        stem = str(token.entry.value)
        window = self.with_year(
            Window(
                Point(PointKind.MONTH, month=first, season=stem),
                end=Point(PointKind.MONTH, month=last),
            )
        )
        if first > last and window.year is not None:
            return None
        return window
