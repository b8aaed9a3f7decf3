"""The command line: the build's summary, no progress bar off a terminal, and `check`
reporting new or changed files (git) while validating everything and writing nothing."""
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from archive import cli
from archive.git_changes import changed_files
from archive.cli import EXIT_BAD_INPUT, main, progress_printer
from conftest import ROOT, tree_hash

TODAY = "2026-11-23"
NEW_ARTICLE = (
    "Giao ban công tác tổ chức xây dựng Đảng quý I\n"
    "Thứ Hai, 01/06/2020\n"
    "(HNM) - Sáng 1/6, Ban Tổ chức Thành ủy Hà Nội tổ chức hội nghị giao ban công tác tổ chức "
    "xây dựng Đảng quý I năm 2020.\n"
    "Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ và đề ra phương hướng cho thời gian tới.\n"
)
ESCAPES = ("\x1b", "\r", "[#", "[.")


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


def seed_files(project: Path) -> list[str]:
    return sorted(f"corpus/{p.name}" for p in (project / "corpus").glob("*.txt"))


# ------------------------------------------------------------------ summary and progress


def test_build_prints_a_summary(project_copy, capsys):
    assert main(["--root", str(project_copy), "--today", TODAY]) == 0
    out, err = capsys.readouterr()
    count = len(seed_files(project_copy))
    assert f"articles: {count}\n" in out
    assert "references found: " in out and ", unresolved: " in out
    assert "pages written: " in out and ", unchanged: 0, removed: 0" in out
    # seed 004 has no byline; four seeds cite unregistered documents; seven chrome lines dropped
    assert "warnings: 12 " in out
    assert out.rstrip().splitlines()[-1].startswith("time: ") and out.rstrip().endswith(" s")
    assert err == ""

    assert main(["--root", str(project_copy), "--today", TODAY]) == 0  # again: nothing changes
    out = capsys.readouterr().out
    assert "pages written: 0, unchanged: " in out and "removed: 0" in out

    (project_copy / "corpus" / seed_files(project_copy)[0].split("/")[1]).unlink()
    assert main(["--root", str(project_copy), "--today", TODAY]) == 0
    out = capsys.readouterr().out
    assert f"articles: {count - 1}\n" in out and "removed: 0" not in out


def test_no_progress_bar_escape_codes_when_not_a_terminal(project_copy, capsys):
    assert main(["--root", str(project_copy), "--today", TODAY]) == 0
    out, err = capsys.readouterr()
    assert not any(code in out + err for code in ESCAPES)


def test_no_progress_bar_through_pipes(project_copy):
    """As CI runs it: build_pages.py with stdout and stderr piped."""
    result = subprocess.run([sys.executable, str(ROOT / "build_pages.py"), "--root", str(project_copy),
                             "--today", TODAY], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "articles: " in result.stdout and "time: " in result.stdout
    assert not any(code in result.stdout + result.stderr for code in ESCAPES)


def test_progress_bar_only_on_a_terminal():
    assert progress_printer(io.StringIO()) is None
    terminal = FakeTerminal()
    show = progress_printer(terminal)
    show(1, 2, "corpus/a.txt")
    show(2, 2, "corpus/b.txt")
    assert "\r[" in terminal.getvalue() and "2/2" in terminal.getvalue() and terminal.getvalue().endswith("\n")


def test_progress_bar_shows_during_a_build_on_a_terminal(project_copy, monkeypatch, capsys):
    terminal = FakeTerminal()
    monkeypatch.setattr(cli, "progress_printer", lambda: progress_printer(terminal))
    assert main(["--root", str(project_copy), "--today", TODAY]) == 0
    count = len(seed_files(project_copy))
    assert f"{count}/{count}" in terminal.getvalue()
    assert not any(code in capsys.readouterr().out for code in ESCAPES)


# ------------------------------------------------------------------ check


def test_check_lists_the_warnings_of_each_file(project_copy, capsys):
    assert main(["check", "--all", "--root", str(project_copy), "--today", TODAY]) == 0
    out = capsys.readouterr().out
    entry = out.split("corpus/004_", 1)[1].split("corpus/", 1)[0]
    assert "warning: no byline found" in entry


def test_check_tells_the_contributor_which_cited_documents_the_registry_lacks(project_copy, capsys):
    """The detail public pages no longer carry (issue 15): which file cites it, what to add."""
    assert main(["check", "--all", "--root", str(project_copy), "--today", TODAY]) == 0
    out = capsys.readouterr().out
    head, _, listed = out.partition("documents not in corpus/documents.yml (")
    assert listed, out
    assert "Add each as an entry (key, number, type, kind, issuing_body, date, term, title" in listed
    entry = listed.split("Kế hoạch 96-KH/TU (page documents/96-kh-tu-2018)", 1)[1].split("\n  ", 2)
    assert entry[0] == ": Tỉnh ủy hoặc Thành ủy, year 2018"
    assert entry[1].startswith("  cited in: corpus/001_")


def test_check_points_the_reviewer_at_a_pastes_weak_spots(project_copy, capsys):
    """A paste from an outlet's address: `check` shows what the reader chose, and warns
    where it was unsure (a title among close candidates) and which lines it dropped."""
    (project_copy / "corpus" / "100_paste.txt").write_text(
        "---\nurl: https://baonghean.vn/bai-viet-post1.html\ndate: 2016-12-22\n---\nTìm kiếm\n"
        "Công tác phát triển đảng viên ở cơ sở\nChi bộ nhỏ làm việc không nhỏ\n"
        "(Baonghean.vn) - Đoạn mở đầu của bài viết về chi bộ.\nĐoạn hai.\n", encoding="utf-8")
    assert main(["check", "--all", "--root", str(project_copy), "--today", TODAY]) == 0
    entry = capsys.readouterr().out.split("corpus/100_paste.txt\n", 1)[1].split("\ncorpus/", 1)[0]
    assert "title:   Chi bộ nhỏ làm việc không nhỏ" in entry and "outlet:  Báo Nghệ An" in entry
    assert "warning: the title 'Chi bộ nhỏ làm việc không nhỏ' was chosen among close candidates" in entry
    assert "warning: line left out of the article (site chrome): 'Tìm kiếm'" in entry


def test_check_writes_nothing_and_reports_every_file_outside_git(project_copy, capsys):
    (project_copy / "site").mkdir()
    before = {name: tree_hash(project_copy / name) for name in ("docs", "site", "corpus")}
    assert main(["check", "--root", str(project_copy), "--today", TODAY]) == 0
    out = capsys.readouterr().out
    assert out.startswith("every article file (git cannot tell what changed here):")
    for name in seed_files(project_copy):
        assert f"\n{name}\n  title:   " in out
    for field in ("date:", "outlet:", "author:", "refs:", "tags:", "people:"):
        assert out.count(f"\n  {field}") == len(seed_files(project_copy))
    assert "pages written" not in out and "articles: " in out
    assert {name: tree_hash(project_copy / name) for name in ("docs", "site", "corpus")} == before


def test_check_of_a_bad_corpus_fails(project_copy, capsys):
    (project_copy / "corpus" / "bad.txt").write_bytes(b"")
    assert main(["check", "--root", str(project_copy), "--today", TODAY]) == EXIT_BAD_INPUT
    out, err = capsys.readouterr()
    assert "corpus/bad.txt: the file is empty" in err and out == ""


needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(project: Path, *args: str) -> str:
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    result = subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                             "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", *args],
                            cwd=project, env=env, capture_output=True, text=True, check=True)
    return result.stdout


@pytest.fixture
def repo(project_copy):
    """The project copy as a git checkout with one commit, and `base` marking it."""
    git(project_copy, "init", "-q")
    git(project_copy, "add", "-A")
    git(project_copy, "commit", "-q", "-m", "seeds")
    git(project_copy, "branch", "base")
    return project_copy


def check_out(project: Path, capsys, *extra: str) -> str:
    assert main(["check", "--root", str(project), "--today", TODAY, "--base", "base", *extra]) == 0
    return capsys.readouterr().out


@needs_git
def test_check_reports_nothing_when_nothing_changed(repo, capsys):
    assert changed_files(repo, "base") == set()
    out = check_out(repo, capsys)
    assert out.startswith("new or changed article files (against base and the working tree):")
    assert "(none: the corpus is valid and nothing is new)" in out
    assert "title:" not in out and "articles: " in out


@needs_git
def test_check_reports_an_untracked_new_file_only(repo, capsys):
    (repo / "corpus" / "2020-06-01-giao-ban.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    assert changed_files(repo, "base") == {"corpus/2020-06-01-giao-ban.txt"}
    out = check_out(repo, capsys)
    assert "corpus/2020-06-01-giao-ban.txt\n  title:   Giao ban công tác" in out
    assert out.count("  title:") == 1


@needs_git
def test_check_reports_committed_and_modified_files(repo, capsys):
    (repo / "corpus" / "2020-06-01-giao-ban.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "new article")  # committed on the branch, as in a pull request
    first = seed_files(repo)[0]
    with (repo / first).open("a", encoding="utf-8") as handle:  # an edit not yet committed
        handle.write("\n")
    assert changed_files(repo, "base") == {"corpus/2020-06-01-giao-ban.txt", first}
    out = check_out(repo, capsys)
    assert out.count("  title:") == 2 and f"\n{first}\n" in out
    assert changed_files(repo, "no-such-ref") == {first}  # an unknown base: the working tree only


@needs_git
def test_a_changed_registry_means_every_file_is_reported(repo, capsys):
    with (repo / "corpus" / "tags.yml").open("a", encoding="utf-8") as handle:
        handle.write("# a comment\n")
    out = check_out(repo, capsys)
    assert out.startswith("every article file (corpus/tags.yml changed")
    assert out.count("  title:") == len(seed_files(repo))


@needs_git
def test_check_all_reports_every_file(repo, capsys):
    out = check_out(repo, capsys, "--all")
    assert out.startswith("every article file (--all):") and out.count("  title:") == len(seed_files(repo))


@needs_git
def test_a_deleted_file_is_not_reported(repo, capsys):
    first = seed_files(repo)[0]
    (repo / first).unlink()
    assert changed_files(repo, "base") == set()
    assert "(none:" in check_out(repo, capsys)


HOSTILE_NAMES = ('tin "mới".txt', "hai\ndòng.txt", "bài viết\tcó tab.txt", "back\\slash.txt")


def hostile_article(number: int) -> str:
    """NEW_ARTICLE with its own title, day and text, so that no two are duplicates."""
    return (NEW_ARTICLE.replace("quý I\n", f"số {number}\n").replace("01/06/2020", f"0{number + 1}/06/2020")
            .replace("tới.", f"tới, lần {number}."))


@needs_git
def test_names_with_newlines_quotes_and_tabs_are_reported(repo, capsys):
    """Issue 16, item 15: git quotes such names, or cuts them at the newline, unless asked for -z."""
    names = [f"corpus/{name}" for name in HOSTILE_NAMES]
    for number, name in enumerate(names[:2]):
        (repo / name).write_text(hostile_article(number), encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "two articles with odd names")  # committed on the branch
    for number, name in enumerate(names[2:], start=2):
        (repo / name).write_text(hostile_article(number), encoding="utf-8")  # untracked
    assert changed_files(repo, "base") == set(names)
    (repo / names[0]).write_text(hostile_article(7), encoding="utf-8")  # modified, not committed
    assert changed_files(repo, "no-such-ref") == {names[0], *names[2:]}
    out = check_out(repo, capsys)
    assert out.count("  title:") == len(names)


def test_base_defaults_to_the_pull_request_target(monkeypatch):
    monkeypatch.delenv("GITHUB_BASE_REF", raising=False)
    assert cli.default_base() == "origin/main"
    monkeypatch.setenv("GITHUB_BASE_REF", "release")
    assert cli.default_base() == "origin/release"


# ------------------------------------------------------------------ contributor documentation


def test_the_corpus_readme_example_reads_as_documented():
    import datetime as dt
    import re

    from archive.extraction import enrich, header_checks
    from archive.read.reader import parse_article
    from archive.registry.registries import load_registries

    readme = (ROOT / "corpus" / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```text\n(.*?)```", readme, re.S).group(1)
    registries = load_registries(ROOT / "corpus")
    article = enrich(parse_article(example, "corpus/example.txt", registries.outlets, dt.date(2026, 11, 23),
                                   header_checks(registries)), registries)
    assert (article.kicker, article.title) == ("Xây dựng Đảng", "Nâng cao chất lượng công tác đánh giá cán bộ")
    assert (article.date, article.time) == (dt.date(2023, 4, 18), "11:30")
    assert (article.outlet, article.author) == ("Cổng thông tin điện tử Thành ủy Hà Nội", "Hoàng Lan")
    assert article.lead.startswith("Năm 2023, Ban Tổ chức Thành ủy")
    assert [b.kind for b in article.blocks] == ["caption", "heading", "paragraph", "item", "item"]
    assert "Sign In" not in " ".join(article.passages()) and "Tag:" not in " ".join(article.passages())
    assert "89-QĐ/TW" in {r.number for r in article.references} and "cong-tac-can-bo" in article.tags
    assert f"`articles/2023/{article.slug}/`" in readme


def test_contributing_names_every_header_field_and_registry():
    from archive.read.header import HEADER_FIELDS
    from archive.registry.registries import DATA_FILES

    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    readme = (ROOT / "corpus" / "README.md").read_text(encoding="utf-8")
    for key in HEADER_FIELDS:
        assert f"`{key}`" in text and f"`{key}`" in readme, key
    for name in DATA_FILES:
        assert f"corpus/{name}" in text, name
    assert "make check" in text and "make test" in text and "build_pages.py new" in text


def test_workflows_run_the_tests_and_the_check():
    import yaml

    ci = yaml.safe_load((ROOT / ".github/workflows/ci.yml").read_text(encoding="utf-8"))
    steps = ci["jobs"]["test"]["steps"]
    runs = " ".join(step.get("run", "") for step in steps)
    assert "pull_request" in ci[True] and ci["jobs"]["test"]["runs-on"] == "ubuntu-latest"
    assert "playwright install --with-deps chromium" in runs and "CHROMIUM=" in runs
    assert "make test" in runs and ".venv/bin/python build_pages.py check" in runs
    assert any(step.get("with", {}).get("python-version") == "3.11" for step in steps)
    pages = yaml.safe_load((ROOT / ".github/workflows/pages.yml").read_text(encoding="utf-8"))
    build = pages["jobs"]["build"]["steps"]
    assert any("make site" in step.get("run", "") and "SITE_URL" in step.get("env", {}) for step in build)
    uses = [step.get("uses", "") for job in pages["jobs"].values() for step in job["steps"]]
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)
    assert any(u.startswith("actions/deploy-pages@") for u in uses)


@needs_git
def test_check_says_when_the_base_is_missing(repo, capsys):
    (repo / "corpus" / "2020-06-01-giao-ban.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    assert main(["check", "--root", str(repo), "--today", TODAY, "--base", "origin/nowhere"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("new or changed article files (uncommitted and untracked only: origin/nowhere not found")
    assert out.count("  title:") == 1


# ------------------------------------------------------------ help and README agree
def _commands():
    from archive.cli import cli
    return sorted(cli.commands.items())


@pytest.mark.parametrize("name,command", _commands(), ids=[name for name, _ in _commands()])
def test_every_command_has_help_and_is_in_the_readme(name, command, capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"`build_pages.py {name}" in readme, f"README's command table lacks `build_pages.py {name}`"
    assert main([name, "--help"]) == 0
    out = capsys.readouterr().out
    first_line = command.help.strip().splitlines()[0]
    assert first_line.split(":")[0] in " ".join(out.split()), out
    documented = readme + (ROOT / "corpus" / "README.md").read_text(encoding="utf-8") + \
        (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    for option in command.params:
        for flag in option.opts:
            if flag.startswith("--") and flag not in ("--root", "--today", "--help"):
                assert flag in documented, f"`{name} {flag}` is in --help but not in the README or guides"


def test_the_makefile_targets_call_the_commands_the_readme_names():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target, command in (("pages", "build"), ("site", "site"), ("offline", "offline"),
                            ("serve", "serve"), ("check", "check")):
        recipe = makefile.split(f"\n{target}:", 1)[1].split("\n\n", 1)[0]
        assert f"build_pages.py {command}" in recipe, f"make {target} does not run build_pages.py {command}"
