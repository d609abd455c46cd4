# Production image: gunicorn serving Django; static files collected at build time.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=shop.settings.production

RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext fonts-thai-tlwg \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml README.md ./
RUN pip install --no-cache-dir -e ".[production]"
COPY . .
# collectstatic needs a key and hosts only to import settings; nothing is served here.
RUN DJANGO_SECRET_KEY=build DJANGO_ALLOWED_HOSTS=build python manage.py collectstatic --no-input

RUN useradd --system --uid 1000 chumchon && mkdir -p /app/var/media && chown -R chumchon /app/var
USER chumchon
EXPOSE 8000
CMD ["gunicorn", "shop.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--timeout", "60"]
