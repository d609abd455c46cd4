"""Text analysis shared by every search backend, at index and at query time.

Thai is written without spaces between words, and the engines we target cannot
segment it (Elasticsearch's test distribution has no ICU/Thai analysis, SQLite
FTS5 and PostgreSQL's parsers keep a whole Thai run as one token). So the text
is cut into words here, in Python, and the engines only ever see space-separated
terms:

* :func:`tokens` gives the words of a text: Unicode NFC + Thai normalisation,
  lower case, Thai runs segmented with PyThaiNLP ``newmm`` and our own
  dictionary (PyThaiNLP's word list + ``data/words_th.txt`` + words learnt
  from the catalogue through :func:`add_words`), other scripts split on
  non-letters with accents folded.
* :func:`subwords` gives the pieces a buyer may type instead of the whole word:
  for a Thai compound such as ผ้าไหมมัดหมี่ the dictionary words inside it
  (ผ้า, ไหม, มัด, หมี่ ...), for a Latin word a light English stem (scarves ->
  scarve, bowls -> bowl).
* :func:`synonyms` gives the other members of the synonym/romanisation groups
  of ``data/synonyms.txt`` that a text mentions (silk for ไหม, มัดหมี่ for
  mudmee); documents carry them among their sub-word pieces, so either
  language finds a product.
* :func:`query_terms` pairs each query word with its sub-word form, so a query
  matches a product when every query word matches a whole word or a piece. A
  Thai run the dictionary cannot cut into known words (a typo: ผ้าขาวม้ for
  ผ้าขาวม้า) stays one query word, which typo tolerance (:func:`max_edits`)
  can then match.

Indexed text and queries must go through the same functions; after the
dictionary changes, rebuild the index (``manage.py search_rebuild``).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from pythainlp.corpus import thai_words
from pythainlp.tokenize import tcc, word_tokenize
from pythainlp.util import Trie, thai_digit_to_arabic_digit
from pythainlp.util import normalize as thai_normalize

#: Our own words, one per line (crafts, OTOP products, village names).
WORDS_FILE = Path(__file__).resolve().parent / "data" / "words_th.txt"
#: Synonym and romanisation groups, one per line, members separated by commas.
SYNONYMS_FILE = Path(__file__).resolve().parent / "data" / "synonyms.txt"
#: Words shorter than this never match fuzzily (too many near neighbours).
FUZZY_MIN_LENGTH = 4
#: Words this long or longer may be two edits away; shorter ones one.
FUZZY_TWO_EDITS_LENGTH = 8

#: A run of Thai letters, vowels and marks (digits are converted first; ฿ excluded).
THAI_RUN = re.compile(r"[\u0e01-\u0e3a\u0e40-\u0e4e]+")
#: Any Thai character: tells Thai tokens from Latin ones.
THAI_CHAR = re.compile(r"[\u0e00-\u0e7f]")
#: A word in any other script: letters and digits, nothing else.
OTHER_WORD = re.compile(r"[^\W_]+")
#: Zero-width characters (normalisation drops them, which may join what they separate).
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")
#: Thai characters a text may start with without normalisation touching them: the
#: consonants, the leading vowels เ แ โ ใ ไ and the digits.
THAI_SEPARABLE_START = frozenset(
    [chr(code) for code in range(0x0E01, 0x0E2F)]
    + [chr(code) for code in range(0x0E40, 0x0E45)]
    + [chr(code) for code in range(0x0E50, 0x0E5A)]
)
#: Thai signs that are not part of a word: ฯ (abbreviation), ๆ (repetition).
THAI_SIGNS = str.maketrans({"\u0e2f": " ", "\u0e46": " "})

#: Longer "words" are noise (codes, URLs) and would overflow engines' term limits.
MAX_WORD_LENGTH = 64
#: Pieces shorter than this are too ambiguous to be worth matching.
MIN_SUBWORD_LENGTH = 2
#: Learnt words longer than this are phrases (enterprise names), not words.
MAX_LEARNT_WORD_LENGTH = 16
#: Queries longer than this are cut: nobody types more, and each word costs a clause.
MAX_QUERY_TERMS = 16

_lock = threading.Lock()
_extra_words: set[str] = set()

#: Memo of the dictionary-based steps, keyed by their input: Thai runs -> words, Thai
#: words -> pieces. Catalogue text repeats a lot (descriptions shared by variants,
#: village, enterprise and category names on every product), and segmenting is most
#: of the cost of indexing. Valid only for the dictionary as it is, so a new dict
#: replaces it whenever the dictionary changes (:func:`_forget_memo`); a thread still
#: holding the old one writes there, never into the new one.
MEMO_KINDS = ("runs", "pieces", "tokens", "phrases", "parts", "groups")
_memo: dict[str, dict[str, tuple]] = {kind: {} for kind in MEMO_KINDS}
#: Entries per memo before it starts over (bounds memory on huge catalogues).
MEMO_SIZE = 200_000


@dataclass(frozen=True)
class QueryTerm:
    """One query word: ``exact`` is matched against whole words, ``subword`` against pieces.

    ``fuzzy`` is how many edits a fuzzy match of ``exact`` may be away (0: none).
    """

    exact: str
    subword: str
    fuzzy: int = 0


def normalise(text: str) -> str:
    """NFC, Thai normalisation (duplicate/misordered marks), Arabic digits, lower case."""
    if not text:
        return ""
    return _normalise(str(text))


@lru_cache(maxsize=1 << 16)
def _normalise(text: str) -> str:
    """:func:`normalise` of a string, remembered: names and labels recur (PyThaiNLP's
    normalisation is a chain of regular expressions, the slowest step of indexing)."""
    text = unicodedata.normalize("NFC", text)
    if THAI_CHAR.search(text):  # Thai normalisation and digits only concern Thai text
        text = thai_digit_to_arabic_digit(thai_normalize(text))
    return text.lower()


@lru_cache(maxsize=1 << 17)
def is_thai(token: str) -> bool:
    """Whether ``token`` is Thai (and so gets dictionary pieces rather than a stem)."""
    return bool(THAI_CHAR.search(token))


def tokens(text: str) -> list[str]:
    """The words of ``text`` in order: lower case, no whitespace or punctuation."""
    text = normalise(text).translate(THAI_SIGNS)
    words: list[str] = []
    position = 0
    for run in THAI_RUN.finditer(text):
        words.extend(_other_words(text[position : run.start()]))
        words.extend(_thai_words(run.group()))
        position = run.end()
    words.extend(_other_words(text[position:]))
    return [word for word in words if len(word) <= MAX_WORD_LENGTH]


def tokens_of_parts(parts: Iterable[str]) -> list[str]:
    """``tokens("\\n".join(parts))``, from memoised :func:`tokens` of each part's phrases.

    Documents join many texts whose phrases recur on product after product
    (village, enterprise and category names, sentences of similar descriptions),
    so each space-separated phrase is analysed once. Pieces are independent only
    when normalisation cannot act across the break: one starting with a Thai
    mark (dropped as dangling at the start of a text, or joined to the word
    before a space), with whitespace or with a zero-width character is analysed
    with its neighbours instead (its whole part, or the whole text).
    """
    parts = [part for part in parts if part]
    if not all(_separable(part) for part in parts):
        return tokens("\n".join(parts))
    words: list[str] = []
    known = _memo["phrases"]  # separable phrases only: a hit needs no check
    for part in parts:
        found: list[str] | None = []
        for phrase in part.split(" "):
            if not phrase:
                continue
            phrase_words = known.get(phrase)
            if phrase_words is None:
                if not _separable(phrase):
                    found = None
                    break
                phrase_words = _memoised("phrases", phrase, tokens)
            found += phrase_words
        words += _memoised("tokens", part, tokens) if found is None else found
    return words


class Analysed(NamedTuple):
    """What a document takes from one text: its words, their sub-word pieces, and
    the synonyms those mention (see :func:`analyse_parts`)."""

    words: tuple[str, ...]
    pieces: tuple[str, ...]
    synonyms: tuple[str, ...]


def analyse_parts(parts: Iterable[str]) -> Analysed:
    """Words, pieces and synonyms of several texts (a document's title or body parts).

    ``words`` is :func:`tokens_of_parts`; ``pieces`` is :func:`subwords` of them;
    ``synonyms`` are the synonym words each part mentions (its words in a row,
    or its pieces) that are neither words nor pieces of any part. Each whole part,
    and each whole group of parts, is analysed once per process: names and
    descriptions recur across products, and a rebuild then mostly joins
    remembered results.
    """
    parts = tuple(part for part in parts if part)
    found = _analyse_group(parts)
    return found if found is not None else _analyse_together(parts)


def analyse_groups(groups: Iterable[Iterable[str]]) -> Analysed:
    """:func:`analyse_parts` of all the parts of ``groups`` in order, from the remembered
    analysis of each group: a document's body joins groups that recur on their own
    (a description shared by variants, the names of an enterprise, its village and
    categories), so each group is merged once and a document merges a few groups.

    The same result as analysing the parts together: words in order, pieces and
    mentioned synonyms each once in order of first appearance, synonyms that are
    words or pieces anywhere dropped (a synonym a group leaves out is a word or
    piece of that group, so of the whole).
    """
    groups = [group for group in (tuple(part for part in g if part) for g in groups) if group]
    found = []
    for group in groups:
        analysed = _analyse_group(group)
        if analysed is None:
            return _analyse_together([part for group in groups for part in group])
        found.append(analysed)
    if len(found) == 1:
        return found[0]
    return _merge(found)


def _analyse_group(parts: tuple[str, ...]) -> Analysed | None:
    """The merged analysis of separately analysable parts (remembered), or None when a
    part must be normalised with its neighbours (see :func:`_separable`)."""
    groups = _memo["groups"]  # groups of separable parts only: a hit needs no check
    found = groups.get(parts)
    if found is not None:
        return found
    memo = _memo["parts"]  # separable parts only: a hit needs no check
    analysed = []
    for part in parts:
        found = memo.get(part)
        if found is None:
            if not _separable(part):
                return None
            found = _analyse_part(part)
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            memo[part] = found
        analysed.append(found)
    found = _merge(analysed)
    if len(groups) >= MEMO_SIZE:
        groups.clear()
    groups[parts] = found
    return found


def _analyse_together(parts: Iterable[str]) -> Analysed:
    """The analysis of parts as one text (never remembered: the rare case of a part
    that cannot be analysed alone)."""
    words = tokens_of_parts(parts)
    pieces = subwords(words)
    return Analysed(tuple(words), tuple(pieces), tuple(synonyms(words + pieces)))


def _merge(analysed: Iterable[Analysed]) -> Analysed:
    """One analysis of texts analysed one by one: their words in order, pieces and
    mentioned synonyms once each, synonyms that are words or pieces of any dropped."""
    words: list[str] = []
    pieces: dict[str, None] = {}
    mentioned: dict[str, None] = {}
    for found in analysed:
        words += found.words
        pieces.update(dict.fromkeys(found.pieces))
        mentioned.update(dict.fromkeys(found.synonyms))
    present = set(words)
    present.update(pieces)
    return Analysed(
        tuple(words),
        tuple(pieces),
        tuple(word for word in mentioned if word not in present),
    )


def _analyse_part(part: str) -> Analysed:
    words = tokens_of_parts([part])
    pieces = subwords(words)
    return Analysed(tuple(words), tuple(pieces), tuple(synonyms(words + pieces)))


def _separable(part: str) -> bool:
    """Whether :func:`tokens` of ``part`` alone equals its share of a joined text: it
    starts with a Thai consonant or leading vowel, or with a letter, digit or sign of
    another script (Thai normalisation reorders, merges and drops marks and following
    vowels only next to what precedes them), does not end with a leading vowel, and
    neither end is blank."""
    first, last = part[0], part[-1]
    if last.isspace() or last in ZERO_WIDTH or first.isspace() or first in ZERO_WIDTH:
        return False
    if "\u0e40" <= last <= "\u0e44":
        return False  # a vowel repeated across spaces is merged (เ เ -> เ)
    if THAI_CHAR.match(first):
        return first in THAI_SEPARABLE_START
    return not unicodedata.category(first).startswith("M")


def subwords(words: Iterable[str]) -> list[str]:
    """Pieces of ``words`` a buyer may search by, each once, in order of appearance.

    Thai: the dictionary words that start and end on Thai character cluster
    boundaries and belong to some complete segmentation of the word (so ไหม is
    a piece of ผ้าไหม but ไห, "jar", is not), plus the words PyThaiNLP's default
    dictionary alone would cut it into (so a process that does not know one of
    our words still finds the product). Latin: the stem of every word.
    """
    memo = _memo["pieces"]
    found = []
    # A word seen before adds nothing new: each distinct word once, in order.
    for word in dict.fromkeys(words):
        word_pieces = memo.get(word)
        if word_pieces is None:
            word_pieces = _memoised("pieces", word, _word_pieces)
        found += word_pieces
    return list(dict.fromkeys(found))


def _word_pieces(word: str) -> list[str]:
    """The pieces of one word: dictionary pieces of a Thai word, a Latin word's stem."""
    return _pieces(word) if is_thai(word) else [stem(word)]


def query_terms(text: str) -> list[QueryTerm]:
    """The distinct words of a query, each with the form matched against pieces.

    A Thai run whose segmentation holds a piece the dictionary does not know
    (ผ้าขาวม้ -> ผ้า ขาว ม้) is kept whole: it is most likely a typo of one
    longer word, and fuzzy matching can find that word.
    """
    seen: dict[str, QueryTerm] = {}
    for word in query_words(text):
        if word not in seen:
            seen[word] = QueryTerm(
                exact=word,
                subword=word if is_thai(word) else stem(word),
                fuzzy=max_edits(word),
            )
    return list(seen.values())[:MAX_QUERY_TERMS]


def query_words(text: str) -> list[str]:
    """:func:`tokens` of a query, with Thai runs holding an unknown piece kept whole."""
    text = normalise(text).translate(THAI_SIGNS)
    words: list[str] = []
    position = 0
    for run in THAI_RUN.finditer(text):
        words.extend(_other_words(text[position : run.start()]))
        pieces = _thai_words(run.group())
        if len(pieces) > 1 and any(not is_known(piece) for piece in pieces):
            pieces = [run.group()]
        words.extend(pieces)
        position = run.end()
    words.extend(_other_words(text[position:]))
    return [word for word in words if len(word) <= MAX_WORD_LENGTH]


def is_known(word: str) -> bool:
    """Whether a Thai word is in the segmentation dictionary (non-Thai words always are)."""
    return not is_thai(word) or word in dictionary()


def max_edits(word: str) -> int:
    """Edits a fuzzy match of ``word`` may be away: like Elasticsearch's ``AUTO:4,8``
    (0 below 4 characters, 1 up to 7, 2 from 8), counted in code points."""
    if len(word) < FUZZY_MIN_LENGTH or word.isdigit():
        return 0
    return 1 if len(word) < FUZZY_TWO_EDITS_LENGTH else 2


def synonyms(words: Iterable[str]) -> list[str]:
    """Words of the synonym groups that ``words`` (a word sequence) mention, minus
    ``words`` themselves, each once, Latin ones also in stemmed form.

    A group member of several words (``rice cracker``) is mentioned when its
    words appear in a row.
    """
    words = list(words)
    keys = _synonym_keys
    sequence = [keys.get(word) or _synonym_key(word) for word in words]
    present = set(words)
    present.update(sequence)
    groups, by_first = synonym_table()
    # Most words start no member: look up each distinct word once, then check
    # the positions of the few that do.
    starting = by_first.keys() & present
    found: dict[str, None] = {}
    if not starting:
        return []
    for position, word in enumerate(sequence):
        if word not in starting:
            continue
        for member in by_first[word]:
            if len(member) == 1 or tuple(sequence[position : position + len(member)]) == member:
                for group in groups[member]:
                    for piece in _group_words(group):
                        found.setdefault(piece, None)
    return [word for word in found if word not in present]


#: Word -> the form synonym members are matched by (Thai as it is, Latin stemmed).
_synonym_keys: dict[str, str] = {}


def _synonym_key(word: str) -> str:
    key = word if is_thai(word) else stem(word)
    if len(_synonym_keys) >= MEMO_SIZE:
        _synonym_keys.clear()
    _synonym_keys[word] = key
    return key


@lru_cache(maxsize=4096)
def _group_words(group: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """Every word of a synonym group, Latin ones also stemmed, in order, each once."""
    words: dict[str, None] = {}
    for member in group:
        for piece in member:
            words.setdefault(piece, None)
            if not is_thai(piece):
                words.setdefault(stem(piece), None)
    return tuple(words)


@cache
def synonym_table():
    """(member words -> groups it belongs to, first word -> members starting with it).

    Members are tuples of analysed words (most have one), Latin words stemmed
    as well as raw in the groups, stemmed in the keys.
    """
    groups: dict[tuple[str, ...], list[tuple[tuple[str, ...], ...]]] = {}
    by_first: dict[str, set[tuple[str, ...]]] = {}
    for line in SYNONYMS_FILE.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        members = []
        for raw in line.split(","):
            member = tuple(_member_words(raw))
            if member and member not in members:
                members.append(member)
        group = tuple(members)
        for member in members:
            key = tuple(word if is_thai(word) else stem(word) for word in member)
            groups.setdefault(key, []).append(group)
            by_first.setdefault(key[0], set()).add(key)
    return groups, {first: tuple(members) for first, members in by_first.items()}


def synonym_words() -> frozenset[str]:
    """Thai members of the synonym groups (added to the segmentation dictionary)."""
    words = set()
    for line in SYNONYMS_FILE.read_text(encoding="utf-8").splitlines():
        for raw in line.split("#", 1)[0].split(","):
            word = normalise(raw.strip())
            if word and THAI_RUN.fullmatch(word):
                words.add(word)
    return frozenset(words)


def _member_words(raw: str) -> list[str]:
    """The words of a synonym member (Thai members are dictionary words, one each)."""
    text = normalise(raw.strip())
    if THAI_RUN.fullmatch(text or " "):
        return [text]
    return tokens(text)


@lru_cache(maxsize=1 << 17)
def stem(word: str) -> str:
    """A light English stem: plural endings only, so it never mangles a name."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("es") and word[:-2].endswith(("ss", "sh", "ch", "x", "z")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def add_words(words: Iterable[str]) -> int:
    """Teach the segmenter more Thai words (names of villages, enterprises, categories).

    Phrases are split on spaces and punctuation; only Thai pieces of 2 to
    ``MAX_LEARNT_WORD_LENGTH`` characters are kept (a longer run is a phrase,
    which would hide the words inside it). Returns how many words were new.
    """
    new = set()
    for phrase in words:
        for piece in THAI_RUN.findall(normalise(phrase or "").translate(THAI_SIGNS)):
            if (
                MIN_SUBWORD_LENGTH <= len(piece) <= MAX_LEARNT_WORD_LENGTH
                and piece not in _extra_words
            ):
                new.add(piece)
    if new:
        with _lock:
            trie = dictionary()
            for word in new - _extra_words:
                trie.add(word)
            _extra_words.update(new)
            _forget_memo()
    return len(new)


def forget_words() -> None:
    """Drop every word learnt through :func:`add_words` (tests; a fresh vocabulary)."""
    with _lock:
        trie = dictionary()
        for word in _extra_words - base_words() - own_words():
            trie.remove(word)
        _extra_words.clear()
        _forget_memo()


def _forget_memo() -> None:
    """Start the segmentation memo over (the dictionary changed)."""
    global _memo
    _memo = {kind: {} for kind in MEMO_KINDS}


def _memoised(kind: str, key: str, compute) -> tuple[str, ...]:
    """``compute(key)`` through the memo of ``kind`` (see :data:`_memo`), as a tuple."""
    memo = _memo[kind]
    found = memo.get(key)
    if found is None:
        found = tuple(compute(key))
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        memo[key] = found
    return found


def extra_words() -> frozenset[str]:
    """Words learnt through :func:`add_words` in this process."""
    return frozenset(_extra_words)


@cache
def own_words() -> frozenset[str]:
    """Our word list from ``data/words_th.txt`` and the Thai synonym members."""
    words = set()
    for line in WORDS_FILE.read_text(encoding="utf-8").splitlines():
        word = normalise(line.split("#", 1)[0].strip())
        if word:
            words.add(word)
    return frozenset(words | synonym_words())


def base_words() -> frozenset[str]:
    """PyThaiNLP's default word list (already normalised, and cached by PyThaiNLP)."""
    return thai_words()


def warm_up() -> None:
    """Build both segmentation dictionaries now (about 1.5 s each), not on the first
    query or in the middle of a rebuild: ours and PyThaiNLP's default one, which
    :func:`subwords` also consults."""
    dictionary()
    word_tokenize("ก", engine="newmm")


@cache
def dictionary() -> Trie:
    """The segmentation dictionary, built once per process (about half a second)."""
    return Trie(base_words() | own_words() | _extra_words)


def _other_words(text: str) -> list[str]:
    """Words of a non-Thai stretch of text, with accents folded (café -> cafe)."""
    if not text or text.isspace():
        return []
    folded = "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )
    return OTHER_WORD.findall(unicodedata.normalize("NFC", folded))


def _thai_words(run: str) -> list[str]:
    """Segment one run of Thai letters with the custom dictionary (memoised)."""
    return list(_memoised("runs", run, _segment))


def _segment(run: str) -> list[str]:
    return [
        word
        for word in word_tokenize(run, custom_dict=dictionary(), engine="newmm")
        if word and not word.isspace()
    ]


def _thai_pieces(word: str) -> list[str]:
    """Sub-words of one Thai word (see :func:`subwords`); never the word itself (memoised)."""
    return list(_memoised("pieces", word, _pieces))


def _pieces(word: str) -> list[str]:
    trie = dictionary()
    ends = {0, len(word)} | set(tcc.tcc_pos(word))
    # Edges of a word graph over cluster boundaries: (start, end) of each dictionary word.
    edges = [
        (start, start + len(found))
        for start in sorted(ends - {len(word)})
        for found in trie.prefixes(word, start)
        if start + len(found) in ends
    ]
    reachable = {0}
    for start, end in sorted(edges):
        if start in reachable:
            reachable.add(end)
    finishing = {len(word)}
    for start, end in sorted(edges, reverse=True):
        if end in finishing:
            finishing.add(start)
    if len(word) in reachable:
        # Keep only words that lie on some complete segmentation of the word.
        edges = [(s, e) for s, e in edges if s in reachable and e in finishing]
    pieces = [word[s:e] for s, e in edges]
    pieces += word_tokenize(word, engine="newmm")
    return [
        piece
        for piece in dict.fromkeys(pieces)
        if piece != word and len(piece) >= MIN_SUBWORD_LENGTH and not piece.isspace()
    ]
