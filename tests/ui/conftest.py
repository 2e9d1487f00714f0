"""Fixtures for the reader UI: the sample article with a fixed analysis, and an app factory."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.model import Analysis
from reader.article import Article
from reader.ui.app import ReaderApp
from tests.ui.sample import sample_analysis, sample_article


@pytest.fixture
def article() -> Article:
    return sample_article()


@pytest.fixture
def analysis(article: Article) -> Analysis:
    return sample_analysis(article)


@pytest.fixture
def make_app(article: Article, analysis: Analysis) -> Callable[..., ReaderApp]:
    def make(**kwargs: object) -> ReaderApp:
        kwargs.setdefault("article", article)
        kwargs.setdefault("analysis", analysis)
        return ReaderApp(**kwargs)  # type: ignore[arg-type]

    return make
