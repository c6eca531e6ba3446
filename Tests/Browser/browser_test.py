#!/usr/bin/env python3
"""Drives the Cliffhanger studio and viewer channel in the Debian headless Chromium.

Flow "studio" (desktop 1440x900): log in, open an episode, play it, approve it, see the
status badge read "approved". Flow "watch" (phone 390x844, touch): open /watch/{series}, wait
for playback, swipe up (a real touch swipe first, then ArrowDown) until the paywall, unlock it
with test coins, expect playback, check the subtitles toggle, episode list, like button and
that the viewer events reached the ingest endpoint.

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

    def shot(self, page, name, full_page=False):
        path = os.path.join(self.args.screenshots, name)
        page.screenshot(path=path, full_page=full_page)
        print(f"    saved {path}", flush=True)

    def check(self, condition, message):
        if not condition:
            raise Failure(message)

    def no_page_errors(self):
        self.check(not self.page_errors, "JavaScript errors on the page:\n    " + "\n    ".join(self.page_errors))

    # Flow 1: the studio.

    def studio(self, browser):
        print("flow studio (desktop 1440x900)", flush=True)
        context = browser.new_context(viewport={"width": 1440, "height": 900})
        context.set_default_timeout(self.args.timeout * 1000)
        page = context.new_page()
        self.watch_page(page)
        series, number = self.args.series, self.args.episode

        with self.step("studio: log in at /login"):
            page.goto(f"{self.base}/login")
            page.fill("#name", self.args.user)
            page.fill("#password", self.args.password)
            page.click("#login")
            page.wait_for_url(lambda url: urllib.parse.urlparse(url).path == "/")

        with self.step(f"studio: open /series/{series}"):
            page.goto(f"{self.base}/series/{urllib.parse.quote(series)}")
            page.wait_for_load_state("load")  # not networkidle: the page may hold an event stream open
            self.shot(page, "studio-series.png", full_page=True)

        with self.step(f"studio: open episode {number} and play it past 1 s"):
            page.goto(f"{self.base}/series/{urllib.parse.quote(series)}/episodes/{number}")
            player = page.locator("video#player")
            expect(player).to_be_visible()
            page.evaluate(
                "() => { const v = document.getElementById('player'); v.muted = true; return v.play().then(() => true); }"
            )
            page.wait_for_function(PLAYING % "1")

        with self.step("studio: on a 1366x768 laptop the player and the decision bar stay in view"):
            page.set_viewport_size({"width": 1366, "height": 768})
            box = """id => { const r = document.getElementById(id).getBoundingClientRect();
                return [r.top, r.bottom, r.left, r.right, window.innerHeight, window.innerWidth, window.scrollY]; }"""
            for where in ("0", "document.body.scrollHeight / 2", "document.body.scrollHeight"):
                page.evaluate(f"() => window.scrollTo(0, {where})")
                for id in ("player", "approve", "reject"):
                    top, bottom, left, right, height, width, scrolled = page.evaluate(box, id)
                    self.check(top >= 0 and bottom <= height and left >= 0 and right <= width,
                               f"#{id} is out of view when scrolled to {where} ({scrolled:.0f} px): "
                               f"top {top:.0f}, bottom {bottom:.0f} of {height}, left {left:.0f}, right {right:.0f} of {width}")
            page.evaluate("() => window.scrollTo(0, 0)")

        with self.step("studio: keyboard focus on the decision buttons is visible"):
            page.focus("#note")
            page.keyboard.press("Tab")
            ring = page.evaluate("""() => { const e = document.activeElement, s = getComputedStyle(e);
                return [e.id, s.outlineStyle, parseFloat(s.outlineWidth), s.outlineColor]; }""")
            self.check(ring[0] in ("approve", "reject", "render", "regen-target"), f"Tab from the note went to #{ring[0]}")
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

        with self.step("studio: shot cards are a readable filmstrip and a click seeks the player to the shot"):
            cards = page.locator(".shot[data-start]")
            self.check(cards.count() >= 2, f"{cards.count()} shot cards")
            first, second = cards.nth(0).bounding_box(), cards.nth(1).bounding_box()
            self.check(first["width"] >= 140, f"a shot card is {first['width']:.0f} px wide")
            self.check(second["x"] - (first["x"] + first["width"]) <= 24 or second["y"] > first["y"],
                       f"{second['x'] - (first['x'] + first['width']):.0f} px between shot cards")
            # The last shot, from a paused player at 0: the player must land on that shot.
            last = cards.nth(cards.count() - 1)
            start = float(last.get_attribute("data-start"))
            self.check(start >= 2, f"the last shot starts at {start} s")
            page.evaluate("() => { const v = document.getElementById('player'); v.pause(); v.currentTime = 0; }")
            last.scroll_into_view_if_needed()
            last.click()
            page.wait_for_function(f"() => {{ const t = document.getElementById('player').currentTime; return t >= {start} && t < {start} + 1.5; }}")

        with self.step("studio: the script reads as a screenplay with beats as labels"):
            script = page.locator(".script")
            self.check(page.locator(".script .character").count() > 0, "no character cues in the script")
            self.check(page.locator(".script .dialogue").count() > 0, "no dialogue in the script")
            self.check(page.locator(".script .beat").count() > 0, "no beat labels in the script")
            self.check("[[" not in script.inner_text(), "raw [[notes]] in the script")
            page.set_viewport_size({"width": 390, "height": 844})
            overflow = page.evaluate("() => { const s = document.querySelector('.script'); return s.scrollWidth - s.clientWidth; }")
            self.check(overflow <= 1, f"the script is {overflow} px wider than its box on a phone")
            page.set_viewport_size({"width": 1440, "height": 900})

        with self.step("studio: approve and wait for the #status badge to read 'approved'"):
            if page.locator("#note").count() > 0:
                page.fill("#note", "Approved by the browser test.")
            # The page reloads itself once the approval is recorded: wait for that reload, so
            # that it cannot abort the next navigation however slowly the machine runs.
            with page.expect_navigation(wait_until="load"):
                page.click("#approve")
            expect(page.locator("#status")).to_have_text(re.compile(r"^\s*approved\s*$", re.I))
            self.shot(page, "studio-episode.png")

        with self.step(f"studio: open the audience dashboard of {series}"):
            page.goto(f"{self.base}/series/{urllib.parse.quote(series)}/audience")
            expect(page.locator("#retention svg.chart")).to_be_visible()
            expect(page.locator("#funnel svg.chart")).to_be_visible()
            expect(page.locator("#synthetic-label")).to_be_visible()
            self.shot(page, "studio-audience.png", full_page=True)

        with self.step("studio: no JavaScript errors"):
            self.no_page_errors()
        context_cookies = context.cookies()
        context.close()

        print("flow audience dashboard on a phone (390x844)", flush=True)
        phone = browser.new_context(viewport={"width": 390, "height": 844}, storage_state=None)
        phone.add_cookies(context_cookies)
        page = phone.new_page()
        with self.step("phone: the dashboard's charts fit the screen"):
            page.goto(f"{self.base}/series/{urllib.parse.quote(series)}/audience")
            expect(page.locator("#retention svg.chart")).to_be_visible()
            width = page.evaluate("() => document.documentElement.scrollWidth")
            chart = page.evaluate("() => document.querySelector('#retention svg.chart').getBoundingClientRect().width")
            self.check(width <= 390 and 300 <= chart <= 390, f"page {width}px wide, chart {chart}px on a 390px screen")
        phone.close()

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

        def on_request(request):
            if request.method == "POST" and request.url.endswith("/api/v1/events"):
                with contextlib.suppress(Exception):
                    posted.extend(event["event"] for event in json.loads(request.post_data or "{}")["batch"])

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

        with self.step(f"watch: open /watch/{series} and wait for playback of episode {numbers[0]}"):
            page.goto(f"{self.base}/watch/{urllib.parse.quote(series)}")
            page.wait_for_function(f"() => document.body.dataset.episode === '{numbers[0]}'")
            page.wait_for_function(PLAYING % "1")
            self.check(page.locator("#episode-title").inner_text().strip() != "", "#episode-title is empty")
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
            wanted = {"playback_started", "swiped_away", "unlocked", "liked"}
            deadline = time.time() + max(15, self.args.timeout)
            while time.time() < deadline and not (wanted <= set(posted) and 200 in answers):
                page.wait_for_timeout(250)
            self.check(wanted <= set(posted), f"events sent: {sorted(set(posted))}, missing {sorted(wanted - set(posted))}")
            self.check(200 in answers, f"the ingest endpoint answered {answers}, never 200")

        with self.step("watch: no JavaScript errors"):
            self.no_page_errors()
        print(f"    {swipes} swipe(s); events sent: {len(posted)}; ingest answers: {sorted(set(answers))}", flush=True)
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
    parser.add_argument("--episode", type=int, default=1, help="episode to approve (flow studio)")
    parser.add_argument("--screenshots", required=True, help="directory for the screenshots")
    parser.add_argument("--flows", default="studio,watch", help="comma-separated: studio, watch")
    parser.add_argument("--chromium", default="/usr/bin/chromium", help="the Chromium executable")
    parser.add_argument("--timeout", type=float, default=20, help="seconds each wait may take")
    args = parser.parse_args()
    # Assertions wait as long as every other step (playwright's own default is 5 s, too short
    # on a loaded 2-core CI machine).
    expect.set_options(timeout=args.timeout * 1000)
    flows = [flow.strip() for flow in args.flows.split(",") if flow.strip()]
    unknown = [flow for flow in flows if flow not in ("studio", "watch")]
    if unknown:
        parser.error(f"unknown flow(s) {unknown}; use studio and/or watch")
    if "studio" in flows and (args.user is None or args.password is None):
        parser.error("the studio flow needs --user and --password")
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
    print("browser test passed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
