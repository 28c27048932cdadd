"""The sub-commands of `ankle-coach`, each a small function that cli.py calls."""
