"""Library behaviour of generators.digits: shapes, determinism, argument checks, grid geometry.

Uses only the shipped weights (no dataset, no network).
"""

from __future__ import annotations

import io
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
from PIL import Image

from generators.digits import MAX_SAMPLE_COUNT, WEIGHTS_DIR, DigitGenerator
from generators.digits.grid import PADDING_VALUE, cell_box, grid_array, grid_layout, grid_png
from generators.requests import MAX_SEED, InvalidRequest

MODELS = ("gan", "vae")


@pytest.fixture(scope="module")
def gen() -> DigitGenerator:
    return DigitGenerator.load()


# ------------------------------------------------------------------------------------------------ package basics
def test_import_is_cheap():
    code = (
        "import sys, generators.digits, generators.digits.grid;"
        "bad = [m for m in ('tensorflow', 'keras', 'torch') if m in sys.modules];"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_shipped_weights_are_small():
    files = list(WEIGHTS_DIR.iterdir())
    names = {f.name for f in files}
    for required in (
        "gan_generator.weights.h5",
        "vae_decoder.weights.h5",
        "classifier.weights.h5",
        "mnist_test_stats.npz",
        "config.json",
    ):
        assert required in names
    assert sum(f.stat().st_size for f in files) < 5_000_000


def test_memory_growth_enabled_on_every_gpu(monkeypatch):
    import generators.digits as digits
    import tensorflow as tf

    fake = ["GPU:0", "GPU:1"]
    calls = []
    monkeypatch.setattr(digits, "_tf_configured", False)
    monkeypatch.setattr(tf.config, "list_physical_devices", lambda kind=None: fake if kind == "GPU" else [])
    monkeypatch.setattr(tf.config.experimental, "set_memory_growth", lambda dev, on: calls.append((dev, on)))
    digits.configure_tensorflow()
    assert calls == [("GPU:0", True), ("GPU:1", True)]
    digits.configure_tensorflow()  # once only
    assert len(calls) == 2


# ------------------------------------------------------------------------------------------------------ sampling
@pytest.mark.slow
@pytest.mark.parametrize("model", MODELS)
def test_sample_shape_dtype_range(gen, model):
    images = gen.sample(digit=7, count=16, model=model, seed=0)
    assert isinstance(images, np.ndarray)
    assert images.shape == (16, 28, 28) and images.dtype == np.uint8
    # MNIST-like: mostly dark background, some bright ink in every image
    assert np.median(images) < 40
    assert (images.reshape(16, -1).max(axis=1) > 200).all()
    # the border rows are background
    assert images[:, 0, :].mean() < 30 and images[:, :, 0].mean() < 30


@pytest.mark.slow
@pytest.mark.parametrize("model", MODELS)
def test_same_seed_same_output(gen, model):
    a = gen.sample(digit=3, count=8, model=model, seed=1234)
    b = gen.sample(digit=3, count=8, model=model, seed=1234)
    c = gen.sample(digit=3, count=8, model=model, seed=1235)
    assert np.array_equal(a, b)
    assert not np.array_equal(a, c)
    # a fresh instance gives the same images too
    d = DigitGenerator.load(eager=False).sample(digit=3, count=8, model=model, seed=1234)
    assert np.array_equal(a, d)
    # sample() is sample_labeled() with a fixed digit
    imgs, labels = gen.sample_labeled(digit=3, count=8, model=model, seed=1234)
    assert np.array_equal(a, imgs) and (labels == 3).all()


@pytest.mark.slow
def test_seed_none_and_count_one(gen):
    assert gen.sample(digit=0, count=1, model="gan").shape == (1, 28, 28)
    a = gen.sample(digit=0, count=4, model="vae", seed=None)
    b = gen.sample(digit=0, count=4, model="vae", seed=None)
    assert not np.array_equal(a, b)  # fresh random seeds


@pytest.mark.slow
@pytest.mark.parametrize("model", MODELS)
def test_random_digits_are_mixed_and_seeded(gen, model):
    images, labels = gen.sample_labeled(digit=None, count=64, model=model, seed=7)
    assert images.shape == (64, 28, 28) and images.dtype == np.uint8
    assert labels.shape == (64,) and np.issubdtype(labels.dtype, np.integer)
    assert labels.min() >= 0 and labels.max() <= 9
    assert len(set(labels.tolist())) >= 6
    images2, labels2 = gen.sample_labeled(digit=None, count=64, model=model, seed=7)
    assert np.array_equal(labels, labels2) and np.array_equal(images, images2)
    # the images show their labels
    predicted, _ = gen.classify(images)
    assert (predicted == labels).mean() >= 0.85


@pytest.mark.slow
def test_sampling_from_worker_thread_matches(gen):
    expected = gen.sample(digit=5, count=16, model="gan", seed=99)
    with ThreadPoolExecutor(max_workers=1) as pool:
        got = pool.submit(gen.sample, digit=5, count=16, model="gan", seed=99).result()
    assert np.array_equal(expected, got)
    # concurrent lazy loading from several threads builds each model once and stays consistent
    fresh = DigitGenerator.load(eager=False)
    results: list[np.ndarray] = []
    lock = threading.Lock()

    def work():
        out = fresh.sample(digit=5, count=16, model="gan", seed=99)
        with lock:
            results.append(out)

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 3 and all(np.array_equal(r, expected) for r in results)


@pytest.mark.slow
def test_classify(gen):
    images = gen.sample(digit=1, count=10, model="gan", seed=0)
    labels, features = gen.classify(images)
    assert labels.shape == (10,) and features.shape == (10, 128)
    assert features.dtype == np.float32
    with pytest.raises(ValueError):
        gen.classify(np.zeros((2, 27, 28), np.uint8))


@pytest.mark.parametrize(
    "kwargs, param",
    [
        ({"digit": 10}, "digit"),
        ({"digit": -1}, "digit"),
        ({"digit": 2.0}, "digit"),
        ({"digit": "3"}, "digit"),
        ({"digit": True}, "digit"),
        ({"count": 0}, "count"),
        ({"count": -3}, "count"),
        ({"count": MAX_SAMPLE_COUNT + 1}, "count"),
        ({"count": 4.0}, "count"),
        ({"model": "diffusion"}, "model"),
        ({"model": None}, "model"),
        ({"seed": -1}, "seed"),
        ({"seed": MAX_SEED + 1}, "seed"),
        ({"seed": 1.5}, "seed"),
    ],
)
def test_invalid_arguments_raise(kwargs, param):
    gen = DigitGenerator.load(eager=False)  # argument checks happen before any model is built
    args = {"digit": 1, "count": 2, "model": "gan", "seed": 0, **kwargs}
    with pytest.raises(InvalidRequest) as err:
        gen.sample(**args)
    assert err.value.param == param
    assert isinstance(err.value, ValueError)


def test_sample_requires_a_digit():
    with pytest.raises(InvalidRequest):
        DigitGenerator.load(eager=False).sample(digit=None, count=2, model="gan", seed=0)


def test_missing_weights_raise(tmp_path):
    with pytest.raises(FileNotFoundError):
        DigitGenerator.load(tmp_path)


# ----------------------------------------------------------------------------------------------------------- grid
@pytest.mark.parametrize(
    "n, expected",
    [(1, (1, 1)), (2, (1, 2)), (3, (2, 2)), (4, (2, 2)), (5, (2, 3)), (9, (3, 3)), (10, (3, 4)), (16, (4, 4)),
     (17, (4, 5)), (64, (8, 8)), (65, (8, 9))],
)
def test_grid_layout(n, expected):
    rows, cols = grid_layout(n)
    assert (rows, cols) == expected
    assert rows * cols >= n and (rows - 1) * cols < n and abs(rows - cols) <= 1


def _random_images(n: int, seed: int = 0) -> np.ndarray:
    return np.random.RandomState(seed).randint(0, 256, size=(n, 28, 28)).astype(np.uint8)


@pytest.mark.parametrize("n, scale, padding", [(1, 1, 0), (5, 4, 2), (16, 3, 1), (7, 2, 5), (64, 4, 2)])
def test_grid_png_geometry_and_cells(n, scale, padding):
    images = _random_images(n)
    png = grid_png(images, scale=scale, padding=padding)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    img = Image.open(io.BytesIO(png))
    assert img.mode == "L"
    rows, cols = grid_layout(n)
    cell = 28 * scale
    assert img.size == (cols * cell + (cols + 1) * padding, rows * cell + (rows + 1) * padding)
    arr = np.asarray(img)
    for i in range(n):
        left, top, right, bottom = cell_box(i, n, scale, padding)
        assert (right - left, bottom - top) == (cell, cell)
        r, c = divmod(i, cols)
        assert (left, top) == (padding + c * (cell + padding), padding + r * (cell + padding))
        block = arr[top:bottom, left:right]
        assert np.array_equal(block[::scale, ::scale], images[i])  # nearest neighbour: every block is uniform
        assert np.array_equal(block, images[i].repeat(scale, 0).repeat(scale, 1))
    if padding:
        assert (arr[:padding] == PADDING_VALUE).all() and (arr[:, :padding] == PADDING_VALUE).all()
        assert (arr[-padding:] == PADDING_VALUE).all() and (arr[:, -padding:] == PADDING_VALUE).all()
    if rows * cols > n:  # unused cells are gutter-grey
        left, top, _, _ = cell_box(n - 1, n, scale, padding)
        assert (arr[top : top + cell, left + cell :] == PADDING_VALUE).all()


def test_grid_png_is_deterministic_and_default_geometry():
    images = _random_images(16, seed=3)
    a, b = grid_png(images), grid_png(images.copy())
    assert a == b
    assert Image.open(io.BytesIO(a)).size == (4 * 112 + 5 * 2,) * 2  # defaults: scale 4, padding 2
    assert np.array_equal(np.asarray(Image.open(io.BytesIO(a))), grid_array(images))


@pytest.mark.parametrize(
    "images, kwargs",
    [
        (np.zeros((0, 28, 28), np.uint8), {}),
        (np.zeros((2, 28, 27), np.uint8), {}),
        (np.zeros((28, 28), np.uint8), {}),
        (np.zeros((2, 28, 28), np.float32), {}),
        (np.zeros((2, 28, 28), np.uint8), {"scale": 0}),
        (np.zeros((2, 28, 28), np.uint8), {"padding": -1}),
        (np.zeros((2, 28, 28), np.uint8), {"scale": 1.5}),
    ],
)
def test_grid_png_rejects_bad_input(images, kwargs):
    with pytest.raises(ValueError):
        grid_png(images, **kwargs)


def test_grid_layout_rejects_bad_n():
    for n in (0, -1, 2.0, True):
        with pytest.raises(ValueError):
            grid_layout(n)
    with pytest.raises(IndexError):
        cell_box(4, 4)


# ------------------------------------------------------------------------------------------------------ training
def _tiny_mnist(path, n=256, seed=0):
    rng = np.random.RandomState(seed)
    x = (rng.rand(n, 28, 28) > 0.8).astype(np.uint8) * 255
    y = rng.randint(0, 10, n).astype(np.uint8)
    np.savez(path, x_train=x, y_train=y, x_test=x[:64], y_test=y[:64])


def test_load_mnist_from_npz_and_from_keras(tmp_path, monkeypatch):
    import keras

    from generators.digits.train import load_mnist

    _tiny_mnist(tmp_path / "m.npz")
    (xtr, ytr, xte, yte), info = load_mnist(str(tmp_path / "m.npz"))
    assert xtr.shape == (256, 28, 28) and xtr.dtype == np.uint8 and yte.shape == (64,)
    assert info["data"] == "m.npz" and len(info["data_sha256"]) == 64
    # without --data the script asks keras.datasets.mnist (which downloads when online)
    fake = ((xtr, ytr.astype(np.uint8)), (xte, yte.astype(np.uint8)))
    monkeypatch.setattr(keras.datasets.mnist, "load_data", lambda: fake)
    (xtr2, _, _, _), info2 = load_mnist(None)
    assert info2 == {"data": "keras.datasets.mnist"} and np.array_equal(xtr, xtr2)


@pytest.mark.slow
def test_train_cli_smoke(tmp_path):
    """One tiny VAE epoch through the real CLI: weights, config, provenance and a model card come out."""
    _tiny_mnist(tmp_path / "m.npz")
    out = tmp_path / "w"
    cmd = [sys.executable, "-m", "generators.digits.train", "--model", "vae", "--data", str(tmp_path / "m.npz"),
           "--epochs", "1", "--seed", "3", "--out", str(out)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    import json

    assert (out / "vae_decoder.weights.h5").stat().st_size > 100_000
    assert json.loads((out / "config.json").read_text())["latent_dim"] == 16
    record = json.loads((out / "training.json").read_text())["vae"]
    assert record["epochs"] == 1 and record["seed"] == 3 and record["data"] == "m.npz"
    assert "<!-- auto:vae:start -->" in (out / "MODEL_CARD.md").read_text()
    # the weights load and sample (no classifier there: sampling does not need it)
    images = DigitGenerator.load(out, eager=False).sample(digit=4, count=3, model="vae", seed=0)
    assert images.shape == (3, 28, 28)
