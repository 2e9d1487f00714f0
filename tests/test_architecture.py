"""The domain layer stays free of Textual: import-linter's contract in pyproject.toml holds."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def test_import_contract_holds() -> None:
    # The venv's bin is not on PATH when pytest runs as `.venv/bin/python -m pytest`.
    beside_python = Path(sys.executable).parent / "lint-imports"
    lint_imports = str(beside_python) if beside_python.exists() else shutil.which("lint-imports")
    if lint_imports is None:
        pytest.skip("import-linter is not installed (pip install '.[test]')")
    result = subprocess.run(
        [lint_imports], cwd=ROOT, capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout
