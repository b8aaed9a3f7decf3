"""Vietnamese text: the clean and folded forms, dates as sources write them, phrase matching.

The bottom stage: imports nothing of the archive but errors and models.
"""
