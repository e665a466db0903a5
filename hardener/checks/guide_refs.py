"""The passages of the NSWP Smart Guide that findings cite.

Every finding points the person to the guide's own words, so the reason for a change is the
community's experience, not our opinion. Quotes are copied character for character (curly
quotes and the guide's footnote markers included); ``tests/test_guide_quotes.py`` checks each
one against ``shared/guide/nswp-smart-guide-digital-security.txt`` after collapsing whitespace.
Checks must cite only the constants here, so that test covers every quote the app can show.
"""

from __future__ import annotations

from hardener.checks.finding import GuideRef

# Section headings as the guide prints them.
INTRODUCTION = "Introduction"
LITERATURE_REVIEW = "Literature review"
HARMFUL_LAWS = (
    "Harmful laws governing digital spaces and their impact on privacy, safety and wellbeing of sex workers"
)
DATA_PROTECTION = "Data protection, censorship, organising, safety and privacy issues"
GOOD_PRACTICES = "Good practices"
RECOMMENDATIONS = "Recommendations"

# Project X, Singapore: the reason translator history matters at all.
TRANSLATE_HISTORY = GuideRef(
    DATA_PROTECTION,
    "Law enforcement also go through sex workers’ phones when they are arrested, paying special "
    "attention to their messages and Google Translate history. This is then used to prove that they "
    "are sex workers, and they’re then sentenced and/or deported.",
)

# Phones taken at arrest to find other sex workers: the screen lock and encryption.
PHONE_CONFISCATED = GuideRef(
    DATA_PROTECTION,
    "This is also common in many countries when a sex worker is arrested, and the police confiscate "
    "their phone in order to acquire information about other sex workers.",
)

# AWAC, Uganda: what an open phone gives a blackmailer.
PHONE_BLACKMAIL = GuideRef(
    DATA_PROTECTION,
    "For example, when sex workers are arrested, their phones can be used to get incriminating "
    "information to blackmail and get bribes from them.",
)

# Outing: what a bystander reads off a phone.
OUTING = GuideRef(
    DATA_PROTECTION,
    "The revelation of people’s sex work status by others is a big threat. There is always a risk of "
    "clients finding the personal account of sex workers.",
)

# Contacts pooled by platforms. The "11" is the guide's footnote marker, kept to quote exactly.
PEOPLE_YOU_MAY_KNOW = GuideRef(
    LITERATURE_REVIEW,
    "Facebook’s ‘People You May Know’ algorithm11 is known to pool user information from different "
    "platforms and devices into Facebook, causing sex workers’ private accounts to be visible on "
    "clients’ or family members’ screens, therefore removing the safety protections established by "
    "sex workers.",
)

# Apps used to follow and harm: stalkerware and special access.
TRACKED_BY_APPS = GuideRef(
    INTRODUCTION,
    "Digital technologies, such as mobile applications and biometric surveillance practices, can also "
    "be used to find, count, identify, track, trace, and punish sex workers;",
)

STALKED = GuideRef(
    LITERATURE_REVIEW,
    "This, in turn, can cause sex workers to be outed, ‘doxxed’ (revealing identifying information of "
    "someone online), harassed, stalked, blackmailed or to face other abusive behaviours that put "
    "their well-being and lives in danger.",
)

# Apps gathering data without consent: permissions, sideloading.
DATA_WITHOUT_CONSENT = GuideRef(
    DATA_PROTECTION,
    "Data can be gathered through many channels such as web pages, apps, mobile banking systems, and "
    "biometrics without the knowledge or active consent of sex workers, which constitutes "
    "unacceptable risks to sex workers’ safety and privacy.",
)

APPS_SHARE_DATA = GuideRef(
    DATA_PROTECTION,
    "Service providers and sex workers must be aware of how these online platforms and applications "
    "might use or share the data collected with third parties such as advertisers, shareholders, and "
    "even governments.",
)

# Cloud copies: data away from the phone.
WRONG_HANDS = GuideRef(
    DATA_PROTECTION,
    "any kind of data collection can threaten sex workers’ privacy and security if it ends up in the "
    "wrong hands.",
)

THOUGHT_SAFE = GuideRef(
    DATA_PROTECTION,
    "sensitive data can end up in the hands of people who wants to harm sex workers even when it is "
    "thought to be safe.",
)

POLICE_ACCESS_TO_DATA = GuideRef(
    HARMFUL_LAWS,
    "The Criminal Procedure Code (CPC) allows police officers or appointed third parties to obtain any "
    "data that is deemed necessary without judicial authorisation.",
)

BLACKMAIL_WITH_DATA = GuideRef(
    DATA_PROTECTION,
    "Many members mentioned instances of sensitive data being acquired by individuals looking for ways "
    "to exploit and abuse sex workers through blackmail and threats.",
)

SEPARATE_IDENTITY = GuideRef(
    LITERATURE_REVIEW,
    "many sex workers prefer to have a separate online identity for work.",
)

# Password protection and encryption, as sex workers themselves practise them.
PASSWORD_AND_ENCRYPTION = GuideRef(
    GOOD_PRACTICES,
    "Some digital security practices sex workers adopt include VPN (virtual private network) use, "
    "having separate phones and SIM cards for work and private life, password protection, using "
    "encryption,",
)

# LEGALIFE-Ukraine: shows recorded and used to blackmail (screen recording, camera, microphone).
CAM_CAPTURED = GuideRef(
    DATA_PROTECTION,
    "There are instances of sex workers’ photos or videos from cam shows are captured by individuals "
    "who then use those to blackmail them.",
)

# Where sex workers are: location, photo geotags, scanning.
MAPPING_DANGEROUS = GuideRef(
    LITERATURE_REVIEW,
    "Mapping the venues or physical locations frequented by sex workers is extremely sensitive and "
    "potentially dangerous.",
)

GEO_MAPPING = GuideRef(
    RECOMMENDATIONS,
    "The use of biometrics, data mining and harvesting, micro-targeting, geo-mapping, etc. in digital "
    "interventions with sex workers is fraught with danger and undermines the effectiveness of service "
    "delivery.",
)

# UTSOPI, Belgium, and the respondents on dating apps: police looking for sex workers on apps.
POLICE_HUNT = GuideRef(
    DATA_PROTECTION,
    "During the confinement, there was a sort of “hunt” for sex workers via the networks [Grindr].",
)

POLICE_TARGET_APPS = GuideRef(
    DATA_PROTECTION,
    "Many respondents also reported that police target websites, social media platforms and dating "
    "apps to gather information on sex workers, to demand money or sex.",
)

# Project X, Singapore: fingerprints and faces at borders.
BORDERS = GuideRef(
    DATA_PROTECTION,
    "Biometric data such as fingerprints and iris scans are used in passports and at borders, which "
    "is troubling when sex workers are prohibited migrants.",
)

# The guide's good practices: VPN, separate phones and SIMs, browsers.
VPN_AND_SEPARATE_PHONES = GuideRef(
    GOOD_PRACTICES,
    "Some digital security practices sex workers adopt include VPN (virtual private network) use, "
    "having separate phones and SIM cards for work and private life,",
)

CHOOSING_TOOLS = GuideRef(
    GOOD_PRACTICES,
    "choosing browsers, platforms, email providers, apps and other communication tools that offer "
    "better data protection and privacy options.",
)

# Messages are what police read first.
MESSAGES_READ = GuideRef(
    DATA_PROTECTION,
    "Law enforcement also go through sex workers’ phones when they are arrested, paying special "
    "attention to their messages and Google Translate history.",
)

ALL: tuple[GuideRef, ...] = (
    TRANSLATE_HISTORY,
    PHONE_CONFISCATED,
    PHONE_BLACKMAIL,
    OUTING,
    PEOPLE_YOU_MAY_KNOW,
    TRACKED_BY_APPS,
    STALKED,
    DATA_WITHOUT_CONSENT,
    APPS_SHARE_DATA,
    WRONG_HANDS,
    THOUGHT_SAFE,
    POLICE_ACCESS_TO_DATA,
    BLACKMAIL_WITH_DATA,
    SEPARATE_IDENTITY,
    PASSWORD_AND_ENCRYPTION,
    CAM_CAPTURED,
    MAPPING_DANGEROUS,
    GEO_MAPPING,
    POLICE_HUNT,
    POLICE_TARGET_APPS,
    BORDERS,
    VPN_AND_SEPARATE_PHONES,
    CHOOSING_TOOLS,
    MESSAGES_READ,
)
