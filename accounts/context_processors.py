from .preferences import preferences_for


def display_preferences(request):
    """The reader's display preferences, for the classes on <html>."""
    return {"display": preferences_for(request)}
