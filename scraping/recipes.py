"""The shape of a platform recipe, and the errors that make one unusable, named by field path."""

from typing import Any

from insight.patterns import pattern_error
from scraping.runner.fields import CLEANS, compile_selector
from scraping.runner.grid import grid_definition_errors
from scraping.runner.page_data import PAGE_DATA_KINDS

RUNNERS = ("browser", "http", "api")
PAGINATION_MODES = ("none", "scroll", "next_link", "url_page")


def _selector_errors(path: str, selectors: Any) -> list[str]:
    if isinstance(selectors, str):
        selectors = [selectors]
    if not isinstance(selectors, list) or not selectors:
        return [f"{path}: give one CSS selector or a list of them, tried in order."]
    errors = []
    for index, selector in enumerate(selectors):
        where = f"{path}[{index}]"
        if not isinstance(selector, str) or not selector.strip():
            errors.append(f"{where}: a selector must be a non-empty string.")
            continue
        try:
            compile_selector(selector)  # as the runner compiles it (cssselect to XPath)
        except Exception as exc:  # cssselect's syntax and expression errors, lxml's XPath errors
            errors.append(f"{where}: {selector!r} is not a valid CSS selector ({exc}).")
    return errors


def _field_errors(path: str, fields: Any) -> list[str]:
    if not isinstance(fields, dict) or not fields:
        return [f'{path}: give at least one field, e.g. {{"name": {{"selectors": ["h3"]}}}}.']
    errors = []
    for name, spec in fields.items():
        where = f"{path}.{name}"
        if not isinstance(spec, dict):
            errors.append(f"{where}: a field is an object with 'selectors' and optional 'attribute' and 'regex'.")
            continue
        errors += _selector_errors(f"{where}.selectors", spec.get("selectors"))
        attribute = spec.get("attribute", "text")
        if not isinstance(attribute, str) or not attribute:
            errors.append(f"{where}.attribute: use 'text', 'html' or an attribute name such as 'href'.")
        if "regex" in spec and spec["regex"] is not None and (problem := pattern_error(spec["regex"])):
            errors.append(f"{where}.regex: {problem}")
        if spec.get("clean") is not None and spec["clean"] not in CLEANS:
            errors.append(f"{where}.clean: use one of {', '.join(CLEANS)}.")
    return errors


def recipe_definition_errors(runner: str, definition: Any) -> list[str]:
    """Every reason this recipe cannot run, as 'path: message' lines; empty when it is usable."""
    if runner not in RUNNERS:
        return [f"runner: use one of {', '.join(RUNNERS)}."]
    if runner == "api":
        return [
            "runner: 'api' recipes cannot run yet: no scrape task can read one (for a JSON API, use a monitor "
            "source). Choose 'browser' or 'http'."
        ]
    if not isinstance(definition, dict):
        return ["definition: a recipe is a JSON object."]
    errors: list[str] = []
    search = definition.get("search")
    if not isinstance(search, dict):
        errors.append("search: say how to search, with 'url_template' or 'start_url' plus 'search_box'.")
    else:
        template = search.get("url_template")
        if template is not None:
            if not isinstance(template, str) or "{query}" not in template:
                errors.append("search.url_template: must be a URL containing {query}.")
            elif not template.startswith(("http://", "https://")):
                errors.append("search.url_template: must start with http:// or https://.")
        elif search.get("start_url") and search.get("search_box"):
            errors += _selector_errors("search.search_box", search["search_box"])
        else:
            errors.append("search: give 'url_template', or 'start_url' with 'search_box'.")
        if "grid" in search:
            errors += grid_definition_errors(search["grid"])
    if runner == "api":
        return errors
    items = definition.get("items")
    if not isinstance(items, dict):
        errors.append('items: say where the result items are, e.g. {"selectors": ["div.result"]}.')
    else:
        errors += _selector_errors("items.selectors", items.get("selectors"))
        if items.get("url_pattern") is not None and (problem := pattern_error(items["url_pattern"])):
            errors.append(f"items.url_pattern: {problem}")
    errors += _field_errors("fields", definition.get("fields"))
    for key in ("consent", "wait_for"):
        if key in definition:
            errors += _selector_errors(f"{key}.selectors", (definition[key] or {}).get("selectors"))
    pagination = definition.get("pagination", {"mode": "none"})
    mode = pagination.get("mode", "none") if isinstance(pagination, dict) else None
    if mode not in PAGINATION_MODES:
        errors.append(f"pagination.mode: use one of {', '.join(PAGINATION_MODES)}.")
    elif mode == "next_link":
        errors += _selector_errors("pagination.next_selectors", pagination.get("next_selectors"))
    if isinstance(pagination, dict) and "max_pages" in pagination:
        max_pages = pagination["max_pages"]
        if not isinstance(max_pages, int) or not 1 <= max_pages <= 500:
            errors.append("pagination.max_pages: a whole number from 1 to 500.")
    if definition.get("page_data") is not None and definition["page_data"] not in PAGE_DATA_KINDS:
        errors.append(f"page_data: use one of {', '.join(PAGE_DATA_KINDS)}.")
    detail = definition.get("detail")
    if isinstance(detail, dict) and detail.get("page_data") is not None and detail["page_data"] not in PAGE_DATA_KINDS:
        errors.append(f"detail.page_data: use one of {', '.join(PAGE_DATA_KINDS)}.")
    if detail is not None:
        if not isinstance(detail, dict):
            errors.append("detail: an object with 'link_field' and 'fields'.")
        else:
            if detail.get("link_field") not in (definition.get("fields") or {}):
                errors.append("detail.link_field: must name one of the item fields (the link to open).")
            errors += _field_errors("detail.fields", detail.get("fields"))
    return errors
