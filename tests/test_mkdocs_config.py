"""mkdocs.yml read as MkDocs reads it, for the keys the build uses (archive/mkdocs_config.py)."""
from archive.mkdocs_config import read_config
from conftest import ROOT


def test_env_tags_take_the_environment_or_their_default(tmp_path, monkeypatch):
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: Kho\nsite_url: !ENV [SITE_URL, 'http://127.0.0.1:8000/']\n"
                      "flag: !ENV [A, B, false]\n", encoding="utf-8")
    monkeypatch.delenv("SITE_URL", raising=False)
    monkeypatch.delenv("A", raising=False)
    monkeypatch.setenv("B", "from-b")
    read = read_config(config)
    assert read["site_url"] == "http://127.0.0.1:8000/" and read["flag"] == "from-b"
    monkeypatch.setenv("SITE_URL", "https://example.org/kho/")
    assert read_config(config)["site_url"] == "https://example.org/kho/"


def test_the_project_config_names_the_site_in_vietnamese():
    config = read_config(ROOT / "mkdocs.yml")
    assert config["site_name"].startswith("Kho lưu trữ") and config["theme"]["language"] == "vi"
