"""Reading an article's bytes from where the user has it: a file, standard input or a URL.

Every failure becomes a `SourceError` with one line that says what went wrong and where.
Sizes are capped (a documented default, overridable) so a hostile or mistaken input cannot
exhaust memory; URLs get a timeout, a redirect limit and a content-type check.
"""

from __future__ import annotations

import re
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from reader import __version__
from reader.errors import SourceError
from reader.progress import Progress, human_size

DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # 10 MiB: far above any real article page
DEFAULT_TIMEOUT = 15.0  # seconds, for the whole download of a URL
MAX_REDIRECTS = 5
# Feeds are served under all of these; sniff.py decides from the bytes what the body is.
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)
_ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain", *FEED_TYPES)
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_USER_AGENT = f"newsreader/{__version__} (terminal article reader)"


@dataclass(frozen=True, slots=True)
class LoadLimits:
    """How much may be read and how long the network may take (--max-size, --timeout)."""

    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT


@dataclass(frozen=True, slots=True)
class RawDocument:
    """The bytes of one input and what the transport said about them."""

    data: bytes
    name: str  # what to call it in messages and in the output's "source"
    content_type: str | None = None  # e.g. "text/html" from HTTP, None for files
    charset: str | None = None  # from the HTTP Content-Type header
    url: str | None = None  # the final URL after redirects
    etag: str | None = None  # HTTP validators, for a conditional GET next time (feeds)
    last_modified: str | None = None
    not_modified: bool = False  # a conditional GET answered 304: `data` is empty


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def read_source(
    source: str,
    *,
    stdin: bytes | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    progress: Progress | None = None,
) -> RawDocument:
    """Read `source` (a path, "-" for standard input, or an http(s) URL)."""
    if source == "-":
        data = stdin if stdin is not None else read_stdin(max_bytes)
        return RawDocument(_checked_size(data, "standard input", max_bytes), "-")
    if is_url(source):
        return fetch_url(source, max_bytes=max_bytes, timeout=timeout, progress=progress)
    scheme = _SCHEME.match(source)
    if scheme:
        raise SourceError(
            f"{source}: unsupported URL scheme '{scheme.group(1)}' (use http or https)"
        )
    return read_file(Path(source), max_bytes=max_bytes)


def read_stdin(max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """All of standard input, up to the cap (read one byte over it to detect the excess)."""
    import sys

    if sys.stdin is None:  # started with it closed (`<&-`)
        raise SourceError("-: standard input is closed")
    if sys.stdin.isatty():
        raise SourceError("-: standard input is a terminal; pipe an article into it")
    data = sys.stdin.buffer.read(max_bytes + 1)
    return _checked_size(data, "standard input", max_bytes)


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    name = str(path)
    try:
        if path.is_dir():
            raise SourceError(f"{name}: is a directory, not an article")
        size = path.stat().st_size
        if size > max_bytes and path.is_file():
            raise SourceError(_too_large(name, max_bytes))
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise SourceError(f"{name}: no such file") from None
    except PermissionError:
        raise SourceError(f"{name}: permission denied") from None
    except IsADirectoryError:
        raise SourceError(f"{name}: is a directory, not an article") from None
    except OSError as error:
        raise SourceError(f"{name}: cannot read ({error.strerror or error})") from None
    data = _checked_size(data, name, max_bytes)
    if name.lower().endswith(".gz") or data[:2] == b"\x1f\x8b":
        data = gunzip(data, name, max_bytes)
    return RawDocument(data, name)


def gunzip(data: bytes, name: str, max_bytes: int) -> bytes:
    """Decompress a gzipped page, refusing truncated files and decompression bombs."""
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = decompressor.decompress(data, max_bytes + 1)
    except zlib.error:
        raise SourceError(f"{name}: corrupt gzip data") from None
    if len(out) > max_bytes:
        raise SourceError(_too_large(name, max_bytes, "uncompressed"))
    if not decompressor.eof:
        raise SourceError(f"{name}: truncated gzip file")
    return out


def _checked_size(data: bytes, name: str, max_bytes: int) -> bytes:
    if len(data) > max_bytes:
        raise SourceError(_too_large(name, max_bytes))
    return data


def _too_large(name: str, max_bytes: int, what: str = "") -> str:
    what = f"{what} " if what else ""
    return f"{name}: {what}larger than the {_human(max_bytes)} limit (raise it with --max-size)"


def _human(size: int) -> str:
    for unit, scale in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if size >= scale:
            return f"{size / scale:.4g} {unit}"
    return f"{size} bytes"


def is_private_host(host: str) -> bool:
    """Is `host` (a name or an IP literal) this machine or a private network?

    A name counts as private if any address it resolves to is; a name that does not resolve
    is left to the fetch to report.
    """
    import ipaddress
    import socket

    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
        except (OSError, UnicodeError):
            return False
        addresses = [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]
    for address in addresses:
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        if not address.is_global or address.is_multicast:
            return True
    return False


def _redirect_guard(url: str) -> Callable[[Any], None]:
    """An httpx request hook: a page the user fetched from a public address may not send
    the fetch on to this machine or the local network (the user's router, a cloud metadata
    service). If the user typed a private address, its redirects are theirs to follow."""
    first = urlsplit(url).hostname or ""
    typed_private = is_private_host(first)

    def check(request: Any) -> None:
        host = request.url.host
        if typed_private or host == first:
            return
        if is_private_host(host):
            raise SourceError(f"{url}: redirected to a private address ({host}); not followed")

    return check


def _is_loopback(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return host == "localhost" or host.startswith("127.") or host == "::1"


def fetch_url(
    url: str,
    *,
    max_bytes: int,
    timeout: float,
    progress: Progress | None = None,
    headers: dict[str, str] | None = None,
) -> RawDocument:
    """GET an article over http(s) with a deadline, redirect limit, size cap and type check.

    `timeout` bounds the whole download, from resolving the name to the last byte, as users
    read --timeout: a server that sends one byte a second is cut off at the deadline. The
    transfer runs on a daemon thread so that neither a slow name lookup nor a blocked read can
    hold the caller past the deadline (or past a cancel); the thread ends at its next read.
    `headers` are added to the request (If-None-Match / If-Modified-Since for feeds).
    """
    deadline = time.monotonic() + timeout
    stop = threading.Event()
    outcome: list[RawDocument | BaseException] = []
    finished = threading.Event()

    def transfer() -> None:
        try:
            outcome.append(
                _download(url, max_bytes, timeout, deadline, stop, progress, headers or {})
            )
        except BaseException as error:  # handed to the waiting thread
            outcome.append(error)
        finally:
            finished.set()

    threading.Thread(target=transfer, name="newsreader-fetch", daemon=True).start()
    try:
        while not finished.wait(min(0.05, max(0.0, deadline - time.monotonic()))):
            if time.monotonic() >= deadline:
                raise SourceError(_timed_out(url, timeout))
            if progress is not None:
                progress.check()
    finally:
        stop.set()
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


def _timed_out(url: str, timeout: float) -> str:
    return f"{url}: timed out after {timeout:g} s"


def _download(
    url: str,
    max_bytes: int,
    timeout: float,
    deadline: float,
    stop: threading.Event,
    progress: Progress | None,
    extra_headers: dict[str, str],
) -> RawDocument:
    import httpx  # imported here: opening a local file should not pay for it

    headers = {
        "User-Agent": _USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,"
        "application/rss+xml;q=0.8,application/atom+xml;q=0.8,*/*;q=0.1",
        "Accept-Encoding": "gzip, deflate",
        **extra_headers,
    }
    host = urlsplit(url).hostname or url
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=MAX_REDIRECTS,
                timeout=httpx.Timeout(timeout),
                headers=headers,
                # A proxy from the environment is for the outside world, not this machine.
                trust_env=not _is_loopback(url),
                event_hooks={"request": [_redirect_guard(url)]},
            ) as client,
            client.stream("GET", url) as response,
        ):
            validators = {
                "etag": response.headers.get("etag"),
                "last_modified": response.headers.get("last-modified"),
            }
            if response.status_code == 304:
                return RawDocument(b"", url, url=str(response.url), not_modified=True, **validators)
            if response.status_code >= 400:
                reason = response.reason_phrase or "error"
                raise SourceError(f"{url}: HTTP {response.status_code} {reason}")
            content_type = response.headers.get("content-type", "")
            mime = content_type.split(";", 1)[0].strip().lower()
            if mime and mime not in _ACCEPTED_TYPES:
                raise SourceError(f"{url}: not an article page (content type {mime})")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise SourceError(_too_large(url, max_bytes))
            chunks: list[bytes] = []
            total = 0
            for chunk in response.iter_bytes():
                if stop.is_set() or time.monotonic() >= deadline:
                    raise SourceError(_timed_out(url, timeout))
                total += len(chunk)
                if total > max_bytes:
                    raise SourceError(_too_large(url, max_bytes))
                chunks.append(chunk)
                if progress is not None:
                    progress.report(f"Fetching {host}… {human_size(total)}", often=True)
            return RawDocument(
                b"".join(chunks),
                url,
                content_type=mime or None,
                charset=response.charset_encoding,
                url=str(response.url),
                **validators,
            )
    except httpx.TooManyRedirects:
        raise SourceError(f"{url}: more than {MAX_REDIRECTS} redirects") from None
    except httpx.TimeoutException:
        raise SourceError(_timed_out(url, timeout)) from None
    except httpx.InvalidURL as error:
        raise SourceError(f"{url}: invalid URL ({error})") from None
    except httpx.DecodingError:
        raise SourceError(f"{url}: the server sent corrupt compressed data") from None
    except httpx.HTTPError as error:
        detail = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise SourceError(f"{url}: cannot fetch ({detail})") from None


__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_TIMEOUT", "LoadLimits", "RawDocument", "read_source"]
