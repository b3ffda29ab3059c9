// The JS API example page's own script (no inline scripts: the page runs
// under a strict Content-Security-Policy, as a careful platform's would).
window.Signpost = window.Signpost || function () { (window.Signpost.q = window.Signpost.q || []).push(arguments); };

var log = document.getElementById('events');
function show(name, payload) {
  var item = document.createElement('li');
  item.textContent = name + ' ' + JSON.stringify(payload);
  log.appendChild(item);
}

// Queued until the widget loads, then replayed in order.
['open', 'close', 'faq_view', 'search', 'advice_shown', 'handoff'].forEach(function (name) {
  window.Signpost('on', name, function (payload) { show(name, payload); });
});
window.Signpost('identify', { accountId: '40817733', email: 'ana@example.com' });

document.querySelectorAll('[data-call]').forEach(function (button) {
  button.addEventListener('click', function () {
    window.Signpost.apply(null, JSON.parse(button.getAttribute('data-call')));
  });
});

document.getElementById('boot').addEventListener('click', function () {
  fetch('signpost.json').then(function (r) { return r.json(); }).then(function (config) {
    window.Signpost('boot', config);
  });
});
