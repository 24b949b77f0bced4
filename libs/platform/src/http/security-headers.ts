import helmet from 'helmet';

/**
 * Helmet's security headers for every app. The content security policy fits
 * the console that projection serves: its scripts, styles and the vendored
 * chart library all come from the app itself (no CDN, no inline script), and
 * it talks only to its own origin. Inline styles stay allowed because the
 * chart library and the API docs position elements with them.
 * No upgrade-insecure-requests: the apps are reached over plain HTTP on a
 * private network or behind a TLS-terminating proxy.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
      },
    },
    frameguard: { action: 'deny' },
  });
}
