"""End-to-end tests: a local Discord-protocol server (`FakeDiscord`) and the bot under test in a subprocess."""
