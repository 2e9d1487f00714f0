"""Edit a text in the user's own editor ($VISUAL, then $EDITOR, then vi), as git and less do."""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from pathlib import Path


def editor_command() -> list[str]:
    chosen = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    try:
        return shlex.split(chosen) or ["vi"]
    except ValueError:
        return [chosen]


def edit_in_editor(text: str) -> tuple[str, str | None]:
    """(the edited text, None), or (`text` unchanged, a one-line problem: the editor failed,
    or left a note with text in it empty). Runs the editor on a private temporary file,
    removed afterwards; waits for the editor to exit."""
    command = editor_command()
    with tempfile.TemporaryDirectory(prefix="newsreader-note-") as folder:
        path = Path(folder) / "note.md"
        path.write_text(text, encoding="utf-8")
        try:
            result = subprocess.run([*command, str(path)], check=False)
        except OSError as error:
            return text, f"Could not start the editor {command[0]!r}: {error.strerror or error}."
        if result.returncode != 0:
            return (
                text,
                f"The editor exited with status {result.returncode}; the note is unchanged.",
            )
        try:
            edited = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            return text, f"Could not read the edited note back ({error}); it is unchanged."
    if not edited.strip() and text.strip():
        # As git does with an empty commit message: an editor that left nothing (a crash, a
        # slip) does not wipe the note; emptying it is done in the note's own box.
        return text, "The editor left the file empty; the note is unchanged."
    if edited.endswith("\n") and not text.endswith("\n"):
        edited = edited[:-1]  # editors end the file with a newline the note did not have
    return edited, None
