"""View logic without Qt, shared by the window and the report: formats, palette, flags, faces, the closing rule."""
