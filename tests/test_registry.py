"""The four registries (corpus/*.yml) share one loader and one checker: every value's
type is checked, YAML aliases, anchors, tags and deep nesting are refused before PyYAML
could expand or recurse into them, and every problem names the file and the line."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.enrich.entities import load_entities
from archive.enrich.tagging import load_tags
from archive.errors import ArchiveError
from archive.registry.documents import load_registry
from archive.registry.outlets import load_outlets
from archive.registry.registries import load_registries
from hostile_yaml import registry_text

ROOT = Path(__file__).resolve().parent.parent

# One valid entry per registry; the tests below break one thing at a time.
VALID = {
    "outlets": (load_outlets, """\
        outlets:
          - name: Báo A
            markers: [BA]
            site: https://a.example.org
            description: Một dòng.
        """),
    "documents": (load_registry, """\
        documents:
          - key: 18-nq-tw-2017
            number: 18-NQ/TW
            type: Nghị quyết
            kind: party
            issuing_body: Ban Chấp hành Trung ương
            year: 2017
            term: XII
            plenum: 6
            title: Một tiêu đề
            aliases: [Nghị quyết Trung ương 6]
        """),
    "tags": (load_tags, """\
        tags:
          - slug: a-tag
            name: Một
            description: Mô tả.
            phrases: [một hai]
            min_score: 2
        """),
    "entities": (load_entities, """\
        people:
          - name: Trương Thị Mai
            roles: [Ủy viên Bộ Chính trị]
            name_alone: true
        organisations:
          - name: Thành ủy Hà Nội
            place: ha-noi
            aliases: [Thành ủy TP Hà Nội]
        places:
          - name: Hà Nội
        """),
}


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / f"{name}.yml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems_of(tmp_path: Path, name: str, text: str) -> list:
    loader = VALID[name][0]
    with pytest.raises(ArchiveError) as caught:
        loader(write(tmp_path, name, text), f"corpus/{name}.yml")
    problems = caught.value.problems
    assert all(p.file == f"corpus/{name}.yml" and p.line for p in problems), problems
    return problems


def replaced(name: str, old: str, new: str) -> tuple[str, int]:
    """The valid text with one line changed, and that line's number."""
    text = textwrap.dedent(VALID[name][1])
    assert old in text, old
    line = text[: text.index(old)].count("\n") + 1
    return text.replace(old, new, 1), line


@pytest.mark.parametrize("name", VALID)
def test_the_valid_entries_load(tmp_path, name):
    loader, text = VALID[name]
    assert loader(write(tmp_path, name, text), f"corpus/{name}.yml") is not None


# ---------------------------------------------------------------- every value's type

@pytest.mark.parametrize("name, old, new, expected", [
    ("outlets", "description: Một dòng.", "description: [một, hai]", "description must be one line of text, not a list"),
    ("outlets", "name: Báo A", "name: {a: b}", "name must be one line of text, not a mapping"),
    ("outlets", "markers: [BA]", "markers: {BA: 1}", "markers must be a list of texts"),
    ("outlets", "site: https://a.example.org", "site: javascript:alert(1)", "not a web address"),
    ("documents", "title: Một tiêu đề", "title: [một, hai]", "title must be one line of text, not a list"),
    ("documents", "issuing_body: Ban Chấp hành Trung ương", "issuing_body: {a: b}", "issuing_body must be one line"),
    ("documents", "year: 2017", "year: hai nghìn", "year must be a whole number from 1930 to 2100, not 'hai nghìn'"),
    ("documents", "plenum: 6", "plenum: [6]", "plenum must be a whole number from 1 to 20, not a list"),
    ("documents", "year: 2017", "year: " + "9" * 5000, "year must be a whole number from 1930 to 2100, not a number"),
    ("documents", "aliases: [Nghị quyết Trung ương 6]", "aliases: [[a]]", "aliases must be a list of texts"),
    ("documents", "title: Một tiêu đề", 'title: "một\\nhai"', "title must be one line of text"),
    ("tags", "description: Mô tả.", "description: [a, b]", "description must be one line of text, not a list"),
    ("tags", "phrases: [một hai]", "phrases: {một: hai}", "phrases must be a list of texts"),
    ("tags", "min_score: 2", "min_score: two", "min_score must be a whole number of at least 1, not 'two'"),
    ("entities", "name_alone: true", "name_alone: maybe", "name_alone must be true or false, not 'maybe'"),
    ("entities", "roles: [Ủy viên Bộ Chính trị]", "roles: {a: b}", "roles must be a list of texts"),
    ("entities", "- name: Trương Thị Mai", "- name: [Trương Thị Mai]", "name must be one line of text, not a list"),
])
def test_a_value_of_the_wrong_type_names_its_line_and_the_expected_type(tmp_path, name, old, new, expected):
    text, line = replaced(name, old, new)
    problems = problems_of(tmp_path, name, text)
    assert [(p.line, expected in p.message) for p in problems] == [(line, True)], problems


@pytest.mark.parametrize("name, old, new", [
    ("tags", "slug: a-tag", "slug: index"),  # would take the place of tags/index.md
    ("documents", "key: 18-nq-tw-2017", "key: index"),
    ("entities", "- name: Hà Nội", "- name: Hà Nội\n    key: index"),
    ("entities", "- name: Hà Nội", "- name: Hà Nội\n    key: con"),  # not a file name on Windows
    ("tags", "slug: a-tag", "slug: " + "a" * 101),  # longer than a file name may be
    ("documents", "key: 18-nq-tw-2017", "key: ★"),
])
def test_a_key_that_cannot_name_a_page_is_refused(tmp_path, name, old, new):
    text, line = replaced(name, old, new)
    problems = problems_of(tmp_path, name, text)
    assert len(problems) == 1 and problems[0].line in (line, line + 1) and "write it as" in problems[0].hint


def test_a_field_given_twice_and_an_unknown_section_are_reported(tmp_path):
    text, line = replaced("outlets", "site: https://a.example.org", "name: Báo B")
    problems = problems_of(tmp_path, "outlets", text + "outlet:\n  - name: C\n")
    assert [(p.line, p.message) for p in problems] == [
        (line, "field 'name' is given twice (first on line 2)"), (6, "unknown section 'outlet'")]
    assert problems[1].hint == "did you mean 'outlets'?"


def test_a_control_character_written_as_a_yaml_escape_is_refused(tmp_path):
    text, line = replaced("outlets", "description: Một dòng.", 'description: "Một\\e[2J dòng"')
    (problem,) = problems_of(tmp_path, "outlets", text)
    assert problem.line == line and "U+001B" in problem.message


# ---------------------------------------------------------------- YAML that could hurt

@pytest.mark.parametrize("name", VALID)
@pytest.mark.parametrize("attack, message", [
    ("&a x", "YAML anchor '&a' is not allowed"),
    ("!!binary aGk=", "YAML tag '!!binary' is not allowed"),
    ("[[[[[[[[[[[[x]]]]]]]]]]]]", "nested more than"),
])
def test_anchors_tags_and_deep_nesting_are_refused_with_their_line(tmp_path, name, attack, message):
    text = textwrap.dedent(VALID[name][1])
    first = text.split("\n")[1]  # "  - name: ..." or "  - key: ..."
    field = first.split(":")[0]
    text = text.replace(first, f"{field}: {attack}", 1)
    problems = problems_of(tmp_path, name, text)
    assert [p.line for p in problems] == [2] and message in problems[0].message


def test_an_alias_is_refused_where_it_stands(tmp_path):
    problems = problems_of(tmp_path, "outlets", "outlets:\n  - name: A\n    description: *d\n")
    assert [(p.line, p.message) for p in problems] == [(3, "YAML alias '*d' is not allowed")]


LAUGHS = "".join(f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]\n" for i in range(1, 10))


def run_isolated(code: str, timeout: int = 60) -> subprocess.CompletedProcess:
    """`code` in its own Python, 1 GB of memory at most: a crash or a blow-up there
    fails the test instead of killing pytest."""
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
    return subprocess.run([sys.executable, "-c", limit + code], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT)


LOAD_AND_REPORT = """
import json, sys
from pathlib import Path
from archive.errors import ArchiveError
from archive.registry.registries import load_registry, load_outlets
loader = {"outlets": load_outlets, "documents": load_registry}[sys.argv[1] if len(sys.argv) > 1 else NAME]
try:
    loader(Path(PATH), "corpus/x.yml")
    print(json.dumps([]))
except ArchiveError as error:
    print(json.dumps([(p.line, p.message) for p in error.problems]))
"""


@pytest.mark.parametrize("name, entry", [
    ("outlets", "outlets:\n  - name: A\n    description: *l9\n"),
    ("documents", "documents:\n  - key: a-2017\n    type: Nghị quyết\n    kind: party\n    number: 1-NQ/TW\n"
                  "    year: 2017\n    title: *l9\n"),
])
def test_a_billion_laughs_is_refused_before_it_expands(tmp_path, name, entry):
    path = tmp_path / "laughs.yml"
    path.write_text("l0: &l0 lol\n" + LAUGHS + entry, encoding="utf-8")
    assert path.stat().st_size < 1500  # about 1 KB that would grow to gigabytes
    result = run_isolated(f"NAME, PATH = {name!r}, {str(path)!r}\n" + LOAD_AND_REPORT)
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout) == [[1, "YAML anchor '&l0' is not allowed"]]


@pytest.mark.parametrize("nesting", ["[" * 40_000 + "]" * 40_000, "\n  " + "- " * 40_000 + "x"])
def test_nesting_40000_deep_in_a_registry_is_an_error_not_a_crash(tmp_path, nesting):
    path = tmp_path / "outlets.yml"
    path.write_text("outlets:\n  - name: A\n    description: " + nesting + "\n", encoding="utf-8")
    result = run_isolated(f"NAME, PATH = 'outlets', {str(path)!r}\n" + LOAD_AND_REPORT)
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-2000:]}"
    ((line, message),) = json.loads(result.stdout)
    assert line in (3, 4) and "nested more than" in message


@pytest.mark.parametrize("kind", ["link", "folder"])
def test_a_registry_that_is_not_a_plain_file_is_refused(tmp_path, kind):
    """A link could read any file on the machine (or /dev/zero, for ever); a folder crashed."""
    path = tmp_path / "outlets.yml"
    if kind == "link":
        outside = tmp_path / "elsewhere.yml"
        outside.write_text(textwrap.dedent(VALID["outlets"][1]), encoding="utf-8")
        path.symlink_to(outside)
    else:
        path.mkdir()
    with pytest.raises(ArchiveError) as caught:
        load_outlets(path, "corpus/outlets.yml")
    (problem,) = caught.value.problems
    assert problem.file == "corpus/outlets.yml" and "git checkout" in problem.hint


# ---------------------------------------------------------------- all at once, and one home

def test_every_problem_of_every_registry_is_reported_in_one_run(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, (_, text) in VALID.items():
        write(corpus, name, text)
    for name, old, new in [("outlets", "description: Một dòng.", "description: [a]"),
                           ("documents", "year: 2017", "year: [2017]"),
                           ("tags", "name: Một", "name: &n Một"),
                           ("entities", "name_alone: true", "name_alone: 'no'")]:
        path = corpus / f"{name}.yml"
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    with pytest.raises(ArchiveError) as caught:
        load_registries(corpus)
    files = [p.file for p in caught.value.problems]
    assert sorted(files) == [f"corpus/{n}.yml" for n in ("documents", "entities", "outlets", "tags")]
    assert all(p.line for p in caught.value.problems)


def test_one_declaration_per_registry_describes_every_field():
    from archive.registry import document_checks, entities, outlets, tags
    from archive.registry.schema import Section

    sections = [outlets.SECTION, document_checks.SECTION, tags.SECTION,
                *(section for _, section in entities.SECTIONS.values())]
    assert all(isinstance(s, Section) for s in sections)
    for section in sections:
        assert section.fields and all(f.description and f.type for f in section.fields), section.key


def test_contributors_yaml_is_parsed_in_one_place():
    """Only registry/loader.py hands corpus text (headers, registries) to PyYAML:
    nothing can skip its checks. (mkdocs_config.py reads the project's own mkdocs.yml.)"""
    stages = [ROOT / "archive" / part for part in ("text", "registry", "read", "enrich")]
    offenders = [str(path.relative_to(ROOT)) for stage in stages for path in stage.rglob("*.py")
                 if path.name != "loader.py"
                 and any(call in path.read_text(encoding="utf-8")
                         for call in ("yaml.load(", "yaml.safe_load(", "yaml.compose(", "SafeLoader(", "get_single_node"))]
    assert offenders == []


def test_the_corpus_registries_load():
    registries = load_registries(ROOT / "corpus")
    assert len(registries.documents) and len(registries.tags) and registries.outlets.outlets


# ---------------------------------------------------------------- any text at all

LOADERS = {"outlets": load_outlets, "documents": load_registry, "tags": load_tags, "entities": load_entities}
SECTION_OF = {"outlets": "outlets", "documents": "documents", "tags": "tags", "entities": "people"}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_registry_text_loads_or_is_refused_with_file_and_line(tmp_path, data):
    name = data.draw(st.sampled_from(sorted(LOADERS)))
    text = data.draw(registry_text(SECTION_OF[name]))
    path = tmp_path / f"{name}.yml"
    path.write_text(text, encoding="utf-8")
    try:
        LOADERS[name](path, f"corpus/{name}.yml")
    except ArchiveError as error:
        # YAML breaks lines at "\r" too (a lone "\r" is a line break), so a problem may
        # stand on a line a count of "\n" alone does not reach.
        lines = len(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")) + 1
        assert error.problems
        for problem in error.problems:
            assert problem.file == f"corpus/{name}.yml" and problem.message
            assert problem.line is not None and 1 <= problem.line <= lines, (problem, text)


@pytest.mark.parametrize("phrase", ["★★★", "---", "“ ”"])
def test_a_tag_phrase_without_a_word_is_refused_on_its_line(tmp_path, phrase):
    """Such a phrase could never match: the tag would silently never be given."""
    text, line = replaced("tags", "phrases: [một hai]", f"phrases:\n    - một hai\n    - '{phrase}'")
    (problem,) = problems_of(tmp_path, "tags", text)
    assert problem.message == f"phrase '{phrase}' of tag 'a-tag' holds no word"
    assert problem.line == line + 2 and "remove it" in problem.hint
