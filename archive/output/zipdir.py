"""Zip a folder the same way every time: sorted entries, fixed timestamps.

`python -m zipfile -c` stamps each entry with the file's mtime, so two builds of
the same corpus would give two different zips. Usage:
    python -m archive.output.zipdir FOLDER OUTPUT.zip
"""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path

FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can hold


def zip_folder(folder: Path, output: Path) -> int:
    """Write `folder` (as a top-level folder of that name) into `output`; returns the file count."""
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in files:
            info = zipfile.ZipInfo(f"{folder.name}/{path.relative_to(folder).as_posix()}", FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    return len(files)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    count = zip_folder(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{sys.argv[2]}: {count} files")
