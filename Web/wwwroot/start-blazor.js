// The framework starts its circuit once the person sees the prerendered page: the browser reports its first contentful
// paint once the frame is on screen. Started with the page, the circuit's start-up ran before the first paint; started
// after the first frame was drawn but before it was on screen, it took the processor from the drawing. A page opened in
// a background tab starts at once, since it paints nothing until it is shown, and so does a page that reports no paint
// within a second (a browser without paint timing).
if (document.visibilityState === 'hidden') {
  Blazor.start();
} else {
  let started = false;
  const start = () => {
    if (!started) {
      started = true;
      Blazor.start();
    }
  };
  const paints = new PerformanceObserver(list => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) {
      paints.disconnect();
      start();
    }
  });
  paints.observe({ type: 'paint', buffered: true });
  setTimeout(start, 1000);
}
