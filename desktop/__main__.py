"""``python -m desktop``: the same as the ``naast`` command."""

import sys

from desktop.cli import main

sys.exit(main())
