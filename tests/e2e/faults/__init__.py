"""Fault injection and probes for the bot subprocess (sitecustomize.py), and helpers for the tests using them."""
