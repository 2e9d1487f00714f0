"""Where the benchmarks' shared data lives (the article-extraction pages, the corpus).

`NEWSREADER_SHARED` if set, else a `shared/` folder beside the checkout, or beside the folder
that holds the checkout (a git worktree under `wt/NAME`). The data is not in the repository.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    if os.environ.get("NEWSREADER_SHARED"):
        return Path(os.environ["NEWSREADER_SHARED"])
    candidates = [ROOT.parent / "shared", ROOT.parent.parent / "shared"]
    return next((path for path in candidates if path.is_dir()), candidates[0])


SHARED = shared_dir()


def require(path: Path, what: str) -> Path:
    """`path`, or exit with one line saying what is missing and how to point at it."""
    if not path.exists():
        raise SystemExit(
            f"{what} not found at {path}: put the shared data in a shared/ folder beside the "
            "checkout, or set NEWSREADER_SHARED to where it is (or pass its path)"
        )
    return path
