# genbot for a Linux host with an NVIDIA GPU (needs the NVIDIA Container Toolkit: `docker run --gpus all ...`).
# torch's PyPI wheels bundle the CUDA runtime; tensorflow[and-cuda] brings TensorFlow's.
FROM python:3.11-slim

ENV PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HF_HOME=/data/huggingface

RUN useradd --create-home --uid 1000 genbot && mkdir -p /data && chown genbot:genbot /data

WORKDIR /app
COPY pyproject.toml README.md config.toml ./
COPY bot ./bot
COPY generators ./generators
# EXTRAS=gpu,ray for a Ray cluster image (deploy/compose.ray.yaml): the same image runs the head, workers, bot.
ARG EXTRAS=gpu
RUN pip install ".[${EXTRAS}]"

USER genbot
# Model downloads (Hugging Face cache) and the bot's SQLite file live on a volume, so they survive new images.
ENV GENBOT_CONFIG=/app/config.toml
WORKDIR /data
VOLUME ["/data"]
# /healthz answers while the process is alive (the side server listens on loopback inside the container)
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8081/healthz', timeout=4)"]
ENTRYPOINT ["genbot"]
CMD ["run"]
