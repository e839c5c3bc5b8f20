from .attempts import Attempt, ChoicePick, QuestionResponse, QuizGrade
from .pages import QuizPage

__all__ = ["Attempt", "ChoicePick", "QuestionResponse", "QuizGrade", "QuizPage"]
