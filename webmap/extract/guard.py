"""A cheap test to put before an alternative of a large case-blind pattern: the first two characters any match of
it can start with, as a lookahead (``(?=a[fr]|t[ho])``). Inside a large alternation it lets the regex engine skip
an alternative after two character tests, rather than try each of its branches at every word of the text.

The lookahead is worked out from the pattern itself (with the regex parser of the standard library), so it cannot
fall behind when the pattern changes; it admits at least every start the pattern has, so adding it changes no
match. Anything it cannot read (a class of every letter, a back-reference, a parser that is not there) gives no
lookahead, never a wrong one.

``last_chars`` reads the other end the same way: the last characters a match can end with, so that a search
anchored at the end of a text can leave out the alternatives that cannot end there.
"""

from __future__ import annotations

import re

try:
    from re import _constants as _C  # Python 3.11+
    from re import _parser as _P
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

__all__ = ["first_chars_guard"]

_ANY = object()  # a character the analysis does not narrow down
_SPACE = object()  # any whitespace character
_DIGIT = object()  # any digit
_CLASSES = {_SPACE: r"\s", _DIGIT: r"\d"}
_MAX_RANGE = 30  # a wider class ([a-z] is 26) is taken as any character


class _Unreadable(Exception):
    pass


def _char(code: int) -> object:
    c = chr(code)
    return _SPACE if c.isspace() else c.lower()


def _seqs(items: list, k: int) -> set[tuple]:
    """The prefixes (up to k characters) that a match of the sequence ``items`` can start with; a shorter prefix
    means the sequence can end there, one ending in _ANY that the next character is not known."""
    out: set[tuple] = {()}
    for op, av in items:
        if all(len(p) >= k or (p and p[-1] is _ANY) for p in out):
            break
        nxt: set[tuple] = set()
        for pre in out:
            if len(pre) >= k or (pre and pre[-1] is _ANY):
                nxt.add(pre)
                continue
            nxt.update((pre + cont)[:k] for cont in _item(op, av, k - len(pre)))
        out = nxt
    return out


def _item(op, av, k: int) -> set[tuple]:
    if op is _C.LITERAL:
        return {(_char(av),)}
    if op is _C.IN:
        chars: set[object] = set()
        for o, a in av:
            if o is _C.LITERAL:
                chars.add(_char(a))
            elif o is _C.RANGE and a[1] - a[0] < _MAX_RANGE:
                chars.update(_char(c) for c in range(a[0], a[1] + 1))
            elif o is _C.CATEGORY and a is _C.CATEGORY_SPACE:
                chars.add(_SPACE)
            elif o is _C.CATEGORY and a is _C.CATEGORY_DIGIT:
                chars.add(_DIGIT)
            else:  # a negated class, \w, \d, a wide range
                return {(_ANY,)}
        return {(c,) for c in chars}
    if op is _C.BRANCH:
        return set().union(*(_seqs(list(b), k) for b in av[1]))
    if op is _C.SUBPATTERN:
        return _seqs(list(av[-1]), k)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        lo, hi, body = av
        out: set[tuple] = {()} if lo == 0 else set()
        seqs: set[tuple] = {()}
        for n in range(1, min(hi, k) + 1):
            seqs = {(pre + cont)[:k] if len(pre) < k and not (pre and pre[-1] is _ANY) else pre
                    for pre in seqs for cont in _seqs(list(body), k)}
            if n >= lo:
                out |= seqs
        if hi > k:  # more repeats may follow a repeat that matched nothing: past k, the next character is not known
            out |= {pre + (_ANY,) for pre in seqs if len(pre) < k and not (pre and pre[-1] is _ANY)}
            if lo > k:
                out = {pre for pre in seqs if len(pre) >= k or pre[-1] is _ANY} | \
                    {pre + (_ANY,) for pre in seqs if len(pre) < k and pre[-1] is not _ANY}
        return out
    if op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
        return {()}  # consumes nothing
    raise _Unreadable(op)


def _order(c: object) -> str:
    return _CLASSES.get(c) or str(c)


def _class(chars: set[object]) -> str:
    """A character class of ``chars`` (the one character itself for one)."""
    out = [_CLASSES.get(c) or re.escape(str(c)) for c in sorted(chars, key=_order)]
    return out[0] if len(out) == 1 else "[" + "".join(out) + "]"


def first_chars_guard(pattern: str, flags: int = re.IGNORECASE) -> str:
    """``(?=...)``: the first two characters a match of ``pattern`` can start with, case-blind; "" if they cannot
    be told (or could be anything)."""
    try:
        starts = _seqs(list(_P.parse(pattern, flags)), 2)
    except (_Unreadable, re.error, RecursionError, ValueError, TypeError):
        return ""
    by_first: dict[object, set[object]] = {}
    for pre in starts:
        if len(pre) < 2 or _ANY in pre:
            return ""
        by_first.setdefault(pre[0], set()).add(pre[1])
    return "(?=(?i:" + "|".join(f"{_class({a})}{_class(b)}" for a, b in
                                sorted(by_first.items(), key=lambda kv: _order(kv[0]))) + "))"


def top_alternatives(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` at its top level ("a|b(?:c|d)" -> "a", "b(?:c|d)")."""
    out, depth, start, k = [], 0, 0, 0
    while k < len(pattern):
        ch = pattern[k]
        if ch == "\\":
            k += 1
        elif ch == "[":  # a class: "]" right after "[" or "[^" is one of its characters
            k += 2 if pattern.startswith("[^", k) else 1
            k += 1 if pattern.startswith("]", k) else 0
            while k < len(pattern) and pattern[k] != "]":
                k += 2 if pattern[k] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:k])
            start = k + 1
        k += 1
    return [*out, pattern[start:]]


def last_chars(pattern: str, k: int) -> set[tuple] | None:
    """The last ``k`` characters (last first; fewer where a match can be shorter) that a match of ``pattern``
    can end with, case-blind; None where they cannot be told or could be anything (then it is always tried): the
    twin of ``first_chars_guard``, read from the pattern turned back to front."""

    def backwards(items: list) -> list:
        out = []
        for op, av in reversed(list(items)):
            if op is _C.BRANCH:
                av = (av[0], [backwards(b) for b in av[1]])
            elif op is _C.SUBPATTERN:
                av = (*av[:-1], backwards(av[-1]))
            elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
                av = (av[0], av[1], backwards(av[2]))
            out.append((op, av))
        return out

    try:
        ends = _seqs(backwards(_P.parse(pattern, re.IGNORECASE)), k)
    except (_Unreadable, re.error, RecursionError, ValueError, TypeError):
        return None
    for end in ends:
        if not end or end[0] is _ANY or end[0] is _SPACE:
            return None  # a match that may end in a space or in anything
        if any(isinstance(c, str) and not c.isascii() and (c.lower().isascii() or c.upper().isascii()) for c in end):
            return None  # "K" (Kelvin) and the like, which case-blind matching takes for letters
    return ends


def ends_with(end: tuple, last: str) -> bool:
    """Whether characters ``last`` (last first, lower-case ASCII) can be where ``end`` (of ``last_chars``) says."""
    for c, ch in zip(end, last, strict=False):  # an end may be shorter
        if c is _ANY:
            return True
        if not (ch.isspace() if c is _SPACE else ch.isdigit() if c is _DIGIT else c == ch):
            return False
    return True
