"""The third-party readers that importers load only when a file needs them, and the one-line
refusal when one cannot be imported (an install that left a package out), never a traceback."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from claimdesk.core.errors import InputRefused

# Import name -> the package to install, for the readers the importers load.
_PACKAGES = {
    "trafilatura": "trafilatura",
    "justext": "jusText",
    "htmldate": "htmldate",
    "courlan": "courlan",
    "lxml": "lxml",
    "lxml_html_clean": "lxml_html_clean",
    "docx": "python-docx",
    "pdfminer": "pdfminer.six",
    "charset_normalizer": "charset-normalizer",
    "openpyxl": "openpyxl",
}


def missing_package(error: ImportError) -> str:
    """The package whose absence ``error`` reports."""
    # lxml 5.2 and later raise this without a module name when lxml.html.clean is asked for.
    if "lxml_html_clean" in str(error):
        return "lxml_html_clean"
    module = (error.name or "").partition(".")[0]
    return _PACKAGES.get(module, module or "a package ClaimDesk needs")


@contextmanager
def reader_for(name: str) -> Iterator[None]:
    """Turn an ImportError raised while reading ``name`` into a one-line refusal."""
    try:
        yield
    except ImportError as error:
        package = missing_package(error)
        raise InputRefused(
            "{name} cannot be read: the Python package {package} is not installed; "
            "install it (pip install {package}) or run tools/setup.sh again.",
            name=name,
            package=package,
        ) from None
