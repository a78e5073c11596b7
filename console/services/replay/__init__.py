"""Replay: a recorded live as another source of frames on a replay clock: recording header, engine, checkpoint index,
pipeline thread, actions.
"""
