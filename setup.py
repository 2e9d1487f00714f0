"""Only what pyproject.toml cannot say: the package list is every package found under reader/
plus `reader.themes`, which is the top-level themes/ folder (mapped in pyproject's package-dir),
so the bundled themes live where the design card puts them and still ship in the wheel."""

from setuptools import find_namespace_packages, setup

setup(packages=[*find_namespace_packages(include=["reader*"]), "reader.themes"])
