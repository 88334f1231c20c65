namespace SiteGen.BrowserTests;

/// <summary>Scripts, run in the page, about keyboard focus.</summary>
public static class Focus
{
    /// <summary>A short CSS-like name for an element: tag#id.class, and the start of its text.</summary>
    public const string DescribeFunction = """
        const describe = el => !el ? 'nothing' : el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
          [...el.classList].map(c => '.' + c).join('') +
          ((el.textContent || '').trim() ? ` "${el.textContent.trim().replace(/\s+/g, ' ').slice(0, 40)}"` : '');
        """;

    /// <summary>Elements a reader can Tab to, in document order (none of the site's use a positive tabindex).</summary>
    public const string FocusableFunction = """
        const focusable = () => [...document.querySelectorAll(
            'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), ' +
            'textarea:not([disabled]), summary, iframe, [contenteditable=""], [contenteditable="true"], [tabindex]:not([tabindex="-1"])')]
          .filter(el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
        """;

    /// <summary>The focused element: how it is named, whether it is the first Tab stop, and where it is on screen.</summary>
    public const string Describe = "() => { " + DescribeFunction + FocusableFunction + """
          const el = document.activeElement;
          const box = el.getBoundingClientRect();
          return {
            element: describe(el),
            isFirstFocusable: focusable()[0] === el,
            top: box.top, bottom: box.bottom, width: box.width, height: box.height,
          };
        }
        """;

    /// <summary>How many Tab stops the page has.</summary>
    public const string Count = "() => { " + FocusableFunction + " return focusable().length; }";

    /// <summary>
    /// Null when no part of the focused element is under the "Exit this page" bar (or it is in the
    /// bar); otherwise where they overlap. Stricter than <see cref="Obscured"/>: the sticky bar
    /// should never cover any of the focused element, not merely leave some of it showing. An
    /// element taller than the room below the bar (a long table's scrolling box) cannot help
    /// reaching under it or past the viewport's edges, and is left to <see cref="Obscured"/>.
    /// </summary>
    public const string UnderExitThisPage = "() => { " + DescribeFunction + """
          const el = document.activeElement;
          const bar = document.querySelector('[data-module="exit-this-page"]');
          if (!el || !bar || el === document.body || bar.contains(el)) return null;
          const b = bar.getBoundingClientRect();
          for (const r of el.getClientRects()) {
            const fits = r.height <= innerHeight - Math.max(b.bottom, 0);
            if (fits && r.width > 0 && r.height > 0 && r.top < b.bottom && r.bottom > b.top && r.left < b.right && r.right > b.left) {
              return `${describe(el)} (${Math.round(r.top)}px to ${Math.round(r.bottom)}px from the top) is partly under ` +
                `Exit this page (${Math.round(b.top)}px to ${Math.round(b.bottom)}px)`;
            }
          }
          return null;
        }
        """;

    /// <summary>
    /// Null when the focused element can be seen; otherwise why not: out of the viewport, or every
    /// part of it covered by something else (WCAG 2.4.11 Focus not obscured).
    /// </summary>
    public const string Obscured = "() => { " + DescribeFunction + """
          const el = document.activeElement;
          if (!el || el === document.body || el === document.documentElement) return null;
          const rects = [...el.getClientRects()].filter(r => r.width > 0 && r.height > 0);
          if (rects.length === 0) return `${describe(el)} is focused but has no size`;
          const visible = rects.filter(r => r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth);
          if (visible.length === 0) return `${describe(el)} is focused but outside the viewport (top ${Math.round(rects[0].top)}px)`;
          const clamp = (v, max) => Math.min(Math.max(v, 0), max - 1);
          let cover = null;
          for (const r of visible) {
            const points = [[(r.left + r.right) / 2, (r.top + r.bottom) / 2], [r.left + 2, r.top + 2], [r.right - 2, r.top + 2],
                            [r.left + 2, r.bottom - 2], [r.right - 2, r.bottom - 2]];
            for (const [x, y] of points) {
              const hit = document.elementFromPoint(clamp(x, innerWidth), clamp(y, innerHeight));
              if (hit && (hit === el || el.contains(hit))) return null;
              cover = cover || hit;
            }
          }
          return `${describe(el)} is focused but entirely covered by ${describe(cover)}`;
        }
        """;

    /// <summary>
    /// <see cref="Obscured"/>, then <see cref="UnderExitThisPage"/>, in one call: null when the
    /// focused element is in plain sight, otherwise the first problem. One round trip per Tab stop
    /// keeps the every-page sweeps quick.
    /// </summary>
    public const string Hidden = "() => (" + Obscured + ")() ?? (" + UnderExitThisPage + ")()";
}
