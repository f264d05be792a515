"""``python -m naast``: the same as the ``naast`` command."""

import sys

from naast.cli import main

if __name__ == "__main__":  # import workers load this module again (multiprocessing) and must not run it
    sys.exit(main())
