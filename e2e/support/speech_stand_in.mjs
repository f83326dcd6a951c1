// A recording stand-in for the Web Speech API, installed before the app
// loads. Headless Chromium has no voices without a speech service, so the
// behaviour tests (what is read, in what order, with which rate and voice,
// and how highlights follow) use this; speech_real.test.mjs checks the real
// engine separately. It records every call in window.__speech and plays
// each utterance back as events: start, a word boundary per word (unless
// boundaries are switched off, as with espeak-ng), then end.
//
// Options that give it the faults real engines have (each one reported in
// public trackers; this machine's engines cannot be made to show them):
// - `voicesAfterMs`: no voices at first; they come that long after the
//   first ask, with `voiceschanged` (Chrome loads its list in the
//   background);
// - `charsPerSecond` and `timeScale`: words come at a speaking pace
//   (characters per second at rate 1, divided by the rate), all times
//   multiplied by `timeScale` so tests run fast; with `cutOffSeconds`, an
//   utterance that has spoken for that long (in unscaled seconds) stops
//   dead, with no end and no error (Chrome's own voices, about 14 s);
// - `pauseFires: 'end' | 'interrupted'`: pause() ends the utterance with
//   that event, and resume() then does nothing (Chrome and Firefox on
//   Android);
// - `dropSpeakAfterCancel`: a speak() in the same task as a cancel() is
//   silently lost (speech-dispatcher);
// - `neverEndOver`: an utterance longer than that many characters starts
//   and never finishes (engines that never send `end`).
// `record.spoken` lists what was handed over; `record.ended` what was said
// to the end; `record.cutOff` where utterances were cut off.
export async function installSpeechStandIn(page, options = {}) {
  const settings = {
    boundaries: true, wordMs: 15, languages: ['en-GB', 'en-US', 'pl-PL'], voicesAfterMs: null,
    charsPerSecond: null, timeScale: 1, cutOffSeconds: null, pauseFires: null,
    dropSpeakAfterCancel: false, neverEndOver: null, ...options,
  };
  await page.addInitScript((settings) => {
    const { boundaries, wordMs, languages, voicesAfterMs } = settings;
    const record = { calls: [], spoken: [], ended: [], cutOff: [], dropped: [], boundaries, wordMs };
    window.__speech = record;
    const voices = [
      { name: 'Stand-in English', lang: 'en-GB', default: true, localService: true, voiceURI: 'stand-in-en' },
      { name: 'Stand-in English 2', lang: 'en-US', default: false, localService: true, voiceURI: 'stand-in-en-2' },
      { name: 'Stand-in Polish', lang: 'pl-PL', default: false, localService: true, voiceURI: 'stand-in-pl' },
    ].filter((voice) => languages.includes(voice.lang));
    class StandInUtterance extends EventTarget {
      constructor(text = '') {
        super();
        Object.assign(this, { text, rate: 1, pitch: 1, volume: 1, lang: '', voice: null });
      }
    }
    const fire = (utterance, type, extra = {}) => {
      const event = { type, utterance, charIndex: 0, charLength: 0, name: '', elapsedTime: 0, ...extra };
      utterance['on' + type]?.(event);
    };
    // How long (ms, scaled) the engine takes to say `chars` characters.
    const sayMs = (chars, rate) => (settings.charsPerSecond
      ? (chars / (settings.charsPerSecond * rate)) * 1000 * settings.timeScale
      : null);
    let queue = [];
    let current = null;
    let paused = false;
    let cancelledThisTask = false;
    const playNext = () => {
      if (current || queue.length === 0) return;
      const utterance = (current = queue.shift());
      record.spoken.push({ text: utterance.text, rate: utterance.rate, lang: utterance.lang, voice: utterance.voice?.name ?? null });
      const words = [...utterance.text.matchAll(/\S+/g)];
      const neverEnds = settings.neverEndOver !== null && utterance.text.length > settings.neverEndOver;
      const cutOffMs = settings.cutOffSeconds === null ? Infinity : settings.cutOffSeconds * 1000 * settings.timeScale;
      let spokenMs = 0;
      let next = 0;
      const gap = (from, to) => sayMs(to - from, utterance.rate) ?? record.wordMs;
      const step = () => {
        if (current !== utterance) return;
        if (paused) return void setTimeout(step, 10);
        if (next < words.length) {
          const word = words[next];
          const wait = gap(next === 0 ? 0 : words[next - 1].index, word.index);
          if (spokenMs + wait > cutOffMs) {
            record.cutOff.push({ text: utterance.text, at: word.index });
            return; // silence: no boundary, no end, no error
          }
          next++;
          spokenMs += wait;
          return void setTimeout(() => {
            if (current !== utterance) return;
            if (record.boundaries) fire(utterance, 'boundary', { name: 'word', charIndex: word.index, charLength: word[0].length });
            step();
          }, wait);
        }
        if (neverEnds) return;
        const tail = gap(words.at(-1)?.index ?? 0, utterance.text.length);
        if (spokenMs + tail > cutOffMs) return void record.cutOff.push({ text: utterance.text, at: utterance.text.length });
        setTimeout(() => {
          if (current !== utterance) return;
          current = null;
          record.ended.push(utterance.text);
          fire(utterance, 'end');
          playNext();
        }, tail);
      };
      setTimeout(() => {
        fire(utterance, 'start');
        step();
      }, 1);
    };
    const synth = new EventTarget();
    Object.defineProperties(synth, {
      speaking: { get: () => current !== null },
      pending: { get: () => queue.length > 0 },
      paused: { get: () => paused },
    });
    let voicesLoaded = voicesAfterMs === null;
    synth.getVoices = () => {
      record.calls.push('getVoices');
      if (!voicesLoaded && !record.voicesAsked) {
        record.voicesAsked = true;
        setTimeout(() => {
          voicesLoaded = true;
          const event = new Event('voiceschanged');
          synth.onvoiceschanged?.(event);
          synth.dispatchEvent(event);
        }, voicesAfterMs);
      }
      return voicesLoaded ? voices : [];
    };
    synth.speak = (utterance) => {
      record.calls.push('speak');
      if (settings.dropSpeakAfterCancel && cancelledThisTask) return void record.dropped.push(utterance.text);
      queue.push(utterance);
      playNext();
    };
    synth.pause = () => {
      record.calls.push('pause');
      if (settings.pauseFires && current) {
        const stopped = current;
        current = null;
        if (settings.pauseFires === 'end') {
          fire(stopped, 'end');
          playNext();
        } else {
          queue = [];
          fire(stopped, 'error', { error: 'interrupted' });
        }
        return;
      }
      paused = true;
    };
    synth.resume = () => { record.calls.push('resume'); paused = false; };
    synth.cancel = () => {
      record.calls.push('cancel');
      cancelledThisTask = true;
      setTimeout(() => (cancelledThisTask = false), 0);
      const stopped = current;
      queue = [];
      current = null;
      paused = false;
      if (stopped) fire(stopped, 'error', { error: 'interrupted' });
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: StandInUtterance, configurable: true });
  }, settings);
}

/** Removes the speech engine altogether, as in browsers without one. */
export async function removeSpeechEngine(page) {
  await page.addInitScript(() => {
    delete window.speechSynthesis;
    delete window.SpeechSynthesisUtterance;
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
  });
}
