"""Bringing outside material into a project: news pages today, more formats later."""
