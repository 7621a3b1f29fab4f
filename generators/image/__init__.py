"""Text to image (/draw) with diffusers: the runner, model-family profiles, previews and provenance.

Importing this package is cheap: torch, diffusers and invisible-watermark load only when a model loads or an image
is encoded or verified.
"""

from generators.image.pipeline import (DEFAULT_MODEL, RECOMMENDED_MODELS, ImageRunner, ModelDownloadError,
                                       ModelNotInstalled, ModelSource, image_seed, pull_model, resolve_source,
                                       select_files)
from generators.image.profiles import (PROFILES, SCHEDULER_LABELS, SCHEDULERS, Profile, draw_request,
                                       family_profile, parse_size, validate)
from generators.image.provenance import fit_artifacts, fit_png, verify_image

__all__ = ["DEFAULT_MODEL", "ImageRunner", "ModelDownloadError", "ModelNotInstalled", "ModelSource", "PROFILES",
           "Profile", "RECOMMENDED_MODELS", "SCHEDULERS", "SCHEDULER_LABELS", "draw_request", "family_profile",
           "fit_artifacts", "fit_png", "image_seed", "parse_size", "pull_model", "resolve_source", "select_files",
           "validate", "verify_image"]
