"""Which corpus files a pull request adds or changes, asked of git (read-only)."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path


def default_base() -> str:
    """The branch a pull request goes into: GitHub Actions names it, else origin/main."""
    return f"origin/{os.environ['GITHUB_BASE_REF']}" if os.environ.get("GITHUB_BASE_REF") else "origin/main"


def _git(root: Path, *args: str) -> subprocess.CompletedProcess | None:
    """Run a read-only git command in `root` (output as bytes); None when git is missing or hangs."""
    try:
        return subprocess.run(["git", *args], cwd=root, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None


def _paths(output: bytes) -> list[str]:
    """The paths of a `-z` listing: NUL-separated and never quoted, so a name with a
    newline, a quote or bytes that are not UTF-8 comes back as the file system has it."""
    return [os.fsdecode(name) for name in output.split(b"\0") if name]


def ref_exists(root: Path, ref: str) -> bool:
    found = _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    return found is not None and found.returncode == 0


def changed_files(root: Path, base: str, corpus: str = "corpus") -> set[str] | None:
    """Files under `corpus` (posix paths relative to `root`) that are new or changed: committed
    since `base` (when that ref exists), modified, or untracked. None when git cannot tell."""
    inside = _git(root, "rev-parse", "--is-inside-work-tree")
    if inside is None or inside.returncode != 0 or inside.stdout.strip() != b"true":
        return None
    queries = [("diff", "-z", "--name-only", "--relative", "HEAD", "--", corpus),  # staged and unstaged
               ("ls-files", "-z", "--others", "--exclude-standard", "--", corpus)]  # untracked
    if ref_exists(root, base):
        queries.append(("diff", "-z", "--name-only", "--relative", f"{base}...HEAD", "--", corpus))
    found: set[str] = set()
    for query in queries:
        result = _git(root, *query)
        if result is not None and result.returncode == 0:
            found.update(_paths(result.stdout))
    return {name for name in found if (root / name).is_file()}
