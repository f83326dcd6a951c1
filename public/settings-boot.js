// Applies the reader's saved settings to the app's root before the first
// paint, so a reload never flashes the wrong theme or text size: <html> on
// the site itself, or the <div data-send-hub> a council page embeds the app
// in (this script then comes after that <div>). It mirrors
// src/tools/prefs.rs (the app takes over once it has loaded) and reads the
// same localStorage key; if storage is blocked it quietly does nothing.
(function () {
  var root = document.querySelector('[data-send-hub]') || document.documentElement;
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
  // The chosen language's code and direction, so a right-to-left page never
  // first paints left to right. The app confirms both once it has loaded.
  if (typeof saved.language === 'string' && /^[A-Za-z][A-Za-z0-9-]{1,14}$/.test(saved.language)) {
    root.setAttribute('lang', saved.language);
    var rtl = ['ar', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi', 'dv', 'ckb'];
    root.setAttribute('dir', rtl.indexOf(saved.language.split('-')[0].toLowerCase()) >= 0 ? 'rtl' : 'ltr');
  }
})();
