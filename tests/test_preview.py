"""Live preview (hooks/preview.py): `mkdocs serve` regenerates the pages when a corpus
file changes, prints the build's own error for bad input while serving the last good
page, and picks up the fix."""
import io
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from contextlib import redirect_stderr
from pathlib import Path

import pytest

from archive import publish

from archive.cli import main
from archive.render.export import read_export
from conftest import copy_project_to

SEED = "003_edd434b270b981ff.txt"
ORIGINAL = "đã dành gần một năm"
EDITED = "đã dành gần mười bốn tháng"
FIXED = "đã dành gần mười lăm tháng"
TIMEOUT = 120  # seconds for any one step; a slow shared machine builds the seeds in well under that


def ctrl_c_stops_it() -> None:
    """In the server before exec: a shell that started the tests in the background ignores
    Ctrl-C, and the server would inherit that; it needs Ctrl-C to remove its temporary site."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Preview:
    """`mkdocs serve --dirty` of a project copy, as `make serve` runs it, with its output in a file."""

    def __init__(self, project: Path):
        self.project = project
        self.log_path = project / "serve.log"
        self.process = None
        self.url = ""

    def start(self) -> None:
        env = {**publish.mkdocs_env(self.project), "PYTHONUNBUFFERED": "1"}
        env.pop("SITE_URL", None)  # a path in it would move the served site off "/"
        for _attempt in range(3):  # another process may take the free port before MkDocs binds it
            port = free_port()
            self.url = f"http://127.0.0.1:{port}/"
            with open(self.log_path, "wb") as log:
                self.process = subprocess.Popen(
                    publish.mkdocs_command("serve", "--dirty", "--dev-addr", f"127.0.0.1:{port}"),
                    cwd=self.project, env=env, stdout=log, stderr=subprocess.STDOUT,
                    preexec_fn=ctrl_c_stops_it)
            if self.wait(lambda: self.get("") is not None, "the first page", allow_exit=True):
                return
            if "Address already in use" not in self.log():
                break
        pytest.fail(f"mkdocs serve did not start:\n{self.log()}")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)  # as Ctrl-C in a terminal
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def get(self, path: str) -> str | None:
        """The served page's HTML; None while the server is not up or the page is missing."""
        try:
            with urllib.request.urlopen(self.url + path, timeout=TIMEOUT) as response:
                return response.read().decode("utf-8")
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return None

    def wait(self, condition, what: str, allow_exit: bool = False) -> bool:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            if condition():
                return True
            if self.process.poll() is not None:
                if allow_exit:
                    return False
                pytest.fail(f"mkdocs serve exited while waiting for {what}:\n{self.log()}")
            time.sleep(0.5)
        pytest.fail(f"no {what} after {TIMEOUT} s; mkdocs serve said:\n{self.log()}")


def save(path: Path, text: str) -> None:
    """Save as an editor does: the new file replaces the old one whole (never half-written)."""
    draft = path.parent.parent / f".{path.name}.draft"  # outside corpus/: not an input
    draft.write_bytes(text.encode("utf-8"))
    os.replace(draft, path)


def build_errors(project: Path) -> str:
    """What `build_pages.py` prints for the project's bad input (it writes nothing)."""
    stderr = io.StringIO()
    with redirect_stderr(stderr):
        assert main(["--root", str(project)]) != 0
    return stderr.getvalue()


@pytest.fixture
def preview(tmp_path):
    server = Preview(copy_project_to(tmp_path / "project"))
    try:
        server.start()
        yield server
    finally:
        server.stop()


def article_url(project: Path) -> str:
    data = read_export(project / "docs")
    return next(a["url"] for a in data["articles"] if a["source_file"] == f"corpus/{SEED}")


def test_editing_a_corpus_file_updates_the_served_page(preview):
    project = preview.project
    source = project / "corpus" / SEED
    text = source.read_text(encoding="utf-8")
    assert text.count(ORIGINAL) == 1 and "\noutlet: " in text
    url = article_url(project)
    assert ORIGINAL in preview.get(url)

    save(source, text.replace(ORIGINAL, EDITED))
    preview.wait(lambda: EDITED in (preview.get(url) or ""), "edited text on the page")

    # A broken header: the build's own message in the terminal, the last good page served.
    broken = text.replace(ORIGINAL, FIXED).replace("\noutlet: ", "\noutlett: ")
    save(source, broken)
    expected = build_errors(project)
    assert f"corpus/{SEED}:3: unknown header key 'outlett'" in expected
    preview.wait(lambda: expected in preview.log(), "build error in the output")
    page = preview.get(url)
    assert EDITED in page and FIXED not in page
    assert preview.process.poll() is None

    save(source, text.replace(ORIGINAL, FIXED))
    preview.wait(lambda: FIXED in (preview.get(url) or ""), "fixed text on the page")

    # Its own pages in docs/ trigger another MkDocs rebuild, never another regeneration:
    # once at start, then once per saved state of the corpus.
    assert preview.log().count("Regenerating docs/") == 4
