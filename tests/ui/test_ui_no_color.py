"""NO_COLOR (issue 15): every highlight kind keeps a cue of its own that is not a colour.

Textual turns colours to greys under NO_COLOR; the reader adds one attribute per kind
(reader/ui/reader.tcss, the table in the README), read here from what the screen shows.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rich.style import Style

from reader.ui.app import ReaderApp
from reader.ui.widgets.article_view import ArticleView
from tests.ui.conftest import settle
from tests.ui.screen import screen_segments

pytestmark = pytest.mark.anyio

# The non-colour cue of each kind with NO_COLOR: attribute name -> on.
CUES = {
    "hl--link": {"underline"},
    "hl--quote": {"italic"},
    "hl--person": {"bold"},
    "hl--number": {"underline2"},
    "hl--user": {"overline"},
    "hl--user-active": {"overline", "bold"},
    "hl--search": {"reverse"},
    "hl--current": {"reverse", "bold"},
    "hl--selection": {"reverse"},
}
ATTRIBUTES = ("bold", "italic", "underline", "underline2", "overline", "reverse", "strike")


def _attributes(style: Style) -> set[str]:
    return {name for name in ATTRIBUTES if getattr(style, name)}


# The same kinds with colour: the attributes they had before NO_COLOR was looked after.
WITH_COLOUR = {
    "hl--link": {"underline"},
    "hl--quote": set(),
    "hl--person": {"bold"},
    "hl--number": {"bold"},
    "hl--user": set(),
    "hl--user-active": {"underline", "bold"},
    "hl--search": set(),
    "hl--current": {"reverse", "bold"},
    "hl--selection": set(),
}


@pytest.mark.parametrize("no_color", [True, False])
async def test_each_kind_has_its_own_attributes_with_no_color(
    make_app: Callable[..., ReaderApp], monkeypatch: pytest.MonkeyPatch, no_color: bool
) -> None:
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        found = {
            name: _attributes(view.get_component_rich_style(name, partial=True)) for name in CUES
        }
    if not no_color:
        assert found == WITH_COLOUR
        return
    assert found == CUES
    # Told apart: no two kinds share the same set of attributes, except a selection and a
    # search match, both in reverse video as the README says.
    signatures = [frozenset(v) for k, v in found.items() if k != "hl--selection"]
    assert len(set(signatures)) == len(signatures)


async def test_the_screen_shows_people_bold_quotes_italic_numbers_double_underlined(
    make_app: Callable[..., ReaderApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        segments = [s for row in screen_segments(app) for s in row if s.style is not None]

        def shown(attribute: str) -> str:
            return "".join(s.text for s in segments if getattr(s.style, attribute))

        assert "15" in shown("underline2")  # "liberated 15 more eastern Aleppo districts"
        assert "Ali Haidar" in shown("bold")
        assert "fully control 50 neighborhoods" in shown("italic")
        assert "Ali Haidar" not in shown("italic") and "15" not in shown("bold")
