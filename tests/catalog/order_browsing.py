"""A buyer's way through the shop in a real browser, shared by the browser tests of orders:
adding to the cart, and the checkout's address (the `market` fixture is in conftest.py)."""


def add_to_cart(page, server, product, quantity):
    page.goto(f"{server.url}{product.get_absolute_url()}")
    page.fill("form.add-to-cart input[name=quantity]", str(quantity))
    with page.expect_navigation():
        page.click("form.add-to-cart button[type=submit]")


def choose(page, name, value):
    """Pick `value` in a select once the script has filled it in."""
    page.wait_for_selector(f"select[name={name}] option[value='{value}']", state="attached")
    page.select_option(f"select[name={name}]", value)


def fill_address(page):
    """The contact and a Bojonegoro address, chosen level by level from the Kemendagri lists."""
    page.fill("input[name=name]", "Rina Wulandari")
    page.fill("input[name=email]", "rina@example.com")
    page.fill("input[name=phone]", "0812 3456 7890")
    choose(page, "province_code", "35")
    choose(page, "regency_code", "35.22")
    choose(page, "district_code", "35.22.01")
    choose(page, "village_code", "35.22.01.2001")
    assert page.input_value("input[name=postal_code]") == "62165"
    page.fill("input[name=street]", "Jl. Diponegoro 12, RT 02/RW 03")
