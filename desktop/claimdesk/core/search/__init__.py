"""Full-text search over claims: the query syntax, the SQL for each backend, the index DDL."""

from .syntax import SearchError, SearchQuery, as_you_type, parse

__all__ = ["SearchError", "SearchQuery", "as_you_type", "parse"]
