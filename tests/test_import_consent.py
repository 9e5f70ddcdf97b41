"""A repository `mentorkit import --into` makes passes `mentorkit check`: the orders it carries
over are marked `imported:` (already signed and issued), so the people they name without consent
are a warning (MK605), not an error — while `render` still refuses to put them in a document,
and a new order naming them is still an error (MK401)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from mentorkit.check import check
from tests.conftest import run

SAMPLES = Path(__file__).parent / "data" / "import"
IVANTEEVKA = SAMPLES / "order-ivanteevka-2021.docx"
SCHOOL12 = SAMPLES / "roadmap-school12-2023-2024.docx"
TIMASHEVSK = SAMPLES / "roadmap-timashevsk-2022-2024.docx"

AFTER_ALL = "2026-01-15"
"""A day after every sample's dates: no order is in the future."""

# what each import writes and what render must refuse for want of consent
_RENDERED = {
    IVANTEEVKA: [("order", "orders/2021-156-roadmap.yaml")],
    SCHOOL12: [("plan", "roadmaps/2023-2024.yaml")],
    TIMASHEVSK: [("order", "orders/2022-220-roadmap.yaml"), ("plan", "roadmaps/2022-2024.yaml")],
}


@pytest.mark.parametrize("source", [IVANTEEVKA, SCHOOL12, TIMASHEVSK], ids=lambda p: p.stem)
def test_imported_repository_passes_check_and_render_still_refuses(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = tmp_path / "repo"
    code, _, err = run(capsys, "import", str(source), "--into", str(repo))
    assert code == 0, err
    code, out, err = run(capsys, "check", str(repo), "--today", AFTER_ALL)
    assert code == 0, out + err
    assert "MK401" not in out and "Проверка пройдена" in out
    result = check([repo], date(2026, 1, 15))
    errors = [p for p in result.problems if p.severity.value == "error"]
    assert [p for p in errors if p.code != "MK701"] == []
    warned = [p for p in result.problems if p.code == "MK605"]
    if source != SCHOOL12:  # the school's roadmap is approved by no order it holds
        assert warned and all("уже издан" in p.message for p in warned)
    for kind, path in _RENDERED[source]:
        output = tmp_path / f"{kind}.docx"
        code, _, err = run(capsys, "render", kind, str(repo / path), "-o", str(output))
        assert code == 1, err
        assert "нет согласия на обработку персональных данных" in err and "не сформирован" in err
        assert not output.exists()


def test_a_new_order_naming_the_same_people_is_still_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = tmp_path / "repo"
    run(capsys, "import", str(IVANTEEVKA), "--into", str(repo))
    (repo / "orders" / "2022-1-custom.yaml").write_text(
        "type: custom\nnumber: '1'\ndate: 2022-01-10\npoints: [Провести семинар.]\n"
        "signed_by: Козлова В.А.\n",
        encoding="utf-8",
    )
    result = check([repo], date(2026, 1, 15))
    codes = {(p.code, p.location.path) for p in result.problems}
    assert ("MK401", "orders/2022-1-custom.yaml") in codes
    assert ("MK605", "orders/2021-156-roadmap.yaml") in codes
    code, _, _ = run(capsys, "check", str(repo), "--today", AFTER_ALL)
    assert code == 1


def test_without_the_mark_an_imported_order_is_an_error_as_any(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = tmp_path / "repo"
    run(capsys, "import", str(IVANTEEVKA), "--into", str(repo))
    order = repo / "orders" / "2021-156-roadmap.yaml"
    text = order.read_text(encoding="utf-8")
    assert "\nimported: order-ivanteevka-2021.docx\n" in text
    order.write_text(text.replace("\nimported: order-ivanteevka-2021.docx\n", "\n"), "utf-8")
    codes = {p.code for p in check([repo], date(2026, 1, 15)).problems}
    assert "MK401" in codes and "MK605" not in codes


def test_a_location_on_line_100_is_printed_as_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """«file.yaml:100:23» once became «file.yaml💯23» (rich read «:100:» as an emoji code)."""
    repo = tmp_path / "repo"
    run(capsys, "import", str(TIMASHEVSK), "--into", str(repo))
    code, _, err = run(capsys, "render", "plan", str(repo / "roadmaps/2022-2024.yaml"))
    assert code == 1
    assert "roadmaps/2022-2024.yaml:100:" in err and "\U0001f4af" not in err
