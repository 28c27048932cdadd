"""Reminders of the weekly plan: the tray icon, desktop notifications, the timer that fires at
the next reminder, and the "Plan my week" dialog (issue 17)."""
