"""50 buyers check out at once for a product with 10 units (PostgreSQL).

Each thread is one buyer's browser: its own session and basket, through the real
checkout views and the real placement code (ATOMIC_REQUESTS, OrderCreator, the
conditional UPDATE of shop/order/allocation.py). Run with TOX_PARALLEL_ENV=D and
DATABASE_URL pointing at PostgreSQL.
"""

import threading

import pytest
from django.db import connection, connections
from django.test import Client

from shop.address.abstract_models import thailand
from shop.order import status
from tests.checkout.builders import (
    Order,
    StockRecord,
    build_enterprise,
    build_product,
    place_order,
    ready_to_place,
)

BUYERS = 50
UNITS = 10

pytestmark = [
    pytest.mark.postgres,
    # Committed data (the threads have their own connections); migration data (sites,
    # Wagtail's root) restored, as every transactional test here does (tests/conftest.py).
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_fifty_concurrent_checkouts_sell_exactly_the_ten_units_in_stock():
    # Given a product with 10 units and 50 guests, each at the preview with 1 in the basket
    thailand()
    product = build_product(build_enterprise(), stock=UNITS)
    record = StockRecord.objects.get(product=product)
    clients = []
    for number in range(BUYERS):
        client = Client()
        ready_to_place(client, product, 1, email=f"buyer{number}@example.com")
        clients.append(client)

    # When they all press "place order" at the same moment
    start = threading.Barrier(BUYERS)
    outcomes = [None] * BUYERS
    lowest_seen = []
    running = threading.Event()
    running.set()

    def buyer(index):
        try:
            start.wait()
            outcomes[index] = place_order(clients[index])["Location"]
        finally:
            connections.close_all()

    def watch_stock():
        # What another buyer's page would read while the orders are being placed.
        try:
            while running.is_set():
                row = StockRecord.objects.filter(pk=record.pk).values_list(
                    "num_in_stock", "num_allocated"
                )[0]
                lowest_seen.append(row[0] - (row[1] or 0))
        finally:
            connections.close_all()

    watcher = threading.Thread(target=watch_stock)
    watcher.start()
    threads = [threading.Thread(target=buyer, args=(index,)) for index in range(BUYERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    running.clear()
    watcher.join()

    # Then exactly 10 orders wait for payment, one unit each, and nothing is oversold
    orders = Order.objects.filter(status__in=[status.PENDING_PAYMENT, status.PAID])
    assert orders.count() == UNITS
    assert Order.objects.count() == UNITS
    record.refresh_from_db()
    assert record.num_allocated == UNITS
    assert record.num_in_stock - record.num_allocated == 0
    assert min(lowest_seen) >= 0
    # 10 buyers went on to pay, the other 40 were sent back to their basket
    paying = [location for location in outcomes if "/basket/" not in location]
    assert len(paying) == UNITS
    assert outcomes.count("/shop/basket/") == BUYERS - UNITS
    assert connection.vendor == "postgresql"


def test_a_double_click_arriving_twice_at_once_places_one_order():
    # Given a guest at the preview, whose browser sends "place order" twice at once
    thailand()
    product = build_product(build_enterprise(), stock=UNITS)
    first = Client()
    ready_to_place(first, product, 2)
    second = Client()
    second.cookies = first.cookies  # the same browser: same session, same basket

    start = threading.Barrier(2)
    outcomes = []

    def click(client):
        try:
            start.wait()
            outcomes.append(place_order(client)["Location"])
        finally:
            connections.close_all()

    threads = [threading.Thread(target=click, args=(client,)) for client in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    # Then one order holds 2 units, and both clicks lead to its payment page
    order = Order.objects.get()
    assert StockRecord.objects.get(product=product).num_allocated == 2
    assert len(outcomes) == 2
    assert all(order.number in location for location in outcomes)
