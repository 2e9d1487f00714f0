"""A tiny HTTP server on 127.0.0.1 for URL tests: each path plays one network situation."""

from __future__ import annotations

import contextlib
import gzip
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE = (
    "<html><head><title>Council passes budget | Town News</title>"
    '<meta property="og:title" content="Council passes budget"></head><body>'
    "<nav><a href='/'>Home</a> <a href='/x'>World</a></nav><article>"
    "<h1>Council passes budget</h1>"
    "<p>The town council passed a budget of $3.2 billion on Tuesday, the clerk said.</p>"
    "<p>“We are proud of it,” said Mayor Ana Lopez, who voted for it with six others.</p>"
    "<p>Opponents said the plan would raise taxes by 4 percent over five years.</p>"
    "</article></body></html>"
)
# Two pages that link to each other, for following links: A is long, so going back to it
# can be checked to land where it was left; its one link to B is far down.
LINKS_PAGE_A = (
    "<html><head><title>River floods the old town</title><base href='/links/'></head><body>"
    "<article><h1>River floods the old town</h1>"
    + "".join(
        f"<p>Paragraph {n}: the water rose through the night and the streets of the lower town "
        "filled with mud, which the neighbours cleared together at first light.</p>"
        for n in range(1, 31)
    )
    + "<p>The agency put the damage at $3 million, in <a href='b.html'>its flood report</a> "
    "published on Friday.</p>"
    + "".join(f"<p>Closing paragraph {n} of the story, about the clean-up.</p>" for n in range(5))
    + "</article></body></html>"
)
LINKS_PAGE_B = (
    "<html><head><title>Flood report: the damage in figures</title></head><body><article>"
    "<h1>Flood report: the damage in figures</h1>"
    "<p>The report counts 42 flooded homes and three closed bridges in the lower town.</p>"
    "<p>Officials said 17 roads were still shut on Saturday evening.</p>"
    "</article></body></html>"
)
# cp1252 bytes with the label browsers treat as cp1252: curly quotes live in 0x80-0x9f.
LATIN1_PAGE = (
    "<html><body><article><h1>Caf\u00e9 owners protest</h1>"
    "<p>\u201cWe will not close,\u201d said Ren\u00e9e Dupont \u2013 the owner of a caf\u00e9 "
    "on the main square \u2013 on Monday morning.</p>"
    "<p>Her neighbours agreed and signed a letter to the mayor about the new rules.</p>"
    "</article></body></html>"
).encode("cp1252")


FEED_ETAG = '"town-feed-v1"'
FEED_REQUESTS: list[dict[str, str]] = []
"""The headers of every /feed.xml request, for the conditional-GET tests."""
FEED_ACTIVE = {"now": 0, "most": 0}
"""How many /slow-feed.xml requests run at once, and the most that ever did."""
_FEED_LOCK = threading.Lock()


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass

    def _send(self, status: int, body: bytes, content_type: str, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        # The client may have given up already (a timeout test): nothing to report.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        if path == "/article.html":
            self._send(200, ARTICLE.encode(), "text/html; charset=utf-8")
        elif path == "/links/a.html":
            self._send(200, LINKS_PAGE_A.encode(), "text/html; charset=utf-8")
        elif path == "/links/b.html":
            self._send(200, LINKS_PAGE_B.encode(), "text/html; charset=utf-8")
        elif path == "/latin1.html":
            self._send(200, LATIN1_PAGE, "text/html; charset=iso-8859-1")
        elif path == "/gzip.html":
            self._send(200, gzip.compress(ARTICLE.encode()), "text/html", Content_Encoding="gzip")
        elif path == "/plain.txt":
            body = b"A Plain Story\n\nIt happened on Monday, a witness said to the paper.\n"
            self._send(200, body, "text/plain; charset=utf-8")
        elif path.startswith("/redirect-to?"):
            from urllib.parse import unquote

            self._send(302, b"", "text/html", Location=unquote(path.partition("?")[2]))
        elif path == "/redirect":
            self._send(302, b"", "text/html", Location="/article.html")
        elif path.startswith("/loop"):
            n = int(path[5:] or 0)
            self._send(302, b"", "text/html", Location=f"/loop{n + 1}")
        elif path == "/missing":
            self._send(404, b"<h1>Not found</h1>", "text/html")
        elif path == "/error":
            self._send(500, b"oops", "text/plain")
        elif path == "/image.png":
            self._send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
        elif path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"word " * 2000 + b"</p>"
            try:
                for _ in range(5000):  # ~50 MB if the client never stops reading
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path.startswith("/trickle"):
            # One byte at a time, for ever unless the client hangs up: no single read is slow,
            # only the whole download (the kind of server an overall deadline is for).
            interval = float(path.partition("?every=")[2] or 0.2)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                self.wfile.write(ARTICLE.encode()[:200])
                self.wfile.flush()
                for _ in range(600):
                    time.sleep(interval)
                    self.wfile.write(b" ")
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path in ("/feed.xml", "/slow-feed.xml"):
            self._feed(slow=path == "/slow-feed.xml")
        elif path == "/slow":
            time.sleep(3)
            self._send(200, ARTICLE.encode(), "text/html")
        else:
            self._send(404, b"", "text/plain")

    def _feed(self, *, slow: bool) -> None:
        """An RSS feed of this server's pages, with an ETag; 304 when the client has it."""
        from tests.feeds.samples import rss_for

        FEED_REQUESTS.append(dict(self.headers))
        if slow:
            with _FEED_LOCK:
                FEED_ACTIVE["now"] += 1
                FEED_ACTIVE["most"] = max(FEED_ACTIVE["most"], FEED_ACTIVE["now"])
            time.sleep(0.3)
            with _FEED_LOCK:
                FEED_ACTIVE["now"] -= 1
        if self.headers.get("If-None-Match") == FEED_ETAG:
            self._send(304, b"", "application/rss+xml", ETag=FEED_ETAG)
            return
        body = rss_for(f"http://{self.headers['Host']}")
        last_modified = "Tue, 01 Dec 2026 10:00:00 GMT"
        self._send(200, body, "application/rss+xml", ETag=FEED_ETAG, Last_Modified=last_modified)


@contextmanager
def serve() -> Iterator[str]:
    """Run the server in a thread; yields its base URL (http://127.0.0.1:PORT)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
