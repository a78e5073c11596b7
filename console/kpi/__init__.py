"""The KPI engine: events in, snapshots out (docs/metrics.md), with the codec of its checkpoints. Pure."""
