"""The Thailand Post rate table: a data file, checked when read, priced by weight band."""

from decimal import Decimal

import pytest

from shop.shipping.rates import DEFAULT_FILE, EMS, REGISTERED, RateTableError, load, rate_table


@pytest.fixture
def table():
    return load(DEFAULT_FILE)


def write(tmp_path, text):
    path = tmp_path / "rates.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_rate_table_loads_with_both_services():
    # given the rate table shipped with the shop
    # when it is read the way the shop reads it
    table = rate_table()
    # then it offers EMS and registered parcel, each from the lightest band up
    assert table.services == [EMS, REGISTERED]
    for service in table.services:
        weights = [band.max_weight_grams for band in table.bands[service]]
        assert weights == sorted(weights)


@pytest.mark.parametrize(
    ("grams", "price"),
    [(1, "32.00"), (20, "32.00"), (21, "37.00"), (500, "52.00"), (501, "67.00"),
     (1000, "67.00"), (20000, "717.00")],
)  # fmt: skip
def test_an_ems_parcel_costs_the_first_band_its_weight_does_not_exceed(table, grams, price):
    # given the shipped table; when a parcel of exactly a band's limit or one gram more
    quote = table.quote(EMS, grams)
    # then the limit stays in its band and one gram more moves to the next
    assert quote.charge == Decimal(price)
    assert quote.parcels == 1


def test_a_registered_parcel_is_priced_from_its_own_bands(table):
    assert table.quote(REGISTERED, 500).charge == Decimal("35.00")
    assert table.quote(REGISTERED, 501).charge == Decimal("45.00")


def test_a_shipment_above_the_largest_band_is_split_into_parcels(table):
    # given 45 kg of goods by EMS, whose largest band is 20 kg
    # when it is quoted
    quote = table.quote(EMS, 45_000)
    # then it goes as two full 20 kg parcels and one 5 kg parcel
    assert quote.parcels == 3
    assert quote.charge == 2 * Decimal("717.00") + Decimal("217.00")


def test_exactly_twice_the_largest_band_is_two_full_parcels(table):
    quote = table.quote(EMS, 40_000)
    assert (quote.parcels, quote.charge) == (2, Decimal("1434.00"))


def test_rows_can_be_edited_without_code_and_comments_are_ignored(tmp_path):
    # given an operator's file with new prices, comments and blank lines
    path = write(
        tmp_path,
        "# checked 2027-01-05 on thailandpost.co.th\n"
        "service,max_weight_grams,price_thb\n\nems,1000,70\nems,2000,99.50\n"
        "registered,2000,60\n",
    )
    # when it is read
    table = load(path)
    # then its prices are used
    assert table.quote(EMS, 1500).charge == Decimal("99.50")
    assert table.quote(REGISTERED, 2500).parcels == 2


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("weight,price\nems,20,32\n", "line 1: the header must be"),
        ("service,max_weight_grams,price_thb\nems,20,32\nkerry,20,40\n",
         "line 3: unknown service 'kerry'"),
        ("service,max_weight_grams,price_thb\nems,20kg,32\n", "line 2: max_weight_grams '20kg'"),
        ("service,max_weight_grams,price_thb\nems,20,๓๒ บาท\n", "line 2: price '๓๒ บาท'"),
        ("service,max_weight_grams,price_thb\nems,20,32.005\n", "line 2: price '32.005'"),
        ("service,max_weight_grams,price_thb\nems,20,-1\n", "line 2: price '-1'"),
        ("service,max_weight_grams,price_thb\nems,100,37\nems,20,32\n",
         "line 3: ems bands must go from the lightest up"),
        ("service,max_weight_grams,price_thb\nems,20,37\nems,100,32\n",
         "line 3: a heavier ems band costs less"),
        ("service,max_weight_grams,price_thb\n# only comments\n", "no rates"),
        ("service,max_weight_grams,price_thb\nems,20\n", "line 2: expected 3 values"),
    ],
)  # fmt: skip
def test_a_wrong_rate_file_is_refused_naming_the_line(tmp_path, text, message):
    # given a rate file with a mistake; when it is read
    path = write(tmp_path, text)
    with pytest.raises(RateTableError) as error:
        load(path)
    # then the error names the file and what is wrong where
    assert message in str(error.value)
    assert str(path) in str(error.value)


def test_manage_py_check_reports_a_broken_rate_file(tmp_path, settings):
    # given an operator's edit that left a price unreadable
    from shop.shipping.checks import check_rate_table

    settings.SHOP_SHIPPING_RATES_FILE = str(
        write(tmp_path, "service,max_weight_grams,price_thb\nems,20,32\nems,100,abc\n")
    )
    # when the system checks run (manage.py check, runserver, deploy)
    errors = check_rate_table()
    # then one error names the line, and the shipped file has none
    assert [error.id for error in errors] == ["shop.shipping.E001"]
    assert "line 3: price 'abc'" in errors[0].msg
    settings.SHOP_SHIPPING_RATES_FILE = ""
    assert check_rate_table() == []
