// The framework starts its circuit once the browser has painted the prerendered page: started with the page, its start-up
// ran before the first paint and kept the person looking at an empty window for longer. A page opened in a background
// tab starts at once, since it paints nothing until it is shown.
if (document.visibilityState === 'hidden') {
  Blazor.start();
} else {
  requestAnimationFrame(() => setTimeout(() => Blazor.start()));
}
