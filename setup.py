"""What pyproject.toml cannot say: the ``desktop/`` folder installs as the import package ``naast``.

Every package under the folder is found (also folders without ``__init__.py``, such as
``desktop/resources``) and renamed, so a new subpackage ships without being listed anywhere. An
editable install (``pip install -e .``) maps ``naast`` to this folder with setuptools' import finder.
"""

from setuptools import find_namespace_packages, setup

FOLDER, NAME = "desktop", "naast"
FOUND = find_namespace_packages(include=[FOLDER, f"{FOLDER}.*"], exclude=["*.__pycache__"])

setup(packages=[NAME + name.removeprefix(FOLDER) for name in FOUND], package_dir={NAME: FOLDER})
