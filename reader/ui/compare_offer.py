"""Offer to compare an article with its saved copy when its text changed since it was read.

    offer_version_comparison(screen, saved=old_article, current=article_on_screen)

Compares in a thread; if anything changed, asks "3 quotes changed, 1 number changed since you
read it. Compare with the saved copy?" and, on y, opens the compare view over the screen
(esc returns). Where the saved copy comes from is the notes store's business: the library
calls this with the previous saved version and today's text.

The library's reader screen (reader/ui/notes_screen.py) calls it when it opens an article
whose saved copy (`reader.compare.versions.earlier_copy`, read before today's text is saved)
has other text.
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen

from reader.article import Article


def offer_version_comparison(screen: Screen[Any], *, saved: Article, current: Article) -> None:
    """Start the comparison on a worker; the question appears only if the texts differ."""
    screen.run_worker(
        lambda: _compare_and_ask(screen, saved, current),
        thread=True,
        exclusive=True,
        group="compare-versions",
    )


def _compare_and_ask(screen: Screen[Any], saved: Article, current: Article) -> None:
    from reader.compare.summary import changed
    from reader.compare.versions import compare_versions, since_you_read_it

    comparison = compare_versions(saved, current)
    if comparison is None:
        return
    if not any(changed(comparison).values()):
        return  # only spacing or marks changed: nothing worth a question
    question = f"{since_you_read_it(comparison)}. Compare with the saved copy?"

    def ask() -> None:
        from reader.ui.notes_dialogs import ConfirmScreen
        from reader.ui.screens.compare import CompareScreen

        def answered(yes: bool | None) -> None:
            if yes:
                screen.app.push_screen(CompareScreen(comparison))

        screen.app.push_screen(ConfirmScreen(question), answered)

    screen.app.call_from_thread(ask)
