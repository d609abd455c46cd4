"""Relevance metrics and the judged query set of ``data/relevance.json``.

Judgements grade a product 3 (exactly what was asked), 2 (clearly relevant)
or 1 (partially relevant); a product not listed is irrelevant. Two standard
measures over the first ``k`` (10) results:

* :func:`recall_at` is plain recall: the share of *all* judged-relevant
  products (grade 1 or more) that appear in the top ``k``. It is not capped by
  ``min(k, relevant)``, so the judged set keeps every query at ``k`` relevant
  products or fewer (``test_relevance`` checks it) and 1.0 stays reachable.
* :func:`ndcg_at` is normalised discounted cumulative gain with the usual
  exponential gain ``2**grade - 1`` and ``log2(rank + 1)`` discount; the ideal
  ranking is the judgements sorted by grade, so a perfect score needs the
  grade-3 products above the grade-2 ones above the grade-1 ones.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

#: The judged set: {"about": [...], "queries": [{query, kind, judgements, note?}]}.
JUDGEMENTS_FILE = Path(__file__).resolve().parent / "data" / "relevance.json"
#: Kinds of query the set mixes (the per-kind means are reported in this order).
KINDS = (
    "thai",
    "english",
    "partial",
    "romanised",
    "misspelt",
    "province",
    "village",
    "certification",
    "category",
)
#: Grades a judgement may give.
GRADES = (1, 2, 3)
#: Depth of the measures: the first page a shopper sees.
K = 10


@dataclass(frozen=True)
class JudgedQuery:
    """One judged query: its text, kind and {UPC: grade} of the relevant products."""

    query: str
    kind: str
    judgements: Mapping[str, int]
    note: str = ""


@dataclass(frozen=True)
class Scored:
    """How one ranking did on one judged query."""

    judged: JudgedQuery
    #: UPCs of the first results, in rank order.
    ranking: tuple[str, ...]
    recall: float
    ndcg: float


def load_judgements(path: Path = JUDGEMENTS_FILE) -> list[JudgedQuery]:
    """The judged queries of ``path``, in file order."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        JudgedQuery(
            query=item["query"],
            kind=item["kind"],
            judgements=dict(item["judgements"]),
            note=item.get("note", ""),
        )
        for item in data["queries"]
    ]


def recall_at(ranking: Sequence[str], judgements: Mapping[str, int], k: int = K) -> float:
    """Share of the relevant products (grade >= 1) found in the first ``k`` results."""
    relevant = {key for key, grade in judgements.items() if grade >= 1}
    if not relevant:
        raise ValueError("recall is undefined for a query without relevant products")
    return len(relevant.intersection(ranking[:k])) / len(relevant)


def dcg(grades: Iterable[int]) -> float:
    """Discounted cumulative gain of grades in rank order (rank 1 first)."""
    return sum((2**grade - 1) / math.log2(rank + 1) for rank, grade in enumerate(grades, 1))


def ndcg_at(ranking: Sequence[str], judgements: Mapping[str, int], k: int = K) -> float:
    """nDCG of the first ``k`` results against the ideal order of the judgements."""
    ideal = dcg(sorted((g for g in judgements.values() if g > 0), reverse=True)[:k])
    if ideal == 0:
        raise ValueError("nDCG is undefined for a query without relevant products")
    return dcg(judgements.get(key, 0) for key in ranking[:k]) / ideal


def score(judged: JudgedQuery, ranking: Sequence[str], k: int = K) -> Scored:
    """Both measures of one ranking (UPCs in rank order) for one judged query."""
    return Scored(
        judged=judged,
        ranking=tuple(ranking[:k]),
        recall=recall_at(ranking, judged.judgements, k),
        ndcg=ndcg_at(ranking, judged.judgements, k),
    )


def mean(values: Iterable[float]) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def means_by_kind(scored: Sequence[Scored]) -> dict[str, tuple[int, float, float]]:
    """{kind: (queries, mean recall, mean nDCG)} in :data:`KINDS` order."""
    groups: dict[str, list[Scored]] = defaultdict(list)
    for item in scored:
        groups[item.judged.kind].append(item)
    return {
        kind: (
            len(groups[kind]),
            mean(s.recall for s in groups[kind]),
            mean(s.ndcg for s in groups[kind]),
        )
        for kind in KINDS
        if groups[kind]
    }


def summary(backend: str, scored: Sequence[Scored]) -> str:
    """Overall and per-kind means, one line each."""
    lines = [
        f"relevance on {backend}: {len(scored)} queries, "
        f"mean recall@{K} {mean(s.recall for s in scored):.3f}, "
        f"mean nDCG@{K} {mean(s.ndcg for s in scored):.3f}"
    ]
    for kind, (count, recall, ndcg) in means_by_kind(scored).items():
        lines.append(f"  {kind:<14} {count:>3} queries  recall {recall:.3f}  nDCG {ndcg:.3f}")
    return "\n".join(lines)


def table(scored: Sequence[Scored], only_imperfect: bool = False) -> str:
    """Per query: recall, nDCG, the query and its top results (relevant ones with
    their grade, ``-`` for an irrelevant one), worst first, so a regression shows
    which query and which product moved."""
    rows = sorted(scored, key=lambda s: (s.ndcg + s.recall, s.judged.query))
    lines = [f"{'recall':>6} {'nDCG':>5}  {'kind':<13} query -> top {K} (UPC:grade)"]
    for item in rows:
        if only_imperfect and item.recall == 1 and item.ndcg >= 0.999:
            continue
        grades = item.judged.judgements
        top = " ".join(
            f"{upc.removeprefix('DEMO-')}:{grades.get(upc, '-')}" for upc in item.ranking
        )
        missing = sorted(set(grades) - set(item.ranking))
        lines.append(
            f"{item.recall:6.2f} {item.ndcg:5.2f}  {item.judged.kind:<13} "
            f"{item.judged.query!r} -> {top or '(nothing)'}"
            + (f"  missing {' '.join(u.removeprefix('DEMO-') for u in missing)}" if missing else "")
        )
    return "\n".join(lines)
