// `npm start`: serves the repository on 127.0.0.1 with the project's static
// server (@web/dev-server) and prints where the demo and the setup page are.
//   PORT=8081 npm start    (default 8080)
import { startStaticServer } from './static-server.mjs';

const port = Number(process.env.PORT) || 8080;
try {
  const { origin } = await startStaticServer({ port });
  console.log(`lip-widgets demo:       ${origin}/demo/`);
  console.log(`lip-widgets setup page: ${origin}/dist/configurator/`);
  console.log('(Ctrl+C stops the server)');
} catch (e) {
  console.error(
    /EADDRINUSE|in use/i.test(String(e?.message ?? e)) ? `Port ${port} is taken: run with PORT=8081 npm start` : String(e?.message ?? e),
  );
  process.exit(1);
}
