/**
 * The site's own scripts in every page's <head>, hand-minified, run in this order as one inline script (one brotli
 * stream weighs about 160 B less than three: `npm run size` prints each part and the whole). HeadScripts.astro
 * renders them through InlineScript, which adds the script's hash to the content security policy. Each part is an
 * arrow function called at once, so a part's names stay its own.
 */

/**
 * Runs before first paint (inline in <head>): applies the reader's saved theme so there is no flash of the
 * wrong one, and handles every theme toggle by event delegation. Hand-minified to stay under 1 KB
 * (`npm run size` prints it). Readable form:
 *
 *   const KEY = 'touchpoint:theme', root = document.documentElement;
 *   let saved; try { saved = localStorage.getItem(KEY) } catch {}        // storage may be blocked
 *   if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;  // else follow the system
 *   const query = matchMedia('(prefers-color-scheme: dark)');
 *   const isDark = () => root.dataset.theme ? root.dataset.theme === 'dark' : query.matches;
 *   const sync = () => every [data-theme-toggle] gets aria-pressed = isDark();
 *   sync on DOMContentLoaded and when the system preference changes;
 *   on a click inside [data-theme-toggle]: flip, save (try), sync.
 */
export const THEME_SCRIPT =
  '(()=>{const k="touchpoint:theme",r=document.documentElement;let s;try{s=localStorage.getItem(k)}catch{}if(s=="light"||s=="dark")r.dataset.theme=s;const q=matchMedia("(prefers-color-scheme: dark)"),d=()=>r.dataset.theme?r.dataset.theme=="dark":q.matches,y=()=>{for(const b of document.querySelectorAll("[data-theme-toggle]"))b.setAttribute("aria-pressed",d())};document.addEventListener("DOMContentLoaded",y);q.addEventListener("change",y);document.addEventListener("click",e=>{if(!e.target.closest?.("[data-theme-toggle]"))return;const n=d()?"light":"dark";r.dataset.theme=n;try{localStorage.setItem(k,n)}catch{}y()})})()';

/**
 * Opens the search dialog (SearchDialog) from every page: the search button, `/` or Ctrl/⌘+K. Pagefind's script
 * and styles load only when the reader opens search; without JavaScript the button is a link to /search/, and
 * if Pagefind fails to load the reader is sent there too. Hand-minified: it only registers listeners on the
 * document until search opens, so it can sit in <head>, where InlineScript adds its hash to the content
 * security policy before the policy is written.
 */
export const SEARCH_LOADER_SCRIPT =
  '(()=>{let l;const g=()=>document.getElementById("search-dialog"),load=()=>l??=new Promise((ok,no)=>{const c=document.createElement("link");c.rel="stylesheet";c.href="/pagefind/pagefind-ui.css";document.head.append(c);const s=document.createElement("script");s.src="/pagefind/pagefind-ui.js";s.onload=()=>{new PagefindUI({element:"#search-dialog-ui",showSubResults:true,showImages:false,resetStyles:false});document.querySelector("#search-dialog-ui input")?.setAttribute("aria-labelledby","search-dialog-title");ok()};s.onerror=no;document.head.append(s)}),open=async()=>{const d=g();if(!d||d.open)return;d.showModal();try{await load();d.querySelector("input")?.focus()}catch{location.href="/search/"}};document.addEventListener("click",e=>{if(e.target.closest?.("[data-search-open]")){e.preventDefault();open()}else if(e.target.closest?.("[data-search-close]"))g()?.close()});document.addEventListener("keydown",e=>{const t=e.target.closest?.("input,textarea,select,[contenteditable=true]");if(e.key=="/"&&!t||e.key.toLowerCase()=="k"&&(e.metaKey||e.ctrlKey)){e.preventDefault();open()}})})()';

/**
 * Makes the site work offline after one visit: registers the service worker (scripts/build-service-worker.mjs
 * writes /sw.js at build time; it precaches every built file) once the page has loaded, so it never competes
 * with the page's own first requests. When a newer version has been downloaded and waits, a notice offers to
 * reload into it; only the tab whose button is pressed reloads (another tab may be mid-edit). In `astro dev`
 * there is no /sw.js and the registration fails quietly. Hand-minified.
 */
export const OFFLINE_SCRIPT =
  '(()=>{const n=navigator.serviceWorker;if(!n)return;let r=0;n.addEventListener("controllerchange",()=>{if(r)location.reload()});const show=w=>{if(document.getElementById("update-notice"))return;const d=document.createElement("div");d.id="update-notice";d.className="update-notice";d.setAttribute("role","status");d.innerHTML=\'<p>A new version of Touchpoint is ready.</p><button type="button" class="button" data-update="reload">Reload to update</button> <button type="button" class="button button--secondary" data-update="later">Later</button>\';d.addEventListener("click",e=>{const a=e.target.closest?.("[data-update]")?.dataset.update;if(a=="reload"){r=1;w.postMessage({type:"SKIP_WAITING"})}if(a)d.remove()});document.body.append(d)};addEventListener("load",()=>n.register("/sw.js").then(g=>{if(!g)return;if(g.waiting&&n.controller)show(g.waiting);g.addEventListener("updatefound",()=>{const w=g.installing;w?.addEventListener("statechange",()=>{if(w.state=="installed"&&n.controller)show(w)})})},()=>{}))})()';

/** The three, in the order they must run: the theme before first paint, then the listeners. */
export const HEAD_SCRIPT = [THEME_SCRIPT, SEARCH_LOADER_SCRIPT, OFFLINE_SCRIPT].join(';');
