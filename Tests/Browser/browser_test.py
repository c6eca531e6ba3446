#!/usr/bin/env python3
"""Drives the Cliffhanger studio and viewer channel in the Debian headless Chromium.

Flow "studio" (laptop 1366x768, then phone 390x844): the reviewer's day — open an episode,
leave two timed comments, reject with them, regenerate a shot, compare the takes, approve —
with the layout, shortcut, filmstrip and script checks; then (with --producer) the release
calendar's form and the production page, and (with --admin) user management; with --channels, the
calendar's "On the channels" table and the audience dashboard's Channels table. Flow "watch"
(phone 390x844, touch): the channel's list (/watch) with the series' tile and its cover, tap it
to open /watch/{series}, wait for playback, swipe up (a real touch swipe
first, then ArrowDown) until the paywall, unlock it with test coins, expect playback, check the
subtitles toggle, episode list, like button and that the viewer events reached the ingest
endpoint. Flow "editions" (laptop 1366x768): from the series page to its edition's review page —
every line beside its source with where its words came from — the filters for lines that need
a translator and stale lines, an empty correction refused at its line, a correction saved in
place as a person's translation and still there after a reload. Flow "languages" (phone
390x844, the browser asking for --viewer-language): the channel plays the edition's video,
the language switch changes it to the series' own, the edition's subtitles are then a soft
track whose cues hold --edition-text, the view is reported under the edition's series id
(<series>.<language>) until the switch and under the series' after it (none refused), and the choice
survives a reload. Every page state
visited passes axe-core's WCAG 2.1 A/AA checks (accessibility.py).

Exit code 0 on success; on failure it prints the flow and step that failed, saves
failure.png in the screenshots directory and exits 1.

Example:
    python3 Tests/Browser/browser_test.py --base http://127.0.0.1:8080 --series midnight-contract \
        --user reviewer --password secret --episode 1 --screenshots /tmp/shots
"""

import argparse
import contextlib
import json
import os
import re
import sys
import time
import urllib.parse

import accessibility
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect, sync_playwright

PLAYING = """() => {
  const v = document.getElementById('player');
  return !!v && !v.hidden && !v.paused && v.readyState >= 2 && v.currentTime > %s;
}"""
SETTLED = "() => !document.body.classList.contains('moving')"
PAYWALL_OR_PLAYING = """() => {
  const p = document.querySelector('[data-testid=paywall]');
  const v = document.getElementById('player');
  return (!!p && !p.hidden) || (!!v && !v.hidden && !v.paused && v.currentTime > 0.1);
}"""


class Failure(Exception):
    """A check that did not hold, with what was expected."""


class Run:
    """One test run: the browser, the current flow and step, and where screenshots go."""

    def __init__(self, args):
        self.args = args
        self.base = args.base.rstrip("/")
        self.where = "start"
        self.page = None
        self.page_errors = []
        self.console = []
        self.checked_pages = []
        self.violations = []
        self.channels = [name.strip() for name in (args.channels or "").split(",") if name.strip()]
        # The channels the calendar shows an episode live on, with an address on the platform.
        self.live_on_platforms = set()

    @contextlib.contextmanager
    def step(self, name):
        self.where = name
        print(f"  - {name}", flush=True)
        yield

    def watch_page(self, page):
        """Follows a page's JavaScript errors and console output for the report."""
        self.page = page
        page.on("pageerror", lambda error: self.page_errors.append(f"{page.url}: {error}"))
        page.on("console", lambda message: self.console.append(f"{message.type}: {message.text}"))
        page.on("dialog", lambda dialog: dialog.accept())

    def shot(self, page, name, full_page=False, element=None):
        """Saves the viewport, the whole page, or only `element` (a locator) as `name`."""
        path = os.path.join(self.args.screenshots, name)
        if element is not None:
            element.screenshot(path=path)
        else:
            if full_page:
                # From the top, so that the sticky navigation is drawn where it belongs.
                page.evaluate("() => window.scrollTo(0, 0)")
            page.screenshot(path=path, full_page=full_page)
        print(f"    saved {path}", flush=True)

    def check(self, condition, message):
        if not condition:
            raise Failure(message)

    def no_page_errors(self):
        self.check(not self.page_errors, "JavaScript errors on the page:\n    " + "\n    ".join(self.page_errors))

    # Flow 1: the studio — the reviewer's day at 1366x768, then on a phone; the producer's
    # calendar and production pages; the admin's users page. Every page passes the axe checks.

    def accessible(self, page, name):
        """The page as it is now passes the WCAG 2.1 AA checks (see accessibility.py)."""
        violations = accessibility.check(page)
        self.checked_pages.append(name)
        if violations:
            # Collected, so that one run reports every page's violations; the run fails at the end.
            self.violations.append(f"on {name} ({page.url}):\n    " + "\n    ".join(violations))

    def log_in(self, page, user, password):
        page.goto(f"{self.base}/login")
        self.accessible(page, "login")
        page.fill("#name", user)
        page.fill("#password", password)
        page.click("#login")
        page.wait_for_url(lambda url: urllib.parse.urlparse(url).path == "/")

    def studio(self, browser):
        print("flow studio (laptop 1366x768)", flush=True)
        context = browser.new_context(viewport={"width": 1366, "height": 768})
        context.set_default_timeout(self.args.timeout * 1000)
        page = context.new_page()
        self.watch_page(page)
        series, number = self.args.series, self.args.episode
        quoted = urllib.parse.quote(series)

        with self.step("studio: log in at /login"):
            self.log_in(page, self.args.user, self.args.password)
            self.accessible(page, "series list")

        with self.step(f"studio: open /series/{series}"):
            page.goto(f"{self.base}/series/{quoted}")
            page.wait_for_load_state("load")  # not networkidle: the page may hold an event stream open
            expect(page.locator('.nav a[aria-current=page]')).to_have_text("Series")
            self.accessible(page, "series")
            self.shot(page, "studio-series.png", full_page=True)

        self.review_episode(page, number, laptop=True)

        with self.step(f"studio: the calendar page of {series}, read-only for a reviewer"):
            page.goto(f"{self.base}/series/{quoted}/calendar")
            expect(page.locator(".month-grid").first).to_be_visible()
            self.check(page.locator("#calendar-form").count() == 0, "a reviewer is offered the calendar form")
            self.accessible(page, "calendar (reviewer)")

        if self.channels:
            with self.step(f"studio: the calendar shows each episode on {', '.join(self.channels)}: live ones link to the platform, "
                           "a failed one says why, scheduled ones say when"):
                self.channel_posts(page)

        with self.step("studio: production page; a reviewer is offered no retry"):
            page.goto(f"{self.base}/production")
            expect(page.locator('.nav a[aria-current=page]')).to_have_text("Production")
            self.check(page.locator("[data-retry]").count() == 0, "a reviewer is offered Retry")
            self.accessible(page, "production")

        with self.step("studio: a page that does not exist keeps the layout"):
            page.goto(f"{self.base}/series/{quoted}/episodes/9999")
            expect(page.locator("h1")).to_have_text("Not found")
            expect(page.locator(".nav-user")).to_contain_text(self.args.user)
            self.accessible(page, "error page")

        with self.step(f"studio: open the audience dashboard of {series}"):
            page.goto(f"{self.base}/series/{quoted}/audience")
            expect(page.locator("#retention svg.chart")).to_be_visible()
            expect(page.locator("#funnel svg.chart")).to_be_visible()
            expect(page.locator("#synthetic-label")).to_be_visible()
            self.accessible(page, "audience")
            self.shot(page, "studio-audience.png", full_page=True)

        if self.channels:
            with self.step("studio: the dashboard's Channels table has each platform's figures beside the built-in channel's"):
                self.channel_figures(page)

        if self.args.experiment:
            key = urllib.parse.quote(self.args.experiment)
            with self.step(f"studio: the experiments of {series} list {self.args.experiment}"):
                page.goto(f"{self.base}/series/{quoted}/experiments")
                expect(page.locator("#experiment-table")).to_contain_text(self.args.experiment)
                self.accessible(page, "experiments")
            with self.step(f"studio: the experiment {self.args.experiment} shows its variants side by side, figures, chart and decision"):
                page.goto(f"{self.base}/series/{quoted}/experiments/{key}")
                expect(page.locator("#variant-A video")).to_be_visible()
                expect(page.locator("#variant-B video")).to_be_visible()
                a = page.locator("#variant-A").bounding_box()
                b = page.locator("#variant-B").bounding_box()
                self.check(abs(a["y"] - b["y"]) < 2 and b["x"] > a["x"], f"the variants are not side by side: A {a}, B {b}")
                expect(page.locator("#decision-state li").first).to_contain_text("viewers")
                expect(page.locator("#over-time svg.chart")).to_be_visible()
                expect(page.locator("#synthetic-label")).to_be_visible()
                expect(page.locator("#sample-ratio")).to_be_visible()
                self.accessible(page, "experiment")
                self.shot(page, "studio-experiment.png", full_page=True)

        with self.step("studio: no JavaScript errors"):
            self.no_page_errors()
        context_cookies = context.cookies()
        context.close()

        print("flow audience dashboard on a phone (390x844)", flush=True)
        phone = browser.new_context(viewport={"width": 390, "height": 844}, storage_state=None)
        phone.add_cookies(context_cookies)
        page = phone.new_page()
        self.watch_page(page)
        with self.step("phone: the dashboard's charts fit the screen"):
            page.goto(f"{self.base}/series/{quoted}/audience")
            expect(page.locator("#retention svg.chart")).to_be_visible()
            width = page.evaluate("() => document.documentElement.scrollWidth")
            chart = page.evaluate("() => document.querySelector('#retention svg.chart').getBoundingClientRect().width")
            self.check(width <= 390 and 300 <= chart <= 390, f"page {width}px wide, chart {chart}px on a 390px screen")

        with self.step("phone: the navigation takes two lines at most and scrolls away; the series table shows its Status column"):
            page.goto(f"{self.base}/series/{quoted}")
            nav = page.evaluate("() => { const n = document.querySelector('.nav'); return [n.getBoundingClientRect().height, getComputedStyle(n).position]; }")
            self.check(nav[0] <= 100 and nav[1] == "static", f"the phone nav is {nav[0]:.0f} px high, position {nav[1]}")
            right = page.evaluate("() => Math.max(...Array.from(document.querySelectorAll('table.episodes .badge')).map(b => b.getBoundingClientRect().right))")
            self.check(right <= 390, f"a status badge ends at {right:.0f} px on a 390 px screen")
            self.accessible(page, "series (phone)")

        if self.args.experiment:
            with self.step("phone: the experiment page fits the screen, variants one under the other"):
                page.goto(f"{self.base}/series/{quoted}/experiments/{urllib.parse.quote(self.args.experiment)}")
                expect(page.locator("#variant-B video")).to_be_visible()
                width = page.evaluate("() => document.documentElement.scrollWidth")
                self.check(width <= 390, f"the experiment page is {width}px wide on a 390px screen")
                self.accessible(page, "experiment (phone)")
                self.shot(page, "studio-experiment-phone.png", full_page=True)

        self.review_episode(page, number, laptop=False)
        with self.step("phone: no JavaScript errors"):
            self.no_page_errors()
        phone.close()

        if self.args.producer:
            self.producer(browser)
        if self.args.admin:
            self.admin(browser)

    def channel_posts(self, page):
        """The calendar's "On the channels" table as a person reads it: a column per channel of
        --channels, a row per released episode; a live post links to its address on the
        platform, a failed one says why, a scheduled one says when it goes — all of it readable
        at 1366 px, without scrolling sideways."""
        card = page.locator("section[aria-labelledby=posts-title]")
        expect(card.locator("h2")).to_have_text("On the channels")
        expect(card.locator("table.channel-posts")).to_be_visible()
        # textContent, not innerText: the headers are drawn in capitals.
        headers = [text.strip() for text in card.locator("thead th").all_text_contents()]
        self.check(headers == ["Episode"] + self.channels, f"the table's columns are {headers}, expected Episode and {self.channels}")
        cells = page.evaluate("""() => Array.from(document.querySelectorAll('table.channel-posts tbody tr')).flatMap(row =>
            Array.from(row.querySelectorAll('td')).map((td, column) => {
                const link = td.querySelector('a'), detail = td.querySelector('.post-detail');
                // Where the cell's text is drawn, overflow included, against the cell.
                const range = document.createRange();
                range.selectNodeContents(td);
                const box = td.getBoundingClientRect(), inner = range.getBoundingClientRect();
                return {episode: row.querySelector('th a').textContent.trim(), column,
                        state: td.querySelector('.badge').textContent.trim(), text: td.innerText.replace(/\\s+/g, ' ').trim(),
                        link: link && link.href, linkText: link && link.textContent.trim(), detail: detail && detail.textContent.trim(),
                        inside: inner.left >= box.left - 1 && inner.right <= box.right + 1, width: box.width};
            }))""")
        self.check(cells, "the table has no posts")
        states = {cell["state"] for cell in cells}
        self.check({"live", "failed", "scheduled"} <= states, f"the table shows the states {sorted(states)}; expected live, failed and scheduled")
        for cell in cells:
            where = f"{cell['episode']} on {self.channels[cell['column']]} ({cell['text']!r})"
            if cell["state"] == "live":
                # On a platform: its address; a delivery package: its folder.
                self.check((cell["link"] or "").startswith("https://") and cell["linkText"] == "on the platform" or cell["detail"],
                           f"{where} is live without its address")
                if cell["link"]:
                    self.check(not cell["link"].startswith(self.base), f"{where} links into the studio: {cell['link']}")
                    self.live_on_platforms.add(self.channels[cell["column"]])
            if cell["state"] == "failed":
                self.check(len(cell["detail"] or "") > 20, f"{where} failed without saying why")
            if cell["state"] == "scheduled":
                self.check(" due " in f" {cell['text']} ", f"{where} is scheduled without saying when")
            self.check(cell["inside"], f"the text of {where} runs out of its cell")
        scroll = page.evaluate("() => { const s = document.querySelector('table.channel-posts').parentElement; return [s.scrollWidth, s.clientWidth]; }")
        self.check(scroll[0] <= scroll[1] + 1, f"the channels' table is {scroll[0]} px wide in {scroll[1]} px: it scrolls sideways at 1366 px")
        gets = page.locator("section[aria-labelledby=channels-title]").inner_text()
        for name in self.channels:
            self.check(f"{name} (" in gets, f"'What each channel gets' does not list {name}: {gets!r}")
        self.shot(page, "studio-calendar-channels.png", element=card)

    def channel_figures(self, page):
        """The audience dashboard's Channels table: a row per channel and episode with the
        platform's figures, for every channel the calendar shows live on a platform; the
        platforms' retention drawn on the chart; readable at 1366 px without scrolling sideways."""
        card = page.locator("#channels")
        expect(card.locator("table")).to_be_visible()
        rows = page.evaluate("() => Array.from(document.querySelectorAll('#channels tbody tr')).map(r => Array.from(r.cells).map(c => c.textContent.trim()))")
        named = {row[0].split(" (")[0] for row in rows}
        self.check(self.live_on_platforms and self.live_on_platforms <= named,
                   f"the Channels table lists {sorted(named)}; the calendar shows posts live on {sorted(self.live_on_platforms)}")
        for row in rows:
            self.check(re.fullmatch(r"[\d,]*[1-9][\d,]*", row[2]) is not None, f"{row[0]}, episode {row[1]}: views {row[2]!r}")
            self.check(row[7] and row[7] != "no viewers", f"{row[0]}, episode {row[1]}: the built-in channel's figures are {row[7]!r}")
        curves = page.locator("#platform-curves")
        expect(curves).to_be_visible()
        self.check(any(name in curves.inner_text() for name in self.live_on_platforms), f"the chart draws no platform's curve: {curves.inner_text()!r}")
        scroll = page.evaluate("() => { const t = document.querySelector('#channels table'); return [t.getBoundingClientRect().right, t.parentElement.getBoundingClientRect().right]; }")
        self.check(scroll[0] <= scroll[1] + 1, f"the Channels table ends at {scroll[0]:.0f} px, past its card's {scroll[1]:.0f} px, at 1366 px")
        self.shot(page, "studio-audience-channels.png", element=card)

    def review_episode(self, page, number, laptop):
        """Open an episode, leave two timed comments, reject with them, regenerate a shot,
        compare takes, approve."""
        where = "laptop" if laptop else "phone"
        series = self.args.series
        url = f"{self.base}/series/{urllib.parse.quote(series)}/episodes/{number}"
        with self.step(f"{where}: open episode {number} and play it past 1 s"):
            page.goto(url)
            player = page.locator("video#player")
            expect(player).to_be_visible()
            page.evaluate("() => { const v = document.getElementById('player'); v.muted = true; return v.play().then(() => true); }")
            page.wait_for_function(PLAYING % "1")
            self.accessible(page, f"episode ({where})")

        if laptop:
            with self.step("laptop: the player and the decision bar stay in view at every scroll position"):
                box = """id => { const r = document.getElementById(id).getBoundingClientRect();
                    return [r.top, r.bottom, r.left, r.right, window.innerHeight, window.innerWidth, window.scrollY]; }"""
                for scroll in ("0", "document.body.scrollHeight / 2", "document.body.scrollHeight"):
                    page.evaluate(f"() => window.scrollTo(0, {scroll})")
                    for id in ("player", "approve", "reject", "comment", "timeline"):
                        top, bottom, left, right, height, width, scrolled = page.evaluate(box, id)
                        self.check(top >= 0 and bottom <= height and left >= 0 and right <= width,
                                   f"#{id} is out of view when scrolled to {scroll} ({scrolled:.0f} px): "
                                   f"top {top:.0f}, bottom {bottom:.0f} of {height}, left {left:.0f}, right {right:.0f} of {width}")
                page.evaluate("() => window.scrollTo(0, 0)")

            with self.step("laptop: keyboard focus on the decision buttons is visible"):
                page.focus("#note")
                page.keyboard.press("Tab")
                ring = page.evaluate("""() => { const e = document.activeElement, s = getComputedStyle(e);
                    return [e.id, s.outlineStyle, parseFloat(s.outlineWidth), s.outlineColor]; }""")
                self.check(ring[0] in ("comment", "approve", "reject"), f"Tab from the note went to #{ring[0]}")
                self.check(ring[1] != "none" and ring[2] >= 2, f"#{ring[0]} has no visible focus ring: outline {ring[1]} {ring[2]}px")
                # WCAG 2.1 1.4.11: the ring contrasts at least 3:1 with the white card it sits on.
                channels = [float(x) for x in re.findall(r"[\d.]+", ring[3])]
                alpha = channels[3] if len(channels) > 3 else 1.0
                def linear(c):
                    c = (c * alpha + 255 * (1 - alpha)) / 255
                    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
                luminance = 0.2126 * linear(channels[0]) + 0.7152 * linear(channels[1]) + 0.0722 * linear(channels[2])
                contrast = 1.05 / (luminance + 0.05)
                self.check(contrast >= 3, f"#{ring[0]}'s focus ring ({ring[3]}) contrasts {contrast:.1f}:1 with white, under 3:1")

            with self.step("laptop: the keyboard shortcuts listed on the page work (Space, K, L, J)"):
                self.check(page.locator("#shortcuts kbd").count() >= 7, "the shortcuts are not listed")
                page.evaluate("() => { const v = document.getElementById('player'); v.pause(); v.currentTime = 3; document.activeElement.blur(); }")
                page.keyboard.press("Space")
                page.wait_for_function("() => !document.getElementById('player').paused")
                page.keyboard.press("k")
                page.wait_for_function("() => document.getElementById('player').paused")
                before = page.evaluate("() => document.getElementById('player').currentTime")
                page.keyboard.press("l")
                page.wait_for_function(f"() => Math.abs(document.getElementById('player').currentTime - {before} - 2) < 0.3")
                page.keyboard.press("j")
                page.wait_for_function(f"() => Math.abs(document.getElementById('player').currentTime - {before}) < 0.3")

        with self.step(f"{where}: shot cards are a readable filmstrip and a click seeks the player to the shot"):
            cards = page.locator(".shot[data-start]")
            self.check(cards.count() >= 2, f"{cards.count()} shot cards")
            first, second = cards.nth(0).bounding_box(), cards.nth(1).bounding_box()
            self.check(first["width"] >= 140, f"a shot card is {first['width']:.0f} px wide")
            self.check(second["x"] - (first["x"] + first["width"]) <= 24 or second["y"] > first["y"],
                       f"{second['x'] - (first['x'] + first['width']):.0f} px between shot cards")
            last = cards.nth(cards.count() - 1)
            start = float(last.get_attribute("data-start"))
            self.check(start >= 2, f"the last shot starts at {start} s")
            page.evaluate("() => { const v = document.getElementById('player'); v.pause(); v.currentTime = 0; }")
            last.scroll_into_view_if_needed()
            last.click()
            page.wait_for_function(f"() => {{ const t = document.getElementById('player').currentTime; return t >= {start} && t < {start} + 1.5; }}")

        with self.step(f"{where}: the script reads as a screenplay, and the line being spoken is highlighted"):
            script = page.locator(".script")
            self.check(page.locator(".script .character").count() > 0, "no character cues in the script")
            self.check(page.locator(".script .beat").count() > 0, "no beat labels in the script")
            self.check("[[" not in script.inner_text(), "raw [[notes]] in the script")
            overflow = page.evaluate("() => { const s = document.querySelector('.script'); return s.scrollWidth - s.clientWidth; }")
            self.check(overflow <= 1, f"the script is {overflow} px wider than its box")
            spoken = page.locator(".shot[data-line]")
            self.check(spoken.count() > 0, "no shot speaks a line")
            line = spoken.nth(spoken.count() // 2)
            number_of_line, line_start = line.get_attribute("data-line"), float(line.get_attribute("data-start"))
            page.evaluate(f"() => {{ const v = document.getElementById('player'); v.pause(); v.currentTime = {line_start} + 0.2; }}")
            page.wait_for_function(f"() => !!document.querySelector('.script .dialogue.speaking[data-line=\"{number_of_line}\"]')")
            self.check(page.locator(".script .dialogue.speaking").count() == 1, "more than one line highlighted")

        duration = float(page.locator(".episode-layout").get_attribute("data-duration"))
        times = [round(duration * 0.2, 2), round(duration * 0.7, 2)] if laptop else [round(duration * 0.35, 2), round(duration * 0.85, 2)]
        with self.step(f"{where}: two timed comments, pinned at {times[0]} s and {times[1]} s, show as markers"):
            markers_before = page.locator("#timeline .marker").count()
            open_before = page.locator(".use-comment").count()
            texts = [f"{where}: the light is too flat here", f"{where}: this line comes in late"]
            for index, (at, text) in enumerate(zip(times, texts)):
                page.evaluate(f"() => {{ const v = document.getElementById('player'); v.pause(); v.currentTime = {at}; }}")
                page.wait_for_function(f"() => Math.abs(document.getElementById('player').currentTime - {at}) < 0.05")
                if laptop and index == 1:
                    # C pauses and opens the note for the moment; Ctrl+Enter pins it.
                    page.evaluate("() => document.activeElement.blur()")
                    page.keyboard.press("c")
                    page.wait_for_function("() => document.activeElement && document.activeElement.id === 'note'")
                    page.keyboard.type(text)
                    page.keyboard.press("Control+Enter")
                else:
                    page.fill("#note", text)
                    page.click("#comment")
                expect(page.locator("#timeline .marker")).to_have_count(markers_before + index + 1)
            expect(page.locator(".use-comment:checked")).to_have_count(open_before + 2)
            # A marker seeks the player to its comment.
            page.evaluate("() => document.getElementById('player').currentTime = 0")
            page.locator(f'#timeline .marker:not(.closed)[data-second="{times[1]:.2f}"]').click()
            page.wait_for_function(f"() => Math.abs(document.getElementById('player').currentTime - {times[1]}) < 0.1")
            self.accessible(page, f"episode with comments ({where})")
            if laptop:
                self.shot(page, "studio-review.png")

        with self.step(f"{where}: reject with the comments as the note"):
            page.fill("#note", "")
            with page.expect_navigation(wait_until="load"):
                page.click("#reject")
            expect(page.locator("#status")).to_have_text(re.compile(r"^\s*rejected\s*$", re.I))
            note = page.locator(".history li").first.inner_text()
            for code in (self.time_code(times[0]), self.time_code(times[1])):
                self.check(code in note, f"the reject's note does not name {code}: {note!r}")
            self.check(page.locator(".use-comment").count() == 0, "comments used in the reject are still offered")

        with self.step(f"{where}: regenerate shot 2 and follow the render"):
            page.select_option("#regen-target", "shot:2")
            page.fill("#note", f"{where}: try another camera on shot 2")
            page.click("#regenerate")
            expect(page.locator("#status")).to_have_text(re.compile(r"^\s*rendering\s*$", re.I))
            self.check(page.locator("#approve").is_disabled(), "Approve is enabled during a regenerate")
            expect(page.locator("#progress-text")).to_contain_text(re.compile(r"\(\d+/\d+\)"))
            self.wait_for_compare(page)
            expect(page.locator("#status")).to_have_text(re.compile(r"^\s*in-review\s*$", re.I))

        with self.step(f"{where}: compare the kept take with the new one side by side"):
            compare = page.locator("#compare")
            compare.scroll_into_view_if_needed()
            shot = page.locator("[data-compare]").first
            at = float(shot.get_attribute("data-compare"))
            shot.click()
            page.wait_for_function(f"""() => ['take-before', 'take-after'].every(id =>
                Math.abs(document.getElementById(id).currentTime - {at}) < 0.2)""")
            page.evaluate("() => { document.getElementById('take-before').muted = true; document.getElementById('take-after').muted = true; }")
            page.click("#compare-play")
            page.wait_for_function("() => ['take-before', 'take-after'].every(id => !document.getElementById(id).paused)")
            boxes = [page.locator(f"#{id}").bounding_box() for id in ("take-before", "take-after")]
            self.check(abs(boxes[0]["y"] - boxes[1]["y"]) < 2 and boxes[1]["x"] > boxes[0]["x"] + boxes[0]["width"] - 1,
                       f"the takes are not side by side: {boxes}")
            page.click("#compare-play")
            self.accessible(page, f"episode comparing takes ({where})")
            if laptop:
                self.shot(page, "studio-compare.png")

        with self.step(f"{where}: approve" + (" with A" if laptop else "")):
            page.evaluate("() => window.scrollTo(0, 0)")
            with page.expect_navigation(wait_until="load"):
                if laptop:
                    page.evaluate("() => document.activeElement.blur()")
                    page.keyboard.press("a")
                else:
                    page.click("#approve")
            expect(page.locator("#status")).to_have_text(re.compile(r"^\s*(approved|scheduled|published)\s*$", re.I))
            page.evaluate("() => { const v = document.getElementById('player'); v.pause(); v.currentTime = Math.min(2, v.duration || 2); }")
            page.wait_for_function("() => document.getElementById('player').readyState >= 2")
            self.shot(page, "studio-episode.png" if laptop else "studio-episode-phone.png")

    def wait_for_compare(self, page):
        """Waits for the regenerate's render: the page reloads itself when the render ends
        (server-sent events); should an event be missed, reloading shows the same."""
        deadline = time.time() + max(300, self.args.timeout * 3)
        while time.time() < deadline:
            try:
                page.wait_for_selector("#compare", timeout=15_000)
                return
            except PlaywrightError:
                if page.locator("#status").inner_text().strip() != "rendering":
                    page.reload(wait_until="load")
        raise Failure("the regenerated take did not arrive, or the page offers no comparison")

    @staticmethod
    def time_code(seconds):
        whole = int(seconds)
        return f"{whole // 60}:{whole % 60:02d}"

    def producer(self, browser):
        print("flow producer (laptop 1366x768): the release calendar", flush=True)
        context = browser.new_context(viewport={"width": 1366, "height": 768})
        context.set_default_timeout(self.args.timeout * 1000)
        page = context.new_page()
        self.watch_page(page)
        series = urllib.parse.quote(self.args.series)
        with self.step("producer: log in and open the release calendar"):
            self.log_in(page, self.args.producer, self.args.password)
            page.goto(f"{self.base}/series/{series}/calendar")
            expect(page.locator("#calendar-form")).to_be_visible()
            self.check(page.locator(".month-grid .release").count() > 0, "the month view shows no release")
            self.check(page.locator(".paywall-marker").count() == 1, "the paywall is not marked once")
            self.accessible(page, "calendar (producer)")

        with self.step("producer: a launch moved into the past and a paywall after the last episode are refused at their fields"):
            launch = page.input_value("#cal-launchDate")
            page.fill("#cal-launchDate", "2020-01-06")
            page.fill("#cal-paywallFrom", "999")
            page.click("#calendar-save")
            expect(page.locator("#cal-launchDate-error")).to_be_visible()
            expect(page.locator("#cal-launchDate-error")).to_contain_text("has passed")
            expect(page.locator("#cal-paywallFrom-error")).to_be_visible()
            expect(page.locator("#cal-paywallFrom-error")).to_contain_text("after the series' last episode")
            self.check(page.evaluate("() => document.activeElement.id") == "cal-launchDate", "focus did not go to the first refused field")
            self.accessible(page, "calendar with refusals")

        with self.step("producer: a valid change is saved and listed with who made it"):
            page.fill("#cal-launchDate", launch)
            page.fill("#cal-paywallFrom", "3")
            page.fill("#cal-perDay", "2")
            with page.expect_navigation(wait_until="load"):
                page.click("#calendar-save")
            expect(page.locator(".history li").first).to_contain_text(self.args.producer)
            expect(page.locator("#cal-perDay")).to_have_value("2")
            self.shot(page, "studio-calendar.png", full_page=True)

        with self.step("producer: the production page offers what a producer may do"):
            page.goto(f"{self.base}/production")
            expect(page.locator(".queue").first).to_be_visible()
            self.accessible(page, "production (producer)")
            self.shot(page, "studio-production.png", full_page=True)
        with self.step("producer: no JavaScript errors"):
            self.no_page_errors()
        context.close()

    def admin(self, browser):
        print("flow admin (laptop 1366x768): users", flush=True)
        context = browser.new_context(viewport={"width": 1366, "height": 768})
        context.set_default_timeout(self.args.timeout * 1000)
        page = context.new_page()
        self.watch_page(page)
        with self.step("admin: the users page; the last admin cannot be removed"):
            self.log_in(page, self.args.admin, self.args.password)
            page.goto(f"{self.base}/users")
            expect(page.locator('.nav a[aria-current=page]')).to_have_text("Users")
            self.check(page.locator(f'[data-remove-user="{self.args.admin}"]').count() == 0, "the last admin has a Remove button")
            self.accessible(page, "users")
        with self.step("admin: adding a user with a bad name and a short password shows both problems"):
            page.fill("#new-name", "-bad")
            page.fill("#new-password", "short")
            page.click("#add-user-button")
            expect(page.locator("#new-name-error")).to_be_visible()
            expect(page.locator("#new-password-error")).to_contain_text("too short")
        with self.step("admin: add a reviewer, make them a producer, remove them after confirming"):
            page.fill("#new-name", "browser-guest")
            page.fill("#new-password", "a long enough password")
            with page.expect_navigation(wait_until="load"):
                page.click("#add-user-button")
            page.select_option("#role-browser-guest", "producer")
            expect(page.locator("#message-browser-guest")).to_contain_text("now a producer")
            self.shot(page, "studio-users.png", full_page=True)
            page.click('[data-remove-user="browser-guest"]')
            expect(page.locator('tr[data-user="browser-guest"]')).to_have_count(0)
            self.accessible(page, "users after changes")
        with self.step("admin: no JavaScript errors"):
            self.no_page_errors()
        context.close()

    # Flow 2: the viewer channel.

    def watch(self, browser):
        print("flow watch (phone 390x844, touch)", flush=True)
        context = browser.new_context(
            viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True, has_touch=True
        )
        context.set_default_timeout(self.args.timeout * 1000)
        page = context.new_page()
        self.watch_page(page)
        series = self.args.series
        posted, answers = [], []

        tags = set()

        def on_request(request):
            if request.method == "POST" and request.url.endswith("/api/v1/events"):
                with contextlib.suppress(Exception):
                    batch = json.loads(request.post_data or "{}")["batch"]
                    posted.extend(event["event"] for event in batch)
                    tags.update(event["properties"].get("variant") for event in batch if event["properties"].get("episode") == 1)

        def on_response(response):
            if response.request.method == "POST" and response.url.endswith("/api/v1/events"):
                answers.append(response.status)

        page.on("request", on_request)
        page.on("response", on_response)

        with self.step(f"watch: read GET /api/v1/channel/{series}"):
            response = page.request.get(f"{self.base}/api/v1/channel/{urllib.parse.quote(series)}")
            self.check(response.ok, f"GET /api/v1/channel/{series} answered {response.status}")
            channel = response.json()
            numbers = [episode["number"] for episode in channel["episodes"]]
            locked = [episode["number"] for episode in channel["episodes"] if episode["locked"]]
            self.check(numbers, "the channel lists no released episode")
            self.check(locked, f"no released episode is locked (released: {numbers}); the paywall cannot be reached")
            price = channel["paywall"]["priceCoins"]

        with self.step("watch: the channel's list shows the series' tile with episode 1's cover"):
            page.goto(f"{self.base}/watch")
            tile = page.locator(f'a.tile[href^="/watch/{urllib.parse.quote(series)}"]')
            expect(page.locator(".card.series").first).to_be_visible()
            expect(tile).to_be_visible()
            cover = tile.locator("img.tile-cover")
            expect(cover).to_be_visible()
            page.wait_for_function("(img) => img.complete && img.naturalWidth > 0", arg=cover.element_handle())
            self.check("Episode 1:" in tile.inner_text(), f"the tile does not name episode 1: {tile.inner_text()!r}")
            self.accessible(page, "channel list (phone)")
            self.shot(page, "watch-channels.png")

        with self.step(f"watch: tap the tile to open /watch/{series} and wait for playback of episode {numbers[0]}"):
            tile.tap()
            page.wait_for_url(lambda url: urllib.parse.urlparse(url).path == f"/watch/{urllib.parse.quote(series)}")
            page.wait_for_function(f"() => document.body.dataset.episode === '{numbers[0]}'")
            page.wait_for_function(PLAYING % "1")
            self.check(page.locator("#episode-title").inner_text().strip() != "", "#episode-title is empty")
            self.accessible(page, "watch")
            self.shot(page, "watch-episode.png")

        swipes = 0
        while not page.locator("[data-testid=paywall]").is_visible():
            before = int(page.evaluate("() => document.body.dataset.episode"))
            index = numbers.index(before)
            self.check(index + 1 < len(numbers), f"reached the last episode ({before}) without a paywall")
            expected = numbers[index + 1]
            how = "a touch swipe up" if swipes == 0 else "ArrowDown"
            with self.step(f"watch: {how} from episode {before} to {expected}"):
                page.wait_for_function(PLAYING % "0.2")
                if swipes == 0:
                    self.touch_swipe_up(page)
                else:
                    page.keyboard.press("ArrowDown")
                page.wait_for_function(f"() => document.body.dataset.episode === '{expected}'")
                page.wait_for_function(PAYWALL_OR_PLAYING)
                page.wait_for_function(SETTLED)
                swipes += 1

        paywall_episode = int(page.evaluate("() => document.body.dataset.episode"))
        with self.step(f"watch: the paywall shows at episode {paywall_episode}"):
            self.check(paywall_episode == locked[0], f"paywall at episode {paywall_episode}, expected the first locked one, {locked[0]}")
            expect(page.locator("[data-testid=unlock]")).to_be_visible()
            coins_before = int(page.locator("[data-testid=coins]").inner_text())
            self.accessible(page, "watch paywall")
            self.shot(page, "watch-paywall.png")

        with self.step("watch: unlock with test coins and expect playback"):
            page.click("[data-testid=unlock]")
            expect(page.locator("[data-testid=paywall]")).to_be_hidden()
            page.wait_for_function(PLAYING % "0.5")
            coins_after = page.evaluate(f"() => JSON.parse(localStorage.getItem('cliff.coins.{series}'))")
            self.check(coins_after == coins_before - price, f"coins went from {coins_before} to {coins_after}, price {price}")

        with self.step("watch: subtitles show once (burned in); the toggle shows and hides the player's track"):
            mode = "() => Array.from(document.getElementById('player').textTracks).map(t => t.mode).join(',')"
            if page.evaluate(mode):
                self.check(page.evaluate(mode) in ("hidden", "disabled"), f"a subtitle track shows over burned-in subtitles: {page.evaluate(mode)}")
                page.click("[data-testid=subtitles-toggle]")
                self.check(page.evaluate(mode) == "showing", f"subtitles after toggling on: {page.evaluate(mode)}")
                page.click("[data-testid=subtitles-toggle]")
                self.check(page.evaluate(mode) == "hidden", f"subtitles after toggling off: {page.evaluate(mode)}")

        with self.step("watch: like, then the episode list opens, lists every episode and closes"):
            page.click("[data-testid=like]")
            expect(page.locator("[data-testid=like]")).to_have_attribute("aria-pressed", "true")
            page.click("[data-testid=episode-list-button]")
            expect(page.locator("[data-testid=episode-list]")).to_be_visible()
            expect(page.locator("[data-testid=episode-list] li")).to_have_count(len(numbers))
            page.keyboard.press("Escape")
            expect(page.locator("[data-testid=episode-list]")).to_be_hidden()

        with self.step("watch: viewer events reach POST /api/v1/events and are accepted"):
            wanted = {"playback_started", "swiped_away", "unlocked", "liked"} | ({"experiment_exposure"} if self.args.experiment else set())
            deadline = time.time() + max(15, self.args.timeout)
            while time.time() < deadline and not (wanted <= set(posted) and 200 in answers):
                page.wait_for_timeout(250)
            self.check(wanted <= set(posted), f"events sent: {sorted(set(posted))}, missing {sorted(wanted - set(posted))}")
            self.check(200 in answers, f"the ingest endpoint answered {answers}, never 200")
            if self.args.experiment:
                # Every event of the experiment's episode carries this viewer's one variant.
                self.check(len(tags) == 1 and next(iter(tags)) in (f"{self.args.experiment}/A", f"{self.args.experiment}/B"),
                           f"episode 1's events carry the variants {tags}")

        with self.step("watch: no JavaScript errors"):
            self.no_page_errors()
        print(f"    {swipes} swipe(s); events sent: {len(posted)}; ingest answers: {sorted(set(answers))}", flush=True)
        context.close()

    # Flow 3: a series' edition — its lines beside the source, the filters, a correction in place.

    def editions(self, browser):
        print("flow editions (laptop 1366x768)", flush=True)
        context = browser.new_context(viewport={"width": 1366, "height": 768})
        context.set_default_timeout(self.args.timeout * 1000)
        page = context.new_page()
        self.watch_page(page)
        series, language = self.args.series, self.args.edition
        quoted = urllib.parse.quote(series)
        line, stale_line = self.args.edition_line, self.args.stale_line
        rows = page.locator("table.edition-lines tbody tr")

        def shown():
            return rows.evaluate_all("rows => rows.map(r => ({id: r.dataset.line, origin: r.dataset.origin, stale: r.dataset.stale === 'true'}))")

        with self.step("editions: log in"):
            self.log_in(page, self.args.user, self.args.password)

        with self.step(f"editions: the series page links to its {language} edition"):
            page.goto(f"{self.base}/series/{quoted}")
            link = page.locator(f"#edition-{language}")
            expect(link).to_be_visible()
            self.accessible(page, "series with an edition")
            link.click()
            page.wait_for_url(lambda url: urllib.parse.urlparse(url).path == f"/series/{quoted}/editions/{language}")

        with self.step("editions: every line beside its source line, with its speaker, where its words came from and its time"):
            expect(rows.first).to_be_visible()
            expect(page.locator('.nav a[aria-current=page]')).to_have_text("Series")
            lines = shown()
            self.check(len(lines) >= 4, f"only {len(lines)} lines on the page")
            for row in rows.all():
                ident = row.locator("th").inner_text().strip()
                self.check(re.fullmatch(r"ep\d{3}-L\d{4}", ident), f"a row's line id is {ident!r}")
                self.check(row.locator("td.speaker").inner_text().strip() != "", f"{ident} has no speaker")
                self.check(row.locator("td.source").inner_text().strip() != "", f"{ident} has no source words")
                self.check(row.locator("td.edition textarea").input_value().strip() != "", f"{ident} has no edition words")
                self.check(row.locator("td.origin .badge").first.is_visible(), f"{ident} says not where its words came from")
                self.check(row.locator(".budget").inner_text().endswith(" s"), f"{ident} has no time budget")
            origins = {row["origin"] for row in lines}
            self.check({"transcreated", "untranslated", "human"} <= origins, f"origins on the page: {origins}")
            expect(page.locator(".edition-legend")).to_contain_text("Not a translation")
            expect(page.locator(f"#line-{stale_line} .stale-mark")).to_be_visible()
            expect(page.locator(f"#line-{stale_line} .stale-mark")).to_have_text("Changed since translated")
            # The release table: each episode's state in the edition and in the series; a
            # render nobody made yet (the last episode's) has nothing for a reviewer to decide.
            releases = page.locator("#edition-release tbody tr")
            self.check(releases.count() >= 2, "the page has no release table")
            last = releases.last
            self.check(last.get_attribute("data-state") == "draft", f"the last episode's edition state: {last.get_attribute('data-state')}")
            self.check(last.locator("button").count() == 0, "a reviewer is offered a decision on an episode with no render")
            self.accessible(page, "edition review")

        with self.step("editions: the filter 'Needs a translator' shows the untranslated lines only"):
            page.click("[data-filter=needs-translator]")
            page.wait_for_url(lambda url: "show=needs-translator" in url)
            expect(page.locator("[data-filter=needs-translator]")).to_have_attribute("aria-current", "page")
            expect(rows.first).to_be_visible()
            lines = shown()
            self.check(lines and all(row["origin"] == "untranslated" for row in lines), f"needs a translator: {lines}")
            self.check(line in [row["id"] for row in lines], f"{line} is not among the lines that need a translator: {lines}")
            self.accessible(page, "edition review: needs a translator")

        with self.step("editions: the filter 'Changed since translated' shows the stale lines only"):
            page.click("[data-filter=stale]")
            page.wait_for_url(lambda url: "show=stale" in url)
            expect(rows.first).to_be_visible()
            lines = shown()
            self.check(lines and all(row["stale"] for row in lines), f"stale: {lines}")
            self.check(stale_line in [row["id"] for row in lines], f"{stale_line} is not among the stale lines: {lines}")
            self.accessible(page, "edition review: stale")

        row = page.locator(f"#line-{line}")
        text = row.locator("textarea")
        error = row.locator(".field-error")
        with self.step(f"editions: an empty correction of {line} is refused at its line"):
            page.click("[data-filter=needs-translator]")
            page.wait_for_url(lambda url: "show=needs-translator" in url)
            text.fill("   ")
            row.locator("button[type=submit]").click()
            expect(error).to_be_visible()
            expect(error).to_contain_text(f"{line}: the words are empty")
            expect(text).to_have_attribute("aria-invalid", "true")
            self.accessible(page, "edition review: a refused correction")

        with self.step(f"editions: correct {line} in place; it becomes a person's translation"):
            text.fill(self.args.correction)
            row.locator("button[type=submit]").click()
            expect(row.locator(".save-status")).to_contain_text("Saved")
            expect(row).to_have_attribute("data-origin", "human")
            expect(row.locator("td.origin .badge").first).to_have_text("Person")
            expect(error).to_be_hidden()
            self.check(text.get_attribute("aria-invalid") is None, "the saved line is still marked invalid")

        with self.step("editions: after a reload the line is a person's translation and needs no translator"):
            page.reload()
            page.wait_for_load_state("load")
            self.check(page.locator(f"#line-{line}").count() == 0, f"{line} still needs a translator after the reload")
            page.click("[data-filter=all]")
            page.wait_for_url(lambda url: "show=" not in url)
            expect(row).to_have_attribute("data-origin", "human")
            expect(text).to_have_value(self.args.correction)
            expect(page.locator(f"#line-{stale_line} .stale-mark")).to_be_visible()
            self.accessible(page, "edition review after the correction")
            row.scroll_into_view_if_needed()
            self.shot(page, "studio-edition-review.png", full_page=True)

        with self.step("editions: no JavaScript errors"):
            self.no_page_errors()
        context.close()

    # Flow 4: the channel in the viewer's language, the other languages' subtitles soft.

    def languages(self, browser):
        wanted, source = self.args.edition, self.args.source_language
        print(f"flow languages (phone 390x844, Accept-Language {self.args.viewer_language})", flush=True)
        context = browser.new_context(
            viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True, has_touch=True,
            locale=self.args.viewer_language.split(",")[0], extra_http_headers={"Accept-Language": self.args.viewer_language},
        )
        context.set_default_timeout(self.args.timeout * 1000)
        page = context.new_page()
        self.watch_page(page)
        series = self.args.series
        quoted = urllib.parse.quote(series)
        select = page.locator("[data-testid=language]")
        tracks = "() => Array.from(document.getElementById('player').textTracks).map(t => ({language: t.language, label: t.label, kind: t.kind, mode: t.mode}))"
        source_src = f"/watch/media/{quoted}/1/episode.mp4"
        edition_src = f"/watch/media/{quoted}/1/editions/{wanted}/episode.mp4"

        def src():
            return urllib.parse.urlparse(page.evaluate("() => document.getElementById('player').currentSrc")).path

        # What the player reports, and what the studio answers: each view is counted in the
        # edition watched (its series id, `<series>.<language>`, for an edition).
        posted, refused = [], []

        def on_request(request):
            if request.method == "POST" and request.url.endswith("/api/v1/events"):
                with contextlib.suppress(Exception):
                    posted.extend((e["properties"]["series"], e["event"]) for e in json.loads(request.post_data or "{}")["batch"])

        def on_response(response):
            if response.request.method == "POST" and response.url.endswith("/api/v1/events"):
                with contextlib.suppress(Exception):
                    refused.extend(response.json().get("rejected", []))

        page.on("request", on_request)
        page.on("response", on_response)

        with self.step(f"languages: /watch/{series} opens episode 1 in the browser's language, {wanted}"):
            page.goto(f"{self.base}/watch/{quoted}")
            page.wait_for_function("() => document.body.dataset.episode === '1'")
            page.wait_for_function(f"() => document.body.dataset.language === '{wanted}'")
            page.wait_for_function(PLAYING % "0.2")
            self.check(src() == edition_src, f"the player plays {src()}, not the {wanted} edition's {edition_src}")
            expect(page.locator("html")).to_have_attribute("lang", wanted)
            expect(select).to_be_visible()
            expect(select).to_have_value(wanted)
            values = select.locator("option").evaluate_all("options => options.map(o => o.value)")
            self.check(sorted(values) == sorted([source, wanted]), f"the switch offers {values}")
            self.check(page.evaluate(tracks) == [{"language": source, "label": "English" if source == "en" else "中文", "kind": "subtitles", "mode": "hidden"}],
                       f"the soft tracks beside the {wanted} video: {page.evaluate(tracks)}")
            self.accessible(page, f"watch in {wanted}")

        with self.step(f"languages: switch to {source}: the series' own video, the {wanted} subtitles a soft track"):
            select.select_option(source)
            page.wait_for_function(f"() => document.body.dataset.language === '{source}'")
            page.wait_for_function(f"() => new URL(document.getElementById('player').currentSrc).pathname === '{source_src}'")
            page.wait_for_function(PLAYING % "0.2")
            expect(page.locator("html")).to_have_attribute("lang", source)
            expect(select).to_have_value(source)
            self.check([t["language"] for t in page.evaluate(tracks)] == [wanted], f"the soft tracks beside the {source} video: {page.evaluate(tracks)}")
            page.wait_for_function(f"""() => {{
                const track = Array.from(document.getElementById('player').textTracks).find(t => t.language === '{wanted}');
                return !!track && !!track.cues && track.cues.length > 0;
            }}""")
            cues = page.evaluate(f"() => Array.from(Array.from(document.getElementById('player').textTracks).find(t => t.language === '{wanted}').cues).map(c => c.text)")
            self.check(any(self.args.edition_text in cue for cue in cues), f"the {wanted} track's cues {cues} do not hold {self.args.edition_text!r}")
            track_src = page.evaluate(f"() => document.querySelector('#player track[srclang={wanted}]').src")
            answer = page.request.get(track_src)
            self.check(answer.ok and answer.headers.get("content-type", "").startswith("text/vtt"), f"{track_src}: {answer.status} {answer.headers.get('content-type')}")
            self.check("max-age" in answer.headers.get("cache-control", ""), f"{track_src} has no cache headers: {answer.headers}")
            page.click("[data-testid=subtitles-toggle]")
            self.check(page.evaluate(tracks)[0]["mode"] == "showing", f"the soft subtitles after turning them on: {page.evaluate(tracks)}")
            self.accessible(page, f"watch in {source} with {wanted} soft subtitles")
            self.shot(page, "watch-language.png")
            page.click("[data-testid=subtitles-toggle]")

        with self.step(f"languages: the view is counted in {series}.{wanted} until the switch, then in {series}"):
            expected = {(f"{series}.{wanted}", "playback_started"), (series, "playback_started")}
            deadline = time.time() + max(15, self.args.timeout)
            while time.time() < deadline and not expected <= set(posted):
                page.wait_for_timeout(250)
            self.check(expected <= set(posted), f"events sent: {sorted(set(posted))}, missing {sorted(expected - set(posted))}")
            self.check({ident for ident, _ in posted} <= {series, f"{series}.{wanted}"}, f"events under other series ids: {sorted(set(posted))}")
            # Left mid-episode (unless it had ended first on a slow machine): the view ends in
            # the edition, never in the series' language before it started there.
            first_own = next((i for i, (ident, _) in enumerate(posted) if ident == series), len(posted))
            self.check(all(ident == f"{series}.{wanted}" for ident, _ in posted[:first_own]), f"events before the switch: {posted[:first_own]}")
            self.check(not refused, f"the studio refused {refused}")

        with self.step(f"languages: after a reload the channel remembers {source}"):
            page.reload()
            page.wait_for_function("() => document.body.dataset.episode === '1'")
            page.wait_for_function(f"() => document.body.dataset.language === '{source}'")
            page.wait_for_function(f"() => new URL(document.getElementById('player').currentSrc).pathname === '{source_src}'")
            expect(select).to_have_value(source)
            stored = page.evaluate("() => JSON.parse(localStorage.getItem('cliff.language'))")
            self.check(stored == source, f"localStorage remembers {stored!r}")
            self.accessible(page, f"watch in {source} after a reload")

        with self.step("languages: no JavaScript errors"):
            self.no_page_errors()
        context.close()

    def touch_swipe_up(self, page):
        """A real touch gesture: finger down low on the player, moved up, lifted."""
        box = page.locator("#frame").bounding_box()
        x = box["x"] + box["width"] * 0.4
        y_start, y_end = box["y"] + box["height"] * 0.7, box["y"] + box["height"] * 0.3
        cdp = page.context.new_cdp_session(page)
        cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x, "y": y_start}]})
        steps = 8
        for i in range(1, steps + 1):
            y = y_start + (y_end - y_start) * i / steps
            cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [{"x": x, "y": y}]})
            page.wait_for_timeout(16)
        cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
        cdp.detach()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="server root, for example http://127.0.0.1:8080")
    parser.add_argument("--series", required=True, help="series id")
    parser.add_argument("--user", help="studio user name (flow studio)")
    parser.add_argument("--password", help="studio password (flow studio)")
    parser.add_argument("--episode", type=int, default=1, help="episode to review (flow studio): it needs a render in review")
    parser.add_argument("--producer", help="a producer's user name (same password): the calendar and production pages")
    parser.add_argument("--admin", help="the admin's user name (same password): the users page")
    parser.add_argument("--experiment", help="an experiment of the series with variants A and B on episode 1, live: its pages and the channel's tags")
    parser.add_argument("--channels", help="comma-separated: the external channels of the series, in cliff.yaml's order, with posts "
                        "live, failed and scheduled and figures from the platforms: the calendar's and the dashboard's channel tables")
    parser.add_argument("--screenshots", required=True, help="directory for the screenshots")
    parser.add_argument("--flows", default="studio,watch", help="comma-separated: studio, watch, editions, languages")
    parser.add_argument("--edition", default="zh", help="flows editions and languages: the edition's language")
    parser.add_argument("--edition-line", help="flow editions: a line of the edition that needs a translator, to correct")
    parser.add_argument("--stale-line", help="flow editions: a line of the edition changed since a person translated it")
    parser.add_argument("--correction", help="flow editions: the words the reviewer saves for --edition-line")
    parser.add_argument("--viewer-language", default="zh-CN,zh;q=0.9", help="flow languages: the browser's Accept-Language")
    parser.add_argument("--source-language", default="en", help="flow languages: the series' own language")
    parser.add_argument("--edition-text", help="flow languages: words of the edition's subtitles of episode 1")
    parser.add_argument("--chromium", default="/usr/bin/chromium", help="the Chromium executable")
    parser.add_argument("--timeout", type=float, default=20, help="seconds each wait may take")
    args = parser.parse_args()
    # Assertions wait as long as every other step (playwright's own default is 5 s, too short
    # on a loaded 2-core CI machine).
    expect.set_options(timeout=args.timeout * 1000)
    flows = [flow.strip() for flow in args.flows.split(",") if flow.strip()]
    unknown = [flow for flow in flows if flow not in ("studio", "watch", "editions", "languages")]
    if unknown:
        parser.error(f"unknown flow(s) {unknown}; use studio, watch, editions and/or languages")
    if ("studio" in flows or "editions" in flows) and (args.user is None or args.password is None):
        parser.error("the studio and editions flows need --user and --password")
    if "editions" in flows and not (args.edition_line and args.stale_line and args.correction):
        parser.error("the editions flow needs --edition-line, --stale-line and --correction")
    if "languages" in flows and not args.edition_text:
        parser.error("the languages flow needs --edition-text")
    os.makedirs(args.screenshots, exist_ok=True)

    run = Run(args)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=args.chromium,
            args=["--no-sandbox", "--autoplay-policy=no-user-gesture-required"],
        )
        try:
            for flow in flows:
                getattr(run, flow)(browser)
            run.where = "accessibility"
            run.page = None
            run.check(not run.violations, "accessibility violations " + "\n  ".join(run.violations))
        except (Failure, PlaywrightError, AssertionError, KeyError, ValueError) as error:
            print(f"FAILED at '{run.where}'" + (f" ({run.page.url})" if run.page else "") + f":\n  {error}", file=sys.stderr)
            if run.page_errors:
                print("JavaScript errors:\n  " + "\n  ".join(run.page_errors), file=sys.stderr)
            if run.console:
                print("last console lines:\n  " + "\n  ".join(run.console[-10:]), file=sys.stderr)
            if run.page is not None:
                with contextlib.suppress(PlaywrightError):
                    run.shot(run.page, "failure.png")
            browser.close()
            return 1
        browser.close()
    if run.checked_pages:
        print(f"accessibility ({accessibility.rules()}): no violations on {len(run.checked_pages)} page states: "
              + ", ".join(run.checked_pages), flush=True)
    print("browser test passed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
