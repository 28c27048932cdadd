"""The session screen and presenter mode."""
