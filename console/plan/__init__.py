"""The session plan: goals, catalogue, kits, script, presets and run of show, loaded and checked with every fault named
(docs/plan.md). Pure.
"""
