"""The package's shape: each stage imports only the stages below it (docs-dev/package.md),
no module grows past 400 lines, and the extraction cache's key covers the code it runs."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from archive.extraction import EXTRACTION_CODE

PACKAGE = Path(__file__).resolve().parent.parent / "archive"

# Bottom to top. A module may import from its own layer and the layers before it.
LAYERS = [
    {"errors", "models", "parallel"},
    {"text"},
    {"registry"},
    {"read"},
    {"enrich"},
    {"cache"},
    {"site"},
    {"render"},
    {"search"},
    {"output"},
    {"extraction", "pipeline", "git_changes", "mkdocs_config", "publish", "reports", "cli"},
]
MAX_LINES = 400


def part_of(module: str) -> str:
    """'archive.read.header' -> 'read'; 'archive.models' -> 'models'."""
    return module.split(".")[1]


def layer_of(module: str) -> int:
    part = part_of(module)
    for number, parts in enumerate(LAYERS):
        if part in parts:
            return number
    raise AssertionError(f"{module}: its part '{part}' has no layer in tests/test_layers.py")


def modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        if len(parts) > 1:
            found[".".join(parts)] = path
    return found


def imports_of(path: Path) -> set[str]:
    """The archive modules a file imports (absolute names)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}: relative import (write `from archive.x import y`)"
            if node.module and node.module.startswith("archive."):
                found.add(node.module)
            elif node.module == "archive":
                found.update(f"archive.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("archive."))
    return found


MODULES = modules()


@pytest.mark.parametrize("module", sorted(MODULES))
def test_a_module_imports_only_its_own_layer_and_those_below(module):
    mine = layer_of(module)
    for imported in imports_of(MODULES[module]):
        assert layer_of(imported) <= mine, (
            f"{module} (layer {mine}: {part_of(module)}) imports {imported} "
            f"(layer {layer_of(imported)}: {part_of(imported)}), a later stage")


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_is_over_the_size_limit(module):
    lines = MODULES[module].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{module}: {lines} lines; split it by noun"


def test_every_part_has_a_layer():
    for module in MODULES:
        layer_of(module)


def _closure(start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        module = todo.pop()
        if module in seen or module not in MODULES:
            continue
        seen.add(module)
        todo.extend(imports_of(MODULES[module]))
    return seen


def test_the_extraction_cache_key_covers_all_the_code_extraction_runs():
    """A cached result must go stale when any code that made it changes."""
    covered = {part.removesuffix(".py") for part in EXTRACTION_CODE}
    for module in _closure("archive.extraction"):
        assert part_of(module) in covered, f"extraction runs {module}, which EXTRACTION_CODE leaves out"


def test_the_layer_check_catches_an_upward_import(tmp_path):
    """The check itself can fail: a text module importing the renderer is caught."""
    bad = tmp_path / "bad.py"
    bad.write_text("from archive.render.markup import escape\n", encoding="utf-8")
    assert layer_of(next(iter(imports_of(bad)))) > layer_of("archive.text.normalize")


def nested_imports(path: Path) -> list[int]:
    """Lines where the file imports an archive module inside a function or a class, not at its top."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            for inner in ast.walk(node):
                if isinstance(inner, ast.ImportFrom) and (inner.module or "").startswith("archive"):
                    found.append(inner.lineno)
                elif isinstance(inner, ast.Import) and any(a.name.startswith("archive") for a in inner.names):
                    found.append(inner.lineno)
    return sorted(set(found))


@pytest.mark.parametrize("module", sorted(MODULES))
def test_archive_imports_stand_at_the_top(module):
    """An import hidden in a function dodges a cycle the layers should show: what both sides need goes to
    a leaf module instead (read/line_sizes.py)."""
    assert nested_imports(MODULES[module]) == [], f"{module}: archive imports inside a function"


def test_the_top_import_check_catches_one_in_a_function(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from archive.read.prose import is_sentence\n    return is_sentence\n",
                   encoding="utf-8")
    assert nested_imports(bad) == [2]
