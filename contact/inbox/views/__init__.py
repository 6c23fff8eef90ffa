"""The consultants' inbox in the Wagtail admin, one module per task, each URL routed in contact/inbox/urls.py.

listing: the ticket list, its filters and columns · ticket: a ticket's page, triage, reply or note, delete ·
unlock: unlock, lock (the second factor comes before, staff/) · keys: the key page with its fingerprints, grant,
revoke, rotate · passphrase: one's first key, a new passphrase, a forgotten one · statistics: the page and its
CSV · access: who may enter, and what a change asks for · topics: decrypted topics.
A new action is a view of its own, with its own URL, in the module of its task.
"""
