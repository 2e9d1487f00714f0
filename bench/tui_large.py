"""Reader speed on a book-length article, headless, with baselines measured in the same run.

1. open: a ~100,000-word article (devset texts repeated, already cleaned) is shown on the
   reader screen: from pushing the screen until the article view has painted its last
   visible row (the compositor asked for it); baseline: the sample article, same way.
2. page down: 40 page-downs on it, each until its rows are rendered (cache cold, since each
   page is new); reported as median and worst; and the same keyed through Pilot, timed
   from the key press to the view's repaint.
3. panel: the side panel filled with 2,000 numbers (tab shown), until the list paints;
   baseline: 20 numbers.

Times are wall clock up to the paint the compositor requests (the widgets' render calls),
not Pilot's pause(), which waits for the whole machine to go idle.

Bars: open < 0.5 s, page-down < 20 ms, 2,000-number panel < 0.3 s.

    python bench/tui_large.py
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("NEWSREADER_CONFIG_DIR", tempfile.mkdtemp(prefix="nr-bench-"))

from reader.analysis.model import Analysis, Number  # noqa: E402
from reader.article import Article, ArticleBuilder  # noqa: E402
from reader.ui.app import ReaderApp  # noqa: E402
from reader.ui.screens.reader_screen import ReaderScreen  # noqa: E402
from reader.ui.widgets.article_view import ArticleView  # noqa: E402
from reader.ui.widgets.panels import ItemList, SidePanel  # noqa: E402

SIZE = (160, 45)


def big_article(words: int = 100_000) -> Article:
    texts = sorted((ROOT / "bench" / "devset" / "texts").glob("*.txt"))
    builder = ArticleBuilder("big")
    builder.add("title", "A book-length article")
    count = 0
    while count < words:
        for path in texts:
            for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
                if paragraph.strip():
                    builder.add("paragraph", paragraph)
                    count += len(paragraph.split())
            if count >= words:
                break
    return builder.build(title="A book-length article")


def sample_article() -> Article:
    builder = ArticleBuilder("sample")
    text = (ROOT / "seeds" / "aleppo-syrian-army-2016.txt").read_text(encoding="utf-8")
    for paragraph in text.split("\n\n")[1:]:
        builder.add("paragraph", paragraph)
    return builder.build(title="Sample")


def numbers(article: Article, count: int) -> Analysis:
    step = max(1, len(article.text) // count)
    found = []
    for index in range(count):
        at = index * step
        found.append(Number(article.text[at : at + 4], at, at + 4, index, None, "count"))
    return Analysis(numbers=tuple(found))


class PaintWatch:
    """Records the first time a widget class renders (render_lines) after being armed."""

    def __init__(self, cls: type, method: str) -> None:
        self.armed_at = float("inf")
        self.stamp = 0.0
        original = getattr(cls, method)
        watch = self

        def wrapper(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            result = original(self, *args, **kwargs)
            now = time.perf_counter()
            if now > watch.armed_at and watch.stamp < watch.armed_at:
                watch.stamp = now
            return result

        setattr(cls, method, wrapper)

    def arm(self) -> float:
        self.armed_at = time.perf_counter()
        return self.armed_at

    async def painted(self, timeout: float = 10.0) -> float:
        start = self.armed_at
        while self.stamp < start:
            if time.perf_counter() - start > timeout:
                raise TimeoutError
            await asyncio.sleep(0.0005)
        elapsed = self.stamp - start
        self.armed_at = float("inf")
        await asyncio.sleep(0.05)  # let the rest of the frame (and any follow-up) finish
        return elapsed


VIEW_PAINT = PaintWatch(ArticleView, "render_lines")
LIST_PAINT = PaintWatch(ItemList, "render_lines")


async def time_open(article: Article) -> float:
    app = ReaderApp(article=sample_article(), analysis=Analysis())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        VIEW_PAINT.arm()
        app.push_screen(ReaderScreen(article=article, analysis=Analysis()))
        return await VIEW_PAINT.painted()


async def time_pages(article: Article) -> tuple[list[float], list[float]]:
    app = ReaderApp(article=article, analysis=Analysis())
    direct: list[float] = []
    pressed: list[float] = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        height = view.size.height
        for _ in range(40):
            start = time.perf_counter()
            view.action_page(1)
            for y in range(height):
                view.render_line(y)
            direct.append(time.perf_counter() - start)
        for _ in range(40):
            VIEW_PAINT.arm()
            await pilot.press("space")
            pressed.append(await VIEW_PAINT.painted())
    return direct, pressed


async def time_panel(article: Article, count: int) -> tuple[float, float]:
    app = ReaderApp(article=article, analysis=Analysis())
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(50):
            await pilot.pause()
            if app.screen.query(SidePanel) and app.screen.query("ItemList"):
                break
        side = app.screen.query_one(SidePanel)
        side.show_tab("numbers")
        await pilot.pause()
        analysis = numbers(article, count)
        start = LIST_PAINT.arm()
        side.set_analysis(analysis, article.text)
        first = await LIST_PAINT.painted()
        option_list = side.panel("numbers").option_list
        while option_list.option_count < count:  # the rest is added after the first paint
            await asyncio.sleep(0.0005)
        return first, time.perf_counter() - start


async def main() -> None:
    start = time.perf_counter()
    big = big_article()
    print(
        f"built article: {big.word_count:,} words, {len(big.blocks):,} blocks "
        f"({time.perf_counter() - start:.2f} s, not timed below)"
    )
    small = sample_article()

    small_open = await time_open(small)
    big_open = await time_open(big)
    print(
        f"open + first paint: 100k words {big_open * 1000:.0f} ms   "
        f"sample {small_open * 1000:.0f} ms (baseline)   bar < 500 ms"
    )

    direct, pressed = await time_pages(big)
    print(
        f"page down (render rows): median {statistics.median(direct) * 1000:.1f} ms   "
        f"worst {max(direct) * 1000:.1f} ms   bar < 20 ms"
    )
    print(
        f"page down (key press to repaint, through Pilot): "
        f"median {statistics.median(pressed) * 1000:.1f} ms   worst {max(pressed) * 1000:.1f} ms"
    )

    panel_small = await time_panel(big, 20)
    panel_big = await time_panel(big, 2000)
    print(
        f"numbers panel, first paint: 2,000 items {panel_big[0] * 1000:.0f} ms   "
        f"20 items {panel_small[0] * 1000:.0f} ms (baseline)   bar < 300 ms"
    )
    print(f"numbers panel, all 2,000 items in the list: {panel_big[1] * 1000:.0f} ms")


if __name__ == "__main__":
    asyncio.run(main())
