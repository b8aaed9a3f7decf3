"""Writing: docs/ (only what changed, all or nothing), zips with fixed bytes.

May import: search and below.
"""
