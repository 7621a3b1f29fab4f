"""The safety policy: what each level allows, and the public checks.

Categories (mapped to the OpenAI moderation categories and the MLCommons AILuminate hazards):

=================  ==========================================  ===============================================
category           OpenAI moderation                           MLCommons hazard
=================  ==========================================  ===============================================
sexual             sexual                                      sexual content
sexual_minors      sexual/minors                               child sexual exploitation
hate               hate, hate/threatening                      hate
harassment         harassment, harassment/threatening          (defamation/privacy for doxxing), violent crimes
violence           violence, violence/graphic                  violent crimes
self_harm          self-harm, /intent, /instructions           suicide & self-harm
weapons            illicit/violent                             indiscriminate weapons (CBRNE)
drugs              illicit                                     non-violent crimes
real_person        (sexual + harassment about real people)     defamation, privacy, sexual content (deepfakes)
prompt_injection   -                                           (model security; not a content hazard)
guild_terms        -                                           (the server's own blocked terms)
=================  ==========================================  ===============================================

Levels. Every hit has a severity (see lexicon.py); the level decides which severities block:

- ``strict`` (default): blocks every hit: suggestive content, insults ("you idiot", "꺼져"), any depiction of drug
  use, fictional violence with blood, plus everything below. Casual swearing as an intensifier ("this fucking bug",
  "존나 맛있다") is in no category of the taxonomy and is allowed; a server lists such words as its blocked terms.
- ``standard``: allows mild content (suggestive wording, mild insults, drug mentions, and non-graphic violence
  in fiction: a knight killing a dragon, a murder mystery); blocks explicit sexual content, gore, insults aimed at
  someone, and everything that is blocked at every level.
- ``nsfw``: in a channel the caller marked age-restricted (``nsfw_channel=True``: Discord's channel.nsfw plus the
  server admin's opt-in), also allows sexual content between adults and graphic violence in fiction; images
  with nudity are allowed and marked ``spoiler=True``. Outside such a channel ``nsfw`` behaves like ``standard``.

Blocked at every level and in every channel: sexual content involving minors (any child cue with any sexual or
suggestive cue); sexual, deepfake or deceptive content about real people; instructions for weapons, explosives,
CBRN agents or drug synthesis/acquisition; threats, doxxing and encouragement of self-harm; self-harm methods;
hate speech and slurs; non-consensual sexual content; prompt injection; the server's own blocked terms.

Surfaces: ``write`` (text prompt) and ``draw`` (image prompt) share the lexicons; they differ in the combination
rules: for ``draw`` a bikini/swimsuit/underwear/bath cue next to a child cue counts as sexualising, and a real
person next to a compromising event (arrested, drunk, kissing, at a rally...) is a deceptive image; for ``write``
the same event needs a news/photo framing, and a fabricated statement ("write a tweet as Biden saying...")
is deceptive. Prompt injection is blocked on both surfaces (on ``draw`` it is harmless to the image model but
still an abuse probe).

The negative prompt has its own rule: it lists what the image must AVOID, so category words there ("nsfw, child,
gore, nude") are allowed; prompt injection, hate slurs, encoded payloads and the server's blocked terms are not.
"""

from __future__ import annotations

import re
import time
from dataclasses import asdict, dataclass
from typing import Any, Iterable, Literal

from . import lexicon as L
from .normalize import build_views, english_word_hits, reads_more_english, says_more, squeeze_letters
from .rules import MASK, Hit, Scan, compiled, guild_hit, scan

Surface = Literal["write", "draw"]
PolicyLevel = Literal["strict", "standard", "nsfw"]
POLICIES: tuple[str, ...] = ("strict", "standard", "nsfw")
SURFACES: tuple[str, ...] = ("write", "draw")
CATEGORIES: tuple[str, ...] = ("sexual", "sexual_minors", "hate", "harassment", "violence", "self_harm", "weapons", "drugs",
                               "real_person", "prompt_injection", "guild_terms")
LAYERS: tuple[str, ...] = ("normalize", "lexicon", "rule", "semantic", "output_text", "image", "guild_terms")

# Report the most serious category when several hit.
PRIORITY: tuple[str, ...] = ("sexual_minors", "real_person", "weapons", "self_harm", "drugs", "hate", "violence", "sexual",
                             "harassment", "prompt_injection", "guild_terms")
# A de-obfuscated view of an ordinary prompt can read as noise ("4k" -> "ak"); the model must be surer there.
DEOBFUSCATED_VIEW_P = 0.85
# A prompt with a known trap phrase ("수박씨 발라", "kill the process"), a prevention lesson or a question about helping
# someone reads as harmful to the model more often than it is: the model must be surer there too, unless the prompt
# names the harm it reads (lexicon.NAMED_HARM_*).
HELPING_CONTEXT_P = 0.9
# Where the prompt's own context explains the classifier's reading (rules.Scan.semantic_exempt), only a near-certain
# reading decides alone: the benign prompts the contexts were made for scored 0.78-0.99, harmful ones dressed in such
# a context that their cancel words missed mostly 0.995-1.0.
CONTEXT_P = 0.995
ALWAYS_BLOCKED: frozenset[str] = frozenset({"sexual_minors", "real_person", "weapons", "hate", "prompt_injection", "guild_terms"})

CATEGORY_LABELS: dict[str, str] = {
    "sexual": "sexual content",
    "sexual_minors": "sexual content involving minors",
    "hate": "hate speech",
    "harassment": "harassment or threats",
    "violence": "violent or graphic content",
    "self_harm": "self-harm or suicide content",
    "weapons": "weapons or explosives instructions",
    "drugs": "illegal drug content",
    "real_person": "sexual or deceptive content about a real person",
    "prompt_injection": "an attempt to override the bot's instructions (prompt injection)",
    "guild_terms": "a term this server has blocked",
}
SELF_HARM_HELP = (" If you are going through a hard time, please reach out to someone you trust or a local crisis line "
                  "(for example 988 in the US, 109 in Korea).")


@dataclass(frozen=True)
class Decision:
    """The outcome of one check. `reason` is an English sentence for the user; `code` is a stable key to localize it.

    `evidence` is the matched text or rule (for the moderation log; do not echo it to other users). `spoiler` asks
    the front end to send an allowed image as a spoiler (nsfw channels).
    """

    allowed: bool
    category: str | None = None
    layer: str | None = None
    reason: str = ""
    code: str = "ok"
    score: float | None = None
    spoiler: bool = False
    evidence: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def public(self) -> dict[str, Any]:
        """The four fields of the CLI/JSONL contract."""
        return {"allowed": self.allowed, "category": self.category, "layer": self.layer, "reason": self.reason}


ALLOWED = Decision(True, reason="Allowed.", code="ok")


def _check_args(surface: str, policy: str) -> None:
    if surface not in SURFACES:
        raise ValueError(f"surface must be one of {SURFACES}, not {surface!r}")
    if policy not in POLICIES:
        raise ValueError(f"policy must be one of {POLICIES}, not {policy!r}")


def blocked(category: str, layer: str, *, what: str = "prompt", policy: str = "strict", severity: str = "severe",
            score: float | None = None, evidence: str = "") -> Decision:
    label = CATEGORY_LABELS.get(category, category)
    if category in ALWAYS_BLOCKED or severity == "severe":
        tail = "which is never allowed."
    elif policy == "nsfw":
        tail = "which is only allowed in age-restricted (NSFW) channels."
    else:
        tail = f"which the {policy} safety level of this server does not allow."
    if category == "guild_terms":
        reason = f"This {what} was blocked because it contains {label} (category: guild_terms)."
    elif category == "prompt_injection":
        reason = f"This {what} was blocked because it looks like {label}, {tail}"
    else:
        reason = f"This {what} was blocked because it contains {label} (category: {category}), {tail}"
    if category == "self_harm":
        reason += SELF_HARM_HELP
    return Decision(False, category, layer, reason, code=f"blocked.{category}", score=score, evidence=evidence[:200])


def hit_blocks(hit: Hit, *, policy: str, nsfw_channel: bool, fiction: bool) -> bool:
    """Does this hit block at this level? (see the module docstring)"""
    if hit.severity == "severe" or hit.category in ALWAYS_BLOCKED:
        return True
    if policy == "strict":
        return True
    adult_ok = policy == "nsfw" and nsfw_channel
    if hit.severity == "explicit":
        if adult_ok and hit.category == "sexual":
            return False
        if adult_ok and hit.category == "violence" and fiction:
            return False
        return True
    # mild, at standard / nsfw
    if hit.category == "violence":
        return not (fiction or adult_ok)
    if hit.category == "self_harm":
        return True
    return False


def _pick(hits: Iterable[Hit]) -> Hit | None:
    best = None
    for h in hits:
        if best is None or PRIORITY.index(h.category) < PRIORITY.index(best.category):
            best = h
    return best


def _layer_of(hit: Hit) -> str:
    return hit.layer if hit.layer in LAYERS else "lexicon"


def _decide_hits(s: Scan, *, policy: str, nsfw_channel: bool, what: str) -> Decision | None:
    blocking = [h for h in s.hits if hit_blocks(h, policy=policy, nsfw_channel=nsfw_channel, fiction=s.fiction)]
    h = _pick(blocking)
    if h is None:
        return None
    return blocked(h.category, _layer_of(h), what=what, policy=policy, severity=h.severity, evidence=h.evidence)


def _semantic_texts(s: Scan) -> list[str]:
    """What the semantic model reads: the normalized text, plus a de-obfuscated view when one differs a lot.

    Phrases the allow-lists know as benign ("kill the process", "시발점") are taken out first: they are the classic
    traps, and the model would otherwise read the trap word rather than the phrase.
    """
    masked = dict(s.masked)
    plain = " ".join(masked.get("plain", masked.get("raw", s.views.plain)).replace(MASK, " ").split())
    if not plain:
        return []
    texts = [plain]
    if s.views.chosung_spelled:
        texts.append(s.views.chosung_spelled)
    composed = s.views.views.get("jamo_joined", "")
    for name in ("words_leet", "words", "segmented", "joined", "leet", "confusable", "jamo", "jamo_joined"):
        v = s.views.views.get(name)
        if v and composed and name != "jamo_joined" and _jamo_share(v) >= _JAMO_SHARE > _jamo_share(composed):
            continue  # loose jamo the model cannot read, when the composed syllables are there ("ㅎ ㅡ ㄱ ㅇ ㅣ ㄴ")
        if v and v not in texts:
            if says_more(s.views.plain, v):
                texts.append(squeeze_letters(v))
            break
    # the lexicons read stretched letters as they are (rules.py), the model's vocabulary does not ("inferiorrrr");
    # no English word has three of one letter in a row
    if len(texts) == 1 and squeeze_letters(plain) != plain:
        texts.append(squeeze_letters(plain))
    for technique, decoded in s.views.payloads:
        v = s.views.views.get(technique)
        if technique in ("rot13", "reversed") and not reads_more_english(s.views.original, decoded):
            continue  # a guess the payload finder could not rule out (plain English read as ROT13): noise
        if v and v not in texts:
            texts.append(v)
    return texts[:3]


_JAMO_SHARE = 0.3


def _jamo_share(text: str) -> float:
    hangul = [c for c in text if "가" <= c <= "힣" or "ㄱ" <= c <= "ㅣ"]
    return sum("ㄱ" <= c <= "ㅣ" for c in hangul) / len(hangul) if hangul else 0.0


def _same_letters(a: str, b: str) -> bool:
    return "".join(a.split()) == "".join(b.split())


def _harm_cue(s: Scan, view: str = "") -> bool:
    c = compiled()
    texts = (s.views.plain.casefold(), s.views.original.casefold(), view)
    return bool(s.named_cue) or any(c.harm_cue.search(c.not_harm_cue.sub(MASK, t)) for t in texts)


def _verdict(s: Scan, text: str, surface: str) -> tuple[str | None, float]:
    from . import semantic

    cat, score = semantic.predict(text, surface=surface)
    if cat == "prompt_injection" and not any(compiled().injection_cue.search(t) for t in (s.views.original.casefold(), text)):
        # an instruction-shaped prompt that says nothing about the bot's own instructions (lexicon.INJECTION_CUES)
        cat, score = semantic.predict(text, surface=surface, exclude=frozenset({"prompt_injection"}))
    return cat, score


def _semantic_decision(s: Scan, *, surface: str, policy: str, nsfw_channel: bool) -> Decision | None:
    """The classifier's verdict on a prompt (it never reads generated text: see check_output_text)."""
    from . import semantic

    if not semantic.available():
        return None
    texts = _semantic_texts(s)
    whole = " ".join(s.views.plain.split())
    # the lexicon already judged these categories as mild (allowed at this level): trust its severity
    judged = {h.category for h in s.hits}
    # Latin letters without one common English word ("annyeong~ oneul jeonyeok mwo meokji"): romanized Korean or other
    # text the model reads as noise, so it must be as sure as on a de-obfuscated view
    unreadable = len(whole.split()) >= 4 and whole.isascii() and english_word_hits(whole.lower()) == 0
    # so is Korean written mostly in initial consonants ("ㄱㅇㅇ 밥 주는 법 ㅇㄹㅈ"): its spelled-out view is read too
    unreadable = unreadable or (bool(s.views.chosung_spelled) and _jamo_share(whole) >= _JAMO_SHARE)
    # The first view that blocks decides: the plain text first, so a harmful prompt costs one model call.
    for n, text in enumerate(texts):
        cat, score = _verdict(s, text, surface)
        if cat == "sexual" and s.child:
            cat = "sexual_minors"  # the child rule (rules.py), with this reading as its sexual cue: never allowed
        if cat is None or cat in judged or ((n or unreadable) and score < DEOBFUSCATED_VIEW_P) or (s.helping and score < HELPING_CONTEXT_P and cat not in s.named_harm):
            continue
        if cat in s.semantic_exempt and score < CONTEXT_P:
            continue
        if (not unreadable and score < CONTEXT_P and cat != "prompt_injection" and not _harm_cue(s, text)
                and semantic.looks_everyday(text)):
            # A reading without a word of harm of a text that sits among known everyday requests (an injection
            # reading always has its cue, see _verdict). The everyday prompts it was made for scored 0.70-0.99; a
            # near-certain reading stands, and skips the cost of the plain one. Each view is placed on its own
            # ("중2병" read without its digit is noise, "k1ll" read as "kill" is not). A view that only joins spaced
            # syllables is no disguise: Korean is full of one-syllable words ("싹 안 나", "할 수 있는"), and the
            # everyday reading of the plain text covers it too.
            if n == 0 and all(_same_letters(t, text) for t in texts[1:]):
                return None
            continue
        if n == 0 and text != whole:
            # Without the allow-listed phrase the rest can read as harm ("고등어 손질" taken out of "고등어 손질하는 법,
            # 내장 빼는 거" leaves "how to take the guts out"; "잔인한 묘사는 빼고" taken out of a true-crime summary);
            # the whole prompt, phrase included, is judged instead.
            whole_cat, whole_score = _verdict(s, whole, surface)
            if whole_cat is None or (whole_cat == cat and cat in s.semantic_exempt and whole_score < CONTEXT_P):
                continue
        hit = Hit(cat, semantic.SEVERITY.get(cat, "severe"), "semantic", f"semantic:{cat}:{score:.2f}")
        if hit_blocks(hit, policy=policy, nsfw_channel=nsfw_channel, fiction=s.fiction):
            return blocked(cat, "semantic", what="prompt", policy=policy, severity=hit.severity, score=round(score, 3),
                           evidence=f"semantic:{cat}")
    return None


def _check_negative(negative_prompt: str, guild_terms: tuple[str, ...]) -> Decision | None:
    views = build_views(negative_prompt)
    s = scan(negative_prompt, surface="draw", views=views, categories=L.NEGATIVE_CHECKED_CATEGORIES, combos=False)
    h = _pick([x for x in s.hits if x.category == "prompt_injection" or x.severity == "severe"])
    if h is not None:
        d = blocked(h.category, _layer_of(h), what="negative prompt", evidence=h.evidence)
        return d
    encoded = [t for t, _ in views.payloads if t in ("base64", "hex", "url")]
    if encoded:
        return blocked("prompt_injection", "normalize", what="negative prompt",
                       evidence=f"encoded payload ({encoded[0]}) in the negative prompt")
    if guild_terms:
        g = guild_hit(views, guild_terms)
        if g is not None:
            return blocked("guild_terms", "guild_terms", what="negative prompt", evidence=g.evidence)
    return None


def check_prompt(text: str, *, surface: Surface = "write", policy: PolicyLevel = "strict", nsfw_channel: bool = False,
                 negative_prompt: str = "", guild_terms: Iterable[str] = ()) -> Decision:
    """Check a prompt before it is queued. Fast (a few milliseconds), thread-safe, no I/O after the first call."""
    _check_args(surface, policy)
    terms = tuple(t for t in guild_terms if t and t.strip())
    text = text or ""
    views = build_views(text)
    if terms:
        g = guild_hit(views, terms)
        if g is not None:
            return blocked("guild_terms", "guild_terms", evidence=g.evidence)
    s = scan(text, surface=surface, views=views)
    d = _decide_hits(s, policy=policy, nsfw_channel=nsfw_channel, what="prompt")
    if d is not None:
        return d
    if negative_prompt and negative_prompt.strip():
        d = _check_negative(negative_prompt, terms)
        if d is not None:
            return d
    d = _semantic_decision(s, surface=surface, policy=policy, nsfw_channel=nsfw_channel)
    if d is not None:
        return d
    return ALLOWED


_OUTPUT_SKIP = frozenset({"prompt_injection"})
# The harassment lexicon is written for requests ("humiliate him", "a threatening letter", "ruin her life"). In generated
# text the same words narrate a story ("no one could ever beat him or humiliate him"); there it blocks only when it is
# aimed at the reader ("i will kill you", "go kill yourself"). Korean hits are kept: Korean drops the pronoun.
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|yourselves|u|ya|kys)\b")


def _narrated_harassment(h: Hit) -> bool:
    return (h.category == "harassment" and h.severity == "severe" and h.evidence.isascii()
            and _SECOND_PERSON.search(h.evidence) is None)


def _chunks(text: str, size: int = 400, limit: int = 12) -> list[str]:
    parts: list[str] = []
    buf = ""
    for piece in text.replace("\r", "").split("\n"):
        while len(piece) > size:
            cut = piece.rfind(" ", 0, size)
            cut = cut if cut > size // 2 else size
            parts.append((buf + " " + piece[:cut]).strip())
            buf = ""
            piece = piece[cut:]
        if len(buf) + len(piece) > size:
            parts.append(buf.strip())
            buf = ""
        buf += " " + piece
    if buf.strip():
        parts.append(buf.strip())
    return [p for p in parts if p][:limit]


def check_output_text(text: str, *, policy: PolicyLevel = "strict", nsfw_channel: bool = False, prompt: str = "",
                      guild_terms: Iterable[str] = ()) -> Decision:
    """Check generated text before it is shown: the real defence against prompt injection and jailbreaks.

    The output is scanned alone (lexicons and rules, chunk by chunk) and together with the prompt for the
    combination rules (a child named in the prompt plus sexual content in the output is sexual_minors). Injection
    phrases in the output itself are not a reason to block; harmful content is. Every block has layer "output_text".
    The semantic classifier is not used here: it is trained on prompts, and on generated text (nonsense from small
    models, code, long paragraphs) it withheld harmless results with high confidence.
    """
    if policy not in POLICIES:
        raise ValueError(f"policy must be one of {POLICIES}, not {policy!r}")
    terms = tuple(t for t in guild_terms if t and t.strip())
    text = text or ""
    for chunk in _chunks(text) or [""]:
        views = build_views(chunk)
        if terms:
            g = guild_hit(views, terms)
            if g is not None:
                return blocked("guild_terms", "output_text", what="generated text", evidence=g.evidence)
        s = scan(chunk, surface="write", views=views, narrative=True)
        s.hits[:] = [h for h in s.hits if h.category not in _OUTPUT_SKIP and not _narrated_harassment(h)]
        d = _decide_hits(s, policy=policy, nsfw_channel=nsfw_channel, what="generated text")
        if d is not None:
            return blocked(d.category or "", "output_text", what="generated text", policy=policy,
                           severity="severe" if d.category in ALWAYS_BLOCKED else "explicit", evidence=d.evidence)
    if prompt:
        joined = prompt + "\n" + text[:2000]
        s = scan(joined, surface="write", narrative=True)
        combo = [h for h in s.hits if h.layer == "rule" and h.category in ("sexual_minors", "real_person")]
        h = _pick(combo)
        if h is not None:
            return blocked(h.category, "output_text", what="generated text", evidence=h.evidence)
    return ALLOWED


def moderate_text(text: str, *, surface: Surface = "write", policy: PolicyLevel = "strict", nsfw_channel: bool = False,
                  negative_prompt: str = "", guild_terms: Iterable[str] = ()) -> dict[str, Any]:
    """check_prompt as the CLI's JSON object: allowed, category, layer, reason (plus code, score, ms)."""
    t0 = time.perf_counter()
    d = check_prompt(text, surface=surface, policy=policy, nsfw_channel=nsfw_channel, negative_prompt=negative_prompt,
                     guild_terms=guild_terms)
    out = d.public()
    out["code"] = d.code
    if d.score is not None:
        out["score"] = d.score
    out["ms"] = round((time.perf_counter() - t0) * 1000, 3)
    return out
