"""Every Article -> the site model (indexes, related articles) and the place of every page.

Pure: no I/O. May import: cache and below.
"""
