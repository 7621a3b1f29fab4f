"""Names of the shipped digit weight files, importable without Keras (readiness checks run beside a loading model)."""

GENERATOR_FILE = "gan_generator.weights.h5"
DECODER_FILE = "vae_decoder.weights.h5"
CLASSIFIER_FILE = "classifier.weights.h5"
STATS_FILE = "mnist_test_stats.npz"
CONFIG_FILE = "config.json"
