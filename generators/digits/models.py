"""Keras 3 models for class-conditional MNIST digits (TensorFlow backend).

Shapes follow the brief (generators/brief: "생성형 AI의 기초"), made class-conditional by concatenating a one-hot
label:

* GAN generator: [noise(NOISE_DIM) ++ onehot(10)] -> Dense 256 -> LeakyReLU(0.2) -> BN -> Dense 512 -> LeakyReLU(0.2)
  -> BN -> Dense 784 tanh -> (28, 28)
* GAN discriminator: [flatten(image) ++ onehot(10)] -> Dense 512 -> LeakyReLU(0.2) -> Dense 256 -> LeakyReLU(0.2)
  -> Dense 1 sigmoid
* VAE encoder: [flatten(image) ++ onehot(10)] -> Dense 256 relu -> Dense 128 relu -> Dense 2*latent (mean, log-var)
* VAE decoder: [z(latent) ++ onehot(10)] -> Dense 128 relu -> Dense 256 relu -> Dense 784 sigmoid -> (28, 28)
* Classifier: a small CNN whose penultimate Dense(128) activations are the feature space used for the quality
  figures (diversity, Fréchet distance).

This module imports keras at import time; `generators.digits` itself only imports it lazily.
"""

from __future__ import annotations

import os

os.environ.setdefault("KERAS_BACKEND", "tensorflow")

import keras  # noqa: E402
from keras import layers, ops  # noqa: E402

NUM_CLASSES = 10
NOISE_DIM = 100  # GAN noise size
LATENT_DIM = 16  # VAE latent size
FEATURE_DIM = 128  # classifier penultimate layer

from generators.digits.weights_files import (CLASSIFIER_FILE, CONFIG_FILE, DECODER_FILE,  # noqa: E402,F401
                                             GENERATOR_FILE, STATS_FILE)


def build_generator(noise_dim: int = NOISE_DIM) -> keras.Model:
    noise = keras.Input((noise_dim,), name="noise")
    label = keras.Input((NUM_CLASSES,), name="label")
    x = layers.Concatenate()([noise, label])
    x = layers.Dense(256)(x)
    x = layers.LeakyReLU(negative_slope=0.2)(x)
    x = layers.BatchNormalization()(x)
    x = layers.Dense(512)(x)
    x = layers.LeakyReLU(negative_slope=0.2)(x)
    x = layers.BatchNormalization()(x)
    x = layers.Dense(784, activation="tanh")(x)
    out = layers.Reshape((28, 28))(x)
    return keras.Model([noise, label], out, name="gan_generator")


def build_discriminator() -> keras.Model:
    image = keras.Input((28, 28), name="image")
    label = keras.Input((NUM_CLASSES,), name="label")
    x = layers.Concatenate()([layers.Flatten()(image), label])
    x = layers.Dense(512)(x)
    x = layers.LeakyReLU(negative_slope=0.2)(x)
    x = layers.Dense(256)(x)
    x = layers.LeakyReLU(negative_slope=0.2)(x)
    out = layers.Dense(1, activation="sigmoid")(x)
    return keras.Model([image, label], out, name="gan_discriminator")


def build_encoder(latent_dim: int = LATENT_DIM) -> keras.Model:
    image = keras.Input((28, 28), name="image")
    label = keras.Input((NUM_CLASSES,), name="label")
    x = layers.Concatenate()([layers.Flatten()(image), label])
    x = layers.Dense(256, activation="relu")(x)
    x = layers.Dense(128, activation="relu")(x)
    x = layers.Dense(latent_dim + latent_dim)(x)  # mean and log-variance
    return keras.Model([image, label], x, name="vae_encoder")


def build_decoder(latent_dim: int = LATENT_DIM) -> keras.Model:
    z = keras.Input((latent_dim,), name="z")
    label = keras.Input((NUM_CLASSES,), name="label")
    x = layers.Concatenate()([z, label])
    x = layers.Dense(128, activation="relu")(x)
    x = layers.Dense(256, activation="relu")(x)
    x = layers.Dense(784, activation="sigmoid")(x)
    out = layers.Reshape((28, 28))(x)
    return keras.Model([z, label], out, name="vae_decoder")


class Sampling(layers.Layer):
    """z = mean + exp(log_var / 2) * eps (the reparameterization trick)."""

    def __init__(self, seed: int | None = None, **kwargs):
        super().__init__(**kwargs)
        self.seed_generator = keras.random.SeedGenerator(seed)

    def call(self, inputs):
        mean, log_var = inputs
        eps = keras.random.normal(ops.shape(mean), seed=self.seed_generator)
        return mean + ops.exp(0.5 * log_var) * eps


class ConditionalVAE(keras.Model):
    """Conditional VAE with a subclassed train_step: loss = summed-pixel BCE + beta * KL (per example, batch mean)."""

    def __init__(self, latent_dim: int = LATENT_DIM, beta: float = 1.0, seed: int | None = None, **kwargs):
        super().__init__(**kwargs)
        self.latent_dim = latent_dim
        self.beta = beta
        self.encoder = build_encoder(latent_dim)
        self.decoder = build_decoder(latent_dim)
        self.sampling = Sampling(seed=seed)
        self.total_loss_tracker = keras.metrics.Mean(name="loss")
        self.reconstruction_loss_tracker = keras.metrics.Mean(name="reconstruction_loss")
        self.kl_loss_tracker = keras.metrics.Mean(name="kl_loss")

    @property
    def metrics(self):
        return [self.total_loss_tracker, self.reconstruction_loss_tracker, self.kl_loss_tracker]

    def call(self, inputs, training=False):
        image, label = inputs
        h = self.encoder([image, label], training=training)
        mean, log_var = h[:, : self.latent_dim], h[:, self.latent_dim :]
        z = self.sampling([mean, log_var])
        return self.decoder([z, label], training=training), mean, log_var

    def vae_losses(self, image, label, training):
        recon, mean, log_var = self([image, label], training=training)
        bce = keras.losses.binary_crossentropy(
            ops.reshape(image, (-1, 784, 1)), ops.reshape(recon, (-1, 784, 1))
        )  # per pixel
        reconstruction = ops.mean(ops.sum(bce, axis=1))
        kl = ops.mean(ops.sum(-0.5 * (1.0 + log_var - ops.square(mean) - ops.exp(log_var)), axis=1))
        return reconstruction, kl

    def train_step(self, data):
        import tensorflow as tf

        image, label, _ = keras.utils.unpack_x_y_sample_weight(data)
        with tf.GradientTape() as tape:
            reconstruction, kl = self.vae_losses(image, label, training=True)
            total = reconstruction + self.beta * kl
        grads = tape.gradient(total, self.trainable_weights)
        self.optimizer.apply_gradients(zip(grads, self.trainable_weights))
        self.total_loss_tracker.update_state(total)
        self.reconstruction_loss_tracker.update_state(reconstruction)
        self.kl_loss_tracker.update_state(kl)
        return {m.name: m.result() for m in self.metrics}


class ConditionalGAN(keras.Model):
    """Conditional GAN with a subclassed train_step (one discriminator step, then one generator step per batch).

    One-sided label smoothing: the discriminator's target for real images is `real_label` (0.9), for fakes 0; the
    generator's target is 1.
    """

    def __init__(self, noise_dim: int = NOISE_DIM, real_label: float = 0.9, seed: int | None = None, **kwargs):
        super().__init__(**kwargs)
        self.noise_dim = noise_dim
        self.real_label = real_label
        self.generator = build_generator(noise_dim)
        self.discriminator = build_discriminator()
        self.seed_generator = keras.random.SeedGenerator(seed)
        self.bce = keras.losses.BinaryCrossentropy()
        self.d_loss_tracker = keras.metrics.Mean(name="d_loss")
        self.g_loss_tracker = keras.metrics.Mean(name="g_loss")

    @property
    def metrics(self):
        return [self.d_loss_tracker, self.g_loss_tracker]

    def compile(self, d_optimizer, g_optimizer, **kwargs):
        super().compile(**kwargs)
        self.d_optimizer = d_optimizer
        self.g_optimizer = g_optimizer

    def call(self, inputs, training=False):
        return self.generator(inputs, training=training)

    def train_step(self, data):
        import tensorflow as tf

        real, label, _ = keras.utils.unpack_x_y_sample_weight(data)
        n = ops.shape(real)[0]
        ones = ops.ones((n, 1))
        zeros = ops.zeros((n, 1))

        noise = keras.random.normal((n, self.noise_dim), seed=self.seed_generator)
        with tf.GradientTape() as tape:
            fake = self.generator([noise, label], training=True)
            d_real = self.discriminator([real, label], training=True)
            d_fake = self.discriminator([fake, label], training=True)
            d_loss = self.bce(ones * self.real_label, d_real) + self.bce(zeros, d_fake)
        grads = tape.gradient(d_loss, self.discriminator.trainable_weights)
        self.d_optimizer.apply_gradients(zip(grads, self.discriminator.trainable_weights))

        noise = keras.random.normal((n, self.noise_dim), seed=self.seed_generator)
        with tf.GradientTape() as tape:
            fake = self.generator([noise, label], training=True)
            g_loss = self.bce(ones, self.discriminator([fake, label], training=True))
        grads = tape.gradient(g_loss, self.generator.trainable_weights)
        self.g_optimizer.apply_gradients(zip(grads, self.generator.trainable_weights))

        self.d_loss_tracker.update_state(d_loss)
        self.g_loss_tracker.update_state(g_loss)
        return {m.name: m.result() for m in self.metrics}


def build_classifier() -> keras.Model:
    """Small CNN on (28, 28) inputs scaled to [0, 1]. Outputs [logits(10), features(FEATURE_DIM)]."""
    image = keras.Input((28, 28), name="image")
    x = layers.Reshape((28, 28, 1))(image)
    x = layers.Conv2D(32, 3, padding="same", activation="relu")(x)
    x = layers.Conv2D(32, 3, padding="same", activation="relu")(x)
    x = layers.MaxPooling2D()(x)  # 14x14
    x = layers.Conv2D(64, 3, padding="same", activation="relu")(x)
    x = layers.MaxPooling2D()(x)  # 7x7
    x = layers.Conv2D(64, 3, padding="same", activation="relu")(x)
    x = layers.MaxPooling2D()(x)  # 3x3
    x = layers.Flatten()(x)
    x = layers.Dropout(0.25)(x)
    features = layers.Dense(FEATURE_DIM, activation="relu", name="features")(x)
    x = layers.Dropout(0.4)(features)
    logits = layers.Dense(NUM_CLASSES, name="logits")(x)
    return keras.Model(image, [logits, features], name="digit_classifier")
