"""The platform recipes Insight ships, as data (loaded by a migration; admins edit them afterwards).

Selectors follow the sites' public page structure as far as it is known, with fallbacks where class names are
generated and rotate. Each field's selectors are tried in order; ``attribute`` may list alternatives ``a|b``;
``:scope`` reads the item element itself. ``blocked`` marks captcha / login walls, ``no_results`` an empty search.
"""

_SEARCH_ENGINE_ITEMS = {"selectors": ["li.b_algo", "div.result", "div.g"]}
_SEARCH_ENGINE_FIELDS = {
    "name": {"selectors": ["h2 a", "a.result__a", ".result__title a", "h3"], "attribute": "text"},
    # Links are unwrapped by the runner (Bing's ck/a?u=a1…, DuckDuckGo's /l/?uddg=…, Google's /url?q=…).
    "url": {"selectors": ["h2 a", "a.result__a", ".result__title a", "a[href^='http']"], "attribute": "href"},
    "description": {
        "selectors": ["div.b_caption p", "a.result__snippet", ".result__snippet", "div.VwiC3b"],
        "attribute": "text",
    },
}
# Bing's "One last step" (div.captcha + Turnstile), Google's /sorry/ page, DuckDuckGo's anomaly check.
_SEARCH_ENGINE_BLOCKED = {
    "url_contains": ["/sorry/"],
    "selectors": [
        "#captcha-form",
        "form[action*='sorry']",
        "div.captcha",
        "#turnstile-widget",
        "form#challenge-form",
        "div.anomaly-modal__modal",
        "form[action*='anomaly']",
    ],
}
# A site's own bot check (Cloudflare, PerimeterX, DataDome, a reCAPTCHA / hCaptcha frame).
_BOT_WALL_SELECTORS = [
    "form#challenge-form",
    "#cf-challenge-running",
    "div.cf-browser-verification",
    "#px-captcha",
    "iframe[src*='captcha-delivery.com']",
    "iframe[src*='recaptcha']",
    "iframe[src*='hcaptcha.com']",
]
SITE_URL = r"^https?://(?!([a-z0-9-]+\.)*(duckduckgo\.com|bing\.com|google\.[a-z.]+|yahoo\.com)([/:?#]|$))"
# Only these links of a site: search are items (a profile or company page; not posts, reels, groups or events).
LINKEDIN_COMPANY_URL = r"^https?://([a-z]{2,3}\.)?(www\.)?linkedin\.com/company/[^/?#]+/?(about/?)?([?#].*)?$"
FACEBOOK_PAGE_URL = (
    r"^https?://([a-z-]+\.)?facebook\.com/(?!(groups|events|watch|reel|reels|posts|photo|photos|videos|marketplace"
    r"|story\.php|permalink\.php|share|sharer|hashtag|login|help|gaming|stories|media|notes|public|search)([/?#.]|$))"
    r"[A-Za-z0-9.\-]+/?(\?(id=\d+)?[^/]*)?$"
)
INSTAGRAM_PROFILE_URL = (
    r"^https?://(www\.)?instagram\.com/(?!(p|reel|reels|explore|stories|tv|accounts|about|legal|direct|developer)"
    r"([/?#]|$))[A-Za-z0-9._]{1,30}/?([?#].*)?$"
)
X_PROFILE_URL = (
    r"^https?://(www\.|mobile\.)?(x|twitter)\.com/(?!(i|home|search|explore|hashtag|intent|share|settings|login"
    r"|messages|notifications|tos|privacy)([/?#]|$))[A-Za-z0-9_]{1,15}/?([?#].*)?$"
)


def _blocked(url_contains: list[str], selectors: list[str] = ()) -> dict:
    """A site's login / bot walls, plus the search engine's own bot checks (the search runs there first)."""
    return {
        "url_contains": [*url_contains, *_SEARCH_ENGINE_BLOCKED["url_contains"]],
        "selectors": [*selectors, *_SEARCH_ENGINE_BLOCKED["selectors"]],
    }


def _profile_items(url_pattern: str) -> dict:
    return {**_SEARCH_ENGINE_ITEMS, "url_pattern": url_pattern}


# Area searches (a task's ``area`` filter), one per cell: Maps centres its view on ``@lat,lng,zoomz``.
GOOGLE_MAPS_GRID = {
    "url_template": "https://www.google.com/maps/search/{query}/@{lat},{lng},{zoom}z?hl=en",
    "cell_km": 2,
}


def sandbox_maps_grid(sandbox_base: str) -> dict:
    area = "ll={lat},{lng}&radius_km={radius_km}"
    return {"url_template": f"{sandbox_base.rstrip('/')}/maps/search?q={{query}}&{area}", "cell_km": 2}


def _site_search(site: str) -> dict:
    return {"url_template": f"https://www.bing.com/search?q=site%3A{site}+{{query}}"}


def recipes(sandbox_base: str = "http://127.0.0.1:8001") -> list[dict]:
    sandbox_base = sandbox_base.rstrip("/")
    maps_phone = {
        "selectors": ["button[data-item-id^='phone:tel:']", "a[href^='tel:']", "[data-tooltip='Copy phone number']"],
        "attribute": "data-item-id|href|text",
        "regex": r"(?:phone:)?(?:tel:)?(\+?[\d\s().-]{7,})",
    }
    maps_detail = {
        "link_field": "url",
        "wait_for": {"selectors": ["h1.DUwDvf", "h1.place-title", "h1"]},
        "fields": {
            "name": {"selectors": ["h1.DUwDvf", "h1.place-title", "h1"]},
            "phone": maps_phone,
            "website": {
                "selectors": ["a[data-item-id='authority']", "a[aria-label^='Website']"],
                "attribute": "href",
            },
            # 2026: .info-text is gone and the button's text starts with an icon glyph (dropped by the runner).
            "address": {
                "selectors": ["button[data-item-id='address'] .info-text", "button[data-item-id='address']"],
                "attribute": "text|aria-label",
                "regex": r"^(?:Address:\s*)?(.+)$",
            },
            "category": {"selectors": ["button.DkEaL", "button.place-category", "button[jsaction*='category']"]},
            "rating": {
                "selectors": ["div.F7nice span[role='img'][aria-label*='star']", "div.F7nice span[aria-hidden='true']"],
                "attribute": "aria-label|text",
                "clean": "decimal",
            },
            "reviews": {
                "selectors": [
                    "div.F7nice span[role='img'][aria-label*='review']",
                    "div.F7nice span[aria-label*='review']",
                    "div.F7nice > span + span",
                ],
                "attribute": "aria-label|text",
                "clean": "integer",
            },
            "hours": {
                "selectors": [
                    "table.eK4R0e",
                    "div.t39EBf table",
                    "div[aria-label*='open hours'] table",
                    ".place-hours",
                ],
                "attribute": "rows",
            },
            "price_level": {
                "selectors": ["span[aria-label^='Price: ']", "span[aria-label^='Price ']", ".place-price"],
                "attribute": "aria-label|text",
                "regex": r"^(?:Price:?\s*)?(.+)$",
            },
            "plus_code": {
                "selectors": ["button[data-item-id='oloc']", ".place-plus-code"],
                "attribute": "text|aria-label",
                "regex": r"^(?:Plus code:\s*)?(.+)$",
            },
        },
        # Empty fields, and the place id, cid and coordinates, from the place URL and the place JSON in the page.
        "page_data": "google_maps",
    }
    return [
        {
            "slug": "google_maps",
            "name": "Google Maps",
            "runner": "browser",
            "description": "Places from a Google Maps search, with the phone, website and address of each place page.",
            "definition": {
                "search": {
                    "url_template": "https://www.google.com/maps/search/{query}?hl=en",
                    "grid": GOOGLE_MAPS_GRID,
                },
                "consent": {"selectors": ["button[aria-label='Accept all']", "form[action*='consent'] button"]},
                "wait_for": {"selectors": ["div[role='feed']", "h1.DUwDvf"]},
                "no_results": {"selectors": ["div.Q2vNVc", "div[role='feed'] + div .fontBodyMedium"]},
                "blocked": {"url_contains": ["/sorry/"], "selectors": ["#captcha-form", "form[action*='sorry']"]},
                "items": {
                    "selectors": [
                        "div[role='feed'] > div > div[jsaction]",
                        "div[role='feed'] div[role='article']",
                        "div[role='article']",  # a results list without its feed (a saved fragment, a narrow layout)
                    ]
                },
                "fields": {
                    "name": {
                        "selectors": ["div.fontHeadlineSmall", "div.qBF1Pd", "a.hfpxzc"],
                        "attribute": "text|aria-label",
                    },
                    "url": {"selectors": ["a.hfpxzc", "a[href*='/maps/place/']"], "attribute": "href"},
                    "category": {"selectors": ["div.W4Efsd > div.W4Efsd > span:first-child > span"]},
                    "phone": {"selectors": ["span.UsdlK", "a[href^='tel:']"], "attribute": "text|href"},
                    "rating": {
                        "selectors": ["span.MW4etd", "span[role='img'][aria-label*='star']"],
                        "attribute": "text|aria-label",
                        "clean": "decimal",
                    },
                    "reviews": {
                        "selectors": ["span.UY7F9", "span[role='img'][aria-label*='eview']"],
                        "attribute": "text|aria-label",
                        "regex": r"(\d[\d,.\u202f ]*)\)?\s*(?:[Rr]eviews?)?\s*$",
                        "clean": "integer",
                    },
                },
                # The place id (leads are deduplicated by it), cid and coordinates from each card's place link.
                "page_data": "google_maps",
                "pagination": {
                    "mode": "scroll",
                    "container": ["div[role='feed']"],
                    "end_selectors": ["span.HlvSq", "p.fontBodyMedium > span > span"],
                    "max_pages": 20,
                },
                "detail": maps_detail,
            },
        },
        {
            "slug": "linkedin_company",
            "name": "LinkedIn (public company pages)",
            "runner": "browser",
            "description": "Public LinkedIn company pages from a web search; a login wall counts as blocked.",
            "definition": {
                "search": _site_search("linkedin.com%2Fcompany"),
                "blocked": _blocked(["/authwall", "/checkpoint/", "/login"]),
                "items": _profile_items(LINKEDIN_COMPANY_URL),
                "fields": _SEARCH_ENGINE_FIELDS,
                "detail": {
                    "link_field": "url",
                    # The guest page's "about" rows (dt/dd), then its JSON-LD Organization (page_data).
                    "fields": {
                        "name": {"selectors": ["h1.top-card-layout__title", "h1"]},
                        "website": {
                            "selectors": [
                                "div[data-test-id='about-us__website'] a",
                                "a[data-tracking-control-name='about_website']",
                                "dt:-soup-contains('Website') + dd a",
                            ],
                            "attribute": "href",
                        },
                        "category": {
                            "selectors": [
                                "div[data-test-id='about-us__industry'] dd",
                                "div[data-test-id='about-us__industries'] dd",
                                "dt:-soup-contains('Industr') + dd",
                            ]
                        },
                        "size": {
                            "selectors": [
                                "div[data-test-id='about-us__size'] dd",
                                "dt:-soup-contains('Company size') + dd",
                            ]
                        },
                        "address": {
                            "selectors": [
                                "div[data-test-id='about-us__headquarters'] dd",
                                "dt:-soup-contains('Headquarters') + dd",
                            ]
                        },
                        "description": {
                            "selectors": ["p[data-test-id='about-us__description']", "meta[name='description']"],
                            "attribute": "text|content",
                        },
                    },
                    "page_data": "json_ld",
                },
            },
        },
        {
            "slug": "facebook_page",
            "name": "Facebook (public pages)",
            "runner": "browser",
            "description": "Public Facebook pages found by a web search (the login wall counts as blocked).",
            "definition": {
                "search": _site_search("facebook.com"),
                "consent": {
                    "selectors": ["div[aria-label='Allow all cookies'][role='button']", "button[data-cookiebanner]"]
                },
                "blocked": _blocked(["/login", "/checkpoint/"]),
                "items": _profile_items(FACEBOOK_PAGE_URL),
                "fields": _SEARCH_ENGINE_FIELDS,
                "detail": {
                    "link_field": "url",
                    # Visible page first; the rest (likes, followers, category, the bio) parsed from its meta data.
                    "fields": {
                        "name": {"selectors": ["h1"]},
                        "bio": {"selectors": ["div[data-pagelet='ProfileTileIntro'] span", "div#pages_side_column p"]},
                        "phone": {"selectors": ["a[href^='tel:']"], "attribute": "href|text"},
                        "website": {
                            "selectors": ["a[href*='l.facebook.com/l.php']", "a[rel~='nofollow'][href^='http']"],
                            "attribute": "href",
                        },
                    },
                    "page_data": "social_meta",
                },
            },
        },
        {
            "slug": "instagram_profile",
            "name": "Instagram (public profiles)",
            "runner": "browser",
            "description": "Public Instagram profiles found by a web search: name, handle, followers and bio.",
            "definition": {
                "search": _site_search("instagram.com"),
                "blocked": _blocked(["/accounts/login", "/challenge/"]),
                "items": _profile_items(INSTAGRAM_PROFILE_URL),
                "fields": _SEARCH_ENGINE_FIELDS,
                "detail": {
                    "link_field": "url",
                    # Visible header first; name, handle, followers, following, posts and bio from its meta data.
                    "fields": {
                        "name": {"selectors": ["header section h2 + div span", "header section span[dir='auto']"]},
                        "bio": {"selectors": ["header section h1", "header section div[dir='auto'] > span"]},
                        "website": {"selectors": ["header section a[href*='l.instagram.com']"], "attribute": "href"},
                    },
                    "page_data": "social_meta",
                },
            },
        },
        {
            "slug": "x_profile",
            "name": "X (public profiles)",
            "runner": "browser",
            "description": "Public X profiles found by a web search: name, bio, location and website.",
            "definition": {
                "search": _site_search("x.com"),
                "blocked": _blocked(["/i/flow/login", "/account/access"]),
                "items": _profile_items(X_PROFILE_URL),
                "fields": _SEARCH_ENGINE_FIELDS,
                "detail": {
                    "link_field": "url",
                    "wait_for": {"selectors": ["div[data-testid='UserName']", "meta[property='og:title']"]},
                    "fields": {
                        "name": {
                            "selectors": ["div[data-testid='UserName'] span", "meta[property='og:title']"],
                            "attribute": "text|content",
                        },
                        "bio": {"selectors": ["div[data-testid='UserDescription']"]},
                        "location": {"selectors": ["span[data-testid='UserLocation']"]},
                        "website": {"selectors": ["a[data-testid='UserUrl']"], "attribute": "href"},
                    },
                    "page_data": "social_meta",
                },
            },
        },
        {
            "slug": "business_directory",
            "name": "Business directory (generic)",
            "runner": "http",
            "description": "A Yellow-Pages-style directory: listings with name, phone and address, paginated.",
            "definition": {
                "search": {"url_template": "https://www.yellowpages.com/search?search_terms={query}"},
                "blocked": {"selectors": _BOT_WALL_SELECTORS},
                "items": {"selectors": ["div.result", "div.v-card", "li.listing", "[itemtype*='LocalBusiness']"]},
                "fields": {
                    "name": {"selectors": ["a.business-name", "h2 a", "a.listing-name", "[itemprop='name']"]},
                    "url": {"selectors": ["a.business-name", "h2 a", "a.listing-name"], "attribute": "href"},
                    "phone": {"selectors": ["div.phones", ".listing-phone", "[itemprop='telephone']"]},
                    "address": {"selectors": ["div.adr", ".listing-address", "[itemprop='address']"]},
                },
                "pagination": {"mode": "next_link", "next_selectors": ["a.next", "a[rel='next']"], "max_pages": 5},
                "detail": {
                    "link_field": "url",
                    "fields": {
                        "website": {
                            "selectors": ["a.website-link", "a[itemprop='url']", "a.website"],
                            "attribute": "href",
                        },
                        "category": {"selectors": ["div.categories a", "p.category"]},
                    },
                },
            },
        },
        {
            "slug": "website",
            "name": "Websites (generic)",
            "runner": "http",
            "description": "Business websites from a web search; contacts from each site's own pages.",
            "definition": {
                "search": {"url_template": "https://html.duckduckgo.com/html/?q={query}"},
                "blocked": {
                    "url_contains": _SEARCH_ENGINE_BLOCKED["url_contains"],
                    "selectors": _SEARCH_ENGINE_BLOCKED["selectors"] + _BOT_WALL_SELECTORS,
                },
                "no_results": {"selectors": ["div.no-results", ".result--no-result", "li.b_no"]},
                # A result is a business's site: not the search engine's own pages (its ads, its other searches).
                "items": {"selectors": ["div.result", "li.b_algo"], "url_pattern": SITE_URL},
                "fields": {
                    "name": {"selectors": ["a.result__a", ".result__title a", "h2 a"]},
                    "url": {"selectors": ["a.result__a", ".result__title a", "h2 a"], "attribute": "href"},
                    "description": {"selectors": ["a.result__snippet", ".result__snippet", "div.b_caption p"]},
                },
                "detail": {
                    "link_field": "url",
                    "fields": {
                        "name": {"selectors": ["meta[property='og:site_name']", "title"], "attribute": "content|text"},
                        "description": {"selectors": ["meta[name='description']"], "attribute": "content"},
                    },
                },
            },
        },
        {
            "slug": "sandbox_maps",
            "name": "Sandbox Maps (offline demo)",
            "runner": "browser",
            "description": "The local sandbox's maps site, for tests and the demo (needs ALLOW_PRIVATE_URLS).",
            "definition": {
                "search": {
                    "url_template": f"{sandbox_base}/maps/search?q={{query}}",
                    "grid": sandbox_maps_grid(sandbox_base),
                },
                "consent": {"selectors": ["button[aria-label='Accept all']", "div[role='dialog'] button"]},
                "wait_for": {"selectors": ["div[role='feed']", ".no-results"]},
                "no_results": {"selectors": [".no-results"]},
                "blocked": {"url_contains": ["/maps/sorry"], "selectors": ["#captcha-form"]},
                "items": {"selectors": ["div[role='feed'] > div[role='article']", "div[data-place-id]"]},
                "fields": {
                    "platform_id": {"selectors": [":scope[data-place-id]"], "attribute": "data-place-id"},
                    "name": {
                        "selectors": ["div.fontHeadlineSmall", ".place-name", "a.place-link"],
                        "attribute": "text|aria-label",
                    },
                    "url": {"selectors": ["a.hfpxzc", "a.place-link", "a[href*='/maps/place/']"], "attribute": "href"},
                    "category": {"selectors": [".place-category"]},
                    "address": {"selectors": [".place-address"]},
                },
                "pagination": {
                    "mode": "scroll",
                    "container": ["div[role='feed']"],
                    "end_selectors": ["p.end-of-list"],
                    "max_pages": 10,
                },
                "detail": maps_detail,
            },
        },
        {
            "slug": "sandbox_directory",
            "name": "Sandbox directory (offline demo)",
            "runner": "http",
            "description": "The sandbox's business directory, searched with free text, e.g. 'plumber toronto'.",
            "definition": {
                "search": {"url_template": f"{sandbox_base}/directory/search?q={{query}}"},
                "no_results": {"selectors": [".no-results"]},
                "items": {"selectors": ["li.listing", "[data-listing-id]"]},
                "fields": {
                    "platform_id": {"selectors": [":scope[data-listing-id]"], "attribute": "data-listing-id"},
                    "name": {"selectors": ["a.listing-name", "h2 a"]},
                    "url": {"selectors": ["a.listing-name", "h2 a"], "attribute": "href"},
                    "phone": {"selectors": [".listing-phone", "[itemprop='telephone']"]},
                    "address": {"selectors": [".listing-address", "[itemprop='address']"]},
                },
                "pagination": {"mode": "next_link", "next_selectors": ["a[rel='next']", "a.next"], "max_pages": 5},
                "detail": {
                    "link_field": "url",
                    "fields": {
                        "category": {"selectors": ["p.category", "div.categories a"]},
                        "website": {"selectors": ["a.website", "a.website-link"], "attribute": "href"},
                    },
                },
            },
        },
    ]
