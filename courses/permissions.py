"""Who may study which course: each rule once, for one course and for a list."""

from accounts.selectors import verified_professions

from .choices import PROFESSION_FOR_TRACK

SIGN_IN = "sign_in"
VERIFY = "verify"


def open_tracks(user) -> set[str]:
    """The professional tracks this user may study."""
    if not user.is_authenticated:
        return set()
    if user.has_perm("courses.study_all_tracks"):
        return set(PROFESSION_FOR_TRACK)
    professions = verified_professions(user=user)
    tracks = {t for t, p in PROFESSION_FOR_TRACK.items() if p in professions}
    tracks |= set(user.track_grants.values_list("track", flat=True))
    return tracks


def can_study(user, course) -> bool:
    """Whether the user may open every lesson of the course and record progress."""
    if not user.is_authenticated or user.is_awaiting_consent:
        return False
    return not course.is_restricted or course.track in open_tracks(user)


def lesson_denial(user, lesson, course) -> str | None:
    """Why the user may not read this lesson (SIGN_IN or VERIFY), or None."""
    if course.is_restricted:
        if not user.is_authenticated:
            return SIGN_IN
        return None if course.track in open_tracks(user) else VERIFY
    if user.is_authenticated:
        return None
    lessons = course.lessons
    return None if lessons and lessons[0].pk == lesson.pk else SIGN_IN
