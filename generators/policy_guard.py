"""The community safety policy as the runtime's `Guard`: which check applies to which request and output."""

from __future__ import annotations

from typing import Any

from generators.requests import ALLOWED, DrawRequest, Output, Request, TextRequest

SURFACES = {TextRequest: "write", DrawRequest: "draw"}


class PolicyGuard:
    """Prompt checks before queueing, checked streaming and output checks (text and images), per request context.

    /sample-digit carries no user text and its outputs are MNIST digits, so it passes through.
    """

    def check_prompt(self, request: Request) -> Any:
        from generators.safety import check_prompt

        surface = SURFACES.get(type(request))
        if surface is None:
            return ALLOWED
        ctx = request.safety
        return check_prompt(request.prompt, surface=surface, policy=ctx.policy,  # type: ignore[attr-defined]
                            nsfw_channel=ctx.nsfw_channel, negative_prompt=getattr(request, "negative_prompt", ""),
                            guild_terms=ctx.blocked_terms)

    def check_text(self, request: Request, text: str) -> Any:
        from generators.safety import check_output_text

        ctx = request.safety
        return check_output_text(text, policy=ctx.policy, nsfw_channel=ctx.nsfw_channel,
                                 prompt=getattr(request, "prompt", ""), guild_terms=ctx.blocked_terms)

    def check_output(self, request: Request, output: Output) -> Any:
        if isinstance(request, TextRequest):
            return self.check_text(request, output.text)
        if not isinstance(request, DrawRequest):
            return ALLOWED
        from generators.safety import check_image

        verdict: Any = ALLOWED
        for artifact in output.files:
            if not artifact.mime.startswith("image/"):
                continue
            decision = check_image(artifact.data, policy=request.safety.policy,
                                   nsfw_channel=request.safety.nsfw_channel)
            if not decision.allowed:
                return decision  # one unsafe image withholds the whole result: nothing unsafe is ever posted
            if decision.spoiler:
                verdict = decision
        return verdict
