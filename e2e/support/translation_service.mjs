// A LibreTranslate-compatible translation service on 127.0.0.1 for the
// machine translation tests: it marks each text "⟦fr⟧ …" (the target
// language) so a test can see it was translated, keeping links intact. Its
// `mode` gives it a fault: 'fail' (HTTP 500), 'garbage' (an answer of the
// wrong shape), 'markup' (HTML in the answer), 'slow' (12 s), or 'ok'.
// `asked` records every request.
import { createServer } from 'node:http';

export async function startTranslationService() {
  const service = { mode: 'ok', asked: [], origin: '' };
  const server = createServer((req, res) => {
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type' };
    if (req.method === 'OPTIONS') return res.writeHead(204, cors).end();
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const ask = JSON.parse(body);
      service.asked.push(ask);
      const json = { ...cors, 'content-type': 'application/json' };
      if (service.mode === 'fail') return res.writeHead(500, cors).end('broken');
      if (service.mode === 'garbage') return res.writeHead(200, json).end('{"translatedText": "not a list"}');
      if (service.mode === 'markup') {
        return res.writeHead(200, json)
          .end(JSON.stringify({ translatedText: ask.q.map((t) => `<img src=x onerror="window.__pwned=1">${t}`) }));
      }
      const answer = () => res.writeHead(200, json)
        .end(JSON.stringify({ translatedText: ask.q.map((t) => `⟦${ask.target}⟧ ${t}`) }));
      if (service.mode === 'slow') setTimeout(answer, 12000);
      else answer();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  service.origin = `http://127.0.0.1:${server.address().port}`;
  service.close = () => new Promise((resolve) => server.close(resolve));
  return service;
}
