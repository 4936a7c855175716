"""Claimdesk: track, grade and verify claims made in news reporting."""

__version__ = "0.1.0"

# The freedesktop id: the names of the files in resources/desktop/ and of the installed icon,
# and the Wayland app id the window carries, so that a desktop ties the window to its launcher.
APP_ID = "io.github.claimdesk.Claimdesk"
