"""Claimdesk JSON: the whole project as one document, out and back in without loss.

Export (project_json_export) writes every row of every table, or with a filter the matching
claims and what they refer to; import (project_json_import) puts such a document into an
empty project in one transaction. The layout is described in project_json_format.
"""

from __future__ import annotations

from .project_json_export import write_project_json
from .project_json_format import FORMAT, MAX_BYTES, VERSION
from .project_json_import import JsonImportResult, import_project_json_job, read_document

__all__ = [
    "FORMAT",
    "MAX_BYTES",
    "VERSION",
    "JsonImportResult",
    "import_project_json_job",
    "read_document",
    "write_project_json",
]
