"""Background tasks of the search app.

django-tasks runs them at once in dev and tests, in a worker in production.
Arguments are JSON: product ids, and "kind:id" keys for autocomplete entries.
"""

from django_tasks import task


@task()
def index_products_task(product_ids: list[int]) -> int:
    """Re-index a batch of products after the transaction that changed them committed."""
    from search.indexing import update_products

    return update_products(product_ids)


@task()
def update_suggestions_task(keys: list[str]) -> int:
    """Refresh the autocomplete entries of categories and villages ("category:12")."""
    from search.indexing import update_suggestions

    return update_suggestions(keys)
