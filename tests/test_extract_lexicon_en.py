"""The English lexicon widened past the dev articles: ordinary words of the language for what a
figure counts, its state, a plan and who says it, one table per class.

Each row is a sentence written for the test in the shape the class takes in news copy, with what
extraction must propose for it: (metric, low, best, high) and, where the class is about who says
it, the claimant. Most rows use words no dev article uses; the last rows of a table are sentences
the class must leave as they were.
"""

from __future__ import annotations

import pytest

from analysis.intake.extract.candidates import article_claims
from tests.test_extract_classes import PUBLISHED, Row, claimed, rows

# --- other nouns for soldiers: forces, conscripts, members of a unit ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 10,000 North Korean forces were already deployed to eastern Russia.",
            [("troops_deployed", None, 10000, None)],
        ),
        ("North Korea has sent about 12,000 conscripts to Russia.", [("troops_deployed", None, 12000, None)]),
        ("Pyongyang dispatched 3,000 combatants to the Kursk region.", [("troops_deployed", None, 3000, None)]),
        # special forces by their longer name
        ("Pyongyang sent 2,000 special operations forces to Russia.", [("troops_deployed", None, 2000, None)]),
        (
            "The spy agency said about 800 special operation forces were deployed to Kursk.",
            [("troops_deployed", None, 800, None)],
        ),
        ("Nine members of the regiment were killed during the deployment.", [("killed", None, 9, None)]),
        ("Some 200 members of the 11th Corps were wounded.", [("wounded", None, 200, None)]),
        (
            "The NIS said North Korea's troop numbers are expected to grow to 30,000.",
            [("troops_planned", None, 30000, None)],
        ),
        # the adjective standing for its people
        (
            "Zelenskyy said that 3,000 North Korean are already fighting on the side of Russia.",
            [("troops_present", None, 3000, None)],
        ),
        ("North Korea sent 1,000 North Korean-made shells.", [("artillery_shells", None, 1000, None)]),
        # members of anything but a military formation count nothing
        ("The NIS said 300 members of the committee attended.", []),
        # another army's soldiers are not North Korea's
        ("Ukrainian officials said about 45,000 Russian troops are massing in Kursk.", []),
        ("Ukraine said 300 Ukrainian soldiers were exchanged.", []),
        # ... nor when the army is named after the noun, or lost them
        ("About 900 soldiers of the Russian army were taken prisoner, the general said.", []),
        ("Moscow has lost more than 20,000 troops in the region, Kyiv said.", []),
        ("Ukraine has already lost about 500 men near the border.", []),
        ("Some 40 percent of the casualties suffered by Ukrainian brigades came from North Korean-made weapons.", []),
        # North Korea's own losses stay
        ("North Korea has lost about 400 troops, the NIS said.", [("casualties_killed_or_wounded", None, 400, None)]),
        # ... and so do those of troops fighting for the other army: it is not the one that suffered them
        (
            "North Korean troops fighting for Russia have suffered more than 2,000 casualties, the NIS said.",
            [("casualties_killed_or_wounded", 2000, None, None)],
        ),
    ],
)
def test_other_nouns_for_soldiers(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- engineers by the adjective: engineer troops, engineering and construction personnel -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pyongyang sent around 1,000 engineer troops to Kursk.", [("engineers_deployed", None, 1000, None)]),
        (
            "He agreed to send 6,000 North Korean engineering and military construction personnel to Kursk.",
            [("engineers_deployed", None, 6000, None)],
        ),
        ("North Korea sent 1,000 demining specialists to Kursk.", [("engineers_deployed", None, 1000, None)]),
        ("About 500 mine-clearing teams arrived.", [("engineers_deployed", None, 500, None)]),
        ("Some 5,000 military construction specialists were sent.", [("engineers_deployed", None, 5000, None)]),
        # sappers and builders are read as before
        (
            "North Korea sent 1,000 sappers and 5,000 military builders.",
            [
                ("engineers_deployed", None, 1000, None),
                ("engineers_deployed", None, 5000, None),
            ],
        ),
        # soldiers put to building work are military builders; civilian workers stay workers
        ("Pyongyang sent some 4,000 military workers to rebuild Kursk.", [("engineers_deployed", None, 4000, None)]),
        ("North Korea sent 2,000 workers to a drone factory.", [("workers_deployed", None, 2000, None)]),
    ],
)
def test_engineers_by_the_adjective(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- death and wounds in other words: slain, lives, eliminated, hurt, injuries ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The NIS said 300 North Korean soldiers were slain.", [("killed", None, 300, None)]),
        ("Kim noted the heartrending loss of nine lives.", [("killed", None, 9, None)]),
        ("Zelensky said 3,000 North Korean soldiers were eliminated in Kursk.", [("killed", None, 3000, None)]),
        (
            "The NIS said some 1,000 North Korean soldiers gave their lives and 2,700 suffered injuries.",
            [("killed", None, 1000, None), ("wounded", None, 2700, None)],
        ),
        ("The NIS said 300 were slain and 2,700 hurt.", [("killed", None, 300, None), ("wounded", None, 2700, None)]),
        ("Ukrainian forces eliminated 30 North Korean soldiers.", [("killed", None, 30, None)]),
        # the plain words are read as before
        ("About 600 North Korean soldiers have died.", [("killed", None, 600, None)]),
        (
            "At least 100 were killed and another 1,000 wounded.",
            [("killed", 100, None, None), ("wounded", None, 1000, None)],
        ),
    ],
)
def test_death_and_wounds_in_other_words(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- a toll named before its figure: "losses ... exceeded 200 troops" -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The NIS said the North Korean army's losses in the Kursk region have already exceeded 200 troops.",
            [("casualties_killed_or_wounded", 200, None, None)],
        ),
        ("The NIS said the death toll among North Korean troops has risen to 300.", [("killed", None, 300, None)]),
        (
            "The number of casualties stands at 4,700 North Korean soldiers, of whom roughly 600 have been killed.",
            [("casualties_killed_or_wounded", None, 4700, None), ("killed", None, 600, None)],
        ),
        (
            "Kyiv said North Korean casualties had topped 3,000 soldiers.",
            [("casualties_killed_or_wounded", 3000, None, None)],
        ),
        ("The number of wounded has climbed to 2,700 soldiers.", [("wounded", None, 2700, None)]),
        ("The number of fatalities reached about 1,000 troops.", [("killed", None, 1000, None)]),
        # a count of soldiers with no toll before it is what was sent
        ("The NIS said North Korea has sent 11,000 troops.", [("troops_deployed", None, 11000, None)]),
    ],
)
def test_a_toll_named_before_its_figure(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- a total still to come: "will increase to", "could rise to", "a deployment plan of" ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zelensky said 3,000 North Korean soldiers are already fighting, and soon their number will increase "
            "to 12,000.",
            [("troops_present", None, 3000, None), ("troops_planned", None, 12000, None)],
        ),
        (
            "Zelensky warned that the number of North Korean troops could rise to 100,000.",
            [("troops_planned", None, 100000, None)],
        ),
        ("The deployment is projected to swell to 30,000 soldiers.", [("troops_planned", None, 30000, None)]),
        ("The number of North Korean troops will be 15,000 by spring.", [("troops_planned", None, 15000, None)]),
        # "could be around": a guess at the number now, not one to come
        (
            "Ryder said the total number of North Korean forces in Russia could be around 11,000 to 12,000.",
            [("troops_deployed", 11000, None, 12000)],
        ),
        ("Out of the third deployment plan of 6,000 troops, none have left.", [("troops_planned", None, 6000, None)]),
        ("Pyongyang pledged to send another 6,000 troops.", [("troops_planned", None, 6000, None)]),
        ("Some 5,000 North Korean troops may be deployed by spring.", [("troops_planned", None, 5000, None)]),
        ("About 6,000 engineers are scheduled to leave for Kursk.", [("engineers_deployed", None, 6000, None)]),
        # a figure whose own verb says it is done is no plan, whatever plan its clause names
        (
            "The NIS said North Korea planned to deploy another 6,000 soldiers to Russia and that 1,000 had "
            "already arrived.",
            [("troops_planned", None, 6000, None), ("troops_deployed", None, 1000, None)],
        ),
        (
            "North Korea will send 3,000 troops in spring; 1,000 troops have already arrived in Kursk.",
            [("troops_planned", None, 3000, None), ("troops_present", None, 1000, None)],
        ),
        (
            "The NIS said 10,000 North Korean soldiers were sent to Russia in October.",
            [("troops_deployed", None, 10000, None)],
        ),
        # a running total after a plan is what was sent so far
        (
            "The NIS said 10,000 troops will be sent by December. "
            "The latest deployment brings the number of North Korea's troops in Russia to 3,000, a lawmaker said.",
            [("troops_planned", None, 10000, None), ("troops_deployed", None, 3000, None)],
        ),
    ],
)
def test_a_total_still_to_come(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- soldiers in a place or in combat now: moved into, on the front lines, taking part -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 11,000 North Korean troops have moved into Russia's Kursk region.",
            [("troops_present", None, 11000, None)],
        ),
        (
            "About 11,000 North Korean troops are taking part in combat operations.",
            [("troops_present", None, 11000, None)],
        ),
        ("Some 8,000 North Korean soldiers are on the front lines in Kursk.", [("troops_present", None, 8000, None)]),
        ("Around 10,000 North Korean soldiers are massed near the border.", [("troops_present", None, 10000, None)]),
        ("About 3,000 North Korean troops are engaged in fighting in Kursk.", [("troops_present", None, 3000, None)]),
        ("Some 5,000 North Korean soldiers are participating in assaults.", [("troops_present", None, 5000, None)]),
        # sent, even "already", is not there now
        (
            "Some 10,000 North Korean troops were already deployed to eastern Russia.",
            [("troops_deployed", None, 10000, None)],
        ),
    ],
)
def test_soldiers_in_a_place_or_in_combat_now(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- other verbs of saying: noting, stressed, explained ------------------------------------------


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Budanov stressed that 1,000 North Korean soldiers were killed.", "Ukraine HUR"),
        ("Kostin explained that Russia had launched 50 North Korean missiles.", "Ukraine Prosecutor General"),
        ("Zelensky, noting that 3,000 North Korean soldiers were wounded, asked for help.", "Ukraine presidency"),
        ("The NIS indicated that about 300 North Korean soldiers were killed.", "South Korea NIS"),
        # said, as before; "adding to" is no verb of saying
        ("The NIS said about 300 North Korean soldiers were killed.", "South Korea NIS"),
        ("The troops may arrive in Russia soon, adding to the 11,000 sent in November.", None),
    ],
)
def test_other_verbs_of_saying(text: str, claimant: str | None) -> None:
    assert {who for _, who in claimed(text, "en")} == {claimant}


# --- a person named in full, then by the family name alone ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "South Korean Defense Minister Shin Won-sik met reporters. Mr. Shin said North Korea has shipped "
            "7,000 containers of arms to Russia.",
            [(("containers_shipped", None, 7000, None), "South Korea MND")],
        ),
        (
            "Democratic Party lawmaker Park Sun-won spoke after the briefing. About 300 North Korean soldiers "
            "were killed, Park said.",
            [(("killed", None, 300, None), "South Korea NIS")],
        ),
        # a family name alone, with no full name in the article, names no one
        (
            "Mr. Shin said North Korea has shipped 7,000 containers of arms to Russia.",
            [(("containers_shipped", None, 7000, None), None)],
        ),
    ],
)
def test_a_family_name_after_the_full_name(text: str, expected: list[tuple[Row, str | None]]) -> None:
    assert claimed(text, "en") == expected


# --- "the US says" after naming its official: the official's agency ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "US says Russia has used at least nine North Korean ballistic missiles\nRussia has fired at least nine "
            "ballistic missiles provided by North Korea, according to US Deputy Permanent Representative Robert Wood.",
            [(("ballistic_missiles_fired", 9, None, None), "US mission to the UN")],
        ),
        (
            "Ukraine says 300 North Korean soldiers were killed, Ukraine's military intelligence chief Kyrylo Budanov "
            "said.",
            [(("killed", None, 300, None), "Ukraine HUR")],
        ),
    ],
)
def test_a_country_is_the_agency_of_its_named_official(text: str, expected: list[tuple[Row, str | None]]) -> None:
    assert claimed(text, "en") == expected


# --- missiles that flew: other verbs of use, and a participle of origin is no supply ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kostin said Russians had deployed at least 24 North Korean ballistic missiles.",
            [("ballistic_missiles_fired", 24, None, None)],
        ),
        (
            "Russia has fired at least nine ballistic missiles provided by North Korea.",
            [("ballistic_missiles_fired", 9, None, None)],
        ),
        (
            "Russia has unleashed 50 North Korean-supplied missiles on Ukraine.",
            [("ballistic_missiles_fired", None, 50, None)],
        ),
        ("Ukraine's air force intercepted 20 KN-23s.", [("ballistic_missiles_fired", None, 20, None)]),
        # what North Korea sent stays a supply, even when Russia fires them later
        ("North Korea has supplied 148 missiles, which Russia fired.", [("ballistic_missiles", None, 148, None)]),
        ("North Korea sent 50 missiles from Rajin which Russia fired.", [("ballistic_missiles", None, 50, None)]),
        # an attack's whole of missiles and drones, of any make, is no count of North Korean missiles
        ("Kyiv said more than 300 missiles and drones were launched overnight.", []),
        ("Russia launched 90 ballistic missiles and UAVs at Ukraine overnight.", []),
    ],
)
def test_missiles_that_flew(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- other bound words: "a minimum of", "north of", "as high as", "in the region of", "or fewer" ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The NIS said a minimum of 3,000 North Korean soldiers were sent.", [("troops_deployed", 3000, None, None)]),
        ("Kyiv said north of 10,000 North Korean troops were sent.", [("troops_deployed", 10000, None, None)]),
        ("Casualty estimates are now surpassing 3,000.", [("casualties_killed_or_wounded", 3000, None, None)]),
        ("A maximum of 500 North Korean soldiers were killed.", [("killed", None, None, 500)]),
        ("As high as 100,000 North Korean troops could be sent.", [("troops_planned", None, None, 100000)]),
        ("In the region of 12,000 North Korean soldiers were sent.", [("troops_deployed", None, 12000, None)]),
        ("North Korea sent 3,000 or fewer troops.", [("troops_deployed", None, None, 3000)]),
        ("Approx. 3,000 North Korean troops were sent.", [("troops_deployed", None, 3000, None)]),
        # the bound words of before
        ("North Korea sent 3,000 or so troops.", [("troops_deployed", None, 3000, None)]),
        # a floor after the figure beats an approximation before it
        ("North Korea sent some 3,000 or more troops.", [("troops_deployed", 3000, None, None)]),
        ("North Korea sent more than 3,000 troops.", [("troops_deployed", 3000, None, None)]),
    ],
)
def test_other_bound_words(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- "120 pieces of each" is one figure per system; "the faces of 100" counts portraits ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moscow will receive self-propelled guns and multiple launch rocket systems, and North Korea provided "
            "120 pieces of each of these systems.",
            [("self_propelled_guns", None, 120, None), ("rocket_launchers", None, 120, None)],
        ),
        (
            "North Korea supplied self-propelled howitzers and rocket launchers, 80 units each.",
            [("self_propelled_guns", None, 80, None), ("rocket_launchers", None, 80, None)],
        ),
        (
            "In a ceremony depicting the faces of 100 North Korean soldiers, Kim honored the dead.",
            [("fallen_portraits_displayed", None, 100, None)],
        ),
        (
            "State television showed photographs of 101 fallen soldiers.",
            [("fallen_portraits_displayed", None, 101, None)],
        ),
        # one total for guns and launchers stays one total
        ("North Korea provided 120 guns and launchers.", [("artillery_systems_combined", None, 120, None)]),
        # the self-propelled gun named by its type counts guns; the name before "howitzers" leaves them the noun
        ("Pyongyang has handed over at least 80 M1989 Koksans.", [("self_propelled_guns", 80, None, None)]),
        ('North Korea sent nearly 40 "Koksan" self-propelled howitzers.', [("self_propelled_guns", None, None, 40)]),
    ],
)
def test_of_each_by_the_piece_and_faces_of_the_dead(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- broadcast style: the hundreds in digits after a thousands word ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Another four-thousand-100 have been injured.", [("wounded", None, 4100, None)]),
        ("Some 3-thousand-500 North Korean troops were sent.", [("troops_deployed", None, 3500, None)]),
        ("About two-thousand-700 North Korean soldiers were wounded.", [("wounded", None, 2700, None)]),
        # broadcast style as before, and a range of two thousands stays apart
        ("The casualties stand at 47-hundred.", [("casualties_killed_or_wounded", None, 4700, None)]),
        ("North Korea sent five-thousand troops.", [("troops_deployed", None, 5000, None)]),
    ],
)
def test_broadcast_hundreds_after_thousands(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- an elided noun before a participle: "the 11,000 sent", "the 148 already supplied" -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pyongyang will send 150 missiles, in addition to the 148 already supplied in 2024.",
            [("ballistic_missiles", None, 150, None), ("ballistic_missiles", None, 148, None)],
        ),
        (
            "North Korea is sending an additional 3,000 troops, adding to the 11,000 sent in November.",
            [("troops_deployed_additional", None, 3000, None), ("troops_deployed", None, 11000, None)],
        ),
        (
            "North Korea will send another 6,000 troops, on top of the 12,000 sent last year.",
            [("troops_planned", None, 6000, None), ("troops_deployed", None, 12000, None)],
        ),
        # a figure with a noun of its own keeps it
        (
            "North Korea has sent 11,000 troops and 148 missiles.",
            [
                ("troops_deployed", None, 11000, None),
                ("ballistic_missiles", None, 148, None),
            ],
        ),
    ],
)
def test_an_elided_noun_before_a_participle(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- a plan told by a headline's infinitive, or by the clause a participle goes on from -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea to send as many as 30,000 troops to Russia", [("troops_planned", None, None, 30000)]),
        ("Kim Jong Un to Send 6,000 More Troops to Russia", [("troops_planned", None, 6000, None)]),
        (
            "North Korea is set to triple its forces in Russia, sending an additional 25,000 to 30,000 soldiers.",
            [("troops_planned", 25000, None, 30000)],
        ),
        (
            "Pyongyang plans to expand its presence, dispatching some 6,000 soldiers by August.",
            [("troops_planned", None, 6000, None)],
        ),
        # a participle after a past verb is what was done
        (
            "North Korea tripled its troops in Russia, sending an additional 25,000 soldiers.",
            [("troops_deployed_additional", None, 25000, None)],
        ),
        ("North Korea sent 10,000 troops to Russia", [("troops_deployed", None, 10000, None)]),
    ],
)
def test_a_plan_by_a_headline_infinitive_or_a_participle(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- other words of a plan: poised to, about to, considering sending, mulling the deployment of ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea is poised to dispatch 6,000 troops, the NIS said.", [("troops_planned", None, 6000, None)]),
        ("North Korea is about to send 6,000 troops, the NIS said.", [("troops_planned", None, 6000, None)]),
        ("North Korea is considering sending 6,000 more troops.", [("troops_planned", None, 6000, None)]),
        ("North Korea is mulling the deployment of 6,000 troops.", [("troops_planned", None, 6000, None)]),
        ("Pyongyang is gearing up to deploy 3,000 soldiers.", [("troops_planned", None, 3000, None)]),
        ("North Korea is scheduled to send 5,000 troops in May.", [("troops_planned", None, 5000, None)]),
        # what was sent stays sent
        ("North Korea has sent 6,000 troops, the NIS said.", [("troops_deployed", None, 6000, None)]),
    ],
)
def test_other_words_of_a_plan(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- a new wave by its noun: a second batch of, another contingent of, replacement troops ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea sent a second batch of 3,000 troops.", [("troops_deployed_additional", None, 3000, None)]),
        ("North Korea sent another contingent of 3,000 troops.", [("troops_deployed_additional", None, 3000, None)]),
        ("North Korea sent a fresh rotation of 2,000 soldiers.", [("troops_deployed_additional", None, 2000, None)]),
        ("North Korea sent 3,000 replacement troops.", [("troops_deployed_additional", None, 3000, None)]),
        ("North Korea sent 3,000 reinforcement troops.", [("troops_deployed_additional", None, 3000, None)]),
        # ... or by its adverb, before the figure or in its verbs
        ("Pyongyang additionally dispatched 2,000 soldiers.", [("troops_deployed_additional", None, 2000, None)]),
        ("Some 2,000 soldiers were newly deployed to Kursk.", [("troops_deployed_additional", None, 2000, None)]),
        # an elliptic figure of people sent after a toll counts people sent, not the toll
        (
            "About 500 were killed, and 2,000 have been sent this year.",
            [("killed", None, 500, None), ("troops_deployed", None, 2000, None)],
        ),
        # a first contingent, and a total, are what was sent
        ("North Korea deployed a contingent of 12,000 soldiers.", [("troops_deployed", None, 12000, None)]),
        ("North Korea's total deployment stands at 15,000.", [("troops_deployed", None, 15000, None)]),
        ("North Korea has sent 15,000 troops via two deployments.", [("troops_deployed", None, 15000, None)]),
    ],
)
def test_a_new_wave_by_its_noun(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea transferred 220 artillery pieces and multiple rocket launchers.",
            [("artillery_systems_combined", None, 220, None)],
        ),
        ("North Korea transferred 220 guns and launchers.", [("artillery_systems_combined", None, 220, None)]),
        ("North Korea transferred 120 self-propelled howitzers.", [("self_propelled_guns", None, 120, None)]),
        # artillery of no named type counts guns and launchers together
        (
            "Pyongyang shipped about 180 heavy artillery pieces to Moscow.",
            [("artillery_systems_combined", None, 180, None)],
        ),
        ("The North handed over 90 long-range artillery pieces.", [("artillery_systems_combined", None, 90, None)]),
        # pieces of equipment are no artillery
        ("North Korea may send 40 to 80 pieces of military equipment.", []),
        ("The convoy carried 60 pieces of heavy machinery.", []),
    ],
)
def test_artillery_pieces_and_launchers_are_one_total(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- an agency's name in the other word order, or with its country's name for the adjective -------


@pytest.mark.parametrize(
    ("name", "claimant"),
    [
        ("Ukraine's Ministry of Defence", "Ukraine MoD"),
        ("Russia's Ministry of Defense", "Russia MoD"),
        ("The US Defense Department", "US Pentagon"),
        ("The Defense Department", "US Pentagon"),
        ("Britain's Ministry of Defence", "UK Defence Intelligence"),
        ("The UK's Ministry of Defence", "UK Defence Intelligence"),
        # the names as listed, as before
        ("South Korea's Defense Ministry", "South Korea MND"),
        ("The Department of Defense", "US Pentagon"),
        ("The Ukrainian Defence Ministry", "Ukraine MoD"),
        # a branch of the armed forces speaks for them: the air force's counts of missiles it tracked
        ("The Ukrainian air force", "Ukraine armed forces"),
        ("Ukraine's Air Force", "Ukraine armed forces"),
        # a state research institute that publishes its own counts
        ("The Korea Institute for Defence Analyses", "Korea Institute for Defense Analyses"),
        ("South Korea's KIDA", "Korea Institute for Defense Analyses"),
        ("Ukraine's SBU security service", "Ukraine SBU"),
        ("The Security Service of Ukraine", "Ukraine SBU"),
    ],
)
def test_an_agency_in_another_word_order(name: str, claimant: str) -> None:
    text = f"{name} said 300 North Korean soldiers were killed."
    assert claimed(text, "en") == [(("killed", None, 300, None), claimant)]


# --- weapons by other names: mortar rounds, MRLs; the bodies of the dead -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea supplied 9 million artillery and mortar rounds.", [("artillery_shells", None, 9000000, None)]),
        ("North Korea sent 2 million tank shells.", [("artillery_shells", None, 2000000, None)]),
        ("North Korea has sent 250 M1991 MRLs.", [("rocket_launchers", None, 250, None)]),
        ("Pyongyang repatriated the bodies of 200 soldiers.", [("killed", None, 200, None)]),
        ("Ukraine handed over the remains of some 30 North Korean soldiers.", [("killed", None, 30, None)]),
        # coffins are counted as coffins, as before
        ("Kim mourned beside 15 coffins.", [("coffins_repatriated", None, 15, None)]),
    ],
)
def test_weapons_by_other_names_and_the_bodies_of_the_dead(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- losses in a briefing's words: neutralized, out of action, lost N troops, taken captive --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukrainian forces neutralized 50 DPRK soldiers.", [("casualties_killed_or_wounded", None, 50, None)]),
        (
            "Some 4,000 North Korean soldiers have been put out of action.",
            [("casualties_killed_or_wounded", None, 4000, None)],
        ),
        (
            "Zelensky said 3,000 North Koreans had been killed or seriously wounded.",
            [("casualties_killed_or_wounded", None, 3000, None)],
        ),
        ("North Korea has lost 300 troops, the NIS said.", [("casualties_killed_or_wounded", None, 300, None)]),
        ("Ukraine took two North Korean soldiers captive.", [("captured", None, 2, None)]),
        ("Ukraine has taken two North Korean servicemen prisoner.", [("captured", None, 2, None)]),
        # casualties the sentence before defines as taking in the missing: battle casualties
        (
            "Most of the troops sent have been killed, wounded, or gone missing. Officials said about 5,000 have "
            "become casualties.",
            [("battle_casualties", None, 5000, None)],
        ),
        # ... but the missing alone define nothing
        (
            "Three soldiers went missing near the village. Officials said about 5,000 North Korean troops have "
            "become casualties.",
            [("casualties_killed_or_wounded", None, 5000, None)],
        ),
        # losing contact counts no loss
        ("Moscow lost contact with 300 troops.", [("troops_deployed", None, 300, None)]),
        # the losses North Korea says it suffered are its dead; "casualties" in its mouth stay casualties
        ("North Korea has said it lost about 200 soldiers in Kursk.", [("killed", None, 200, None)]),
        ("Pyongyang acknowledged losses of 200 troops in the Kursk fighting.", [("killed", None, 200, None)]),
        ("North Korea claimed to have suffered 200 casualties.", [("casualties_killed_or_wounded", None, 200, None)]),
    ],
)
def test_losses_in_a_briefings_words(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- soldiers a country holds in a place now: "has 11,000 troops in Russia" ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea has roughly 11,000 troops in Russia, the Pentagon said.",
            [("troops_present", None, 11000, None)],
        ),
        ("North Korea has some 11,000 troops deployed in Kursk.", [("troops_present", None, 11000, None)]),
        ("North Korea now has 3,000 soldiers on the ground in Kursk.", [("troops_present", None, 3000, None)]),
        (
            "The Pentagon said North Korean troops in Kursk number about 11,000.",
            [("troops_present", None, 11000, None)],
        ),
        # sent is sent; "in" a month or "in reserve" is no place
        ("North Korea has sent 11,000 troops to Russia.", [("troops_deployed", None, 11000, None)]),
        ("North Korea has 11,000 troops in reserve.", [("troops_deployed", None, 11000, None)]),
        ("North Korea has sent 11,000 troops in total.", [("troops_deployed", None, 11000, None)]),
    ],
)
def test_soldiers_held_in_a_place_now(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- other words naming a source after the figure: per, based on, quoting ------------------------


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("About 300 North Korean soldiers were killed, per Ukrainian intelligence.", "Ukraine intelligence"),
        ("About 300 North Korean soldiers were killed, based on NIS data.", "South Korea NIS"),
        ("About 300 North Korean soldiers were killed, quoting the NIS.", "South Korea NIS"),
        ("About 300 North Korean soldiers were killed, in the words of Budanov.", "Ukraine HUR"),
        ("About 300 North Korean soldiers were killed, figures from the HUR show.", "Ukraine HUR"),
        # the agent of a passive verb of saying, in the sentence after the figure or in its own
        ("About 300 North Korean soldiers were killed. This was stated by Budanov on Monday.", "Ukraine HUR"),
        (
            "About 300 North Korean soldiers were killed. This was disclosed at a press conference by the NIS.",
            "South Korea NIS",
        ),
        ("That 300 North Korean soldiers were killed was confirmed on Friday by the NIS.", "South Korea NIS"),
        # according to, as before
        ("About 300 North Korean soldiers were killed, according to the NIS.", "South Korea NIS"),
    ],
)
def test_other_words_naming_a_source(text: str, claimant: str) -> None:
    assert {who for _, who in claimed(text, "en")} == {claimant}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Each container holds 450 rounds per container, the NIS said.", []),
        ("A container can carry 450 rounds per shipment.", []),
        ("North Korea sent 450 rounds to Russia, the NIS said.", [("artillery_shells", None, 450, None)]),
    ],
)
def test_a_capacity_per_container_without_an_article(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- a part of North Korea's own missiles: the whole is the claim ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prosecutors examined debris from 21 of around 50 North Korean ballistic missiles launched by Russia.",
            [("ballistic_missiles_fired", None, 50, None)],
        ),
        (
            "Ukraine recovered debris of 12 of the 40 KN-23s Russia fired at Kyiv.",
            [("ballistic_missiles_fired", None, 40, None)],
        ),
        # a strike's missiles, of which a part is North Korea's: the part, as before
        ("Two of the five missiles fired at Kharkiv were North Korean.", [("ballistic_missiles_fired", None, 2, None)]),
    ],
)
def test_a_part_of_north_koreas_own_missiles(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- a scale abbreviated: 10k, 3.5mn, 5 mln ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea sent 10k troops to Russia.", [("troops_deployed", None, 10000, None)]),
        ("North Korea sent some 12K soldiers.", [("troops_deployed", None, 12000, None)]),
        ("North Korea shipped 3.5mn shells.", [("artillery_shells", None, 3500000, None)]),
        ("North Korea shipped 5 mln shells.", [("artillery_shells", None, 5000000, None)]),
        # "m" is metres, and a calibre stays a calibre
        ("The missile flew 3.5m above the ground.", []),
        ("North Korea shipped 152mm shells.", []),
    ],
)
def test_a_scale_abbreviated(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- a share of a whole: "30% of the 11,000 troops were casualties" -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The HUR said 30% of the 11,000 troops were casualties.",
            [("casualty_rate_pct", None, 30, None), ("troops_deployed", None, 11000, None)],
        ),
        (
            "Some 40 percent of the 12,000 soldiers sent were killed or wounded.",
            [("casualty_rate_pct", None, 40, None), ("troops_deployed", None, 12000, None)],
        ),
        # a count of a whole keeps its part's state, as before
        (
            "4,000 of the first 11,000 troops were killed, the HUR said.",
            [("killed", None, 4000, None), ("troops_deployed", None, 11000, None)],
        ),
    ],
)
def test_a_share_of_a_whole(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 2,000 injured North Korean soldiers were evacuated to Pyongyang.",
            [("wounded_repatriated", None, 2000, None)],
        ),
        ("Some 1,000 wounded troops were airlifted back home.", [("wounded_repatriated", None, 1000, None)]),
        ("Ukraine reported the death of 300 North Korean soldiers.", [("killed", None, 300, None)]),
        # wounded with no way home are the wounded
        ("About 2,700 North Korean soldiers were wounded.", [("wounded", None, 2700, None)]),
    ],
)
def test_the_wounded_sent_home_and_the_death_of(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- another person of the same family name: "Defense Minister Kim Yong-hyun" is not Kim Jong Un --


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Defense Minister Kim Yong-hyun said about 10,000 North Korean troops were sent.", None),
        ("Kim Yo Jong said 300 North Korean soldiers were sent.", None),
        # the short name itself, and the full name, stay the person's
        ("Kim said 300 North Korean soldiers were sent.", "North Korea"),
        ("Kim Jong Un said 300 North Korean soldiers were sent.", "North Korea"),
        ("Kim on Friday said 300 North Korean soldiers were sent.", "North Korea"),
    ],
)
def test_another_person_of_the_same_family_name(text: str, claimant: str | None) -> None:
    assert {who for _, who in claimed(text, "en")} == {claimant}


# --- stages are no rounds; the second group of; an aside going on with a plan ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pyongyang has sent a total of 15,000 troops in two rounds, with the second group of about 3,000 "
            "arriving in January.",
            [("troops_deployed", None, 15000, None), ("troops_deployed_additional", None, 3000, None)],
        ),
        ("North Korea sent troops over three waves.", []),
        (
            "North Korea was likely to send more troops, possibly up to 6,000.",
            [("troops_planned", None, None, 6000)],
        ),
        ("North Korea will send more troops, perhaps 6,000.", [("troops_planned", None, 6000, None)]),
        # rounds of ammunition, and an aside after what was done, as before
        ("North Korea sent 3 million rounds.", [("artillery_shells", None, 3000000, None)]),
        (
            "North Korea sent 11,000 troops, possibly more than 12,000.",
            [("troops_deployed", None, 11000, None), ("troops_deployed", 12000, None, None)],
        ),
    ],
)
def test_stages_groups_and_asides(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- still to come by the mood of the figure's own verb, past a phrase of origin or a relative clause


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Intelligence officials think 4,000 soldiers from the North could be deployed by spring.",
            [("troops_planned", None, 4000, None)],
        ),
        (
            "Some 2,500 troops who trained near Vladivostok will soon be sent to the front.",
            [("troops_planned", None, 2500, None)],
        ),
        (
            "Up to 800 soldiers that went home for treatment may eventually be redeployed.",
            [("troops_planned", None, None, 800)],
        ),
        # an expectation with no verb of its own
        (
            "Some 5,000 North Korean troops are in Kursk, with another 7,000 expected shortly.",
            [("troops_present", None, 5000, None), ("troops_planned", None, 7000, None)],
        ),
        ("Ukraine said 2,000 more North Korean soldiers are due by March.", [("troops_planned", None, 2000, None)]),
        # a relative clause's own verb is past; the figure's verb is done
        (
            "About 1,200 soldiers who were sent in the autumn have been deployed to Russia.",
            [("troops_deployed", None, 1200, None)],
        ),
        # "expected" before its infinitive's object, or an expectation of something else, is no plan
        ("North Korea has sent 3,000 troops, more than expected.", [("troops_deployed", None, 3000, None)]),
    ],
)
def test_still_to_come_by_the_figures_own_verb(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- made ready for a deployment: "were being readied to join", "that Pyongyang is preparing to send"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv believes 7,000 North Korean troops are being readied to join the Russian offensive.",
            [("troops_planned", None, 7000, None)],
        ),
        (
            "He spoke of 5,000 soldiers that Pyongyang is preparing to send to Russia.",
            [("troops_planned", None, 5000, None)],
        ),
        ("Some 3,000 conscripts from the North are gearing up for deployment.", [("troops_planned", None, 3000, None)]),
        # ready for anything but a deployment is no plan
        ("About 3,000 soldiers were preparing for the winter.", [("troops_deployed", None, 3000, None)]),
    ],
)
def test_made_ready_for_a_deployment(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- there now by a reduced relative clause: "the troops believed to be in Kursk" ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Most of the 9,000 North Korean soldiers thought to be near the border are infantry.",
            [("troops_present", None, 9000, None)],
        ),
        (
            "Kyiv named the 4,500 North Korean troops understood to be stationed in Belgorod.",
            [("troops_present", None, 4500, None)],
        ),
        (
            "About 2,000 North Korean soldiers said to be fighting alongside Russian marines were filmed.",
            [("troops_present", None, 2000, None)],
        ),
        # to be anything but somewhere is not there now
        ("The 6,000 troops said to be loyal to Kim were sent to Russia.", [("troops_deployed", None, 6000, None)]),
    ],
)
def test_there_now_by_a_reduced_relative_clause(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- arrived in the country is the count that was sent; arrived in a region is there now ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv said 7,000 North Korean troops have now arrived in Russia.", [("troops_deployed", None, 7000, None)]),
        # a region of the country, or the front, is a place they are now
        (
            "Kyiv said 7,000 North Korean troops have now arrived in Russia's Belgorod region.",
            [("troops_present", None, 7000, None)],
        ),
        ("Kyiv said 7,000 North Korean troops had arrived in Kursk.", [("troops_present", None, 7000, None)]),
    ],
)
def test_arrived_in_the_country_or_in_a_region(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- deployed in a place (not to it) holds the soldiers there now ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moscow has deployed about 6,000 North Korean soldiers in the Belgorod region.",
            [("troops_present", None, 6000, None)],
        ),
        ("Pyongyang has now deployed 9,000 troops inside Russia.", [("troops_present", None, 9000, None)]),
        # deployed to a place is the count sent; deployed in a month is no place
        ("Pyongyang has deployed 9,000 troops to Russia.", [("troops_deployed", None, 9000, None)]),
        ("Pyongyang has deployed 9,000 troops in November.", [("troops_deployed", None, 9000, None)]),
    ],
)
def test_deployed_in_a_place(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- two counts joined by "and" share the verb after the second ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 300 infantrymen and 40 officers were killed in the assault.",
            [("killed", None, 300, None), ("killed", None, 40, None)],
        ),
        (
            "Roughly 8,000 combat troops and 500 officers are now stationed near Kursk.",
            [("troops_present", None, 8000, None), ("troops_present", None, 500, None)],
        ),
        (
            "About 2,000 soldiers or 300 officers will be sent in spring.",
            [("troops_planned", None, 2000, None), ("troops_planned", None, 300, None)],
        ),
        # a first count with a verb of its own keeps it; a second count with no noun lends nothing
        (
            "About 2,000 soldiers were sent and 300 officers were killed.",
            [("troops_deployed", None, 2000, None), ("killed", None, 300, None)],
        ),
        (
            "North Korea sent 3,000 soldiers and 100 were killed.",
            [("troops_deployed", None, 3000, None), ("killed", None, 100, None)],
        ),
    ],
)
def test_two_counts_joined_share_the_verb_after_the_second(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- the size of one of several units is no count: "3,000 troops each", "per brigade" --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seoul expects four North Korean brigades of roughly 2,500 soldiers each.", []),
        ("Kyiv counted six battalions with 400 men apiece.", []),
        ("The NIS said the North sends about 1,000 troops per regiment.", []),
        # "each of" before the figure, or a count in each of several waves, is still a count
        (
            "Each of the 3,000 North Korean troops was issued a Russian uniform.",
            [("troops_deployed", None, 3000, None)],
        ),
        ("North Korea sent 2,000 troops in each of two waves.", [("troops_deployed", None, 2000, None)]),
    ],
)
def test_the_size_of_one_of_several_units(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- casualties glossed to count the missing or captured too are battle casualties ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials put the North's losses at 5,000 casualties - that is, killed, wounded, missing or captured.",
            [("battle_casualties", None, 5000, None)],
        ),
        (
            "The North has taken some 5,000 casualties (dead, wounded, missing and captured).",
            [("battle_casualties", None, 5000, None)],
        ),
        (
            "Kyiv counts 5,000 North Korean casualties, including the missing.",
            [("battle_casualties", None, 5000, None)],
        ),
        # a clause of its own about the captured glosses nothing
        (
            "The North has taken 5,000 casualties, and Kyiv said two soldiers were captured.",
            [("casualties_killed_or_wounded", None, 5000, None), ("captured", None, 2, None)],
        ),
    ],
)
def test_casualties_glossed_to_count_the_missing(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- a headline's "Killed, Wounded" is one toll of both ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Over 2,500 North Korean Troops Killed, Wounded Near Border: Kyiv",
            [("casualties_killed_or_wounded", 2500, None, None)],
        ),
        ("Some 900 North Korean Soldiers Dead, Injured In Kursk", [("casualties_killed_or_wounded", None, 900, None)]),
        # a list going on to the missing is battle casualties, as before
        (
            "Kyiv said 700 North Korean soldiers were killed, wounded or missing.",
            [("battle_casualties", None, 700, None)],
        ),
        # the killed alone stay the killed
        ("Kyiv said 700 North Korean soldiers were killed.", [("killed", None, 700, None)]),
    ],
)
def test_a_headline_pair_of_killed_and_wounded(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- a deployment the sender is getting ready for is still to come, whatever its ordinal ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seoul thinks Pyongyang is gearing up for a fourth deployment of some 4,000 soldiers.",
            [("troops_planned", None, 4000, None)],
        ),
        ("The North is getting ready for another rotation of 2,000 troops.", [("troops_planned", None, 2000, None)]),
        ("Kyiv says Pyongyang plans a new dispatch of 3,000 soldiers.", [("troops_planned", None, 3000, None)]),
        # a deployment made is a new wave, not a plan
        (
            "North Korea completed a second deployment of around 3,000 troops.",
            [("troops_deployed_additional", None, 3000, None)],
        ),
    ],
)
def test_a_deployment_being_prepared(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- an elided total still to come takes the troops of the sentence before ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv says 4,000 North Korean soldiers are in Kursk. It thinks they could have 9,000 shortly.",
            [("troops_present", None, 4000, None), ("troops_planned", None, 9000, None)],
        ),
        (
            "Pyongyang has sent 5,000 troops so far. Their number may rise to 15,000 soon.",
            [("troops_deployed", None, 5000, None), ("troops_planned", None, 15000, None)],
        ),
        # after a sentence that counts nothing, an elided figure stays unread
        ("Kim Jong Un met Putin in Vladivostok. Their talks could reach 12 sessions soon.", []),
    ],
)
def test_an_elided_total_still_to_come(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- another's estimate of the count just given: "put the figure at", "puts it at" -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv says 2,500 North Korean soldiers have been killed. Seoul puts the number at about 1,800.",
            [("killed", None, 2500, None), ("killed", None, 1800, None)],
        ),
        (
            "The HUR said 900 North Korean troops were wounded. The NIS placed it at 700.",
            [("wounded", None, 900, None), ("wounded", None, 700, None)],
        ),
        (
            "North Korea has shipped 13,000 containers. Washington pegged the total at more than 16,000.",
            [("containers_shipped", None, 13000, None), ("containers_shipped", 16000, None, None)],
        ),
        # a figure set at a price or a date refers to nothing before
        (
            "North Korea has shipped 13,000 containers. Seoul set the meeting at 10 hours.",
            [("containers_shipped", None, 13000, None)],
        ),
    ],
)
def test_anothers_estimate_of_the_count_just_given(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- artillery counted by the unit: "160 long-range artillery units", "units of artillery" --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pyongyang had delivered 160 long-range artillery units to Moscow.",
            [("artillery_systems_combined", None, 160, None)],
        ),
        ("North Korea sent 200 units of long-range artillery.", [("artillery_systems_combined", None, 200, None)]),
        ("North Korea sent about 100 units of artillery to Russia.", [("artillery_systems_combined", None, 100, None)]),
        ("Russia received 50 howitzer units from Pyongyang.", [("artillery_systems_combined", None, 50, None)]),
        # units of anything but artillery count nothing; artillery systems are read as before
        ("North Korea sent 100 units of equipment to Russia.", []),
        ("North Korea sent 200 artillery systems.", [("artillery_systems_combined", None, 200, None)]),
    ],
)
def test_artillery_counted_by_the_unit(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- "handed over 120 guns": "over" as the particle of a verb of handing is no floor --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea has handed over 120 howitzers to Russia.", [("self_propelled_guns", None, 120, None)]),
        ("North Korea handed over some 120 howitzers.", [("self_propelled_guns", None, 120, None)]),
        ("Pyongyang has turned over 50 rocket launchers to Moscow.", [("rocket_launchers", None, 50, None)]),
        ("North Korea is handing over 24 KN-23s.", [("ballistic_missiles", None, 24, None)]),
        # a bound word after the particle still bounds; "sent over" and "over" alone stay a floor
        ("North Korea has handed over more than 120 howitzers.", [("self_propelled_guns", 120, None, None)]),
        ("North Korea has sent over 10,000 troops to Russia.", [("troops_deployed", 10000, None, None)]),
        ("Over 10,000 troops were sent.", [("troops_deployed", 10000, None, None)]),
    ],
)
def test_handed_over_is_no_floor(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- a country's national security adviser speaks for the country -------------------------------


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "South Korea's Defense Ministry said it had no figure. The assessment follows a report by South "
            "Korea's national security adviser, who estimated that Pyongyang had delivered 160 artillery systems.",
            "South Korea",
        ),
        (
            "South Korea's Defense Ministry said it had no figure. South Korea's deputy national security adviser "
            "said 11,000 North Korean troops were sent.",
            "South Korea",
        ),
        (
            "The NIS gave no figure. Ukraine's national security advisor said 3,000 North Korean troops were killed.",
            "Ukraine",
        ),
        # a country whose security office is an actor keeps its agency; a country alone, as before
        (
            "The Pentagon gave no figure. The US national security adviser said 11,000 North Korean troops were sent.",
            "US Pentagon",
        ),
        (
            "South Korea's Defense Ministry gave no figure. South Korea said 11,000 North Korean troops were sent.",
            "South Korea MND",
        ),
    ],
)
def test_a_countrys_security_adviser(text: str, claimant: str) -> None:
    assert {who for _, who in claimed(text, "en")} == {claimant}


# --- other verbs of a purpose still to be met: aims to, seeks to, vowed to, pledged N -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pyongyang aims to send 3,000 soldiers.", [("troops_planned", None, 3000, None)]),
        ("Pyongyang aims to send an additional 3,000 soldiers.", [("troops_planned", None, 3000, None)]),
        ("North Korea wants to send 3,000 soldiers.", [("troops_planned", None, 3000, None)]),
        ("North Korea seeks to deploy 3,000 more soldiers.", [("troops_planned", None, 3000, None)]),
        ("North Korea is hoping to dispatch 3,000 soldiers.", [("troops_planned", None, 3000, None)]),
        ("Kim vowed to send 6,000 more troops.", [("troops_planned", None, 6000, None)]),
        ("North Korea offered to send 6,000 engineers.", [("engineers_deployed", None, 6000, None)]),
        ("North Korea has pledged up to 30,000 troops.", [("troops_planned", None, None, 30000)]),
        ("North Korea has promised 30,000 troops to Russia.", [("troops_planned", None, 30000, None)]),
        ("Pyongyang offered some 6,000 soldiers.", [("troops_planned", None, 6000, None)]),
        # what was sent stays sent; a pledge with no figure after it is no plan of the figure
        ("North Korea sent 3,000 soldiers.", [("troops_deployed", None, 3000, None)]),
        (
            "North Korea, which has sent 11,000 troops, pledged support.",
            [("troops_deployed", None, 11000, None)],
        ),
    ],
)
def test_other_verbs_of_a_purpose(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- the captured in other words: detained, apprehended, held as prisoners, in captivity ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two North Korean soldiers were detained by Ukrainian forces.", [("captured", None, 2, None)]),
        ("Two North Korean soldiers were apprehended.", [("captured", None, 2, None)]),
        ("Two North Korean soldiers are being held by Ukraine.", [("captured", None, 2, None)]),
        ("Two North Korean soldiers are held as prisoners of war.", [("captured", None, 2, None)]),
        ("Two North Korean soldiers are in Ukrainian captivity.", [("captured", None, 2, None)]),
        ("Two North Korean soldiers were taken alive.", [("captured", None, 2, None)]),
        ("Ukraine is holding two North Korean soldiers captive.", [("captured", None, 2, None)]),
        # taken prisoner and prisoners of war as before; soldiers sent are no captives
        ("Ukraine took two North Korean soldiers prisoner.", [("captured", None, 2, None)]),
        ("Ukraine holds two North Korean prisoners of war.", [("captured", None, 2, None)]),
        ("North Korea sent 11,000 troops to Russia.", [("troops_deployed", None, 11000, None)]),
    ],
)
def test_the_captured_in_other_words(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- a floor after the figure ("10,000-plus", "10,000+"), a range by "anywhere from X to Y" -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea has sent 10,000-plus troops.", [("troops_deployed", 10000, None, None)]),
        ("North Korea has sent 10,000+ troops to Russia.", [("troops_deployed", 10000, None, None)]),
        ("Ukraine said 1,000-plus North Korean soldiers were killed.", [("killed", 1000, None, None)]),
        (
            "North Korea has sent anywhere from 10,000 to 12,000 troops.",
            [("troops_deployed", 10000, None, 12000)],
        ),
        ("Estimates ranging from 10,000 to 12,000 troops were given.", [("troops_deployed", 10000, None, 12000)]),
        # a change from one figure to another stays two figures; "or more" and compounds as before
        (
            "The number of troops rose from 11,000 to 15,000.",
            [("troops_deployed", None, 11000, None), ("troops_deployed", None, 15000, None)],
        ),
        ("North Korea has sent 10,000 or more troops.", [("troops_deployed", 10000, None, None)]),
        ("The 11-nation group said nothing of troops.", []),
    ],
)
def test_a_floor_after_the_figure_and_anywhere_from(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- "a reported 10,000 troops": an adjective before the figure is no statement verb --------------


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("North Korea has sent a reported 10,000 troops.", None),
        ("North Korea has sent a reported 10,000 troops, the NIS said.", "South Korea NIS"),
        ("North Korea has sent an estimated 10,000 troops.", None),
        # a statement verb with its subject, as before
        ("The NIS reported 10,000 North Korean troops were sent.", "South Korea NIS"),
    ],
)
def test_a_reported_figure_is_no_statement(text: str, claimant: str | None) -> None:
    assert {who for _, who in claimed(text, "en")} == {claimant}


# --- other words of being stationed there: posted in, garrisoned, dug in, entrenched --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 11,000 North Korean troops are posted in Kursk.", [("troops_present", None, 11000, None)]),
        ("About 11,000 North Korean troops are garrisoned in Kursk.", [("troops_present", None, 11000, None)]),
        ("Some 11,000 North Korean soldiers are dug in along the border.", [("troops_present", None, 11000, None)]),
        ("Some 11,000 North Korean soldiers are entrenched near Sudzha.", [("troops_present", None, 11000, None)]),
        (
            "About 11,000 North Korean troops are believed to be quartered in Kursk.",
            [("troops_present", None, 11000, None)],
        ),
        # "posted to" is a sending; stationed as before
        (
            "About 11,000 North Korean troops were posted to Russia in October.",
            [("troops_deployed", None, 11000, None)],
        ),
        ("About 11,000 North Korean troops are stationed in Kursk.", [("troops_present", None, 11000, None)]),
    ],
)
def test_other_words_of_being_stationed_there(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- other verbs of sending after a plan word: will rotate, plans to station, may commit ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea will rotate 5,000 troops into Kursk.", [("troops_planned", None, 5000, None)]),
        ("North Korea plans to station 5,000 troops in Kursk.", [("troops_planned", None, 5000, None)]),
        ("North Korea may commit 30,000 more troops.", [("troops_planned", None, 30000, None)]),
        ("Pyongyang is expected to redeploy 2,000 soldiers to Kursk.", [("troops_planned", None, 2000, None)]),
        # the same verbs in the past tense say what was done
        ("North Korea rotated 5,000 troops into Kursk.", [("troops_deployed", None, 5000, None)]),
    ],
)
def test_other_verbs_of_sending_after_a_plan_word(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- engineers by other names: mine clearers, de-miners, bomb disposal experts, EOD teams ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea sent 1,000 mine clearers to Kursk.", [("engineers_deployed", None, 1000, None)]),
        ("North Korea sent 1,000 de-miners to Kursk.", [("engineers_deployed", None, 1000, None)]),
        ("North Korea sent 1,000 de-mining personnel.", [("engineers_deployed", None, 1000, None)]),
        ("North Korea sent 1,000 bomb disposal experts.", [("engineers_deployed", None, 1000, None)]),
        ("Some 500 EOD teams arrived in Kursk.", [("engineers_deployed", None, 500, None)]),
        ("About 1,000 mine-clearing squads were sent.", [("engineers_deployed", None, 1000, None)]),
        # deminers and sappers as before; mines counted are no people
        ("North Korea sent 1,000 deminers and sappers.", [("engineers_deployed", None, 1000, None)]),
        ("North Korean sappers cleared 1,000 mines.", [("explosive_devices_destroyed", None, 1000, None)]),
    ],
)
def test_engineers_by_other_names(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- North Korea's own missile tests: off its east coast, test-fired, into the sea ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea fired five short-range missiles off its east coast.", []),
        ("North Korea test-fired two ballistic missiles into the sea on Monday.", []),
        ("North Korea launched three ballistic missiles into the East Sea.", []),
        ("Pyongyang fired two missiles into waters off its west coast.", []),
        # missiles fired at Ukraine or supplied, also beside a test in another clause, as before
        ("Russia fired 20 North Korean KN-23 missiles at Kyiv.", [("ballistic_missiles_fired", None, 20, None)]),
        ("North Korea has supplied 100 ballistic missiles to Russia.", [("ballistic_missiles", None, 100, None)]),
        (
            "Russia has launched more than 50 North Korean ballistic missiles, days after North Korea's missile tests.",
            [("ballistic_missiles_fired", 50, None, None)],
        ),
    ],
)
def test_north_koreas_own_missile_tests(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- "with 10,000 troops expected to be deployed": the plan word after the noun, without "are" ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea has sent 1,500 more soldiers to Russia, with 10,000 troops expected to be deployed by "
            "December.",
            [("troops_deployed_additional", None, 1500, None), ("troops_planned", None, 10000, None)],
        ),
        ("Some 5,000 soldiers expected to arrive in spring were named.", [("troops_planned", None, 5000, None)]),
        ("About 10,000 troops are expected to be sent by December.", [("troops_planned", None, 10000, None)]),
        ("About 10,000 troops is expected to go by December.", [("troops_planned", None, 10000, None)]),
        # what was expected to have happened is no plan; sent is sent
        ("Some 3,000 troops were expected to have arrived by December.", [("troops_deployed", None, 3000, None)]),
        ("North Korea sent 3,000 troops in October.", [("troops_deployed", None, 3000, None)]),
    ],
)
def test_the_plan_word_after_the_noun(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- the present tense of the verbs of saying: "indicates", "states", "reports", "writes" --------


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The NIS states that about 2,000 North Korean soldiers were killed.", "South Korea NIS"),
        ("Ukraine's military intelligence reports that 700 North Korean soldiers were wounded.", "Ukraine HUR"),
        ("Budanov writes that 1,200 North Korean soldiers were wounded last month.", "Ukraine HUR"),
        ("As the JCS notes, some 40 North Korean soldiers were captured.", "South Korea JCS"),
        # "According to the lawmaker, X indicates ...": X, whose words the lawmaker passes on
        (
            "According to Yu Yong-won, Ukraine's military intelligence indicates that 900 North Korean soldiers "
            "were killed.",
            "Ukraine HUR",
        ),
        # a plural noun of the same spelling is no verb; no one is named
        ("The states of the front vary, and 300 North Korean soldiers were killed.", None),
    ],
)
def test_the_present_tense_of_saying(text: str, claimant: str | None) -> None:
    assert {who for _, who in claimed(text, "en")} == {claimant}


# --- "Ukrainian intelligence" in an article naming the HUR: the HUR ------------------------------


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Kyrylo Budanov, head of the HUR, met lawmakers in Kyiv. Ukrainian intelligence indicates that 900 "
            "North Korean soldiers were killed.",
            "Ukraine HUR",
        ),
        (
            "The Foreign Intelligence Service of Ukraine briefed reporters. According to Ukrainian intelligence, "
            "about 300 North Korean soldiers were wounded.",
            "Ukraine Foreign Intelligence Service",
        ),
        # no Ukrainian agency named, or two of them: the unnamed service stays unnamed
        ("Ukrainian intelligence indicates that 900 North Korean soldiers were killed.", "Ukraine intelligence"),
        (
            "The HUR and the Foreign Intelligence Service of Ukraine briefed reporters. According to Ukrainian "
            "intelligence, about 300 North Korean soldiers were wounded.",
            "Ukraine intelligence",
        ),
        # an agency of another country is not the one Ukrainian intelligence stands for
        (
            "The NIS briefed lawmakers in Seoul. Ukrainian intelligence indicates that 900 North Korean soldiers "
            "were killed.",
            "Ukraine intelligence",
        ),
    ],
)
def test_an_unnamed_service_is_the_one_named(text: str, claimant: str | None) -> None:
    assert {who for _, who in claimed(text, "en")} == {claimant}


# --- a wire credit closing a contrast credits the copy of the whole sentence ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The NIS said 9,000 North Korean soldiers are stationed along the border, while another 700 military "
            "engineers clear mines, according to Yonhap.",
            [
                (("troops_present", None, 9000, None), "South Korea NIS"),
                (("engineers_deployed", None, 700, None), "South Korea NIS"),
            ],
        ),
        # a country's possessive before its own outlet is part of the outlet's name
        (
            "North Korea has sent 40,000 artillery shells to Russia, according to South Korea's Yonhap news agency.",
            [(("artillery_shells", None, 40000, None), "Yonhap")],
        ),
        # clauses naming sources of their own keep them
        (
            "The HUR said 500 North Korean soldiers were killed, while the NIS put the toll at 300.",
            [(("killed", None, 500, None), "Ukraine HUR"), (("killed", None, 300, None), "South Korea NIS")],
        ),
        # a possessive that is the source itself stays the source
        (
            "Ukraine's count, relayed by Yonhap, was 300 North Korean soldiers killed.",
            [(("killed", None, 300, None), "Ukraine")],
        ),
    ],
)
def test_a_wire_credit_closing_a_contrast(text: str, expected: list[tuple[Row, str | None]]) -> None:
    assert claimed(text, "en") == expected


# --- a time opening an outlet's background line: "Since October last year", "In late 2024" ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Budanov said North Korea would send more troops.\nSince March last year, North Korea has sent 9,000 "
            "troops to Russia.",
            [(("troops_deployed", None, 9000, None), "Yonhap")],
        ),
        (
            "Budanov said North Korea would send more troops.\nIn late 2024, North Korea dispatched 9,000 troops to "
            "Russia.",
            [(("troops_deployed", None, 9000, None), "Yonhap")],
        ),
        (
            "Budanov said North Korea would send more troops.\nBy mid-January, Pyongyang had sent 9,000 troops to "
            "Russia.",
            [(("troops_deployed", None, 9000, None), "Yonhap")],
        ),
        # troops told as sent by no one named, or North Korea told as a supplier providing them, is background
        (
            "Budanov said North Korea would send more troops.\nUp to 9,000 North Korean soldiers were deployed to "
            "the border region last year.",
            [(("troops_deployed", None, None, 9000), "Yonhap")],
        ),
        (
            "Budanov said North Korea would send more troops.\nNorth Korea has emerged as a key ally of Moscow, "
            "providing shells and 9,000 troops.",
            [(("troops_deployed", None, 9000, None), "Yonhap")],
        ),
        # a time before a line that names its own source, or before what another country did, is no background
        (
            "Budanov said North Korea would send more troops.\nSince March last year, North Korea has sent 9,000 "
            "troops to Russia, the NIS said.",
            [(("troops_deployed", None, 9000, None), "South Korea NIS")],
        ),
        (
            "Budanov said North Korea would send more troops.\nSince March last year, Russia has received 9,000 "
            "North Korean troops.",
            [(("troops_deployed", None, 9000, None), "Ukraine HUR")],
        ),
        # the troops told as sent by a source the line names are that source's
        (
            "Budanov said North Korea would send more troops.\nUp to 9,000 North Korean soldiers were deployed, "
            "the NIS said.",
            [(("troops_deployed", None, None, 9000), "South Korea NIS")],
        ),
    ],
)
def test_a_time_opening_a_background_line(text: str, expected: list[tuple[Row, str]]) -> None:
    found = article_claims(text, PUBLISHED, lang="en", outlet="The Korea Herald (Yonhap)").candidates
    assert [((c.metric, c.value_low, c.value_best, c.value_high), c.claimant) for c, _ in found] == expected


# --- "This information, provided by X": the origin of a relayed figure, named after it ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea has sent 2,000 more troops to Russia, according to South Korean lawmakers. This "
            "information, provided by the HUR during their visit to Kyiv, was shared with reporters.",
            [(("troops_deployed_additional", None, 2000, None), "Ukraine HUR")],
        ),
        (
            "North Korea has shipped 9,000 containers to Russia, Yonhap reported on Monday.\nThe figures given in "
            "the Defense Intelligence Agency report are twice those of February.",
            [(("containers_shipped", None, 9000, None), "South Korea DIA")],
        ),
        (
            "North Korea has shipped 9,000 containers to Russia, Yonhap reported. The tally came from the JCS.",
            [(("containers_shipped", None, 9000, None), "South Korea JCS")],
        ),
        # a figure an agency gave in its own name keeps it; a country named as the origin changes nothing
        (
            "The HUR said 300 North Korean soldiers were killed. The figure provided by the NIS is lower.",
            [(("killed", None, 300, None), "Ukraine HUR")],
        ),
        (
            "North Korea has shipped 9,000 containers to Russia, Yonhap reported. The figure provided by Seoul "
            "is twice that of February.",
            [(("containers_shipped", None, 9000, None), "Yonhap")],
        ),
    ],
)
def test_the_origin_of_a_relayed_figure(text: str, expected: list[tuple[Row, str | None]]) -> None:
    assert claimed(text, "en") == expected


# --- a newspaper's own reporting, and the agency it relays ---------------------------------------


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "The Financial Times reported that North Korea had delivered 40 multiple rocket launchers.",
            "Financial Times",
        ),
        ("North Korea has delivered 40 multiple rocket launchers, the FT reported.", "Financial Times"),
        # the body it relays is the claimant
        (
            "Citing Ukrainian military intelligence, the Financial Times reported that North Korea had delivered 40 "
            "multiple rocket launchers.",
            "Ukraine HUR",
        ),
        (
            "North Korea has delivered 40 multiple rocket launchers, the FT reported, citing the NIS.",
            "South Korea NIS",
        ),
        # a Ukrainian body named in an apposition gives the figure its head states
        (
            "Oleh Marchenko, head of the Centre for Countering Disinformation, said 250 North Korean soldiers were "
            "killed.",
            "Ukraine CCD",
        ),
        # "ft" in lower case is no newspaper
        ("North Korea has delivered 40 multiple rocket launchers, 30 ft long.", None),
    ],
)
def test_a_newspapers_own_reporting(text: str, claimant: str | None) -> None:
    assert {who for _, who in claimed(text, "en")} == {claimant}


# --- "Seoul's report suggests", "the HUR's latest analysis": a possessive on a report names its source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The NIS briefed lawmakers. The HUR said 500 North Korean soldiers were killed. Seoul's report suggests "
            "13,000 North Korean troops were sent.",
            [(("killed", None, 500, None), "Ukraine HUR"), (("troops_deployed", None, 13000, None), "South Korea NIS")],
        ),
        (
            "The NIS said 300 North Korean soldiers were killed. Some 1,000 North Korean soldiers have been wounded "
            "since the fighting began, by the Pentagon's latest calculations.",
            [(("killed", None, 300, None), "South Korea NIS"), (("wounded", None, 1000, None), "US Pentagon")],
        ),
        # two bodies of the country named: the country itself
        (
            "The NIS and the JCS briefed lawmakers. Seoul's report suggests 13,000 North Korean troops were sent.",
            [(("troops_deployed", None, 13000, None), "South Korea")],
        ),
        # a possessive on another noun names no source
        (
            "The NIS said 300 North Korean soldiers were killed. Russia's border regions saw 13,000 North Korean "
            "troops arrive.",
            [
                (("killed", None, 300, None), "South Korea NIS"),
                (("troops_deployed", None, 13000, None), "South Korea NIS"),
            ],
        ),
    ],
)
def test_a_possessive_on_a_report(text: str, expected: list[tuple[Row, str | None]]) -> None:
    assert claimed(text, "en") == expected


# --- "Remarks by Ambassador ...", "Statement by ...": a header names the speaker of the text under it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Remarks by Ambassador Dorothy Shea, Deputy Representative to the United Nations, at a Council meeting\n"
            "Thank you, Madam President. The DPRK has shipped more than 15,000 containers of munitions to Russia.",
            [(("containers_shipped", 15000, None, None), "US mission to the UN")],
        ),
        (
            "Statement by the Ministry of National Defense on the deployment\n"
            "We assess that North Korea has sent about 10,000 soldiers to Russia.",
            [(("troops_deployed", None, 10000, None), "South Korea MND")],
        ),
        (
            "Press briefing by the National Intelligence Service\nNorth Korea has sent about 10,000 troops to Russia.",
            [(("troops_deployed", None, 10000, None), "South Korea NIS")],
        ),
        (
            "Opening remarks as delivered by Vadym Skibitskyi\nAbout 1,000 North Korean soldiers were killed.",
            [(("killed", None, 1000, None), "Ukraine HUR")],
        ),
        # the occasion of the remarks is not their speaker
        (
            "Remarks by a visiting delegate at the annual conference hosted by the Pentagon\n"
            "About 1,000 North Korean soldiers were killed.",
            [(("killed", None, 1000, None), None)],
        ),
        # remarks named inside a sentence head no text
        (
            "The remarks by the NIS were ignored in Moscow.\nAbout 1,000 North Korean soldiers were killed, Kyiv said.",
            [(("killed", None, 1000, None), "Ukraine")],
        ),
        # a source the text names itself comes before the header's speaker
        (
            "Remarks by Ambassador Dorothy Shea\nThe NIS estimates that about 1,000 North Korean soldiers were killed.",
            [(("killed", None, 1000, None), "South Korea NIS")],
        ),
    ],
)
def test_a_header_of_remarks_names_their_speaker(text: str, expected: list[tuple[Row, str | None]]) -> None:
    assert claimed(text, "en") == expected


# --- "This, from the first report by ...": a report named as the source of what follows -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This, from the first assessment by the Pentagon, published on Monday.\n"
            "North Korea has sent about 11,000 troops to Russia.",
            [(("troops_deployed", None, 11000, None), "US Pentagon")],
        ),
        (
            "The details below are drawn from a new report by the Multilateral Sanctions Monitoring Team.\n"
            "North Korea has shipped over 9,000 containers of munitions to Russia.",
            [(("containers_shipped", 9000, None, None), "MSMT")],
        ),
        # a report named without being the source of the piece
        (
            "Moscow rejected the latest report of the Multilateral Sanctions Monitoring Team outright.\n"
            "North Korea has sent about 11,000 troops to Russia.",
            [(("troops_deployed", None, 11000, None), None)],
        ),
        # a source named later takes over
        (
            "This, from the first report by the MSMT.\nThe NIS said about 11,000 troops were sent to Russia.",
            [(("troops_deployed", None, 11000, None), "South Korea NIS")],
        ),
    ],
)
def test_a_report_named_as_the_source_of_the_piece(text: str, expected: list[tuple[Row, str | None]]) -> None:
    assert claimed(text, "en") == expected


# --- agencies by their official English names and the variants outlets write ----------------------


@pytest.mark.parametrize(
    ("name", "claimant"),
    [
        ("The Defense Intelligence Directorate of Ukraine", "Ukraine HUR"),
        ("Ukraine's Defence Intelligence Directorate", "Ukraine HUR"),
        ("The Main Intelligence Directorate of the Ministry of Defense of Ukraine", "Ukraine HUR"),
        ("The Main Directorate of Intelligence", "Ukraine HUR"),
        ("Ukraine's presidential office", "Ukraine presidency"),
        ("The Office of the Ukrainian President", "Ukraine presidency"),
        ("The Ministry of Defense of the Russian Federation", "Russia MoD"),
        # Britain's Defence Intelligence keeps its own name
        ("Defence Intelligence", "UK Defence Intelligence"),
        ("The UK's Defence Intelligence", "UK Defence Intelligence"),
    ],
)
def test_an_agency_by_its_official_english_name(name: str, claimant: str) -> None:
    text = f"{name} said 300 North Korean soldiers were killed."
    assert claimed(text, "en") == [(("killed", None, 300, None), claimant)]


# --- "Seoul's top military officials": a word of rank between a country's possessive and its agency


@pytest.mark.parametrize(
    ("name", "claimant"),
    [
        ("Seoul's top military officials", "South Korea JCS"),
        ("South Korea's senior defence ministry officials", "South Korea MND"),
        ("Ukraine's own military intelligence", "Ukraine HUR"),
        # a word of rank before another noun leaves the country
        ("Seoul's top general", "South Korea"),
        ("Seoul's military", "South Korea JCS"),
    ],
)
def test_a_word_of_rank_before_an_agency(name: str, claimant: str) -> None:
    text = f"{name} said 300 North Korean soldiers were killed."
    assert claimed(text, "en") == [(("killed", None, 300, None), claimant)]


# --- "the defence ministry of Japan": another country named after an agency's generic name --------


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The defence ministry of Japan said 300 North Korean soldiers were killed.", None),
        ("Military intelligence of Estonia said 300 North Korean soldiers were killed.", None),
        # the agency's own country after its name, or before it, as before
        ("The defence ministry of South Korea said 300 North Korean soldiers were killed.", "South Korea MND"),
        ("The UK defence ministry said 300 North Korean soldiers were killed.", "UK Defence Intelligence"),
        ("The defence ministry said 300 North Korean soldiers were killed.", "South Korea MND"),
    ],
)
def test_another_country_after_an_agencys_name(text: str, claimant: str | None) -> None:
    assert claimed(text, "en") == [(("killed", None, 300, None), claimant)]


# --- workers of foreign labour at large are not North Korea's ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moscow is hiring foreign nationals for its drone plants. It now wants 30,000 workers there.",
            [],
        ),
        (
            "Russia recruits citizens from other countries for its factories. In one zone it plans to have "
            "25,000 workers.",
            [],
        ),
        # North Korean workers named after the foreign labour are North Korea's again
        (
            "Russia recruits foreign workers for its factories. About 5,000 North Korean workers have arrived.",
            [("workers_deployed", None, 5000, None)],
        ),
        ("About 5,000 North Korean workers have arrived in Russia.", [("workers_deployed", None, 5000, None)]),
    ],
)
def test_workers_of_foreign_labour_at_large(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


# --- a headline's troops in one state, the body's in another: the body's statement ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 6,000 North Korean Troops Now In Russia, Pentagon Says\n"
            "The Pentagon said North Korea has sent about 6,000 soldiers to Russia.",
            [("troops_deployed", None, 6000, None)],
        ),
        # another number in the body, or two statements in the body, stay two claims
        (
            "About 6,000 North Korean Troops Now In Russia, Pentagon Says\n"
            "The Pentagon said North Korea has sent about 7,000 soldiers to Russia.",
            [("troops_present", None, 6000, None), ("troops_deployed", None, 7000, None)],
        ),
        (
            "About 6,000 North Korean troops are now in Russia, the Pentagon said. "
            "The Pentagon said North Korea has sent about 6,000 soldiers to Russia.",
            [("troops_present", None, 6000, None), ("troops_deployed", None, 6000, None)],
        ),
    ],
)
def test_a_headline_troop_state_yields_to_the_body(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected
