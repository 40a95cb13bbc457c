"""The metric lexicon: what a figure counts ("soldiers", "have been killed", "containers").

The noun after a figure decides its kind; the verbs of its clause decide the state
("have been killed" -> killed, "will send" -> troops_planned, "currently" -> present); a
figure with no noun of its own ("2,700 had been wounded", "about 3,000 more") takes the
state around it or the metric of the figure before.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from analysis.intake.extract import countrywide, missile_uses, plans, tenses
from analysis.intake.extract.armies import another_army
from analysis.intake.extract.captives import BATTLE_GLOSS, CAPTIVE_AFTER, CAPTURED_AFTER, TAKEN_BEFORE, listed_toll
from analysis.intake.extract.hedges import PLANNED
from analysis.intake.extract.numbers import PERCENT, POST_BOUND, Figure
from analysis.intake.extract.text import CLAUSE_BREAK

_LEXICON: list[tuple[str, re.Pattern[str]]] = [
    (kind, re.compile(rf"\b(?:{words})\b", re.I))
    for kind, words in [
        ("battle_casualties", r"battle casualties"),
        (
            "casualties",
            r"casualties|losses|killed (?:or|and) (?:wounded|injured)|(?:wounded|injured) (?:or|and) killed"
            r"|dead (?:or|and) (?:wounded|injured)",
        ),
        # "the loss of nine lives", "killed in action", "KIA": death in ordinary and military English
        ("killed", r"deaths|dead|fatalities|killed|died|slain|lives|KIA"),
        ("wounded", r"wounded|injured|injuries|hurt|WIA"),
        ("captured", r"prisoners of war|prisoners|POWs|captives|captured"),
        (
            "engineers",
            r"sappers|de-?miners|mine[- ]?clearers|(?:mine[- ]clear(?:ance|ing)|de-?mining|bomb[- ]disposal|EOD) "
            r"(?:specialists|experts|troops|personnel|teams|units|soldiers|squads|crews|engineers)"
            # "engineer troops", "engineering and military construction personnel": the adjective form
            r"|(?:combat |military )?engineer(?:ing)?(?: and (?:military )?construction)?"
            r" (?:troops|soldiers|personnel|specialists|units|servicemen)"
            r"|(?:combat |military )?engineers|(?:military )?builders"
            r"|(?:military )?construction (?:troops|soldiers|workers|personnel|specialists|servicemen)"
            # "5,000 military workers": soldiers put to building work are military builders
            r"|military (?:workers|labou?rers)",
        ),
        ("workers", r"workers|labou?rers"),
        (
            "personnel",
            r"(?:North )?Koreans|soldiers|troops|personnel|servicemen|servicewomen|service ?members|fighters"
            r"|infantrymen"
            # "10,000 North Korean forces", "conscripts", "combatants": other nouns for soldiers
            r"|forces|conscripts|draftees|mercenaries|combatants|troopers|military men|troop|contingent"
            # "3,000 North Korean are already fighting": the adjective standing for its people
            r"|(?:North )?Korean(?=\s*$)"
            # "the total deployment stands at 15,000": a deployment's size counts soldiers (one, not "deployments")
            r"|deployment|dispatch"
            # "nine members of the regiment": members of a military formation, not of a committee
            r"|members(?= of (?:the |a |an |its |their |this |that )?(?:[\w-]+ ){0,3}?(?:regiment|unit|brigade"
            r"|battalion|division|corps|contingent|force|forces|army|military|platoon|company|team|detachment)s?\b)"
            r"|infantry|special forces|special[- ]operations? forces"  # "1,500 special operation forces"
            r"|commandos|marines|paratroopers|officers|recruits|men|reinforcements|replacements|strong",
        ),
        ("shells", r"artillery shells|shells|rounds|projectiles|ammunition|munitions"),
        ("missiles", r"(?:short-range )?ballistic missiles|missiles|KN-2[34]s"),
        ("guns", r"self-propelled (?:guns|howitzers)|howitzers|guns|Koksans|Koksan(?=\W*$)"),  # the M1989 by name
        (
            "launchers",
            r"(?:multiple[- ]launch )?rocket systems|(?:multiple )?rocket launchers|launchers|MLRS|MLRSs|MRLs?",
        ),
        (
            "systems",
            # "200 heavy artillery pieces": artillery of no named type is guns and launchers together;
            # "pieces of equipment" are no artillery
            r"artillery systems|weapons systems|systems|pieces(?! of (?:[\w-]+ )?(?:equipment|machinery|hardware))"
            # "160 long-range artillery units", "200 units of long-range artillery": artillery by the unit
            r"|(?:artillery|gun|howitzer) units|units of (?:[\w-]+ ){0,2}artillery",
        ),
        ("containers", r"containers"),
        ("coffins", r"coffins|caskets"),
        # "a ceremony depicting the faces of 100 soldiers", "photographs of the fallen"
        ("portraits", r"portraits|photographs|photos|pictures|faces"),
        ("hectares", r"hectares"),
        (
            "devices",
            r"explosive (?:devices|objects)|unexploded (?:ordnance|munitions)|landmines|mines",
        ),
    ]
]


def _words(text: str) -> frozenset[str]:
    """The words of a text, as a set (word lists are written as one string)."""
    return frozenset(text.split())


_PEOPLE_KINDS = 9  # the first kinds above count people (a noun before an elliptic figure)
_MODIFIERS = _words(
    "more additional extra further fresh new other others of its their the these those such his her a "
    "an north korean north-korean korean-made special elite military combat regular active "
    "ballistic short-range long-range self-propelled multiple rocket artillery heavy "
    "tactical civilian construction shipping cargo freight mine-clearance total estimated wounded injured dead "
    "killed fallen own and or strong well-trained trained infantry army navy air naval ground "
    # "the 11,000 sent in November", "the 148 already supplied": a participle after an elided noun
    "sent already shot replacement reinforcement "
    # "9 million artillery and mortar rounds", "tank shells": the weapon a round is for
    "mortar howitzer cannon tank anti-tank "
    # "the second group of about 3,000 arriving in January": a participle after an elided noun
    "arriving departing fighting serving remaining"
)
_STOP_WORDS = _words(
    "to in at on from since by for into near with across between during over under who "
    "which that have has had were was are is will would could be been being as after "
    "before while last this earlier later including early late mid so when where whereas "
    "because although if but than according now it he she they we expected soon shortly"
)
_STATE = re.compile(
    r"\b(?:(?P<ckow>killed (?:or|and) (?:\w+ly )?(?:wounded|injured)|(?:wounded|injured) (?:or|and) (?:killed|dead)"
    r"|neutrali[sz]ed|put out of action|(?:knocked|taken) out of action"
    r"|dead (?:or|and) (?:wounded|injured)|casualties"
    r"|lost(?! (?:contact|track|touch|ground|their lives))(?=\s+(?:about|around|some|roughly|approximately"
    r"|an estimated|more than|over|at least|up to|as many as|nearly|\d)))"
    r"|(?P<battle>killed, wounded,? (?:missing|captured))|(?P<killed>killed|died|dead"
    r"|lost(?! (?:contact|track|touch|ground))"
    # "were slain", "gave their lives", "were eliminated" (Ukrainian briefings' word for killed)
    r"|perished|lost their lives|slain|gave their lives|laid down their lives|eliminated|liquidated"
    r"|succumbed)|(?P<wounded>wounded|injured|hurt|maimed|(?:suffered|sustained) (?:\w+ )?(?:injuries|wounds))"
    rf"|(?P<captured>{CAPTURED_AFTER}))\b",
    re.I,
)
_STATE_BEFORE = re.compile(
    r"\b(?:(?P<ckow>killed (?:or|and) (?:\w+ly )?wounded|wounded (?:or|and) killed|lost(?= (?:about|around|some"
    r"|roughly|approximately|an estimated|more than|over|at least|up to|as many as|nearly)\s+$)|lost(?=\s+$)"
    # "neutralized 50", "put 4,000 out of action": Ukrainian briefings' words for killed or wounded
    r"|neutrali[sz]ed|neutrali[sz]ing)|(?P<captured>captured|took prisoner|capture of|capturing)"
    r"|(?P<killed>killed|slew|eliminated|liquidated)|(?P<wounded>wounded|injured))(?:\s+[\w'-]+){0,2}\s+$",
    re.I,
)
# "to help rebuild the Kursk region", "for demining and reconstruction": people sent to build or
# clear mines are engineers (military builders and sappers), whatever noun counts them; a
# contingent still to come is a plan first (the dataset's third deployment of 6,000)
_ENGINEERING_PURPOSE = re.compile(
    r"\b(?:for|in)\s+(?:the\s+)?(?:demining|mine[- ]clearing|mine[- ]clearance|reconstruction|rebuilding|restoration)\b"
    r"|\bto\s+(?:help\s+)?(?:rebuild|reconstruct|restore|demine|clear\s+(?:the\s+)?mines|undertake\s+reconstruction"
    r"|carry\s+out\s+reconstruction|do\s+reconstruction)\b|\breconstruction\s+work\b",
    re.I,
)
# "13,221 North Koreans entered Russia": a count of entries at the border, not of troops
_ENTERED = re.compile(
    r"^\s*(?:[\w'-]+\s+){0,3}?(?:have\s+|had\s+)?(?:entered|enter)\s+(?:Russia|the\s+country)\b", re.I
)
# "the Russian strike that killed 12", "a missile attack killing 24": the victims of a strike
_STRIKE_VICTIMS = re.compile(
    r"\b(?:strikes?|attacks?|missiles?|shelling|bombardment|barrage|drones?|explosions?|blasts?)\b"
    r"(?:\s+[\w'-]+){0,6}?\s+(?:(?:that|which)\s+)?(?:has\s+|have\s+)?(?:killed|killing|injured|injuring|wounded"
    r"|wounding)\s+(?:(?:at least|more than|over|some|about|around|nearly)\s+)?$",
    re.I,
)
# "24 people have been killed and another 115 injured": a count of civilians, and the figure after it
_CIVILIANS = re.compile(r"^(?:people|civilians|residents|children|passengers|inhabitants|persons)\b", re.I)
# "went missing", "deserted", "were detained": people no measure counts
_MISSING = re.compile(
    r"^\s*(?:[\w'-]+\s+){0,3}?(?:(?:have|has|had|were|was)\s+)?(?:went\s+missing|gone\s+missing|missing|deserted|defected"
    r"|abandoned|fled|escaped|surrendered)\b",
    re.I,
)
_DETAINED_BEFORE = re.compile(r"\b(?:detained|arrested|deserters?)\s+(?:[\w-]+\s+)?$", re.I)
# "bringing the total to", "brings the number of troops in Russia to": a running total
_TOTAL = re.compile(
    r"\b(?:total|totals|totalling|totaling|overall|cumulative|altogether"
    r"|br(?:ings?|inging|ought)\s+(?:the|their|its)\s+(?:number|count|tally|figure))\b",
    re.I,
)
_BACK_REFERENCE = re.compile(
    r"\b(?:from|than|with|to|the)\s+(?:[\w-]+\s+)?$"
    # "The NIS put the figure at 3,000", "Seoul puts it at": another's estimate of the count just given
    r"|\b(?:put|puts|putting|placed|places|set|sets|estimated|estimates|pegged|pegs)\s+(?:the|that|this|its|their"
    r"|it)\s+(?:(?:figure|number|toll|tally|count|total|estimate)\s+)?(?:at|as)\s+"
    r"(?:(?:about|around|some|roughly|nearly|more than|over|at least|up to|as many as|just)\s+)?$",
    re.I,
)
_ADDITIONAL_BEFORE = re.compile(
    r"\b(?:another|an additional|additional|a further|further|extra|fresh|a new batch of"
    r"|a new contingent of|a second wave of|a new wave of"
    # "a second batch of", "another contingent of", "a fresh rotation of": a new wave by its noun
    r"|(?:another|(?:a|the) (?:second|third|fourth|fresh|further|new|latest)|an additional|one more)\s+"
    r"(?:batch|contingent|wave|group|round|rotation|tranche|detachment|deployment|dispatch)\s+of)\s+(?:(?:about|around|some|roughly"
    r"|approximately|estimated)\s+)?$",
    re.I,
)
_ADDITIONAL_WORDS = _words(
    "more additional extra further fresh new reinforcements replacements replacement reinforcement"
)
_AMMUNITION = re.compile(r"\b(?:ammunition|shells|munitions|rounds)\b", re.I)
_LOSSES = re.compile(r"\b(?:killed|wounded|injured|casualties|losses|dead)\b", re.I)
_HOMEWARD = re.compile(
    r"\b(?:repatriated|(?:flown|sent|taken|brought|returned|evacuated|transported|airlifted|shipped)\b.*\b(?:back|home"
    r"|to North Korea|to Pyongyang))\b",
    re.I,
)
_WORD = re.compile(r"[\w'-]+")

METRIC_OF_KIND = {
    "battle_casualties": "battle_casualties",
    "casualties": "casualties_killed_or_wounded",
    "killed": "killed",
    "wounded": "wounded",
    "captured": "captured",
    "engineers": "engineers_deployed",
    "workers": "workers_deployed",
    "shells": "artillery_shells",
    "guns": "self_propelled_guns",
    "launchers": "rocket_launchers",
    "systems": "artillery_systems_combined",
    "containers": "containers_shipped",
    "coffins": "coffins_repatriated",
    "portraits": "fallen_portraits_displayed",
    "hectares": "area_demined_hectares",
    "devices": "explosive_devices_destroyed",
}
_STATE_METRIC = {
    "ckow": "casualties_killed_or_wounded",
    "battle": "battle_casualties",
    "killed": "killed",
    "wounded": "wounded",
    "captured": "captured",
}


@dataclass(frozen=True)
class FigureContext:
    """The text around one figure of a sentence (offsets into the sentence)."""

    start: int  # the figure
    end: int
    clause_start: int  # after the last , ; : ( before the figure, or 0
    window: str  # words after the figure up to a stop word, punctuation or the next figure
    verbs: str  # the rest of the figure's clause after those words ("have been killed")
    near_before: str  # the words between the previous figure (or clause start) and this one


def figure_context(s: str, figs: list[Figure], i: int) -> FigureContext:
    fig = figs[i]
    nxt = figs[i + 1].start if i + 1 < len(figs) else len(s)
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(s, 0, fig.start)]
    clause_start = breaks[-1] if breaks else 0
    pos = fig.end
    for pattern in (POST_BOUND, PERCENT):
        m = pattern.match(s, pos, nxt)
        pos = m.end() if m else pos
    stop = CLAUSE_BREAK.search(s, pos, nxt)
    clause_end = stop.start() if stop else nxt
    window_end = pos
    for m in _WORD.finditer(s, pos, clause_end):
        if m.group(0).lower() in _STOP_WORDS:
            break
        window_end = m.end()
    prev_end = figs[i - 1].end if i else 0
    near_from = max(prev_end, clause_start, fig.start - 40)
    return FigureContext(
        fig.start,
        fig.end,
        clause_start,
        s[pos:window_end].strip(),
        s[window_end:clause_end],
        s[near_from : fig.start],
    )


def _is_modifier(token: str) -> bool:
    t = token.strip("'\"")
    if (t.lower().endswith(("ed", "ly")) and len(t) > 4) or "-" in t.strip("-"):
        return True  # "upgraded", "domestically", "engineer-regiment": modifiers, not what is counted
    return (
        t.lower() in _MODIFIERS
        or t[:1].isupper()
        or any(c.isdigit() for c in t)
        or t.lower().endswith("'s")
        or t.lower().endswith("s'")
    )


_COMBINED = re.compile(
    r"^combined\b|\b(?:guns|howitzers|artillery pieces)\b.*\blaunchers\b|\blaunchers\b.*\b(?:guns|howitzers)\b", re.I
)


def _noun_kind(window: str) -> tuple[str | None, bool, int]:
    """(kind of the head noun after a figure, whether the words are only modifiers, where
    the head noun ends in ``window``)."""
    best: tuple[int, int, str] | None = None
    for kind, pattern in _LEXICON:
        m = pattern.search(window)
        if m and (best is None or (m.start(), -m.end()) < (best[0], -best[1])):
            best = (m.start(), m.end(), kind)
    if best is None:
        return None, all(_is_modifier(t) for t in window.split()), 0
    if not all(_is_modifier(t) for t in window[: best[0]].split()):
        return None, False, 0  # "ten shipments of shells" counts shipments, not shells
    if best[2] in ("guns", "launchers") and _COMBINED.search(window):
        return "systems", False, best[1]  # "220 guns and launchers": one total, split unknown
    return best[2], False, best[1]


def _personnel_metric(s: str, ctx: FigureContext, kind: str) -> str:
    """What a count of people is: a state ("have been killed"), a plan, a new contingent, ..."""
    if listed := listed_toll(s, ctx.end):
        return listed
    # "killed 77 North Korean soldiers and injured an additional 40": the verb before the figure
    # is its own, a state after it may be the next figure's
    toll = _toll_before(s, ctx)
    if toll:
        return toll
    state = _STATE_BEFORE.search(ctx.near_before) or _STATE.search(ctx.verbs)
    if state:
        return _homeward(_STATE_METRIC[state.lastgroup or ""], ctx)
    if TAKEN_BEFORE.search(ctx.near_before) and CAPTIVE_AFTER.match(ctx.verbs):
        return "captured"  # "took two North Korean soldiers captive", "has taken two servicemen prisoner"
    if kind in ("killed", "wounded"):
        return _homeward(kind, ctx)  # "2,000 wounded soldiers"
    if _is_planned(s, ctx):
        return "troops_planned"  # a whole contingent still to come, whatever its work, is a plan
    if _ENGINEERING_PURPOSE.search(ctx.window + ctx.verbs):
        return "engineers_deployed"
    if _TOTAL.search(ctx.near_before):
        return "troops_deployed"  # "bringing the total to around 3,000"
    first = ctx.window.split()[0].lower() if ctx.window else ""
    if (
        first in _ADDITIONAL_WORDS
        or _ADDITIONAL_BEFORE.search(s, 0, ctx.start)
        or tenses.sent_anew(ctx.near_before + " " + ctx.verbs)
        or re.search(r"\b(?:reinforcements|replacements)\b", ctx.window, re.I)
    ):
        return "troops_deployed_additional"
    if tenses.present(s, ctx.clause_start, ctx.start, ctx.verbs) or plans.held_in_place(s, ctx):
        return countrywide.settled("troops_present", s, ctx.clause_start, ctx.end + 1 + len(ctx.window + ctx.verbs))
    return "troops_deployed"


def _before(ctx: FigureContext) -> tuple[int, int]:
    """Where the words before a figure in its clause may run (a toll or a plan named before it)."""
    return max(ctx.clause_start, ctx.start - 120), ctx.start


def _toll_before(s: str, ctx: FigureContext) -> str | None:
    """The metric of a toll named before a figure ("losses ... exceeded 200 troops"), if any."""
    kind = plans.toll_before(s, *_before(ctx))
    return _STATE_METRIC[kind] if kind else None


def _is_planned(s: str, ctx: FigureContext) -> bool:
    """Whether a count of people is still to come: a plan in its clause ("will send", "a deployment plan
    of", "will increase to") that its own verb ("had already arrived") does not contradict."""
    if plans.done_after(s, ctx.end):
        return False
    return bool(
        PLANNED.search(s, ctx.clause_start, ctx.end)
        or tenses.future_after(ctx.verbs)
        or plans.plan_before(s, *_before(ctx))
        or plans.headline_plan(s, ctx.start)
        or plans.participle_plan(s, ctx.clause_start, ctx.start)
    )


def _homeward(metric: str, ctx: FigureContext) -> str:
    # "2,000 wounded soldiers were flown back to North Korea"
    return "wounded_repatriated" if metric == "wounded" and _HOMEWARD.search(ctx.verbs) else metric


def _kind_metric(kind: str, s: str, ctx: FigureContext) -> str | None:
    people = re.search(r"\b(?:soldiers|troops|men|personnel|fighters)\b", ctx.window, re.I)
    if kind == "personnel" or (kind in ("wounded", "killed") and people):
        return _personnel_metric(s, ctx, kind)
    if kind == "casualties" and (
        re.search(r"\b(?:missing|captured)\b", ctx.verbs, re.I) or BATTLE_GLOSS.match(s, ctx.end)
    ):
        return "battle_casualties"
    if kind == "missiles":
        return "ballistic_missiles_fired" if missile_uses.fired(_clause_words(s, ctx)) else "ballistic_missiles"
    return METRIC_OF_KIND.get(kind)


_PARTITIVE = re.compile(
    r"\s+(?:out\s+)?of\s+(?:(?:the|its|their|an?|roughly|about|some|around|approximately|nearly|almost"
    r"|estimated|first|initial|original|total|[A-Z][\w-]*'s)\s+)*"
)
_BODIES_OF = re.compile(
    r"\b(?:bodies|remains|corpses|deaths?)\s+of\s+(?:the\s+)?(?:(?:about|around|some|at least|more than|over)\s+)?$",
    re.I,
)
_STAGES = re.compile(r"^(?:rounds|batches|waves|stages|phases|rotations)\b", re.I)
_STAGES_BEFORE = re.compile(r"\b(?:in|over|via|through|across|after|during)\s+(?:the\s+)?(?:first\s+|last\s+)?$", re.I)
# "21 of around 50 North Korean ballistic missiles": a whole that is North Korea's own
_NORTH_KOREAN = re.compile(r"\b(?:North Korean|North Korea's|Pyongyang's|DPRK|KN-2[34]s?|Hwasong)", re.I)
_CONTAINER_OF = re.compile(
    r"\b(?P<noun>portraits|photographs|photos|pictures|faces|coffins|caskets|containers)\s+of\s+(?:the\s+)?$", re.I
)


_PERCENT_OF = re.compile(r"\s*(?:%|percent\b|per cent\b)" + _PARTITIVE.pattern, re.I)


def _is_partitive(s: str, part: Figure, whole: Figure) -> bool:
    # "4,000 of the first 11,000 troops were killed", "30% of the 11,000 troops were casualties":
    # the state is the part's
    return (_PERCENT_OF if part.unit == "percent" else _PARTITIVE).fullmatch(s, part.end, whole.start) is not None


_PEOPLE_METRICS = frozenset(
    {"troops_deployed", "troops_planned", "troops_present", "troops_deployed_additional", "killed", "wounded"}
    | {"captured", "casualties_killed_or_wounded", "battle_casualties", "wounded_repatriated"}
)
# "3,000 troops each", "2,000 soldiers apiece", "500 men per battalion": the size of one of several
_PER_UNIT = re.compile(
    r"(?:\s+(?:[\w-]+\s+){0,3}?(?:soldiers|troops|men|personnel|servicemen|fighters))?\s+(?:each|apiece"
    r"|(?:per|a|in each|for each) (?:unit|brigade|battalion|regiment|division|company))\b",
    re.I,
)
# a total of Russian and North Korean forces together is not a North Korean figure
_MIXED = re.compile(
    r"[^.;]{0,60}?\b(?:Russian and North Korean|North Korean and Russian|Russian-North Korean"
    r"|North Korean-Russian)\b",
    re.I,
)
_CAPACITY_BEFORE = re.compile(
    r"\b(?:room for|space for|capacity (?:of|for)|capable of (?:holding|carrying)|able to (?:hold|carry))"
    r"(?:\s+(?:up to|as many as|about|around|some|roughly|nearly))?\s*$",
    re.I,
)
_CAPACITY_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,5}?\s+(?:(?:to|per|in|for) (?:a|each|one|every) |per )(?:single )?"
    r"(?:container|ship|train|wagon|railcar|car|truck|vessel|shipment)\b",
    re.I,
)
# "80 of each type" after naming two systems: one figure per system
_SUBSET_BEFORE = re.compile(
    r"\b(?:among them|among whom|of whom|of which|including|includes|included)\s+"
    r"(?:(?:about|around|some|roughly|at least|more than|over|nearly|almost)\s+)?$",
    re.I,
)
# "120 of each", "120 pieces of each of these systems", "120 units each"
_EACH = re.compile(
    r"\s+(?:(?:pieces|units|items|systems|vehicles|examples)\s+)?(?:of each|each)(?:\s+(?:type|kind|system|model"
    r"|weapon))?\b",
    re.I,
)
_WEAPON_KINDS = ("shells", "missiles", "guns", "launchers", "containers", "devices")


def each_metrics(s: str, start: int, end: int) -> list[str]:
    """For a figure "of each type", the metrics of the systems named before it, in order
    (empty when the figure is not "of each" or fewer than two systems are named)."""
    if not _EACH.match(s, end):
        return []
    found: list[tuple[int, str]] = []
    for kind, pattern in _LEXICON:
        if kind in _WEAPON_KINDS:
            found += [(m.start(), METRIC_OF_KIND[kind]) for m in pattern.finditer(s, 0, start)]
    metrics = list(dict.fromkeys(metric for _, metric in sorted(found)))
    return metrics if len(metrics) >= 2 else []


def metric_of(s: str, figs: list[Figure], i: int, previous: list[str | None], carried: str | None = None) -> str | None:
    """The metric figure ``i`` counts; ``previous`` holds the metrics of the figures before,
    ``carried`` the last metric of the sentence before."""
    fig = figs[i]
    ctx = figure_context(s, figs, i)
    if _MIXED.match(s, fig.end, min(len(s), fig.end + 80)) or _CAPACITY_BEFORE.search(ctx.near_before):
        return None  # "a 30,000-strong force of Russian and North Korean units", "room for 200,000 rounds"
    if _CAPACITY_AFTER.match(s, fig.end):
        return None  # "450 rounds to a container": a capacity, not a count
    if _STRIKE_VICTIMS.search(s, max(0, ctx.clause_start, fig.start - 80), fig.start):
        return None  # "the strike that killed 12": its victims
    metric = _metric_of(s, figs, i, ctx, previous, carried)
    if metric and metric.startswith("troops") and _SUBSET_BEFORE.search(ctx.near_before):
        return None  # "among them 300 officers": a part of a figure given already
    if metric in _PEOPLE_METRICS and _PER_UNIT.match(s, ctx.end):
        return None  # "five units with about 3,000 troops each": the size of one unit, not a count sent
    if metric and metric.startswith("troops"):
        after = s[fig.end : fig.end + 80]
        if _ENTERED.match(after) or _MISSING.match(after) or _DETAINED_BEFORE.search(ctx.near_before):
            return None  # "13,221 North Koreans entered Russia", "three servicemen went missing"
    if metric in _PEOPLE_METRICS | {"casualty_rate_pct"} and another_army(s, fig.end, ctx.window, ctx.near_before):
        return None  # "45,000 Russian troops are massing", "300 Ukrainian soldiers": another army's people
    elliptic = _noun_kind(ctx.window)[0] in (None, "killed", "wounded", "casualties")
    if metric and i > 0 and elliptic and _CIVILIANS.match(figure_context(s, figs, i - 1).window):
        return None  # "24 people have been killed and another 115 injured"
    if metric in _PEOPLE_METRICS and _CIVILIANS.match(ctx.window.lstrip()):
        return None  # "the deaths of at least two dozen civilians": a strike's victims, named by their noun
    if metric in missile_uses.METRICS and missile_uses.with_drones(s, fig.end):
        return None  # "more than 200 missiles and drones were launched": the whole attack, of any make
    if metric in missile_uses.METRICS and missile_uses.a_test(_clause_words(s, ctx)):
        return None  # "fired five missiles off its east coast": North Korea's own test
    return metric


def _clause_words(s: str, ctx: FigureContext) -> str:
    """A figure's clause up to it, its window and the verbs after it."""
    return s[ctx.clause_start : ctx.start] + ctx.window + ctx.verbs


def _metric_of(
    s: str, figs: list[Figure], i: int, ctx: FigureContext, previous: list[str | None], carried: str | None
) -> str | None:
    fig = figs[i]
    if fig.unit == "percent":
        if _AMMUNITION.search(s):
            return "ammunition_share_pct"
        return "casualty_rate_pct" if _LOSSES.search(s) else None
    if i + 1 < len(figs) and _is_partitive(s, fig, figs[i + 1]):
        whole = figure_context(s, figs, i + 1)
        kind, _, head = _noun_kind(whole.window)
        if kind == "missiles" and _NORTH_KOREAN.search(whole.window):
            return None  # "debris from 21 of around 50 North Korean missiles": the whole is the claim
        if kind is not None:
            verbs = whole.window[head:] + " " + whole.verbs
            return _kind_metric(kind, s, dataclasses.replace(ctx, window=whole.window, verbs=verbs))
    if _STAGES.match(ctx.window) and _STAGES_BEFORE.search(ctx.near_before):
        return None  # "in two rounds", "over three rounds of talks": stages, not shells
    container = _CONTAINER_OF.search(ctx.near_before)
    if container:  # "portraits of 101 fallen soldiers" counts portraits
        return _noun_metric(container.group("noun"), s, ctx)
    if _BODIES_OF.search(ctx.near_before):
        return "killed"  # "the bodies of 200 soldiers": the dead, not soldiers sent
    window = "strong" if s.startswith("-strong", fig.end) else ctx.window
    kind, elliptic, head = _noun_kind(window)
    if kind is not None:
        if i > 0 and _is_partitive(s, figs[i - 1], fig):
            if kind == "missiles" and not _NORTH_KOREAN.search(window):
                return None  # "two of the five missiles fired at Kharkiv": the strike's, the part is North Korea's
            ctx = dataclasses.replace(ctx, verbs="")  # the state was the part's
        else:  # "300 troops killed fighting": a participle right after the noun
            verbs = _shared_verbs(s, figs, i, window[head:]) or window[head:] + " " + ctx.verbs
            ctx = dataclasses.replace(ctx, verbs=verbs)
        return _kind_metric(kind, s, ctx)
    if elliptic:
        return _elliptic_metric(s, ctx, previous, carried)
    return None  # counts something else: "two countries", "three months"


_CONJUNCTION = re.compile(r"\s*(?:and|or|as well as)\s*", re.I)


def _shared_verbs(s: str, figs: list[Figure], i: int, tail: str) -> str:
    """The verbs after the last of two counts joined by "and", which the first, with none of its own,
    shares ("10,000 combat troops and 1,000 engineers are stationed in Kursk"); empty otherwise."""
    if i + 1 >= len(figs) or not _CONJUNCTION.fullmatch(tail):
        return ""
    nxt = figure_context(s, figs, i + 1)
    kind, _, head = _noun_kind(nxt.window)
    return nxt.window[head:] + " " + nxt.verbs if kind else ""


def _noun_metric(noun: str, s: str, ctx: FigureContext) -> str | None:
    kind, _, _ = _noun_kind(noun)
    return _kind_metric(kind, s, ctx) if kind else None


def _elliptic_metric(s: str, ctx: FigureContext, previous: list[str | None], carried: str | None) -> str | None:
    # "2,700 had been wounded", "about 3,000 more", "up from about 600", "wounded ... 1,000"
    if listed := listed_toll(s, ctx.end):
        return listed
    toll = _toll_before(s, ctx)
    if toll:
        return toll  # "the death toll has risen to 300"
    state = _STATE.search(ctx.verbs)
    if state:
        return _STATE_METRIC[state.lastgroup or ""]
    states_before = list(_STATE.finditer(ctx.near_before)) if previous else []
    if states_before:  # "at least 40 dead, with the wounded nearing 600"
        return _STATE_METRIC[states_before[-1].lastgroup or ""]
    last = next((m for m in reversed(previous) if m), None)
    if last is not None and not last.startswith("troops") and tenses.sent_after(ctx.verbs):
        return _personnel_metric(s, ctx, "personnel")  # "4,000 casualties ..., and 3,000 have been sent": people sent
    if last is None and carried and _BACK_REFERENCE.search(ctx.near_before):
        last = carried  # "That is up from the 3,000 ..." after a sentence about troops
    if last is None and carried and carried.startswith("troops") and plans.plan_before(s, *_before(ctx)):
        last = carried  # "They will have 12,000 soon" after a sentence about troops: a total still to come
    if last is not None:
        if last.startswith("troops"):
            metric = _personnel_metric(s, ctx, "personnel")
            done = last == "troops_planned" and plans.done_after(s, ctx.end)  # "and that 1,000 had already arrived"
            earlier = plans.adds_to_earlier(ctx.near_before)  # "adding to the 11,000 sent in November"
            keep = not _TOTAL.search(s, ctx.clause_start, ctx.start) and not done and not earlier
            return last if metric == "troops_deployed" and keep else metric
        return last
    # "the troops, estimated at 11,000": the nearest noun before it
    nouns = [
        (m.start(), m.end(), kind)
        for kind, pattern in _LEXICON[:_PEOPLE_KINDS]
        for m in pattern.finditer(s, 0, ctx.start)
    ]
    if not nouns:
        return None
    # "the number of injured soldiers was approaching 1,000": the state word decides; of two
    # words at one place the longer ("killed or injured" over "killed")
    nouns = [n for n in nouns if not any(o[0] <= n[0] and n[1] <= o[1] and o[1] - o[0] > n[1] - n[0] for o in nouns)]
    states = [n for n in nouns if n[2] not in ("personnel", "engineers", "workers")]
    kind = max(states or nouns)[2]
    return _kind_metric(kind, s, ctx)
