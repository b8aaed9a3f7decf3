"""An Article -> the same with its citations, tags, people, organisations and places.

May import: read, registry, text, errors, models.
"""
