// Applies the reader's saved settings to the app's root before the first
// paint, so a reload never flashes the wrong theme or text size: <html> on
// the site itself, or the <div data-send-hub> a council page embeds the app
// in. It mirrors src/tools/prefs.rs (the app takes over once it has loaded)
// and reads the same localStorage key; if storage is blocked it quietly does
// nothing.
(function () {
  var apply = function (root) {
    root.classList.add('send-hub');
    var saved = {};
    try {
      saved = JSON.parse(window.localStorage.getItem('send-hub-settings') || '{}') || {};
    } catch (e) {
      saved = {};
    }
    if (typeof saved !== 'object' || (saved.version || 0) > 1) saved = {};
    var matches = function (query) {
      return !!(window.matchMedia && window.matchMedia(query).matches);
    };
    var themes = ['default', 'dark', 'high-contrast', 'cream'];
    var theme = themes.indexOf(saved.theme) >= 0 ? saved.theme
      : matches('(forced-colors: active)') || matches('(prefers-contrast: more)') ? 'high-contrast'
      : matches('(prefers-color-scheme: dark)') ? 'dark' : 'default';
    root.setAttribute('data-theme', theme);
    if ([125, 150, 175, 200].indexOf(saved.text_size) >= 0) root.setAttribute('data-text-size', String(saved.text_size));
    if (saved.spacing === true) root.setAttribute('data-spacing', 'wide');
    if (saved.font === 'atkinson' || saved.font === 'opendyslexic') root.setAttribute('data-font', saved.font);
    var reduce = typeof saved.reduce_motion === 'boolean' ? saved.reduce_motion : matches('(prefers-reduced-motion: reduce)');
    if (reduce) root.setAttribute('data-motion', 'reduce');
    // In a drop-in, the chosen language's code and direction, so a
    // right-to-left page never first paints left to right. The app confirms
    // both once it has loaded. (A page of the site is in the language its
    // address names.)
    if (root !== html && typeof saved.language === 'string' && /^[A-Za-z][A-Za-z0-9-]{1,14}$/.test(saved.language)) {
      root.setAttribute('lang', saved.language);
      var rtl = ['ar', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi', 'dv', 'ckb'];
      root.setAttribute('dir', rtl.indexOf(saved.language.split('-')[0].toLowerCase()) >= 0 ? 'rtl' : 'ltr');
    }
  };
  var html = document.documentElement;
  // The site's own page marks <html> as the app's root. On a council page,
  // only the <div data-send-hub> is the app's: if this script runs before
  // that <div> exists (put in <head>), wait for it, and never touch <html>.
  var embed = document.querySelector('[data-send-hub]');
  if (embed) apply(embed);
  else if (html.classList.contains('send-hub')) apply(html);
  else {
    document.addEventListener('DOMContentLoaded', function () {
      var later = document.querySelector('[data-send-hub]');
      if (later) apply(later);
    });
  }

  // On the site, each language has its own addresses: the source
  // language's at the root, the others under their code (the page's
  // <meta name="send-hub-languages" content="en= pl=/pl …">, source first).
  // A reader who chose a language and opens an address in the source
  // language is sent to the same address in theirs before anything is
  // drawn. An address that names a language (a shared link) is left alone.
  var languages = document.querySelector('meta[name="send-hub-languages"]');
  if (!embed && languages) {
    var bases = {};
    var source = null;
    languages.getAttribute('content').split(' ').forEach(function (pair) {
      var at = pair.indexOf('=');
      if (at < 1) return;
      var code = pair.slice(0, at);
      if (source === null) source = code;
      bases[code] = pair.slice(at + 1);
    });
    var chosen = null;
    try {
      var stored = JSON.parse(window.localStorage.getItem('send-hub-settings') || '{}') || {};
      chosen = typeof stored.language === 'string' ? stored.language : null;
    } catch (e) {
      chosen = null;
    }
    if (html.getAttribute('lang') === source && chosen && chosen !== source &&
        Object.prototype.hasOwnProperty.call(bases, chosen)) {
      window.location.replace(bases[chosen] + window.location.pathname + window.location.search + window.location.hash);
    }
  }
  // Following a language link saves the choice (the app need not be running).
  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest && event.target.closest('a[data-language-choice]');
    if (!link) return;
    try {
      var saved = JSON.parse(window.localStorage.getItem('send-hub-settings') || '{}') || {};
      if (typeof saved !== 'object' || (saved.version || 0) > 1) saved = { version: 1 };
      saved.language = link.getAttribute('data-language-choice');
      window.localStorage.setItem('send-hub-settings', JSON.stringify(saved));
    } catch (e) {
      // Storage blocked: the link still leads to the page in that language.
    }
  }, true);

  // If the app itself cannot start (its files did not download, or the
  // page's security policy blocked them), say so instead of showing
  // "Loading…" for ever. The app removes the loading message when it starts,
  // so an error after that is not reported here.
  var startProblem = function () {
    // A page of the site reads without the app: its own note (in its
    // language) says the reading tools are missing.
    var note = document.querySelector('.app-start-problem');
    if (note && !document.documentElement.hasAttribute('data-app-running')) {
      note.hidden = false;
      return;
    }
    var boot = document.getElementById('app-boot') || document.querySelector('[data-send-hub-boot]');
    if (!boot || boot.hasAttribute('data-start-problem')) return;
    boot.setAttribute('data-start-problem', '');
    boot.setAttribute('role', 'alert');
    boot.textContent = 'Sorry, the SEND Improvement Programme pages could not be loaded. ' +
      'Check your internet connection and reload the page. If this keeps happening, please contact the council.';
  };
  // Only the app's own files count: a council page's other scripts may
  // have errors of their own.
  var isAppFile = function (url) {
    return /\/(send-hub-[0-9a-f]+(_bg\.wasm|\.js)|loader-[0-9a-f]+\.js)$/.test(String(url || '').split(/[?#]/)[0]);
  };
  window.addEventListener('error', function (event) {
    var target = event.target;
    if (isAppFile(event.filename) || (target && target !== window && isAppFile(target.src || target.href))) startProblem();
  }, true);
})();
