// Resolves once the element comes within a screen of what the person sees. The browser first reports where the element
// stands after it has laid out and painted what the circuit last changed, so a figure close to the top still follows the
// table it stands under, and a figure below a long table waits until the person scrolls towards it: until then the
// browser neither builds it nor has to take it down again when the page is left. The page scrolls inside the layout's
// body, not the window, so the nearest scrolling ancestor is the box the margin is measured on. A tab in the background
// reports nothing until it is shown, and paints nothing either.
function scrollingAncestor(element) {
  for (let box = element.parentElement; box; box = box.parentElement) {
    const overflow = getComputedStyle(box).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') {
      return box;
    }
  }
  return null;
}

window.whenNearView = element => new Promise(resolve => {
  if (!(element instanceof Element)) {
    resolve();
    return;
  }
  const observer = new IntersectionObserver(entries => {
    if (entries.some(entry => entry.isIntersecting)) {
      observer.disconnect();
      resolve();
    }
  }, { root: scrollingAncestor(element), rootMargin: '100% 0px' });
  observer.observe(element);
});
