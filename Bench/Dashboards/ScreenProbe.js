// Installed into every page of the benchmark's browser before the page's own scripts run. It watches the document with
// one MutationObserver and notes, on the page's own clock:
// - for the page load, relative to navigation start (performance.now()): each change in the number of project rows in
//   the dashboard table and when the frame showing it was painted, when the circuit came up and when the page went live,
//   and when the person last clicked (the start of a navigation within the product);
// - for live changes, on the machine's wall clock (Date.now(), the clock the benchmark process reads as well): when a
//   project's row first shows the column counts the benchmark expects after its change, and when the frame holding it
//   was painted (the first task after the next animation frame).
(() => {
    const probe = {
        rows: [],
        circuitAt: null,
        liveAt: null,
        clickedAt: null,
        pending: new Map(),
        shown: [],
    };
    window.__dashboardProbe = probe;

    const rowCount = () => document.querySelectorAll('table.dashboard-table tbody tr[data-project-id]').length;

    const showsCounts = (row, counts) => {
        for (const span of row.querySelectorAll('.dash-count')) {
            const name = span.dataset.column;
            if (!(name in counts)) {
                continue;
            }

            // The page writes "name: count" or "name: count/limit".
            const figure = /^:\s*(\d+)/.exec(span.textContent.slice(name.length));
            if (!figure || Number(figure[1]) !== counts[name]) {
                return false;
            }
        }

        return true;
    };

    // Conditions the benchmark awaits with one evaluation each. Playwright's own polling waits would compile its injected
    // script into every newly loaded document, some 20 ms of the renderer's main thread while the page is being painted.
    const conditions = [];
    const check = () => {
        for (const condition of conditions.filter(condition => condition.holds())) {
            conditions.splice(conditions.indexOf(condition), 1);
            condition.resolve(true);
        }
    };

    const until = (holds, timeoutMs) => new Promise(resolve => {
        const condition = { holds, resolve };
        conditions.push(condition);
        check();
        setTimeout(() => {
            const index = conditions.indexOf(condition);
            if (index >= 0) {
                conditions.splice(index, 1);
                resolve(false);
            }
        }, timeoutMs);
    });

    const painted = (entries) => requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
            const at = Date.now();
            entries.forEach(entry => entry.paintedAt = at);
        };
        channel.port2.postMessage(null);
    });

    // The same for a page load's row marks, relative to navigation start.
    const paintedSince = (mark) => requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
            mark.paintedAt = performance.now();
            check();
        };
        channel.port2.postMessage(null);
    });

    const look = () => {
        const rows = rowCount();
        if (probe.rows.length === 0 || probe.rows[probe.rows.length - 1].rows !== rows) {
            const mark = { at: performance.now(), rows, paintedAt: null };
            probe.rows.push(mark);
            paintedSince(mark);
        }

        if (probe.circuitAt === null && document.querySelector('[data-circuit=ready]')) {
            probe.circuitAt = performance.now();
        }

        if (probe.liveAt === null && document.querySelector('.live-indicator.on')) {
            probe.liveAt = performance.now();
        }

        check();

        if (probe.pending.size === 0) {
            return;
        }

        const now = Date.now();
        const batch = [];
        for (const [id, counts] of probe.pending) {
            const row = document.querySelector(`tr[data-project-id="${CSS.escape(id)}"]`);
            if (row && showsCounts(row, counts)) {
                const entry = { id, shownAt: now, paintedAt: null };
                probe.shown.push(entry);
                batch.push(entry);
                probe.pending.delete(id);
            }
        }

        if (batch.length > 0) {
            painted(batch);
            check();
        }
    };

    // Resolves with true once the page is live and its table holds the given number of rows, or with false after the
    // timeout.
    probe.whenLive = (projects, timeoutMs) => until(
        () => probe.liveAt !== null && probe.rows.length > 0 && probe.rows[probe.rows.length - 1].rows >= projects,
        timeoutMs);

    // Resolves with true once the frame showing the given number of rows was painted, or with false after the timeout.
    probe.whenPainted = (projects, timeoutMs) => until(
        () => probe.rows.some(mark => mark.rows >= projects && mark.paintedAt !== null),
        timeoutMs);

    // Expects each project's row to show the given column counts ({ id, counts: { column: tasks } }).
    probe.expect = (changes) => changes.forEach(change => probe.pending.set(change.id, change.counts));

    // Resolves with true once every expected row showed its counts, or with false after the timeout.
    probe.whenShown = (timeoutMs) => until(() => probe.pending.size === 0, timeoutMs);

    // What was shown since the last call (after its frame was painted), and which projects are still awaited.
    probe.take = () => new Promise(resolve => requestAnimationFrame(() => setTimeout(() => {
        const shown = probe.shown.splice(0);
        resolve({ shown, missing: [...probe.pending.keys()] });
    }, 0)));

    probe.load = () => {
        const navigation = performance.getEntriesByType('navigation')[0];
        const contentful = performance.getEntriesByName('first-contentful-paint')[0];
        return {
            firstContentfulPaint: contentful ? contentful.startTime : null,
            domContentLoaded: navigation ? navigation.domContentLoadedEventEnd : null,
            requestStart: navigation ? navigation.requestStart : null,
            rows: probe.rows,
            circuitAt: probe.circuitAt,
            liveAt: probe.liveAt,
            clickedAt: probe.clickedAt,
            responseStart: navigation ? navigation.responseStart : null,
            responseEnd: navigation ? navigation.responseEnd : null,
        };
    };

    document.addEventListener('click', () => probe.clickedAt = performance.now(), { capture: true });
    new MutationObserver(look).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class'] });
})();
