"""What a press is and whether it may go: intents and their book, the rules that block a press, the safety gate. Pure.
"""
