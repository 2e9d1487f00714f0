"""URLs: fetched from a server on 127.0.0.1, with every failure a one-line SourceError."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reader.errors import NewsreaderError, SourceError
from reader.extract import load_article
from tests.http_server import serve


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with serve() as url:
        yield url


def test_html_article(base: str) -> None:
    article = load_article(f"{base}/article.html")
    assert article.title == "Council passes budget"
    assert "“We are proud of it,” said Mayor Ana Lopez" in article.text
    assert "Home" not in article.text
    assert article.url and article.url.startswith(base)


def test_iso_8859_1_label_decodes_as_cp1252(base: str) -> None:
    article = load_article(f"{base}/latin1.html")
    assert "“We will not close,” said Renée Dupont – the owner" in article.text


def test_gzip_transfer_and_redirect(base: str) -> None:
    assert "Mayor Ana Lopez" in load_article(f"{base}/gzip.html").text
    article = load_article(f"{base}/redirect")
    assert article.url == f"{base}/article.html" or "Ana Lopez" in article.text


def test_plain_text_url(base: str) -> None:
    article = load_article(f"{base}/plain.txt")
    assert article.title == "A Plain Story"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "HTTP 404"),
        ("/error", "HTTP 500"),
        ("/loop0", "redirects"),
        ("/image.png", "content type image/png"),
    ],
)
def test_failures(base: str, path: str, message: str) -> None:
    with pytest.raises(SourceError) as caught:
        load_article(base + path)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_size_cap(base: str) -> None:
    with pytest.raises(SourceError, match="larger than the 1 MiB limit"):
        load_article(f"{base}/huge", max_bytes=1024 * 1024)


def test_timeout(base: str) -> None:
    with pytest.raises(SourceError, match=r"timed out after 0\.5 s"):
        load_article(f"{base}/slow", timeout=0.5)


def test_timeout_bounds_the_whole_download(base: str) -> None:
    """--timeout is a deadline from connecting to the last byte, not a limit per read."""
    import time

    start = time.monotonic()
    with pytest.raises(SourceError, match=r"timed out after 1 s"):
        load_article(f"{base}/trickle?every=0.2", timeout=1)
    assert time.monotonic() - start < 2.5


def test_refused_connection() -> None:
    import socket

    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(NewsreaderError, match="cannot fetch"):
        load_article(f"http://127.0.0.1:{port}/x", timeout=2)


def test_other_schemes_are_refused() -> None:
    with pytest.raises(SourceError, match="unsupported URL scheme 'ftp'"):
        load_article("ftp://example.com/a.html")


def test_cli_timeout_is_one_line_and_exit_2(base: str) -> None:
    import subprocess
    import sys
    import time

    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "reader", "analyze", f"{base}/trickle?every=0.5", "--timeout", "1"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert time.monotonic() - start < 6
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "timed out after 1 s" in done.stderr


@pytest.mark.parametrize(
    ("host", "private"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("app.localhost", True),
        ("10.1.2.3", True),
        ("192.168.1.1", True),
        ("169.254.169.254", True),  # the cloud metadata address
        ("0.0.0.0", True),
        ("::1", True),
        ("[::1]", True),
        ("::ffff:127.0.0.1", True),
        ("fd00::1", True),
        ("8.8.8.8", False),
        ("2001:4860:4860::8888", False),
    ],
)
def test_private_addresses(host: str, private: bool) -> None:
    from reader.extract.sources import is_private_host

    assert is_private_host(host) is private


def test_redirect_from_a_public_to_a_private_address_is_refused(
    base: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server on 127.0.0.1 plays a public site (as the user typed it) that redirects to
    "localhost", which plays the private address the user did not ask for."""
    import reader.extract.sources

    monkeypatch.setattr(reader.extract.sources, "is_private_host", lambda host: host == "localhost")
    port = base.rsplit(":", 1)[1]
    target = f"http://localhost:{port}/article.html"
    with pytest.raises(SourceError, match="redirected to a private address") as caught:
        load_article(f"{base}/redirect-to?{target}")
    assert "\n" not in str(caught.value)
    # Typed by the user, a private address is fine, and so are its redirects.
    assert "Ana Lopez" in load_article(f"http://localhost:{port}/redirect").text
