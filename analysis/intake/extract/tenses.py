"""The state of a count of people from the tense and mood of the verbs around it: still to come, there now.

"3,000 troops will be sent", "are expected to arrive" (a modal or an expectation after the figure: still
to come); "are currently stationed in Kursk", "are fighting", "on the front lines" (there now, after the
figure or before it in its clause). ``measures`` asks these of each count of people once no toll, state
or new wave has decided it. "additionally dispatched 3,000" (sent anew: a new wave); "and 3,000 have been
sent" (people sent, whatever the figure before it counted).
"""

from __future__ import annotations

import re

# "10,900 troops from North Korea will be deployed", "1,100 soldiers who returned home may be sent back":
# a short phrase of origin or a relative clause may stand between the noun and its modal verb
_BETWEEN = r"(?:(?:from|of)\s+(?:[\w'-]+\s+){1,3}?)?\s*(?:(?:who|that|which|whom)\s+[^,;]{1,80}?\s+)?"
_FUTURE_AFTER = re.compile(
    rf"\s*{_BETWEEN}(?:(?:will|would|could|may|might|are to|is to|are set to|are due to|(?:are |is )?expected to"
    r"|are likely to|are poised to|are scheduled to|are slated to)"
    r"\s+(?:soon\s+|also\s+|eventually\s+|later\s+|ultimately\s+)?(?:be\s+)?"
    r"(?:go|sent|deployed|dispatched|arrive|head|travel|join|move|leave|transferred|rotated|redeployed)\b"
    # "10,000 soldiers were being prepared to join", "10,000 soldiers that they are preparing to send":
    # made ready for a deployment, or the object of one being prepared
    r"|(?:is|are|was|were)\s+(?:being\s+)?(?:prepared|readied|preparing|planning|getting ready|gearing up)"
    r"\s+(?:to|for)\s+(?:be\s+)?(?:join|go|send|sent|dispatch|deploy|deployed|deployment|redeploy)\w*\b)"
    # "another 9,000 expected soon", "5,000 more due by spring", "3,000 yet to arrive": an expectation
    # with no verb of its own
    r"|\s*(?:(?:are|is|were)\s+)?(?:expected|due|yet to (?:come|arrive)|still to come)"
    r"(?=\s*(?:$|soon\b|shortly\b|briefly\b|later\b|by\b|next\b|in the coming\b))",
    re.I,
)
_PRESENT = re.compile(
    r"\b(?:currently|at present|now (?:in|stationed|deployed|based)|already in|there (?:are|were)"
    r"|(?:are|is) (?:now |still |already )?deployed (?:in|near|along|at|inside|across)|(?:are|were|is|was"
    r"|remain|remained) (?:still )?(?:in|inside|stationed|based)|remain(?:s|ed|ing)?|stationed"
    # "have arrived in Kursk" (there now), but "have arrived in Russia": the count that was sent
    r"|training in|(?:are|were) training|(?:have|has|had) (?:already |now )?arrived in(?! Russia\b(?!'s))"
    r"|(?:are|were|is|was|have been|has been)(?: (?:estimated|believed|thought|said) to be)?(?: still| now| already)?"
    # "are posted in" (not "posted to", sent), "garrisoned", "dug in", "entrenched": other words of being there
    r" (?:fighting|operating|stationed|based|posted(?= (?:in|at|near|along|inside|on)\b)|garrisoned|quartered"
    r"|billeted|encamped|dug in|entrenched)\b"
    r"|(?:have|has) been deployed (?:to|in|into) (?:the |Russia's |Russia.s )?(?:[\w-]+ )?(?:region of )?Kursk"
    # "have moved into Russia's Kursk region", "on the front lines", "massed near the border",
    # "are taking part in the fighting": soldiers in a place, or in combat, now
    r"|(?:have|has|had) (?:now |already |reportedly )?moved (?:in)?to|(?:are|is) (?:now |already )?moving (?:in)?to"
    r"|on the front ?lines?|at the front(?: ?lines?)?|on the battlefield|in combat"
    r"|(?:are|were|is|was|have been|has been) (?:now |still |already |reportedly )?(?:massed|massing|amassed"
    r"|concentrated|positioned|gathered|deployed on the front|engaged in (?:combat|fighting|battles?|hostilities)"
    r"|involved in (?:combat|fighting|battles?|hostilities)|serving|present)"
    r"|(?:taking|take|took|taken) part in (?:the )?(?:fighting|combat|battles?|hostilities|assaults?|offensives?"
    r"|operations)|participating in (?:the )?(?:fighting|combat|battles?|hostilities|assaults?|offensives?)"
    # "the 11,000 troops believed to be in Kursk", "estimated to be fighting": a reduced relative clause
    # of being there, with no copula of its own
    r"|(?:estimated|believed|thought|said|reported|understood|known|assessed)\s+to be (?:now |still |already "
    r"|currently )?(?:in|inside|at|near|on|stationed|based|fighting|deployed (?:in|at|near|along|on)))\b",
    re.I,
)


def future_after(verbs: str) -> bool:
    """Whether the verbs after a figure's noun put it still to come ("will be sent", "are expected to arrive")."""
    return _FUTURE_AFTER.match(verbs) is not None


def present(s: str, clause_start: int, start: int, verbs: str) -> bool:
    """Whether a count of soldiers is of those in a place or in combat now, by the verbs after its noun
    ("are stationed in") or the words of its clause before it ("there are")."""
    return bool(_PRESENT.search(verbs) or _PRESENT.search(s, clause_start, start))


# "additionally dispatched at least 3,000", "3,000 have been additionally sent": a new wave by its adverb
_SENT_ANEW = re.compile(
    r"\b(?:additionally|newly)\s+(?:sent|dispatched|deployed|send|dispatch|deploy|sending|dispatching|deploying)\b",
    re.I,
)
# "have been additionally dispatched", "were sent": an elliptic figure of people sent, whatever came before
_SENT_AFTER = re.compile(
    r"\s*(?:(?:have|has|had|been|were|was|also|already|additionally|newly|reportedly)\s+)+"
    r"(?:sent|dispatched|deployed)\b",
    re.I,
)


def sent_anew(words: str) -> bool:
    """Whether ``words`` (around a figure) say it was sent anew ("additionally dispatched")."""
    return _SENT_ANEW.search(words) is not None


def sent_after(verbs: str) -> bool:
    """Whether the verbs after a figure say it was sent ("have been dispatched", "were sent")."""
    return _SENT_AFTER.match(verbs) is not None
