"""Performance benchmarks of live-console: `python -m benchmarks [--quick] [--json PATH]`.

Every figure loads the console over real loopback sockets (a dedicated load generator speaking the Studio Feed
Protocol, `benchmarks.loadgen`, or the studio simulator itself) and prints itself beside its target.
"""
