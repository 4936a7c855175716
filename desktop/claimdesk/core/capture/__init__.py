"""Capturing web articles: fetch a page (or read a saved file or the clipboard), decode it,
extract its text and metadata. Claims and projects travel through core/exchange instead."""
