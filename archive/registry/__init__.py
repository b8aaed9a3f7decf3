"""The registries contributors edit (corpus/*.yml): loaded, validated with file:line errors.

May import: text, errors, models.
"""
