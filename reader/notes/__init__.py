"""Highlights and notes: storage, anchoring, export. Plain Python, never imports Textual.

The pieces, one concept per module:
- `model`: the records (`Highlight`, `SavedArticle`, `SearchHit`).
- `identity`: which article is "the same article" again, and its stored snapshot.
- `anchoring`: where a stored highlight lies in (possibly changed) article text.
- `fuzzy`: bounded-cost approximate matching used as anchoring's last resort.
- `schema`: the SQLite schema and its migrations.
- `store`: the SQLite database (`NoteStore`, `open_notes`).
- `tags`: tags on highlights (given with `t`, or `#tag` in a note).
- `export`: Markdown (Obsidian front matter), W3C Web Annotation JSON, one file per article.
- `fragments`: links back to a passage (URL text fragments).
- `template`: the placeholder language of `notes export --template`.
- `commands`: the `newsreader notes ...` subcommands.
"""
