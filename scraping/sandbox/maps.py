"""A maps-like site: consent interstitial, search with a results feed that loads more on scroll, place pages.

Shaped like the real thing (a ``role="feed"`` list of ``role="article"`` cards, place pages whose phone sits in a
``tel:`` link, an ``aria-label``ed copy button, visible text, JSON-LD and an image) without copying its markup.
"""

from html import escape
from urllib.parse import quote, urlencode

from scraping.sandbox.dataset import Business, by_id, search_area
from scraping.sandbox.layout import json_ld, page, phone_png
from scraping.sandbox.server import Request, Response

CONSENT_COOKIE = "SANDBOX_CONSENT"
PAGE_SIZE = 10

_FEED_SCRIPT = """
<script>
(function () {
  const feed = document.querySelector('[role="feed"]');
  if (!feed) return;
  let loading = false;
  feed.addEventListener('scroll', async function () {
    if (loading || feed.dataset.done === '1') return;
    if (feed.scrollTop + feed.clientHeight < feed.scrollHeight - 40) return;
    loading = true;
    feed.querySelector('.feed-loading').hidden = false;
    const start = feed.querySelectorAll('[role="article"]').length;
    const response = await fetch('/maps/search/more?' + feed.dataset.area + '&start=' + start);
    const html = await response.text();
    feed.querySelector('.feed-loading').insertAdjacentHTML('beforebegin', html);
    feed.querySelector('.feed-loading').hidden = true;
    if (response.headers.get('X-End-Of-List') === '1') {
      feed.dataset.done = '1';
      feed.querySelector('.end-of-list').hidden = false;
    }
    loading = false;
  });
})();
</script>
"""

_STYLE = """<style>
.feed{height:600px;overflow-y:auto;border:1px solid #ccc}
.place-card{height:110px;border-bottom:1px solid #eee;padding:6px;position:relative}
.place-link{position:absolute;inset:0}
.consent{position:fixed;inset:0;background:#fff;padding:3em}
</style>"""


def has_consent(request: Request) -> bool:
    return request.cookies.get(CONSENT_COOKIE) in ("yes", "no")


def consent_redirect(request: Request) -> Response:
    return Response(302, b"", headers=[("Location", "/maps/consent?" + urlencode({"continue": request.target}))])


def consent_page(request: Request) -> Response:
    target = request.query.get("continue") or "/maps/"
    hidden = f'<input type="hidden" name="continue" value="{escape(target)}">'
    body = (
        '<div class="consent" role="dialog" aria-label="Before you continue to Sandbox Maps">'
        "<h1>Before you continue to Sandbox Maps</h1>"
        "<p>We use cookies and data to deliver and maintain our services. Choose whether to accept.</p>"
        f'<form action="/maps/consent/save" method="get">{hidden}<input type="hidden" name="choice" value="no">'
        '<button type="submit" aria-label="Reject all">Reject all</button></form>'
        f'<form action="/maps/consent/save" method="get">{hidden}<input type="hidden" name="choice" value="yes">'
        '<button type="submit" aria-label="Accept all">Accept all</button></form></div>'
    )
    return Response(200, page("Before you continue", body, head=_STYLE))


def consent_save(request: Request) -> Response:
    choice = "yes" if request.query.get("choice") == "yes" else "no"
    target = request.query.get("continue") or "/maps/"
    if not target.startswith("/maps"):
        target = "/maps/"
    cookie = f"{CONSENT_COOKIE}={choice}; Path=/; Max-Age=31536000; SameSite=Lax"
    return Response(302, b"", headers=[("Location", target), ("Set-Cookie", cookie)])


def _search_box(query: str = "") -> str:
    return (
        '<form id="searchbox" action="/maps/search" method="get" role="search">'
        f'<input id="searchboxinput" name="q" value="{escape(query)}" aria-label="Search Sandbox Maps" '
        'autocomplete="off"><button id="searchbox-searchbutton" type="submit" aria-label="Search">Search</button>'
        "</form>"
    )


def home(request: Request) -> Response:
    body = f'<header><h1>Sandbox Maps</h1>{_search_box()}</header><div role="main" aria-label="Map"></div>'
    return Response(200, page("Sandbox Maps", body, head=_STYLE))


def _card(b: Business, index: int) -> str:
    phone = f'<span class="card-phone">{escape(b.phone_display)}</span>' if index % 3 == 0 else ""
    return (
        f'<div role="article" class="place-card" aria-label="{escape(b.name)}" data-place-id="{b.id}" '
        f'data-lat="{b.lat}" data-lng="{b.lng}">'
        f'<a class="place-link" href="/maps/place/{b.id}/{quote(b.slug)}" aria-label="{escape(b.name)}"></a>'
        f'<div class="place-name">{escape(b.name)}</div>'
        f'<span class="place-rating" role="img" aria-label="{b.rating} stars {b.reviews} Reviews">'
        f"{b.rating} ({b.reviews})</span>"
        f'<div class="place-meta"><span class="place-category">{escape(b.category_label)}</span> · '
        f'<span class="place-address">{escape(b.address.split(",")[0])}</span> {phone}</div></div>'
    )


def _area(request: Request) -> tuple[tuple[float, float] | None, float | None]:
    """``ll=lat,lng`` and ``radius_km=`` narrow a search to an area (how grid searches get past the cap)."""
    try:
        lat, lng = (float(v) for v in request.query["ll"].split(","))
        near = (lat, lng)
    except (KeyError, ValueError):
        return None, None
    try:
        radius = float(request.query["radius_km"])
    except (KeyError, ValueError):
        radius = None
    return near, radius


def _results(request: Request) -> list[Business]:
    near, radius = _area(request)
    return search_area(request.query.get("q", ""), near=near, radius_km=radius)


def unusual_traffic(request: Request) -> Response:
    """The "unusual traffic" captcha a platform shows a client it has blocked (status 429)."""
    body = (
        '<div id="captcha-form" role="dialog" aria-label="Unusual traffic">'
        "<h1>Our systems have detected unusual traffic from your computer network</h1>"
        "<p>To continue, please show that you are not a robot.</p>"
        '<form action="/maps/sorry" method="post"><div class="captcha-challenge">[captcha]</div>'
        '<button type="submit">Continue</button></form></div>'
    )
    return Response(429, page("Sorry…", body, head=_STYLE), headers=[("Retry-After", "3600")])


def search_page(request: Request) -> Response:
    if request.query.get("blocked") == "1":  # lets tests and the demo show a blocked task
        return Response(302, b"", headers=[("Location", "/maps/sorry?" + urlencode({"continue": request.target}))])
    query = request.query.get("q", "").strip()
    results = _results(request)
    first = results[:PAGE_SIZE]
    cards = "".join(_card(b, i) for i, b in enumerate(first))
    done = "1" if len(results) <= PAGE_SIZE else "0"
    if not results:
        feed = f'<div class="no-results">Sandbox Maps can\'t find {escape(query)}</div>'
    else:
        feed = (
            f'<div role="feed" class="feed" aria-label="Results for {escape(query)}" data-query="{escape(query)}" '
            f'data-area="{escape(_area_query(request))}" '
            f'data-done="{done}">{cards}<div class="feed-loading" hidden>Loading…</div>'
            f'<p class="end-of-list" {"" if done == "1" else "hidden"}>You\'ve reached the end of the list.</p>'
            "</div>"
        )
    body = f'<header><h1>Sandbox Maps</h1>{_search_box(query)}</header><div role="main">{feed}</div>{_FEED_SCRIPT}'
    return Response(200, page(f"{query} - Sandbox Maps", body, head=_STYLE))


def _area_query(request: Request) -> str:
    keep = {k: v for k, v in request.query.items() if k in ("q", "ll", "radius_km")}
    return urlencode(keep)


def search_more(request: Request) -> Response:
    try:
        start = max(0, int(request.query.get("start", "0")))
    except ValueError:
        return Response(400, b"start must be a number", "text/plain")
    results = _results(request)
    chunk = results[start : start + PAGE_SIZE]
    end = "1" if start + PAGE_SIZE >= len(results) else "0"
    html = "".join(_card(b, start + i) for i, b in enumerate(chunk)).encode()
    return Response(200, html, headers=[("X-End-Of-List", end)])


def place_page(request: Request, place_id: str) -> Response:
    b = by_id().get(place_id)
    if b is None:
        return Response(404, page("Not found", "<h1>This place does not exist</h1>"))
    website = (
        f'<a data-item-id="authority" class="info-row" href="/sites/{b.slug}/" aria-label="Website: {b.domain}">'
        f'<div class="info-text">{b.domain}</div></a>'
        if b.has_website
        else ""
    )
    hours = "".join(f"<li>{escape(h)}</li>" for h in b.hours)
    body = (
        f'<div role="main" aria-label="{escape(b.name)}" data-place-id="{b.id}">'
        f'<h1 class="place-title">{escape(b.name)}</h1>'
        f'<div class="place-rating"><span aria-label="{b.rating} stars">{b.rating}</span> '
        f'<span aria-label="{b.reviews} reviews">({b.reviews})</span></div>'
        f'<button class="place-category" type="button">{escape(b.category_label)}</button>'
        '<div class="place-actions">'
        f'<a class="action-call" href="tel:{b.phone_e164}" aria-label="Call phone number">Call</a>'
        f'<button type="button" aria-label="Send {escape(b.name)} to your phone">Send to phone</button></div>'
        '<div class="place-info" role="region" aria-label="Information">'
        f'<button class="info-row" data-item-id="address" aria-label="Address: {escape(b.address)} ">'
        f'<div class="info-text">{escape(b.address)}</div></button>{website}'
        f'<button class="info-row" data-item-id="phone:tel:{b.phone_e164}" aria-label="Phone: {b.phone_display} " '
        f'data-tooltip="Copy phone number"><div class="info-text">{b.phone_display}</div></button>'
        f'<ul class="place-hours" aria-label="Hours">{hours}</ul></div>'
        f'<img class="place-photo" src="/maps/place/{b.id}/phone.png" alt="Storefront sign of {escape(b.name)}">'
        f"{json_ld(b, url=f'https://{b.domain}/')}</div>"
    )
    return Response(200, page(f"{b.name} - Sandbox Maps", body, head=_STYLE))


def place_image(request: Request, place_id: str) -> Response:
    b = by_id().get(place_id)
    if b is None:
        return Response(404, b"", "text/plain")
    return Response(200, phone_png(f"Call {b.phone_display}"), "image/png", [("Cache-Control", "max-age=3600")])
