"""Model fields of the course pages."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class ChoiceListField(models.JSONField):
    """A list of codes from fixed choices, stored as JSON and edited as checkboxes."""

    def __init__(self, *args, item_choices=(), **kwargs):
        self.item_choices = list(item_choices)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        allowed = {code for code, _label in self.item_choices}
        if not isinstance(value, list) or not set(value) <= allowed:
            raise ValidationError(_("Choose only from the listed values."))

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.item_choices,
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=self.verbose_name,
            help_text=self.help_text,
        )
