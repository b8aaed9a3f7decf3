"""The archive's own search: a record per page from its HTML, a sharded static index.

May import: render and below (render's section headings say what is not the article).
"""
