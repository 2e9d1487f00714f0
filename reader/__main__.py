"""`python -m reader` runs the same command as `newsreader`."""

import sys

from reader.cli import main

sys.exit(main())
