from .attempts import Attempt, QuestionResponse, QuizGrade
from .pages import QuizPage

__all__ = ["Attempt", "QuestionResponse", "QuizGrade", "QuizPage"]
