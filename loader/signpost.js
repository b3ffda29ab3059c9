/*! Signpost loader. Embed:
 *   <script src="https://cdn.example/signpost/signpost.js" data-config-url="/help/signpost.json" async></script>
 * It draws the launcher at once and loads the widget (wasm) next to itself
 * only when the page is idle or the user reaches for the launcher. Calls to
 * window.Signpost(...) made before that are queued and replayed in order. */
(function (w, d) {
  'use strict';
  var prior = w.Signpost;
  // A second copy of the tag must not start a second widget.
  if (prior && prior.loaded) return;

  var me = d.currentScript;
  var base = me && me.src ? me.src.replace(/[?#].*$/, '').replace(/[^/]*$/, '') : '';
  var configUrl = me ? me.getAttribute('data-config-url') : null;
  var label = (me && me.getAttribute('data-label')) || 'Help';
  // Calls the page made through the stub snippet before this script ran.
  var queue = prior && prior.q ? [].slice.call(prior.q) : [];
  // Calls that mean the user wants help now, so loading should not wait.
  var urgent = { open: 1, toggle: 1, openFaq: 1, openAdvisor: 1 };
  var host, root, mountPoint, placeholder, dispatch, loading, styled;

  function report(e) {
    console.error('Signpost: ' + (e && e.message ? e.message : e));
  }

  function Signpost(method) {
    var args = [].slice.call(arguments, 1);
    if (method === 'shutdown') return shutdown();
    if (dispatch) {
      try {
        return dispatch(String(method), args);
      } catch (e) {
        report(e);
      }
      return;
    }
    queue.push([method].concat(args));
    // After a shutdown, boot starts the widget again.
    if (!host && method === 'boot' && d.body) start();
    if (urgent[method]) load();
  }

  function shutdown() {
    if (dispatch) {
      try {
        dispatch('shutdown', []);
      } catch (e) {
        report(e);
      }
    }
    if (host && host.parentNode) host.parentNode.removeChild(host);
    host = root = dispatch = null;
    loading = 0;
    queue = [];
  }
  Signpost.loaded = true;
  w.Signpost = Signpost;

  function start() {
    host = d.createElement('signpost-widget');
    root = host.attachShadow({ mode: 'open' });
    var sheet = d.createElement('link');
    sheet.rel = 'stylesheet';
    sheet.href = base + 'signpost.css';
    mountPoint = d.createElement('div');
    mountPoint.className = 'sp-root';
    placeholder = d.createElement('button');
    placeholder.type = 'button';
    placeholder.className = 'sp-launcher';
    placeholder.setAttribute('aria-label', label);
    placeholder.setAttribute('aria-haspopup', 'dialog');
    var icon = d.createElement('span');
    icon.className = 'sp-launcher-icon';
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = '?';
    placeholder.appendChild(icon);
    placeholder.addEventListener('pointerenter', load);
    placeholder.addEventListener('focus', load);
    placeholder.addEventListener('click', function () {
      Signpost('open');
    });
    // Unstyled content would flash in the page and shift its layout, so the
    // launcher is shown only once the stylesheet has arrived (or failed).
    function show() {
      if (!placeholder.parentNode && !dispatch) mountPoint.appendChild(placeholder);
    }
    // The widget mounts only once the stylesheet is there, too.
    styled = new Promise(function (done) {
      sheet.addEventListener('load', function () {
        show();
        done();
      });
      sheet.addEventListener('error', function () {
        report('could not load ' + sheet.href);
        show();
        done();
      });
    });
    root.appendChild(sheet);
    root.appendChild(mountPoint);
    d.body.appendChild(host);
    if (w.requestIdleCallback) w.requestIdleCallback(load, { timeout: 4000 });
    else setTimeout(load, 1500);
  }

  function load() {
    if (loading || !host) return;
    loading = 1;
    var forHost = host;
    import(base + 'signpost-app.js')
      .then(function (glue) {
        return Promise.all([glue.default({ module_or_path: base + 'signpost-app_bg.wasm' }), styled])
          // Mount in a task of its own: with the instantiation it would be
          // one long task on the host page.
          .then(function () {
            return new Promise(function (next) {
              setTimeout(next);
            });
          })
          .then(function () {
          if (forHost !== host) return; // shut down while loading
          var hadFocus = root.activeElement === placeholder;
          if (placeholder.parentNode) placeholder.parentNode.removeChild(placeholder);
          // A config given to boot() wins over the script tag's URL.
          var booted = queue.some(function (c) {
            return c[0] === 'boot';
          });
          dispatch = glue.mount(mountPoint, { configUrl: booted ? null : configUrl, base: base });
          if (hadFocus) {
            var launcher = root.querySelector('.sp-launcher');
            if (launcher) launcher.focus();
          }
          var calls = queue;
          queue = [];
          for (var i = 0; i < calls.length; i++) Signpost.apply(null, calls[i]);
        });
      })
      .catch(function (e) {
        // Let the next hover or click try again (the network may come back).
        loading = 0;
        report('could not load the help widget from ' + base + ' (' + (e && e.message ? e.message : e) + ')');
      });
  }

  if (d.body) start();
  else d.addEventListener('DOMContentLoaded', start);
})(window, document);
