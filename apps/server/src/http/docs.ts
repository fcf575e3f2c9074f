/**
 * The docs UI of an API at `<base>/schema`: Swagger UI from the installed `swagger-ui-dist`
 * package, never from a CDN (municipal networks are often closed), reading the API's own
 * `openapi.json`. Public, like the specification itself.
 * @module
 */
import { createRequire } from "node:module";
import { dirname } from "node:path";
import express, { Router } from "express";

const ASSETS = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));

/**
 * The router serving the docs page and its assets; mount it at the API's base path.
 * @example
 * apiRouter.use(docsRouter("Klantinteracties API"));
 */
export function docsRouter(title: string): Router {
  const router = Router();
  const page = `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <title>${title}</title>
  <link rel="stylesheet" href="schema/assets/swagger-ui.css">
</head>
<body>
  <div id="docs"></div>
  <script src="schema/assets/swagger-ui-bundle.js"></script>
  <script src="schema/init.js"></script>
</body>
</html>
`;
  // a separate script instead of an inline one, so a strict Content-Security-Policy can stay on
  // validatorUrl null: no badge image from an outside validator (the CSP would block it anyway)
  const init = `window.ui = SwaggerUIBundle({ url: "openapi.json", dom_id: "#docs", deepLinking: true, validatorUrl: null });\n`;
  router.get("/schema", (req, res, next) => {
    // relative asset URLs need the page at `/schema`, not `/schema/`
    if (req.path.endsWith("/")) {
      return next();
    }
    res.type("html").send(page);
  });
  router.get("/schema/init.js", (_req, res) => {
    res.type("application/javascript").send(init);
  });
  router.use("/schema/assets", express.static(ASSETS, { index: false, maxAge: "1d" }));
  return router;
}
