"""The studio simulator, the other end of the wire: the model, its rules, the server and the demo's child process."""
