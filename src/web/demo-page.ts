import { escapeHtml } from "./html.ts";

export interface DemoPageOptions {
  companyName: string;
  privacyUrl: string;
  year: number;
}

/**
 * The demo page's Content-Security-Policy: everything from this server (Web Chat styles itself
 * with inline styles), plus `connect` origins such as Azure's Direct Line when it is in use.
 */
export function demoPageCsp(connect: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    ["connect-src 'self'", ...connect].join(" "),
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

const STYLES = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a2230;line-height:1.55;background:#f6f8fb}
a{color:#0b5cad}
.wrap{max-width:1080px;margin:0 auto;padding:0 24px}
.top{background:#fff;border-bottom:1px solid #e3e8ef}
.top .wrap{display:flex;align-items:center;justify-content:space-between;height:64px}
.brand{font-weight:700;font-size:20px;color:#0b2e59;text-decoration:none}
.top nav a{margin-left:20px;text-decoration:none;color:#33415c}
.hero{background:linear-gradient(135deg,#0b2e59,#0b5cad);color:#fff;padding:72px 0 80px}
.hero h1{font-size:clamp(28px,5vw,46px);line-height:1.15;margin:0 0 16px;max-width:720px}
.hero p{font-size:19px;max-width:640px;margin:0 0 28px;color:#dce8f7}
.cta{display:inline-block;background:#ffbf47;color:#1a2230;font-weight:600;padding:12px 22px;border-radius:6px;text-decoration:none}
.services{padding:56px 0}
.services h2{font-size:28px;margin:0 0 24px}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:20px}
.card{background:#fff;border:1px solid #e3e8ef;border-radius:10px;padding:24px}
.card h3{margin:0 0 8px;font-size:19px;color:#0b2e59}
.card p{margin:0;color:#46536b}
.note{background:#fff;border-top:1px solid #e3e8ef;padding:40px 0}
.note p{max-width:720px;margin:0}
footer{background:#0b2e59;color:#c9d6e8;padding:28px 0;font-size:14px}
footer a{color:#fff}
footer .wrap{display:flex;flex-wrap:wrap;gap:12px 24px;justify-content:space-between}
`;

/** `GET /`: a plain landing page for the provider, with the chat widget embedded the way a customer would. */
export function renderDemoPage({ companyName, privacyUrl, year }: DemoPageOptions): string {
  const name = escapeHtml(companyName);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name} | Co-managed and fully managed IT</title>
<meta name="description" content="${name} supports organisations with co-managed and fully managed IT services.">
<style>${STYLES}</style>
</head>
<body>
<header class="top"><div class="wrap">
<a class="brand" href="/">${name}</a>
<nav aria-label="Main"><a href="#services">Services</a><a href="#about">About us</a></nav>
</div></header>
<main>
<section class="hero"><div class="wrap">
<h1>IT support shaped around the team you already have</h1>
<p>Some organisations want a partner to run everything; others want extra hands beside their own IT people. We help you work out which suits you, then make it happen.</p>
<a class="cta" href="#services">Explore our services</a>
</div></section>
<section class="services" id="services" aria-labelledby="services-title"><div class="wrap">
<h2 id="services-title">How we can help</h2>
<div class="grid">
<article class="card"><h3>Co-managed IT</h3><p>Your in-house team keeps the direction and the final say. We pick up agreed areas, such as the service desk, monitoring and patching, or security and cloud specialists, so your people can focus.</p></article>
<article class="card"><h3>Fully managed IT</h3><p>We look after the whole estate for you: day-to-day support, maintenance, security and planning, with one accountable partner and a monthly cost you can budget for.</p></article>
<article class="card"><h3>Projects and extra capacity</h3><p>Office moves, migrations and busy seasons need more people for a while. We add skilled engineers for the job, without you recruiting for a permanent role.</p></article>
</div>
</div></section>
<section class="note" id="about"><div class="wrap">
<p>Not sure which way to go? Open the chat in the corner: answer a few questions about your organisation and get a recommendation, or ask us anything about how the two approaches compare.</p>
</div></section>
</main>
<footer><div class="wrap">
<span>&copy; ${year} ${name}</span>
<span><a href="${escapeHtml(privacyUrl)}">Privacy notice</a> &middot; <a href="/webchat/LICENSE">Chat component licence</a></span>
</div></footer>
<script src="/widget.js" data-title="Chat with ${name}" data-accent="#0b5cad" data-position="right" data-open="false"></script>
</body>
</html>
`;
}
