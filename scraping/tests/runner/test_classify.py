from scraping.runner.classify import BUSINESS, INDIVIDUAL, Classification, classify, passes_filters


def test_a_storefront_is_a_business_with_its_category():
    result = classify({"name": "Blue Heron Plumbing Co.", "address": "12 King St"}, has_website=True)
    assert result.lead_class == BUSINESS
    assert result.category == "plumber"


def test_a_student_profile_is_an_individual():
    result = classify({"name": "Sam Example", "bio": "CS student at University of Example, class of 2027"})
    assert result.lead_class == INDIVIDUAL


def test_the_recipe_category_wins_over_guessing():
    assert classify({"name": "Orchard Café", "category": "Coffee shop"}).category == "Coffee shop"


def test_filters_drop_items_and_say_why():
    person = Classification(INDIVIDUAL, "", ())
    shop = Classification(BUSINESS, "Plumber", ())
    assert passes_filters({"lead_class": "business"}, classification=person, phones=["+1"], location_text="")
    assert passes_filters({"has_phone": True}, classification=shop, phones=[], location_text="") == "no phone number"
    assert (
        passes_filters({"category": "plumber", "has_phone": True}, classification=shop, phones=["+1"], location_text="")
        == ""
    )
    assert "category" in passes_filters({"category": "dentist"}, classification=shop, phones=[], location_text="")
