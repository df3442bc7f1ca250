// Sends the CSRF token with every htmx request and asks for confirmation where a form says so.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
document.addEventListener('submit', function (event) {
  var message = event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
// Tree toggles: the first click loads the children, the next one folds them away again.
document.addEventListener('htmx:beforeRequest', function (event) {
  var el = event.detail.elt;
  if (el.classList && el.classList.contains('toggle') && el.getAttribute('aria-expanded') === 'true') {
    event.preventDefault();
    document.getElementById(el.getAttribute('aria-controls')).innerHTML = '';
    el.setAttribute('aria-expanded', 'false');
    el.textContent = '+';
  }
});
document.addEventListener('htmx:afterRequest', function (event) {
  var el = event.detail.elt;
  if (el.classList && el.classList.contains('toggle') && event.detail.successful) {
    el.setAttribute('aria-expanded', 'true');
    el.textContent = '−';
  }
});
