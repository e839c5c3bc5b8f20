from .access import TrackAccessGrant
from .pages import CourseAudience, CourseIndexPage, CoursePage, LessonPage, ModulePage
from .reporting import ReportingChannel

__all__ = [
    "CourseAudience",
    "CourseIndexPage",
    "CoursePage",
    "LessonPage",
    "ModulePage",
    "ReportingChannel",
    "TrackAccessGrant",
]
