"""What a new machine installs is what was declared and tested.

pyproject.toml declares every library the code imports; requirements/test.lock and app.lock
pin them (and everything below them) to the versions the suite ran with. These tests fail when
the two disagree, when code imports a library nobody declared, or when a reader works only
because some package's optional extra happened to pull in what it needs.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import REPO

LOCKS = REPO / "requirements"
PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def _stamp_tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("lock_stamp", REPO / "tools" / "lock_stamp.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pins(lock: Path) -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        if line and not line[0].isspace() and not line.startswith("#") and "==" in line:
            requirement = Requirement(line.split(" \\")[0].split(";")[0].strip())
            pins[canonicalize_name(requirement.name)] = str(requirement.specifier).lstrip("=")
    return pins


def _declared(*groups: str) -> list[Requirement]:
    found: list[Requirement] = []
    for group in groups:
        if group == "runtime":
            found += [Requirement(r) for r in PROJECT["project"]["dependencies"]]
        elif group == "build":
            found += [Requirement(r) for r in PROJECT["build-system"]["requires"]]
        else:
            found += [Requirement(r) for r in PROJECT["project"]["optional-dependencies"][group]]
    return found


def test_the_locks_were_made_from_this_pyproject() -> None:
    tool = _stamp_tool()
    digest = tool.inputs_digest(REPO)
    for lock in ("test.lock", "app.lock"):
        assert tool.stamp_of(LOCKS / lock) == digest, (
            f"requirements/{lock} was made from other dependency lists than pyproject.toml's: "
            "run tools/lock.sh and commit both"
        )


@pytest.mark.parametrize(
    ("lock", "groups"),
    [("test.lock", ("runtime", "build", "test", "postgres")), ("app.lock", ("runtime", "build"))],
)
def test_every_declared_requirement_is_locked_inside_its_range(
    lock: str, groups: tuple[str, ...]
) -> None:
    pins = _pins(LOCKS / lock)
    for requirement in _declared(*groups):
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement} is declared but not in requirements/{lock}"
        assert requirement.specifier.contains(pins[name], prereleases=True), (
            f"requirements/{lock} pins {name}=={pins[name]}, outside {requirement}"
        )


def test_the_application_lock_ships_the_tested_versions() -> None:
    tested, shipped = _pins(LOCKS / "test.lock"), _pins(LOCKS / "app.lock")
    assert shipped, "requirements/app.lock pins nothing"
    for name, version in shipped.items():
        assert tested.get(name) == version, (
            f"{name}: app.lock {version}, test.lock {tested.get(name)}"
        )


def test_every_lock_line_carries_a_hash() -> None:
    for lock in ("test.lock", "app.lock"):
        text = (LOCKS / lock).read_text(encoding="utf-8")
        entries = [b for b in text.split("\n") if b and not b[0].isspace() and "==" in b]
        assert text.count("--hash=sha256:") >= len(entries) > 0


def _imports(folder: Path) -> set[str]:
    """Top-level module names imported by the code under ``folder``, lazily or not."""
    names: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name.partition(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.partition(".")[0])
            elif (
                isinstance(node, ast.Call)
                and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                names.add(node.args[0].value.partition(".")[0])
    return names - set(sys.stdlib_module_names) - {"claimdesk", "tests", "bench", "__future__"}


def _distributions(modules: set[str]) -> dict[str, set[str]]:
    owners = metadata.packages_distributions()
    return {m: {canonicalize_name(d) for d in owners.get(m, [])} for m in modules}


@pytest.mark.parametrize(
    ("folder", "groups"),
    [("claimdesk", ("runtime",)), ("tests", ("runtime", "test")), ("bench", ("runtime", "test"))],
)
def test_every_imported_library_is_declared(folder: str, groups: tuple[str, ...]) -> None:
    declared = {canonicalize_name(r.name) for r in _declared(*groups)}
    for module, owners in _distributions(_imports(REPO / folder)).items():
        assert owners, f"{folder}/ imports {module}, which no installed package provides"
        assert owners & declared, (
            f"{folder}/ imports {module} (from {', '.join(sorted(owners))}), "
            f"not declared in pyproject.toml ({', '.join(groups)})"
        )


def _closure_without_extras(roots: list[Requirement]) -> set[str]:
    """Every distribution the declared requirements reach, asking for no extra on the way."""
    environment = {**default_environment(), "extra": ""}
    reached: set[str] = set()
    todo = [canonicalize_name(r.name) for r in roots]
    while todo:
        name = todo.pop()
        if name in reached:
            continue
        reached.add(name)
        for line in metadata.requires(name) or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate(environment):
                todo.append(canonicalize_name(requirement.name))
    return reached


# Loads every module of the package and every reader the importers load only when needed.
LOAD_EVERYTHING = """
import sys
at_start = set(sys.modules)  # what site's .pth files load (setuptools' hook) is not the app's
import importlib, json, pkgutil
import claimdesk
for info in pkgutil.walk_packages(claimdesk.__path__, "claimdesk."):
    if ".migrations." not in info.name and not info.name.endswith("__main__"):
        importlib.import_module(info.name)
for reader in ("trafilatura", "trafilatura.settings", "docx", "pdfminer.high_level", "openpyxl",
               "lxml.etree", "lxml.html.clean", "jinja2", "dateparser", "whoosh.index"):
    importlib.import_module(reader)
print(json.dumps(sorted({m.partition(".")[0] for m in set(sys.modules) - at_start})))
"""


def test_what_the_app_loads_is_reached_without_optional_extras() -> None:
    result = subprocess.run(
        [sys.executable, "-c", LOAD_EVERYTHING],
        capture_output=True,
        text=True,
        timeout=300,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(Path.home())},
    )
    assert result.returncode == 0, result.stderr
    loaded = set(json.loads(result.stdout.splitlines()[-1])) - set(sys.stdlib_module_names)
    reachable = _closure_without_extras(_declared("runtime"))
    shipped = set(_pins(LOCKS / "app.lock"))
    for module, owners in _distributions(loaded - {"claimdesk"}).items():
        # A module of no distribution is the interpreter's own; one of a distribution the
        # application's lock does not hold was found by a library's optional "try: import"
        # (openpyxl tries Pillow), because the test tools happened to install it.
        if owners & shipped:
            assert owners & reachable, (
                f"the app loads {module} from {', '.join(sorted(owners))}, which pyproject.toml "
                "reaches only through an optional extra: declare it"
            )
