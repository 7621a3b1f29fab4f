"""python -m generators.safety [moderate args]: the same CLI as `python -m bot moderate`."""

from .cli import main

raise SystemExit(main())
