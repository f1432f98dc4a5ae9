"""The extractor reads as a package of small steps: every module says what it is for, no function runs long."""
import ast
from pathlib import Path

import pytest

PACKAGES = [Path(__file__).resolve().parents[2] / "service" / "core" / name for name in ("extraction", "lexicon")]
MODULES = sorted(path for package in PACKAGES for path in package.glob("*.py"))
MAX_FUNCTION_LINES = 60


def functions(tree: ast.AST) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    return [node for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]


def length(function: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    return (function.end_lineno or function.lineno) - function.lineno + 1


@pytest.mark.parametrize("path", MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_extraction_module_says_what_it_is_for(path):
    assert ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_extraction_function_is_longer_than_a_screen(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    long = {f.name: length(f) for f in functions(tree) if length(f) > MAX_FUNCTION_LINES}
    assert long == {}


def test_the_pipeline_module_runs_one_named_step_per_module():
    tree = ast.parse((PACKAGES[0] / "pipeline.py").read_text(encoding="utf-8"))
    extract = next(f for f in functions(tree) if f.name == "extract_quotes")
    assert length(extract) <= 25
