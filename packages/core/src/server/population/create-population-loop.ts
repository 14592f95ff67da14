import { fitMixturePriorFromRows, type MixturePriorOptions } from '../../persona/mixture-prior';
import { createPersona, type Persona, type PersonaOptions, type PersonaPrior } from '../../persona/persona';
import type { Signal } from '../../persona/signals';
import { errorResponse, HandlerError, jsonResponse } from '../handler/handler-error';
import type { GetClientAddress } from '../rate-limit/create-rate-limit';
import { PersonaStoreError } from '../stores/persona-store-error';
import type {
  ComparisonFeatures,
  PopulationStore,
  PriorValidation,
  StoredPrior,
} from '../stores/population-store';
import { addressSource } from './address-source';
import { type GateVerdict, judgeNewPrior } from './prior-gate';

/** Options of {@link createPopulationLoop}. */
export interface PopulationLoopOptions {
  /** Where comparison feature vectors and priors live (every persona store is one). */
  store: PopulationStore;
  /** The persona engine's options (space, detector, noise) the prior is fitted for and used with. */
  persona?: Omit<PersonaOptions, 'prior'>;
  /** Users with comparisons needed before any prior is fitted, so no single user can be read back. Default 50 (at least 2). */
  minUsers?: number;
  /**
   * The client address of a request that carries comparisons (share the rate limit's
   * `getClientAddress`). Only a 24-bit bucket of it is stored (of the /64 for IPv6), so that one
   * client posing as many visitors counts as at most `maxUsersPerAddress` users. Without it
   * every visitor counts as a user of its own.
   */
  getClientAddress?: GetClientAddress;
  /** Users from one address (bucket) a fit uses (the earliest to compare) and `minUsers` counts. Default 3. */
  maxUsersPerAddress?: number;
  /**
   * Days (UTC, by the server's receive time) on which a user must have compared replies before
   * the user counts towards `minUsers` and the fit. At 2, a botnet's made-up visitors must keep
   * their ids and come back on another day (and still count at most `maxUsersPerAddress` per
   * address), so poisoning the prior takes days of upkeep per identity, not one burst; the cost
   * is that one-visit users teach the population nothing. Default 1 (every user who compared).
   */
  minActiveDays?: number;
  /** How often the fitting job runs once `start()`ed, in ms. Default 3,600,000 (hourly). */
  intervalMs?: number;
  /**
   * Also runs the job (in the background, failures to `onError`) as soon as this many users
   * have stored comparisons since it last ran on any instance over the store, so that users of
   * a new kind reach the gate (and a prior that fails them is replaced) without waiting for the
   * schedule. The count comes from the store (`usersComparedSince` its run mark, a range of the
   * newest rows, on each request that records comparisons), and the instance that claims the
   * run in the store (`claimFitRun`, compare and set) runs it: once, whichever instances the
   * users came through. Default: off (the schedule only).
   */
  fitAfterUsers?: number;
  /**
   * How often, once `start()`ed, the loop re-reads the latest prior from the store, in ms: with
   * several server instances over one store, only the one whose job ran saves a new prior, and
   * every other serves it (personas, `handler`) within this time. Default 60,000 (a minute).
   */
  refreshIntervalMs?: number;
  /** Options of the fit (number of types, EM iterations, seed, the users and splits the choice of K uses); see `fitMixturePrior`. */
  fit?: Pick<MixturePriorOptions, 'maxTypes' | 'iterations' | 'seed' | 'selectionUsers' | 'selectionSplits'>;
  /** Receives what each run of the job did and why (the new `lastRun`), e.g. to log it. Default: nothing. */
  onRun?: (run: PopulationRun) => void;
  /** Receives failures of scheduled runs (they never throw). Default `console.error`. */
  onError?: (error: unknown) => void;
}

/** What the fitting job's last run did and why (see {@link PopulationLoop.fit}). */
export interface PopulationRun {
  /** When it ran (ms since epoch). */
  at: number;
  /** Users with comparisons it used (at most `maxUsersPerAddress` from one address). */
  users: number;
  /** Users with comparisons it left out: those beyond `maxUsersPerAddress` from one address, and those who compared on fewer than `minActiveDays` days. */
  usersLeftOut: number;
  /** `too-few-users` (below `minUsers`: nothing fitted), or the gate's verdict: `served` (a new prior), `kept` (the current one stays) or `withdrawn` (the cold start is served). */
  verdict: 'too-few-users' | GateVerdict;
  /** Why, in a sentence. */
  reason: string;
  /** Version of the prior current after the run, `null` when none is. */
  version: number | null;
  /** The gate's held-out users and accuracies per shot count; absent with too few users. */
  validation?: Pick<PriorValidation, 'heldOutUsers' | 'accuracy'>;
}

/** The population loop of a deployment: comparisons in, a fitted prior out, on a schedule. */
export interface PopulationLoop {
  /** The prior personas start from now (the latest served), or `null` before the first. */
  readonly current: StoredPrior | null;
  /** What the fitting job's last run (in this instance) did and why, or `null` before the first. */
  readonly lastRun: PopulationRun | null;
  /** A persona engine starting from the current prior (the cold start without one). */
  createPersona(): Persona;
  /**
   * Stores the feature vectors (never text) of the comparisons among `signals`, as `persona`
   * reads them, stamped with the time they were received (never the client's `at`) and the
   * bucket of the client address of `request` (with `getClientAddress`).
   */
  record(userId: string, signals: readonly Signal[], persona: Persona, request?: Request): Promise<void>;
  /**
   * The fitting job: fits a prior from every stored comparison (a mixture of user types, see
   * `fitMixturePrior`) once its gate has judged it (a prior fitted without the newest users
   * must predict their comparisons on pairs it never saw at least as well as the cold start
   * overall, at no shot count worse by more than one standard error, and at least as well as the
   * prior served now, and those who arrived after the served prior was fitted and since the last
   * run also on their own; see `judgeNewPrior`, and `lastRun` for the verdict). It first marks the run in the store (`claimFitRun`: the `fitAfterUsers` count of every instance starts again) and reads the latest stored prior (`refresh`). A new prior, or the cold start when the
   * served one fails too, is saved as the next version (with the verdict) and made current;
   * otherwise the current prior stays. Resolves the prior current after the run, `null` when
   * none is (and with fewer than `minUsers` users, when nothing is fitted). One run at a time.
   */
  fit(): Promise<StoredPrior | null>;
  /**
   * Reads the latest saved prior from the store (another instance may have fitted it); `start()`
   * does so every `refreshIntervalMs`, and every run of the job first. A prior in a format this
   * version cannot read is reported (`onError`) and skipped: the current prior (or the cold
   * start) stays.
   */
  refresh(): Promise<StoredPrior | null>;
  /** Loads the current prior, then runs the job every `intervalMs` and re-reads the stored prior every `refreshIntervalMs`. */
  start(): Promise<void>;
  /** Stops the schedule. */
  stop(): void;
  /** `GET` handler serving the current prior as JSON (204, no body, before the first; ETag by version). */
  readonly handler: (request: Request) => Promise<Response>;
}

/**
 * Whether an `If-None-Match` header names `etag`: a list of tags, weak or strong (a proxy that
 * compresses the prior weakens its tag), or `*`; compared weakly, as RFC 9110 asks for GET.
 */
function matchesEtag(header: string | null, etag: string): boolean {
  if (header === null) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

/** A day in ms: `minActiveDays` counts UTC days. */
const DAY_MS = 86_400_000;

/** Significant digits a served prior keeps. */
const DIGITS = 4;

const roundedNumber = (value: number) => Number(value.toPrecision(DIGITS));
const rounded = (record: Record<string, number>, floor = 0): Record<string, number> =>
  Object.fromEntries(
    Object.entries(record)
      .filter(([, value]) => Math.abs(value) >= floor)
      .map(([id, value]) => [id, Number(value.toPrecision(DIGITS))]),
  );

/** A prior rounded to {@link DIGITS} significant digits, shifts below 1e-3 dropped: what is stored and served. */
function compact(prior: PersonaPrior): PersonaPrior {
  return {
    ...(prior.mean && { mean: rounded(prior.mean) }),
    ...(prior.variance !== undefined && {
      variance: typeof prior.variance === 'number' ? prior.variance : rounded(prior.variance),
    }),
    ...(prior.factors && { factors: prior.factors.map((f) => ({ loadings: rounded(f.loadings, 1e-3) })) }),
    ...(prior.types && {
      types: prior.types.map((t) => ({
        weight: roundedNumber(t.weight),
        shift: rounded(t.shift, 1e-3),
        ...(t.variance !== undefined && {
          variance: typeof t.variance === 'number' ? roundedNumber(t.variance) : rounded(t.variance),
        }),
      })),
    }),
  };
}

/**
 * Creates the population loop: the chat and persona handlers `record` users' comparisons
 * (as scrubbed feature vectors), a job fits a prior from them on a schedule once there are
 * `minUsers` users, each fitted prior is versioned in the store, personas start from the
 * current one, and `handler` serves it to browsers (`createPersonalization({ prior })`).
 */
export function createPopulationLoop(options: PopulationLoopOptions): PopulationLoop {
  const minUsers = options.minUsers ?? 50;
  const maxUsersPerAddress = options.maxUsersPerAddress ?? 3;
  const minActiveDays = options.minActiveDays ?? 1;
  const intervalMs = options.intervalMs ?? 3_600_000;
  if (!(Number.isInteger(minUsers) && minUsers >= 2))
    throw new RangeError('createPopulationLoop: minUsers must be an integer ≥ 2');
  if (!(Number.isInteger(maxUsersPerAddress) && maxUsersPerAddress >= 1))
    throw new RangeError('createPopulationLoop: maxUsersPerAddress must be an integer ≥ 1');
  if (!(Number.isInteger(minActiveDays) && minActiveDays >= 1))
    throw new RangeError('createPopulationLoop: minActiveDays must be an integer ≥ 1');
  if (!(Number.isFinite(intervalMs) && intervalMs >= 1))
    throw new RangeError('createPopulationLoop: intervalMs must be a positive number of ms');
  const fitAfterUsers = options.fitAfterUsers;
  if (fitAfterUsers !== undefined && !(Number.isInteger(fitAfterUsers) && fitAfterUsers >= 1))
    throw new RangeError('createPopulationLoop: fitAfterUsers must be a positive integer');
  const refreshIntervalMs = options.refreshIntervalMs ?? 60_000;
  if (!(Number.isFinite(refreshIntervalMs) && refreshIntervalMs >= 1))
    throw new RangeError('createPopulationLoop: refreshIntervalMs must be a positive number of ms');
  const report = options.onError ?? ((error: unknown) => console.error(error));
  const space = createPersona(options.persona).space;
  const ids = space.dimensions.map((d) => d.id);
  let current: StoredPrior | null = null;
  let lastRun: PopulationRun | null = null;
  let running: Promise<StoredPrior | null> | undefined;
  let timers: Array<ReturnType<typeof setInterval>> = [];
  /** Users the job's last judged run (in this instance) used. */
  let judgedAt: number | undefined;

  const rowsOf = (users: readonly ComparisonFeatures[][]): Float64Array[][] =>
    users.map((list) => list.map((row) => Float64Array.from(ids, (id) => row.features[id] ?? 0)));

  /** Whether a user compared on at least `minActiveDays` different days. */
  const activeEnough = (list: readonly ComparisonFeatures[]) =>
    minActiveDays === 1 || new Set(list.map((row) => Math.floor(row.at / DAY_MS))).size >= minActiveDays;

  /** Users oldest arrival first (so the gate can hold out the newest), active on `minActiveDays` days, at most `maxUsersPerAddress` per source. */
  const admitted = (users: Map<string, ComparisonFeatures[]>): ComparisonFeatures[][] => {
    const perSource = new Map<number, number>();
    return [...users.values()]
      .filter(activeEnough)
      .sort((a, b) => (a[0]?.at ?? 0) - (b[0]?.at ?? 0))
      .filter((list) => {
        const source = list[0]?.source;
        if (source === undefined) return true;
        const count = perSource.get(source) ?? 0;
        perSource.set(source, count + 1);
        return count < maxUsersPerAddress;
      });
  };

  /**
   * The latest saved prior becomes current unless it is older than the current one (a read
   * that raced this instance's own save); a prior in an unknown format is reported and skipped.
   */
  const refresh = async (): Promise<StoredPrior | null> => {
    try {
      const latest = await options.store.currentPrior();
      if (latest && (!current || latest.version >= current.version || latest.fittedAt > current.fittedAt))
        current = latest;
    } catch (error) {
      if (!(error instanceof PersonaStoreError && error.code === 'unsupported-prior-format')) throw error;
      report(error);
    }
    return current;
  };

  const fit = async (): Promise<StoredPrior | null> => {
    // The gate judges against the prior served now, which another instance may have saved.
    await refresh();
    const users = await options.store.comparisonFeatures();
    const at = Date.now();
    const kept = admitted(users);
    const usersLeftOut = users.size - kept.length;
    if (kept.length < minUsers) {
      const leftOut =
        usersLeftOut > 0
          ? ` (${usersLeftOut} more came from addresses past ${maxUsersPerAddress} users each${minActiveDays > 1 ? ` or compared on fewer than ${minActiveDays} days` : ''})`
          : '';
      lastRun = {
        at,
        users: kept.length,
        usersLeftOut,
        verdict: 'too-few-users',
        reason: `${kept.length} users have compared replies${leftOut}; a prior needs ${minUsers}.`,
        version: current?.version ?? null,
      };
      options.onRun?.(lastRun);
      return current;
    }
    const rows = rowsOf(kept);
    const fitOptions = { ...options.persona, ...options.fit };
    // Judged on their own too: the users who arrived after the prior served now was fitted (it
    // never saw them) and since this instance's last run (by count; the newest arrive last).
    const groups = [
      ...(current
        ? [{ users: rows.length - current.users, when: 'after the prior served now was fitted' }]
        : []),
      ...(judgedAt !== undefined ? [{ users: rows.length - judgedAt, when: 'since the last run' }] : []),
    ];
    // A withdrawn prior (no types) is the cold start: its fit saw no pair.
    const served = current && { prior: current.prior, users: current.types === 0 ? 0 : current.users };
    const decision = judgeNewPrior(rows, ids, fitOptions, served ?? undefined, groups);
    judgedAt = rows.length;
    const validation = { heldOutUsers: decision.heldOutUsers, accuracy: decision.accuracy };
    if (decision.verdict === 'served') {
      const fitted = fitMixturePriorFromRows(rows, ids, fitOptions);
      current = await options.store.savePrior({
        users: fitted.users,
        types: fitted.types,
        prior: compact(fitted.prior),
        validation: { verdict: 'served', reason: decision.reason, ...validation },
      });
    } else if (decision.verdict === 'withdrawn') {
      current = await options.store.savePrior({
        users: rows.length,
        types: 0,
        prior: {},
        validation: { verdict: 'withdrawn', reason: decision.reason, ...validation },
      });
    }
    lastRun = {
      at,
      users: rows.length,
      usersLeftOut,
      verdict: decision.verdict,
      reason: decision.reason,
      version: current?.version ?? null,
      validation,
    };
    options.onRun?.(lastRun);
    return current;
  };

  /**
   * With `fitAfterUsers`: starts the job (in the background) when that many users have compared
   * since the store's run mark and this instance claims the run.
   */
  const fitIfDue = async (): Promise<void> => {
    if (fitAfterUsers === undefined || running) return;
    const mark = await options.store.lastFitRun();
    if ((await options.store.usersComparedSince(mark)) < fitAfterUsers || running) return;
    // Another instance (or request) may have claimed this run since the mark was read.
    running = options.store.claimFitRun(mark).then((claimed) => (claimed ? fit() : current));
    running.catch(report).finally(() => {
      running = undefined;
    });
  };

  const loop: PopulationLoop = {
    get current() {
      return current;
    },
    get lastRun() {
      return lastRun;
    },
    createPersona: () => createPersona({ ...options.persona, ...(current && { prior: current.prior }) }),
    async record(userId, signals, persona, request) {
      const rows: ComparisonFeatures[] = [];
      const address = request && options.getClientAddress?.(request);
      const source = address ? await addressSource(address) : undefined;
      const at = Date.now();
      for (const signal of signals) {
        if (signal.kind !== 'comparison' || signal.weight === 0) continue;
        const features = persona.featureDifference(
          signal.chosenStyle ?? signal.chosen,
          signal.rejectedStyle ?? signal.rejected,
        );
        rows.push({ at, ...(source !== undefined && { source }), features: rounded(features) });
      }
      if (rows.length === 0) return;
      await options.store.appendComparisonFeatures(userId, rows);
      // The comparisons are stored: a failure to count or claim is only reported.
      await fitIfDue().catch(report);
    },
    fit() {
      running ??= (async () => {
        // Marks the run for every instance (a lost race means another just marked it).
        await options.store.claimFitRun(await options.store.lastFitRun());
        return fit();
      })().finally(() => {
        running = undefined;
      });
      return running;
    },
    refresh,
    async start() {
      await refresh();
      if (timers.length > 0) return;
      timers = [
        setInterval(() => {
          loop.fit().catch(report);
        }, intervalMs),
        setInterval(() => {
          refresh().catch(report);
        }, refreshIntervalMs),
      ];
      for (const timer of timers) timer.unref?.();
    },
    stop() {
      for (const timer of timers) clearInterval(timer);
      timers = [];
    },
    handler: async (request) => {
      try {
        if (request.method !== 'GET' && request.method !== 'HEAD')
          throw new HandlerError(405, 'method-not-allowed', 'Use GET to read the population prior.', {
            allow: 'GET, HEAD',
          });
        // Nothing fitted yet is a normal state, not an error: 204, so browsers start cold quietly.
        if (!current) return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
        const etag = `"prior-${current.version}"`;
        const caching = { 'cache-control': 'public, max-age=300', etag };
        if (matchesEtag(request.headers.get('if-none-match'), etag))
          return new Response(null, { status: 304, headers: caching });
        return jsonResponse(current, { headers: caching });
      } catch (error) {
        return errorResponse(error, report);
      }
    },
  };
  return loop;
}
