"""live-console: the desktop control console for the operator of a live-commerce broadcast."""

__version__ = "0.1.0"
