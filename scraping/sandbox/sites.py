"""A business directory (paginated listings, detail pages) and one small website per fictional business."""

from html import escape
from urllib.parse import urlencode

from scraping.sandbox.dataset import CATEGORIES, CITIES, Business, businesses, by_id, by_slug, search
from scraping.sandbox.layout import FILLER, json_ld, page, phone_png
from scraping.sandbox.server import Request, Response

LISTINGS_PER_PAGE = 5


def _city_slug(name: str) -> str:
    return name.lower().replace(" ", "-")


def directory_home(request: Request) -> Response:
    rows = []
    for city in CITIES:
        links = " ".join(
            f'<a class="category-link" href="/directory/{_city_slug(city.name)}/{key}">{escape(label)}</a>'
            for key, label, _ in CATEGORIES
        )
        rows.append(f'<li class="city"><h2>{escape(city.name)}</h2>{links}</li>')
    body = f'<h1>Sandbox Business Directory</h1><ul class="cities">{"".join(rows)}</ul>'
    return Response(200, page("Sandbox Business Directory", body))


def directory_search(request: Request, text: str = "") -> Response:
    """Free-text search (``/directory/search?q=pizza+toronto``, or ``/directory/<text>``): the listings matching
    every word, paginated like a city/category listing; a search that matches nothing says so (200, ``.no-results``)."""
    query = (request.query.get("q") or text.replace("+", " ")).strip()
    matches = search(query.replace("/", " "))
    if not matches:
        body = (
            f'<h1>Search: {escape(query)}</h1><p class="no-results">No listings match {escape(query)!s}.</p>'
            if query
            else '<h1>Search</h1><p class="no-results">Type what and where, e.g. "plumber toronto".</p>'
        )
        return Response(200, page(f"{query} - Directory", body))
    return _listing_page(request, matches, f"Search: {query}")


def directory_listing(request: Request, city_slug: str, category: str) -> Response:
    matches = [b for b in businesses() if _city_slug(b.city.name) == city_slug and b.category == category]
    if not matches:
        return Response(404, page("Not found", "<h1>No such listing</h1>"))
    return _listing_page(request, matches, "")


def _page_href(request: Request, number: int) -> str:
    """``?page=N``, keeping the rest of the query (a free-text search's ``q``)."""
    return escape("?" + urlencode({**{k: v for k, v in request.query.items() if k != "page"}, "page": number}))


def _listing_page(request: Request, matches: list[Business], heading: str) -> Response:
    try:
        number = max(1, int(request.query.get("page", "1")))
    except ValueError:
        number = 1
    pages = (len(matches) + LISTINGS_PER_PAGE - 1) // LISTINGS_PER_PAGE
    chunk = matches[(number - 1) * LISTINGS_PER_PAGE : number * LISTINGS_PER_PAGE]
    items = "".join(
        f'<li class="listing" data-listing-id="{b.id}"><a class="listing-name" href="/directory/listing/{b.id}">'
        f'{escape(b.name)}</a> <span class="listing-address">{escape(b.address)}</span> '
        f'<span class="listing-phone">{escape(b.phone_display)}</span></li>'
        for b in chunk
    )
    nav = []
    if number > 1:
        nav.append(f'<a rel="prev" class="prev" href="{_page_href(request, number - 1)}">Previous</a>')
    nav.append(f'<span class="current">Page {number} of {pages}</span>')
    if number < pages:
        nav.append(f'<a rel="next" class="next" href="{_page_href(request, number + 1)}">Next</a>')
    title = heading or f"{chunk[0].category_label if chunk else matches[0].category_label} in {matches[0].city.name}"
    body = f'<h1>{escape(title)}</h1><ul class="listings">{items}</ul><nav class="pagination">{" ".join(nav)}</nav>'
    return Response(200, page(f"{title} - Directory", body))


def directory_detail(request: Request, listing_id: str) -> Response:
    b = by_id().get(listing_id)
    if b is None:
        return Response(404, page("Not found", "<h1>No such listing</h1>"))
    website = f'<a class="website" href="/sites/{b.slug}/" rel="nofollow">Visit website</a>' if b.has_website else ""
    body = (
        f'<article class="business"><h1>{escape(b.name)}</h1><p class="category">{escape(b.category_label)}</p>'
        f'<p class="address">{escape(b.address)}</p><p class="phone">Phone: {escape(b.phone_display)}</p>'
        f'<p><a href="tel:{b.phone_e164}">Call now</a> {website}</p>'
        f"<p>Rated {b.rating} by {b.reviews} customers.</p></article>"
    )
    return Response(200, page(f"{b.name} - Directory", body))


def _nav(b: Business) -> str:
    base = b.site_path
    items = [("", "Home" if not b.german else "Start"), ("about", "About" if not b.german else "Über uns")]
    items.append(("contact", "Contact" if not b.german else "Kontakt"))
    if b.german:
        items.append(("impressum", "Impressum"))
    links = "".join(f'<a href="{base}{path}">{label}</a> ' for path, label in items)
    return f'<header><a class="brand" href="{base}">{escape(b.name)}</a><nav>{links}</nav></header>'


def _footer(b: Business, *, phone: bool) -> str:
    phone_text = f" · {'Telefon' if b.german else 'Call us'}: {escape(b.phone_display)}" if phone else ""
    return (
        f"<footer><p>{escape(b.name)} · {escape(b.address)}{phone_text}</p>"
        f'<p><a href="https://www.facebook.com/{b.slug}">Facebook</a> '
        f'<a href="https://www.instagram.com/{b.slug.replace("-", "")}">Instagram</a></p></footer>'
    )


def _site_page(
    b: Business, title: str, main: str, *, footer_phone: bool = False, ld: bool = False, description: str = ""
) -> Response:
    head = json_ld(b, url=f"https://{b.domain}/") if ld else ""
    if description:
        head += f'<meta name="description" content="{escape(description)}">'
    body = f"{_nav(b)}<main>{main}</main>{_footer(b, phone=footer_phone)}"
    return Response(200, page(f"{title} | {b.name}", body, lang=b.city.language, head=head))


def _business(slug: str) -> Business | None:
    b = by_slug().get(slug)
    return b if b is not None and b.has_website else None


def site(request: Request, slug: str, rest: str) -> Response:
    b = _business(slug)
    if b is None:
        return Response(404, page("Not found", "<h1>There is no website here</h1>"))
    rest = rest.strip("/")
    if rest == "":
        return _home(b)
    if rest in ("about", "ueber-uns"):
        about = (
            f"<h1>{'Über uns' if b.german else 'About us'}</h1><p>{escape(b.name)} is a {b.category_label.lower()} "
            f"in {escape(b.city.name)}. {FILLER}</p>"
        )
        return _site_page(b, "About", about)
    if rest in ("contact", "kontakt"):
        return _contact(b)
    if rest == "impressum" and b.german:
        impressum = (
            "<h1>Impressum</h1><p>Angaben gemäß § 5 TMG</p>"
            f"<p>{escape(b.name)}<br>{escape(b.address)}</p>"
            f"<p>Telefon: {escape(b.phone_display)}<br>E-Mail: {escape(b.email)}</p>"
        )
        return _site_page(b, "Impressum", impressum)
    if rest == "phone.png":
        return Response(200, phone_png(f"Call {b.phone_display}"), "image/png")
    if rest.startswith("private"):
        return _site_page(b, "Staff", "<h1>Staff only</h1><p>Rota and supplier price list.</p>")
    if rest == "sitemap.xml":
        paths = ["", "about", "contact"] + (["impressum"] if b.german else [])
        urls = "".join(f"<url><loc>{b.site_path}{p}</loc></url>" for p in paths)
        xml = f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
        return Response(200, xml.encode(), "application/xml")
    return Response(404, page("Not found", f"{_nav(b)}<h1>Page not found</h1>"))


def _home(b: Business) -> Response:
    shown = b.phone_on_home
    phone = ""
    if shown == "tel_link":
        phone = f'<p class="call"><a href="tel:{b.phone_e164}">{escape(b.phone_display)}</a></p>'
    elif shown == "image":
        phone = f'<p><img src="{b.site_path}phone.png" alt="{"Rufen Sie uns an" if b.german else "Call us"}"></p>'
    welcome = "Willkommen bei" if b.german else "Welcome to"
    main = f"<h1>{welcome} {escape(b.name)}</h1>{phone}<p>{FILLER}</p><p>{escape(', '.join(b.hours))}</p>"
    # The site says what the business is (issue 24): the demo's enrichment describes a listing from its own site.
    about = f"{b.name} is a {b.category_label.lower()} in {b.city.name}. Visit us at {b.address}."
    return _site_page(b, "Home", main, footer_phone=shown == "text", ld=int(b.id[:4], 16) % 2 == 0, description=about)


def _contact(b: Business) -> Response:
    label = "Kontakt" if b.german else "Contact us"
    main = (
        f"<h1>{label}</h1><p>{escape(b.address)}</p>"
        f'<p>{"Telefon" if b.german else "Phone"}: <a href="tel:{b.phone_e164}">{escape(b.phone_display)}</a></p>'
        f'<p>E-mail: <a href="mailto:{b.email}">{escape(b.email)}</a></p>'
        '<form class="contact-form" method="post"><input name="name"><textarea name="message"></textarea>'
        "<button>Send</button></form>"
    )
    return _site_page(b, label, main)


def robots_lines() -> list[str]:
    return [f"Disallow: {b.site_path}private" for b in businesses() if b.has_website and b.disallow_private]
