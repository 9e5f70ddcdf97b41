"""The entry point keeps pydantic from scanning installed packages for plugins (mentorkit.start)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from mentorkit.start import _without_plugins
_without_plugins()
from pydantic import BaseModel, ValidationError
class Item(BaseModel):
    n: int
assert Item(n="3").n == 3
try:
    Item(n="x")
except ValidationError:
    pass
else:
    raise SystemExit("no validation error")
print("importlib.metadata" in sys.modules)
"""


def test_models_validate_without_the_plugin_scan() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "False"


def test_a_loader_already_imported_is_left_alone() -> None:
    probe = (
        "import sys, pydantic.plugin._loader as real\n"
        "from mentorkit.start import _without_plugins\n"
        "_without_plugins()\n"
        "print(sys.modules['pydantic.plugin._loader'] is real)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "True"
