#!/usr/bin/env node
// Makes the labelled stand-in for a sign language (BSL) recording of the
// deep dive's sample clip, until the council publishes a real one: a
// picture, as long as the sample clip, that says on every frame it is not
// sign language, with a running clock so the two videos can be seen to
// stay together. Drawn on a canvas and recorded with the browser's own
// MediaRecorder (WebM, VP8) in Debian's Chromium, so it needs nothing the
// tests do not already need. Not part of the build: its output is
// committed.
//
//   node scripts/make-sign-language-sample.mjs
import { writeFileSync } from 'node:fs';
import { launchBrowser } from '../e2e/support/browser.mjs';

const OUT = 'public/media/deep-dive-sample.bsl.webm';
// The main sample clip's length, in seconds.
const SECONDS = 18;

const browser = await launchBrowser(['--autoplay-policy=no-user-gesture-required']);
const page = await browser.context.newPage();
await page.setContent('<canvas width="320" height="240"></canvas>');
const base64 = await page.evaluate(async (seconds) => {
  const canvas = document.querySelector('canvas');
  const context = canvas.getContext('2d');
  const stream = canvas.captureStream(10);
  const recorder = new MediaRecorder(stream, { mimeType: 'video/webm;codecs=vp8', videoBitsPerSecond: 80000 });
  const parts = [];
  recorder.ondataavailable = (event) => parts.push(event.data);
  const started = performance.now();
  const draw = () => {
    const t = (performance.now() - started) / 1000;
    context.fillStyle = '#12294a';
    context.fillRect(0, 0, 320, 240);
    context.fillStyle = '#ffffff';
    context.font = 'bold 22px sans-serif';
    context.textAlign = 'center';
    context.fillText('SIGN LANGUAGE', 160, 40);
    context.fillText('SAMPLE', 160, 66);
    context.fillStyle = '#ffdd00';
    context.font = '16px sans-serif';
    context.fillText('Not a real BSL interpreter', 160, 92);
    // A figure whose hands move, so playback is visible.
    context.fillStyle = '#ffffff';
    context.beginPath();
    context.arc(160, 130, 14, 0, Math.PI * 2);
    context.fill();
    context.fillRect(150, 146, 20, 44);
    for (const side of [-1, 1]) {
      const angle = t * 2 + (side > 0 ? Math.PI : 0);
      context.beginPath();
      context.arc(160 + side * (34 + 8 * Math.sin(angle)), 160 + 14 * Math.cos(angle), 8, 0, Math.PI * 2);
      context.fill();
    }
    const whole = Math.floor(t);
    context.font = 'bold 20px monospace';
    context.fillText(`0:${String(whole).padStart(2, '0')}`, 160, 225);
  };
  const timer = setInterval(draw, 50);
  draw();
  recorder.start();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  recorder.stop();
  clearInterval(timer);
  await new Promise((resolve) => (recorder.onstop = resolve));
  const blob = new Blob(parts, { type: 'video/webm' });
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}, SECONDS);
writeFileSync(OUT, Buffer.from(base64, 'base64'));
await browser.close();
console.log(`made ${OUT} (${Buffer.from(base64, 'base64').length} bytes, ${SECONDS} s)`);
