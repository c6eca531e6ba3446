"""WCAG 2.1 AA checks of a page with axe-core, run inside the headless browser.

The test suite ships axe-core (Tests/Browser/axe.min.js, axe-core 4.12.1 by Deque Systems,
MPL-2.0, as packaged in the PyPI wheel axe-playwright-python 0.1.8). `check(page)` injects it
into the page and runs every rule tagged WCAG 2.0/2.1 level A and AA, plus the best-practice
rules listed in EXTRA_RULES; it returns the violations as readable lines.
"""

import os

AXE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "axe.min.js")

# WCAG 2.0 and 2.1, levels A and AA: names and labels (image-alt, label, button-name,
# link-name, select-name, aria-*), color-contrast, document-title, html-has-lang,
# list/listitem, td-headers-attr/th-has-data-cells, duplicate-id-aria, frame-title, meta-viewport...
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Best practices the studio keeps too: one main landmark, headings in order, the page has a
# level-one heading, every region of content inside a landmark, scrollable regions focusable.
EXTRA_RULES = ["landmark-one-main", "page-has-heading-one", "heading-order", "region", "scrollable-region-focusable",
               "landmark-unique", "empty-heading"]


def check(page):
    """Runs the rules on the page as it is now; returns a list of violation descriptions."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=AXE)
    result = page.evaluate(
        """async ([tags, extra]) => {
            const byTag = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
            const byRule = await axe.run(document, { runOnly: { type: 'rule', values: extra }, resultTypes: ['violations'] });
            return byTag.violations.concat(byRule.violations).map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + (n.failureSummary ? ' — ' + n.failureSummary.split('\\n').slice(1, 3).join(' ') : ''))
            }));
        }""",
        [TAGS, EXTRA_RULES],
    )
    return [f"{v['id']} ({v['impact']}): {v['help']}\n        " + "\n        ".join(v["nodes"]) for v in result]


def rules():
    """The rule set, for the report."""
    return "tags " + ", ".join(TAGS) + "; plus " + ", ".join(EXTRA_RULES)
