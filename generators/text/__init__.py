"""Text generation (/write): the runtime generator family and its helpers.

`TextRunner` is the generator (see runner.py for the batching design); `generators.models` resolves model sources;
`generators.text.tiny` builds tiny random-weight models for fast tests of the real loading and decoding path.
"""

from generators.text.runner import (
    ALTERNATIVE_MODELS,
    DEFAULT_MODEL,
    TextRunner,
    available_models,
    resolve_dtype,
)

__all__ = ["ALTERNATIVE_MODELS", "DEFAULT_MODEL", "TextRunner", "available_models", "resolve_dtype"]
