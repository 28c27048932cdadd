"""The History page: charts, the calendar and the list of sessions and check-ins.

- `view`: HistoryView, the page that puts them together (numbers, notice, export, delete).
- `model`: HistoryModel, the list as a table model a page of rows at a time (Column, Role, PAGE).
- `charts`: the sessions-per-week and pain charts, and each as text.
- `calendar`: CalendarStrip, the last weeks' days shaded by sessions, and its words.
- `words`: days, times, outcomes, pain and warning signs in words.
"""
