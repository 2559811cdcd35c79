"""``manage.py extract <url-or-file>``: print the contact details the extraction engine finds on one page."""

import json
import pathlib

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from scraping.extraction import extract_page
from scraping.extraction.engine import FAST_LAYERS
from scraping.extraction.fetching import HttpxFetcher
from scraping.extraction.page import NotHtmlError
from scraping.selectors import extraction_config


class Command(BaseCommand):
    help = "Extract phones, emails, socials, website and address from a URL or a saved HTML file."

    def add_arguments(self, parser) -> None:
        parser.add_argument("target", help="An http(s) URL or the path of an HTML file.")
        parser.add_argument("--region", help="Region hint for national numbers, e.g. CA or GB (the task location).")
        parser.add_argument("--ocr", action="store_true", help="Also OCR images on the page that may show a number.")
        parser.add_argument("--json", action="store_true", help="Print one JSON object per finding.")
        parser.add_argument("--no-crawl", action="store_true", help="Do not follow the site's contact/about pages.")
        parser.add_argument("--page-url", default="", help="For a file: the URL it was saved from.")
        parser.add_argument("--screenshot", help="With --ocr: a PNG screenshot of the page to read as well.")

    def handle(self, *args, **options) -> None:
        target: str = options["target"]
        fetcher = None
        url = options["page_url"]
        if target.startswith(("http://", "https://")):
            fetcher = HttpxFetcher(allow_private=settings.ALLOW_PRIVATE_URLS)
            result = fetcher(target)
            if result is None:
                raise CommandError(f"Could not fetch {target}: {'; '.join(fetcher.refused) or 'no response'}")
            if result.status >= 400:
                raise CommandError(f"{target} answered HTTP {result.status}.")
            content, url = result.body, result.url
        else:
            path = pathlib.Path(target)
            if not path.is_file():
                raise CommandError(f"{target} is neither an http(s) URL nor a readable file.")
            content = path.read_bytes()
            if url.startswith(("http://", "https://")):
                fetcher = HttpxFetcher(allow_private=settings.ALLOW_PRIVATE_URLS)
        layers = FAST_LAYERS
        if not options["no_crawl"]:
            layers += ("website_crawl",)
        if options["ocr"]:
            layers += ("ocr",)
        screenshot = None
        if options["screenshot"]:
            try:
                screenshot = pathlib.Path(options["screenshot"]).read_bytes()
            except OSError as exc:
                raise CommandError(f"Cannot read the screenshot: {exc}")
        try:
            findings = extract_page(
                content,
                url,
                region=options["region"],
                config=extraction_config(),
                layers=layers,
                fetcher=fetcher,
                screenshot=screenshot,
            )
        except NotHtmlError as exc:
            raise CommandError(str(exc))
        finally:
            if fetcher is not None:
                fetcher.close()
        if options["json"]:
            for line in findings.json_lines():
                self.stdout.write(json.dumps(line, ensure_ascii=False))
            return
        self._print_human(findings)

    def _print_human(self, findings) -> None:
        self.stdout.write(f"Page: {findings.page_url or '(file)'}   region: {findings.region}")
        for phone in findings.phones:
            fax = "  FAX" if phone.is_fax else ""
            layers = ",".join(sorted({s.layer for s in phone.sources}))
            self.stdout.write(f"phone   {phone.e164:<16} {phone.national:<20} {phone.confidence:.2f}  {layers}{fax}")
        for email in findings.emails:
            self.stdout.write(f"email   {email.email}")
        for social in findings.socials:
            self.stdout.write(f"social  {social.network:<10} {social.url}")
        if findings.website:
            self.stdout.write(f"website {findings.website}")
        for address in findings.addresses:
            self.stdout.write("address " + ", ".join(address.values()))
        for warning in findings.warnings:
            self.stdout.write(self.style.WARNING(f"warning {warning}"))
        if not findings.phones:
            self.stdout.write("No phone number found.")
