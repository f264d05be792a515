"""What marks a file as a Naast project, and which schema this build writes.

Kept apart from the migrations (``schema.py``) so that checking a file, and starting the
application, need not load sqlite-utils; a test checks that the two agree.
"""

#: Marks a SQLite file as a Naast project ("NAST" in ASCII), stored in the header's application_id.
APPLICATION_ID = 0x4E415354

#: The schema version this build writes and the newest it can read: the number of migration steps.
SCHEMA_VERSION = 15
#: The first schema step whose reuse index the store reads (postings as runs); an older file
#: open read-only gets an index in memory.
REUSE_INDEX_SCHEMA = 12
#: The first schema step that keeps the number of documents (``documents_count``).
DOCUMENTS_COUNT_SCHEMA = 15
