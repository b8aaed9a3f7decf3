"""The site model -> Markdown pages, the data export and the feed. Pure: returns strings.

May import: site and below.
"""
