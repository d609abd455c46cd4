"""Background tasks of the search app.

django-tasks runs them at once in dev and tests, in a worker in production.
"""

from django_tasks import task


@task()
def index_products_task(product_ids: list[int]) -> int:
    """Re-index a batch of products after the transaction that changed them committed."""
    from search.indexing import update_products

    return update_products(product_ids)
