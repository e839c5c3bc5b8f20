"""Age of digital consent per country: below it a parent or guardian must consent.

Defaults follow each country's data-protection law as commonly read; 18 stands
wherever the law gives no clear lower age. They are a starting point for the
operator's counsel, not legal advice: override any of them with the setting
DIGITAL_CONSENT_AGES, e.g. DIGITAL_CONSENT_AGES='{"SG": 13}'.
"""

from django.conf import settings

DEFAULT_CONSENT_AGE = 18

DEFAULT_CONSENT_AGES = {
    # Brunei: no lower age found in its data-protection rules: 18.
    "BN": 18,
    # Cambodia: no general data-protection law yet; age of majority 18.
    "KH": 18,
    # Indonesia: Law 27/2022 on Personal Data Protection, art. 25: processing a
    # child's data needs a parent's consent; a child is under 18.
    "ID": 18,
    # Lao PDR: Law on Electronic Data Protection (2017) sets no age: 18.
    "LA": 18,
    # Malaysia: PDPA 2010 treats under-18s as minors needing a parent: 18.
    "MY": 18,
    # Myanmar: no data-protection law; age of majority 18.
    "MM": 18,
    # Philippines: Data Privacy Act 2012 gives no age; NPC guidance treats
    # under-18s as needing a parent: 18.
    "PH": 18,
    # Singapore: PDPC advisory guidelines: a minor of 13 or older can usually
    # give consent on their own.
    "SG": 13,
    # Thailand: PDPA s. 20: a minor (under 20, the age of majority) needs the
    # consent of the holder of parental responsibility.
    "TH": 20,
    # Timor-Leste: no data-protection law; age of majority 17, kept at 18.
    "TL": 18,
    # Viet Nam: Decree 13/2023 art. 20: a child (under 16) needs a parent's consent.
    "VN": 16,
}


def consent_age_for(country: str) -> int:
    """The age below which a learner from `country` needs parental consent."""
    overrides = getattr(settings, "DIGITAL_CONSENT_AGES", {}) or {}
    return int(
        overrides.get(country, DEFAULT_CONSENT_AGES.get(country, DEFAULT_CONSENT_AGE))
    )
