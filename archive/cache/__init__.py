"""What a build keeps under .cache/archive/ so the next one need not compute it again.

May import: enrich and below.
"""
