// The tags a council page pastes to embed the app, as the build wrote them
// (dist/embed-snippet.html, by scripts/write-embed-snippet.mjs), fetched
// from the test server so they match the build being tested.

/** `{ head, scripts }`: the <link> tags for <head>, the <script> tags for the end of <body>. */
export async function embedSnippet(origin) {
  const response = await fetch(`${origin}/embed-snippet.html`);
  if (!response.ok) throw new Error(`embed-snippet.html: HTTP ${response.status} (was the app built with its post-build hooks?)`);
  const snippet = await response.text();
  const head = [...snippet.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).join('\n');
  const scripts = [...snippet.matchAll(/<script\b[^>]*><\/script>/g)].map((m) => m[0]).join('\n');
  return { head, scripts };
}
