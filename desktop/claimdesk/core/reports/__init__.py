"""Reports and exports: what a report holds, how each format renders it, and safe writing."""
