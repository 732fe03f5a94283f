/**
 * The one gate for text from outside (content, server replies, file names) on
 * its way to a terminal or a log: control characters and escape sequences are
 * shown as `\uXXXX` instead of acting (clearing the screen, setting the window
 * title), and credentials are masked in the forms they travel in.
 */

// C0 controls except tab and line feed, DEL, C1 controls, and the bidi controls
// that reorder what is shown (a line that reads differently from what it holds).
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `\uXXXX`: readable, and valid inside a JSON string too (--json output passes here as well). */
export const showControls = (s: string) => s.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export interface Secrets {
  user?: string;
  pass?: string;
}

/** The login from the environment, the only place the tool reads one from. */
export const secretsOf = (env: NodeJS.ProcessEnv): Secrets => ({ user: env.TOOLKIT_SMTP_USER || undefined, pass: env.TOOLKIT_SMTP_PASS || undefined });

const MASK = '***';
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

/**
 * Masks credentials: the userinfo of any URL, what follows AUTH PLAIN/LOGIN
 * (and the other SASL mechanisms), any base64 word that decodes to a SASL
 * PLAIN answer or holds the password, and the password itself, plain, in
 * base64 or percent-encoded.
 */
export function maskSecrets(s: string, secrets: Secrets = {}): string {
  let out = s
    .replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]*@/gi, `$1${MASK}@`)
    .replace(/\b(AUTH\s+(?:PLAIN|LOGIN|XOAUTH2?|OAUTHBEARER|CRAM-MD5|DIGEST-MD5|SCRAM-[\w-]+))\s+[A-Za-z0-9+/=]+/gi, `$1 ${MASK}`);
  const { user, pass } = secrets;
  if (pass) {
    const forms = [pass, b64(pass), b64(pass).replace(/=+$/, ''), encodeURIComponent(pass)];
    if (user) forms.push(b64(`\0${user}\0${pass}`), b64(`${user}\0${user}\0${pass}`));
    for (const f of forms.sort((a, b) => b.length - a.length)) if (f.length >= 3) out = out.split(f).join(MASK);
  }
  // AUTH LOGIN sends the user name in base64 too: a server that echoes it shows half the login.
  if (user) for (const f of [b64(user), b64(user).replace(/=+$/, '')]) if (f.length >= 4) out = out.split(f).join(MASK);
  // Base64 at any alignment or with other words around it: decode each word and look inside.
  return out.replace(/[A-Za-z0-9+/]{8,}={0,2}/g, (word) => {
    const decoded = Buffer.from(word, 'base64').toString('latin1');
    const sasl = /^[^\0]*\0[^\0]+\0[^\0]+$/.test(decoded);
    const holdsPass = pass !== undefined && pass.length >= 3 && decoded.includes(Buffer.from(pass, 'utf8').toString('latin1'));
    return sasl || holdsPass ? MASK : word;
  });
}

/** Both: what every printed line passes through. */
export const safeText = (s: string, secrets: Secrets = {}) => showControls(maskSecrets(s, secrets));
