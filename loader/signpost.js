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
  // How long a user who asked for help waits for the widget before being
  // told it cannot load (the widget's own fetches have the same limit).
  var PATIENCE = 8000;
  var host, root, mountPoint, placeholder, dispatch, loading, styled, wanted, waiting, failed, said;
  var crashes = 0;

  function report(e) {
    console.error('Signpost: ' + (e && e.message ? e.message : e));
  }

  function Signpost(method) {
    var args = [].slice.call(arguments, 1);
    if (method === 'shutdown') return shutdown();
    if (urgent[method]) {
      wanted = 1;
      if (!dispatch) wait();
    }
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

  // The config's request, made beside the wasm's; the widget takes it over
  // when it asks for the same URL. Null once handed over or dropped.
  var early = null;
  function dropEarly() {
    if (early) early.controller.abort();
    early = null;
  }

  function shutdown() {
    dropEarly();
    if (dispatch) {
      try {
        dispatch('shutdown', []);
      } catch (e) {
        report(e);
      }
    }
    if (host && host.parentNode) host.parentNode.removeChild(host);
    w.removeEventListener('online', online);
    notWaiting();
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
    placeholder.addEventListener('pointerenter', prefetch);
    placeholder.addEventListener('focus', prefetch);
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
    w.addEventListener('online', online);
    if (w.requestIdleCallback) w.requestIdleCallback(load, { timeout: 4000 });
    else setTimeout(load, 1500);
  }

  // Hover and focus fetch ahead, but not under the "try again" box: only
  // the user's choice starts the widget again there.
  function prefetch() {
    if (!mountPoint.querySelector('.sp-fallback')) load();
  }

  // The user asked for help: the launcher shows it is busy, and if the
  // widget is not there in time the user is told so (it goes on loading,
  // and opens when it arrives).
  function wait() {
    if (waiting || !placeholder) return;
    placeholder.setAttribute('aria-busy', 'true');
    waiting = setTimeout(function () {
      notWaiting();
      if (host && !dispatch) unavailable();
    }, PATIENCE);
  }

  function notWaiting() {
    clearTimeout(waiting);
    waiting = 0;
    if (placeholder) placeholder.removeAttribute('aria-busy');
  }

  function load() {
    if (loading || !host) return;
    loading = 1;
    var forHost = host;
    // After a crash, a new URL gives a fresh module and a fresh wasm instance.
    var fresh = crashes ? '?fresh=' + crashes : '';
    var down = 0;
    // This instance stopped: told by its panic hook, which logged why, or by
    // the glue, which caught a trap (scripts/guard-glue.mjs).
    function stop(e) {
      if (down++) return;
      if (e) report('internal error (' + e + '). The help panel stopped and offers to start again.');
      crashed();
    }
    // Fetched beside the glue, not after it and the chunk loader it imports:
    // two round trips fewer before the panel. After a failed load the
    // browser's copy may be the broken one.
    var wasm = fetch(base + 'signpost-app_bg.wasm', failed ? { cache: 'reload' } : {});
    // A failure is reported by the glue's init, which awaits this; if the
    // glue itself fails, nothing does, and the rejection is not left unhandled.
    wasm.catch(function () {});
    // So is the config (not asked for once the wasm runs: a round trip
    // fewer on a first visit). A config given to boot() needs no request.
    dropEarly();
    if (configUrl && !booting()) {
      try {
        var controller = new AbortController();
        var url = new URL(configUrl, d.baseURI).href;
        early = { url: url, response: fetch(url, { signal: controller.signal }), controller: controller };
        early.response.catch(function () {});
      } catch (e) {
        // Not a URL: the widget says so when it asks for it.
      }
    }
    import(base + 'signpost-app.js' + fresh)
      .then(function (glue) {
        glue.setTrapHandler(stop);
        return Promise.all([glue.default({ module_or_path: wasm }), styled])
          // Mount in a task of its own: with the instantiation it would be
          // one long task on the host page.
          .then(function () {
            return new Promise(function (next) {
              setTimeout(next);
            });
          })
          .then(function () {
            if (forHost !== host) return; // shut down while loading (which dropped `early`)
            var hadFocus = root.activeElement === placeholder || !!mountPoint.querySelector('.sp-fallback');
            notWaiting();
            failed = 0;
            mountPoint.textContent = '';
            // A config given to boot() wins over the script tag's URL.
            var booted = booting();
            if (booted) dropEarly();
            dispatch = glue.mount(mountPoint, { configUrl: booted ? null : configUrl, base: base, onCrash: stop, early: early });
            early = null;
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
        if (e instanceof WebAssembly.RuntimeError) return stop(e);
        if (down) return;
        // The next hover or click, or the network coming back, tries again.
        dropEarly();
        loading = 0;
        failed = 1;
        // Once per kind of failure, not once per attempt.
        var message = 'could not load the help widget from ' + base + ' (' + (e && e.message ? e.message : e) + ')';
        if (message !== said) report((said = message));
        if (forHost === host) unavailable();
      });
  }

  // The widget panicked (it logged why): its instance is unusable. The
  // launcher stays; a user who was using the widget is told.
  function crashed() {
    // Opened with the widget's own launcher: the loader was not asked.
    if (mountPoint.querySelector('[role=dialog]:not([hidden])')) wanted = 1;
    dispatch = null;
    loading = 0;
    crashes++;
    setTimeout(function () {
      if (!host) return;
      onlyLauncher();
      unavailable();
    });
  }

  // Says help cannot load, links to the official help centre if a config
  // was ever loaded here, and offers to try again (also done when the
  // browser comes back online).
  function unavailable() {
    // Once per request for help: hovering the launcher again must not redraw it.
    if (!host || !wanted) return;
    wanted = 0;
    notWaiting();
    var box = d.createElement('div');
    box.className = 'sp-panel sp-fallback';
    box.setAttribute('role', 'alert');
    var text = d.createElement('p');
    text.textContent = attr('data-unavailable-text', 'Help cannot be loaded right now.');
    box.appendChild(text);
    var url = helpCentre();
    if (url) {
      var link = d.createElement('a');
      link.className = 'sp-link';
      link.href = url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      link.textContent = attr('data-help-centre-text', 'Open the help centre');
      box.appendChild(link);
    }
    var again = d.createElement('button');
    again.type = 'button';
    again.className = 'sp-button';
    again.textContent = attr('data-retry-text', 'Try again');
    again.addEventListener('click', retry);
    box.appendChild(again);
    onlyLauncher(box);
    again.focus();
  }

  // The loader's own launcher in place of the widget, under `box` if given.
  function onlyLauncher(box) {
    mountPoint.textContent = '';
    if (box) mountPoint.appendChild(box);
    mountPoint.appendChild(placeholder);
  }

  // Also while a slow load goes on: the user then waits for it again.
  function retry() {
    if (!host || dispatch) return;
    onlyLauncher();
    Signpost('open');
  }

  function booting() {
    return queue.some(function (c) {
      return c[0] === 'boot';
    });
  }

  function attr(name, fallback) {
    return (me && me.getAttribute(name)) || fallback;
  }

  // From the last config that loaded (the widget keeps it for outages).
  function helpCentre() {
    try {
      var saved = JSON.parse(localStorage.getItem('signpost:config:' + new URL(configUrl, d.baseURI).href));
      var url = saved.platform.help_centre_url;
      return /^https:/.test(url) ? url : null;
    } catch (e) {
      return null;
    }
  }

  function online() {
    if (host && !dispatch && mountPoint.querySelector('.sp-fallback')) retry();
  }

  if (d.body) start();
  else d.addEventListener('DOMContentLoaded', start);
})(window, document);
