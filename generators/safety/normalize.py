"""Turn one prompt into a few *views* that undo the usual evasion tricks.

Each view is a lower-cased string that the lexicons and rules are matched against. The plain view (`"plain"`) is
what a reader sees; every other view undoes one family of tricks, and a hit that only shows in such a view is
reported with layer ``"normalize"``:

- ``invisible``  zero-width, bidi, tag and filler characters, combining marks (zalgo), variation selectors;
- ``nfkc``       fullwidth forms, ligatures, mathematical and circled letters (after the Korean chosung pass:
                 NFKC turns compatibility jamo ``ㅅㅂ`` into conjoining jamo, which breaks chosung matching);
- ``confusable`` Cyrillic/Greek/other look-alike letters mapped to Latin;
- ``leet``       ``k1ll``, ``$ex``, ``p0rn``, ``@ss``;
- ``joined*``    letters split by spaces or punctuation (``k i l l``, ``s.e.x``, ``시.발``, ``f*ck``, ``알 몸``);
- ``words*``     the same, keeping the words apart where the writer did (``k i l l  h i m``, ``k.i.l.l h.i.m``);
- ``segmented``  a run of split letters cut into the English words it spells (``k i l l h e r s e l f``);
- repeated letters (``kiiiilll``) need no view: every lexicon letter also matches a run of itself (rules.py);
- ``jamo``       Korean spelled out in jamo (``ㅅㅣㅂㅏㄹ``) recomposed into syllables;
- ``chosung``    Korean initial-consonant abbreviations (``ㅅㅂ``) kept verbatim for their own lexicon;
- ``base64`` / ``hex`` / ``url`` / ``rot13`` / ``reversed`` decoded payloads, each normalized again.

Everything here is pure Python and fast (well under a millisecond for a Discord-sized prompt).
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import unicodedata
import urllib.parse
from dataclasses import dataclass, field

MAX_CHARS = 4000

# --------------------------------------------------------------------------------------------- invisible characters
_INVISIBLE_CODEPOINTS = {
    0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x3164, 0xFFA0, 0xFEFF, 0x2800,
}
_INVISIBLE_RANGES = ((0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0xFE00, 0xFE0F),
                     (0xE0000, 0xE007F), (0xE0100, 0xE01EF), (0x1D173, 0x1D17A))


def _is_invisible(ch: str) -> bool:
    cp = ord(ch)
    if cp in _INVISIBLE_CODEPOINTS:
        return True
    for lo, hi in _INVISIBLE_RANGES:
        if lo <= cp <= hi:
            return True
    return unicodedata.category(ch) == "Cf"


def strip_invisible(text: str) -> str:
    return "".join(ch for ch in text if not _is_invisible(ch))


def strip_marks(text: str) -> str:
    """Remove combining marks from non-Hangul letters ("é" -> "e", zalgo -> plain). Hangul is left composed."""
    out = []
    for ch in text:
        if "\uac00" <= ch <= "\ud7a3":
            out.append(ch)
            continue
        decomposed = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return unicodedata.normalize("NFC", "".join(out))


# ------------------------------------------------------------------------------------------------------ confusables
_CONFUSABLES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t",
    "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ɡ": "g", "ո": "n",
    "ս": "u", "һ": "h", "ӏ": "l", "ь": "b", "г": "r", "п": "n", "л": "n", "и": "u", "д": "d", "з": "3", "ч": "4",
    "ш": "w", "щ": "w", "ц": "u", "ы": "bi", "я": "r", "ф": "o", "э": "e", "ю": "io", "ж": "x", "б": "6",
    # Greek
    "α": "a", "β": "b", "γ": "y", "δ": "d", "ε": "e", "ζ": "z", "η": "n", "θ": "o", "ι": "i", "κ": "k", "λ": "l",
    "μ": "u", "ν": "v", "ο": "o", "π": "n", "ρ": "p", "σ": "o", "ς": "c", "τ": "t", "υ": "u", "φ": "o", "χ": "x",
    "ψ": "w", "ω": "w", "ϲ": "c", "ϳ": "j",
    # Latin look-alikes and IPA
    "ı": "i", "ȷ": "j", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŀ": "l", "ſ": "s", "ß": "ss", "æ": "ae", "œ": "oe",
    "ɑ": "a", "ɐ": "a", "ɒ": "a", "ǝ": "e", "ɛ": "e", "ɪ": "i", "ɩ": "i", "ɴ": "n", "ʀ": "r", "ʏ": "y", "ʙ": "b",
    "ᴀ": "a", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g", "ʜ": "h", "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ᴏ": "o",
    "ᴘ": "p", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ᴢ": "z", "ⅰ": "i", "ⅼ": "l", "ⅽ": "c", "ⅾ": "d",
    "ꜰ": "f", "ғ": "f", "ǫ": "q", "ᴦ": "r", "ᴨ": "n", "ᴩ": "p", "ᴫ": "n", "ᴌ": "l",
    "ⅿ": "m", "ꓲ": "i", "ꓳ": "o", "ꓢ": "s", "ꓑ": "p", "ꓚ": "c", "ꓴ": "u", "ꓦ": "v",
    # Cherokee and Armenian capitals that look Latin
    "Ꭺ": "a", "Ᏼ": "b", "Ꮯ": "c", "Ꭼ": "e", "Ꮋ": "h", "Ꭻ": "j", "Ꮶ": "k", "Ꮮ": "l", "Ꮇ": "m", "Ꮲ": "p", "Ꮪ": "s",
    "Ꭲ": "t", "Ꮩ": "v", "Ꮃ": "w", "Ꮓ": "z", "օ": "o", "ց": "g", "զ": "q",
}
_CONFUSABLE_TABLE = str.maketrans(_CONFUSABLES)
_NON_LATIN_LOOKALIKE = re.compile("[" + "".join(re.escape(k) for k in _CONFUSABLES) + "]")


def map_confusables(text: str) -> str:
    """Map look-alike letters to Latin, but only inside words that also hold a Latin letter or are short.

    A whole Russian or Greek sentence is left alone (it is not an evasion, and mapping it makes Latin gibberish).
    """
    if not _NON_LATIN_LOOKALIKE.search(text):
        return text

    text_has_latin = re.search(r"[a-z]", text) is not None
    few_words = len(text.split()) <= 3

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        if not _NON_LATIN_LOOKALIKE.search(word):
            return word
        if re.search(r"[a-z]", word) or ((text_has_latin or few_words) and len(word) <= 12):
            return word.translate(_CONFUSABLE_TABLE)
        return word

    return re.sub(r"\w+", fix, text)


# --------------------------------------------------------------------------------------------------------- leetspeak
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "6": "g", "7": "t", "8": "b", "9": "g", "@": "a",
         "$": "s", "!": "i", "|": "l", "+": "t", "€": "e", "£": "l", "¡": "i", "©": "c", "®": "r", "ø": "o",
         "(": "c", "<": "c", "#": "h", "%": "x", "2": "z"}
_LEET_WORDS = {"2": "to", "4": "for"}  # a lone digit that stands for a word ("h0w 2 5t4b", "g00d 4 u")
_LEET_TABLE = str.maketrans(_LEET)
_LEET_ALT = str.maketrans({**_LEET, "1": "l", "|": "i", "!": "l"})
_LEET_TOKEN = re.compile(r"[a-z0-9@$!|+€£¡©®ø(<#%]+")


def _leet_word(word: str, table: dict[int, str]) -> str:
    letters = sum(c.isalpha() for c in word)
    leet = sum(c in _LEET for c in word)
    if letters == 0 or leet == 0:
        return word
    # leading/trailing punctuation such as "(" or "!" is ordinary punctuation, not leet
    core = word.strip("(<!|#%")
    if not core:
        return word
    start = word.find(core)
    return word[:start] + core.translate(table) + word[start + len(core):]


def deleet(text: str, alt: bool = False) -> str:
    table = _LEET_ALT if alt else _LEET_TABLE
    out = _LEET_TOKEN.sub(lambda m: _leet_word(m.group(0), table), text)
    # in a text written mostly in leet, short all-digit words are leet too ("70" = to, "4" = a): "b3$7 w4y 70 k1ll 4 ..."
    mixed = sum(1 for w in _LEET_TOKEN.findall(text) if any(c.isalpha() for c in w) and any(c in _LEET for c in w))
    if mixed >= 2:
        out = re.sub(r"(?<![\w.,:/])[0-9]{1,2}(?![\w.,:/])", lambda m: _LEET_WORDS.get(m.group(0)) or m.group(0).translate(table), out)
    return out


# ------------------------------------------------------------------------------------------------ split letters
_SYM = "\u2190-\u21ff\u2300-\u23ff\u2500-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"  # arrows, shapes, emoji
_SEP = r"[\s.\-_*·•,~^'`\"/\\|:;+=" + _SYM + r"]{1,3}"
_PUNCT_SEP = r"[.\-_*·•~^'`\"/\\|:;+=" + _SYM + r"]{1,3}"  # _SEP without spaces and commas


def _split_runs(sep: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Runs of single Latin letters (3+) and single Hangul syllables (2+) with `sep` between them."""
    return (re.compile(r"(?<![a-z0-9])(?:[a-z0-9@$]" + sep + r"){2,}[a-z0-9@$](?![a-z0-9])"),
            re.compile(r"(?<![\uac00-\ud7a3])(?:[\uac00-\ud7a3]" + sep + r"){1,}[\uac00-\ud7a3](?![\uac00-\ud7a3])"))


def _join_runs(text: str, sep: str, runs: tuple[re.Pattern[str], ...]) -> str:
    for rx in runs:
        text = rx.sub(lambda m: re.sub(sep, "", m.group(0)), text)
    return text


_SPLIT_LATIN, _SPLIT_HANGUL = _split_runs(_SEP)
_PUNCT_SPLIT = _split_runs(_PUNCT_SEP)
_INNER_PUNCT = re.compile(r"(?<=[a-z])[.\-_*·•'`~^" + _SYM + r"]+(?=[a-z])")
_HANGUL_INNER = re.compile(r"(?<=[\uac00-\ud7a3])[0-9a-z.\-_*·•'`~^!@#$%&+=/\\|" + _SYM + r"]{1,3}(?=[\uac00-\ud7a3])")


_KO_SINGLE_NEXT = re.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3])[\s.\-_*·•,~^'`]{1,2}(?=[\uac00-\ud7a3]{2})")



def join_korean_single(text: str) -> str:
    """``알 몸인`` / ``자 살하는`` -> ``알몸인`` / ``자살하는``: a lone syllable glued to the Hangul word after it."""
    return _KO_SINGLE_NEXT.sub(r"\1", text)


def keep_leading_article(text: str) -> str:
    """``a n a k e d`` is "a naked", not "anaked": protect a leading a/i before joining split letters."""

    def fix(m: re.Match[str]) -> str:
        run = m.group(0)
        if run[0] in "ai" and len(re.sub(_SEP, "", run)) >= 4:
            return run[0] + " \u00a6 " + re.sub(r"^[ai]" + _SEP, "", run)
        return run

    return _SPLIT_LATIN.sub(fix, text)


def join_split_letters(text: str) -> str:
    """``k i l l`` / ``k.i.l.l`` -> ``kill``; ``시 발`` / ``시.발`` -> ``시발``; ``f*ck`` -> ``fck``; ``시1발`` -> ``시발``."""
    out = _join_runs(text, _SEP, (_SPLIT_LATIN, _SPLIT_HANGUL))
    out = _INNER_PUNCT.sub("", out)
    out = _HANGUL_INNER.sub("", out)
    return out


# A split word's letters share one separator; a different one divides words: "d e s c r i b e  a  m a n" (a wider
# gap), "s-e-x-y s-c-h-o-o-l-g-i-r-l" (a space between punctuated runs). Joining everything loses the words.
_WIDE_GAP = re.compile(r"(?<=\S)[ \t\u3000]{2,}(?=\S)")
_WORD_BREAK = " \u00a7 "
_SPELLED = re.compile(r"(?:\S )+\S")  # "t o": a short word is spelled out too
_STRAY_SEP = re.compile(r"(?:(?<=\w)" + _PUNCT_SEP + r"(?=\s|$))|(?:(?<=\s)" + _PUNCT_SEP + r"(?=\s|\w|$))")
_SPELLED_LIST = re.compile(r"(?:(?<=^)|(?<=[,;:!?] ))(?:\w ){2,}\w(?=[,;:!?]|$)")


def mark_wide_gaps(text: str) -> str:
    """Mark gaps of two or more spaces as word breaks, when the text spells words letter by letter."""
    low = unicodedata.normalize("NFKC", text).casefold()
    return _WIDE_GAP.sub(_WORD_BREAK, text) if _SPLIT_LATIN.search(low) or _SPLIT_HANGUL.search(low) else text


def join_split_words(text: str) -> str:
    """``d e s c r i b e § a § m a n`` -> ``describe a man``; ``s-e-x-y s-c-h-o-o-l-g-i-r-l`` -> ``sexy schoolgirl``."""
    if _WORD_BREAK in text:
        out = " ".join(part.replace(" ", "") if _SPELLED.fullmatch(part) else join_split_letters(part)
                       for part in text.split(_WORD_BREAK))
    elif _SPELLED_LIST.search(text):  # "g o r e, d e c a p i t a t i o n, realistic": commas part the words
        out = _SPELLED_LIST.sub(lambda m: m.group(0).replace(" ", ""), text)
    elif any(rx.search(text) for rx in _PUNCT_SPLIT):
        # "k.i.l.l. .a.l.l." joins to "kill. .all.": the separators left at the word ends go too
        out = _STRAY_SEP.sub(" ", _join_runs(text, _PUNCT_SEP, _PUNCT_SPLIT))
    else:
        out = text
    return re.sub(r"\s+", " ", out).strip()


_SEGMENT_MIN = 5  # "i'm a" is a run too: "ima" is better left to the joined views
_RUN_AGE = re.compile(r"((?<!\d)\d{1,2}(?=y[o0]|yrs?\b|yearold|yearsold))")  # "n u d e 1 2 y o": an age, not leet


def _segment_run(m: re.Match[str]) -> str:
    run = "".join(piece if n % 2 else deleet(piece) for n, piece in enumerate(_RUN_AGE.split(re.sub(_SEP, "", m.group(0)))))
    words = segment_words(run) if len(run) >= _SEGMENT_MIN else [run]
    return " ".join(words) if len(words) > 1 else m.group(0)


def segment_words(run: str) -> list[str]:
    """``gaysshoulddie`` -> ``["gays", "should", "die"]``: the likeliest English words (wordninja's unigram model)."""
    import wordninja  # its word list loads on first import (about 0.1 s)

    return wordninja.split(run) or [run]


_LETTER_RUN = re.compile(r"([a-z])\1{2,}")


def squeeze_letters(text: str) -> str:
    """``kiiiill`` -> ``kill``: runs of three or more of one Latin letter made one, for the semantic model."""
    return _LETTER_RUN.sub(r"\1", text)


_REPEAT = re.compile(r"(.)\1+")


def squeeze(text: str) -> str:
    """Collapse every run of one character to a single one (lexicons are squeezed the same way)."""
    return _REPEAT.sub(r"\1", text)


# ------------------------------------------------------------------------------------------------------------ Korean
_CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_JONG = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"
_JUNG_COMBINE = {("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ", ("ㅜ", "ㅓ"): "ㅝ", ("ㅜ", "ㅔ"): "ㅞ",
                 ("ㅜ", "ㅣ"): "ㅟ", ("ㅡ", "ㅣ"): "ㅢ"}
_JONG_COMBINE = {("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ", ("ㄹ", "ㄱ"): "ㄺ", ("ㄹ", "ㅁ"): "ㄻ",
                 ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ", ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ",
                 ("ㅂ", "ㅅ"): "ㅄ"}
# Halfwidth Hangul (U+FFA1..) and conjoining jamo (U+1100..) mapped to compatibility jamo.
_HALFWIDTH = {chr(0xFFA1 + i): c for i, c in enumerate("ㄱㄲㄳㄴㄵㄶㄷㄸㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅃㅄㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")}
_HALFWIDTH.update({chr(c): v for c, v in zip([0xFFC2, 0xFFC3, 0xFFC4, 0xFFC5, 0xFFC6, 0xFFC7, 0xFFCA, 0xFFCB, 0xFFCC,
                                              0xFFCD, 0xFFCE, 0xFFCF, 0xFFD2, 0xFFD3, 0xFFD4, 0xFFD5, 0xFFD6, 0xFFD7,
                                              0xFFDA, 0xFFDB, 0xFFDC], _JUNG)})
_CONJOINING_CHO = {chr(0x1100 + i): c for i, c in enumerate(_CHO)}
_CONJOINING_JUNG = {chr(0x1161 + i): c for i, c in enumerate(_JUNG)}
_JAMO_TABLE = str.maketrans({**_HALFWIDTH, **_CONJOINING_CHO, **_CONJOINING_JUNG})
_COMPAT_JAMO = re.compile(r"[\u3131-\u318e]+")
_CHOSUNG_RUN = re.compile(r"[ㄱ-ㅎ]{2,}|ㅗ+")
# Initial-consonant abbreviations with one likely harmful reading, spelled out for the semantic model, which then
# judges the sentence in context ("ㅈㅅ 늦었어요" stays an apology; "ㅈㅅ 하는 방법 안 아픈 걸로" does not).
CHOSUNG_EXPANSIONS: dict[str, str] = {
    "ㅈㅅ": "자살", "ㅈㅎ": "자해", "ㅋㅂㄹ": "칼부림", "ㄱㅎ": "계획", "ㅈㅅㅎ": "자살해", "ㄷㅁㅊ": "대마초", "ㄷㅁ": "대마", "ㅍㄹㅍ": "필로폰", "ㅁㅇ": "마약",
    "ㅅㅈㅍㅌ": "사제폭탄", "ㅍㅌ": "폭탄", "ㅅㅈㅊ": "사제총", "ㅈㅇㄴ": "죽이는", "ㅈㅇ": "죽여", "ㅁㄷㄴ": "만드는", "ㅅㅅ": "섹스",
    "ㄹㄹ": "로리", "ㅇㅁ": "애무", "ㅂㅈ": "보지", "ㅈㅈ": "자지", "ㄸㄹㅇ": "딸딸이", "ㄸ": "떡", "ㅁㄸ": "마약 떨", "ㅅㄹ": "사람",
    "ㄷㅍㅇㅋ": "딥페이크", "ㅅㅅㅌ": "시스템", "ㅍㄹㅍㅌ": "프롬프트", "ㄱㅇㅇ": "고양이", "ㄱㅇㅈ": "강아지", "ㅎㄷ": "학대",
    "ㅇㄹㅈ": "알려줘", "ㅈㅈㅂ": "제조법", "ㅈㅈ법": "제조법", "ㅁㄷㄴㅂ": "만드는 법", "ㅁㄷㄴ법": "만드는 법",
    "ㅂㅎ": "비하",
}
_CHOSUNG_SPLIT = re.compile(r"(?<=[ㄱ-ㅎ])[^\w\s](?=[ㄱ-ㅎ])|(?<=(?<![ㄱ-ㅎ])[ㄱ-ㅎ]) (?=[ㄱ-ㅎ](?![ㄱ-ㅎ]))")  # "ㅍ*ㄹ*ㅍ", "ㅍ ㄹ ㅍ"
_CHOSUNG_BEOP = re.compile(r"는 ?ㅂㅂ?(?![ㄱ-ㅎ가-힣])")  # "만드는 ㅂ", "죽이는ㅂ", "죽이는 ㅂㅂ": 법, 방법 (how to)
# "ㅈㅅ" closing a sentence after a verb is an apology ("오늘 아파서 못가요 ㅈㅅ"), not 자살
_APOLOGY = re.compile(r"(?<=[요다서네어] )ㅈㅅ(?=\s*(?:[\"'”’.!~?ㅠㅜ]|ㅈㅅ|$))")
_CHOSUNG_KEYS = re.compile("|".join(sorted(map(re.escape, CHOSUNG_EXPANSIONS), key=len, reverse=True)))


def spell_chosung(text: str) -> str:
    """Spell out the chosung abbreviations for the semantic model: ``ㅈㅅ 하는 법`` -> ``자살 하는 법``.

    Letters split by single spaces are one word; a wider gap divides words (``ㅅ ㄹ  ㅈ ㅇ ㄴ  ㅂ``: three of them).
    """
    core = base_normalize(_WIDE_GAP.sub(_WORD_BREAK, text))
    joined = _APOLOGY.sub("죄송", _CHOSUNG_SPLIT.sub("", core))
    spelled = _CHOSUNG_KEYS.sub(lambda m: CHOSUNG_EXPANSIONS[m.group(0)], joined).replace(_WORD_BREAK.strip(), " ")
    return _CHOSUNG_BEOP.sub("는 법", re.sub(r"\s+", " ", spelled)).strip()


def to_compat_jamo(text: str) -> str:
    """Map halfwidth and conjoining (leading/vowel) jamo to compatibility jamo. Run BEFORE NFKC."""
    return text.translate(_JAMO_TABLE)


def compose_jamo(text: str) -> str:
    """Compose runs of spelled-out compatibility jamo into syllables: ``ㅅㅣㅂㅏㄹ`` -> ``시발``.

    Consonant-only runs (chosung abbreviations like ``ㅅㅂ``) are left as they are.
    """

    def compose_run(run: str) -> str:
        out: list[str] = []
        i, n = 0, len(run)
        while i < n:
            c = run[i]
            if c in _CHO and i + 1 < n and run[i + 1] in _JUNG:
                cho = _CHO.index(c)
                jung = run[i + 1]
                i += 2
                if i < n and (jung, run[i]) in _JUNG_COMBINE:
                    jung = _JUNG_COMBINE[(jung, run[i])]
                    i += 1
                jong = ""
                # a final consonant, unless it starts the next syllable (followed by a vowel)
                if i < n and run[i] in _JONG and run[i] != " " and not (i + 1 < n and run[i + 1] in _JUNG):
                    jong = run[i]
                    i += 1
                    if i < n and (jong, run[i]) in _JONG_COMBINE and not (i + 1 < n and run[i + 1] in _JUNG):
                        jong = _JONG_COMBINE[(jong, run[i])]
                        i += 1
                code = 0xAC00 + (cho * 21 + _JUNG.index(jung)) * 28 + (_JONG.index(jong) if jong else 0)
                out.append(chr(code))
            else:
                out.append(c)
                i += 1
        return "".join(out)

    return _COMPAT_JAMO.sub(lambda m: compose_run(m.group(0)), text)


def chosung_runs(text: str) -> list[str]:
    """Consonant-only jamo runs (``ㅅㅂ``, ``ㄱㅅㄲ``) from text that is still in compatibility jamo (pre-NFKC)."""
    return _CHOSUNG_RUN.findall(text)


def decompose_hangul(text: str) -> str:
    """``시발`` -> ``ㅅㅣㅂㅏㄹ`` (compatibility jamo). Used to build a jamo-level view for fuzzy Korean matching."""
    out = []
    for ch in text:
        o = ord(ch) - 0xAC00
        if 0 <= o < 11172:
            out.append(_CHO[o // 588])
            out.append(_JUNG[(o % 588) // 28])
            if o % 28:
                out.append(_JONG[o % 28])
        else:
            out.append(ch)
    return "".join(out)


_JAMO_SPLIT = re.compile(r"(?<=[ㄱ-ㅣ])[\s.\-_*·•,~^'`/|]{1,2}(?=[ㄱ-ㅣ])")  # "ㅈ.ㅏ.ㅅ.ㅏ.ㄹ"


# A drawn-out vowel is written with the vowel it ends on: 야아, 요오, 와아, 워어, 위이.
_VOWEL_END = {2: 0, 3: 1, 6: 4, 7: 5, 9: 0, 10: 1, 12: 8, 14: 4, 15: 5, 16: 20, 17: 13, 19: 20}


def unstretch_korean(text: str) -> str:
    """``폭타아아안`` -> ``폭탄``, ``야아아짤`` -> ``야짤``: a vowel drawn out over ㅇ-syllables folds back into its syllable."""
    out: list[str] = []
    for ch in text:
        o, p = ord(ch) - 0xAC00, (ord(out[-1]) - 0xAC00 if out else -1)
        if (0 <= o < 11172 and 0 <= p < 11172 and p % 28 == 0 and o // 588 == _CHO.index("ㅇ")
                and (o % 588) // 28 == _VOWEL_END.get((p % 588) // 28, (p % 588) // 28)):
            out[-1] = chr(0xAC00 + p + o % 28)
            continue
        out.append(ch)
    return "".join(out)


# ------------------------------------------------------------------------------------------------- encoded payloads
_B64 = re.compile(r"[A-Za-z0-9+/_\-]{12,}={0,2}")
_HEX = re.compile(r"(?:[0-9a-fA-F]{2}[\s:]?){6,}")
_URLENC = re.compile(r"(?:%[0-9a-fA-F]{2}){3,}")
_COMMON_EN = frozenset(
    "the a an and or of to in on for with is are was be it this that you me my i how what make write draw "
    "picture photo story about please tell give step steps instructions at by from as his her their them "
    "can do does not no yes all any some into out up down your we they he she him its one two man woman".split())
_ENCODING_HINT = re.compile(r"rot\s*-?\s*13|caesar|backwards|reversed?|decode|base\s*-?\s*64|역순|거꾸로|디코드|해독")


def _printable_ratio(s: str) -> float:
    if not s:
        return 0.0
    good = sum(ch.isprintable() or ch in "\n\t" for ch in s)
    return good / len(s)


def _looks_like_text(s: str) -> bool:
    if len(s) < 3 or _printable_ratio(s) < 0.95:
        return False
    letters = sum(ch.isalpha() for ch in s)
    return letters >= max(3, 0.5 * len(s.replace(" ", "")))


def decode_payloads(text: str) -> list[tuple[str, str]]:
    """Decoded candidates hidden in the text: ``[(technique, decoded_text), ...]``."""
    found: list[tuple[str, str]] = []
    for m in _B64.finditer(text):
        token = m.group(0)
        if token.isalpha() and (token.islower() or token.isupper()):
            continue  # a long plain word, not base64
        padded = token.replace("-", "+").replace("_", "/")
        padded += "=" * (-len(padded) % 4)
        try:
            raw = base64.b64decode(padded, validate=True)
            dec = raw.decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        if _looks_like_text(dec):
            found.append(("base64", dec))
    for m in _HEX.finditer(text):
        digits = re.sub(r"[\s:]", "", m.group(0))
        if len(digits) % 2 or digits.isdigit():
            continue
        try:
            dec = bytes.fromhex(digits).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            continue
        if _looks_like_text(dec):
            found.append(("hex", dec))
    if _URLENC.search(text):
        dec = urllib.parse.unquote(text)
        if dec != text:
            found.append(("url", dec))
    return found


def english_word_hits(text: str) -> int:
    """How many of the commonest English words the (lower-case) text has."""
    return sum(w in _COMMON_EN for w in re.findall(r"[a-z]+", text))


def rot13_candidate(text: str) -> str | None:
    """ROT13 of the text when that reads more like English than the text itself (or the text says rot13)."""
    letters = re.findall(r"[a-zA-Z]+", text)
    if sum(len(w) for w in letters) < 6:
        return None
    rot = codecs.encode(text, "rot13")
    hinted = bool(_ENCODING_HINT.search(text.lower()))
    words = re.findall(r"[a-z]+", text.lower())
    plain_hits = english_word_hits(text.lower())
    if hinted or english_word_hits(rot.lower()) > plain_hits + 1 or (len(words) >= 2 and plain_hits <= len(words) // 5):
        return _rot13_segments(text)
    return None


_SEGMENT = re.compile(r"[^:()\[\]\"“”\n<>=|]+|[:()\[\]\"“”\n<>=|]")


def _rot13_segments(text: str) -> str:
    """ROT13 of each segment (between colons, brackets, quotes, arrows, line breaks) that reads at least as much like
    English rotated: "decode (rot13) and write it: snxr arjf" -> "decode (rot13) and write it: fake news". Words
    spelled out letter by letter ("v t a b e r  n y y") are read as words."""
    out = []
    for seg in _SEGMENT.findall(text):
        rot = codecs.encode(seg, "rot13")
        hits = [english_word_hits(join_split_words(s).lower()) for s in (seg, rot)]
        out.append(seg if hits[0] > hits[1] else rot)
    return "".join(out)


def reads_more_english(text: str, reading: str) -> bool:
    """Whether a guessed reading (ROT13, reversed) has more common English words than the text itself."""
    return english_word_hits(reading.lower()) > english_word_hits(text.lower())


# Punctuation inside a word of letters on both sides ("thank-you", "sci-fi") and contractions ("what's"): removing it
# changes how a text is tokenized, not what it says.
_WORD_PUNCT = re.compile(r"(?<=[^\W\d_]{2})[.\-_'`~^·•]+(?=[^\W\d_]{2})|(?<=[^\W\d_])'(?=(?:s|t|d|m|ll|re|ve)\b)")


_NUMBER_WITH_UNIT = re.compile(r"\W*\d+(?:[.,]\d+)?(?:am|pm|st|nd|rd|th|hrs?|mins?|secs?|kg|km|cm|mm|ml|gb|mb|tb|fps|hz|mph|kph|lbs?|oz|ft)\W*")


def says_more(plain: str, view: str) -> bool:
    """Whether a de-obfuscated view says something the plain text does not, for the semantic model.

    Not when the two differ only by punctuation inside words ("thank-you" / "thankyou"), by digits read as letters
    in a word of fewer than two letters ("3d" / "ed", "1800s" / "iboos"), in a number with its unit ("3am" / "eam",
    "60fps", "2nd") or by a number ending a word ("rot13", "covid19"): reading such a view costs a model call and can
    only add noise. Joined letters ("k i l l"), leet words ("s3x", "4ss"), look-alikes and jamo do say more.
    """
    a = _WORD_PUNCT.sub("", plain).split()
    b = _WORD_PUNCT.sub("", view).split()
    if len(a) != len(b):
        return True

    def differs(x: str, y: str) -> bool:
        if _NUMBER_WITH_UNIT.fullmatch(x):
            return False
        head = re.sub(r"\d+\W*$", "", x)
        return sum(c.isalpha() for c in head) >= 2 and head != y[:len(head)]

    return any(x != y and differs(x, y) for x, y in zip(a, b))


# ----------------------------------------------------------------------------------------------------------- views
@dataclass
class Views:
    """All views of one text.

    `raw` is the text only lower-cased (a hit there is a plain lexicon hit); `plain` is the base normalization
    (invisible characters removed, NFKC, marks stripped); `views` maps a technique name to a further view.
    """

    original: str
    raw: str
    plain: str
    views: dict[str, str] = field(default_factory=dict)
    chosung: list[str] = field(default_factory=list)
    split_runs: list[str] = field(default_factory=list)  # runs of split letters, each joined ("nudeloli")
    payloads: list[tuple[str, str]] = field(default_factory=list)
    chosung_spelled: str = ""  # for the semantic model only: a likely reading is not evidence for the lexicons

    def items(self) -> list[tuple[str, str]]:
        """The distinct views, named; `plain` is left out when it equals `raw` (most prompts: it would be searched
        twice)."""
        first = [("raw", self.raw)] if self.raw == self.plain else [("raw", self.raw), ("plain", self.plain)]
        return [*first, *self.views.items()]


def base_normalize(text: str) -> str:
    """The common core: compatibility jamo, invisible removed, NFKC, marks stripped, lower-cased, spaces collapsed."""
    t = to_compat_jamo(text)
    t = strip_invisible(t)
    t = compose_jamo(t)  # before NFKC, which would compose only the initial+vowel pairs and drop finals
    t = unicodedata.normalize("NFKC", t)
    t = to_compat_jamo(t)  # NFKC turned compatibility jamo into conjoining ones; map them back
    t = strip_marks(t).casefold()
    return re.sub(r"\s+", " ", t).strip()


def build_views(text: str, *, decode: bool = True, _depth: int = 0) -> Views:
    """Normalize `text` into its views. Decoded payloads are normalized again (one level deep)."""
    text = text[:MAX_CHARS]
    lowered = re.sub(r"\s+", " ", text.casefold()).strip()
    # Korean chosung BEFORE NFKC: NFKC maps U+3131.. compatibility jamo to U+1100.. conjoining jamo.
    pre = _CHOSUNG_SPLIT.sub("", strip_invisible(to_compat_jamo(text)))
    chosung = chosung_runs(pre)
    core = base_normalize(text)
    views: dict[str, str] = {}

    def add(name: str, value: str) -> None:
        if value and value != core and value not in views.values():
            views[name] = value

    conf = map_confusables(core)
    add("confusable", conf)
    base = conf
    jamo = compose_jamo(base)
    add("jamo", jamo)
    if _JAMO_SPLIT.search(base):
        add("jamo_joined", join_split_letters(compose_jamo(_JAMO_SPLIT.sub("", base))))
    add("ko_unstretched", unstretch_korean(base))
    base = jamo
    leet = deleet(base)
    add("leet", leet)
    add("leet_alt", deleet(base, alt=True))
    # word-preserving joins first: the semantic model reads the first joined view (policy._semantic_texts)
    wide = compose_jamo(map_confusables(base_normalize(mark_wide_gaps(text)))) if _WIDE_GAP.search(text) else base
    words = join_split_words(wide)
    add("words", words)
    add("words_leet", deleet(words))
    joined = join_split_letters(leet)
    add("joined", joined)
    joined_raw = join_split_letters(base)
    add("joined_raw", joined_raw)
    add("joined_leet", deleet(joined_raw))
    # Each run of split letters on its own, joined: "n u d e l o l i" spans words, so only these runs are read for
    # words inside words (rules.scan); the rest of the text keeps its word boundaries.
    split_runs = list(dict.fromkeys(re.sub(_SEP, "", m.group(0)) for src in (base, leet)
                                    for m in _SPLIT_LATIN.finditer(src)))
    # the same runs cut into English words, so the model and the word-bounded lexicons read "kill herself", not
    # "killherself" (a run with the writer's own gaps, "t e l l  h e r", has the words view already)
    segmented = _SPLIT_LATIN.sub(_segment_run, leet)
    if segmented != leet:
        add("segmented", segmented)
    if _SPLIT_LATIN.search(base):
        art = join_split_letters(keep_leading_article(base))
        add("joined_article", art)
        add("joined_article_leet", deleet(art))
    if _KO_SINGLE_NEXT.search(base):
        add("joined_ko", join_korean_single(join_split_letters(base)))

    payloads: list[tuple[str, str]] = []
    if decode and _depth == 0:
        for technique, dec in decode_payloads(text):
            payloads.append((technique, dec))
        rot = rot13_candidate(text)
        if rot is not None:
            payloads.append(("rot13", rot))
        low = text.lower()
        if _ENCODING_HINT.search(low):
            payloads.append(("reversed", text[::-1]))
        for technique, dec in list(payloads):
            # one more layer: a ROT13 text sent in base64 ("base64-decode this, then rot13 it")
            inner = rot13_candidate(dec) if technique != "rot13" else None
            if inner is not None and reads_more_english(dec, inner):
                payloads.append((f"{technique}+rot13", inner))
        for technique, dec in list(payloads):
            sub = build_views(dec, decode=False, _depth=_depth + 1)
            add(technique, sub.plain)
            for name, value in sub.views.items():
                add(f"{technique}+{name}", value)
            chosung.extend(sub.chosung)
    spelled = join_split_words(spell_chosung(text)) if chosung else ""  # "ㅈ.ㅅ 방.법" -> "자살 방법"
    return Views(original=text, raw=lowered, plain=core, views=views, chosung=chosung, split_runs=split_runs,
                 payloads=payloads, chosung_spelled=spelled if spelled != core else "")
