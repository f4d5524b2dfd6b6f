// Links marked data-reload reload the page. A script file instead of an onclick attribute, because the
// Content-Security-Policy runs no inline event handlers.
document.addEventListener('click', event => {
  const link = event.target instanceof Element ? event.target.closest('[data-reload]') : null;
  if (link) {
    event.preventDefault();
    location.reload();
  }
});
