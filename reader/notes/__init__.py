"""Highlights and notes: storage, anchoring, export. Plain Python, never imports Textual.

The pieces, one concept per module:
- `model`: the records (`Highlight`, `SavedArticle`, `SearchHit`).
- `identity`: which article is "the same article" again, and its stored snapshot.
- `anchoring`: where a stored highlight lies in (possibly changed) article text.
- `fuzzy`: bounded-cost approximate matching used as anchoring's last resort.
- `schema`: the SQLite schema and its migrations.
- `store`: the SQLite database (`NoteStore`, `open_notes`).
- `export`: Markdown and W3C Web Annotation JSON.
- `commands`: the `newsreader notes ...` subcommands.
"""
