"""Driving Debian's Chromium with Playwright in tests: the browser fixture (tests/catalog/
conftest.py), a phone-sized screen, signing in, and ORM calls out of Playwright's event loop."""

import os
import shutil
from concurrent.futures import ThreadPoolExecutor

from django.db import connections
from django.urls import reverse

import pytest

from tests.conftest import needs_service

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
PHONE = {"width": 390, "height": 844}


def launched_browser():
    needs_service("Chromium", shutil.which(CHROMIUM), f"install Debian's chromium ({CHROMIUM})")
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            yield browser
        finally:
            browser.close()


def in_database(query):
    """Run an ORM query in a thread of its own: Playwright's event loop owns this one, and a
    connection opened under it would outlive the test."""

    def run():
        try:
            return query()
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=1) as executor:
        return executor.submit(run).result()


def sign_in(page, live_server, username, next_url):
    """Through the public sign-in page, as artisans and buyers do (editors may too)."""
    page.goto(f"{live_server.url}{reverse('login')}?next={next_url}")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "x")
    page.click("form.portal-form button[type=submit]")
