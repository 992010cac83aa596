"""The place evidence on its own: the gazetteer and the words around a name."""

from __future__ import annotations

from psassist.checks.analysis import Entity
from psassist.checks.place_names import PlacesInText, fold, gazetteer, is_place


def _is_place(text: str, name: str, entities: list[Entity] | None = None) -> bool:
    start = text.index(name)
    places = PlacesInText(text, entities or [])
    return is_place(text, start, start + len(name), places, introduced_as_person=False)


def test_the_gazetteer_holds_states_and_provinces_but_not_given_names() -> None:
    names = gazetteer()
    assert {"haryana", "punjab", "sindh", "lagos", "sao paulo"} <= names
    assert not {"maria", "ahmed", "mona", "fatima"} & names


def test_fold_drops_accents_and_case() -> None:
    assert fold("São  Paulo") == "sao paulo"


def test_place_words_make_a_place_and_person_words_do_not() -> None:
    assert _is_place("a farmer from Haryana was admitted", "Haryana")
    assert _is_place("the patient came from the state of Bihar", "Bihar")
    assert _is_place("he was admitted from Ogun State", "Ogun")
    assert _is_place("she had travelled from Giza, Egypt, by bus", "Giza")
    assert not _is_place("a call from Maria woke me", "Maria")
    assert not _is_place("the wife of Ahmed sat by the bed", "Ahmed")
    assert not _is_place("I returned to Ahmed and told him", "Ahmed")


def test_a_gazetteer_name_needs_a_place_preposition() -> None:
    assert _is_place("The nearest neurologist was in Mymensingh.", "Mymensingh")
    assert not _is_place("I often think of Paul.", "Paul")
    assert not _is_place("Later, Jordan asked me to stay.", "Jordan")


def test_a_name_tagged_as_a_place_elsewhere_counts_with_a_place_preposition() -> None:
    text = "Giza is hot. Dengue spread across Giza."
    second = text.rindex("Giza")
    tagged = PlacesInText(text, [Entity(0, 4, "GPE", "Giza")])
    untagged = PlacesInText(text, [Entity(0, 4, "PERSON", "Giza")])
    assert "giza" not in gazetteer()
    assert is_place(text, second, second + 4, tagged, introduced_as_person=False)
    assert not is_place(text, second, second + 4, untagged, introduced_as_person=False)
