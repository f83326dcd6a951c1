// A recording stand-in for the Web Speech API, installed before the app
// loads. Headless Chromium has no voices without a speech service, so the
// behaviour tests (what is read, in what order, with which rate and voice,
// and how highlights follow) use this; speech_real.test.mjs checks the real
// engine separately. It records every call in window.__speech and plays
// each utterance back as events: start, a word boundary per word (unless
// boundaries are switched off, as with espeak-ng), then end.
//
// With `voicesAfterMs`, the engine has no voices at first and delivers them
// that long after it is first asked, then fires `voiceschanged`: what Chrome
// does, since it loads its voice list in the background.
export async function installSpeechStandIn(page, { boundaries = true, wordMs = 15, languages = ['en-GB', 'en-US', 'pl-PL'], voicesAfterMs = null } = {}) {
  await page.addInitScript(({ boundaries, wordMs, languages, voicesAfterMs }) => {
    const record = { calls: [], spoken: [], boundaries, wordMs };
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
    let queue = [];
    let current = null;
    let paused = false;
    const playNext = () => {
      if (current || queue.length === 0) return;
      const utterance = (current = queue.shift());
      record.spoken.push({ text: utterance.text, rate: utterance.rate, lang: utterance.lang, voice: utterance.voice?.name ?? null });
      const words = [...utterance.text.matchAll(/\S+/g)];
      let next = 0;
      const step = () => {
        if (current !== utterance) return;
        if (paused) return void setTimeout(step, 10);
        if (record.boundaries && next < words.length) {
          const word = words[next++];
          fire(utterance, 'boundary', { name: 'word', charIndex: word.index, charLength: word[0].length });
          return void setTimeout(step, record.wordMs);
        }
        if (!record.boundaries && next++ < words.length) return void setTimeout(step, record.wordMs);
        current = null;
        fire(utterance, 'end');
        playNext();
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
    synth.speak = (utterance) => { record.calls.push('speak'); queue.push(utterance); playNext(); };
    synth.pause = () => { record.calls.push('pause'); paused = true; };
    synth.resume = () => { record.calls.push('resume'); paused = false; };
    synth.cancel = () => {
      record.calls.push('cancel');
      const stopped = current;
      queue = [];
      current = null;
      paused = false;
      if (stopped) fire(stopped, 'error', { error: 'interrupted' });
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: StandInUtterance, configurable: true });
  }, { boundaries, wordMs, languages, voicesAfterMs });
}

/** Removes the speech engine altogether, as in browsers without one. */
export async function removeSpeechEngine(page) {
  await page.addInitScript(() => {
    delete window.speechSynthesis;
    delete window.SpeechSynthesisUtterance;
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
  });
}
