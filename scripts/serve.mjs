// Serves the built site (dist/) on 127.0.0.1 the way docs/nginx.conf does:
// each page's own pre-rendered file, 404.html (pl/404.html …) with status
// 404 for unknown addresses, real types, brotli. Ctrl+C stops it.
import { startServer } from '../e2e/support/server.mjs';

const port = Number(process.env.PORT ?? 8080);
const server = await startServer({ root: 'dist', port, compress: true });
console.log(`send-hub: serving dist/ on ${server.origin}/ (the example council page: ${server.origin}/embed/example.html). Ctrl+C stops it.`);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
