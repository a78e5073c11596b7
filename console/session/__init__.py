"""The session file's one owner: schema, migrations, the recorder, the one event reader and checkpoint restore
(docs/session-file.md).
"""
