"""The session runtime on QtCore alone: the controller, the cue player and the audio choice,
shared by the window and the terminal runner (never imports ui/)."""
