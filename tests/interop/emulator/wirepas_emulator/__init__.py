"""A Wirepas gateway emulated with the official codec, for scenarios where Meshbench is the backend."""

from .gateway import EmulatedGateway, EmulatedSink, DEFAULT_FEATURES

__all__ = ["EmulatedGateway", "EmulatedSink", "DEFAULT_FEATURES"]
