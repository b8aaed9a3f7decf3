"""The site software's own accounts, folded: the name a portal or a forum prints as a post's poster when no person
is named ("admin", "Administrator", "Quản trị viên", "Super User", "webmaster"). None of them is a writer; the rules
that meet one beside a date, in a poster's field or in an author's slot read this one list.
"""
from __future__ import annotations

SOFTWARE_ACCOUNTS = r"admin(?:istrator)?|quan tri(?: vien| he thong)?|super ?user|webmaster|root"
