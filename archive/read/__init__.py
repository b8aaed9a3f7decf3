"""One corpus file -> an Article: header, layout, chrome, the reader's rules, and the draft `new` writes.

May import: registry, text, errors, models.
"""
