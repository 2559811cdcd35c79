"""The sandbox web: fictional sites that behave like the real platforms, for tests, benchmarks and the demo."""

from scraping.sandbox.server import SandboxProcess, SandboxServer

__all__ = ["SandboxProcess", "SandboxServer"]
