"""Lexicon matching and combination rules over the normalized views of a text.

`scan(text, surface=...)` returns every `Hit` (category, severity, layer, evidence); policy.py decides which hits
block at which level. All regular expressions compile once, on first use, under a lock.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon as L
from .normalize import Views, base_normalize, build_views

SEVERITIES = ("severe", "explicit", "mild")
_B_LEFT = r"(?<![a-z0-9])"
_B_RIGHT = r"(?![a-z0-9])"
MASK = " \u00a4 "


@dataclass(frozen=True)
class Hit:
    category: str
    severity: str
    layer: str  # "lexicon" (plain text), "normalize" (needed a de-obfuscation view), "rule" (combination)
    evidence: str
    view: str = "raw"


def letters_repeatable(pattern: str) -> str:
    """Let every literal ASCII letter (and class of letters) of a regex also match a run of itself: kill -> k+i+l+l+."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if c == "[":
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            atom = pattern[i:j + 1]
            i = j + 1
            quantified = i < n and pattern[i] in "?*+{"
            # a class of digits or punctuation stays one character: "[1-9]" is an age, "[1-9]+" also reads 25
            letters = re.search("[a-z]", re.sub(r"\\.", "", atom)) is not None
            out.append(atom if quantified or atom.startswith("[^") or not letters else atom + "+")
            continue
        if c == "(" and pattern[i:i + 3] in ("(?:", "(?=", "(?!") :
            out.append(pattern[i:i + 3])
            i += 3
            continue
        if c == "(" and pattern[i:i + 4] in ("(?<=", "(?<!"):
            out.append(pattern[i:i + 4])
            i += 4
            continue
        if "a" <= c <= "z":
            quantified = i + 1 < n and pattern[i + 1] in "?*+{"
            out.append(c if quantified else c + "+")
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


class _Unknown(Exception):
    pass


def _starts(items: list) -> tuple[set[str], bool]:
    """(characters a match of this parsed sequence can start with, whether it can match the empty string)."""
    from re import _constants as C  # the parser's own names for the node types

    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            return chars | {chr(av)}, False
        if op is C.IN:
            for o, a in av:
                if o is C.LITERAL:
                    chars.add(chr(a))
                elif o is C.RANGE:
                    chars.update(map(chr, range(a[0], a[1] + 1)))
                else:  # a negated set, \w, \d: too wide to be worth a filter
                    raise _Unknown
            return chars, False
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            first, empty = _starts(list(av[2]))
            chars |= first
            if av[0] > 0 and not empty:
                return chars, False
        elif op is C.SUBPATTERN or op is C.BRANCH:
            alternatives = [list(b) for b in av[1]] if op is C.BRANCH else [list(av[-1])]
            empty = False
            for alt in alternatives:
                first, alt_empty = _starts(alt)
                chars |= first
                empty |= alt_empty
            if not empty:
                return chars, False
        elif op not in (C.ASSERT, C.ASSERT_NOT, C.AT):  # zero-width: the next item starts the match
            raise _Unknown
    return chars, True


def _first_chars(pattern: str) -> str | None:
    """The characters a match of `pattern` can start with, as a character class body, or None when not known."""
    try:
        from re import _parser  # the regex parser (sre_parse before Python 3.11): an optimisation, never a requirement

        chars, empty = _starts(list(_parser.parse(pattern)))
    except (_Unknown, re.error, ImportError, AttributeError):
        return None
    if empty or not chars:
        return None
    return "".join(sorted(re.escape(c) for c in chars))


def _compile(pattern: str) -> re.Pattern[str]:
    """`pattern` behind a lookahead on the characters its matches start with, when those are known: the regex engine
    then skips in C every other position (the Hangul of a Korean prompt for an English list, and the reverse)."""
    first = _first_chars(pattern)
    return re.compile(("(?=[" + first + "])" if first else "") + "(?:" + pattern + ")")


class _Alternation:
    """Alternatives searched as two regexes: the ones whose first characters are known, behind a lookahead on those
    characters, and the rest ("(?:\\w+ ){0,3}eaten alive"). The lexicons' word lists search about twice as fast."""

    __slots__ = ("fast", "rest")

    def __init__(self, en: list[str], ko: list[str]) -> None:
        en_known = [_first_chars(letters_repeatable(p)) is not None for p in en]
        ko_known = [_first_chars(p) is not None for p in ko]

        def alternation(known: bool) -> str:
            parts = []
            if any(k == known for k in en_known):
                parts.append(_en([p for p, k in zip(en, en_known) if k == known]))
            if any(k == known for k in ko_known):
                parts.append(_ko([p for p, k in zip(ko, ko_known) if k == known]))
            return "|".join(parts)

        fast, rest = alternation(True), alternation(False)
        self.fast = _compile(fast) if fast else None
        self.rest = re.compile(rest) if rest else None

    def search(self, text: str) -> re.Match[str] | None:
        a = self.fast.search(text) if self.fast is not None else None
        b = self.rest.search(text) if self.rest is not None else None
        if a is None or (b is not None and b.start() < a.start()):
            return b
        return a

    def sub(self, repl: str, text: str) -> str:
        for rx in (self.fast, self.rest):
            if rx is not None:
                text = rx.sub(repl, text)
        return text


def _en(patterns: list[str]) -> str:
    return _B_LEFT + "(?:" + "|".join(letters_repeatable(p) for p in patterns) + ")" + _B_RIGHT


def _ko(patterns: list[str]) -> str:
    return "(?:" + "|".join(patterns) + ")"


def _both(en: list[str], ko: list[str]) -> _Alternation:
    return _Alternation(en, ko)


class _Compiled:
    def __init__(self) -> None:
        self.terms: list[tuple[str, str, _Alternation]] = []
        for cat in L.EN_TERMS.keys() | L.KO_TERMS.keys():
            for sev in SEVERITIES:
                en = L.EN_TERMS.get(cat, {}).get(sev, [])
                ko = L.KO_TERMS.get(cat, {}).get(sev, [])
                if en or ko:
                    self.terms.append((cat, sev, _both(en, ko)))
        order = {s: i for i, s in enumerate(SEVERITIES)}
        self.terms.sort(key=lambda t: order[t[1]])
        self.allow = _both(L.EN_ALLOW, L.KO_ALLOW)
        self.allow_write = _both(L.ART_NUDITY_ALLOW_EN, L.ART_NUDITY_ALLOW_KO)
        self.child = _both(L.CHILD_EN, L.CHILD_KO)
        self.suggestive = _both(L.SUGGESTIVE_EN, L.SUGGESTIVE_KO)
        self.suggestive_draw = _both(L.SUGGESTIVE_DRAW_EN, L.SUGGESTIVE_DRAW_KO)
        self.grooming = _both(L.GROOMING_EN, L.GROOMING_KO)
        self.adult = _both(L.ADULT_EN, L.ADULT_KO)
        self.fiction = _both(L.FICTION_EN, L.FICTION_KO)
        self.real = _both(L.REAL_PEOPLE_EN, L.REAL_PEOPLE_KO)
        self.stage_names = _both(L.STAGE_NAMES_EN, L.STAGE_NAMES_KO)
        # the same names with their spaces taken out, for letters split one by one ("M a r g o t R o b b i e")
        self.real_compact = re.compile("|".join(p.replace(" ?", "").replace(" ", "") for p in L.REAL_PEOPLE_EN + L.REAL_PEOPLE_KO))
        self.private = _both(L.PRIVATE_PERSON_EN, L.PRIVATE_PERSON_KO)
        self.deepfake = _both(L.DEEPFAKE_EN, L.DEEPFAKE_KO)
        self.event = _both(L.DECEPTIVE_EVENT_EN, L.DECEPTIVE_EVENT_KO)
        self.media = _both(L.MEDIA_CUE_EN, L.MEDIA_CUE_KO)
        self.fabrication = _both(L.FABRICATION_EN, L.FABRICATION_KO)
        self.game = _both(L.GAME_EN, L.GAME_KO)
        self.game_target = _both(L.GAME_TARGET_EN, L.GAME_TARGET_KO)
        self.real_target = _both(L.REAL_TARGET_EN, L.REAL_TARGET_KO)
        # (context, the categories the classifier may not decide alone next to it, words that cancel the context)
        self.semantic_contexts = [
            _context(L.RECOVERY_EN, L.RECOVERY_KO, {"self_harm"}, L.RECOVERY_CANCEL_EN, L.RECOVERY_CANCEL_KO, life_harm=False,
                     about=frozenset({"self_harm"})),
            _context(L.COMING_OUT_EN, L.COMING_OUT_KO, {"hate", "harassment", "self_harm", "sexual", "sexual_minors"}, L.COMING_OUT_CANCEL_EN,
                     L.COMING_OUT_CANCEL_KO),
            _context(L.HATE_CRITIQUE_EN, L.HATE_CRITIQUE_KO, {"hate"}, L.HATE_CRITIQUE_CANCEL_EN, L.HATE_CRITIQUE_CANCEL_KO, covert_harm=False),
            _context(L.KIND_MESSAGE_EN, L.KIND_MESSAGE_KO, {"harassment"}, L.HOSTILE_EN, L.HOSTILE_KO),
            _context(L.MESSAGE_WRITING_EN, L.MESSAGE_WRITING_KO, {"harassment", "self_harm"}, L.HOSTILE_EN + L.SELF_HARM_CUE_EN,
                     L.HOSTILE_KO + L.SELF_HARM_CUE_KO),
            _context(L.DRINKS_EN, L.DRINKS_KO, {"drugs", "weapons"}, L.DRINKS_CANCEL_EN, L.DRINKS_CANCEL_KO),
            _context(L.COOKING_EN, L.COOKING_KO, {"violence", "self_harm", "drugs", "weapons"}, L.PERSON_OBJECT_EN, L.PERSON_OBJECT_KO),
            _context(L.HOME_EN, L.HOME_KO, {"violence", "self_harm", "weapons"}, L.PERSON_OBJECT_EN, L.PERSON_OBJECT_KO),
            _context(L.MARTIAL_EN, L.MARTIAL_KO, {"violence", "weapons", "drugs", "sexual", "self_harm"}, L.PERSON_OBJECT_EN + L.MARTIAL_CANCEL_EN,
                     L.PERSON_OBJECT_KO + L.MARTIAL_CANCEL_KO),
            _context(L.DOSING_EN, L.DOSING_KO, {"drugs", "self_harm"}, L.PERSON_OBJECT_EN, L.PERSON_OBJECT_KO),
            _context(L.DRUG_PREVENTION_EN, L.DRUG_PREVENTION_KO, {"drugs", "weapons"}, L.HOWTO_HARM_EN, L.HOWTO_HARM_KO, life_harm=False,
                     about=frozenset({"drugs"})),
            _context(L.MILD_FICTION_EN, L.MILD_FICTION_KO, {"violence"}, L.MILD_FICTION_CANCEL_EN, L.MILD_FICTION_CANCEL_KO, life_harm=False),
            _context(L.SCENERY_EN, L.SCENERY_KO, {"self_harm"}, L.SCENERY_CANCEL_EN, L.SCENERY_CANCEL_KO),
            _context(L.OC_EN, L.OC_KO, {"harassment", "real_person"}, L.HOSTILE_EN + L.FRIEND_CANCEL_EN, L.HOSTILE_KO + L.FRIEND_CANCEL_KO),
            _context(L.QUITTING_EN, L.QUITTING_KO, {"self_harm", "drugs"}, [], []),
            _context(L.GARDEN_EN, L.GARDEN_KO, {"drugs", "self_harm", "violence", "weapons"}, L.GARDEN_CANCEL_EN + L.PERSON_OBJECT_EN,
                     L.GARDEN_CANCEL_KO + L.PERSON_OBJECT_KO, life_harm=False),  # "keeps dying", "kill the dandelions"
            _context(L.HUNTING_EN, L.HUNTING_KO, {"violence", "weapons", "self_harm"}, L.PERSON_OBJECT_EN + L.HUNTING_CANCEL_EN, L.PERSON_OBJECT_KO + L.HUNTING_CANCEL_KO,
                     life_harm=False),  # a hunter's "clean kill"
            _context(L.MEDICINE_EN, L.MEDICINE_KO, {"drugs"}, L.MEDICINE_CANCEL_EN, L.MEDICINE_CANCEL_KO),
            _context(L.FRIEND_EN, L.FRIEND_KO, {"real_person"}, L.FRIEND_CANCEL_EN, L.FRIEND_CANCEL_KO),
            _context(L.FILM_REVIEW_EN, L.FILM_REVIEW_KO, {"violence", "weapons", "drugs"}, L.HOWTO_HARM_EN, L.HOWTO_HARM_KO),
            _context(L.SFW_ROMANCE_EN, L.SFW_ROMANCE_KO, {"sexual"}, [], []),
            _context(L.SEX_ED_EN, L.SEX_ED_KO, {"sexual", "weapons"}, [], []),  # "피임 방법" read as weapons twice
            _context(L.REPORTING_EN, L.REPORTING_KO, {"harassment", "real_person"}, L.REPORTING_CANCEL_EN, L.REPORTING_CANCEL_KO),
            _context(L.DRUG_NEWS_EN, L.DRUG_NEWS_KO, {"drugs"}, L.HOWTO_HARM_EN, L.HOWTO_HARM_KO, life_harm=False),
            _context(L.CLINICAL_EN, L.CLINICAL_KO, {"self_harm", "violence", "drugs"}, L.CLINICAL_CANCEL_EN, L.CLINICAL_CANCEL_KO, life_harm=False),
            _context(L.PROP_EN, L.PROP_KO, {"weapons", "violence"}, L.PROP_CANCEL_EN, L.PROP_CANCEL_KO),
            _context(L.TRADING_EN, L.TRADING_KO, {"hate", "harassment", "violence"}, L.GROUP_EN, L.GROUP_KO),
            _context(L.CLASSIFIEDS_EN, L.CLASSIFIEDS_KO, {"drugs", "weapons"}, L.CLASSIFIEDS_CANCEL_EN, L.CLASSIFIEDS_CANCEL_KO),
            _context(L.MUSIC_EN, L.MUSIC_KO, {"drugs", "violence", "weapons"}, L.PERSON_OBJECT_EN, L.PERSON_OBJECT_KO,
                     life_harm=False),  # "kill the low mids"
            _context(L.GENRE_EN, L.GENRE_KO, {"violence", "drugs", "weapons", "hate"}, L.GENRE_CANCEL_EN + L.MILD_FICTION_CANCEL_EN,
                     L.GENRE_CANCEL_KO + L.MILD_FICTION_CANCEL_KO, life_harm=False),  # a body found in chapter one
            _context(L.HISTORY_EN, L.HISTORY_KO, {"hate", "violence", "weapons"}, L.HISTORY_CANCEL_EN, L.HISTORY_CANCEL_KO),
            _context(L.HEALTHY_DIET_EN, L.HEALTHY_DIET_KO, {"self_harm"}, L.HEALTHY_DIET_CANCEL_EN, L.HEALTHY_DIET_CANCEL_KO),
            _context(L.FACTUAL_EN, L.FACTUAL_KO, {"real_person"}, L.FACTUAL_CANCEL_EN, L.FACTUAL_CANCEL_KO),
            _context(L.NOTICE_EN, L.NOTICE_KO, {"prompt_injection"}, L.NOTICE_CANCEL_EN, L.NOTICE_CANCEL_KO),
            _context(L.FORAGING_EN, L.FORAGING_KO, {"drugs", "self_harm"}, L.FORAGING_CANCEL_EN + L.PERSON_OBJECT_EN,
                     L.FORAGING_CANCEL_KO + L.PERSON_OBJECT_KO, life_harm=False),  # "poisonous" is what it is about
        ]
        self.mention = _both(L.MENTION_EN, L.MENTION_KO)
        self.mention_cancel = _both(L.MENTION_CANCEL_EN, L.MENTION_CANCEL_KO)
        self.named_harm = {cat: _both(L.NAMED_HARM_EN[cat], L.NAMED_HARM_KO[cat]) for cat in L.NAMED_HARM_EN}
        self.parenting_cancel = _both(L.PARENTING_CANCEL_EN + L.LIFE_HARM_EN + L.COVERT_HARM_EN,
                                      L.PARENTING_CANCEL_KO + L.LIFE_HARM_KO + L.COVERT_HARM_KO)
        verbs = (r"(?:make|making|made|build|building|assemble|assembling|construct|constructing|manufactur(?:e|ing)|craft|crafting|create|creating|"
                 r"produce|producing|synthesi[sz](?:e|ing)|cook|cooking|brew|brewing|mix|mixing|3d[- ]?print(?:ing)?|print|convert|converting|"
                 r"modify|modifying|rig|rigging|wire|wiring|detonate|set off|plant|planting|extract|extracting|grow|growing|refine|refining|"
                 r"ingredients?|materials|recipes?|blueprints?|schematics?|instructions|steps|guide|tutorial|formula)")
        obj_w = "(?:" + "|".join(letters_repeatable(p) for p in L.WEAPON_OBJ_EN) + ")"
        obj_d = "(?:" + "|".join(letters_repeatable(p) for p in L.DRUG_HARD_EN) + ")"
        gap = r"(?:\W+[\w'-]+){0,5}?\W+"
        self.weapon_howto = _compile(_B_LEFT + verbs + gap + obj_w + _B_RIGHT + "|" + _B_LEFT + obj_w
                                       + r"\W+(?:(?:making|building|construction|assembly)\W+)?(?:recipe|blueprints?|schematics?|instructions|tutorial|guide|manual)" + _B_RIGHT)
        self.drug_howto = _compile(_B_LEFT + verbs + gap + obj_d + _B_RIGHT + "|" + _B_LEFT + obj_d + r"\W+(?:recipe|synthesis|instructions|tutorial|lab)" + _B_RIGHT)
        g_en = "(?:" + "|".join(letters_repeatable(p) for p in L.GROUP_EN) + ")"
        d_en = "(?:" + "|".join(letters_repeatable(p) for p in L.DEHUMAN_EN) + ")"
        win = r"(?:\W+[\w'-]+){0,6}?\W+"
        self.hate_en = _compile(_B_LEFT + g_en + win + d_en + _B_RIGHT + "|" + _B_LEFT + d_en + win + g_en + _B_RIGHT)
        g_ko = _ko(L.GROUP_KO)
        d_ko = _ko(L.DEHUMAN_KO)
        self.hate_ko = _compile(g_ko + r"[^.!?\n]{0,14}?" + d_ko)
        self.hate_mock = _compile(_ko(L.MOCKED_GROUP_KO) + r"[^.!?\n]{0,60}?" + _ko(L.MOCKERY_KO))
        self.hate_rebuttal = _compile(_ko(L.HATE_REBUTTAL_KO))
        self.hate_counter = _both(L.HATE_COUNTER_EN, L.HATE_COUNTER_KO)
        self.grooming_strong = _both(L.GROOMING_STRONG_EN, L.GROOMING_STRONG_KO)
        self.protective = _both(L.PROTECTIVE_EN, L.PROTECTIVE_KO)
        self.support = _both(L.SUPPORT_EN, L.SUPPORT_KO)
        h_en = "(?:" + "|".join(letters_repeatable(p) for p in L.HOWTO_EN) + ")"
        v_en = "(?:" + "|".join(letters_repeatable(p) for p in L.HARM_VERB_EN) + ")"
        t_en = "(?:" + "|".join(letters_repeatable(p) for p in L.HARM_TARGET_EN) + ")"
        near = r"(?:\W+[\w'-]+){0,4}?\W+"
        self.violence_howto = _compile(_B_LEFT + h_en + near + v_en + r"(?:s|ed|ing)?" + near + t_en + _B_RIGHT + "|"
                                         + _B_LEFT + v_en + r"(?:s|ed|ing)?" + near + t_en + near + h_en + _B_RIGHT + "|" + _ko(L.HARM_KO))
        self.violent_depiction = _both(L.VIOLENT_DEPICTION_EN, [])
        self.self_harm_intent = _both(L.SELF_HARM_INTENT_EN, L.SELF_HARM_INTENT_KO)
        self.ko_instruct = _compile(_ko(L.INSTRUCT_KO))
        self.ko_weapon = _compile(_ko(L.WEAPON_OBJ_KO))
        self.ko_drug = _compile(_ko(L.DRUG_KO))
        self.drug_prevention = _both(L.DRUG_PREVENTION_EN, L.DRUG_PREVENTION_KO)
        self.drug_news = _both(L.DRUG_NEWS_EN, L.DRUG_NEWS_KO)
        self.weapon_policy = _both(L.WEAPON_POLICY_EN, L.WEAPON_POLICY_KO)
        self.parenting = _both(L.PARENTING_EN, L.PARENTING_KO)
        self.content_request = _both(L.CONTENT_REQUEST_EN, L.CONTENT_REQUEST_KO)
        self.chosung = L.CHOSUNG
        self.injection_cue = _compile("|".join(L.INJECTION_CUES))
        self.harm_cue = _both(L.HARM_CUE_EN, L.HARM_CUE_KO)
        self.not_harm_cue = _both(L.NOT_HARM_CUE_EN, L.NOT_HARM_CUE_KO)
        self.split_run_words = {w: (cat, sev) for cat, (sev, words) in L.SPLIT_RUN_TERMS.items() for w in words}
        self.split_run_known = self.split_run_words.keys() | set(L.SPLIT_RUN_GLUE)
        self.split_run_longest = max(map(len, self.split_run_known))


_lock = threading.Lock()
_compiled: _Compiled | None = None


def compiled() -> _Compiled:
    global _compiled
    if _compiled is None:
        with _lock:
            if _compiled is None:
                _compiled = _Compiled()
    return _compiled


def mask_allowed(text: str) -> str:
    return compiled().allow.sub(MASK, text)


@dataclass
class Scan:
    """Everything the policy needs about one text."""

    views: Views
    masked: list[tuple[str, str]]
    hits: list[Hit]
    fiction: bool
    game: bool
    helping: bool = False  # a trap phrase, a prevention lesson or a question about helping someone (see policy.py)
    # categories where the classifier needs CONTEXT_P (policy.py) to decide alone: the context explains its reading
    # ("배그에서 적 잡는 법", "my friend came out to me", "clean from self-harm for a year"); lexicons and rules still apply
    semantic_exempt: frozenset[str] = frozenset()
    named_harm: frozenset[str] = frozenset()  # categories whose harm the text names (lexicon.NAMED_HARM_*)
    named_cue: frozenset[str] = frozenset()  # those named by more than a way of asking ("step by step", "단계별로")
    child: str | None = None  # a child named in the text, unless a parent is asking about their own (lexicon.CHILD_*)

    def first(self, category: str) -> Hit | None:
        for h in self.hits:
            if h.category == category:
                return h
        return None


def _context(en: list[str], ko: list[str], categories: set[str], cancel_en: list[str], cancel_ko: list[str],
             life_harm: bool = True, covert_harm: bool = True, about: frozenset[str] = frozenset()
             ) -> tuple[_Alternation, frozenset[str], _Alternation, frozenset[str]]:
    """A context where the classifier needs CONTEXT_P to decide alone, cancelled by its own words and, unless the
    context is itself about such words (slurs in an essay against them, self-harm in recovery), by a covert or
    real-world harm ("without her knowing", "real synthesis steps") and by any word of harm to a life ("never wake
    up", "영원히 잠드는", "untraceable"). The harm of one category named (lexicon.NAMED_HARM_*) takes that category out of
    the context's, unless the context is `about` it."""
    if covert_harm:
        cancel_en, cancel_ko = cancel_en + L.COVERT_HARM_EN, cancel_ko + L.COVERT_HARM_KO
    if life_harm:
        cancel_en, cancel_ko = cancel_en + L.LIFE_HARM_EN, cancel_ko + L.LIFE_HARM_KO
    return _both(en, ko), frozenset(categories), _both(cancel_en, cancel_ko), about


GAME_EXEMPT = frozenset({"violence", "weapons", "drugs"})  # a game named and something players kill, craft or poison in it
# a parent asking how to talk with their child about something found, with no content request and no grooming cue
PARENTING_EXEMPT = frozenset({"sexual", "sexual_minors"})


def _any(pattern: re.Pattern[str] | _Alternation, masked: list[tuple[str, str]]) -> re.Match[str] | None:
    for _, text in masked:
        m = pattern.search(text)
        if m:
            return m
    return None


def _split_run(c: _Compiled, run: str) -> list[str]:
    """The words of a run of joined letters when the whole run splits into listed and glue words, else []."""
    best: list[list[str] | None] = [[]] + [None] * len(run)  # best[i]: a split of run[:i]
    for i in range(1, len(run) + 1):
        for j in range(max(0, i - c.split_run_longest), i):
            if best[j] is not None and run[j:i] in c.split_run_known:
                best[i] = [*best[j], run[j:i]]  # type: ignore[misc]
                break
    return best[-1] or []


def _child_in_runs(words: list[str]) -> str | None:
    """A child named in a run of split letters ("n a k e d l i t t l e g i r l")."""
    for a, b in zip(["", *words], words):
        if b in L.SPLIT_RUN_CHILD or (a in ("little", "young") and b in ("girl", "girls", "boy", "boys")):
            return f"{a} {b}".strip()
    return None


def _layer(view: str) -> str:
    return "lexicon" if view == "raw" else "normalize"


def scan(text: str, *, surface: str = "write", views: Views | None = None,
         categories: tuple[str, ...] | None = None, combos: bool = True, narrative: bool = False) -> Scan:
    """Match the lexicons and rules on every view of `text`.

    `narrative` is for generated text: a story names children, adults and affection together ("her grandfather
    kissed the little girl goodnight"), so there only a sexual cue or an unmistakable grooming cue next to a child
    counts, not the weaker romance-plus-adult rule that judges requests.
    """
    c = compiled()
    v = views if views is not None else build_views(text)
    masked = [(name, c.allow.sub(MASK, s)) for name, s in v.items()]
    if surface == "write":
        masked = [(name, c.allow_write.sub(MASK, s)) for name, s in masked]
    hits: list[Hit] = []
    seen: set[tuple[str, str]] = set()
    for cat, sev, rx in c.terms:
        if categories is not None and cat not in categories:
            continue
        for name, s in masked:
            m = rx.search(s)
            if m:
                if (cat, sev) not in seen:
                    seen.add((cat, sev))
                    hits.append(Hit(cat, sev, _layer(name), m.group(0).strip(), name))
                break
    # a real name inside a run splits it: the words on either side are read on their own ("a n a k e d M a r g o t ...")
    run_words = [_split_run(c, p) for run in v.split_runs for p in _without_names(c, run) if p]
    for words in run_words:
        for word in (w for w in words if w in c.split_run_words):
            cat, sev = c.split_run_words[word]
            if (categories is None or cat in categories) and (cat, sev) not in seen:
                seen.add((cat, sev))
                hits.append(Hit(cat, sev, "normalize", word, "split_runs"))
    for run in v.chosung:
        entry = c.chosung.get(run)
        if entry is None:
            # a longer run can hold a known one ("ㅅㅂㅅㅂ")
            for key, val in c.chosung.items():
                if len(key) >= 2 and key in run:
                    entry = val
                    break
        if entry and (categories is None or entry[0] in categories):
            hits.append(Hit(entry[0], entry[1], "normalize", run, "chosung"))

    if v.chosung_spelled:
        # a likely reading of an abbreviation is evidence only inside a request for instructions or a seller
        # ("ㅈㅅ하는 방법", "사람 ㅈㅇㄴ 법", "ㅁㅇ 텔레방 링크"); "ㅈㅅ 늦었어요" stays an apology
        spelled = c.allow.sub(MASK, v.chosung_spelled)
        for cat, sev, rx in c.terms:
            if sev == "severe" and cat in _CHOSUNG_READ and (categories is None or cat in categories) and (cat, sev) not in seen:
                m = rx.search(spelled)
                if m:
                    seen.add((cat, sev))
                    hits.append(Hit(cat, sev, "normalize", m.group(0).strip(), "chosung"))
    child_run = next((run for run in v.chosung if L.CHOSUNG_LOLI in run or run.startswith(L.CHOSUNG_SCHOOLKID)), None)
    if child_run and (any(cue in run for run in v.chosung for cue in L.CHOSUNG_SEXUAL_CUES)
                      or any(h.category in L.SEXUAL_SIGNAL_TERMS for h in hits) or _any(c.suggestive, masked)):
        hits.append(Hit("sexual_minors", "severe", "normalize", child_run, "chosung"))
    # a parent asking how to talk with their child about what they found mentions it without asking for it
    parenting = _any(c.parenting, masked) is not None and _any(c.content_request, masked) is None
    if parenting:
        hits = [h for h in hits if not (h.category == "sexual" and h.severity != "severe")]
    prevention = _any(c.drug_prevention, v.items()) is not None
    if prevention or _any(c.drug_news, v.items()) is not None:
        # a mention in a prevention lesson, a question about quitting or the news is not drug content
        hits = [h for h in hits if not (h.category == "drugs" and h.severity == "mild")]
    support = _any(c.support, masked) is not None
    if support and any(h.category == "self_harm" and h.severity == "explicit" for h in hits):
        hits = [h for h in hits if not (h.category == "self_harm" and h.severity == "explicit")]
    # a moderator quoting the words a filter should catch, or a learner asking what one means, mentions them
    # ("오토모드에 넣을 욕설 ㅅㅂ ㅂㅅ", "should automod catch 'kys'?", "'미친'이 무슨 뜻이야?")
    mention = _any(c.mention, v.items()) is not None and _any(c.mention_cancel, v.items()) is None
    if mention:
        hits = [h for h in hits if h.category not in _MENTIONED]
    fiction = _any(c.fiction, masked) is not None
    game = _any(c.game, masked) is not None and _any(c.real_target, masked) is None
    child = None  # a parent asking about their own child names one without making the request about a child
    if not parenting:
        m = _any(c.child, masked)
        child = m.group(0).strip() if m else next(filter(None, map(_child_in_runs, run_words)), None)
    if combos:
        hits.extend(_combination_hits(c, masked, v.split_runs, hits, surface, game, child, prevention, narrative))
    helping = prevention or parenting or support or any(MASK in m for name, m in masked if name in ("raw", "plain"))
    named = frozenset(cat for cat, rx in c.named_harm.items() if _any(rx, masked) is not None)
    asked = [(name, c.not_harm_cue.sub(MASK, text)) for name, text in masked] if named else masked
    named_cue = frozenset(cat for cat in named if _any(c.named_harm[cat], asked) is not None)
    exempt = GAME_EXEMPT - named if game and _any(c.game_target, v.items()) is not None else frozenset()
    if parenting and not any(_any(p, masked) for p in (c.grooming, c.grooming_strong, c.parenting_cancel)):
        exempt |= PARENTING_EXEMPT
    if mention:
        exempt |= _MENTION_EXEMPT - named
    for pattern, categories, cancel, about in c.semantic_contexts:
        if _any(pattern, v.items()) is not None and _any(cancel, v.items()) is None:
            exempt |= categories - (named - about)
    return Scan(views=v, masked=masked, hits=hits, fiction=fiction, game=game, helping=helping, semantic_exempt=exempt,
                named_harm=named, named_cue=named_cue, child=child)


_MENTIONED = frozenset({"harassment", "hate", "sexual"})  # the lexicon hits a mention drops
_MENTION_EXEMPT = _MENTIONED | {"prompt_injection"}  # where the classifier needs CONTEXT_P next to a mention
_COMPACT_NAME_MIN = 6  # a short name ("iu", "lisa") is found inside too many runs of split letters
_CHOSUNG_READ = frozenset({"self_harm", "violence", "weapons", "drugs"})
_GROOMING_WORDS = frozenset({"groom", "grooming", "그루밍"})


def _names_in_run(c: _Compiled, run: str) -> list[re.Match[str]]:
    return [m for m in c.real_compact.finditer(run) if len(m.group(0)) >= _COMPACT_NAME_MIN]


def _without_names(c: _Compiled, run: str) -> list[str]:
    """The pieces of a run of split letters around the real names in it."""
    pieces, start = [], 0
    for m in _names_in_run(c, run):
        pieces.append(run[start:m.start()])
        start = m.end()
    return [*pieces, run[start:]]


def _real_in_runs(c: _Compiled, runs: list[str]) -> re.Match[str] | None:
    return next((m for run in runs for m in _names_in_run(c, run)), None)


def _combination_hits(c: _Compiled, masked: list[tuple[str, str]], runs: list[str], hits: list[Hit], surface: str,
                      game: bool, child: str | None, prevention: bool, narrative: bool) -> list[Hit]:
    out: list[Hit] = []
    sexual = next((h for h in hits if h.category in L.SEXUAL_SIGNAL_TERMS), None)

    # 1. child AND sexual/suggestive -> sexual_minors; child AND grooming AND adult -> sexual_minors
    if child:
        sug = _any(c.suggestive, masked)
        if sug is None and surface == "draw":
            sug = _any(c.suggestive_draw, masked)
        cue = sexual.evidence if sexual else (sug.group(0) if sug else None)
        # the bare word "grooming" next to a protective question is a parent asking, not a request
        protective = cue is None and _any(c.protective, masked) is not None
        if cue is None:
            strong = _any(c.grooming_strong, masked)
            cue = strong.group(0) if strong else None
            if protective and cue is not None and cue.strip().lower() in _GROOMING_WORDS:
                cue = None
        if cue is None and not protective and not narrative:
            groom = _any(c.grooming, masked)
            adult = _any(c.adult, masked) if groom else None
            if groom and adult:
                cue = f"{groom.group(0).strip()} + {adult.group(0).strip()}"
        if cue is not None:
            out.append(Hit("sexual_minors", "severe", "rule", f"{child} + {cue}"))

    # 2. real person AND (sexual | deepfake | fabricated statement | deceptive event in an image/news framing)
    person = _any(c.real, masked) or _real_in_runs(c, runs)
    if person is None and surface == "draw" and sexual:
        person = _any(c.stage_names, masked)
    private = _any(c.private, masked)
    deepfake = _any(c.deepfake, masked)
    sug_any = _any(c.suggestive, masked) or (_any(c.suggestive_draw, masked) if surface == "draw" else None)
    if person:
        cue = None
        if sexual:
            cue = sexual.evidence
        elif sug_any:
            cue = sug_any.group(0)
        elif deepfake:
            cue = deepfake.group(0)
        else:
            fab = _any(c.fabrication, masked)
            if fab:
                cue = fab.group(0)
            else:
                ev = _any(c.event, masked)
                if ev and (surface == "draw" or _any(c.media, masked)):
                    cue = ev.group(0)
        if cue is not None:
            out.append(Hit("real_person", "severe", "rule", f"{person.group(0).strip()} + {cue.strip()}"))
    if private and (deepfake or ((sexual or sug_any) and (surface == "draw" or _any(c.media, masked)))):
        cue = deepfake.group(0) if deepfake else (sexual.evidence if sexual else sug_any.group(0))  # type: ignore[union-attr]
        out.append(Hit("real_person", "severe", "rule", f"{private.group(0).strip()} + {cue.strip()}"))
    elif deepfake and (sexual or sug_any):
        out.append(Hit("real_person", "severe", "rule", deepfake.group(0).strip()))

    # 3. a protected group next to dehumanizing or exclusionary words -> hate (unless the text argues against it)
    if not any(h.category == "hate" for h in hits):
        m = None if _any(c.hate_counter, masked) else _any(c.hate_en, masked) or _any(c.hate_ko, masked)
        # asking why a group is inferior, or for lines to mock it, stays a request in a history class
        m = m or (None if _any(c.hate_rebuttal, masked) else _any(c.hate_mock, masked))
        if m:
            out.append(Hit("hate", "severe", "rule", m.group(0).strip()))

    # 4. violence requests (how-to + harm verb + target), violent depictions, self-harm intent
    if not game:
        m = _any(c.violence_howto, masked)
        if m:
            out.append(Hit("violence", "severe", "rule", m.group(0).strip()))
    m = _any(c.violent_depiction, masked)
    if m:
        out.append(Hit("violence", "explicit", "rule", m.group(0).strip()))
    m = _any(c.self_harm_intent, masked)
    if m:
        out.append(Hit("self_harm", "severe", "rule", m.group(0).strip()))

    # 5. how-to framing AND weapon / hard drug
    weapon_policy = _any(c.weapon_policy, masked) is not None
    if not (game or weapon_policy):
        m = _any(c.weapon_howto, masked)
        if m:
            out.append(Hit("weapons", "severe", "rule", m.group(0).strip()))
    m = None if prevention else _any(c.drug_howto, masked)
    if m:
        out.append(Hit("drugs", "severe", "rule", m.group(0).strip()))
    for _, s in masked:
        if c.ko_instruct.search(s):
            w = c.ko_weapon.search(s)
            if w and not (game or weapon_policy):
                out.append(Hit("weapons", "severe", "rule", w.group(0)))
                break
            d = None if prevention else c.ko_drug.search(s)
            if d:
                out.append(Hit("drugs", "severe", "rule", d.group(0)))
                break
    return out


@lru_cache(maxsize=256)
def guild_pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    parts = []
    for term in terms:
        t = base_normalize(term)
        if not t:
            continue
        esc = re.escape(t)
        if re.search(r"[a-z0-9]", t):
            parts.append(_B_LEFT + letters_repeatable(esc) + _B_RIGHT)
        else:
            parts.append(esc)
    if not parts:
        return None
    return re.compile("|".join(parts))


def guild_hit(views: Views, terms: tuple[str, ...]) -> Hit | None:
    rx = guild_pattern(tuple(terms))
    if rx is None:
        return None
    for name, s in views.items():
        m = rx.search(s)
        if m:
            return Hit("guild_terms", "severe", "guild_terms", m.group(0), name)
    return None
