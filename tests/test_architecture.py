"""The project's imports run one way and never in a circle, read from the source with `ast`.

Everything may import privacy/, which imports none of ours; staff/ imports only privacy/; resources/ and
contact/ may import home/, never the reverse, and not each other; nothing installed in production imports the
demo; contact/crypto.py imports nothing of Django, so the cryptography can be read and tested alone.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("config", "privacy", "staff", "home", "resources", "contact", "demo")
FORBIDDEN = {
    "privacy": {"config", "staff", "home", "resources", "contact", "demo"},
    "staff": {"config", "home", "resources", "contact", "demo"},
    "home": {"resources", "contact", "demo"},
    "resources": {"contact", "demo"},
    "contact": {"resources", "demo"},
    "config": {"demo"},
}
FRAMEWORKS = ("django", "wagtail", "modeltranslation", "modelcluster")


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def source_modules():
    return {
        module_name(path): path
        for package in PACKAGES
        if (ROOT / package).is_dir()
        for path in (ROOT / package).rglob("*.py")
    }


MODULES = source_modules()


def imported_names(module, path, node):
    """Absolute names an import statement refers to (`from a import b` may name the module a.b)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    if node.level:
        base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
        base = f"{base}.{node.module}" if node.module else base
    else:
        base = node.module
    return [base] + [f"{base}.{alias.name}" for alias in node.names]


def imports(module, path):
    """(imported name, whether the import sits inside a function or class) for each import of a module. An app's
    ready() is where Django has modules that need the app registry imported: those imports are in plain sight."""
    tree = ast.parse(path.read_text(), filename=str(path))
    found = []

    def hides(node):
        if module.endswith(".apps") and (
            isinstance(node, ast.ClassDef) or (isinstance(node, ast.FunctionDef) and node.name == "ready")
        ):
            return False
        return isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)

    def visit(node, nested):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import | ast.ImportFrom):
                found.extend((name, nested) for name in imported_names(module, path, child))
            visit(child, nested or hides(child))

    visit(tree, False)
    return found


def project_edges():
    """module -> project modules it imports (the deepest name that is a module of ours)."""
    return {
        module: {name for name, _nested in imports(module, path) if name in MODULES and name != module}
        for module, path in MODULES.items()
    }


def cycles(edges):
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in edges.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in edges:
        if node not in index:
            visit(node)
    return found


def test_the_reader_finds_every_package():
    assert {"privacy.headers", "contact.crypto", "home.models", "resources.models"} <= set(MODULES)


def test_no_import_cycle():
    assert cycles(project_edges()) == []


def test_the_cycle_finder_finds_cycles():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_go_one_way(module):
    app = module.split(".")[0]
    wrong = sorted(
        name for name, _nested in imports(module, MODULES[module]) if name.split(".")[0] in FORBIDDEN.get(app, ())
    )
    assert wrong == [], f"{module} may not import {wrong}"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_import_of_ours_hides_inside_a_function(module):
    hidden = sorted(
        name for name, nested in imports(module, MODULES[module]) if nested and name.split(".")[0] in PACKAGES
    )
    assert hidden == [], f"{module} imports {hidden} inside a function or class"


def test_the_cryptography_imports_nothing_of_django():
    frameworks = [name for name, _nested in imports("contact.crypto", MODULES["contact.crypto"])]
    assert not [name for name in frameworks if name.split(".")[0] in FRAMEWORKS]
    assert not [name for name in frameworks if name.split(".")[0] in PACKAGES and name != "contact.crypto"]
