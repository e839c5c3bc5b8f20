from django.db import migrations

AUDIENCES = ["young", "older", "public", "professional", "educator"]


def create_audiences(apps, schema_editor):
    CourseAudience = apps.get_model("courses", "CourseAudience")
    for code in AUDIENCES:
        CourseAudience.objects.get_or_create(code=code)


class Migration(migrations.Migration):
    dependencies = [("courses", "0001_course_tree_and_reporting_channels")]

    operations = [migrations.RunPython(create_audiences, migrations.RunPython.noop)]
