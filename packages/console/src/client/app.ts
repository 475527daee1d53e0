// The on-call console: a small module that signs in with the operator token, polls the operator API every two
// seconds and renders queues, pages, cases and charts. DOM is built with `h()` (never innerHTML), so nothing a
// customer wrote can become markup. Lists are rebuilt on each poll; the focused control is found again by its
// `data-focus` key, so a keyboard user keeps their place.

import { lineChart, type Series } from "./chart.ts";
import { ago, clock, duration, timeLeft } from "./format.ts";

const POLL_MS = 2000;
const DAYS = 14;
/** Today's bucket is read every 10 s, the whole 14 days once a minute: one `GET /api/metrics` per day. */
const TODAY_MS = 10_000;
const ALL_DAYS_EVERY = 6;
const TOKEN_KEY = "firstreply.token";
const WHO_KEY = "firstreply.who";

// The API's answers, read field by field as they are drawn; the server's zod schemas are the contract.
// biome-ignore lint/suspicious/noExplicitAny: untyped JSON from /api, narrowed where it is used
type Json = Record<string, any>;

interface State {
  queues: Json[];
  backlog: Json[];
  pages: Json[];
  cases: Json[];
  /** One day's `GET /api/metrics` per bucket, oldest first; null until it has loaded. */
  days: (Json | null)[];
  detail: Json | null;
}

const state: State = { queues: [], backlog: [], pages: [], cases: [], days: [], detail: null };
const filters = { queue: "", status: "" };
let timer: ReturnType<typeof setTimeout> | undefined;
let seriesTimer: ReturnType<typeof setTimeout> | undefined;
let seriesTicks = 0;
/** Bumped at each sign-in, so a loop left over from an earlier one stops. */
let seriesRun = 0;
let seriesDay = "";
let chartSlice = "overall";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Builds an element; `attrs` keys starting with `on` are listeners, `false`/`null` values are left out. */
function h(tag: string, attrs: Record<string, unknown> = {}, ...children: (Node | string | null | false)[]) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith("on") && typeof value === "function") element.addEventListener(name.slice(2), value as never);
    else if (name === "class") element.className = String(value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) if (child !== null && child !== false) element.append(child);
  return element;
}

class ApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

const token = () => sessionStorage.getItem(TOKEN_KEY) ?? "";
const who = () => sessionStorage.getItem(WHO_KEY) || "on-call (console)";

async function call(path: string, init: { method?: string; body?: unknown; token?: string } = {}): Promise<Json> {
  const response = await fetch(path, {
    method: init.method ?? "GET",
    headers: {
      authorization: `Bearer ${init.token ?? token()}`,
      ...(init.body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    cache: "no-store",
  });
  const body = (await response.json().catch(() => ({}))) as Json;
  if (!response.ok) {
    throw new ApiError(response.status, body.error?.code ?? "error", body.error?.message ?? response.statusText);
  }
  return body;
}

/** Replaces a container's children, giving focus back to the control that had it. */
function replace(container: HTMLElement, ...children: (Node | null | false)[]) {
  const active = document.activeElement as HTMLElement | null;
  const key = active && container.contains(active) ? active.dataset.focus : undefined;
  container.replaceChildren(...children.filter((c): c is Node => Boolean(c)));
  if (key) container.querySelector<HTMLElement>(`[data-focus="${CSS.escape(key)}"]`)?.focus();
}

function region(id: string, title: string, ...children: Node[]) {
  return h(
    "section",
    { class: "card", "aria-labelledby": `${id}-h`, id },
    h("h2", { id: `${id}-h` }, title),
    ...children,
  );
}

// ---------------------------------------------------------------- sign in

function showSignedIn(signedIn: boolean) {
  $("sign-in").hidden = signedIn;
  $("app").hidden = !signedIn;
  $("sign-out").hidden = !signedIn;
}

async function signIn(event: Event) {
  event.preventDefault();
  const input = $<HTMLInputElement>("token");
  const alert = $("sign-in-error");
  alert.textContent = "";
  const candidate = input.value.trim();
  if (!candidate) {
    alert.textContent = "Enter the API token.";
    return;
  }
  try {
    await call("/api/queues", { token: candidate });
  } catch (error) {
    alert.textContent =
      error instanceof ApiError && error.status === 401
        ? "That token was not accepted. Check it and try again."
        : `Could not reach the API: ${(error as Error).message}`;
    input.focus();
    return;
  }
  sessionStorage.setItem(TOKEN_KEY, candidate);
  sessionStorage.setItem(WHO_KEY, $<HTMLInputElement>("who").value.trim());
  input.value = "";
  start();
}

function signOut(message = "") {
  sessionStorage.removeItem(TOKEN_KEY);
  clearTimeout(timer);
  clearTimeout(seriesTimer);
  Object.assign(state, { queues: [], backlog: [], pages: [], cases: [], days: [], detail: null });
  $("app").replaceChildren();
  showSignedIn(false);
  $("sign-in-error").textContent = message;
  $("status").textContent = "";
  $<HTMLInputElement>("token").focus();
}

// ---------------------------------------------------------------- polling

function caseQuery() {
  const query = new URLSearchParams({ limit: "50" });
  if (filters.queue) query.set("queue", filters.queue);
  if (filters.status) query.set("status", filters.status);
  return `/api/cases?${query}`;
}

let latest = 0;

/** One round of reads; a round that an action or a filter started since then wins, and one timer stays pending. */
async function poll() {
  clearTimeout(timer);
  const round = ++latest;
  const route = currentRoute();
  try {
    const [queues, pages, cases, open, acknowledged, detail] = await Promise.all([
      call("/api/queues"),
      call("/api/pages?limit=20"),
      call(caseQuery()),
      call("/api/cases?status=open&limit=100"),
      call("/api/cases?status=acknowledged&limit=100"),
      route ? call(`/api/cases/${encodeURIComponent(route)}`) : Promise.resolve(null),
    ]);
    if (round !== latest || !token()) return;
    Object.assign(state, {
      queues: queues.items,
      pages: pages.items,
      cases: cases.items,
      backlog: [...open.items, ...acknowledged.items],
      detail,
    });
    render();
    $("status").textContent = `Live · updated ${clock(new Date().toISOString())}`;
  } catch (error) {
    if (!token()) return;
    if (error instanceof ApiError && error.status === 401) return signOut("The token is no longer accepted.");
    $("status").textContent = `Offline, retrying: ${(error as Error).message}`;
  }
  clearTimeout(timer);
  if (token()) timer = setTimeout(poll, POLL_MS);
}

/** The last 14 local days, oldest first: `{ label: "12-03", from, to }` (ISO), today's `to` at midnight ahead. */
function dayBuckets() {
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  return Array.from({ length: DAYS }, (_, i) => {
    const from = new Date(start);
    from.setDate(start.getDate() - (DAYS - 1 - i));
    const to = new Date(from);
    to.setDate(from.getDate() + 1);
    const label = `${String(from.getMonth() + 1).padStart(2, "0")}-${String(from.getDate()).padStart(2, "0")}`;
    return { label, from: from.toISOString(), to: to.toISOString() };
  });
}

/**
 * The charts' own loop, apart from the 2 s poll so it never holds up the live views: today's bucket every 10 s, all
 * 14 days once a minute (and when the date changes). A day that fails keeps its last numbers.
 */
async function loadSeries() {
  clearTimeout(seriesTimer);
  const run = seriesRun;
  const buckets = dayBuckets();
  const today = buckets[DAYS - 1]?.from ?? "";
  const all = seriesTicks % ALL_DAYS_EVERY === 0 || today !== seriesDay || state.days.length !== DAYS;
  if (today !== seriesDay) state.days = Array.from({ length: DAYS }, () => null);
  seriesDay = today;
  seriesTicks += 1;
  const wanted = all ? buckets.map((_, i) => i) : [DAYS - 1];
  const results = await Promise.allSettled(
    wanted.map((i) => {
      const b = buckets[i] as { from: string; to: string };
      return call(`/api/metrics?${new URLSearchParams({ from: b.from, to: b.to })}`);
    }),
  );
  if (!token() || run !== seriesRun) return;
  if (seriesDay === today) {
    results.forEach((r, n) => {
      if (r.status === "fulfilled") state.days[wanted[n] as number] = r.value;
    });
    renderCharts();
  }
  clearTimeout(seriesTimer);
  seriesTimer = setTimeout(loadSeries, TODAY_MS);
}

// ---------------------------------------------------------------- views

const currentRoute = () => /^#\/cases\/([^/]+)$/.exec(location.hash)?.[1] ?? null;

function layout() {
  const app = $("app");
  app.replaceChildren(
    h("div", { id: "overview", class: "grid" }, h("div", { id: "queues-slot" }), h("div", { id: "pages-slot" })),
    h("div", { id: "detail-slot" }),
    h("div", { id: "cases-slot" }),
    h("div", { id: "charts-slot" }),
  );
}

function render() {
  renderQueues();
  renderPages();
  renderCases();
  renderDetail();
  renderCharts();
}

function nextBreach(queue: string): string | null {
  const now = Date.now();
  const due = state.backlog
    .filter((c) => c.queue === queue && !c.pausedAt && !c.respondedAt)
    .map((c) => Date.parse(c.firstResponseDueAt))
    .filter((at) => at > now)
    .sort((a, b) => a - b)[0];
  return due === undefined ? null : new Date(due).toISOString();
}

function renderQueues() {
  const slot = $("queues-slot");
  const rows = state.queues.map((queue) => {
    const breach = nextBreach(queue.id);
    const paging = queue.paging;
    return h(
      "li",
      { class: `queue ${queue.overdue > 0 ? "late" : "ok"}` },
      h("strong", { class: "queue-id" }, queue.id),
      h("span", { class: `badge ${queue.overdue > 0 ? "bad" : "good"}` }, `overdue ${queue.overdue}`),
      h("span", {}, `open ${queue.open}`),
      h("span", {}, `oldest ${queue.oldestOpenAgeSeconds === null ? "none" : duration(queue.oldestOpenAgeSeconds)}`),
      h("span", {}, breach ? `next breach ${timeLeft(breach)}` : "no other case due"),
      h(
        "span",
        { class: paging ? "paging" : "" },
        paging
          ? `paging: ${paging.status}, ${paging.responder} (level ${paging.level + 1}) since ${clock(paging.triggeredAt)}`
          : "not paging",
      ),
    );
  });
  let container = $("queues");
  if (!container) {
    container = region("queues", "Queues", h("ul", { class: "rows", id: "queue-rows" }));
    slot.replaceChildren(container);
  }
  replace($("queue-rows"), ...(rows.length ? rows : [h("li", {}, "No queues configured.")]));
}

async function act(button: HTMLButtonElement, run: () => Promise<unknown>, out: HTMLElement) {
  button.disabled = true;
  out.textContent = "";
  try {
    await run();
    await poll();
  } catch (error) {
    out.textContent = (error as Error).message;
  } finally {
    button.disabled = false;
  }
}

function renderPages() {
  const slot = $("pages-slot");
  if (!$("pages")) {
    slot.replaceChildren(
      region(
        "pages",
        "Pages",
        h("div", { role: "alert", class: "error", id: "pages-error" }),
        h("ul", { class: "rows", id: "page-rows" }),
      ),
    );
  }
  const out = $("pages-error");
  const rows = state.pages.map((page) => {
    const escalations = (page.history ?? []).filter((e: Json) => e.event === "escalated");
    const ack =
      page.status === "triggered"
        ? h(
            "button",
            {
              type: "button",
              "data-focus": `ack-${page.id}`,
              onclick: (event: Event) =>
                act(
                  event.currentTarget as HTMLButtonElement,
                  () => call(`/api/pages/${page.id}/ack`, { method: "POST", body: { responder: who() } }),
                  out,
                ),
            },
            "Acknowledge",
          )
        : null;
    return h(
      "li",
      { class: `page ${page.status}` },
      h("strong", {}, page.queue),
      h(
        "span",
        { class: `badge ${page.status === "resolved" ? "good" : page.status === "triggered" ? "bad" : "warn"}` },
        page.status,
      ),
      h("span", {}, `paged ${page.responder} at ${clock(page.triggeredAt)} (${ago(page.triggeredAt)})`),
      h("span", {}, `${page.overdueCount} overdue`),
      escalations.length ? h("span", {}, `escalated ${escalations.length}× (level ${page.level + 1})`) : null,
      page.acknowledgedBy
        ? h("span", {}, `acknowledged by ${page.acknowledgedBy} at ${clock(page.acknowledgedAt)}`)
        : null,
      page.resolvedAt ? h("span", {}, `resolved at ${clock(page.resolvedAt)}`) : null,
      ack,
    );
  });
  replace($("page-rows"), ...(rows.length ? rows : [h("li", {}, "Nobody has been paged.")]));
}

const statuses = ["open", "acknowledged", "waiting", "responded", "closed"];

function filterSelect(id: string, label: string, options: string[], key: "queue" | "status") {
  const select = h(
    "select",
    {
      id,
      onchange: (event: Event) => {
        filters[key] = (event.currentTarget as HTMLSelectElement).value;
        void poll();
      },
    },
    h("option", { value: "" }, "All"),
    ...options.map((value) => h("option", { value, selected: filters[key] === value }, value)),
  );
  return h("div", { class: "field" }, h("label", { for: id }, label), select);
}

function renderCases() {
  const slot = $("cases-slot");
  if (!$("cases")) {
    slot.replaceChildren(
      region(
        "cases",
        "Cases",
        h("div", { class: "filters", id: "case-filters" }),
        h("ul", { class: "rows cases", id: "case-rows" }),
      ),
    );
  }
  const filterBox = $("case-filters");
  const queueIds = state.queues.map((q) => q.id).join(",");
  if (filterBox.dataset.queues !== queueIds) {
    filterBox.dataset.queues = queueIds;
    filterBox.replaceChildren(
      filterSelect(
        "filter-queue",
        "Queue",
        state.queues.map((q) => q.id),
        "queue",
      ),
      filterSelect("filter-status", "Status", statuses, "status"),
    );
  }
  const rows = state.cases.map((c) =>
    h(
      "li",
      { class: c.needsHuman ? "needs-human" : "" },
      h(
        "a",
        { href: `#/cases/${c.id}`, "data-focus": `case-${c.id}`, class: "case-link" },
        h(
          "span",
          { class: "case-top" },
          h("span", { class: "platform" }, c.platform),
          h("strong", {}, c.author?.name ?? c.author?.id ?? "unknown"),
          h("span", { class: `badge ${c.status === "open" ? "bad" : "plain"}` }, c.status),
          c.needsHuman ? h("span", { class: "badge bad" }, "needs a human") : null,
          c.sensitive ? h("span", { class: "badge warn" }, "sensitive") : null,
        ),
        h("span", { class: "excerpt" }, excerpt(c.text)),
        h("span", { class: "case-meta" }, `${c.kind} · ${c.language} · ${c.queue} · ${caseClock(c)}`),
      ),
    ),
  );
  replace($("case-rows"), ...(rows.length ? rows : [h("li", {}, "No cases match.")]));
}

const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 139)}…` : text);

function caseClock(c: Json): string {
  if (c.status === "closed") return "closed";
  if (c.respondedAt) return `answered ${ago(c.respondedAt)}`;
  if (c.status === "waiting") return "clock paused";
  return timeLeft(c.firstResponseDueAt);
}

// ---------------------------------------------------------------- case detail

/** A history detail as a person reads it: the text of what was sent, lists joined, other objects as JSON. */
function detailText(value: unknown): string {
  if (Array.isArray(value)) {
    return value
      .map((item) => (item && typeof item === "object" ? ((item as Json).text ?? JSON.stringify(item)) : String(item)))
      .join(" | ");
  }
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function historyLine(entry: Json) {
  const { at, type, key: _key, ...rest } = entry;
  const details = Object.entries(rest)
    .filter(([, value]) => value !== null && value !== undefined && value !== "")
    .map(([name, value]) => `${name}: ${detailText(value)}`);
  return h(
    "li",
    {},
    h("time", { datetime: at }, clock(at)),
    " ",
    h("strong", {}, type.replaceAll("_", " ")),
    details.length ? h("span", { class: "details" }, details.join(" · ")) : null,
  );
}

function acknowledgementBlock(c: Json) {
  const history: Json[] = c.history ?? [];
  const classified = [...history].reverse().find((e) => e.type === "classified");
  const sent = history.filter((e) => e.type === "acknowledged");
  const failed = history.filter((e) => e.type === "acknowledgement_failed" || e.type === "acknowledgement_unknown");
  const reasons: string[] = Array.isArray(classified?.reasons) ? classified.reasons.map(String) : [];
  return h(
    "div",
    { class: "ack" },
    h("h3", {}, "Acknowledgement"),
    h("p", {}, `Status: ${c.acknowledgement?.status ?? "none"}`),
    ...sent.flatMap((e) => [
      h(
        "p",
        {},
        `Sent ${clock(e.at)}${e.automatic ? " automatically" : ""}: ${e.purpose ?? "acknowledge"}, template ${e.template ?? "unknown"}, guard ${typeof e.guard === "string" ? e.guard : JSON.stringify(e.guard)}`,
      ),
      ...(Array.isArray(e.sent) ? e.sent : []).map((message: Json) =>
        h(
          "blockquote",
          { class: "text sent" },
          h("span", { class: "hint" }, `${message.to ?? "reply"}: `),
          String(message.text ?? ""),
        ),
      ),
    ]),
    ...failed.map((e) => h("p", { class: "error-text" }, `${e.type.replaceAll("_", " ")}: ${e.reason ?? ""}`)),
    h("h3", {}, "Why"),
    h(
      "p",
      {},
      classified
        ? `Classified ${classified.kind} (${[classified.language, classified.sentiment, classified.urgency]
            .filter((part) => typeof part === "string" && part !== "")
            .join(", ")}), routed to ${classified.queue} by ${classified.route}.`
        : "Not classified.",
    ),
    reasons.length ? h("ul", { class: "reasons" }, ...reasons.map((r) => h("li", {}, r))) : null,
  );
}

function renderDetail() {
  const slot = $("detail-slot");
  const id = currentRoute();
  document.body.classList.toggle("detail-open", Boolean(id));
  if (!id) {
    slot.replaceChildren();
    return;
  }
  const c = state.detail;
  if (!c || c.id !== id) return;
  let view = $("case");
  if (!view || view.dataset.id !== id) {
    view = caseView(c);
    slot.replaceChildren(view);
  }
  replace($("case-info"), ...caseInfo(c));
  replace($("case-history"), ...(c.history ?? []).map(historyLine));
  replace($("case-actions"), ...caseActions(c));
}

function caseInfo(c: Json): Node[] {
  return [
    c.needsHuman ? h("p", { class: "flag" }, h("strong", {}, "Needs a human: "), c.needsHuman) : null,
    h(
      "p",
      { class: "case-top" },
      h("span", { class: "platform" }, `${c.platform} (${c.channel})`),
      h("strong", {}, c.author?.name ?? c.author?.id ?? "unknown"),
      h("span", { class: "badge plain" }, c.status),
      c.sensitive ? h("span", { class: "badge warn" }, "sensitive") : null,
      c.breached ? h("span", { class: "badge bad" }, "breached") : null,
    ),
    h("blockquote", { class: "text" }, c.text),
    h(
      "p",
      { class: "case-meta" },
      `${c.kind} · ${c.language} · queue ${c.queue} · received ${clock(c.receivedAt)} · ${caseClock(c)}`,
    ),
    // Only a web link: a sender's `javascript:` or `data:` URL never becomes a link (the CSP would block it too).
    c.url && /^https?:\/\//i.test(c.url)
      ? h(
          "p",
          {},
          h(
            "a",
            { href: c.url, target: "_blank", rel: "noopener noreferrer", "data-focus": "post-link" },
            `Open the post on ${c.platform}`,
          ),
        )
      : h("p", { class: "hint" }, "No public link for this case."),
    acknowledgementBlock(c),
  ].filter((n): n is HTMLElement => Boolean(n));
}

function caseActions(c: Json): Node[] {
  const out = $("action-error");
  const button = (label: string, path: string) =>
    h(
      "button",
      {
        type: "button",
        class: "secondary",
        "data-focus": `action-${path}`,
        onclick: (event: Event) =>
          act(
            event.currentTarget as HTMLButtonElement,
            () => call(`/api/cases/${c.id}/${path}`, { method: "POST", body: { responder: who() } }),
            out,
          ),
      },
      label,
    );
  const buttons: Node[] = [];
  if (c.status !== "closed" && c.status !== "waiting" && !c.respondedAt)
    buttons.push(button("Wait on customer", "wait"));
  if (c.status === "waiting") buttons.push(button("Resume", "resume"));
  if (c.status !== "closed") buttons.push(button("Close case", "close"));
  return buttons;
}

function caseView(c: Json) {
  const reply = h("textarea", { id: "reply", rows: 4, required: true, maxlength: 8000 }) as HTMLTextAreaElement;
  const refusal = h("div", { role: "alert", class: "error", id: "reply-error" });
  const force = h("input", { type: "checkbox", id: "force" }) as HTMLInputElement;
  const forceBox = h("div", { class: "check", hidden: true }, force, h("label", { for: "force" }, "Send anyway"));
  const sentNote = h("p", { role: "status", class: "hint", id: "reply-status" });
  const form = h(
    "form",
    {
      class: "reply",
      novalidate: true,
      onsubmit: async (event: Event) => {
        event.preventDefault();
        const submit = form.querySelector("button") as HTMLButtonElement;
        refusal.textContent = "";
        sentNote.textContent = "";
        if (!reply.value.trim()) {
          refusal.textContent = "Write a reply first.";
          return;
        }
        submit.disabled = true;
        try {
          await call(`/api/cases/${c.id}/respond`, {
            method: "POST",
            body: { text: reply.value, responder: who(), ...(force.checked ? { force: true } : {}) },
          });
          reply.value = "";
          force.checked = false;
          forceBox.hidden = true;
          sentNote.textContent = "Reply sent.";
          await poll();
        } catch (error) {
          if (error instanceof ApiError && error.code === "reply_rejected") {
            // "The reply was not sent: <problem>; <problem>. Fix it, or send it with ..." (cases/errors.ts).
            const reasons = error.message
              .replace(/^The reply was not sent: /, "")
              .replace(/\.?\s*Fix it, or send it[\s\S]*$/, "")
              .split("; ");
            refusal.replaceChildren(
              h("p", {}, "The guard refused this reply:"),
              h("ul", {}, ...reasons.map((reason) => h("li", {}, reason.replace(/\.$/, "")))),
              h("p", { class: "hint" }, "Change it, or tick Send anyway: forcing it is recorded in the history."),
            );
            forceBox.hidden = false;
          } else {
            refusal.textContent = (error as Error).message;
          }
        } finally {
          submit.disabled = false;
        }
      },
    },
    h("label", { for: "reply" }, "Reply"),
    reply,
    refusal,
    forceBox,
    h("button", { type: "submit" }, "Send reply"),
    sentNote,
  );
  return h(
    "section",
    { class: "card detail", id: "case", "data-id": c.id, "aria-labelledby": "case-h" },
    h("p", {}, h("a", { href: "#/", class: "back" }, "← Back to all cases")),
    h("h2", { id: "case-h", tabindex: "-1" }, `Case ${c.id}`),
    h("div", { id: "case-info" }),
    form,
    h("div", { class: "actions", id: "case-actions" }),
    h("div", { role: "alert", class: "error", id: "action-error" }),
    h("h3", {}, "History"),
    h("ol", { class: "history", id: "case-history" }),
  );
}

// ---------------------------------------------------------------- charts

/** The slice a chart shows: "overall", "platform:facebook", "queue:care". */
function slice(m: Json | null, key: string): Json | null {
  if (!m) return null;
  if (key === "overall") return m.overall ?? null;
  const [group, name] = key.split(/:(.*)/s) as [string, string];
  return (group === "platform" ? m.byPlatform : m.byQueue)?.[name] ?? null;
}

function renderCharts() {
  const slot = $("charts-slot");
  if (!slot || state.days.every((d) => d === null)) return;
  const slices = new Set<string>();
  for (const m of state.days) {
    for (const name of Object.keys(m?.byPlatform ?? {})) slices.add(`platform:${name}`);
    for (const name of Object.keys(m?.byQueue ?? {})) slices.add(`queue:${name}`);
  }
  const keys = ["overall", ...[...slices].sort()];
  if (!keys.includes(chartSlice)) chartSlice = "overall";
  const signature = JSON.stringify([chartSlice, keys, state.days]);
  if (slot.dataset.signature === signature) return;
  slot.dataset.signature = signature;
  const labels = dayBuckets().map((b) => b.label);
  const stats = state.days.map((m) => slice(m, chartSlice));
  const pick = (name: string, get: (s: Json) => number | null | undefined): Series => ({
    name,
    values: stats.map((s) => (s ? (get(s) ?? null) : null)),
  });
  const sum = (field: string) => stats.reduce((total: number, s) => total + (s?.[field] ?? 0), 0);
  const percent = (value: number) => `${Math.round(value * 100)}%`;
  const name = (key: string) => (key === "overall" ? "All cases" : key.replace(":", " "));
  const select = h(
    "select",
    {
      id: "chart-slice",
      "data-focus": "chart-slice",
      onchange: (event: Event) => {
        chartSlice = (event.currentTarget as HTMLSelectElement).value;
        renderCharts();
      },
    },
    ...keys.map((key) => h("option", { value: key, selected: key === chartSlice }, name(key))),
  );
  const shown = name(chartSlice);
  replace(
    slot,
    region(
      "charts",
      `Response times per day (last ${DAYS} days)`,
      h("p", { class: "chart-pick" }, h("label", { for: "chart-slice" }, "Show "), select),
      h(
        "p",
        { class: "hint" },
        `${shown}: ${sum("cases")} cases · ${sum("breaches")} breaches · ${sum("pages")} pages · ${sum("escalations")} escalations`,
      ),
      h(
        "div",
        { class: "charts" },
        lineChart(
          `Time to acknowledgement, ${shown}`,
          labels,
          [
            pick("p50", (s) => s.timeToAcknowledgementSeconds?.median),
            pick("p90", (s) => s.timeToAcknowledgementSeconds?.p90),
          ],
          duration,
        ),
        lineChart(
          `Time to first human response, ${shown}`,
          labels,
          [
            pick("p50", (s) => s.timeToFirstResponseSeconds?.median),
            pick("p90", (s) => s.timeToFirstResponseSeconds?.p90),
          ],
          duration,
        ),
        lineChart(
          `Answered within target, ${shown}`,
          labels,
          [pick("within target", (s) => s.responseRateWithinTarget)],
          percent,
          1,
        ),
        lineChart(`Breaches, ${shown}`, labels, [pick("breaches", (s) => s.breaches)], String),
      ),
    ),
  );
}

// ---------------------------------------------------------------- start

function start() {
  showSignedIn(true);
  layout();
  seriesRun += 1;
  seriesTicks = 0;
  seriesDay = "";
  state.days = [];
  void poll();
  void loadSeries();
}

function onRoute() {
  if (!token()) return;
  const id = currentRoute();
  state.detail = null;
  renderDetail();
  void poll().then(() => {
    if (id) $("case-h")?.focus();
  });
}

$("sign-in").addEventListener("submit", signIn);
$("sign-out").addEventListener("click", () => signOut());
window.addEventListener("hashchange", onRoute);
if (token()) start();
else $<HTMLInputElement>("token").focus();
