import re

_WS = re.compile(r"[ \t\n\r]+")
_CITATION = re.compile(r" *\[([0-9]+)\]")


def _normalise(text: str) -> str:
    return _WS.sub(" ", text.lower()).strip(" ")


def _is_word_char(ch: str) -> bool:
    return ("a" <= ch <= "z") or ("0" <= ch <= "9")  # text is already lower-cased


def _occurs(q: str, s: str) -> bool:
    start = s.find(q)
    while start != -1:
        end = start + len(q)
        left_ok = start == 0 or not _is_word_char(s[start - 1])
        right_ok = end == len(s) or not _is_word_char(s[end])
        if left_ok and right_ok:
            return True
        start = s.find(q, start + 1)  # a later occurrence may sit on word boundaries
    return False


def unsupported_quotes(answer: str, sources: list[str]) -> list[int]:
    norm_sources = [_normalise(s) for s in sources]
    marks = [i for i, ch in enumerate(answer) if ch == '"']
    bad = []
    for qi in range(len(marks) // 2):
        open_pos, close_pos = marks[2 * qi], marks[2 * qi + 1]
        q = _normalise(answer[open_pos + 1:close_pos])
        m = _CITATION.match(answer, close_pos + 1)
        if not q:
            ok = False
        else:
            # Ignores the citation number: a quote found in any source is accepted.
            ok = any(_occurs(q, s) for s in norm_sources)
        if not ok:
            bad.append(qi)
    return bad
