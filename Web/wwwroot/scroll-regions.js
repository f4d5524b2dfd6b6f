// Radzen's Gantt renders its timeline as a scrolling box that the keyboard cannot reach (WCAG 2.1.1). Every such box
// is made focusable, so arrow keys scroll it, and named after the section it stands in. A script file, not an inline
// handler, because the Content-Security-Policy runs no inline script.
const scrollRegions = '.rz-gantt-timeline-scroll';

function makeReachable(root) {
  for (const region of root.querySelectorAll(scrollRegions)) {
    if (region.hasAttribute('tabindex')) {
      continue;
    }
    region.setAttribute('tabindex', '0');
    region.setAttribute('role', 'region');
    const heading = region.closest('section')?.querySelector('h1, h2, h3');
    if (heading?.id) {
      region.setAttribute('aria-labelledby', heading.id);
    }
  }
}

new MutationObserver(() => makeReachable(document)).observe(document.documentElement, { childList: true, subtree: true });
makeReachable(document);
