"""Grid (area) search: one query over an area becomes several searches of smaller cells, because a maps search
shows a capped number of places (Maps about 120, the sandbox 60). Cells are squares of ``cell_km`` covering the
circle of ``radius_km`` around the centre, searched centre first, ring by ring; each cell is searched with the
radius of the circle around its square, so neighbouring cells overlap a little and nothing between them is missed.
"""

import math
import re
from dataclasses import dataclass
from typing import Any

KM_PER_DEGREE_LAT = 110.574
KM_PER_DEGREE_LNG_AT_EQUATOR = 111.320
MAX_RADIUS_KM = 100.0
MIN_CELL_KM, MAX_CELL_KM = 0.2, 50.0
MAX_CELLS = 400  # one task × platform never searches more cells than this
DEFAULT_CELL_KM = 2.0
GRID_PLACEHOLDERS = ("query", "page", "lat", "lng", "radius_km", "zoom")
_MAP_WIDTH_PX = 1000  # how wide a browser's map view is, for the {zoom} of a cell


@dataclass(frozen=True)
class Cell:
    """One search of a grid: its centre, the radius that covers its square, its place in the order."""

    index: int
    ring: int
    lat: float
    lng: float
    radius_km: float
    cell_km: float

    def zoom(self) -> int:
        """The web-map zoom level whose view (``_MAP_WIDTH_PX`` wide) still shows the whole cell."""
        metres_per_px_at_zoom_0 = 156543.03392 * math.cos(math.radians(self.lat))
        zoom = math.floor(math.log2(metres_per_px_at_zoom_0 * _MAP_WIDTH_PX / (self.cell_km * 1000)))
        return max(3, min(21, zoom))

    def placeholders(self) -> dict[str, str]:
        return {
            "lat": f"{self.lat:.5f}",
            "lng": f"{self.lng:.5f}",
            "radius_km": f"{self.radius_km:.3f}".rstrip("0").rstrip("."),
            "zoom": str(self.zoom()),
        }

    def describe(self) -> str:
        return f"{self.lat:.5f},{self.lng:.5f} r {self.radius_km:.2f} km"


def _offsets(radius_km: float, cell_km: float) -> list[tuple[int, int]]:
    """Grid steps (east, north) of the squares that touch the circle, centre first, then ring by ring."""
    reach = math.ceil(radius_km / cell_km - 0.5)
    half = cell_km / 2
    found = []
    for i in range(-reach, reach + 1):
        for j in range(-reach, reach + 1):
            # the point of the square nearest the centre of the circle
            nearest_x = max(abs(i * cell_km) - half, 0.0)
            nearest_y = max(abs(j * cell_km) - half, 0.0)
            if math.hypot(nearest_x, nearest_y) <= radius_km:
                found.append((i, j))
    # centre out; within a ring, counter-clockwise from the east, so the order never depends on anything else
    return sorted(found, key=lambda o: (max(abs(o[0]), abs(o[1])), math.atan2(o[1], o[0]) % (2 * math.pi)))


def cell_count(radius_km: float, cell_km: float) -> int:
    """How many cells cover the circle; for a grid far past any cap, the lower bound (circle area / cell area)."""
    side = 2 * math.ceil(radius_km / cell_km - 0.5) + 1
    if side * side > 100 * MAX_CELLS:
        return math.ceil(math.pi * (radius_km / cell_km) ** 2)
    return len(_offsets(radius_km, cell_km))


def grid_cells(lat: float, lng: float, radius_km: float, cell_km: float) -> list[Cell]:
    """The cells covering the circle, in search order; at most ``MAX_CELLS`` (validation refuses more)."""
    offsets = _offsets(radius_km, cell_km)[:MAX_CELLS]
    km_per_lng = KM_PER_DEGREE_LNG_AT_EQUATOR * max(math.cos(math.radians(lat)), 0.01)
    cell_radius = cell_km * math.sqrt(2) / 2
    return [
        Cell(
            index=index,
            ring=max(abs(i), abs(j)),
            lat=max(-90.0, min(90.0, lat + j * cell_km / KM_PER_DEGREE_LAT)),
            lng=(lng + i * cell_km / km_per_lng + 180.0) % 360.0 - 180.0,
            radius_km=cell_radius,
            cell_km=cell_km,
        )
        for index, (i, j) in enumerate(offsets)
    ]


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def grid_definition_errors(grid: Any, path: str = "search.grid") -> list[str]:
    """Problems of a recipe's ``search.grid`` section, as 'path: message' lines."""
    if not isinstance(grid, dict):
        return [f'{path}: an object, e.g. {{"url_template": "...?q={{query}}&ll={{lat}},{{lng}}", "cell_km": 2}}.']
    errors = []
    unknown = sorted(set(grid) - {"url_template", "cell_km", "max_cells"})
    if unknown:
        errors.append(f"{path}: unknown key(s) {', '.join(unknown)}; use url_template, cell_km, max_cells.")
    template = grid.get("url_template")
    if not isinstance(template, str) or not template.startswith(("http://", "https://")):
        errors.append(f"{path}.url_template: a URL starting with http:// or https://.")
    else:
        used = set(re.findall(r"\{(\w+)\}", template))
        if not {"query", "lat", "lng"} <= used:
            errors.append(f"{path}.url_template: must contain {{query}}, {{lat}} and {{lng}}.")
        strange = sorted(used - set(GRID_PLACEHOLDERS))
        if strange:
            allowed = ", ".join(f"{{{p}}}" for p in GRID_PLACEHOLDERS)
            errors.append(f"{path}.url_template: unknown placeholder(s) {strange}; use {allowed}.")
    if "cell_km" in grid and not (_number(grid["cell_km"]) and MIN_CELL_KM <= grid["cell_km"] <= MAX_CELL_KM):
        errors.append(f"{path}.cell_km: a number of kilometres from {MIN_CELL_KM:g} to {MAX_CELL_KM:g}.")
    max_cells = grid.get("max_cells", MAX_CELLS)
    if not isinstance(max_cells, int) or isinstance(max_cells, bool) or not 1 <= max_cells <= MAX_CELLS:
        errors.append(f"{path}.max_cells: a whole number from 1 to {MAX_CELLS}.")
    return errors


def area_errors(
    area: Any, *, cell_km: float = DEFAULT_CELL_KM, max_cells: int = MAX_CELLS, path: str = "area"
) -> list[str]:
    """Problems of a task's ``area`` filter ({lat, lng, radius_km, optional cell_km}), as 'path: message' lines;
    ``cell_km`` is the recipe's cell size, used when the filter gives none."""
    if not isinstance(area, dict):
        return [f"{path}: an object with lat, lng and radius_km (and optionally cell_km)."]
    errors = []
    unknown = sorted(set(area) - {"lat", "lng", "radius_km", "cell_km"})
    if unknown:
        errors.append(f"{path}: unknown key(s) {', '.join(unknown)}; use lat, lng, radius_km, cell_km.")
    for key, low, high in (("lat", -90.0, 90.0), ("lng", -180.0, 180.0)):
        if not (_number(area.get(key)) and low <= area[key] <= high):
            errors.append(f"{path}.{key}: a number of degrees from {low:g} to {high:g}.")
    radius = area.get("radius_km")
    if not (_number(radius) and 0 < radius <= MAX_RADIUS_KM):
        errors.append(f"{path}.radius_km: a number of kilometres above 0 and at most {MAX_RADIUS_KM:g}.")
    cell = area.get("cell_km", cell_km)
    if not (_number(cell) and MIN_CELL_KM <= cell <= MAX_CELL_KM):
        errors.append(f"{path}.cell_km: a number of kilometres from {MIN_CELL_KM:g} to {MAX_CELL_KM:g}.")
    if not errors:
        count = cell_count(radius, cell)
        if count > max_cells:
            errors.append(
                f"{path}: a {radius:g} km radius in {cell:g} km cells makes {count} searches; at most {max_cells}. "
                "Use a smaller radius_km or a larger cell_km."
            )
    return errors


def area_cells(definition: dict, area: dict | None) -> list[Cell] | None:
    """The cells a recipe searches for a task's area; None when the recipe or the task has no grid search.
    Raises ValueError for an area the recipe cannot search (out of range, too many cells)."""
    grid = (definition.get("search") or {}).get("grid")
    if not grid or not area:
        return None
    default_cell_km, max_cells = grid.get("cell_km", DEFAULT_CELL_KM), grid.get("max_cells", MAX_CELLS)
    errors = area_errors(area, cell_km=default_cell_km, max_cells=max_cells, path="filters.area")
    if errors:  # task_create refuses these; a task saved another way fails with the same words
        raise ValueError("; ".join(errors))
    return grid_cells(area["lat"], area["lng"], area["radius_km"], area.get("cell_km", default_cell_km))
