"""The History page: charts, the calendar and the list of sessions and check-ins."""
