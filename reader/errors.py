"""The app's own error types: every failure a user can cause ends up as one of these.

The CLI prints `str(error)` as one line on stderr and exits 2; the TUI shows it as a message.
"""


class NewsreaderError(Exception):
    """A failure with a one-line, user-facing message."""

    def __str__(self) -> str:
        # Messages quote file names, URLs and server replies, which anyone may have chosen:
        # what reaches the terminal is one line without escape sequences. (Imported here:
        # reader.extract imports this module, so this module must not import it first.)
        from reader.extract.sanitize import sanitize_inline

        return sanitize_inline(super().__str__()) or type(self).__name__


class SourceError(NewsreaderError):
    """The article could not be read: missing file, directory, permission, network, size."""


class NotAnArticleError(NewsreaderError):
    """The input was read but holds no article: empty, binary, or no readable text."""


class FeedInputError(NotAnArticleError):
    """The input is a feed (RSS, Atom), not an article. `feed` holds it parsed once read
    (a `reader.feeds.Feed`), so a front end can list its items instead of failing."""

    def __init__(self, message: str, feed: object | None = None) -> None:
        super().__init__(message)
        self.feed = feed


class MissingTextError(NotAnArticleError):
    """The page names an article but holds none of its text (a paywall, a story loaded by a
    script): `title` and `byline` say which article it was, for a front end to show."""

    def __init__(self, message: str, title: str | None = None, byline: str | None = None) -> None:
        super().__init__(message)
        self.title = title
        self.byline = byline
