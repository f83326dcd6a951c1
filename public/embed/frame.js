// For a council page that shows send-hub in an iframe: makes each frame
// marked data-send-hub-frame exactly as tall as the page inside it, so the
// frame never needs a scroll bar of its own.
//
//   <iframe data-send-hub-frame src="https://send.example.gov.uk/"
//           title="SEND Improvement Programme" loading="lazy"></iframe>
//   <script src="https://send.example.gov.uk/embed/frame.js"></script>
//
// send-hub posts { type: "send-hub:height", height: <CSS pixels>, path }.
// A message is used only if it comes from that frame's own window and its
// origin is the frame's origin (or "null" for a frame sandboxed without
// allow-same-origin); anything else is ignored.
(function () {
  'use strict';
  var MIN = 200;
  var MAX = 100000;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'send-hub:height' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.querySelectorAll('iframe[data-send-hub-frame]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var expected = new URL(frame.getAttribute('src'), document.baseURI).origin;
      var opaque = frame.hasAttribute('sandbox') && !/\ballow-same-origin\b/.test(frame.getAttribute('sandbox'));
      if (event.origin !== expected && !(opaque && event.origin === 'null')) return;
      var height = Math.min(Math.max(Math.ceil(data.height), MIN), MAX);
      frame.style.height = height + 'px';
      frame.setAttribute('data-send-hub-height', String(height));
      return;
    }
  });
})();
