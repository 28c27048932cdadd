"""The Qt shell: the session controller, the cue player and (later) the windows."""
