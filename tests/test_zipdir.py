import os
import zipfile

from archive.output.zipdir import zip_folder


def test_same_folder_same_bytes_whatever_the_mtimes(tmp_path):
    folder = tmp_path / "copy"
    (folder / "a").mkdir(parents=True)
    (folder / "a" / "x.html").write_text("x")
    (folder / "index.html").write_text("home")
    zip_folder(folder, tmp_path / "one.zip")
    os.utime(folder / "index.html", (0, 10**9))
    zip_folder(folder, tmp_path / "two.zip")
    assert (tmp_path / "one.zip").read_bytes() == (tmp_path / "two.zip").read_bytes()
    with zipfile.ZipFile(tmp_path / "one.zip") as archive:
        assert archive.namelist() == ["copy/a/x.html", "copy/index.html"]
        assert archive.read("copy/index.html") == b"home"
