"""The man page and the shell completions, generated from the argument parsers.

One source of truth: `docs/newsreader.1` and `newsreader completion bash|zsh|fish` are both
written from the same `argparse` parsers the command runs with, so a new option appears in
`--help`, in `man newsreader` and in tab completion at once (a test checks the shipped man
page is up to date).
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from dataclasses import dataclass

SHELLS = ("bash", "zsh", "fish")


@dataclass(frozen=True)
class Command:
    """A command of the program: its name (None for the top level) and its parser."""

    name: str | None
    parser: argparse.ArgumentParser


@dataclass(frozen=True)
class Option:
    flags: tuple[str, ...]
    metavar: str | None  # None for a flag that takes no value
    help: str
    takes_path: bool


def options(parser: argparse.ArgumentParser) -> list[Option]:
    """The parser's options (not its positionals), in the order --help lists them."""
    found = []
    for action in parser._actions:
        if not action.option_strings or action.help == argparse.SUPPRESS:
            continue
        takes_value = action.nargs != 0
        metavar = None
        if takes_value:
            metavar = str(action.metavar or action.dest.upper())
        help_text = (action.help or "").replace("%(prog)s", parser.prog)
        takes_path = metavar is not None and bool(re.search(r"DIR|FILE|PATH", metavar))
        found.append(Option(tuple(action.option_strings), metavar, help_text, takes_path))
    return found


def positionals(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [
        action
        for action in parser._actions
        if not action.option_strings and not isinstance(action, argparse._SubParsersAction)
    ]


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """Nested subcommands (`notes list`, `notes export`), if the parser has any."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


# --- the man page (roff) ------------------------------------------------------------------


def _roff(text: str) -> str:
    """Text safe in roff: backslashes doubled, a leading dot or quote escaped, dashes literal."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return re.sub(r"^([.'])", r"\\&\1", text, flags=re.MULTILINE)


def _synopsis(name: str, parser: argparse.ArgumentParser) -> str:
    words = [f".B {_roff(name)}"]
    for option in options(parser):
        flag = option.flags[-1]
        value = f" {option.metavar}" if option.metavar else ""
        words.append(f"[\\fB{_roff(flag)}\\fR{_roff(value)}]")
    for action in positionals(parser):
        metavar = str(action.metavar or action.dest.upper())
        words.append(f"[{_roff(metavar)}]" if action.nargs in ("?", "*") else _roff(metavar))
    if subcommands(parser):
        words.append("|".join(_roff(name) for name in subcommands(parser)) + " ...")
    return "\n".join(words)


def _subcommand_help(parser: argparse.ArgumentParser) -> dict[str, str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return {choice.dest: choice.help or "" for choice in action._choices_actions}
    return {}


def _option_items(
    parser: argparse.ArgumentParser, skip: frozenset[str] | set[str] = frozenset()
) -> list[str]:
    """`.TP` items for the parser's options; `skip`: flags already described above (the
    global options every subcommand repeats, and --help)."""
    lines = []
    for option in options(parser):
        if skip and (set(option.flags) & skip):
            continue
        value = f" \\fI{_roff(option.metavar)}\\fR" if option.metavar else ""
        flags = ", ".join(f"\\fB{_roff(flag)}\\fR" for flag in option.flags)
        lines += [".TP", f"{flags}{value}", _roff(option.help)]
    return lines


def manpage(commands: Sequence[Command], *, version: str, date: str = "", extra: str = "") -> str:
    """The whole man page: NAME, SYNOPSIS, DESCRIPTION, OPTIONS, one section per command,
    then `extra` (already roff: files, environment, examples)."""
    top = next(command for command in commands if command.name is None)
    lines = [
        f'.TH NEWSREADER 1 "{date}" "newsreader {_roff(version)}" "User Commands"',
        ".SH NAME",
        "newsreader \\- read news articles closely in the terminal",
        ".SH SYNOPSIS",
    ]
    for command in commands:
        name = "newsreader" if command.name is None else f"newsreader {command.name}"
        lines += [_synopsis(name, command.parser), ".br"]
    lines += [".SH DESCRIPTION", _roff(top.parser.description or "")]
    lines += [".SH OPTIONS", *_option_items(top.parser)]
    for command in commands:
        if command.name is None:
            continue
        lines += [f".SH {_roff(command.name.upper())}", _roff(command.parser.description or "")]
        lines += _option_items(command.parser)
        helps = _subcommand_help(command.parser)
        inherited = {flag for option in options(command.parser) for flag in option.flags}
        for sub_name, sub_parser in subcommands(command.parser).items():
            args = " ".join(
                str(action.metavar or action.dest.upper()) for action in positionals(sub_parser)
            )
            lines += [f".SS {_roff(command.name)} {_roff(sub_name)} {_roff(args)}".rstrip()]
            lines += [_roff(sub_parser.description or helps.get(sub_name, ""))]
            lines += _option_items(sub_parser, skip=inherited)
    if extra:
        lines.append(extra.strip())
    return "\n".join(lines) + "\n"


# --- shell completion ---------------------------------------------------------------------


def _words(parser: argparse.ArgumentParser) -> list[str]:
    """Options, and the fixed values a positional takes (`completion bash|zsh|fish`)."""
    flags = [flag for option in options(parser) for flag in option.flags]
    choices = [str(c) for action in positionals(parser) for c in (action.choices or ())]
    return flags + choices


def _value_flags(parser: argparse.ArgumentParser) -> list[str]:
    return [flag for option in options(parser) if option.metavar for flag in option.flags]


def completion(commands: Sequence[Command], shell: str) -> str:
    """A completion script for `shell` (bash, zsh or fish): commands, their options and
    sub-commands; files for arguments and for options that take a path."""
    if shell not in SHELLS:
        raise ValueError(f"no completion for {shell!r} (try {', '.join(SHELLS)})")
    return {"bash": _bash, "zsh": _zsh, "fish": _fish}[shell](commands)


def _bash(commands: Sequence[Command]) -> str:
    names = [command.name for command in commands if command.name]
    cases = []
    for command in commands:
        words = _words(command.parser) + list(subcommands(command.parser))
        if command.name is None:
            words += names
        values = " ".join(_value_flags(command.parser))
        key = command.name or ""
        cases.append(f'        "{key}") words="{" ".join(words)}"; values="{values}" ;;')
    return "\n".join(
        [
            "# bash completion for newsreader (newsreader completion bash)",
            "_newsreader() {",
            '    local cur prev command="" words values i',
            '    cur="${COMP_WORDS[COMP_CWORD]}"',
            '    prev="${COMP_WORDS[COMP_CWORD-1]}"',
            "    for ((i = 1; i < COMP_CWORD; i++)); do",
            '        case "${COMP_WORDS[i]}" in',
            f"            {'|'.join(names)}) command=${{COMP_WORDS[i]}}; break ;;",
            "        esac",
            "    done",
            '    case "$command" in',
            *cases,
            "    esac",
            '    if [[ " $values " == *" $prev "* ]]; then',
            '        COMPREPLY=($(compgen -f -- "$cur")); return',
            "    fi",
            '    if [[ "$cur" == -* ]]; then',
            '        COMPREPLY=($(compgen -W "$words" -- "$cur"))',
            "    else",
            '        COMPREPLY=($(compgen -W "$words" -- "$cur") $(compgen -f -- "$cur"))',
            "    fi",
            "}",
            "complete -o filenames -F _newsreader newsreader",
            "",
        ]
    )


def _zsh_quote(text: str) -> str:
    return text.replace("'", "'\\''").replace("[", "\\[").replace("]", "\\]").replace(":", "\\:")


def _zsh_specs(parser: argparse.ArgumentParser) -> list[str]:
    specs = []
    for option in options(parser):
        description = _zsh_quote(option.help.split(";")[0][:60])
        value = ":value:_files" if option.takes_path else (":value: " if option.metavar else "")
        for flag in option.flags:
            specs.append(f"'{flag}[{description}]{value}'")
    return specs


def _zsh(commands: Sequence[Command]) -> str:
    top = next(command for command in commands if command.name is None)
    names = [command.name for command in commands if command.name]
    lines = ["#compdef newsreader", "# zsh completion for newsreader (newsreader completion zsh)"]
    lines += ["_newsreader() {", "  local -a commands; commands=(" + " ".join(names) + ")"]
    lines += ["  if (( CURRENT > 2 )) && (( ${commands[(I)$words[2]]} )); then"]
    lines += ['    case "$words[2]" in']
    for command in commands:
        if command.name is None:
            continue
        subs = " ".join(subcommands(command.parser))
        specs = " ".join(_zsh_specs(command.parser))
        extra = f"'1:command:({subs})' " if subs else ""
        lines.append(
            f"      {command.name}) shift words; (( CURRENT-- )); "
            f"_arguments {specs} {extra}'*:article:_files' ;;"
        )
    lines += ["    esac", "  else"]
    specs = " ".join(_zsh_specs(top.parser))
    lines += [
        f"    _arguments {specs} '1:command or article:(({' '.join(names)}) _files)' "
        "'*:article:_files'"
    ]
    lines += ["  fi", "}", 'compdef _newsreader newsreader 2>/dev/null || _newsreader "$@"', ""]
    return "\n".join(lines)


def _fish(commands: Sequence[Command]) -> str:
    names = [command.name for command in commands if command.name]
    lines = ["# fish completion for newsreader (newsreader completion fish)"]
    for command in commands:
        if command.name is None:
            condition = "__fish_use_subcommand"
            for name in names:
                lines.append(f"complete -c newsreader -n {condition} -a {name}")
        else:
            condition = f"'__fish_seen_subcommand_from {command.name}'"
            for sub in subcommands(command.parser):
                lines.append(f"complete -c newsreader -n {condition} -a {sub}")
        for option in options(command.parser):
            parts = [f"complete -c newsreader -n {condition}"]
            for flag in option.flags:
                parts.append(f"-l {flag[2:]}" if flag.startswith("--") else f"-s {flag[1:]}")
            if option.metavar:
                parts.append("-r -F" if option.takes_path else "-r")
            help_text = option.help.split(";")[0][:60].replace("'", "\\'")
            parts.append(f"-d '{help_text}'")
            lines.append(" ".join(parts))
    return "\n".join(lines) + "\n"


# --- the shipped man page ------------------------------------------------------------------

MAN_EXTRA = r"""
.SH KEYS
In the reader, press \fB?\fR for every key, or see docs/READER.md. The keys follow less and vim:
\fBj\fR \fBk\fR, \fBspace\fR \fBb\fR, \fBg\fR \fBG\fR, \fB/\fR search,
\fBn\fR \fBN\fR, \fBq\fR quits.
.SH ENVIRONMENT
.TP
.B NEWSREADER_DATA_DIR
where notes, reading positions and feeds are kept (also \fB\-\-data\-dir\fR)
.TP
.B NEWSREADER_CONFIG_DIR
where config.toml and your themes are kept
.TP
.BR XDG_DATA_HOME ", " XDG_CONFIG_HOME
honoured on every platform when the two above are not set
.TP
.B NEWSREADER_MAX_SIZE
the default of \fB\-\-max\-size\fR
.TP
.B NO_COLOR
no colours; highlights are told apart by bold, italic, underline and reverse
.SH FILES
\fBnewsreader \-\-paths\fR prints where each file is on this machine.
.SH EXAMPLES
.TP
.B newsreader page.html
read a saved page
.TP
.B curl \-s URL | newsreader \-
read from a pipe (keys come from the terminal, as in less)
.TP
.B newsreader analyze \-\-json page.html
the quotes, people and numbers as JSON
.TP
.B newsreader notes export \-\-format md \-\-dir ~/notes
one Markdown file per article
.SH EXIT STATUS
0 on success; 1 when \fBnotes search\fR finds nothing; 2 on any error (one line on stderr).
"""

MAN_PAGE = "docs/newsreader.1"


def shipped_manpage() -> str:
    """The man page as it is shipped in docs/newsreader.1, made from the live parsers."""
    from reader import __version__
    from reader.cli import commands

    return manpage(commands(), version=__version__, extra=MAN_EXTRA)


if __name__ == "__main__":  # python -m reader.cli_docs > docs/newsreader.1
    import sys

    sys.stdout.write(shipped_manpage())
