// Resolves once the browser has painted what the circuit last changed: the first task after the next animation frame.
// A page that has more to draw than the person needs first waits for this before drawing the rest. A tab in the
// background paints nothing until it is shown, so there it resolves at once.
window.afterNextPaint = () => document.visibilityState === 'hidden'
  ? Promise.resolve()
  : new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve)));
