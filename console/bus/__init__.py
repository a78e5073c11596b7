"""The studio's message bus (NATS JetStream, docs/bus.md): lives' events in streams, the registry of lives, the
auto-cue lease. Imported by the serving ends (studio/, bridge/) to publish and by services/ to read."""
