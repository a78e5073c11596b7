"""Studio Feed Protocol v1 on the console's side: the wire types, the tolerant decoder, the action requests
(docs/protocol.md). Pure.
"""
