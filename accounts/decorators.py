"""Marks views that a learner awaiting parental consent may still use."""


def open_while_awaiting_consent(view):
    view.open_while_awaiting_consent = True
    return view
