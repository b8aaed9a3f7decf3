#!/usr/bin/env python3
"""Turn corpus/ into Markdown pages under docs/. Run `python build_pages.py --help`."""
import sys

from archive.cli import end_without_teardown, main

if __name__ == "__main__":
    end_without_teardown(main())
