"""Every notification an app shows, kept for the test (the app's own list forgets a notice
once its few seconds are over, which on a busy machine can be before the test looks)."""

from __future__ import annotations

from typing import Any

from textual.app import App


def record_notices(app: App[Any]) -> list[str]:
    shown: list[str] = []
    notify = app.notify

    def recording(message: str, *args: Any, **kwargs: Any) -> None:
        shown.append(str(message))
        notify(message, *args, **kwargs)

    app.notify = recording  # type: ignore[method-assign]
    return shown


def said(shown: list[str], text: str) -> bool:
    return any(text in message for message in shown)
